// Keyword search over posts: field boosts, prefix and fuzzy matching (exact matches rank
// first), quoted phrases as phrases, extra posts (an alias's entity) merged in, snippets.
import type { SearchResult } from 'minisearch';
import type { SearchIndex } from '../search/search-index.js';
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
export function keywordSearch(index: SearchIndex, q: string, o: KeywordOptions): KeywordResult {
  const { phrases, words } = parseQuery(q);
  const text = [...words, ...phrases].join(' ');
  let results: SearchResult[] = text
    ? index.mini.search(text, {
        // Names with digits ("credit2", "x86_64") are exact: "credit" is another word.
        prefix: (term) => term.length >= 3 && !/\d/.test(term),
        fuzzy: (term) => (term.length >= 5 && !/\d/.test(term) ? 0.2 : false),
        combineWith: phrases.length && !words.length ? 'AND' : 'OR',
      })
    : [];
  if (phrases.length) results = results.filter((r) => phrases.every((p) => `${r.title} ${r.text}`.toLowerCase().includes(p)));
  const byId = new Map(results.map((r) => [r.id as string, r]));
  const top = results[0]?.score ?? 1;
  for (const id of o.extraPosts ?? []) {
    const seen = byId.get(id);
    if (seen) seen.score += top * 0.5;
    else {
      const stored = index.mini.getStoredFields(id);
      if (stored) byId.set(id, { id, score: top * 0.5, terms: [], queryTerms: [], match: {}, ...stored } as SearchResult);
    }
  }
  const ranked = [...byId.values()].sort((a, b) => b.score - a.score || (String(a.id) < String(b.id) ? -1 : 1));
  const page = ranked.slice(o.offset ?? 0, (o.offset ?? 0) + o.limit);
  return {
    total: ranked.length,
    posts: page.map((r) => ({
      id: String(r.id),
      title: String(r.title ?? ''),
      url: (r.url as string | null) ?? null,
      date: (r.date as string | null) ?? null,
      score: Number(r.score.toFixed(3)),
      snippet: snippet(String(r.text ?? ''), [...r.terms, ...words], phrases),
    })),
  };
}
