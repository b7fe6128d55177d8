// talkgraph's own ranking of post hits, computed from the backend's word matches alone, so
// MiniSearch and Lucene (whose scores differ) rank the same posts in the same order.
import { betterKind, type MatchKind, type QueryWord, type WordMatch } from './search-backend.js';
import { distinctTokensOf, KEYWORD_MATCH, tokenize } from './search-options.js';

export interface RankedHit {
  id: string;
  score: number;
  /** The query words this post matched. */
  words: string[];
  /** Per matched query word, its best kind of match in the post (keyword search ranks in tiers by these). */
  kinds: Record<string, MatchKind>;
}

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
 * With `all`, a post must match every word.
 */
export function rankMatches(matches: WordMatch[], words: QueryWord[], total: number, all: boolean): RankedHit[] {
  const best = new Map<string, number[]>();
  const kinds = new Map<string, Record<string, MatchKind>>();
  const postsOf = words.map(() => new Set<string>());
  for (const m of matches) {
    const weight = m.weight;
    const row =
      best.get(m.post) ??
      best
        .set(
          m.post,
          words.map(() => 0),
        )
        .get(m.post)!;
    if (weight > row[m.word]!) row[m.word] = weight;
    postsOf[m.word]!.add(m.post);
    const k = kinds.get(m.post) ?? kinds.set(m.post, {}).get(m.post)!;
    const w = words[m.word]!.word;
    k[w] = betterKind(k[w], m.kind ?? 'exact');
  }
  const rarity = postsOf.map((posts) => Math.log(1 + Math.max(total, posts.size) / Math.max(posts.size, 1)));
  const hits: RankedHit[] = [];
  for (const [id, row] of best) {
    if (all && row.some((w) => w === 0)) continue;
    let score = 0;
    for (let i = 0; i < row.length; i++) score += row[i]! * rarity[i]!;
    hits.push({
      id,
      score,
      words: words.filter((_w, i) => row[i]! > 0).map((w) => w.word),
      kinds: kinds.get(id) ?? {},
    });
  }
  return hits.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The words of `text` that the query words match (for highlighting prefix and typo matches). */
export function matchedWords(text: string, words: QueryWord[]): string[] {
  const out = new Set<string>();
  for (const token of distinctTokensOf(text)) {
    for (const w of words) {
      if (token === w.word || (w.prefix && token.startsWith(w.word)) || (w.fuzzy > 0 && within(token, w.word, w.fuzzy)))
        out.add(token);
    }
  }
  return [...out];
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

/** k edits change at most k letters: a and b must share all but k of the longer one's letters (a cheap filter before the DP). */
function enoughShared(a: string, b: string, k: number): boolean {
  const counts = new Map<string, number>();
  // By UTF-16 unit, as the DP and the lengths count.
  for (let j = 0; j < b.length; j++) counts.set(b[j]!, (counts.get(b[j]!) ?? 0) + 1);
  let shared = 0;
  for (let i = 0; i < a.length; i++) {
    const c = a[i]!;
    const n = counts.get(c) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(c, n - 1);
    }
  }
  return shared >= Math.max(a.length, b.length) - k;
}
