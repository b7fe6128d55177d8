// Browsing: speakers with what they talked about, profiles of people, projects,
// organizations and events, and an entity's neighbourhood as nodes and edges.

import { TalkgraphError } from '../domain/errors.js';
import type { EntityType } from '../domain/model.js';
import type { GraphStore } from '../stores/graph-store.js';
import type { EntityRow, EvidenceRow, PostRow } from '../stores/named-queries.js';
import { eventPostCounts, seriesAndYear } from './entity-index.js';
import { marked, namesFor, type PostText, preferBoth, trustworthy } from './evidence.js';
import type { Snippet } from './snippets.js';

export interface Ref {
  id: string;
  name: string;
  type: EntityType;
}

export interface Linked extends Ref {
  posts: number;
  /** `title` is the talk's title; `postTitle` and `url` are the post's. */
  evidence: Array<{
    post: string;
    sentence: string;
    title: string | null;
    postTitle: string;
    url: string | null;
    date: string | null;
    highlight: Snippet;
  }>;
}

export interface SpeakerSummary {
  id: string;
  name: string;
  projects: Array<Ref & { posts: number }>;
  organizations: Ref[];
  events: Ref[];
}

export interface Profile {
  entity: EntityRow;
  /** Person: what they talked about; others: who talked about them. */
  talks: Linked[];
  speakers: Linked[];
  organizations: Linked[];
  events: Ref[];
  coMentioned: Array<Ref & { posts: number }>;
  /** For an event: what each of its speakers talked about there. */
  topics: Array<{ speaker: Ref; topics: Ref[] }>;
  posts: Array<{ post: string; title: string; url: string | null; date: string | null }>;
  /** For a person: the posts they wrote (an author's own posts rarely name them), newest first. */
  written: Array<{ post: string; title: string; url: string | null; date: string | null }>;
  /** Posts naming the entity per year, oldest first (for a small chart). */
  years: Array<{ year: number; posts: number }>;
  /** For an event: every edition of its series, newest first, with its speakers. */
  editions: Array<{ id: string; name: string; year: number | null; posts: number; speakers: Ref[] }>;
}

export interface GraphView {
  center: string;
  nodes: Array<Ref & { depth: number; posts: number }>;
  edges: Array<{ source: string; target: string; type: string; posts: number }>;
  /** Neighbours left out by the cap. */
  hidden: number;
}

/** Every speaker with projects, organizations and events, by name. */
export async function speakers(store: GraphStore): Promise<SpeakerSummary[]> {
  const out = new Map<string, SpeakerSummary>();
  for (const r of await store.query('speaker-links', {})) {
    const s = out.get(r.id) ?? { id: r.id, name: r.name, projects: [], organizations: [], events: [] };
    const ref = { id: r.other, name: r.otherName, type: r.otherType };
    if (r.rel === 'SPOKE_AT') addRef(s.events, ref);
    else if (r.rel === 'AFFILIATED_WITH') addRef(s.organizations, ref);
    else {
      const seen = s.projects.find((p) => p.id === r.other);
      if (seen) seen.posts++;
      else s.projects.push({ ...ref, posts: 1 });
    }
    out.set(r.id, s);
  }
  return [...out.values()];
}

function addRef(list: Ref[], ref: Ref): void {
  if (!list.some((r) => r.id === ref.id)) list.push(ref);
}

/** The profile of any entity; NOT_FOUND when the id is unknown. */
export async function profile(store: GraphStore, id: string, textOf?: PostText): Promise<Profile> {
  const entity = (await store.query('entity', { id }))[0];
  if (!entity) throw new TalkgraphError('NOT_FOUND', 'entities', id, 'no such entity');
  const [talksOf, speakersOf, affiliations, neighbours, coMentioned, mentioning, speakersAt, written] =
    await Promise.all([
      store.query('talks-of', { id }),
      store.query('speakers-of', { id }),
      store.query('affiliations-of', { id }),
      store.query('neighbours', { id }),
      store.query('co-mentioned', { id, limit: 15 }),
      store.query('posts-mentioning', { id }),
      store.query('speakers-at', { id }),
      entity.type === 'Person' ? store.query('posts-written', { id }) : Promise.resolve([]),
    ]);
  const events = neighbours
    .filter((n) => n.rel === 'SPOKE_AT')
    .map((n) => ({ id: n.other, name: n.otherName, type: n.otherType }));
  const posts = entity.type === 'Event' ? await withCoveringPosts(store, id, mentioning) : mentioning;
  const titles = await postTitles(
    store,
    [...talksOf, ...speakersOf, ...speakersAt, ...affiliations].map((r) => r.post),
  );
  const names = new Map((await store.query('entities', { type: null, limit: 1_000_000 })).map((e) => [e.id, e]));
  // A row whose sentence misses one end takes a sentence of its post naming both, when any does.
  const mine = namesFor(entity);
  const better = (rows: EvidenceRow[]) =>
    Promise.all(
      rows.map(async (r) => {
        const other = namesFor(names.get(r.id) ?? r);
        return (await preferBoth([r], other, mine, textOf, entity.type === 'Person' ? mine : other))[0]!;
      }),
    );
  const [talks, speakersRows, affiliationRows] = await Promise.all(
    [talksOf, entity.type === 'Event' ? speakersAt : speakersOf, affiliations].map(better),
  );
  const g = (rows: EvidenceRow[]) => group(rows, titles, entity, names);
  return {
    entity,
    talks: g(talks!),
    speakers: g(speakersRows!),
    organizations: g(affiliationRows!),
    events:
      entity.type === 'Person'
        ? events
        : await eventsOfPosts(
            store,
            speakersOf.map((s) => s.post),
          ),
    coMentioned: coMentioned.map((c) => ({ id: c.id, name: c.name, type: c.type, posts: c.posts })),
    posts: posts.map((p) => ({ post: p.post, title: p.title, url: p.url, date: p.date })),
    written: written.map((p) => ({ post: p.post, title: p.title, url: p.url, date: p.date })),
    topics: entity.type === 'Event' ? await topicsAt(store, speakersAt) : [],
    years: perYear(posts.map((p) => p.date)),
    editions: entity.type === 'Event' ? await editionsOf(store, entity, [...names.values()]) : [],
  };
}

/** An event's posts are also those that cover it (a recap need not name it in a sentence). */
async function withCoveringPosts(store: GraphStore, id: string, mentioning: PostRow[]): Promise<PostRow[]> {
  const seen = new Set(mentioning.map((p) => p.post));
  const out = [...mentioning];
  for (const e of await store.query('post-events', {})) {
    if (e.id !== id || seen.has(e.post)) continue;
    const p = (await store.query('post', { id: e.post }))[0];
    if (p) out.push({ post: p.post, title: p.title, url: p.url, date: p.date });
    seen.add(e.post);
  }
  return out.sort((a, b) => String(b.date ?? '').localeCompare(String(a.date ?? '')) || (a.post < b.post ? -1 : 1));
}

function perYear(dates: Array<string | null>): Profile['years'] {
  const n = new Map<number, number>();
  for (const d of dates)
    if (d && /^\d{4}/.test(d)) n.set(Number(d.slice(0, 4)), (n.get(Number(d.slice(0, 4))) ?? 0) + 1);
  return [...n].map(([year, posts]) => ({ year, posts })).sort((a, b) => a.year - b.year);
}

/** The editions of an event's series ("Xen Summit 2010", "Xen Summit 2011"), each with its speakers. */
async function editionsOf(store: GraphStore, event: EntityRow, all: EntityRow[]): Promise<Profile['editions']> {
  const { series } = seriesAndYear(event.name);
  const out: Profile['editions'] = [];
  const editions = all.filter(
    (x) => x.type === 'Event' && seriesAndYear(x.name).series.toLowerCase() === series.toLowerCase(),
  );
  const posts = await eventPostCounts(
    store,
    editions.map((e) => e.id),
  );
  for (const e of editions) {
    const speakers: Ref[] = [];
    for (const r of await store.query('speakers-at', { id: e.id }))
      addRef(speakers, { id: r.id, name: r.name, type: r.type });
    out.push({ id: e.id, name: e.name, year: seriesAndYear(e.name).year, posts: posts.get(e.id) ?? e.posts, speakers });
  }
  return out.sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || (a.name < b.name ? -1 : 1));
}

/** Each speaker of an event with the topics of their talks in the posts that report it. */
async function topicsAt(store: GraphStore, speakersAt: EvidenceRow[]): Promise<Array<{ speaker: Ref; topics: Ref[] }>> {
  const out: Array<{ speaker: Ref; topics: Ref[] }> = [];
  for (const speaker of group(speakersAt, new Map())) {
    const posts = new Set(speaker.evidence.map((e) => e.post));
    const topics: Ref[] = [];
    for (const t of await store.query('talks-of', { id: speaker.id }))
      if (posts.has(t.post)) addRef(topics, { id: t.id, name: t.name, type: t.type });
    out.push({ speaker: { id: speaker.id, name: speaker.name, type: speaker.type }, topics });
  }
  return out;
}

type Titles = Map<string, { title: string; url: string | null; date: string | null }>;

async function postTitles(store: GraphStore, posts: string[]): Promise<Titles> {
  const rows = posts.length ? await store.query('posts-by-ids', { ids: [...new Set(posts)] }) : [];
  return new Map(rows.map((p) => [p.post, { title: p.title, url: p.url, date: p.date }]));
}

/**
 * Evidence rows grouped by the entity at their other end, most posts first; each entity's
 * sentences are those naming both ends (when any do), names marked, denials dropped.
 */
function group(rows: EvidenceRow[], titles: Titles, self?: EntityRow, entities?: Map<string, EntityRow>): Linked[] {
  const by = new Map<string, Linked>();
  const mine = self ? namesFor(self) : [];
  for (const r of rows) {
    const other = namesFor(entities?.get(r.id) ?? r);
    const l = by.get(r.id) ?? { id: r.id, name: r.name, type: r.type, posts: 0, evidence: [] };
    const post = titles.get(r.post);
    l.evidence.push({
      post: r.post,
      sentence: r.sentence,
      title: r.title,
      postTitle: post?.title ?? r.post,
      url: post?.url ?? null,
      date: post?.date ?? null,
      highlight: marked(r.sentence, other, mine),
    });
    by.set(r.id, l);
  }
  for (const l of by.values()) {
    if (self) l.evidence = trustworthy(l.evidence, namesFor(entities?.get(l.id) ?? l), mine);
    l.posts = new Set(l.evidence.map((e) => e.post)).size;
  }
  return [...by.values()]
    .filter((l) => l.evidence.length)
    .sort((a, b) => b.posts - a.posts || (a.name < b.name ? -1 : 1));
}

async function eventsOfPosts(store: GraphStore, posts: string[]): Promise<Ref[]> {
  const wanted = new Set(posts);
  const out: Ref[] = [];
  for (const e of await store.query('post-events', {}))
    if (wanted.has(e.post)) addRef(out, { id: e.id, name: e.name, type: 'Event' });
  return out;
}

/**
 * Nodes and edges within `depth` hops of `center` over talks, appearances and affiliations,
 * capped at `maxNodes`: at each hop the neighbours linked by the most posts come first, so a
 * popular entity shows its strongest links, not the first found. `hidden` counts those left out.
 */
export async function graphAround(
  store: GraphStore,
  center: string,
  depth: number,
  maxNodes = 150,
): Promise<GraphView> {
  const root = (await store.query('entity', { id: center }))[0];
  if (!root) throw new TalkgraphError('NOT_FOUND', 'graph', center, 'no such entity');
  const nodes = new Map<string, Ref & { depth: number; posts: number }>([
    [center, { id: center, name: root.name, type: root.type, depth: 0, posts: root.posts }],
  ]);
  const edges = new Map<string, { source: string; target: string; type: string; posts: number }>();
  const seen = new Set<string>([center]);
  let frontier = [center];
  for (let d = 1; d <= depth && frontier.length; d++) {
    const rows = (await Promise.all(frontier.map((id) => store.query('neighbours', { id })))).flat();
    for (const n of rows)
      edges.set(`${n.rel}|${n.source}|${n.target}`, {
        source: n.source,
        target: n.target,
        type: n.rel,
        posts: n.posts,
      });
    const strength = new Map<string, { n: (typeof rows)[number]; posts: number }>();
    for (const n of rows)
      if (!nodes.has(n.other)) strength.set(n.other, { n, posts: (strength.get(n.other)?.posts ?? 0) + n.posts });
    for (const id of strength.keys()) seen.add(id);
    const ranked = [...strength.values()].sort((a, b) => b.posts - a.posts || (a.n.other < b.n.other ? -1 : 1));
    const next: string[] = [];
    for (const { n, posts } of ranked.slice(0, Math.max(0, maxNodes - nodes.size))) {
      nodes.set(n.other, { id: n.other, name: n.otherName, type: n.otherType, depth: d, posts });
      next.push(n.other);
    }
    frontier = next;
  }
  const kept = [...edges.values()].filter((e) => nodes.has(e.source) && nodes.has(e.target));
  return { center, nodes: [...nodes.values()], edges: kept, hidden: seen.size - nodes.size };
}
