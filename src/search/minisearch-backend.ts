// The embedded search backend: a MiniSearch index of posts, persisted atomically as
// search.json in the data folder. Nothing outside this file touches MiniSearch's post index.
import MiniSearch from 'minisearch';
import path from 'node:path';
import { readJsonFile, writeJsonAtomic } from '../io/atomic-json.js';
import { betterKind, docHoldsPhrases, matchWeight, type MatchKind, type QueryWord, type SearchBackend, type StoredDoc, type WordMatch } from './search-backend.js';
import { POST_FIELDS, POST_INDEX_OPTIONS, SEARCH_SCHEMA_VERSION, type PostField, type SearchDoc } from './search-options.js';

type Snapshot = { version?: string | number; index: unknown };

export class MiniSearchBackend implements SearchBackend {
  readonly kind = 'minisearch' as const;

  private constructor(
    private readonly file: string,
    private readonly mini: MiniSearch<SearchDoc>,
  ) {}

  /** Loads search.json from `dir`, or starts empty (also when it was written with other options). */
  static open(dir: string): MiniSearchBackend {
    const file = path.join(dir, 'search.json');
    const read = readJsonFile<Snapshot>(file, 'search-index');
    const mini =
      read?.version === SEARCH_SCHEMA_VERSION
        ? MiniSearch.loadJS<SearchDoc>(read.index as Parameters<typeof MiniSearch.loadJS>[0], POST_INDEX_OPTIONS)
        : new MiniSearch<SearchDoc>(POST_INDEX_OPTIONS);
    return new MiniSearchBackend(file, mini);
  }

  async match(words: QueryWord[]): Promise<WordMatch[]> {
    const out: WordMatch[] = [];
    words.forEach((w, word) => {
      const hits = this.mini.search(w.word, { prefix: w.prefix, fuzzy: w.fuzzy > 0 ? w.fuzzy : false, combineWith: 'OR' });
      for (const hit of hits) {
        let weight = 0;
        let best: MatchKind | undefined;
        for (const [term, fields] of Object.entries(hit.match)) {
          const kind = term === w.word ? 'exact' : w.prefix && term.startsWith(w.word) ? 'prefix' : 'fuzzy';
          for (const field of fields) {
            if (!(POST_FIELDS as readonly string[]).includes(field)) continue;
            weight = Math.max(weight, matchWeight(field as PostField, kind));
            best = betterKind(best, kind);
          }
        }
        if (weight > 0) out.push({ post: String(hit.id), word, weight, kind: best ?? 'fuzzy' });
      }
    });
    return out;
  }

  async withPhrases(ids: string[], phrases: string[][]): Promise<Set<string>> {
    const docs = await this.stored(ids);
    return new Set([...docs.values()].filter((d) => docHoldsPhrases(d, phrases)).map((d) => d.id));
  }

  async stored(ids: string[]): Promise<Map<string, StoredDoc>> {
    const out = new Map<string, StoredDoc>();
    for (const id of ids) {
      const s = this.mini.getStoredFields(id);
      if (s) out.set(id, { id, title: String(s.title ?? ''), url: (s.url as string | null) ?? null, date: (s.date as string | null) ?? null, text: String(s.text ?? '') });
    }
    return out;
  }

  async count(): Promise<number> {
    return this.mini.documentCount;
  }

  async has(id: string): Promise<boolean> {
    return this.mini.has(id);
  }

  async putAll(docs: SearchDoc[]): Promise<void> {
    for (const doc of docs) {
      if (this.mini.has(doc.id)) this.mini.replace(doc);
      else this.mini.add(doc);
    }
  }

  async removeAll(ids: string[]): Promise<void> {
    for (const id of ids) if (this.mini.has(id)) this.mini.discard(id);
  }

  async save(): Promise<void> {
    writeJsonAtomic(this.file, { version: SEARCH_SCHEMA_VERSION, index: this.mini.toJSON() });
  }
}
