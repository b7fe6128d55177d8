// The composition root: one place that turns the flags and the environment into the store,
// the search index and the query service every command and the test helpers use.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { StorageError } from '../domain/errors.js';
import { QueryService } from '../query/query-service.js';
import { SearchIndex } from '../search/search-index.js';
import { readManifest } from '../storage/generations.js';
import type { GraphStore } from '../stores/graph-store.js';
import { neo4jConfigFrom } from '../stores/neo4j/neo4j-config.js';
import { dataDir, openStore } from '../stores/open-store.js';

export interface ServicesConfig {
  /** `--data`; TALKGRAPH_DATA, then ./.talkgraph when absent. */
  data?: string;
  /** `--neo4j URI`; NEO4J_URI when absent. */
  neo4j?: string;
  /** Read commands: an embedded data folder that holds no store is an error, not an empty answer. */
  requireStore?: boolean;
  /** A store the caller opened (a test's Neo4j), used instead of the one the flags name; close() closes it. */
  store?: GraphStore;
  env?: NodeJS.ProcessEnv;
}

export interface Services {
  readonly data: string;
  readonly store: GraphStore;
  readonly index: SearchIndex;
  /** A query service over the store and index (loads entity names once). */
  query(): Promise<QueryService>;
  close(): Promise<void>;
}

/**
 * Opens what `config` names.
 * @throws StorageError STORE_NOT_FOUND for a read command pointed at a folder with no store.
 * @example const s = await createServices({ data: '.talkgraph', requireStore: true });
 */
export async function createServices(config: ServicesConfig = {}): Promise<Services> {
  const env = config.env ?? process.env;
  const data = dataDir(config, env);
  const neo4j = neo4jConfigFrom(config.neo4j, env);
  if (config.requireStore && !config.store && !neo4j && !holdsStore(data)) {
    throw new StorageError(
      'STORE_NOT_FOUND',
      'data-folder',
      path.resolve(data),
      'holds no talkgraph store (run "talkgraph ingest PATH" with this --data first)',
    );
  }
  const store = config.store ?? (await openStore(config, env));
  // Over Neo4j the search documents live in Neo4j too: serve needs no data folder.
  const index = SearchIndex.forStore(store, data);
  return { data, store, index, query: () => QueryService.create(store, index), close: () => store.close() };
}

/** Whether `dir` holds a saved embedded store (a generation, or a snapshot from before them). */
export function holdsStore(dir: string): boolean {
  return readManifest(dir) !== null || existsSync(path.join(dir, 'graph.json'));
}
