// The full-text index of posts (MiniSearch), persisted atomically beside the graph.
import MiniSearch from 'minisearch';
import path from 'node:path';
import type { Extraction } from '../domain/model.js';
import { commitParts, readPart, type SnapshotPart } from '../storage/generations.js';
import { SEARCH_OPTIONS, SEARCH_SCHEMA_VERSION, type SearchDoc } from './search-options.js';

export class SearchIndex {
  private constructor(
    private readonly dir: string,
    readonly mini: MiniSearch<SearchDoc>,
  ) {}

  /** Loads the index from `dir`, or starts an empty one (also for an unreadable one: ingest rebuilds it). */
  static open(dir: string): SearchIndex {
    try {
      const part = readPart(dir, 'search');
      const read = part === null ? null : (JSON.parse(part.text) as { version?: number; index: unknown });
      // An index written with other options cannot be loaded with these: start afresh.
      if (read?.version === SEARCH_SCHEMA_VERSION) return new SearchIndex(dir, MiniSearch.loadJS<SearchDoc>(read.index as Parameters<typeof MiniSearch.loadJS>[0], SEARCH_OPTIONS));
    } catch (err) {
      process.emitWarning(`search index in ${path.resolve(dir)} is unreadable (${(err as Error).message}); starting empty until the next ingest`);
    }
    return new SearchIndex(dir, new MiniSearch<SearchDoc>(SEARCH_OPTIONS));
  }

  /** The index as a part of the next snapshot generation (written with the graph). */
  snapshotPart(): SnapshotPart {
    return { dir: this.dir, name: 'search', serialize: () => JSON.stringify({ version: SEARCH_SCHEMA_VERSION, index: this.mini.toJSON() }) };
  }

  /** Adds or replaces a post's document. */
  put(x: Extraction, text: string): void {
    const doc: SearchDoc = {
      id: x.post.id,
      title: x.post.title,
      text,
      tags: [...x.post.tags, ...x.post.categories].join(' '),
      entities: x.entities.flatMap((e) => [e.name, ...e.aliases]).join(' · '),
      url: x.post.url,
      date: x.post.date,
      site: x.post.site ?? null,
    };
    if (this.mini.has(doc.id)) this.mini.replace(doc);
    else this.mini.add(doc);
  }

  remove(postId: string): void {
    if (this.mini.has(postId)) this.mini.discard(postId);
  }

  /** Whether the post has a document (an index rebuilt afresh has none yet). */
  has(postId: string): boolean {
    return this.mini.has(postId);
  }

  get size(): number {
    return this.mini.documentCount;
  }

  save(): void {
    commitParts([this.snapshotPart()]);
  }
}
