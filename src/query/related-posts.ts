// Related posts: those sharing the most specific entities (weighted by rarity), the same
// event series, and similar text; each with its reasons. Returns the best candidates whenever
// any exist (no threshold), never the post itself, in a deterministic order.
import type { SearchIndex } from '../search/search-index.js';
import { SIMILAR_POSTS_MATCH } from '../search/search-options.js';
import type { GraphStore } from '../stores/graph-store.js';

export interface RelatedPost {
  id: string;
  title: string;
  url: string | null;
  date: string | null;
  score: number;
  reasons: string[];
  /** "shares: Xen, credit2; same event: Xen Summit 2010" */
  why: string;
}

// Shared entities give up to ENTITIES (relative to the best candidate); another report from
// the very same event outranks any overlap, as readers of a day-one recap want day two next.
const ENTITIES = 3;
const SAME_EVENT = 6;
const SAME_SERIES = 1.5;
const TEXT = 1;

interface Candidate {
  score: number;
  shared: Array<{ name: string; weight: number }>;
  event?: string;
  series?: string;
  text: number;
}

type EventRow = { post: string; id: string; name: string };

/**
 * What every related-posts call needs of the whole graph: the events posts cover, indexed by
 * post and by series, and the post count. Read on first use and kept (a scan of every edge at
 * start-up, and a scan of every covered event per call, grew with the corpus).
 */
export class RelatedContext {
  private events?: Promise<{ byPost: Map<string, EventRow[]>; bySeries: Map<string, EventRow[]> }>;

  private total?: Promise<number>;

  constructor(private readonly store: GraphStore) {}

  /** The post count (the rarity of a shared entity is relative to it). */
  posts(): Promise<number> {
    this.total ??= this.store.counts().then((c) => c.posts);
    return this.total;
  }

  /** The events `post` covers, in id order. */
  async covered(post: string): Promise<EventRow[]> {
    return (await this.indexed()).byPost.get(post) ?? [];
  }

  private indexed(): Promise<{ byPost: Map<string, EventRow[]>; bySeries: Map<string, EventRow[]> }> {
    this.events ??= this.store.query('post-events', {}).then(indexEvents);
    return this.events;
  }

  /** The first event `post` covers (in id order) and every covered event of its series, in post then id order. */
  async seriesOf(post: string): Promise<{ mine: EventRow; rows: EventRow[] } | null> {
    const { byPost, bySeries } = await this.indexed();
    const mine = byPost.get(post)?.[0];
    return mine ? { mine, rows: bySeries.get(seriesOf(mine.name)) ?? [] } : null;
  }
}

function indexEvents(rows: EventRow[]): { byPost: Map<string, EventRow[]>; bySeries: Map<string, EventRow[]> } {
  const byPost = new Map<string, EventRow[]>();
  const bySeries = new Map<string, EventRow[]>();
  const series = new Map<string, string>();
  for (const r of rows) {
    byPost.get(r.post)?.push(r) ?? byPost.set(r.post, [r]);
    const s = series.get(r.name) ?? seriesOf(r.name);
    series.set(r.name, s);
    bySeries.get(s)?.push(r) ?? bySeries.set(s, [r]);
  }
  return { byPost, bySeries };
}

/** A related-posts context over `store` (nothing is read until a call needs it). */
export async function loadRelatedContext(store: GraphStore): Promise<RelatedContext> {
  return new RelatedContext(store);
}

/** The posts most related to `postId`, best first (`context` defaults to a fresh read). */
export async function relatedPosts(
  store: GraphStore,
  index: SearchIndex | null,
  postId: string,
  limit: number,
  context?: RelatedContext,
): Promise<RelatedPost[]> {
  const ctx = context ?? new RelatedContext(store);
  const [entities, sharing, stored, series] = await Promise.all([
    store.query('post-entities', { id: postId }),
    store.query('posts-sharing', { id: postId }),
    ctx.posts(),
    ctx.seriesOf(postId),
  ]);
  const total = Math.max(stored, 1);
  const weightOf = new Map(
    entities.map((e) => [e.id, { name: e.name, weight: Math.log(1 + total / Math.max(e.posts, 1)) }]),
  );
  const candidates = new Map<string, Candidate>();
  const get = (id: string) => candidates.get(id) ?? candidates.set(id, { score: 0, shared: [], text: 0 }).get(id)!;
  for (const row of sharing) {
    const w = weightOf.get(row.entity);
    if (w) get(row.post).shared.push(w);
  }
  if (series) {
    const { mine, rows } = series;
    const name = seriesOf(mine.name);
    for (const e of rows) {
      if (e.post === postId) continue;
      if (e.id === mine.id) get(e.post).event = mine.name;
      else get(e.post).series = name;
    }
  }
  await addTextSimilarity(index, postId, entities, get);
  candidates.delete(postId);
  const overlap = (c: Candidate) => c.shared.reduce((acc, s) => acc + s.weight, 0);
  const best = Math.max(1e-9, ...[...candidates.values()].map(overlap));
  for (const c of candidates.values()) {
    c.shared.sort((a, b) => b.weight - a.weight || (a.name < b.name ? -1 : 1));
    c.score = (ENTITIES * overlap(c)) / best + (c.event ? SAME_EVENT : c.series ? SAME_SERIES : 0) + TEXT * c.text;
  }
  const ranked = [...candidates].sort((a, b) => b[1].score - a[1].score || (a[0] < b[0] ? -1 : 1)).slice(0, limit);
  const posts = new Map((await store.query('posts-by-ids', { ids: ranked.map(([id]) => id) })).map((p) => [p.post, p]));
  const out: RelatedPost[] = [];
  for (const [id, c] of ranked) {
    const post = posts.get(id);
    if (!post) continue;
    const reasons = reasonsOf(c);
    out.push({
      id,
      title: post.title,
      url: post.url,
      date: post.date,
      score: Number(c.score.toFixed(3)),
      reasons,
      why: reasons.join('; '),
    });
  }
  return out;
}

/** "Red Hat Summit 2012" → "Red Hat Summit". */
function seriesOf(name: string): string {
  return name.replace(/\s*(19|20)\d\d$/, '');
}

async function addTextSimilarity(
  index: SearchIndex | null,
  postId: string,
  entities: Array<{ name: string; posts: number }>,
  get: (id: string) => Candidate,
): Promise<void> {
  const me = (await index?.stored([postId]))?.get(postId);
  if (!index || !me) return;
  const specific = [...entities]
    .sort((a, b) => a.posts - b.posts)
    .slice(0, 5)
    .map((e) => e.name);
  // One more than kept: the post itself is among its own best matches.
  const hits = (await index.similar(`${me.title} ${specific.join(' ')}`, SIMILAR_POSTS_MATCH.candidates + 1)).filter(
    (h) => h.id !== postId,
  );
  const top = hits[0]?.score ?? 0;
  for (const h of hits.slice(0, SIMILAR_POSTS_MATCH.candidates)) {
    if (top === 0) continue;
    get(h.id).text = Number((h.score / top).toFixed(3));
  }
}

function reasonsOf(c: Candidate): string[] {
  const reasons: string[] = [];
  if (c.shared.length)
    reasons.push(
      `shares: ${c.shared
        .slice(0, 5)
        .map((s) => s.name)
        .join(', ')}`,
    );
  if (c.event) reasons.push(`same event: ${c.event}`);
  else if (c.series) reasons.push(`same event series: ${c.series}`);
  if (c.text >= 0.3) reasons.push('similar text');
  else if (c.text > 0) reasons.push('a few words in common');
  return reasons;
}
