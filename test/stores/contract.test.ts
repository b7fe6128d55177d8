// The contract: every named query gives the same rows, in the same order, from both stores
// over the same fixture corpus. Needs Neo4j (skipped with the setup's message without it).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ENTITY_TYPES } from '../../src/domain/model.js';
import type { GraphStore } from '../../src/stores/graph-store.js';
import { QUERY_NAMES, type QueryName } from '../../src/stores/named-queries.js';
import { cypherNames } from '../../src/stores/neo4j/cypher-files.js';
import { ingest, storesUnderTest } from '../helpers/stores.js';

describe('named queries', () => {
  it('each named query has its Cypher file with a header (answers, parameters, returns)', async () => {
    const { cypher } = await import('../../src/stores/neo4j/cypher-files.js');
    for (const name of cypherNames()) {
      const header = cypher(name).header.join('\n');
      expect(header, name).toMatch(new RegExp(`^${name}:`));
      expect(header, name).toMatch(/Parameters:/);
      expect(header, name).toMatch(/Returns:/);
    }
    for (const name of QUERY_NAMES) expect(cypherNames()).toContain(name);
  });
});

describe.skipIf(!inject('neo4j'))('contract: embedded and Neo4j answer alike', () => {
  const stores: GraphStore[] = [];
  let ids: string[] = [];

  beforeAll(async () => {
    for (const sut of storesUnderTest()) {
      const store = await sut.open();
      await ingest(store, ['examples']);
      stores.push(store);
    }
    ids = (await stores[0]!.query('entities', { type: null, limit: 10_000 })).map((r) => r.id);
  });
  afterAll(async () => {
    for (const s of stores) await s.close();
  });

  it('counts', async () => {
    const [a, b] = await Promise.all(stores.map((s) => s.counts()));
    expect(b).toEqual(a);
  });

  it('entities, for every type and for all', async () => {
    for (const type of [null, ...ENTITY_TYPES]) {
      const [a, b] = await Promise.all(stores.map((s) => s.query('entities', { type, limit: 500 })));
      expect(b, String(type)).toEqual(a);
    }
  });

  it.each([
    'entity',
    'speakers-of',
    'talks-of',
    'speakers-at',
    'affiliations-of',
    'posts-mentioning',
    'posts-written',
  ] satisfies QueryName[])('%s, for every entity', async (name) => {
    expect(ids.length).toBeGreaterThan(30);
    for (const id of [...ids, 'person:nobody']) {
      const [a, b] = await Promise.all(stores.map((s) => s.query(name, { id })));
      expect(b, `${name} ${id}`).toEqual(a);
    }
  });

  it('posts-written gives an author the posts they wrote, in both stores', async () => {
    for (const s of stores)
      expect(
        (await s.query('posts-written', { id: 'person:jamie-lin' })).map((r) => r.post),
        s.kind,
      ).toHaveLength(4);
  });

  it('entities-named, for every name and alias in any case', async () => {
    const rows = await stores[0]!.query('entities', { type: null, limit: 10_000 });
    const names = [...new Set(rows.flatMap((r) => [r.name, r.name.toUpperCase(), ...r.aliases]))];
    for (const name of [...names, 'no such name']) {
      const [a, b] = await Promise.all(stores.map((s) => s.query('entities-named', { name })));
      expect(b, name).toEqual(a);
    }
  });

  it.each(['neighbours'] satisfies QueryName[])('%s, for every entity', async (name) => {
    for (const id of ids) {
      const [a, b] = await Promise.all(stores.map((s) => s.query(name, { id })));
      expect(b, `${name} ${id}`).toEqual(a);
    }
  });

  it('co-mentioned, for every entity', async () => {
    for (const id of ids) {
      const [a, b] = await Promise.all(stores.map((s) => s.query('co-mentioned', { id, limit: 5 })));
      expect(b, id).toEqual(a);
    }
  });

  it.each(['post', 'post-entities', 'posts-sharing'] satisfies QueryName[])('%s, for every post', async (name) => {
    const posts = (await stores[0]!.query('stored-posts', {})).map((r) => r.post);
    for (const id of [...posts, 'post:none']) {
      const [a, b] = await Promise.all(stores.map((s) => s.query(name, { id })));
      expect(b, `${name} ${id}`).toEqual(a);
    }
  });

  it.each(['post-events', 'speaker-links', 'talk-evidence'] satisfies QueryName[])('%s', async (name) => {
    const [a, b] = await Promise.all(stores.map((s) => s.query(name, {})));
    expect(a!.length).toBeGreaterThan(3);
    expect(b).toEqual(a);
  });

  it('post-by-url', async () => {
    const urls = ['/2016/08/25/linuxcon-2016-day-one/', '/blog/all-things-open-2021/', 'https://nowhere.example/'];
    const [a, b] = await Promise.all(stores.map((s) => s.query('post-by-url', { urls })));
    expect(a).toHaveLength(2);
    expect(b).toEqual(a);
  });

  it('stored-posts', async () => {
    const [a, b] = await Promise.all(stores.map((s) => s.query('stored-posts', {})));
    expect(a).toHaveLength(12);
    expect(b).toEqual(a);
  });
});
