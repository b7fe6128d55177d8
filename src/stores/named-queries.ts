// The named queries both stores answer. Neo4j runs queries/<name>.cypher; the embedded
// store answers the same names in TypeScript. Rows are plain data in a fixed order.
import type { EntityType } from '../domain/model.js';

export interface EntityRow {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  confidence: number;
  posts: number;
}

export interface EvidenceRow {
  id: string;
  name: string;
  type: EntityType;
  post: string;
  sentence: string;
  title: string | null;
}

export interface PostRow {
  post: string;
  title: string;
  url: string | null;
  date: string | null;
}

export interface Queries {
  /** One entity with the number of posts that mention it. */
  entity: { params: { id: string }; row: EntityRow };
  /** Every entity (optionally of one type), most-mentioned first. */
  'entities': { params: { type: EntityType | null; limit: number }; row: EntityRow };
  /** Entities whose name or an alias is the text, any case. */
  'entities-named': { params: { name: string }; row: EntityRow };
  /** Who talked about an entity, with the sentences that say so. */
  'speakers-of': { params: { id: string }; row: EvidenceRow };
  /** What a person talked about. */
  'talks-of': { params: { id: string }; row: EvidenceRow };
  /** Who spoke at an event. */
  'speakers-at': { params: { id: string }; row: EvidenceRow };
  /** Where a person works. */
  'affiliations-of': { params: { id: string }; row: EvidenceRow };
  /** Posts that mention an entity, newest first. */
  'posts-mentioning': { params: { id: string }; row: PostRow };
  /** What each stored post was ingested from. */
  'stored-posts': { params: Record<string, never>; row: { post: string; hash: string; source: string } };
}

export type QueryName = keyof Queries;
export type QueryParams<N extends QueryName> = Queries[N]['params'];
export type QueryRow<N extends QueryName> = Queries[N]['row'];

export const QUERY_NAMES: QueryName[] = ['entity', 'entities', 'entities-named', 'speakers-of', 'talks-of', 'speakers-at', 'affiliations-of', 'posts-mentioning', 'stored-posts'];
