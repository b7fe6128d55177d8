// What every store must do, run against each store: idempotent, incremental, prunable,
// with curation that survives re-ingest.
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../src/stores/graph-store.js';
import { copyOfExamples, ingest, storesUnderTest } from '../helpers/stores.js';

for (const sut of storesUnderTest()) {
  describe(`${sut.name} store`, () => {
    let store: GraphStore;
    afterEach(async () => store?.close());

    it('ingesting the same corpus twice leaves identical counts', async () => {
      store = await sut.open();
      const first = await ingest(store, ['examples']);
      const second = await ingest(store, ['examples']);
      expect(first.ingested).toBe(12);
      expect(second).toMatchObject({ ingested: 0, unchanged: 12 });
      expect(second.counts).toEqual(first.counts);
    });

    it('a post whose relations were cut off (fingerprint written, relations lost) is repaired by the next run', async () => {
      store = await sut.open();
      const first = await ingest(store, ['examples']);
      const row = (await store.query('stored-posts', {})).find((r) => r.post === 'post:examples:kubecon-2023-day-one')!;
      const p = (await store.query('post', { id: row.post }))[0]!;
      // What an older writer left after a crash between its two transactions.
      const post = {
        id: row.post,
        title: p.title,
        date: p.date,
        url: p.url,
        author: p.author,
        authors: [],
        tags: [],
        categories: [],
        source: row.source,
        ...(row.site ? { site: row.site } : {}),
      };
      await store.writePosts([{ extraction: { post, event: null, entities: [], relations: [] }, hash: row.hash }]);
      expect((await store.query('stored-posts', {})).find((r) => r.post === row.post)?.links).toBe(0);
      const again = await ingest(store, ['examples']);
      expect(again).toMatchObject({ ingested: 1, unchanged: 11 });
      expect(again.counts).toEqual(first.counts);
    });

    it('aliases are searchable: an alias finds its entity, in any case', async () => {
      store = await sut.open();
      await ingest(store, ['examples'], {
        curation: {
          merge: [],
          split: [],
          rename: [],
          retype: [],
          reject: [],
          alias: [{ id: 'project:podman', add: ['Pod Manager'] }],
        },
      });
      expect((await store.query('entities-named', { name: 'pod manager' })).map((r) => r.id)).toEqual([
        'project:podman',
      ]);
      expect((await store.query('entities-named', { name: 'PODMAN' })).map((r) => r.id)).toEqual(['project:podman']);
    });

    it('a changed post replaces its own relations: no stale edges', async () => {
      store = await sut.open();
      const dir = copyOfExamples();
      await ingest(store, [dir]);
      expect((await store.query('speakers-of', { id: 'project:podman' })).map((r) => r.name)).toEqual(['Lukas Novak']);
      const file = path.join(dir, 'hugo/kubecon-2023-day-one.md');
      writeFileSync(
        file,
        '+++\ntitle = "KubeCon 2023: Day One Recap"\nslug = "kubecon-2023-day-one"\n+++\nLukas Novak talked about Buildah.\n',
      );
      const again = await ingest(store, [dir]);
      expect(again).toMatchObject({ ingested: 1, unchanged: 11 });
      expect(await store.query('speakers-of', { id: 'project:podman' })).toEqual([]);
      expect(await store.query('entity', { id: 'person:priya-raman' })).toEqual([]);
      expect((await store.query('talks-of', { id: 'person:lukas-novak' })).map((r) => r.name)).toEqual(['Buildah']);
    });

    it("a name a changed post no longer uses leaves the entity's aliases", async () => {
      store = await sut.open();
      const dir = copyOfExamples();
      const file = path.join(dir, 'hugo/ovs.md');
      writeFileSync(file, '---\ntitle: Switching notes\n---\nWe moved to Open vSwitch; OVS bonding works well.\n');
      await ingest(store, [dir]);
      expect((await store.query('entity', { id: 'project:open-vswitch' }))[0]?.aliases).toEqual(['OVS']);
      writeFileSync(file, '---\ntitle: Switching notes\n---\nWe moved to Open vSwitch last year.\n');
      await ingest(store, [dir]);
      expect((await store.query('entity', { id: 'project:open-vswitch' }))[0]?.aliases).toEqual([]);
    });

    it('--prune removes posts whose files are gone, and the entities only they named', async () => {
      store = await sut.open();
      const dir = copyOfExamples();
      await ingest(store, [dir]);
      rmSync(path.join(dir, 'jekyll/2019-06-20-pycon-2019-wrap-up.md'));
      const kept = await ingest(store, [dir]);
      expect(kept.counts.posts).toBe(12);
      const pruned = await ingest(store, [dir], { prune: true });
      expect(pruned).toMatchObject({ removed: 1 });
      expect(pruned.counts.posts).toBe(11);
      expect(await store.query('entity', { id: 'person:elena-petrova' })).toEqual([]);
    });

    it('curation decisions apply on every ingest: reject, rename, retype, merge, alias', async () => {
      store = await sut.open();
      const curation = {
        merge: [{ into: 'Priya Raman', from: ['Lukas Novak'] }],
        split: [],
        rename: [{ id: 'project:etcd', name: 'etcd (key-value store)' }],
        retype: [{ id: 'project:gimp', type: 'Organization' as const }],
        reject: ['person:victor-hale'],
        alias: [{ id: 'project:podman', add: ['podman-cli'] }],
      };
      await ingest(store, ['examples'], { curation });
      expect(await store.query('entity', { id: 'person:victor-hale' })).toEqual([]);
      expect((await store.query('entity', { id: 'project:etcd' }))[0]?.name).toBe('etcd (key-value store)');
      expect((await store.query('entity', { id: 'organization:gimp' })).length).toBe(1);
      expect((await store.query('talks-of', { id: 'person:priya-raman' })).map((r) => r.name)).toEqual(
        expect.arrayContaining(['Kubernetes', 'Podman']),
      );
      expect((await store.query('entity', { id: 'project:podman' }))[0]?.aliases).toContain('podman-cli');
    });
  });
}
