// Small helpers the embedded query answers share.
import type { EntityRow } from '../named-queries.js';
import type { EntityNode, Graph } from './embedded-types.js';

/** Code-point order, as Cypher's ORDER BY on strings. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function isEntity(g: Graph, id: string): boolean {
  return g.hasNode(id) && g.getNodeAttribute(id, 'kind') === 'Entity';
}

export function entityRow(g: Graph, id: string): EntityRow {
  const a = g.getNodeAttributes(id) as EntityNode;
  return {
    id,
    type: a.type,
    name: a.name,
    aliases: a.aliases,
    confidence: a.confidence,
    posts: mentioningPosts(g, id).size,
  };
}

export function mentioningPosts(g: Graph, id: string): Set<string> {
  const posts = new Set<string>();
  g.forEachInEdge(id, (_k, a, source) => {
    if (a.type === 'MENTIONS') posts.add(source);
  });
  return posts;
}
