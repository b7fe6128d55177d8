// talkgraph's own ranking of post hits, computed from the backend's word matches alone, so
// MiniSearch and Lucene (whose scores differ) rank the same posts in the same order.
import { MATCH_KINDS, type MatchKind, type QueryWord, type RankedHit, type WordMatch } from './search-backend.js';

export type { RankedHit } from './search-backend.js';

import { distinctTokensOf, KEYWORD_MATCH, tokenize } from './search-options.js';

/** The query words of `texts` with the loose matches KEYWORD_MATCH allows (or none, `exactOnly`). */
export function queryWords(texts: string[], exactOnly = false): QueryWord[] {
  const words = [...new Set(texts.flatMap(tokenize))];
  return words.map((word) => {
    const plain = !/\d/.test(word);
    const prefix = !exactOnly && plain && word.length >= KEYWORD_MATCH.prefixMin;
    const fuzzy =
      !exactOnly && plain && word.length >= KEYWORD_MATCH.fuzzyMin
        ? Math.min(KEYWORD_MATCH.fuzzyMax, Math.floor(word.length / KEYWORD_MATCH.fuzzyPer))
        : 0;
    return { word, prefix, fuzzy };
  });
}

/**
 * Scores posts: for each query word, its best match in the post (matchWeight: field boost × kind)
 * times the word's rarity ln(1 + N / posts matching it); summed over words in query order (so
 * the float sum is the same whatever order matches came in). Best first, then by id.
 * With `all`, a post must match every word. `order: 'none'` leaves the hits in first-match order
 * (a caller that ranks them its own way need not sort tens of thousands of hits twice).
 */
export function rankMatches(
  matches: WordMatch[],
  words: QueryWord[],
  total: number,
  all: boolean,
  order: 'score' | 'none' = 'score',
): RankedHit[] {
  // Flat typed rows per post (one slot per query word) instead of arrays and records per match:
  // a related-posts query brings some 10,000 matches.
  const n = words.length;
  const slot = new Map<string, number>();
  const ids: string[] = [];
  for (const m of matches) if (!slot.has(m.post)) slot.set(m.post, ids.push(m.post) - 1);
  const best = new Float64Array(ids.length * n);
  const kind = new Int8Array(ids.length * n).fill(-1);
  const postsOf = new Array<number>(n).fill(0);
  for (const m of matches) {
    const s = slot.get(m.post)!;
    const at = s * n + m.word;
    if (m.weight > best[at]!) best[at] = m.weight;
    const k = KIND_CODE[m.kind ?? 'exact'];
    if (kind[at] === -1) postsOf[m.word]!++;
    if (kind[at] === -1 || k < kind[at]!) kind[at] = k;
  }
  const rarity = postsOf.map((posts) => Math.log(1 + Math.max(total, posts) / Math.max(posts, 1)));
  const hits: RankedHit[] = [];
  for (let s = 0; s < ids.length; s++) {
    const row = s * n;
    let score = 0;
    let missing = false;
    const matched: string[] = [];
    const kinds: Record<string, MatchKind> = {};
    for (let i = 0; i < n; i++) {
      const w = best[row + i]!;
      if (w === 0) missing = true;
      else matched.push(words[i]!.word);
      score += w * rarity[i]!;
      if (kind[row + i] !== -1) kinds[words[i]!.word] = MATCH_KINDS[kind[row + i]!]!;
    }
    if (all && missing) continue;
    hits.push({ id: ids[s]!, score, words: matched, kinds });
  }
  return order === 'none' ? hits : hits.sort(byScore);
}

/** Best score first, then by id. */
export const byScore = (a: RankedHit, b: RankedHit) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A match kind as its index in MATCH_KINDS (lower is better). */
const KIND_CODE: Record<MatchKind, number> = Object.fromEntries(MATCH_KINDS.map((k, i) => [k, i])) as Record<
  MatchKind,
  number
>;

/**
 * Whether a hit can hold `phrases` at all: a phrase's words stand in the title or text, so each
 * matched exactly. A cheap test before reading the post's whole text (the check is the cost).
 */
export function mayHoldPhrases(hit: Pick<RankedHit, 'kinds'>, phrases: string[][]): boolean {
  return phrases.every((p) => p.every((t) => hit.kinds[t] === 'exact'));
}

/** The words of `text` that the query words match (for highlighting prefix and typo matches). */
export function matchedWords(text: string, words: QueryWord[]): string[] {
  return wordMatcher(words)(text);
}

/**
 * `matchedWords` for many texts and one query: each distinct word is checked against the query
 * once, however many hits hold it (the typo check is the cost).
 */
export function wordMatcher(words: QueryWord[]): (text: string) => string[] {
  // Per query word, the words of the texts checked for a typo match so far.
  const typos = words.map(() => new Map<string, boolean>());
  const typo = (token: string, i: number) => {
    const w = words[i]!;
    if (Math.abs(token.length - w.word.length) > w.fuzzy) return false;
    const seen = typos[i]!.get(token);
    if (seen !== undefined) return seen;
    const hit = within(token, w.word, w.fuzzy);
    typos[i]!.set(token, hit);
    return hit;
  };
  const matches = (token: string) =>
    words.some((w, i) => token === w.word || (w.prefix && token.startsWith(w.word)) || (w.fuzzy > 0 && typo(token, i)));
  return (text) => distinctTokensOf(text).filter(matches);
}

/** Whether Levenshtein(a, b) ≤ k, stopping as soon as a row's best exceeds k. */
export function within(a: string, b: string, k: number): boolean {
  if (Math.abs(a.length - b.length) > k || !enoughShared(a, b, k)) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(v);
      if (v < best) best = v;
    }
    if (best > k) return false;
    prev = row;
  }
  return prev[b.length]! <= k;
}

/** Letter counts for enoughShared, by UTF-16 unit; all zero between calls. */
const COUNTS = new Int32Array(65536);

/** k edits change at most k letters: a and b must share all but k of the longer one's letters (a cheap filter before the DP). */
function enoughShared(a: string, b: string, k: number): boolean {
  // By UTF-16 unit, as the DP and the lengths count.
  for (let j = 0; j < b.length; j++) COUNTS[b.charCodeAt(j)]!++;
  let shared = 0;
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i);
    if (COUNTS[c]! > 0) {
      shared++;
      COUNTS[c]!--;
    }
  }
  for (let j = 0; j < b.length; j++) COUNTS[b.charCodeAt(j)] = 0;
  return shared >= Math.max(a.length, b.length) - k;
}
