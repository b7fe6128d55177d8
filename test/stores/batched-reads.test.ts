// Batched reads: posts-by-ids answers many posts in one query, and entities-all every entity
// without a made-up limit; both stores alike (Neo4j when the setup provides one).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../src/stores/graph-store.js';
import { ingest, storesUnderTest } from '../helpers/stores.js';

describe('batched reads', () => {
  const stores: GraphStore[] = [];

  beforeAll(async () => {
    for (const sut of storesUnderTest()) {
      const store = await sut.open();
      await ingest(store, ['examples']);
      stores.push(store);
    }
  });
  afterAll(async () => {
    for (const s of stores) await s.close();
  });

  it('posts-by-ids gives each known post once, as `post` does, ordered by id', async () => {
    for (const store of stores) {
      const ids = (await store.query('stored-posts', {})).map((r) => r.post);
      const asked = [...ids].reverse().concat(ids[0]!, 'post:nobody');
      const rows = await store.query('posts-by-ids', { ids: asked });
      expect(rows.map((r) => r.post)).toEqual([...ids].sort());
      for (const row of rows) expect([row]).toEqual(await store.query('post', { id: row.post }));
      expect(await store.query('posts-by-ids', { ids: [] })).toEqual([]);
    }
  });

  it('entities-all is every entity, as entities with a limit above the count', async () => {
    for (const store of stores) {
      const all = await store.query('entities-all', {});
      expect(all.length).toBeGreaterThan(30);
      expect(all).toEqual(await store.query('entities', { type: null, limit: all.length + 1 }));
    }
  });

  it('both stores answer alike', async () => {
    if (stores.length < 2) return;
    const ids = (await stores[0]!.query('stored-posts', {})).map((r) => r.post);
    const [a, b] = await Promise.all(stores.map((s) => s.query('posts-by-ids', { ids })));
    expect(b).toEqual(a);
    const [c, d] = await Promise.all(stores.map((s) => s.query('entities-all', {})));
    expect(d).toEqual(c);
  });
});
