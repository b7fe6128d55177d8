// Vitest global setup: a real Neo4j for the store suites. NEO4J_URI wins; otherwise the
// launcher starts one and this setup stops it. With CI=true a Neo4j that cannot start fails
// the run; elsewhere the Neo4j suites are skipped with a loud message.
import type { TestProject } from 'vitest/node';
import { type RunningNeo4j, startNeo4j } from '../../tools/neo4j/launch.js';

export interface Neo4jTarget {
  uri: string;
  username: string;
  password: string;
  /** Whether the suite may use a wrong password against it (only our own launcher). */
  ownServer: boolean;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jTarget | null;
  }
}

let running: RunningNeo4j | null = null;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.NEO4J_URI) {
    project.provide('neo4j', {
      uri: process.env.NEO4J_URI,
      username: process.env.NEO4J_USERNAME ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
      ownServer: false,
    });
    return async () => {};
  }
  if (process.env.TALKGRAPH_SKIP_NEO4J === '1' && process.env.CI !== 'true') {
    warn('TALKGRAPH_SKIP_NEO4J=1');
    project.provide('neo4j', null);
    return async () => {};
  }
  try {
    running = await startNeo4j({ log: (l) => console.error(`[neo4j] ${l}`) });
    project.provide('neo4j', {
      uri: running.uri,
      username: running.username,
      password: running.password,
      ownServer: true,
    });
  } catch (err) {
    if (process.env.CI === 'true') throw err;
    warn((err as Error).message);
    project.provide('neo4j', null);
  }
  return async () => {
    await running?.stop();
  };
}

function warn(reason: string): void {
  console.error(
    [
      '',
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
      `!! The Neo4j store suites are SKIPPED: ${reason}`,
      '!! To run them: install Java 17 and Maven (the launcher fetches Neo4j from Maven',
      '!! Central), or point NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD at a Neo4j 5.',
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
      '',
    ].join('\n'),
  );
}
