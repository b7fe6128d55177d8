// Small in-memory indexes built from store rows at start-up (talk sentences, entity names),
// each over one named option set of search-options.ts; MiniSearch stays behind these methods.
import MiniSearch, { type Options, type SearchOptions } from 'minisearch';

/** An in-memory index of `T` documents; answers ids of matching documents, best first. */
export class TextIndex<T extends { id: string | number }> {
  private readonly mini: MiniSearch<T>;

  constructor(options: Options<T>, docs: T[]) {
    this.mini = new MiniSearch<T>(options);
    this.mini.addAll(docs);
  }

  /** Ids of the documents matching `q`, best first (`options` refine the set's defaults). */
  search(q: string, options: SearchOptions = {}): Array<T['id']> {
    return this.mini.search(q, options).map((h) => h.id as T['id']);
  }
}
