// Search, ask and related through both stores (MiniSearch vs Neo4j full-text): "equal" means
// the same posts in the same order with the same scores and snippets, because ranking is
// talkgraph's own (post-ranking.ts) over word matches both backends report alike.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EMPTY_CURATION } from '../../ingest/resolution/curation.js';
import { QueryService } from '../../src/query/query-service.js';
import { SearchIndex } from '../../src/search/search-index.js';
import { ingestCorpus } from '../../src/services/ingest-service.js';
import type { GraphStore } from '../../src/stores/graph-store.js';
import { lexicon } from '../helpers/extract-text.js';
import { storesUnderTest } from '../helpers/stores.js';

const SEARCHES = [
  'podman',
  'kubernetes',
  'open vswitch',
  '"open source"',
  'kernal',
  'contain',
  'nftables fosdem',
  'ceph storage',
  'python',
  'zzzz-nothing',
  'c++',
  'summit 2018',
];
const QUESTIONS = [
  'who talked about Podman',
  'who spoke at KubeCon 2023',
  'what did Yusuf Demir talk about',
  'posts about Ceph',
  'who talked about deep learning',
  'speakers fosdem',
];

describe.skipIf(!inject('neo4j'))('search contract: embedded and Neo4j full-text answer alike', () => {
  const services: QueryService[] = [];
  const stores: GraphStore[] = [];

  beforeAll(async () => {
    for (const sut of storesUnderTest()) {
      const store = await sut.open();
      const index = SearchIndex.forStore(store, mkdtempSync(path.join(tmpdir(), 'talkgraph-search-')));
      await ingestCorpus(['examples'], { store, index, lexicon, curation: EMPTY_CURATION });
      stores.push(store);
      services.push(await QueryService.create(store, index));
    }
  });
  afterAll(async () => {
    for (const s of stores) await s.close();
  });

  it('the Neo4j service searches Neo4j, not a local file', () => {
    expect(services.map((s) => s.index?.kind)).toEqual(['minisearch', 'neo4j-fulltext']);
  });

  it.each(SEARCHES)('search %s gives the same posts, order, scores and snippets', async (q) => {
    const [a, b] = await Promise.all(services.map((s) => s.search(q, 20)));
    expect(b).toEqual(a);
  });

  it('search finds prefix and typo matches on both', async () => {
    for (const s of services) {
      expect((await s.search('kernal')).total, 'typo').toBeGreaterThan(0);
      expect((await s.search('kubern')).total, 'prefix').toBeGreaterThan(0);
    }
  });

  it.each(QUESTIONS)('ask %s gives the same answers', async (q) => {
    const [a, b] = await Promise.all(services.map((s) => s.ask(q)));
    expect(b).toEqual(a);
  });

  it('related gives the same posts and reasons for every post', async () => {
    const ids = (await stores[0]!.query('stored-posts', {})).map((r) => r.post);
    expect(ids.length).toBeGreaterThan(5);
    for (const id of ids) {
      const [a, b] = await Promise.all(services.map((s) => s.related({ id })));
      expect(b, id).toEqual(a);
    }
  });
});
