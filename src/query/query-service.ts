// The query service: one place that answers search, questions, related posts and browsing
// from either store plus the search index. The API, the CLI and the web UI all use it.
import { TalkgraphError } from '../domain/errors.js';
import { siteOfPostId } from '../domain/ids.js';
import type { EntityType } from '../domain/model.js';
import type { SearchIndex } from '../search/search-index.js';
import type { GraphStore } from '../stores/graph-store.js';
import type { EntityRow } from '../stores/named-queries.js';
import { type AskResult, ask } from './ask.js';
import { atomFeed } from './atom-feed.js';
import { type GraphView, graphAround, type Profile, profile, type SpeakerSummary, speakers } from './browse.js';
import { EntityFinder, type FoundEntity } from './entity-finder.js';
import { type EntityIndex, entityIndex } from './entity-index.js';
import { keywordSearch } from './keyword-search.js';
import { NamePrefixes } from './name-prefixes.js';
import { type PostView, postView } from './post-view.js';
import type { EntityCard, QueryApi, RelatedResponse, SearchFilters, SearchResponse } from './query-api.js';
import { loadRelatedContext, type RelatedContext, relatedPosts } from './related-posts.js';
import { inSites, pickByUrl, type SiteList } from './site-filter.js';
import { TalkEvidence } from './talk-evidence.js';

/** How many ranked posts a site-filtered search looks through before paging. */
const SITE_SCAN = 1000;

export type { EntityCard, SearchFilters, SearchResponse } from './query-api.js';

/**
 * The query service over a store and a search index: the one `QueryApi` implementation
 * (method docs on the interface). Build it with `createServices(config).query()`.
 * @example
 * const services = await createServices({ data: '.talkgraph', requireStore: true });
 * const service = await services.query();
 * const { answers } = await service.ask('who talked about credit2');
 */
export class QueryService implements QueryApi {
  private constructor(
    readonly store: GraphStore,
    readonly index: SearchIndex | null,
    private finder: EntityFinder,
    private talks: TalkEvidence,
    private context: RelatedContext,
  ) {}

  /** The name prefixes of the loaded entities (built on first use after each load). */
  private prefixes?: { finder: EntityFinder; names: NamePrefixes };

  /**
   * Loads the entity names and talk sentences once; call `refresh()` after an ingest.
   * @param store the graph store read from
   * @param index the search index (null: no keyword search, as in some store tests)
   */
  static async create(store: GraphStore, index: SearchIndex | null): Promise<QueryService> {
    const [finder, talks, context] = await QueryService.load(store);
    return new QueryService(store, index, finder, talks, context);
  }

  private static async load(store: GraphStore): Promise<[EntityFinder, TalkEvidence, RelatedContext]> {
    const [entities, context] = await Promise.all([store.query('entities-all', {}), loadRelatedContext(store)]);
    return [new EntityFinder(entities), new TalkEvidence(() => store.query('talk-evidence', {})), context];
  }

  async refresh(): Promise<void> {
    [this.finder, this.talks, this.context] = await QueryService.load(this.store);
  }

  /** Keyword search with an entity card for the entity the query names. */
  async search(q: string, limit = 10, offset = 0, f: SearchFilters = {}): Promise<SearchResponse> {
    const bare = q.replace(/"/g, '');
    const found = this.finder.find(bare);
    const extra = found?.exact
      ? (await this.store.query('posts-mentioning', { id: found.entity.id })).map((p) => p.post)
      : [];
    const named = bare ? this.named(null, bare, 12, found) : await this.entities(null, bare, 12);
    const byType = new Map<string, Set<string>>();
    for (const t of new Set(named.map((e) => e.type)))
      byType.set(t, await this.postsNaming(named.filter((e) => e.type === t)));
    const only = f.type ? (byType.get(f.type) ?? new Set<string>()) : undefined;
    const o = {
      limit,
      offset,
      extraPosts: extra,
      sort: f.sort ?? 'relevance',
      ...(f.year ? { year: f.year } : {}),
      ...(f.site ? { site: f.site } : {}),
      ...(only ? { only } : {}),
    } as const;
    const result = this.index
      ? await keywordSearch(this.index, q, o)
      : { total: 0, partial: 0, posts: [], corrected: null, facets: { years: [], sites: [] } };
    const types = [...byType]
      .map(([value, posts]) => ({ value, count: posts.size }))
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
    return {
      query: q,
      total: result.total,
      partial: result.partial,
      entity: found ? await this.card(found.entity) : null,
      posts: result.posts,
      corrected: result.corrected,
      limit,
      offset,
      sort: o.sort,
      facets: { ...result.facets, types },
    };
  }

  private async postsNaming(entities: EntityRow[]): Promise<Set<string>> {
    const rows = await Promise.all(entities.map((e) => this.store.query('posts-mentioning', { id: e.id })));
    return new Set(rows.flat().map((p) => p.post));
  }

  /** One post as a page: entities with evidence, facts, related posts. */
  post(id: string): Promise<PostView> {
    return postView(this.store, this.index, id, (e) => this.finder.get(e), this.context);
  }

  /** The index page of one entity type, optionally filtered by name. */
  browseIndex(type: EntityType, q: string | null): Promise<EntityIndex> {
    return entityIndex(this.store, this.finder.entities, type, q);
  }

  /** A site filter pages after filtering: the index ranks every post, the page is cut from the kept ones. */
  private async keywords(q: string, o: { limit: number; offset?: number; extraPosts: string[] }, sites: SiteList) {
    if (!sites) return keywordSearch(this.index!, q, o);
    const all = await keywordSearch(this.index!, q, {
      limit: SITE_SCAN,
      extraPosts: o.extraPosts.filter((id) => inSites(id, sites)),
    });
    const kept = all.posts.filter((p) => inSites(p.id, sites));
    const from = o.offset ?? 0;
    return { total: kept.length, posts: kept.slice(from, from + o.limit) };
  }

  /** Answers a question (or falls back to keyword search); `sites` keeps evidence and posts of those blogs. */
  async ask(question: string, sites: SiteList = null): Promise<AskResult> {
    const result = await this.askAll(question, sites);
    if (!sites) return result;
    const answers = result.answers
      .map((a) => ({ ...a, evidence: a.evidence.filter((e) => inSites(e.post, sites)) }))
      .filter((a) => a.evidence.length > 0);
    return { ...result, answers, posts: result.posts.filter((p) => inSites(p.id, sites)) };
  }

  private askAll(question: string, sites: SiteList): Promise<AskResult> {
    return ask(question, {
      store: this.store,
      finder: this.finder,
      talks: this.talks,
      postTitles: async (ids) =>
        new Map(
          (await this.store.query('posts-by-ids', { ids })).map((p) => [
            p.post,
            { title: p.title, url: p.url, date: p.date },
          ]),
        ),
      search: async (q, extraPosts) =>
        this.index ? (await this.keywords(q, { limit: 10, extraPosts }, sites)).posts : [],
      postText: this.postText,
    });
  }

  /** A stored post's text from the search index ('' without one). */
  private readonly postText = async (id: string): Promise<string> =>
    (await this.index?.stored([id]))?.get(id)?.text ?? '';

  /**
   * Related posts of a post given by id or by URL. By default only posts of the same site
   * (an embed box shows its own blog); `sites` names others, `'all'` allows every site.
   */
  async related(
    ref: { id?: string; url?: string },
    limit = 5,
    sites: SiteList | 'same' = 'same',
  ): Promise<RelatedResponse> {
    const post = ref.id
      ? (await this.store.query('post', { id: ref.id }))[0]
      : ref.url
        ? pickByUrl(await this.store.query('post-by-url', { urls: urlVariants(ref.url) }), ref.url)
        : undefined;
    if (!post) throw new TalkgraphError('NOT_FOUND', 'related', ref.id ?? ref.url ?? '', 'no such post');
    const site = post.site ?? siteOfPostId(post.post);
    const allowed = sites === 'same' ? (site ? [site] : null) : sites;
    const found = await relatedPosts(this.store, this.index, post.post, allowed ? limit * 4 + 20 : limit, this.context);
    const related = found.filter((r) => inSites(r.id, allowed)).slice(0, limit);
    return { post: { id: post.post, title: post.title, url: post.url, site }, related };
  }

  /** Entities, optionally of one type, filtered by a name prefix (autocomplete). */
  async entities(type: EntityType | null, q: string | null, limit: number): Promise<EntityRow[]> {
    if (!q) return this.store.query('entities', { type, limit });
    return this.named(type, q, limit, this.finder.find(q));
  }

  /** `entities` for a name prefix, given what the finder made of it (search has asked already). */
  private named(type: EntityType | null, q: string, limit: number, fuzzy: FoundEntity | undefined): EntityRow[] {
    if (this.prefixes?.finder !== this.finder)
      this.prefixes = { finder: this.finder, names: new NamePrefixes(this.finder.entities) };
    const hits = this.prefixes.names.starting(q).filter((e) => !type || e.type === type);
    if (fuzzy && !hits.some((h) => h.id === fuzzy.entity.id) && (!type || fuzzy.entity.type === type))
      hits.push(fuzzy.entity);
    return hits.sort((a, b) => b.posts - a.posts || (a.name < b.name ? -1 : 1)).slice(0, limit);
  }

  entity(id: string): Promise<Profile> {
    return profile(this.store, id, this.postText);
  }

  async event(id: string): Promise<Profile> {
    const p = await profile(this.store, id, this.postText);
    if (p.entity.type !== 'Event') throw new TalkgraphError('NOT_FOUND', 'events', id, 'no such event');
    return p;
  }

  speakers(): Promise<SpeakerSummary[]> {
    return speakers(this.store);
  }

  graph(center: string, depth: number, limit = 150): Promise<GraphView> {
    return graphAround(this.store, center, depth, limit);
  }

  /** An Atom feed of the posts that mention an entity, newest first; links start at `baseUrl` (the configured public URL). */
  async feed(id: string, baseUrl: string): Promise<string> {
    const entity = (await this.store.query('entity', { id }))[0];
    if (!entity) throw new TalkgraphError('NOT_FOUND', 'feed', id, 'no such entity');
    const posts = (await this.store.query('posts-mentioning', { id })).slice(0, 50);
    const self = `${baseUrl}/api/entities/${encodeURIComponent(id)}/feed.atom`;
    const entries = posts.map((p) => ({ id: p.post, title: p.title, url: p.url, date: p.date }));
    return atomFeed({
      title: `talkgraph: ${entity.name}`,
      self,
      alternate: `${baseUrl}/entity/${encodeURIComponent(id)}`,
      base: baseUrl,
      entries,
    });
  }

  /** Ready when the store answers. */
  async ready(): Promise<{ posts: number }> {
    return { posts: (await this.store.counts()).posts };
  }

  private async card(e: EntityRow): Promise<EntityCard> {
    const rows =
      e.type === 'Person'
        ? await this.store.query('talks-of', { id: e.id })
        : await this.store.query('speakers-of', { id: e.id });
    return {
      id: e.id,
      type: e.type,
      name: e.name,
      aliases: e.aliases,
      posts: e.posts,
      talkedAbout: [...new Set(rows.map((r) => r.name))],
    };
  }
}

/** "https://blog.example/2010/04/x" → itself, "/2010/04/x", with and without the last slash. */
export function urlVariants(url: string): string[] {
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/[?#].*$/, '') || '/';
  const out = new Set<string>([url]);
  for (const p of [path, url]) {
    out.add(p);
    out.add(p.endsWith('/') ? p.slice(0, -1) : `${p}/`);
  }
  return [...out].filter(Boolean);
}
