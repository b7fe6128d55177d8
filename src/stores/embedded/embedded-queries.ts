// The named queries answered over the graphology graph, row for row as queries/*.cypher.
import type { RelationType } from '../../domain/model.js';
import type { EntityRow, EvidenceRow, PostRow, QueryName, QueryParams, QueryRow } from '../named-queries.js';
import { browseAnswers } from './embedded-browse-queries.js';
import { cmp, entityRow, isEntity, mentioningPosts } from './embedded-helpers.js';
import type { EntityNode, Graph, PostNode } from './embedded-types.js';
import { namesOf } from './name-index.js';

type Answer<N extends QueryName> = (g: Graph, p: QueryParams<N>) => QueryRow<N>[];

const answers: { [N in QueryName]: Answer<N> } = {
  ...browseAnswers,
  entity: (g, { id }) => (isEntity(g, id) ? [entityRow(g, id)] : []),
  entities: (g, { type, limit }) =>
    g
      .filterNodes((_id, a) => a.kind === 'Entity' && (!type || a.type === type))
      .map((id) => entityRow(g, id))
      .sort((a, b) => b.posts - a.posts || cmp(a.name, b.name) || cmp(a.id, b.id))
      .slice(0, limit),
  'entities-all': (g) => allEntities(g).sort((a, b) => b.posts - a.posts || cmp(a.name, b.name) || cmp(a.id, b.id)),
  'entities-matching': (g, { ids, forms }) =>
    [...new Set([...ids.filter((id) => isEntity(g, id)), ...namesOf(g).matching(forms)])]
      .map((id) => entityRow(g, id))
      .sort((a, b) => b.posts - a.posts || cmp(a.name, b.name) || cmp(a.id, b.id)),
  'entities-named': (g, { name }) => {
    const wanted = name.toLowerCase();
    return g
      .filterNodes((_id, a) => a.kind === 'Entity' && [a.name, ...a.aliases].some((n) => n.toLowerCase() === wanted))
      .map((id) => entityRow(g, id))
      .sort((a, b) => b.posts - a.posts || cmp(a.id, b.id));
  },
  'speakers-of': (g, { id }) => evidence(g, 'TALKED_ABOUT', id, 'in'),
  'talks-of': (g, { id }) => evidence(g, 'TALKED_ABOUT', id, 'out'),
  'speakers-at': (g, { id }) => evidence(g, 'SPOKE_AT', id, 'in'),
  'affiliations-of': (g, { id }) => evidence(g, 'AFFILIATED_WITH', id, 'out'),
  'posts-mentioning': (g, { id }) => postsMentioning(g, id),
  'posts-written': (g, { id }) => postsWritten(g, id),
  'stored-posts': (g) =>
    g
      .filterNodes((_id, a) => a.kind === 'Post')
      .map((post) => {
        const a = g.getNodeAttributes(post) as PostNode;
        return { post, hash: a.hash, source: a.source, site: a.site ?? null, links: g.degree(post) };
      })
      .sort((a, b) => cmp(a.post, b.post)),
};

/**
 * Every entity's row, its posts counted in one pass over the edges (per entity, walking its
 * in-edges cost the most of an incremental ingest's fixed time at 10k posts).
 */
function allEntities(g: Graph): EntityRow[] {
  const posts = new Map<string, Set<string>>();
  g.forEachEdge((_k, a, source, target) => {
    if (a.type !== 'MENTIONS') return;
    const of = posts.get(target);
    if (of) of.add(source);
    else posts.set(target, new Set([source]));
  });
  const rows: EntityRow[] = [];
  g.forEachNode((id, a) => {
    if (a.kind === 'Entity')
      rows.push({
        id,
        type: a.type,
        name: a.name,
        aliases: a.aliases,
        confidence: a.confidence,
        posts: posts.get(id)?.size ?? 0,
      });
  });
  return rows;
}

/** Answers `name` with `params` over `graph`. */
export function answer<N extends QueryName>(graph: Graph, name: N, params: QueryParams<N>): QueryRow<N>[] {
  return (answers[name] as Answer<N>)(graph, params);
}

/** Rows of (other end, evidence) for `type` edges into or out of `id`. */
function evidence(g: Graph, type: RelationType, id: string, dir: 'in' | 'out'): EvidenceRow[] {
  if (!g.hasNode(id)) return [];
  const rows: EvidenceRow[] = [];
  const visit = (
    _k: string,
    a: { type: RelationType; post: string; sentence: string; title: string | null },
    source: string,
    target: string,
  ) => {
    if (a.type !== type) return;
    const other = dir === 'in' ? source : target;
    const n = g.getNodeAttributes(other) as EntityNode;
    rows.push({ id: other, name: n.name, type: n.type, post: a.post, sentence: a.sentence, title: a.title });
  };
  if (dir === 'in') g.forEachInEdge(id, visit);
  else g.forEachOutEdge(id, visit);
  return rows.sort(
    (a, b) => cmp(a.name, b.name) || cmp(a.id, b.id) || cmp(a.post, b.post) || cmp(a.sentence, b.sentence),
  );
}

function postsMentioning(g: Graph, id: string): PostRow[] {
  if (!g.hasNode(id)) return [];
  return postRows(g, mentioningPosts(g, id));
}

/** The posts at the end of an author's WROTE edges (the twin of posts-written.cypher). */
function postsWritten(g: Graph, id: string): PostRow[] {
  if (!isEntity(g, id)) return [];
  const posts = new Set<string>();
  g.forEachOutEdge(id, (_k, a, _s, target) => {
    if (a.type === 'WROTE' && g.getNodeAttribute(target, 'kind') === 'Post') posts.add(target);
  });
  return postRows(g, posts);
}

/** Post rows newest first (undated last), then by id, as the Cypher ORDER BY. */
function postRows(g: Graph, ids: Set<string>): PostRow[] {
  return [...ids]
    .map((post) => {
      const a = g.getNodeAttributes(post) as PostNode;
      return { post, title: a.title, url: a.url, date: a.date };
    })
    .sort((a, b) => cmp(b.date ?? '', a.date ?? '') || cmp(a.post, b.post));
}
