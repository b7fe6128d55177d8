// The embedded graph's snapshot, version 2: node ids and strings written once, each edge a row of
// numbers. An edge's key, post and sentence repeated on every edge made version 1 six times
// larger (160 MB at 10k synthetic posts, 27 MB now) and slower to parse, and past about 30k posts
// longer than the longest string V8 makes. Node and edge order are kept, so queries read alike.
import type { EdgeAttrs, Graph, NodeAttrs } from './embedded-types.js';

export const SNAPSHOT_VERSION = 2;

/** Edge row width: type, source, target, post (node indexes), sentence, title (string index or -1), names (string indexes or 0). */
const ROW = 7;

export interface SnapshotV2 {
  version: 2;
  ids: string[];
  nodes: NodeAttrs[];
  strings: string[];
  edges: Array<string | number | number[]>;
  /** Edge index → key, for the edges whose key is not the one the store makes (type|from|to|post). */
  keys: Record<string, string>;
}

const keyOf = (type: string, from: string, to: string, post: string) => `${type}|${from}|${to}|${post}`;

/** The snapshot of `graph`, in its node and edge order. */
export function encodeGraph(graph: Graph): SnapshotV2 {
  const ids: string[] = [];
  const nodes: NodeAttrs[] = [];
  const at = new Map<string, number>();
  graph.forEachNode((id, a) => {
    at.set(id, ids.length);
    ids.push(id);
    nodes.push(a);
  });
  const strings: string[] = [];
  const stringAt = new Map<string, number>();
  const str = (s: string) => {
    let i = stringAt.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      stringAt.set(s, i);
    }
    return i;
  };
  const edges: SnapshotV2['edges'] = [];
  const keys: Record<string, string> = {};
  graph.forEachEdge((key, a, source, target) => {
    if (key !== keyOf(a.type, source, target, a.post)) keys[edges.length / ROW] = key;
    // A post id is a node's; an edge naming a post not in the graph keeps it as a string.
    const post = at.get(a.post) ?? -1 - str(a.post);
    edges.push(a.type, at.get(source)!, at.get(target)!, post, str(a.sentence), a.title === null ? -1 : str(a.title));
    edges.push(a.names ? a.names.map(str) : 0);
  });
  return { version: 2, ids, nodes, strings, edges, keys };
}

/** Adds the nodes and edges of `snap` to the empty `graph`. */
export function decodeGraph(snap: SnapshotV2, graph: Graph): void {
  const { ids, nodes, strings, edges, keys } = snap;
  for (let i = 0; i < ids.length; i++) graph.addNode(ids[i]!, nodes[i]!);
  for (let i = 0; i < edges.length; i += ROW) {
    const type = edges[i] as EdgeAttrs['type'];
    const source = ids[edges[i + 1] as number]!;
    const target = ids[edges[i + 2] as number]!;
    const p = edges[i + 3] as number;
    const post = p >= 0 ? ids[p]! : strings[-1 - p]!;
    const title = edges[i + 5] as number;
    const names = edges[i + 6];
    const attrs: EdgeAttrs = {
      type,
      post,
      sentence: strings[edges[i + 4] as number]!,
      title: title < 0 ? null : strings[title]!,
    };
    if (Array.isArray(names)) attrs.names = names.map((n) => strings[n]!);
    graph.addEdgeWithKey(keys[i / ROW] ?? keyOf(type, source, target, post), source, target, attrs);
  }
}
