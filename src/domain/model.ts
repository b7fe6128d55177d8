// The one domain model shared by ingest, stores and API: posts, entities, relations, evidence.
// Outside shapes (compromise terms, Neo4j records, HTTP bodies) are converted to these at the edges.

export const ENTITY_TYPES = ['Person', 'Organization', 'Project', 'Event', 'Place'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const RELATION_TYPES = ['TALKED_ABOUT', 'SPOKE_AT', 'AFFILIATED_WITH', 'MENTIONS', 'COVERS', 'WROTE'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];
/** The relations a talk states: a person talked about a thing, or spoke at an event. */
export type TalkRelationType = Extract<RelationType, 'TALKED_ABOUT' | 'SPOKE_AT'>;
/** The facts about a person the answers read: talks, speaking and where they work. */
export type PersonRelationType = Extract<RelationType, 'TALKED_ABOUT' | 'SPOKE_AT' | 'AFFILIATED_WITH'>;

/** A blog post as read from its file: front matter plus where it came from. */
export interface Post {
  id: string;
  title: string;
  date: string | null;
  url: string | null;
  author: string | null;
  authors: string[];
  tags: string[];
  categories: string[];
  /** Path of the source file, relative to the ingest root when known. */
  source: string;
  /** Slug of the site (blog) the post belongs to; absent on posts read without a site. */
  site?: string;
  /** Set when the per-post caps cut the post (ingest/document/limits.ts): what was cut. */
  notes?: string[];
}

/** The generators whose layouts and permalink rules talkgraph knows. */
export type Generator = 'jekyll' | 'hugo' | 'hexo' | 'pelican' | 'plain';

/** A blog: where its files live, what made it, and where it is published. */
export interface Site {
  /** Slug used in post ids and filters ("my-blog"). */
  name: string;
  generator: Generator;
  /** Absolute base URL ("https://blog.example/base"), no trailing slash; null when unknown. */
  baseUrl: string | null;
  /** Default permalink pattern for posts (generator syntax), or null for the generator's. */
  permalink: string | null;
  /** Hugo: permalink pattern per section. */
  sectionPermalinks: Record<string, string>;
  /** Absolute folder of the site (the source root), or the feed/export it was read from. */
  root: string;
}

/** A real-world thing named in posts; ids are stable, e.g. `person:george-dunlap`. */
export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  /** 0..1: how sure extraction is of the entity and its type. */
  confidence: number;
}

/** The sentence that proves a relation. */
export interface Evidence {
  post: string;
  sentence: string;
}

/** A typed edge; `from`/`to` are entity ids, or a post id for post relations. */
export interface Relation {
  type: RelationType;
  from: string;
  to: string;
  evidence: Evidence;
  /** The talk title, on TALKED_ABOUT and SPOKE_AT, when the post gives one. */
  title?: string;
  /** On MENTIONS and COVERS: the names this post uses for the entity (its aliases are their union). */
  names?: string[];
}

/** The event a write-up is about: series name plus year. */
export interface EventRef {
  name: string;
  year: number | null;
}

/** Everything extracted from one post: the `extract --json` output contract. */
export interface Extraction {
  post: Post;
  event: EventRef | null;
  entities: Entity[];
  relations: Relation[];
}
