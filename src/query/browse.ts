// Browsing: speakers with what they talked about, profiles of people, projects,
// organizations and events, and an entity's neighbourhood as nodes and edges.
import type { EntityType } from '../domain/model.js';
import { TalkgraphError } from '../domain/errors.js';
import type { GraphStore } from '../stores/graph-store.js';
import type { EntityRow, EvidenceRow } from '../stores/named-queries.js';

export interface Ref {
  id: string;
  name: string;
  type: EntityType;
}

export interface Linked extends Ref {
  posts: number;
  /** `title` is the talk's title; `postTitle` and `url` are the post's. */
  evidence: Array<{ post: string; sentence: string; title: string | null; postTitle: string; url: string | null }>;
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
}

export interface GraphView {
  center: string;
  nodes: Array<Ref & { depth: number }>;
  edges: Array<{ source: string; target: string; type: string; posts: number }>;
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
export async function profile(store: GraphStore, id: string): Promise<Profile> {
  const entity = (await store.query('entity', { id }))[0];
  if (!entity) throw new TalkgraphError('NOT_FOUND', 'entities', id, 'no such entity');
  const [talksOf, speakersOf, affiliations, neighbours, coMentioned, posts, speakersAt] = await Promise.all([
    store.query('talks-of', { id }),
    store.query('speakers-of', { id }),
    store.query('affiliations-of', { id }),
    store.query('neighbours', { id }),
    store.query('co-mentioned', { id, limit: 15 }),
    store.query('posts-mentioning', { id }),
    store.query('speakers-at', { id }),
  ]);
  const events = neighbours.filter((n) => n.rel === 'SPOKE_AT').map((n) => ({ id: n.other, name: n.otherName, type: n.otherType }));
  const titles = await postTitles(store, [...talksOf, ...speakersOf, ...speakersAt, ...affiliations].map((r) => r.post));
  return {
    entity,
    talks: group(talksOf, titles),
    speakers: group(entity.type === 'Event' ? speakersAt : speakersOf, titles),
    organizations: group(affiliations, titles),
    events: entity.type === 'Person' ? events : await eventsOfPosts(store, speakersOf.map((s) => s.post)),
    coMentioned: coMentioned.map((c) => ({ id: c.id, name: c.name, type: c.type, posts: c.posts })),
    posts: posts.map((p) => ({ post: p.post, title: p.title, url: p.url, date: p.date })),
    topics: entity.type === 'Event' ? await topicsAt(store, speakersAt) : [],
  };
}

/** Each speaker of an event with the topics of their talks in the posts that report it. */
async function topicsAt(store: GraphStore, speakersAt: EvidenceRow[]): Promise<Array<{ speaker: Ref; topics: Ref[] }>> {
  const out: Array<{ speaker: Ref; topics: Ref[] }> = [];
  for (const speaker of group(speakersAt, new Map())) {
    const posts = new Set(speaker.evidence.map((e) => e.post));
    const topics: Ref[] = [];
    for (const t of await store.query('talks-of', { id: speaker.id })) if (posts.has(t.post)) addRef(topics, { id: t.id, name: t.name, type: t.type });
    out.push({ speaker: { id: speaker.id, name: speaker.name, type: speaker.type }, topics });
  }
  return out;
}

type Titles = Map<string, { title: string; url: string | null }>;

async function postTitles(store: GraphStore, posts: string[]): Promise<Titles> {
  const rows = posts.length ? await store.query('posts-by-ids', { ids: [...new Set(posts)] }) : [];
  return new Map(rows.map((p) => [p.post, { title: p.title, url: p.url }]));
}

/** Evidence rows grouped by the entity at their other end, most posts first. */
function group(rows: EvidenceRow[], titles: Titles): Linked[] {
  const by = new Map<string, Linked>();
  for (const r of rows) {
    const l = by.get(r.id) ?? { id: r.id, name: r.name, type: r.type, posts: 0, evidence: [] };
    const post = titles.get(r.post);
    l.evidence.push({ post: r.post, sentence: r.sentence, title: r.title, postTitle: post?.title ?? r.post, url: post?.url ?? null });
    l.posts = new Set(l.evidence.map((e) => e.post)).size;
    by.set(r.id, l);
  }
  return [...by.values()].sort((a, b) => b.posts - a.posts || (a.name < b.name ? -1 : 1));
}

async function eventsOfPosts(store: GraphStore, posts: string[]): Promise<Ref[]> {
  const wanted = new Set(posts);
  const out: Ref[] = [];
  for (const e of await store.query('post-events', {})) if (wanted.has(e.post)) addRef(out, { id: e.id, name: e.name, type: 'Event' });
  return out;
}

/** Nodes and edges within `depth` hops of `center` over talks, appearances and affiliations. */
export async function graphAround(store: GraphStore, center: string, depth: number, maxNodes = 150): Promise<GraphView> {
  const root = (await store.query('entity', { id: center }))[0];
  if (!root) throw new TalkgraphError('NOT_FOUND', 'graph', center, 'no such entity');
  const nodes = new Map<string, Ref & { depth: number }>([[center, { id: center, name: root.name, type: root.type, depth: 0 }]]);
  const edges = new Map<string, { source: string; target: string; type: string; posts: number }>();
  let frontier = [center];
  for (let d = 1; d <= depth && frontier.length; d++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const n of await store.query('neighbours', { id })) {
        if (!nodes.has(n.other)) {
          if (nodes.size >= maxNodes) continue;
          nodes.set(n.other, { id: n.other, name: n.otherName, type: n.otherType, depth: d });
          next.push(n.other);
        }
        edges.set(`${n.rel}|${n.source}|${n.target}`, { source: n.source, target: n.target, type: n.rel, posts: n.posts });
      }
    }
    frontier = next;
  }
  return { center, nodes: [...nodes.values()], edges: [...edges.values()].filter((e) => nodes.has(e.source) && nodes.has(e.target)) };
}
