// The named queries both stores answer. Neo4j runs queries/<name>.cypher; the embedded
// store answers the same names in TypeScript. Rows are plain data in a fixed order.
import type { Entity, EntityType, PersonRelationType, TalkRelationType } from '../domain/model.js';

/** An entity as the stores return it: the domain entity plus how many posts mention it. */
export interface EntityRow extends Entity {
  posts: number;
}

/** An entity named in a row: its id, name and type. */
export type EntityRef = Pick<Entity, 'id' | 'name' | 'type'>;

export interface EvidenceRow extends EntityRef {
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

export interface PostDetailRow extends PostRow {
  author: string | null;
  tags: string[];
  /** The post's site slug; null for posts stored before sites existed. */
  site: string | null;
}

export interface LinkRow {
  id: string;
  name: string;
  rel: PersonRelationType;
  other: string;
  otherName: string;
  otherType: EntityType;
  post: string;
}

export interface NeighbourRow {
  rel: PersonRelationType;
  source: string;
  target: string;
  other: string;
  otherName: string;
  otherType: EntityType;
  posts: number;
}

export interface Queries {
  post: { params: { id: string }; row: PostDetailRow };
  'post-by-url': { params: { urls: string[] }; row: PostDetailRow };
  /** Many posts in one round trip, by id. */
  'posts-by-ids': { params: { ids: string[] }; row: PostDetailRow };
  /** The entities a post mentions, with how many posts mention each. */
  'post-entities': { params: { id: string }; row: EntityRef & { posts: number } };
  /** Other posts sharing an entity with the post. */
  'posts-sharing': { params: { id: string }; row: { post: string; entity: string } };
  'post-events': { params: Record<string, never>; row: { post: string; id: string; name: string } };
  'speaker-links': { params: Record<string, never>; row: LinkRow };
  'co-mentioned': { params: { id: string; limit: number }; row: EntityRef & { posts: number } };
  neighbours: { params: { id: string }; row: NeighbourRow };
  'talk-evidence': {
    params: Record<string, never>;
    row: { id: string; name: string; rel: TalkRelationType; other: string; post: string; sentence: string };
  };
  /** One entity with the number of posts that mention it. */
  entity: { params: { id: string }; row: EntityRow };
  /** Every entity (optionally of one type), most-mentioned first. */
  entities: { params: { type: EntityType | null; limit: number }; row: EntityRow };
  /** Every entity, most-mentioned first (no limit). */
  'entities-all': { params: Record<string, never>; row: EntityRow };
  /**
   * Entities with one of the ids, or whose name or an alias folds (`foldForm`) to one of the
   * forms, most-mentioned first: what resolution merges a few posts' entities with.
   */
  'entities-matching': { params: { ids: string[]; forms: string[] }; row: EntityRow };
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
  /** Posts an author wrote, newest first. */
  'posts-written': { params: { id: string }; row: PostRow };
  /** What each stored post was ingested from; `links` counts its own relations (0: a write was cut off). */
  'stored-posts': {
    params: Record<string, never>;
    row: { post: string; hash: string; source: string; site: string | null; links: number };
  };
}

export type QueryName = keyof Queries;
export type QueryParams<N extends QueryName> = Queries[N]['params'];
export type QueryRow<N extends QueryName> = Queries[N]['row'];

export const QUERY_NAMES: QueryName[] = [
  'entity',
  'entities',
  'entities-named',
  'speakers-of',
  'talks-of',
  'speakers-at',
  'affiliations-of',
  'posts-mentioning',
  'posts-written',
  'stored-posts',
  'post',
  'post-by-url',
  'posts-by-ids',
  'entities-all',
  'entities-matching',
  'post-entities',
  'posts-sharing',
  'post-events',
  'speaker-links',
  'co-mentioned',
  'neighbours',
  'talk-evidence',
];
