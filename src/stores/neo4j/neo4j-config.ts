// How to reach Neo4j: flags first, then the environment names Neo4j's own docs use.
export interface Neo4jConfig {
  uri: string;
  username: string;
  password: string;
  database: string | undefined;
}

/** `--neo4j URI` or NEO4J_URI, with NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE; null for none. */
export function neo4jConfigFrom(uri: string | undefined, env: NodeJS.ProcessEnv = process.env): Neo4jConfig | null {
  const chosen = uri ?? env.NEO4J_URI;
  if (!chosen) return null;
  return {
    uri: chosen,
    username: env.NEO4J_USERNAME ?? 'neo4j',
    password: env.NEO4J_PASSWORD ?? '',
    database: env.NEO4J_DATABASE || undefined,
  };
}
