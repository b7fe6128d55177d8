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

export interface GraphStore {
  readonly kind: 'embedded' | 'neo4j';
  /** Writes posts, replacing each one's own relations (no stale edges); idempotent. */
  writePosts(posts: PostWrite[]): Promise<void>;
  /** Removes posts, their relations, and entities no relation holds any more. */
  removePosts(postIds: string[]): Promise<void>;
  /** Answers one named query; both stores return the same rows in the same order. */
  query<N extends QueryName>(name: N, params: QueryParams<N>): Promise<QueryRow<N>[]>;
  counts(): Promise<StoreCounts>;
  /** Deletes every post and entity (a full rebuild). */
  clear(): Promise<void>;
  /** Makes what was written durable (the embedded snapshot); a no-op for Neo4j. */
  flush(): Promise<void>;
  /** What a save of the data folder writes for this store (the embedded graph); null for Neo4j. */
  snapshotPart(): SnapshotPart | null;
  close(): Promise<void>;
}
