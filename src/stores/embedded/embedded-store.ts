// The embedded default store: an in-memory graphology graph persisted as the `graph` part
// of the data folder's snapshot generations (src/storage/generations.ts). No server needed.

import path from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { StorageError } from '../../domain/errors.js';
import type { Relation } from '../../domain/model.js';
import { commitParts, type SnapshotPart } from '../../storage/generations.js';
import { type LoggedPartText, PartLog } from '../../storage/part-log.js';
import type { GraphStore, PostWrite, StoreCounts } from '../graph-store.js';
import type { QueryName, QueryParams, QueryRow } from '../named-queries.js';
import { StoreError } from '../store-errors.js';
import { answer } from './embedded-queries.js';
import type { EdgeAttrs, Graph, NodeAttrs } from './embedded-types.js';
import { GraphCounts } from './graph-counts.js';
import { GraphTracker } from './graph-tracker.js';
import { namesOf } from './name-index.js';
import { decodeGraph, encodeGraph, SNAPSHOT_VERSION, type SnapshotV2 } from './snapshot-codec.js';

export type { EdgeAttrs, EntityNode, Graph, NodeAttrs, PostNode } from './embedded-types.js';

/** A snapshot as saved: version 2 (snapshot-codec.ts), or version 1, graphology's export. */
type Snapshot = SnapshotV2 | { version: 1; graph: Parameters<Graph['import']>[0] };

function readSnapshot(snap: Snapshot, graph: Graph): void {
  if (snap.version === SNAPSHOT_VERSION) decodeGraph(snap, graph);
  else if (snap.version === 1) graph.import(snap.graph);
  else
    throw new Error(`snapshot version ${String((snap as { version: unknown }).version)} is not one this version reads`);
}

/** One logged write of the graph: posts written, or post ids removed. */
interface GraphOp {
  write?: PostWrite[];
  remove?: string[];
}

export class EmbeddedStore implements GraphStore {
  readonly kind = 'embedded' as const;

  /** The writes since the loaded snapshot: a save of a few posts writes only these. */
  private log!: PartLog<GraphOp>;

  /** Edges by post and the nodes writes touched, from the first write on (the loaded graph is consistent). */
  private tracker?: GraphTracker;

  /** The counts, kept by the graph's events from the first call on. */
  private counter?: GraphCounts;

  private constructor(
    readonly dir: string,
    readonly graph: Graph,
  ) {}

  /** Opens the store in `dir`, loading its current generation (snapshot and logged writes) if one exists. */
  static open(dir: string): EmbeddedStore {
    const graph: Graph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
    const store = new EmbeddedStore(dir, graph);
    let loaded: LoggedPartText<GraphOp> = { base: null, ops: [] };
    try {
      loaded = PartLog.read<GraphOp>(dir, 'graph');
      if (loaded.base) readSnapshot(JSON.parse(loaded.base.text) as Snapshot, graph);
      for (const op of loaded.ops) store.apply(op);
    } catch (err) {
      if (err instanceof StorageError) throw err;
      throw new StoreError(
        'STORE_CORRUPT',
        'embedded-store',
        loaded.base?.file ?? path.join(dir, 'graph'),
        `cannot read the snapshot: ${(err as Error).message}`,
        { cause: err },
      );
    }
    store.log = PartLog.start(
      {
        dir,
        name: 'graph',
        whole: () => JSON.stringify(encodeGraph(store.graph)),
        // Replaying writes costs about what loading them does; past 2 % of the graph, save it whole.
        compact: (ops) =>
          ops.reduce((n, op) => n + (op.write?.length ?? op.remove?.length ?? 0), 0) > 32 + graph.order / 50,
      },
      loaded,
    );
    return store;
  }

  /** The graph as a part of the next snapshot generation (written with the search index): the writes since, or all. */
  snapshotPart(): SnapshotPart {
    return this.log.part();
  }

  async writePosts(posts: PostWrite[]): Promise<void> {
    this.apply({ write: posts });
    this.log.record({ write: posts });
  }

  async removePosts(postIds: string[]): Promise<void> {
    this.apply({ remove: postIds });
    this.log.record({ remove: postIds });
  }

  /** Applies one logged operation: a write of posts or a removal (the same at write time and replay). */
  private apply(op: GraphOp): void {
    this.tracker ??= new GraphTracker(this.graph);
    if (op.write) this.applyWrites(op.write);
    if (op.remove) {
      this.dropRelationsOf(op.remove);
      for (const id of op.remove) if (this.graph.hasNode(id)) this.graph.dropNode(id);
    }
    this.dropOrphans();
    this.refreshAliases();
  }

  private applyWrites(posts: PostWrite[]): void {
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
  }

  async query<N extends QueryName>(name: N, params: QueryParams<N>): Promise<QueryRow<N>[]> {
    return answer(this.graph, name, params);
  }

  async counts(): Promise<StoreCounts> {
    this.counter ??= new GraphCounts(this.graph);
    return this.counter.get();
  }

  async clear(): Promise<void> {
    this.graph.clear();
    this.log.forgetBase();
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
    for (const key of this.tracker!.edgesOf(postIds)) if (this.graph.hasEdge(key)) this.graph.dropEdge(key);
  }

  /**
   * An entity's aliases are the names the posts now stored use for it, so a name that a
   * changed post no longer uses goes with it (queries/write-refresh-aliases.cypher's twin).
   * Only entities whose naming edges or attributes changed since the last write are recomputed.
   */
  private refreshAliases(): void {
    for (const id of this.tracker!.takeRenamed()) {
      if (!this.graph.hasNode(id)) continue;
      const a = this.graph.getNodeAttributes(id);
      if (a.kind !== 'Entity') continue;
      const names = new Set<string>();
      this.graph.forEachInEdge(id, (_k, e) => {
        if ((e.type === 'MENTIONS' || e.type === 'COVERS') && e.names)
          for (const n of e.names) if (n !== a.name) names.add(n);
      });
      a.aliases = [...names].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
      namesOf(this.graph).mark(id);
    }
  }

  /** Entities that no relation holds any more are gone with the posts that named them (of those a write touched). */
  private dropOrphans(): void {
    for (const id of this.tracker!.takeTouched())
      if (this.graph.hasNode(id) && this.graph.getNodeAttribute(id, 'kind') === 'Entity' && this.graph.degree(id) === 0)
        this.graph.dropNode(id);
  }
}
