// MiniSearch's postings read directly (not its public API, checked before use), and a ranking
// of exact-only words straight from them into typed arrays: related posts' text similarity
// asks a dozen words, several held by most posts, and a match object per (post, word) plus
// a sort of every hit was most of a related-posts call (about 60 % at 10k posts).
import type MiniSearch from 'minisearch';
import type { RankedHit } from './post-ranking.js';
import { matchWeight } from './search-backend.js';
import { POST_FIELDS, type SearchDoc } from './search-options.js';
import { topK } from './top-k.js';

/**
 * MiniSearch 7's inverted index: term → field id → document short id → count, and the short
 * ids' document ids. Not its public API, so read only where these are as expected.
 */
export type TermData = Map<number, Map<number, number>>;
export interface Postings {
  _index: {
    get(term: string): TermData | undefined;
    /** The terms starting with `prefix` (itself included), with their data. */
    atPrefix(prefix: string): Iterable<[string, TermData]>;
    /** The terms within `distance` edits of `term` (itself included), with their data and distance. */
    fuzzyGet(term: string, distance: number): Map<string, [TermData, number]>;
  };
  _documentIds: Map<number, unknown>;
  _fieldIds: Record<string, number>;
  /** The next short id: every short id is below it. */
  _nextId: number;
}

/** The postings of `mini`, or null where its internals are not as expected. */
export function postingsOf(mini: MiniSearch<SearchDoc>): Postings | null {
  const p = mini as unknown as Partial<Postings>;
  const ok =
    typeof p._index?.get === 'function' &&
    typeof p._index.atPrefix === 'function' &&
    typeof p._index.fuzzyGet === 'function' &&
    p._documentIds instanceof Map &&
    typeof p._nextId === 'number' &&
    POST_FIELDS.every((f) => typeof p._fieldIds?.[f] === 'number');
  return ok ? (p as Postings) : null;
}

/**
 * The `limit` best posts for exact-only `words` (distinct), exactly as `rankMatches` over their
 * matches ranks them (same float sums: each post's terms are added in word order, a missing
 * word adding nothing), best first, then by id. `total` is the document count.
 */
export function rankExactPostings(p: Postings, words: string[], total: number, limit: number): RankedHit[] {
  const size = p._nextId;
  const score = new Float64Array(size);
  const best = new Float64Array(size);
  const hit = new Uint8Array(size);
  const docs: number[] = [];
  for (const word of words) {
    const data = p._index.get(word);
    if (!data) continue;
    const mine: number[] = [];
    for (const field of POST_FIELDS) {
      const postings = data.get(p._fieldIds[field]!);
      if (!postings) continue;
      const weight = matchWeight(field, 'exact');
      for (const doc of postings.keys()) {
        // A discarded document keeps its postings until MiniSearch vacuums them.
        if (!p._documentIds.has(doc)) continue;
        if (best[doc] === 0) mine.push(doc);
        if (weight > best[doc]!) best[doc] = weight;
      }
    }
    const rarity = Math.log(1 + Math.max(total, mine.length) / Math.max(mine.length, 1));
    for (const doc of mine) {
      score[doc]! += best[doc]! * rarity;
      best[doc] = 0;
      if (hit[doc] === 0) {
        hit[doc] = 1;
        docs.push(doc);
      }
    }
  }
  const idOf = (doc: number) => String(p._documentIds.get(doc));
  const order = (a: number, b: number) => {
    if (score[b] !== score[a]) return score[b]! - score[a]!;
    const [x, y] = [idOf(a), idOf(b)];
    return x < y ? -1 : x > y ? 1 : 0;
  };
  return topK(docs, Math.min(limit, docs.length), order).map((doc) => {
    const matched = words.filter((w) => holds(p, w, doc));
    return {
      id: idOf(doc),
      score: score[doc]!,
      words: matched,
      kinds: Object.fromEntries(matched.map((w) => [w, 'exact'])),
    };
  });
}

function holds(p: Postings, word: string, doc: number): boolean {
  const data = p._index.get(word);
  return data !== undefined && POST_FIELDS.some((f) => data.get(p._fieldIds[f]!)?.has(doc) === true);
}
