// Test helper: the stores under test, each opened fresh and empty, plus a tiny ingest.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { type Curation, EMPTY_CURATION } from '../../ingest/resolution/curation.js';
import { SearchIndex } from '../../src/search/search-index.js';
import { ingestCorpus } from '../../src/services/ingest-service.js';
import { EmbeddedStore } from '../../src/stores/embedded/embedded-store.js';
import type { GraphStore } from '../../src/stores/graph-store.js';
import { Neo4jStore } from '../../src/stores/neo4j/neo4j-store.js';
import { lexicon } from './extract-text.js';

export interface StoreUnderTest {
  name: 'embedded' | 'neo4j';
  open(): Promise<GraphStore>;
}

/** The embedded store always; Neo4j when the global setup provided one. */
export function storesUnderTest(): StoreUnderTest[] {
  const neo = inject('neo4j');
  const list: StoreUnderTest[] = [
    { name: 'embedded', open: async () => EmbeddedStore.open(mkdtempSync(path.join(tmpdir(), 'talkgraph-store-'))) },
  ];
  if (neo) {
    list.push({
      name: 'neo4j',
      open: async () => {
        const store = await Neo4jStore.open({
          uri: neo.uri,
          username: neo.username,
          password: neo.password,
          database: undefined,
        });
        await store.clear();
        return store;
      },
    });
  }
  return list;
}

/** A writable copy of the example corpus. */
export function copyOfExamples(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'talkgraph-corpus-'));
  cpSync('examples', dir, { recursive: true });
  return dir;
}

const indexes = new WeakMap<GraphStore, SearchIndex>();

/** Ingests `paths` into `store`, with one search index per store (as a data folder has). */
export function ingest(store: GraphStore, paths: string[], extra: { prune?: boolean; curation?: Curation } = {}) {
  const index = indexes.get(store) ?? SearchIndex.forStore(store, mkdtempSync(path.join(tmpdir(), 'talkgraph-index-')));
  indexes.set(store, index);
  return ingestCorpus(paths, {
    store,
    index,
    lexicon,
    curation: extra.curation ?? EMPTY_CURATION,
    prune: Boolean(extra.prune),
  });
}
