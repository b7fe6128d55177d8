// The named queries about posts and browsing, answered over the graphology graph, row for
// row as their queries/*.cypher twins.
import { dedupeBy } from '../../domain/dedupe.js';
import type { EntityType, TalkRelationType } from '../../domain/model.js';
import type { LinkRow, NeighbourRow, PostDetailRow, QueryName, QueryParams, QueryRow } from '../named-queries.js';
import { cmp, isEntity, mentioningPosts } from './embedded-helpers.js';
import type { EdgeAttrs, EntityNode, Graph, PostNode } from './embedded-types.js';

type Answer<N extends QueryName> = (g: Graph, p: QueryParams<N>) => QueryRow<N>[];
type BrowseNames =
  | 'post'
  | 'post-by-url'
  | 'posts-by-ids'
  | 'post-entities'
  | 'posts-sharing'
  | 'post-events'
  | 'speaker-links'
  | 'co-mentioned'
  | 'neighbours'
  | 'talk-evidence';

const TALK_RELS = new Set(['TALKED_ABOUT', 'SPOKE_AT']);
const LINK_RELS = new Set(['TALKED_ABOUT', 'SPOKE_AT', 'AFFILIATED_WITH']);

export const browseAnswers: { [N in BrowseNames]: Answer<N> } = {
  post: (g, { id }) => (isPost(g, id) ? [postRow(g, id)] : []),
  'post-by-url': (g, { urls }) =>
    g
      .filterNodes(
        (_id, a) => a.kind === 'Post' && a.url !== null && (urls.includes(a.url) || urls.includes(urlPath(a.url))),
      )
      .map((id) => postRow(g, id))
      .sort((a, b) => cmp(a.post, b.post)),
  'posts-by-ids': (g, { ids }) =>
    [...new Set(ids)]
      .filter((id) => isPost(g, id))
      .sort(cmp)
      .map((id) => postRow(g, id)),
  'post-entities': (g, { id }) => {
    if (!isPost(g, id)) return [];
    const ids = new Set<string>();
    g.forEachOutEdge(id, (_k, a, _s, target) => void (a.type === 'MENTIONS' && isEntity(g, target) && ids.add(target)));
    return [...ids].sort(cmp).map((e) => {
      const n = g.getNodeAttributes(e) as EntityNode;
      return { id: e, name: n.name, type: n.type, posts: mentioningPosts(g, e).size };
    });
  },
  'posts-sharing': (g, { id }) => {
    if (!isPost(g, id)) return [];
    const rows = new Map<string, { post: string; entity: string }>();
    g.forEachOutEdge(id, (_k, a, _s, entity) => {
      if (a.type !== 'MENTIONS' || !isEntity(g, entity)) return;
      for (const post of mentioningPosts(g, entity)) if (post !== id) rows.set(`${post}|${entity}`, { post, entity });
    });
    return [...rows.values()].sort((a, b) => cmp(a.post, b.post) || cmp(a.entity, b.entity));
  },
  'post-events': (g) => {
    const rows: Array<{ post: string; id: string; name: string }> = [];
    g.forEachEdge((_k, a, post, event) => {
      if (a.type === 'COVERS' && isEntity(g, event))
        rows.push({ post, id: event, name: (g.getNodeAttributes(event) as EntityNode).name });
    });
    return dedupeBy(rows, (r) => `${r.post}|${r.id}`).sort((a, b) => cmp(a.post, b.post) || cmp(a.id, b.id));
  },
  'speaker-links': (g) => {
    const speakers = new Set<string>();
    g.forEachEdge((_k, a, source) => void (TALK_RELS.has(a.type) && isEntity(g, source) && speakers.add(source)));
    const rows: LinkRow[] = [];
    for (const s of speakers) {
      const name = (g.getNodeAttributes(s) as EntityNode).name;
      g.forEachOutEdge(s, (_k, a, _src, other) => {
        if (!LINK_RELS.has(a.type) || !isEntity(g, other)) return;
        const o = g.getNodeAttributes(other) as EntityNode;
        rows.push({
          id: s,
          name,
          rel: a.type as LinkRow['rel'],
          other,
          otherName: o.name,
          otherType: o.type,
          post: a.post,
        });
      });
    }
    return rows.sort(
      (a, b) =>
        cmp(a.name, b.name) ||
        cmp(a.id, b.id) ||
        cmp(a.rel, b.rel) ||
        cmp(a.otherName, b.otherName) ||
        cmp(a.other, b.other) ||
        cmp(a.post, b.post),
    );
  },
  'co-mentioned': (g, { id, limit }) => {
    if (!isEntity(g, id)) return [];
    const shared = new Map<string, Set<string>>();
    for (const post of mentioningPosts(g, id)) {
      g.forEachOutEdge(post, (_k, a, _s, other) => {
        if (a.type !== 'MENTIONS' || other === id || !isEntity(g, other)) return;
        shared.set(other, (shared.get(other) ?? new Set()).add(post));
      });
    }
    return [...shared]
      .map(([other, posts]) => {
        const n = g.getNodeAttributes(other) as EntityNode;
        return { id: other, name: n.name, type: n.type, posts: posts.size };
      })
      .sort((a, b) => b.posts - a.posts || cmp(a.id, b.id))
      .slice(0, limit);
  },
  neighbours: (g, { id }) => {
    if (!isEntity(g, id)) return [];
    const rows = new Map<string, NeighbourRow & { postSet: Set<string> }>();
    const visit = (_k: string, a: EdgeAttrs, source: string, target: string) => {
      if (!LINK_RELS.has(a.type)) return;
      const other = source === id ? target : source;
      if (!isEntity(g, other)) return;
      const key = `${a.type}|${source}|${target}`;
      const o = g.getNodeAttributes(other) as EntityNode;
      const row = rows.get(key) ?? {
        rel: a.type as NeighbourRow['rel'],
        source,
        target,
        other,
        otherName: o.name,
        otherType: o.type as EntityType,
        posts: 0,
        postSet: new Set<string>(),
      };
      row.postSet.add(a.post);
      rows.set(key, row);
    };
    g.forEachEdge(id, visit);
    return [...rows.values()]
      .map(({ postSet, ...row }) => ({ ...row, posts: postSet.size }))
      .sort((a, b) => cmp(a.rel, b.rel) || cmp(a.source, b.source) || cmp(a.target, b.target));
  },
  'talk-evidence': (g) => {
    const rows: Array<QueryRow<'talk-evidence'>> = [];
    g.forEachEdge((_k, a, source, target) => {
      if (!TALK_RELS.has(a.type) || !isEntity(g, source) || !isEntity(g, target)) return;
      rows.push({
        id: source,
        name: (g.getNodeAttributes(source) as EntityNode).name,
        rel: a.type as TalkRelationType,
        other: target,
        post: a.post,
        sentence: a.sentence,
      });
    });
    return rows.sort((a, b) => cmp(a.post, b.post) || cmp(a.id, b.id) || cmp(a.rel, b.rel) || cmp(a.other, b.other));
  },
};

/** "https://blog.example/x/" → "/x/" (the Cypher twin cuts the same way); a path stays as it is. */
function urlPath(url: string): string {
  if (!/^https?:\/\//.test(url)) return url;
  const parts = url.split('/');
  return url.slice(parts[0]!.length + 2 + parts[2]!.length);
}

function isPost(g: Graph, id: string): boolean {
  return g.hasNode(id) && g.getNodeAttribute(id, 'kind') === 'Post';
}

function postRow(g: Graph, id: string): PostDetailRow {
  const a = g.getNodeAttributes(id) as PostNode;
  return { post: id, title: a.title, url: a.url, date: a.date, author: a.author, tags: a.tags, site: a.site ?? null };
}
