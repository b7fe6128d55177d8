// The embedded search backend: a MiniSearch index of posts, saved as the "search" part of the
// data folder's snapshot generations (with the graph, crash-safe). Nothing outside this file
// touches MiniSearch's post index.

import path from 'node:path';
import MiniSearch from 'minisearch';
import { commitParts, type SnapshotPart } from '../storage/generations.js';
import { type LoggedPartText, PartLog } from '../storage/part-log.js';
import { type Postings, postingsOf, rankExactPostings, type TermData } from './minisearch-postings.js';
import type { RankedHit } from './post-ranking.js';
import {
  betterKind,
  docHoldsPhrases,
  type MatchKind,
  matchWeight,
  type QueryWord,
  type SearchBackend,
  type StoredDoc,
  type WordMatch,
} from './search-backend.js';
import {
  POST_FIELDS,
  POST_INDEX_OPTIONS,
  type PostField,
  SEARCH_SCHEMA_VERSION,
  type SearchDoc,
} from './search-options.js';

type Snapshot = { version?: string | number; index: unknown };

/** One logged change of the index: documents put (added or replaced), or ids removed. */
interface SearchOp {
  put?: SearchDoc[];
  remove?: string[];
}

export class MiniSearchBackend implements SearchBackend {
  readonly kind = 'minisearch' as const;

  /** Documents put and removed since the loaded snapshot: a save of a few posts writes only these. */
  private log!: PartLog<SearchOp>;

  /** Stored documents read so far (objects shared by the hits of every search). */
  private readonly docs = new Map<string, StoredDoc>();

  private constructor(private readonly mini: MiniSearch<SearchDoc>) {}

  /**
   * Loads the index of `dir`'s current generation (snapshot and logged changes), or starts empty:
   * when there is none, when it was written with other options, or when it is unreadable (the
   * next ingest rebuilds it).
   */
  static open(dir: string): MiniSearchBackend {
    let loaded: LoggedPartText<SearchOp> = { base: null, ops: [] };
    let backend: MiniSearchBackend | null = null;
    try {
      loaded = PartLog.read<SearchOp>(dir, 'search');
      const read = loaded.base === null ? null : (JSON.parse(loaded.base.text) as Snapshot);
      if (read?.version === SEARCH_SCHEMA_VERSION) {
        backend = new MiniSearchBackend(
          MiniSearch.loadJS<SearchDoc>(read.index as Parameters<typeof MiniSearch.loadJS>[0], POST_INDEX_OPTIONS),
        );
        for (const op of loaded.ops) backend.apply(op);
      }
    } catch (err) {
      backend = null;
      process.emitWarning(
        `search index in ${path.resolve(dir)} is unreadable (${(err as Error).message}); starting empty until the next ingest`,
      );
    }
    // An index started empty is saved whole next time.
    if (!backend)
      [backend, loaded] = [
        new MiniSearchBackend(new MiniSearch<SearchDoc>(POST_INDEX_OPTIONS)),
        { base: null, ops: [] },
      ];
    const mini = backend.mini;
    backend.log = PartLog.start(
      {
        dir,
        name: 'search',
        whole: () => JSON.stringify({ version: SEARCH_SCHEMA_VERSION, index: mini.toJSON() }),
        // Past 2 % of the documents, replaying costs more than loading a whole index: save it whole.
        compact: (ops) =>
          ops.reduce((n, op) => n + (op.put?.length ?? op.remove?.length ?? 0), 0) > 32 + mini.documentCount / 50,
      },
      loaded,
    );
    return backend;
  }

  async match(words: QueryWord[]): Promise<WordMatch[]> {
    const out: WordMatch[] = [];
    const exact = new Map<string, number>();
    words.forEach((w, word) => {
      if (!w.prefix && w.fuzzy <= 0) exact.set(w.word, word);
      else this.matchLoose(w, word, out);
    });
    if (exact.size) this.matchExact(exact, out);
    return out;
  }

  /**
   * A word with prefix or typo matches: the terms MiniSearch's search would expand it to (the
   * word, its prefix and typo terms), read from the postings, each term told apart by kind.
   * Its search would also score and sort every hit, and a common word has thousands.
   */
  private matchLoose(w: QueryWord, word: number, out: WordMatch[]): void {
    const p = postingsOf(this.mini);
    if (!p) {
      this.matchLooseBySearch(w, word, out);
      return;
    }
    const terms = new Map<string, TermData>();
    const own = p._index.get(w.word);
    if (own) terms.set(w.word, own);
    if (w.prefix) for (const [term, data] of p._index.atPrefix(w.word)) terms.set(term, data);
    if (w.fuzzy > 0) for (const [term, [data]] of p._index.fuzzyGet(w.word, w.fuzzy)) terms.set(term, data);
    const best = new Map<number, { weight: number; kind: MatchKind }>();
    for (const [term, data] of terms) {
      const kind = term === w.word ? 'exact' : w.prefix && term.startsWith(w.word) ? 'prefix' : 'fuzzy';
      for (const field of POST_FIELDS)
        this.collect(p, data.get(p._fieldIds[field]!), matchWeight(field, kind), kind, best);
    }
    for (const [doc, b] of best)
      out.push({ post: String(p._documentIds.get(doc)), word, weight: b.weight, kind: b.kind });
  }

  /** Folds one term's postings in one field into the best (weight, kind) per document. */
  private collect(
    p: Postings,
    docs: Map<number, number> | undefined,
    weight: number,
    kind: MatchKind,
    best: Map<number, { weight: number; kind: MatchKind }>,
  ): void {
    if (!docs) return;
    for (const doc of docs.keys()) {
      // A discarded document keeps its postings until MiniSearch vacuums them.
      if (!p._documentIds.has(doc)) continue;
      const seen = best.get(doc);
      if (!seen) best.set(doc, { weight, kind });
      else {
        seen.weight = Math.max(seen.weight, weight);
        seen.kind = betterKind(seen.kind, kind);
      }
    }
  }

  /** `matchLoose` through MiniSearch's search, where its postings are not readable. */
  private matchLooseBySearch(w: QueryWord, word: number, out: WordMatch[]): void {
    const hits = this.mini.search(w.word, {
      prefix: w.prefix,
      fuzzy: w.fuzzy > 0 ? w.fuzzy : false,
      combineWith: 'OR',
    });
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
  }

  /**
   * Exact-only words (related posts' text similarity asks a dozen or more, many common): read
   * from the index's postings, as MiniSearch's search would also score and sort every hit.
   */
  private matchExact(exact: Map<string, number>, out: WordMatch[]): void {
    const p = postingsOf(this.mini);
    if (!p) {
      this.matchExactBySearch(exact, out);
      return;
    }
    for (const [term, word] of exact) {
      const data = p._index.get(term);
      if (!data) continue;
      const best = new Map<number, number>();
      for (const field of POST_FIELDS) {
        const docs = data.get(p._fieldIds[field]!);
        if (!docs) continue;
        const weight = matchWeight(field, 'exact');
        // A discarded document keeps its postings until MiniSearch vacuums them.
        for (const doc of docs.keys()) if (p._documentIds.has(doc)) best.set(doc, Math.max(best.get(doc) ?? 0, weight));
      }
      for (const [doc, weight] of best)
        out.push({ post: String(p._documentIds.get(doc)), word, weight, kind: 'exact' });
    }
  }

  /** `matchExact` through MiniSearch's search (one OR search), where its postings are not readable. */
  private matchExactBySearch(exact: Map<string, number>, out: WordMatch[]): void {
    const hits = this.mini.search({ queries: [...exact.keys()], combineWith: 'OR', prefix: false, fuzzy: false });
    for (const hit of hits) {
      for (const [term, fields] of Object.entries(hit.match)) {
        const word = exact.get(term);
        if (word === undefined) continue;
        let weight = 0;
        for (const field of fields)
          if ((POST_FIELDS as readonly string[]).includes(field))
            weight = Math.max(weight, matchWeight(field as PostField, 'exact'));
        if (weight > 0) out.push({ post: String(hit.id), word, weight, kind: 'exact' });
      }
    }
  }

  /** The `limit` best posts for exact-only words, from the postings (null where they are unreadable). */
  async rankExact(words: string[], limit: number): Promise<RankedHit[] | null> {
    const p = postingsOf(this.mini);
    return p ? rankExactPostings(p, words, this.mini.documentCount, limit) : null;
  }

  async withPhrases(ids: string[], phrases: string[][]): Promise<Set<string>> {
    const docs = await this.stored(ids);
    return new Set([...docs.values()].filter((d) => docHoldsPhrases(d, phrases)).map((d) => d.id));
  }

  async wordsNear(word: string, distance: number): Promise<Map<string, Set<string>>> {
    const out = new Map<string, Set<string>>();
    const p = postingsOf(this.mini);
    if (!p) return out;
    for (const [term, [data]] of p._index.fuzzyGet(word, distance)) {
      const posts = new Set<string>();
      for (const field of ['title', 'text'] as const)
        for (const doc of data.get(p._fieldIds[field]!)?.keys() ?? [])
          if (p._documentIds.has(doc)) posts.add(String(p._documentIds.get(doc)));
      if (posts.size) out.set(term, posts);
    }
    return out;
  }

  async stored(ids: string[]): Promise<Map<string, StoredDoc>> {
    const out = new Map<string, StoredDoc>();
    for (const id of ids) {
      const doc = this.docs.get(id) ?? this.storedDoc(id);
      if (doc) out.set(id, doc);
    }
    return out;
  }

  /** A post's stored fields as a StoredDoc, kept until the post is put or removed again (search reads every hit's). */
  private storedDoc(id: string): StoredDoc | undefined {
    const s = this.mini.getStoredFields(id);
    if (!s) return undefined;
    const doc: StoredDoc = {
      id,
      title: String(s.title ?? ''),
      url: (s.url as string | null) ?? null,
      date: (s.date as string | null) ?? null,
      text: String(s.text ?? ''),
      site: (s.site as string | null) ?? null,
    };
    this.docs.set(id, doc);
    return doc;
  }

  async count(): Promise<number> {
    return this.mini.documentCount;
  }

  async has(id: string): Promise<boolean> {
    return this.mini.has(id);
  }

  async putAll(docs: SearchDoc[]): Promise<void> {
    this.apply({ put: docs });
    this.log.record({ put: docs });
  }

  async removeAll(ids: string[]): Promise<void> {
    this.apply({ remove: ids });
    this.log.record({ remove: ids });
  }

  /** Applies one logged change (the same at write time and replay). */
  private apply(op: SearchOp): void {
    for (const id of op.remove ?? []) this.docs.delete(id);
    for (const doc of op.put ?? []) {
      this.docs.delete(doc.id);
      if (this.mini.has(doc.id)) this.mini.replace(doc);
      else this.mini.add(doc);
    }
    for (const id of op.remove ?? []) if (this.mini.has(id)) this.mini.discard(id);
  }

  snapshotPart(): SnapshotPart {
    return this.log.part();
  }

  async save(): Promise<void> {
    commitParts([this.snapshotPart()]);
  }
}
