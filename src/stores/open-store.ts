// Picks the store: Neo4j when a URI is given (flag or NEO4J_URI), else the embedded default.
import { EmbeddedStore } from './embedded/embedded-store.js';
import type { GraphStore } from './graph-store.js';
import { neo4jConfigFrom } from './neo4j/neo4j-config.js';
import { Neo4jStore } from './neo4j/neo4j-store.js';

export interface StoreOptions {
  /** The data folder (`--data`, TALKGRAPH_DATA, default ./.talkgraph). */
  data?: string;
  /** `--neo4j URI`; NEO4J_URI is read when this is absent. */
  neo4j?: string;
}

/** The data folder from the flag, the environment or the default. */
export function dataDir(options: StoreOptions, env: NodeJS.ProcessEnv = process.env): string {
  return options.data ?? env.TALKGRAPH_DATA ?? './.talkgraph';
}

/** Opens the store the options and environment choose. */
export async function openStore(options: StoreOptions, env: NodeJS.ProcessEnv = process.env): Promise<GraphStore> {
  const neo = neo4jConfigFrom(options.neo4j, env);
  return neo ? Neo4jStore.open(neo) : EmbeddedStore.open(dataDir(options, env));
}
