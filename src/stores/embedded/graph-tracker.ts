// Keeps the embedded graph's per-post edge index and its changed nodes in step with the graph,
// by graphology's events: rewriting one post visits its own edges and the entities it touched,
// not every edge and node of the graph (which made a 10k-post ingest quadratic).
import type { EdgeAttrs, Graph } from './embedded-types.js';

/** The edge types whose `names` make an entity's aliases. */
const NAMING = new Set(['MENTIONS', 'COVERS']);

export class GraphTracker {
  /** Post id → keys of the edges whose evidence is that post. */
  private readonly byPost = new Map<string, Set<string>>();
  /** Nodes added or changed, or that lost an edge, since the last `takeTouched`. */
  private touched = new Set<string>();
  /** Entities whose naming edges (or own attributes) changed since the last `takeRenamed`. */
  private renamed = new Set<string>();

  /** Indexes `graph` as it is now and follows its changes from here on. */
  constructor(graph: Graph) {
    graph.forEachEdge((key, a) => this.index(key, a));
    graph.on('edgeAdded', ({ key, attributes, target }) => {
      this.index(key, attributes);
      if (NAMING.has(attributes.type)) this.renamed.add(target);
    });
    graph.on('edgeDropped', ({ key, attributes, source, target }) => {
      this.byPost.get(attributes.post)?.delete(key);
      this.touched.add(source).add(target);
      if (NAMING.has(attributes.type)) this.renamed.add(target);
    });
    graph.on('nodeAdded', ({ key }) => this.changed(key));
    graph.on('nodeAttributesUpdated', ({ key }) => this.changed(key));
    graph.on('cleared', () => this.byPost.clear());
    graph.on('edgesCleared', () => this.byPost.clear());
  }

  /** The keys of the edges whose evidence is one of `postIds`. */
  edgesOf(postIds: string[]): string[] {
    return postIds.flatMap((id) => [...(this.byPost.get(id) ?? [])]);
  }

  /** The nodes that may have become orphans since the last call. */
  takeTouched(): Set<string> {
    const out = this.touched;
    this.touched = new Set();
    return out;
  }

  /** The entities whose aliases may have changed since the last call. */
  takeRenamed(): Set<string> {
    const out = this.renamed;
    this.renamed = new Set();
    return out;
  }

  private index(key: string, a: EdgeAttrs): void {
    const keys = this.byPost.get(a.post);
    if (keys) keys.add(key);
    else this.byPost.set(a.post, new Set([key]));
  }

  private changed(node: string): void {
    this.touched.add(node);
    this.renamed.add(node);
  }
}
