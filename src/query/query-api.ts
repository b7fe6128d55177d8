// What the HTTP API, the web routes and the CLI read from, as an interface: the app is built
// over any implementation (the query service, the live one that reloads, a fake in a test).
import type { EntityType } from '../domain/model.js';
import type { EntityRow } from '../stores/named-queries.js';
import type { AskResult } from './ask.js';
import type { GraphView, Profile, SpeakerSummary } from './browse.js';
import type { EntityIndex } from './entity-index.js';
import type { Facet, PostHit, SortOrder } from './keyword-search.js';
import type { PostView } from './post-view.js';
import type { RelatedPost } from './related-posts.js';
import type { SiteList } from './site-filter.js';

/** The card of the entity a query names: the store's row without its confidence, plus talks. */
export interface EntityCard extends Omit<EntityRow, 'confidence'> {
  /** Who talked about it (for a person: what they talked about). */
  talkedAbout: string[];
}

export interface SearchResponse {
  query: string;
  total: number;
  entity: EntityCard | null;
  posts: PostHit[];
  /** Posts matching only some of the words, left out because others match them all. */
  partial: number;
  /** The query as searched when a typo was corrected, else null. */
  corrected: string | null;
  limit: number;
  offset: number;
  sort: SortOrder;
  /** Counts per year, site and entity type over every match (before filters). */
  facets: { years: Facet[]; sites: Facet[]; types: Facet[] };
}

/** Filters and order of a search (all optional). */
export interface SearchFilters {
  sort?: SortOrder;
  year?: string;
  site?: string;
  /** Only posts naming an entity of this type whose name matches the query. */
  type?: EntityType;
}

/** A post's related posts, with the post itself. */
export interface RelatedResponse {
  post: { id: string; title: string; url: string | null; site: string | null };
  related: RelatedPost[];
}

/**
 * The read surface of talkgraph.
 * @example
 * const app = createApp({ service: await services.query() }); // any QueryApi will do
 */
export interface QueryApi {
  /**
   * Keyword search over posts, with the card of the entity the query names.
   * @param q keywords; "quoted phrases" match as phrases
   * @param limit posts per page
   * @param offset posts skipped before the page
   * @param filters sort order, year, site, entity type
   * @example await api.search('open vswitch', 10, 0, { sort: 'date' })
   */
  search(q: string, limit?: number, offset?: number, filters?: SearchFilters): Promise<SearchResponse>;
  /**
   * Answers a question from the graph, each answer with its evidence; else falls back to search.
   * @param question e.g. "who talked about credit2"
   * @param sites keep evidence and posts of these sites (null: all)
   * @example (await api.ask('who spoke at Xen Summit 2010')).answers[0]?.name
   */
  ask(question: string, sites?: SiteList): Promise<AskResult>;
  /**
   * Related posts of a post given by id or by URL, each with its reasons.
   * @param ref the post's id, or its URL (absolute or site-relative)
   * @param limit how many related posts
   * @param sites `'same'` (default): the post's own site; a list of sites; null: every site
   * @throws TalkgraphError NOT_FOUND for an unknown post
   * @example await api.related({ url: '/2010/04/29/xen-summit-day-one-highlights/' }, 5)
   */
  related(ref: { id?: string; url?: string }, limit?: number, sites?: SiteList | 'same'): Promise<RelatedResponse>;
  /**
   * Entities, optionally of one type, filtered by a name prefix (autocomplete), most-mentioned first.
   * @param type an entity type, or null for all
   * @param q a name prefix, or null
   * @param limit at most this many
   * @example await api.entities('Person', 'geo', 5)
   */
  entities(type: EntityType | null, q: string | null, limit: number): Promise<EntityRow[]>;
  /**
   * An entity's profile: talks, speakers, organizations, events, co-mentioned, posts.
   * @param id an entity id, e.g. "person:george-dunlap"
   * @example await api.entity('project:credit2')
   */
  entity(id: string): Promise<Profile>;
  /**
   * An event's profile; NOT_FOUND when `id` is no event.
   * @param id an event id, e.g. "event:xen-summit-2010"
   */
  event(id: string): Promise<Profile>;
  /** Every speaker with projects, organizations and events. */
  speakers(): Promise<SpeakerSummary[]>;
  /**
   * Nodes and edges around an entity, strongest links first.
   * @param center the entity id in the middle
   * @param depth hops from the center
   * @param limit at most this many nodes
   */
  graph(center: string, depth: number, limit?: number): Promise<GraphView>;
  /**
   * One post as a page: entities with evidence, facts, related posts.
   * @param id a post id, e.g. "post:my-blog:hello-world"
   */
  post(id: string): Promise<PostView>;
  /**
   * The index page of one entity type, optionally filtered by name.
   * @param type the entity type listed
   * @param q a part of a name, or null
   */
  browseIndex(type: EntityType, q: string | null): Promise<EntityIndex>;
  /**
   * An Atom feed of the posts that mention an entity, newest first.
   * @param id the entity id
   * @param baseUrl the configured public URL the links start at
   */
  feed(id: string, baseUrl: string): Promise<string>;
  /** Resolves when the store answers, with its post count. */
  ready(): Promise<{ posts: number }>;
}
