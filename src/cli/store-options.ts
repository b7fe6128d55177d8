// The store flags every command that reads or writes the graph shares.
import type { Command } from 'commander';

export interface StoreFlags {
  data?: string;
  neo4j?: string;
}

/** Adds --data and --neo4j to `cmd`. */
export function withStoreOptions(cmd: Command): Command {
  return cmd
    .option('--data <dir>', 'data folder of the embedded store (env TALKGRAPH_DATA, default ./.talkgraph)')
    .option(
      '--neo4j <uri>',
      'use Neo4j at this Bolt URI (env NEO4J_URI, with NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE)',
    );
}
