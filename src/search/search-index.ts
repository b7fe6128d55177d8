// The full-text index of posts (MiniSearch), persisted atomically beside the graph.
import MiniSearch from 'minisearch';
import path from 'node:path';
import type { Extraction } from '../domain/model.js';
import { readSnapshot, writeSnapshot } from '../stores/embedded/snapshot.js';
import { SEARCH_OPTIONS, SEARCH_SCHEMA_VERSION, type SearchDoc } from './search-options.js';

export class SearchIndex {
  private constructor(
    private readonly file: string,
    readonly mini: MiniSearch<SearchDoc>,
  ) {}

  /** Loads the index from `dir`, or starts an empty one. */
  static open(dir: string): SearchIndex {
    const file = path.join(dir, 'search.json');
    const read = readSnapshot<{ version?: number; index: unknown }>(file);
    // An index written with other options cannot be loaded with these: start afresh.
    const snapshot = read?.version === SEARCH_SCHEMA_VERSION ? read : null;
    const mini = snapshot ? MiniSearch.loadJS<SearchDoc>(snapshot.index as Parameters<typeof MiniSearch.loadJS>[0], SEARCH_OPTIONS) : new MiniSearch<SearchDoc>(SEARCH_OPTIONS);
    return new SearchIndex(file, mini);
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
    writeSnapshot(this.file, { version: SEARCH_SCHEMA_VERSION, index: this.mini.toJSON() });
  }
}
