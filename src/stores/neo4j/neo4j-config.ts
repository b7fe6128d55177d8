// How to reach Neo4j: flags first, then the environment names Neo4j's own docs use.
import { StorageError } from '../../domain/errors.js';

/** The URI schemes of Bolt; http(s):// is Neo4j's browser port, not something a driver speaks. */
export const BOLT_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'] as const;

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
  checkBoltUri(chosen);
  return {
    uri: chosen,
    username: env.NEO4J_USERNAME ?? 'neo4j',
    password: env.NEO4J_PASSWORD ?? '',
    database: env.NEO4J_DATABASE || undefined,
  };
}

/** Throws STORE_URI_INVALID for a URI no Bolt driver can use (http://, a typo, no scheme). */
export function checkBoltUri(uri: string): void {
  const scheme = /^([a-z0-9+.-]+):\/\//i.exec(uri)?.[1]?.toLowerCase();
  if (!scheme || !(BOLT_SCHEMES as readonly string[]).includes(scheme)) {
    const hint =
      scheme === 'http' || scheme === 'https' ? ' (that is the browser port; Bolt is usually bolt://HOST:7687)' : '';
    throw new StorageError(
      'STORE_URI_INVALID',
      'neo4j',
      uri,
      `the URI scheme must be one of ${BOLT_SCHEMES.map((s) => `${s}://`).join(', ')}${hint}`,
    );
  }
}
