// The embedded graph's counts (posts, entities per type, relations per type), counted once and
// then kept by graphology's events, so an ingest's summary costs its changes, not the graph.
import type { StoreCounts } from '../graph-store.js';
import type { Graph, NodeAttrs } from './embedded-types.js';

type Label = 'Post' | keyof StoreCounts['entities'];

const labelOf = (a: NodeAttrs): Label => (a.kind === 'Post' ? 'Post' : a.type);

/** Counts of one graph, from its state when made and each change after. */
export class GraphCounts {
  private readonly labels = new Map<string, Label>();
  private nodes = new Map<Label, number>();
  private relations = new Map<string, number>();

  constructor(graph: Graph) {
    graph.forEachNode((key, a) => this.label(key, labelOf(a)));
    graph.forEachEdge((_k, a) => this.bump(this.relations, a.type, 1));
    graph.on('nodeAdded', ({ key, attributes }) => this.label(key, labelOf(attributes)));
    graph.on('nodeAttributesUpdated', ({ key, attributes }) => this.label(key, labelOf(attributes)));
    graph.on('nodeDropped', ({ key }) => this.label(key, null));
    graph.on('edgeAdded', ({ attributes }) => this.bump(this.relations, attributes.type, 1));
    graph.on('edgeDropped', ({ attributes }) => this.bump(this.relations, attributes.type, -1));
    graph.on('cleared', () => {
      this.labels.clear();
      this.nodes = new Map();
      this.relations = new Map();
    });
    graph.on('edgesCleared', () => {
      this.relations = new Map();
    });
  }

  /** The counts now, as `GraphStore.counts` gives them (types with none left out). */
  get(): StoreCounts {
    const counts: StoreCounts = { posts: this.nodes.get('Post') ?? 0, entities: {}, relations: {} };
    for (const [label, n] of this.nodes) if (label !== 'Post' && n > 0) counts.entities[label] = n;
    for (const [type, n] of this.relations) if (n > 0) counts.relations[type as keyof StoreCounts['relations']] = n;
    return counts;
  }

  private label(key: string, next: Label | null): void {
    const was = this.labels.get(key);
    if (was === next) return;
    if (was !== undefined) this.bump(this.nodes, was, -1);
    if (next === null) this.labels.delete(key);
    else {
      this.labels.set(key, next);
      this.bump(this.nodes, next, 1);
    }
  }

  private bump<K>(map: Map<K, number>, key: K, by: number): void {
    map.set(key, (map.get(key) ?? 0) + by);
  }
}
