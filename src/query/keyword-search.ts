// Keyword search over posts: field boosts, prefix and fuzzy matching ranked in tiers (posts
// matching more query words exactly come first, then by prefix, then fuzzy), quoted phrases as
// phrases, extra posts (an alias's entity) merged in, an explicit typo correction, filters by
// year and site with counts, sort by relevance or date, paging, and structured snippets.
import type { SearchResult } from 'minisearch';
import { editDistance } from '../domain/edit-distance.js';
import { siteOfPostId } from '../domain/ids.js';
import type { SearchIndex } from '../search/search-index.js';
import { snippetHtml, snippetOf, type Snippet } from './snippets.js';

export interface PostHit {
  id: string;
  title: string;
  url: string | null;
  date: string | null;
  site: string | null;
  score: number;
  /** The legacy form of `highlight`: escaped HTML with <mark>. */
  snippet: string;
  highlight: Snippet;
}

export interface Facet {
  value: string;
  count: number;
}

export interface KeywordResult {
  total: number;
  /** Posts left out because they match only some of the words. */
  partial: number;
  posts: PostHit[];
  /** The query as searched when a word had no match and a close spelling did ("xen sumit" → "xen summit"). */
  corrected: string | null;
  facets: { years: Facet[]; sites: Facet[] };
}

export type SortOrder = 'relevance' | 'date';

export interface KeywordOptions {
  limit: number;
  offset?: number;
  /** Posts to rank in (or boost) whatever their text: the posts of an entity the query names. */
  extraPosts?: string[];
  sort?: SortOrder;
  year?: string;
  site?: string;
  /** Keep only these posts (a type filter: posts naming a matching entity of one type). */
  only?: Set<string>;
}

/** Splits `"open vswitch" xen` into phrases and loose words. */
export function parseQuery(q: string): { phrases: string[]; words: string[] } {
  const phrases = [...q.matchAll(/"([^"]+)"/g)].map((m) => m[1]!.trim().toLowerCase()).filter(Boolean);
  const words = q.replace(/"[^"]*"/g, ' ').split(/\s+/).map((w) => w.trim()).filter(Boolean);
  return { phrases, words };
}

/** Query words as the index tokenizes them (MiniSearch splits on spaces and punctuation). */
export function tokensOf(text: string): string[] {
  return text.toLowerCase().split(/[\n\r\p{Z}\p{P}]+/u).filter(Boolean);
}

interface Ranked {
  r: SearchResult;
  /** The query's words stand side by side in the title or text ("open vswitch"). */
  phrase: boolean;
  exact: number;
  prefix: number;
}

/** Searches `index` for `q`; the total counts every matching post (after filters) before paging. */
export function keywordSearch(index: SearchIndex, q: string, o: KeywordOptions): KeywordResult {
  const { phrases, words } = parseQuery(q);
  const tokens = tokensOf([...words, ...phrases].join(' '));
  let results = search(index, tokens.join(' '), phrases.length > 0 && words.length === 0);
  if (phrases.length) results = results.filter((r) => phrases.every((p) => `${r.title} ${r.text}`.toLowerCase().includes(p)));
  const merged = withExtra(index, results, o.extraPosts ?? []);
  const scored = merged.map((r) => tiers(r, tokens, words.length > 1 ? words.join(' ').toLowerCase() : null));
  // When some posts match every word (exactly or by prefix), posts matching only some are noise.
  const full = scored.filter((x) => x.exact + x.prefix >= tokens.length);
  const ranked = tokens.length > 1 && full.length ? full : scored;
  const facets = { years: count(ranked.map((x) => yearOf(x.r))), sites: count(ranked.map((x) => siteOf(x.r))) };
  const kept = ranked.filter((x) => (!o.year || yearOf(x.r) === o.year) && (!o.site || siteOf(x.r) === o.site) && (!o.only || o.only.has(String(x.r.id))));
  kept.sort(o.sort === 'date' ? byDate : byRelevance);
  const page = kept.slice(o.offset ?? 0, (o.offset ?? 0) + o.limit);
  return { total: kept.length, partial: scored.length - ranked.length, corrected: correction(tokens, results, words, phrases), facets, posts: page.map((x) => toHit(x.r, words, phrases)) };
}

function search(index: SearchIndex, text: string, allWords: boolean): SearchResult[] {
  if (!text) return [];
  return index.mini.search(text, {
    // Names with digits ("credit2", "x86_64") are exact: "credit" is another word.
    prefix: (term) => term.length >= 3 && !/\d/.test(term),
    fuzzy: (term) => (term.length >= 5 && !/\d/.test(term) ? 0.2 : false),
    combineWith: allWords ? 'AND' : 'OR',
  });
}

/** Boosts (or adds) the posts of an entity the query names, whatever their text. */
function withExtra(index: SearchIndex, results: SearchResult[], extra: string[]): SearchResult[] {
  const byId = new Map(results.map((r) => [String(r.id), r]));
  const top = results[0]?.score ?? 1;
  for (const id of extra) {
    const seen = byId.get(id);
    if (seen) seen.score += top * 0.5;
    else {
      const stored = index.mini.getStoredFields(id);
      if (stored) byId.set(id, { id, score: top * 0.5, terms: [], queryTerms: [], match: {}, ...stored, extra: true } as SearchResult);
    }
  }
  return [...byId.values()];
}

/** How many query words the post matched exactly, and how many by prefix. */
function tiers(r: SearchResult, tokens: string[], phrase: string | null): Ranked {
  const terms = Object.keys(r.match ?? {});
  const side = phrase !== null && `${String(r.title ?? '')} ${String(r.text ?? '')}`.toLowerCase().includes(phrase);
  // A post added for the entity it names counts as matching every word exactly.
  if (r.extra) return { r, phrase: side, exact: tokens.length, prefix: 0 };
  const exact = tokens.filter((t) => terms.includes(t)).length;
  const prefix = tokens.filter((t) => !terms.includes(t) && terms.some((m) => m.startsWith(t))).length;
  return { r, phrase: side, exact, prefix };
}

const byRelevance = (a: Ranked, b: Ranked) => Number(b.phrase) - Number(a.phrase) || b.exact - a.exact || b.prefix - a.prefix || b.r.score - a.r.score || (String(a.r.id) < String(b.r.id) ? -1 : 1);
const byDate = (a: Ranked, b: Ranked) => String(b.r.date ?? '').localeCompare(String(a.r.date ?? '')) || byRelevance(a, b);

function yearOf(r: SearchResult): string | null {
  const d = r.date ? String(r.date) : '';
  return /^\d{4}/.test(d) ? d.slice(0, 4) : null;
}

/**
 * The site of a post: its stored `site`, else the site its id names (`post:<site>:…`, the
 * slug ask, related posts and the post page use), else the host of an absolute URL.
 */
function siteOf(r: SearchResult): string | null {
  if (typeof r.site === 'string' && r.site) return r.site;
  const own = siteOfPostId(String(r.id));
  if (own) return own;
  const m = /^https?:\/\/([^/?#]+)/i.exec(String(r.url ?? ''));
  return m ? m[1]!.toLowerCase() : null;
}

function count(values: Array<string | null>): Facet[] {
  const n = new Map<string, number>();
  for (const v of values) if (v) n.set(v, (n.get(v) ?? 0) + 1);
  return [...n].map(([value, c]) => ({ value, count: c })).sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
}

/** "xen sumit" → "xen summit" when "sumit" matched nothing itself and "summit" did. */
function correction(tokens: string[], results: SearchResult[], words: string[], phrases: string[]): string | null {
  if (phrases.length || !results.length) return null;
  const fixes = new Map<string, string>();
  for (const t of tokens) {
    const matched = (m: string) => m === t || m.startsWith(t);
    if (results.some((r) => Object.keys(r.match ?? {}).some(matched))) continue;
    const votes = new Map<string, number>();
    for (const r of results) for (const m of Object.keys(r.match ?? {})) if (!tokens.includes(m) && editDistance(m, t) <= Math.max(1, Math.floor(t.length / 4))) votes.set(m, (votes.get(m) ?? 0) + 1);
    const best = [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    if (best) fixes.set(t, best[0]);
  }
  if (!fixes.size) return null;
  return words.map((w) => fixes.get(w.toLowerCase()) ?? w).join(' ');
}

function toHit(r: SearchResult, words: string[], phrases: string[]): PostHit {
  const highlight = snippetOf(String(r.text ?? ''), [...r.terms, ...words], phrases);
  return {
    id: String(r.id),
    title: String(r.title ?? ''),
    url: (r.url as string | null) ?? null,
    date: (r.date as string | null) ?? null,
    site: siteOf(r),
    score: Number(r.score.toFixed(3)),
    snippet: snippetHtml(highlight),
    highlight,
  };
}
