// Keyword search over posts: field boosts, prefix and fuzzy matching (exact matches rank
// first), quoted phrases as phrases, extra posts (an alias's entity) merged in, snippets.
import { matchedWords, queryWords } from '../search/post-ranking.js';
import type { RankedHit, SearchIndex } from '../search/search-index.js';
import { snippet } from './snippets.js';

export interface PostHit {
  id: string;
  title: string;
  url: string | null;
  date: string | null;
  score: number;
  snippet: string;
}

export interface KeywordResult {
  total: number;
  posts: PostHit[];
}

export interface KeywordOptions {
  limit: number;
  offset?: number;
  /** Posts to rank in (or boost) whatever their text: the posts of an entity the query names. */
  extraPosts?: string[];
}

/** Splits `"open vswitch" xen` into phrases and loose words. */
export function parseQuery(q: string): { phrases: string[]; words: string[] } {
  const phrases = [...q.matchAll(/"([^"]+)"/g)].map((m) => m[1]!.trim().toLowerCase()).filter(Boolean);
  const words = q.replace(/"[^"]*"/g, ' ').split(/\s+/).map((w) => w.trim()).filter(Boolean);
  return { phrases, words };
}

/** Searches `index` for `q`; the total counts every matching post before paging. */
export async function keywordSearch(index: SearchIndex, q: string, o: KeywordOptions): Promise<KeywordResult> {
  const { phrases, words } = parseQuery(q);
  const text = [...words, ...phrases].join(' ');
  // Names with digits ("credit2", "x86_64") are exact: "credit" is another word (search-options.ts).
  const results: RankedHit[] = text ? await index.search(text, { phrases, all: phrases.length > 0 && !words.length }) : [];
  const byId = new Map(results.map((r) => [r.id, r]));
  const top = results[0]?.score ?? 1;
  for (const id of o.extraPosts ?? []) {
    const seen = byId.get(id);
    if (seen) seen.score += top * 0.5;
    else byId.set(id, { id, score: top * 0.5, words: [] });
  }
  const ranked = [...byId.values()].sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  const page = ranked.slice(o.offset ?? 0, (o.offset ?? 0) + o.limit);
  const stored = await index.stored(page.map((r) => r.id));
  const loose = queryWords([text]);
  return {
    total: ranked.length,
    posts: page.flatMap((r) => {
      const doc = stored.get(r.id);
      if (!doc) return [];
      const terms = matchedWords(`${doc.title} ${doc.text}`, loose);
      return [{ id: r.id, title: doc.title, url: doc.url, date: doc.date, score: Number(r.score.toFixed(3)), snippet: snippet(doc.text, [...terms, ...words], phrases) }];
    }),
  };
}
