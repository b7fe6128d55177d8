// The node and edge shapes of the embedded store's graph, in their own module so the store,
// its queries and helpers all import them without importing one another in a circle.
import type { MultiDirectedGraph } from 'graphology';
import type { Entity, RelationType } from '../../domain/model.js';

/** An entity node: the domain entity, keyed by its id in the graph. */
export interface EntityNode extends Omit<Entity, 'id'> {
  kind: 'Entity';
}

export interface PostNode {
  kind: 'Post';
  title: string;
  url: string | null;
  date: string | null;
  author: string | null;
  tags: string[];
  source: string;
  hash: string;
  /** The post's site slug (absent in snapshots written before sites existed). */
  site?: string | null;
}

export type NodeAttrs = EntityNode | PostNode;

export interface EdgeAttrs {
  type: RelationType;
  post: string;
  sentence: string;
  title: string | null;
  /** On MENTIONS and COVERS: the names the post uses for the entity. */
  names?: string[];
}

export type Graph = MultiDirectedGraph<NodeAttrs, EdgeAttrs>;
