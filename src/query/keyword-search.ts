// Keyword search over posts: field boosts, prefix and fuzzy matching ranked in tiers (posts
// matching more query words exactly come first, then by prefix, then fuzzy), quoted phrases as
// phrases, extra posts (an alias's entity) merged in, an explicit typo correction, filters by
// year and site with counts, sort by relevance or date, paging, and structured snippets.
// Matching and the per-word match kinds come from the search index (MiniSearch or Neo4j
// full-text alike); what a hit shows comes from its stored fields.

import { siteOfPostId } from '../domain/ids.js';
import { mayHoldPhrases, queryWords, within, wordMatcher } from '../search/post-ranking.js';
import { docHoldsPhrases } from '../search/search-backend.js';
import type { RankedHit, SearchIndex, StoredDoc } from '../search/search-index.js';
import { distinctTokensOf, tokenize } from '../search/search-options.js';
import { topK } from '../search/top-k.js';
import { type Snippet, snippetHtml, snippetOf } from './snippets.js';

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
  const words = q
    .replace(/"[^"]*"/g, ' ')
    .split(/\s+/)
    .map((w) => w.trim())
    .filter(Boolean);
  return { phrases, words };
}

/** Query words as the index tokenizes them, each once (the index's query words). */
export function tokensOf(text: string): string[] {
  return [...new Set(tokenize(text))];
}

interface Ranked {
  hit: Hit;
  doc: StoredDoc;
  /** The query's words stand side by side in the title or text ("open vswitch"); checked only where the page needs it. */
  phrase?: boolean;
  exact: number;
  prefix: number;
}

/** Searches `index` for `q`; the total counts every matching post (after filters) before paging. */
export async function keywordSearch(index: SearchIndex, q: string, o: KeywordOptions): Promise<KeywordResult> {
  const { phrases, words } = parseQuery(q);
  const text = [...words, ...phrases].join(' ');
  const tokens = tokensOf(text);
  // Names with digits ("credit2", "x86_64") are exact: "credit" is another word (search-options.ts).
  // Ranked here (tiers, then score): the index need not sort every hit first.
  const results = text
    ? await index.search(text, { phrases, all: phrases.length > 0 && words.length === 0, unordered: true })
    : [];
  const merged = withExtra(results, o.extraPosts ?? []);
  const docs = await index.stored(merged.map((h) => h.id));
  const side = words.length > 1 ? [tokenize(words.join(' '))] : null;
  const scored = merged.flatMap((h) => (docs.has(h.id) ? [tiers(h, docs.get(h.id)!, tokens)] : []));
  // When some posts match every word (exactly or by prefix), posts matching only some are noise.
  const full = scored.filter((x) => x.exact + x.prefix >= tokens.length);
  const ranked = tokens.length > 1 && full.length ? full : scored;
  const facets = { years: count(ranked.map((x) => yearOf(x.doc))), sites: count(ranked.map((x) => siteOf(x.doc))) };
  const kept = ranked.filter(
    (x) =>
      (!o.year || yearOf(x.doc) === o.year) &&
      (!o.site || siteOf(x.doc) === o.site) &&
      (!o.only || o.only.has(x.hit.id)),
  );
  const page = pageOf(kept, o, side);
  const matched = wordMatcher(queryWords([text]));
  return {
    total: kept.length,
    partial: scored.length - ranked.length,
    corrected: await correction(index, tokens, scored, words, phrases),
    facets,
    posts: page.map((x) => toHit(x, matched, words, phrases)),
  };
}

type Hit = RankedHit & { extra?: boolean };

/** Boosts (or adds) the posts of an entity the query names, whatever their text (the hits are this search's own: changed in place). */
function withExtra(results: RankedHit[], extra: string[]): Hit[] {
  if (extra.length === 0) return results;
  const byId = new Map<string, Hit>(results.map((r) => [r.id, r]));
  // The best score (the hits come in no order).
  let top = results.length ? Number.NEGATIVE_INFINITY : 1;
  for (const r of results) if (r.score > top) top = r.score;
  const added: Hit[] = [];
  for (const id of extra) {
    const seen = byId.get(id);
    if (seen) seen.score += top * 0.5;
    else {
      const hit = { id, score: top * 0.5, words: [], kinds: {}, extra: true };
      byId.set(id, hit);
      added.push(hit);
    }
  }
  return added.length ? [...results, ...added] : results;
}

/** How many query words the post matched exactly, and how many by prefix (best kind per word). */
function tiers(hit: Hit, doc: StoredDoc, tokens: string[]): Ranked {
  // A post added for the entity it names counts as matching every word exactly.
  if (hit.extra) return { hit, doc, exact: tokens.length, prefix: 0 };
  let exact = 0;
  let prefix = 0;
  for (const t of tokens) {
    const kind = hit.kinds[t];
    if (kind === 'exact') exact++;
    else if (kind === 'prefix') prefix++;
  }
  return { hit, doc, exact, prefix };
}

/** Whether the hit holds the query's words side by side (cheap test first, then its text; remembered). */
function phraseOf(x: Ranked, side: string[][] | null): boolean {
  x.phrase ??= side !== null && (x.hit.extra === true || mayHoldPhrases(x.hit, side)) && docHoldsPhrases(x.doc, side);
  return x.phrase;
}

/**
 * The page of `kept` in relevance (or date) order, reading as few texts as it can: phrase
 * hits come first, so in relevance order hits are taken in the cheap order (tiers, score,
 * id) and their texts checked only until the page holds enough phrase hits; without a
 * phrase to check, a bounded heap picks the page from thousands of hits.
 */
function pageOf(kept: Ranked[], o: KeywordOptions, side: string[][] | null): Ranked[] {
  const from = o.offset ?? 0;
  const need = from + o.limit;
  if (o.sort === 'date') {
    for (const x of kept) phraseOf(x, side);
    return kept.sort(byDate).slice(from, need);
  }
  if (side === null) return topK(kept, need, byTiers).slice(from);
  kept.sort(byTiers);
  const first: Ranked[] = [];
  for (const x of kept) {
    if (first.length >= need) return first.slice(from);
    if (phraseOf(x, side)) first.push(x);
  }
  // Every hit checked: the phrase hits, then the others, each in the cheap order.
  return [...first, ...kept.filter((x) => !x.phrase)].slice(from, need);
}

const byTiers = (a: Ranked, b: Ranked) =>
  b.exact - a.exact || b.prefix - a.prefix || b.hit.score - a.hit.score || (a.hit.id < b.hit.id ? -1 : 1);
const byRelevance = (a: Ranked, b: Ranked) => Number(b.phrase ?? false) - Number(a.phrase ?? false) || byTiers(a, b);
const byDate = (a: Ranked, b: Ranked) =>
  String(b.doc.date ?? '').localeCompare(String(a.doc.date ?? '')) || byRelevance(a, b);

function yearOf(d: StoredDoc): string | null {
  return d.date && /^\d{4}/.test(d.date) ? d.date.slice(0, 4) : null;
}

/** The site of a post: its stored site name, else the site its id names (`post:<site>:…`), else its URL's host. */
function siteOf(d: StoredDoc): string | null {
  if (d.site) return d.site;
  const own = siteOfPostId(String(d.id));
  if (own) return own;
  const m = /^https?:\/\/([^/?#]+)/i.exec(d.url ?? '');
  return m ? m[1]!.toLowerCase() : null;
}

function count(values: Array<string | null>): Facet[] {
  const n = new Map<string, number>();
  for (const v of values) if (v) n.set(v, (n.get(v) ?? 0) + 1);
  return [...n]
    .map(([value, c]) => ({ value, count: c }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
}

/** "xen sumit" → "xen summit" when "sumit" matched nothing exactly or by prefix and "summit" did by typo. */
async function correction(
  index: SearchIndex,
  tokens: string[],
  scored: Ranked[],
  words: string[],
  phrases: string[],
): Promise<string | null> {
  if (phrases.length || !scored.length) return null;
  const fixes = new Map<string, string>();
  for (const t of tokens) {
    if (scored.some((x) => x.hit.kinds[t] === 'exact' || x.hit.kinds[t] === 'prefix')) continue;
    const bound = Math.max(1, Math.floor(t.length / 4));
    const typos = scored.filter((s) => s.hit.kinds[t] === 'fuzzy');
    const votes = (await votesFromIndex(index, t, bound, tokens, typos)) ?? votesFromTexts(t, bound, tokens, typos);
    const best = [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    if (best) fixes.set(t, best[0]);
  }
  if (!fixes.size) return null;
  return words.map((w) => fixes.get(w.toLowerCase()) ?? w).join(' ');
}

/**
 * Per word near `t` (not a query word), how many of the typo hits hold it in their title or
 * text, from the index's own words: no hit's text is read. Null where the index cannot tell.
 */
async function votesFromIndex(
  index: SearchIndex,
  t: string,
  bound: number,
  tokens: string[],
  typos: Ranked[],
): Promise<Map<string, number> | null> {
  const near = await index.wordsNear(t, bound);
  if (!near) return null;
  const ids = typos.map((x) => x.hit.id);
  const votes = new Map<string, number>();
  for (const [m, posts] of near) {
    if (tokens.includes(m)) continue;
    let n = 0;
    for (const id of ids) if (posts.has(id)) n++;
    if (n) votes.set(m, n);
  }
  return votes;
}

/** `votesFromIndex` by reading each typo hit's words. */
function votesFromTexts(t: string, bound: number, tokens: string[], typos: Ranked[]): Map<string, number> {
  const votes = new Map<string, number>();
  const close = new Map<string, boolean>();
  const near = (m: string) => close.get(m) ?? close.set(m, !tokens.includes(m) && within(m, t, bound)).get(m)!;
  for (const x of typos)
    for (const m of distinctTokensOf(`${x.doc.title} ${x.doc.text}`))
      if (near(m)) votes.set(m, (votes.get(m) ?? 0) + 1);
  return votes;
}

function toHit(x: Ranked, matched: (text: string) => string[], words: string[], phrases: string[]): PostHit {
  const terms = matched(`${x.doc.title} ${x.doc.text}`);
  const highlight = snippetOf(x.doc.text, [...terms, ...words], phrases);
  return {
    id: x.hit.id,
    title: x.doc.title,
    url: x.doc.url,
    date: x.doc.date,
    site: siteOf(x.doc),
    score: Number(x.hit.score.toFixed(3)),
    snippet: snippetHtml(highlight),
    highlight,
  };
}
