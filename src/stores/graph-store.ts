// The one store contract both stores implement: the embedded default and Neo4j.
import type { EntityType, Extraction, RelationType } from '../domain/model.js';
import type { SnapshotPart } from '../storage/generations.js';
import type { QueryName, QueryParams, QueryRow } from './named-queries.js';

export interface StoreCounts {
  posts: number;
  entities: Partial<Record<EntityType, number>>;
  relations: Partial<Record<RelationType, number>>;
}

/** A post ready to write: its extraction (ids already resolved across posts) and content hash. */
export interface PostWrite {
  extraction: Extraction;
  hash: string;
}

/**
 * The graph store: the embedded default (src/stores/embedded) or Neo4j (src/stores/neo4j).
 * Writes replace a post's own relations; every read is a named query (src/stores/named-queries.ts)
 * that both stores answer alike, checked by test/stores/contract.test.ts.
 * @example
 * const { store } = await createServices({ data: '.talkgraph' });
 * const [credit2] = await store.query('entity', { id: 'project:credit2' });
 * const speakers = await store.query('speakers-of', { id: 'project:credit2' });
 */
export interface GraphStore {
  readonly kind: 'embedded' | 'neo4j';
  /**
   * Writes posts, replacing each one's own relations (no stale edges); idempotent.
   * @param posts extractions with ids already resolved across posts, each with its content hash
   */
  writePosts(posts: PostWrite[]): Promise<void>;
  /**
   * Removes posts, their relations, and entities no relation holds any more.
   * @param postIds ids of stored posts ("post:<site>:<key>"); unknown ids are ignored
   */
  removePosts(postIds: string[]): Promise<void>;
  /**
   * Answers one named query; both stores return the same rows in the same order.
   * @param name a query of `QUERY_NAMES`, e.g. 'speakers-of'
   * @param params its parameters, typed per query
   * @example await store.query('entities', { type: 'Person', limit: 20 })
   */
  query<N extends QueryName>(name: N, params: QueryParams<N>): Promise<QueryRow<N>[]>;
  /** How many posts, and entities and relations per type, the store holds. */
  counts(): Promise<StoreCounts>;
  /** Deletes every post and entity (a full rebuild). */
  clear(): Promise<void>;
  /** Makes what was written durable (the embedded snapshot); a no-op for Neo4j. */
  flush(): Promise<void>;
  /** What a save of the data folder writes for this store (the embedded graph); null for Neo4j. */
  snapshotPart(): SnapshotPart | null;
  /** Releases the store (the Neo4j driver); the embedded store holds nothing open. */
  close(): Promise<void>;
}
