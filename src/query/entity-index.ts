// Index pages: every event (by series and year), organization, project or person, with how
// many posts name each (and for people, how many topics they talked about), filterable by name.
import type { EntityType } from '../domain/model.js';
import type { GraphStore } from '../stores/graph-store.js';
import type { EntityRow } from '../stores/named-queries.js';

export interface IndexItem {
  id: string;
  name: string;
  posts: number;
  /** Events: the series ("Xen Summit") and the year, when the name ends in one. */
  series?: string;
  year?: number | null;
  /** People: topics talked about and events spoken at. */
  talks?: number;
  events?: number;
}

export interface EntityIndex {
  type: EntityType;
  total: number;
  items: IndexItem[];
  /** Events only: series with their editions, the most covered series first. */
  series?: Array<{ name: string; posts: number; editions: IndexItem[] }>;
}

/** "Xen Summit 2010" → { series: "Xen Summit", year: 2010 }. */
export function seriesAndYear(name: string): { series: string; year: number | null } {
  const m = /^(.*?)\s*((?:19|20)\d\d)$/.exec(name);
  return m && m[1] ? { series: m[1], year: Number(m[2]) } : { series: name, year: null };
}

/** The index of one type from `entities` (the finder's list), optionally filtered by `q`. */
export async function entityIndex(
  store: GraphStore,
  entities: EntityRow[],
  type: EntityType,
  q: string | null,
): Promise<EntityIndex> {
  const needle = q?.toLowerCase() ?? '';
  const rows = entities.filter(
    (e) => e.type === type && (!needle || [e.name, ...e.aliases].some((n) => n.toLowerCase().includes(needle))),
  );
  const items: IndexItem[] = rows.map((e) => ({ id: e.id, name: e.name, posts: e.posts }));
  if (type === 'Person') await addTalkCounts(store, items);
  if (type === 'Event') {
    const counts = await eventPostCounts(
      store,
      items.map((i) => i.id),
    );
    for (const i of items) Object.assign(i, seriesAndYear(i.name), { posts: counts.get(i.id) ?? i.posts });
  }
  items.sort((a, b) => b.posts - a.posts || (a.name < b.name ? -1 : 1));
  return { type, total: items.length, items, ...(type === 'Event' ? { series: seriesOf(items) } : {}) };
}

/** Posts naming or covering each event: a recap need not name its event in a sentence. */
export async function eventPostCounts(store: GraphStore, ids: string[]): Promise<Map<string, number>> {
  const wanted = new Set(ids);
  const by = new Map<string, Set<string>>(ids.map((id) => [id, new Set()]));
  for (const c of await store.query('post-events', {})) if (wanted.has(c.id)) by.get(c.id)!.add(c.post);
  await Promise.all(
    ids.map(async (id) => {
      for (const p of await store.query('posts-mentioning', { id })) by.get(id)!.add(p.post);
    }),
  );
  return new Map([...by].map(([id, posts]) => [id, posts.size]));
}

async function addTalkCounts(store: GraphStore, items: IndexItem[]): Promise<void> {
  const talks = new Map<string, Set<string>>();
  const events = new Map<string, Set<string>>();
  for (const l of await store.query('speaker-links', {})) {
    const into = l.rel === 'TALKED_ABOUT' ? talks : l.rel === 'SPOKE_AT' ? events : null;
    if (into) into.set(l.id, (into.get(l.id) ?? new Set()).add(l.other));
  }
  for (const i of items) Object.assign(i, { talks: talks.get(i.id)?.size ?? 0, events: events.get(i.id)?.size ?? 0 });
}

function seriesOf(items: IndexItem[]): NonNullable<EntityIndex['series']> {
  const by = new Map<string, IndexItem[]>();
  for (const i of items) by.set(i.series!, [...(by.get(i.series!) ?? []), i]);
  return [...by]
    .map(([name, editions]) => ({
      name,
      posts: editions.reduce((n, e) => n + e.posts, 0),
      editions: editions.sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || (a.name < b.name ? -1 : 1)),
    }))
    .sort((a, b) => b.posts - a.posts || (a.name < b.name ? -1 : 1));
}
