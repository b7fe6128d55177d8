// The search backend contract: where post documents live and how query words match them.
// Two implementations: MiniSearch in the data folder (embedded) and Neo4j full-text indexes.
import type { Extraction } from '../domain/model.js';
import type { SnapshotPart } from '../storage/generations.js';
import { POST_RANKING, type PostField, type SearchDoc } from './search-options.js';

/** One query word and the loose matches it allows. */
export interface QueryWord {
  word: string;
  prefix: boolean;
  /** The edit distance allowed, 0 for none. */
  fuzzy: number;
}

export type MatchKind = 'exact' | 'prefix' | 'fuzzy';

/** Match kinds best first; a (post, word) reports the best kind in any field (keyword search's tiers). */
export const MATCH_KINDS: readonly MatchKind[] = ['exact', 'prefix', 'fuzzy'];

/** The better of two match kinds (exact over prefix over fuzzy). */
export function betterKind(a: MatchKind | undefined, b: MatchKind): MatchKind {
  return a === undefined || MATCH_KINDS.indexOf(b) < MATCH_KINDS.indexOf(a) ? b : a;
}

/**
 * That query word `word` (an index into the words asked) matches post `post`, at best with
 * `weight` (matchWeight of the field and kind: the backend keeps only the best per post and word).
 */
export interface WordMatch {
  post: string;
  word: number;
  weight: number;
  /** The best kind of match of the word in the post, in any field (absent: counted as exact). */
  kind?: MatchKind;
}

/** The weight of a match in `field` of `kind` (POST_RANKING): both backends use this one number. */
export function matchWeight(field: PostField, kind: MatchKind): number {
  return POST_RANKING.boost[field] * POST_RANKING.kind[kind];
}

/** What a hit shows: the stored fields of a post document. */
export interface StoredDoc {
  id: string;
  title: string;
  url: string | null;
  date: string | null;
  text: string;
  /** The post's site name (search's `site=` filter), null for a post read without a site. */
  site: string | null;
}

export interface SearchBackend {
  readonly kind: 'minisearch' | 'neo4j-fulltext';
  /** The best match of each (post, word) of `words`; order is not significant. */
  match(words: QueryWord[]): Promise<WordMatch[]>;
  /**
   * The `limit` best posts for exact-only words as `rankMatches` ranks their matches, best first,
   * computed inside the backend; absent (or null) where it cannot, and `match` is used instead.
   */
  rankExact?(words: string[], limit: number): Promise<RankedHit[] | null>;
  /** The posts among `ids` whose title or text holds every phrase (word sequences). */
  withPhrases(ids: string[], phrases: string[][]): Promise<Set<string>>;
  /**
   * Each indexed word within `distance` edits of `word`, with the posts whose title or text
   * hold it (a typo's correction votes by these); absent where the backend cannot tell.
   */
  wordsNear?(word: string, distance: number): Promise<Map<string, Set<string>>>;
  /** Stored fields of the posts that have a document. */
  stored(ids: string[]): Promise<Map<string, StoredDoc>>;
  /** How many posts have a document (the N of word rarity). */
  count(): Promise<number>;
  has(id: string): Promise<boolean>;
  putAll(docs: SearchDoc[]): Promise<void>;
  removeAll(ids: string[]): Promise<void>;
  /** The documents as a part of the data folder's next snapshot generation; null where the server holds them. */
  snapshotPart(): SnapshotPart | null;
  /** Makes writes durable (a generation of the embedded part alone); a no-op where the server holds them. */
  save(): Promise<void>;
}

/** The document of a post: its extraction and plain text. */
export function postDoc(x: Extraction, text: string): SearchDoc {
  return {
    id: x.post.id,
    title: x.post.title,
    text,
    tags: [...x.post.tags, ...x.post.categories].join(' '),
    entities: x.entities.flatMap((e) => [e.name, ...e.aliases]).join(' · '),
    url: x.post.url,
    date: x.post.date,
    site: x.post.site ?? null,
  };
}

/** Whether `tokens` hold `phrase` as consecutive words. */
export function holdsPhrase(tokens: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0) return true;
  outer: for (let i = 0; i + phrase.length <= tokens.length; i++) {
    for (let k = 0; k < phrase.length; k++) if (tokens[i + k] !== phrase[k]) continue outer;
    return true;
  }
  return false;
}

/** Whether a document's title or text holds every phrase (the embedded side of `withPhrases`). */
export function docHoldsPhrases(doc: { title: string; text: string }, phrases: string[][]): boolean {
  const patterns = phrases.map(phrasePattern);
  const title = doc.title.toLowerCase();
  const text = doc.text.toLowerCase();
  return patterns.every((p) => p.test(title) || p.test(text));
}

/** A character that is no separator of the tokenizer (outside WORD_SPLIT's class), as a regex source. */
const WORD_CHAR = '[^\\s\\p{Z}\\p{P}]';
const SEPARATORS = '[\\s\\p{Z}\\p{P}]+';
const PATTERNS = new Map<string, RegExp>();

/**
 * `holdsPhrase(tokenize(text), phrase)` as one regex over the lower-cased text: the words
 * in order with separators between, each a whole token (no word character on either side).
 * A search checks hundreds of long texts; tokenizing each whole was the cost.
 */
export function phrasePattern(phrase: readonly string[]): RegExp {
  const key = phrase.join(' ');
  let re = PATTERNS.get(key);
  if (!re) {
    if (PATTERNS.size >= 256) PATTERNS.clear();
    const esc = phrase.map((w) => w.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&'));
    // The first word before its look-behind (no word character before it): a pattern that opens
    // with a literal is searched for that literal, not tried at every position of a long text.
    const first = esc[0] === undefined ? '' : `${esc[0]}(?<!${WORD_CHAR}${esc[0]})`;
    const rest = esc
      .slice(1)
      .map((w) => `${SEPARATORS}${w}`)
      .join('');
    re = new RegExp(phrase.length ? `${first}${rest}(?!${WORD_CHAR})` : '', 'u');
    PATTERNS.set(key, re);
  }
  return re;
}

/** A post hit as talkgraph ranks it (src/search/post-ranking.ts), whichever backend matched it. */
export interface RankedHit {
  id: string;
  score: number;
  /** The query words this post matched. */
  words: string[];
  /** Per matched query word, its best kind of match in the post (keyword search ranks in tiers by these). */
  kinds: Record<string, MatchKind>;
}
