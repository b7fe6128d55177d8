// The page of one post: what it is (title, date, site, link to the original), the entities it
// names each with the sentence that names them, the facts it states (talks, appearances,
// affiliations) with both ends marked, and its related posts.
import { TalkgraphError } from '../domain/errors.js';
import type { EntityType, PersonRelationType } from '../domain/model.js';
import type { SearchIndex } from '../search/search-index.js';
import type { GraphStore } from '../stores/graph-store.js';
import type { EntityRow, EvidenceRow } from '../stores/named-queries.js';
import { eventPostCounts } from './entity-index.js';
import { denies, marked, names, namesFor, preferBoth } from './evidence.js';
import { RelatedContext, type RelatedPost, relatedPosts } from './related-posts.js';
import { type Snippet, sentencesOf } from './snippets.js';

export interface PostView {
  post: {
    id: string;
    title: string;
    date: string | null;
    url: string | null;
    author: string | null;
    tags: string[];
    site: string | null;
    original: string | null;
  };
  entities: Array<{ id: string; name: string; type: EntityType; posts: number; evidence: Snippet | null }>;
  /** `namesBoth`: the sentence names both ends (else the post implies one: the event it covers). */
  facts: Array<{
    type: PersonRelationType;
    from: Ref;
    to: Ref;
    title: string | null;
    evidence: Snippet;
    namesBoth: boolean;
  }>;
  related: RelatedPost[];
}

interface Ref {
  id: string;
  name: string;
  type: EntityType;
}

/** The post `id` as a page; NOT_FOUND when unknown. `entityOf` gives aliases for marking names. */
export async function postView(
  store: GraphStore,
  index: SearchIndex | null,
  id: string,
  entityOf: (id: string) => EntityRow | undefined,
  context: RelatedContext = new RelatedContext(store),
): Promise<PostView> {
  const row = (await store.query('post', { id }))[0];
  if (!row) throw new TalkgraphError('NOT_FOUND', 'posts', id, 'no such post');
  const [named, events, related] = await Promise.all([
    store.query('post-entities', { id }),
    context.covered(id),
    relatedPosts(store, index, id, 5, context),
  ]);
  // The event a post covers counts as named by it, even when no sentence names it.
  const covered = events
    .filter((e) => !named.some((n) => n.id === e.id))
    .map((e) => ({ id: e.id, name: e.name, type: 'Event' as const, posts: Math.max(1, entityOf(e.id)?.posts ?? 0) }));
  // An event's count includes the posts covering it, as on its own page.
  const eventPosts = await eventPostCounts(
    store,
    [...named, ...covered].filter((e) => e.type === 'Event').map((e) => e.id),
  );
  const mentioned = [...named, ...covered].map((e) => ({ ...e, posts: eventPosts.get(e.id) ?? e.posts }));
  const text = (await index?.stored([id]))?.get(id)?.text ?? '';
  const sentences = sentencesOf(text);
  const entities = mentioned.map((e) => {
    const list = namesFor({ ...e, aliases: entityOf(e.id)?.aliases ?? [] });
    const sentence = sentences.find((s) => names(s, list) && !denies(s, list));
    return { id: e.id, name: e.name, type: e.type, posts: e.posts, evidence: sentence ? marked(sentence, list) : null };
  });
  const site = siteOf(row);
  return {
    post: {
      id: row.post,
      title: row.title,
      date: row.date,
      url: row.url,
      author: row.author,
      tags: row.tags,
      site,
      original: originalOf(row.url, site),
    },
    entities: entities.sort(byTypeThenPosts),
    facts: await factsOf(store, id, mentioned, entityOf, text),
    related,
  };
}

const TYPE_ORDER: EntityType[] = ['Event', 'Person', 'Project', 'Organization', 'Place'];
const byTypeThenPosts = (
  a: { type: EntityType; posts: number; name: string },
  b: { type: EntityType; posts: number; name: string },
) => TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type) || b.posts - a.posts || (a.name < b.name ? -1 : 1);

/** The site a post belongs to: its own `site` when the store keeps one, else its URL's host. */
function siteOf(row: { url: string | null }): string | null {
  const own = (row as { site?: unknown }).site;
  if (typeof own === 'string' && own) return own;
  const m = /^https?:\/\/([^/?#]+)/i.exec(row.url ?? '');
  return m ? m[1]!.toLowerCase() : null;
}

/** Where the original can be read: an absolute http(s) URL, or a site-relative one on a known site. */
export function originalOf(url: string | null, site: string | null): string | null {
  if (!url) return null;
  if (/^https?:\/\//i.test(url)) return url;
  if (url.startsWith('/') && !url.startsWith('//') && site)
    return `${/^https?:\/\//i.test(site) ? site.replace(/\/$/, '') : `https://${site}`}${url}`;
  return null;
}

/** Talks, appearances and affiliations this post states, each with its sentence marked. */
async function factsOf(
  store: GraphStore,
  id: string,
  mentioned: Ref[],
  entityOf: (id: string) => EntityRow | undefined,
  text: string,
): Promise<PostView['facts']> {
  const facts: PostView['facts'] = [];
  const add = async (type: PostView['facts'][number]['type'], from: Ref, to: EvidenceRow) => {
    if (to.post !== id) return;
    const a = namesFor({ ...from, aliases: entityOf(from.id)?.aliases ?? [] });
    const b = namesFor({ ...to, aliases: entityOf(to.id)?.aliases ?? [] });
    // The stored sentence may miss one end; the post's own sentence naming both is better proof.
    const { sentence } = (await preferBoth([to], a, b, async () => text))[0]!;
    facts.push({
      type,
      from,
      to: { id: to.id, name: to.name, type: to.type },
      title: to.title,
      evidence: marked(sentence, a, b),
      namesBoth: names(sentence, a) && names(sentence, b),
    });
  };
  for (const p of mentioned.filter((e) => e.type === 'Person')) {
    const ref = { id: p.id, name: p.name, type: p.type };
    for (const r of await store.query('talks-of', { id: p.id })) await add('TALKED_ABOUT', ref, r);
    for (const r of await store.query('affiliations-of', { id: p.id })) await add('AFFILIATED_WITH', ref, r);
  }
  for (const ev of mentioned.filter((e) => e.type === 'Event')) {
    for (const r of await store.query('speakers-at', { id: ev.id })) {
      if (r.post === id)
        await add(
          'SPOKE_AT',
          { id: r.id, name: r.name, type: r.type },
          { ...r, id: ev.id, name: ev.name, type: ev.type },
        );
    }
  }
  return facts;
}
