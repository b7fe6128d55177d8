// The embedded default store: an in-memory graphology graph persisted as the `graph` part
// of the data folder's snapshot generations (src/storage/generations.ts). No server needed.
import { MultiDirectedGraph } from 'graphology';
import type { Relation } from '../../domain/model.js';
import { commitParts, readPart, type SnapshotPart } from '../../storage/generations.js';
import type { GraphStore, PostWrite, StoreCounts } from '../graph-store.js';
import type { QueryName, QueryParams, QueryRow } from '../named-queries.js';
import { StoreError } from '../store-errors.js';
import { answer } from './embedded-queries.js';
import type { EdgeAttrs, Graph, NodeAttrs } from './embedded-types.js';

export type { EdgeAttrs, EntityNode, Graph, NodeAttrs, PostNode } from './embedded-types.js';

const SNAPSHOT_VERSION = 1;

export class EmbeddedStore implements GraphStore {
  readonly kind = 'embedded' as const;

  private constructor(
    readonly dir: string,
    readonly graph: Graph,
  ) {}

  /** Opens the store in `dir`, loading its current generation if one exists. */
  static open(dir: string): EmbeddedStore {
    const graph: Graph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
    const store = new EmbeddedStore(dir, graph);
    const part = readPart(dir, 'graph');
    if (part !== null) {
      try {
        graph.import((JSON.parse(part.text) as { version: number; graph: Parameters<Graph['import']>[0] }).graph);
      } catch (err) {
        throw new StoreError(
          'STORE_CORRUPT',
          'embedded-store',
          part.file,
          `cannot read the snapshot: ${(err as Error).message}`,
          { cause: err },
        );
      }
    }
    return store;
  }

  /** The graph as a part of the next snapshot generation (written with the search index). */
  snapshotPart(): SnapshotPart {
    return {
      dir: this.dir,
      name: 'graph',
      serialize: () => JSON.stringify({ version: SNAPSHOT_VERSION, graph: this.graph.export() }),
    };
  }

  async writePosts(posts: PostWrite[]): Promise<void> {
    for (const { extraction: x, hash } of posts) {
      this.dropRelationsOf([x.post.id]);
      const { id, title, url, date, author, tags, source } = x.post;
      this.graph.mergeNode(id, {
        kind: 'Post',
        title,
        url,
        date,
        author,
        tags,
        source,
        hash,
        site: x.post.site ?? null,
      });
      for (const e of x.entities) {
        this.graph.mergeNode(e.id, {
          kind: 'Entity',
          type: e.type,
          name: e.name,
          aliases: e.aliases,
          confidence: e.confidence,
        });
      }
      for (const r of x.relations) this.addRelation(r);
    }
    this.dropOrphans();
    this.refreshAliases();
  }

  async removePosts(postIds: string[]): Promise<void> {
    this.dropRelationsOf(postIds);
    for (const id of postIds) if (this.graph.hasNode(id)) this.graph.dropNode(id);
    this.dropOrphans();
    this.refreshAliases();
  }

  async query<N extends QueryName>(name: N, params: QueryParams<N>): Promise<QueryRow<N>[]> {
    return answer(this.graph, name, params);
  }

  async counts(): Promise<StoreCounts> {
    const counts: StoreCounts = { posts: 0, entities: {}, relations: {} };
    this.graph.forEachNode((_id, a) => {
      if (a.kind === 'Post') counts.posts++;
      else counts.entities[a.type] = (counts.entities[a.type] ?? 0) + 1;
    });
    this.graph.forEachEdge((_k, a) => {
      counts.relations[a.type] = (counts.relations[a.type] ?? 0) + 1;
    });
    return counts;
  }

  async clear(): Promise<void> {
    this.graph.clear();
  }

  async flush(): Promise<void> {
    commitParts([this.snapshotPart()]);
  }

  async close(): Promise<void> {}

  private addRelation(r: Relation): void {
    if (!this.graph.hasNode(r.from) || !this.graph.hasNode(r.to)) return;
    const key = `${r.type}|${r.from}|${r.to}|${r.evidence.post}`;
    this.graph.mergeEdgeWithKey(key, r.from, r.to, {
      type: r.type,
      post: r.evidence.post,
      sentence: r.evidence.sentence,
      title: r.title ?? null,
      ...(r.names ? { names: r.names } : {}),
    });
  }

  /** A post's own relations: everything it stated, so a changed post leaves no stale edge. */
  private dropRelationsOf(postIds: string[]): void {
    const ids = new Set(postIds);
    const doomed = this.graph.filterEdges((_k, a) => ids.has(a.post));
    for (const key of doomed) this.graph.dropEdge(key);
  }

  /**
   * An entity's aliases are the names the posts now stored use for it, so a name that a
   * changed post no longer uses goes with it (queries/write-refresh-aliases.cypher's twin).
   */
  private refreshAliases(): void {
    this.graph.forEachNode((id, a) => {
      if (a.kind !== 'Entity') return;
      const names = new Set<string>();
      this.graph.forEachInEdge(id, (_k, e) => {
        if ((e.type === 'MENTIONS' || e.type === 'COVERS') && e.names)
          for (const n of e.names) if (n !== a.name) names.add(n);
      });
      a.aliases = [...names].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
    });
  }

  /** Entities that no relation holds any more are gone with the posts that named them. */
  private dropOrphans(): void {
    const orphans = this.graph.filterNodes((id, a) => a.kind === 'Entity' && this.graph.degree(id) === 0);
    for (const id of orphans) this.graph.dropNode(id);
  }
}
