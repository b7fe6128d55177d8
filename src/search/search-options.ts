// Every MiniSearch option set talkgraph uses, one per use, documented field by field. The
// schema version of the persisted post index is derived from these options, never bumped by hand.
import { createHash } from 'node:crypto';
import type { Options } from 'minisearch';

/** One indexed post. Text fields are searched; `url`, `date` and `body` are only stored. */
export interface SearchDoc {
  id: string;
  title: string;
  /** The post's plain text, searched. */
  text: string;
  /** Tags and categories, space-separated. */
  tags: string;
  /** Entity names and aliases the post uses, " · "-separated. */
  entities: string;
  url: string | null;
  date: string | null;
  /** The post's site (blog) name, as in its id: what search's `site=` filter matches. */
  site: string | null;
}

/** The fields of a post that keyword search matches, in the order results report them. */
export const POST_FIELDS = ['title', 'text', 'tags', 'entities'] as const;
export type PostField = (typeof POST_FIELDS)[number];

/**
 * Words are runs between whitespace and punctuation, lower-cased: "Open vSwitch's" → "open",
 * "vswitch", "s". Both search backends use this one tokenizer (the Neo4j full-text index gets
 * these tokens joined by spaces and a whitespace analyzer), so they see the same words.
 */
export const WORD_SPLIT = /[\s\p{Z}\p{P}]+/u;

/** The words of `text` as both backends index and query them. */
export function tokenize(text: string): string[] {
  return text.toLowerCase().split(WORD_SPLIT).filter(Boolean);
}

/** Tokenized stored texts kept between queries: a multi-word search checks each hit's whole text. */
const TOKENS = new Map<string, { all: string[]; distinct: string[] }>();
const TOKENS_KEPT = 2048;

function remembered(text: string): { all: string[]; distinct: string[] } {
  let entry = TOKENS.get(text);
  if (!entry) {
    if (TOKENS.size >= TOKENS_KEPT) TOKENS.delete(TOKENS.keys().next().value!);
    const all = tokenize(text);
    entry = { all, distinct: [...new Set(all)] };
    TOKENS.set(text, entry);
  }
  return entry;
}

/** `tokenize(text)`, remembered for the last 2,048 texts (shared arrays: never change them). */
export function tokensOfText(text: string): readonly string[] {
  return remembered(text).all;
}

/** The distinct words of `text`, in first-seen order, remembered like `tokensOfText`. */
export function distinctTokensOf(text: string): readonly string[] {
  return remembered(text).distinct;
}

/**
 * Keyword search over posts. Ranking is talkgraph's own (see post-ranking.ts), so MiniSearch's
 * scoring options play no part; these say what the index holds.
 * - fields: what is matched (title, text, tags, entity names);
 * - storeFields: what a hit shows without a store round trip (title, url, date, text for snippets);
 * - tokenize / processTerm: the shared tokenizer, so MiniSearch and Lucene see the same words.
 *
 * @example
 * ```ts
 * const mini = new MiniSearch<SearchDoc>(POST_INDEX_OPTIONS);
 * mini.add({ id: 'post:blog:xen-day-one', title: 'Xen Summit', text: '…', tags: '', entities: 'credit2', url: null, date: null, site: 'blog' });
 * ```
 */
export const POST_INDEX_OPTIONS: Options<SearchDoc> = {
  fields: [...POST_FIELDS],
  storeFields: ['title', 'url', 'date', 'text', 'site'],
  tokenize: (text) => text.split(WORD_SPLIT),
  processTerm: (term) => term.toLowerCase() || null,
};

/**
 * How a query word may match an indexed word, the same on both backends:
 * - exact always;
 * - prefix when the word has ≥ `prefixMin` letters and no digit ("credit" must not find "credit2");
 * - fuzzy (edit distance ≤ 1 per `fuzzyPer` letters, at most `fuzzyMax`) when ≥ `fuzzyMin` letters and no digit.
 *
 * @example
 * ```ts
 * // "vswitch" (7 letters) may match "vswitch…" by prefix and "vswtich" by one edit;
 * // "credit2" has a digit, so it matches "credit2" only.
 * const fuzzy = word.length >= KEYWORD_MATCH.fuzzyMin ? Math.min(KEYWORD_MATCH.fuzzyMax, Math.floor(word.length / KEYWORD_MATCH.fuzzyPer)) : 0;
 * ```
 */
export const KEYWORD_MATCH = { prefixMin: 3, fuzzyMin: 5, fuzzyPer: 5, fuzzyMax: 2 } as const;

/** Similar posts (related-posts text similarity): exact words only, no prefix or typo matching. */
export const SIMILAR_POSTS_MATCH = { prefix: false, fuzzy: false, candidates: 30 } as const;

/**
 * Ranking of keyword hits: per query word, the best of its matches in a post, weighted by the
 * field (`boost`) and the kind of match (`kind`), times the word's rarity; summed over words.
 */
export const POST_RANKING = {
  boost: { title: 3, text: 1, tags: 2, entities: 2.5 } satisfies Record<PostField, number>,
  kind: { exact: 1, prefix: 0.5, fuzzy: 0.35 },
} as const;

/** Entity names (the entity finder): one field holding name and aliases; exact words only by default. */
export const ENTITY_NAME_OPTIONS: Options<{ id: string; names: string }> = {
  fields: ['names'],
  storeFields: ['id'],
};

/** Talk sentences (topics that are no entity): the sentence only; prefix and light typo matching. */
export const TALK_SENTENCE_OPTIONS: Options<{ id: number; sentence: string }> = {
  fields: ['sentence'],
  searchOptions: { prefix: true, fuzzy: 0.1 },
};

/** What the tokenize / processTerm functions above do, in words: change it with them. */
const TOKENIZER_RULES = 'split on WORD_SPLIT; lower-case; drop empty terms';

/**
 * The version stamped on a saved post index: a hash of the index options and the tokenizer, so
 * an index written with other options is rebuilt instead of loaded wrongly. Functions count by
 * name and TOKENIZER_RULES, never by source text: a function's source differs between the
 * TypeScript loaders (tsx, vitest), and every process must derive the same version.
 */
export const SEARCH_SCHEMA_VERSION = createHash('sha256')
  .update(JSON.stringify(POST_INDEX_OPTIONS, (key, v: unknown) => (typeof v === 'function' ? `function ${key}` : v)))
  .update(String(WORD_SPLIT))
  .update(TOKENIZER_RULES)
  .digest('hex')
  .slice(0, 12);
