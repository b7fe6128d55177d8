// The state one sentence's mention search shares between its rules, and its small helpers.
import type { EntityType } from '../../src/domain/model.js';
import { foldAscii } from '../../src/domain/name-fold.js';
import type { CodeSpan, LinkSpan } from '../document/markdown.js';
import { isCommonWord, type TaggedTerm } from '../document/nlp.js';
import type { Lexicon } from './lexicon.js';
import type { Token } from './tokens.js';

export interface Mention {
  type: EntityType;
  /** As written, without a possessive: "Dan Walsh". */
  surface: string;
  /** The lexicon's canonical name when known, else the surface. */
  canonical: string;
  start: number;
  end: number;
  confidence: number;
  source: string;
  possessive: boolean;
  url?: string;
  /** For events: the year written beside the name. */
  year?: number;
  /** For products and organizations: the release number written right after ("Frobix 4.2" → "4.2"). */
  version?: string;
}

export interface SentenceInput {
  text: string;
  links: LinkSpan[];
  /** Inline code spans (`GOPATH`): identifiers there are no names. */
  code?: CodeSpan[];
  /** Headings and captions never introduce people on name shape alone. */
  heading: boolean;
  /** A list item, heading, table cell or short line, where layout places names ("Title — Speaker"). */
  layout?: boolean;
  /** compromise's tags for the sentence's words, when the sentence came from a document. */
  terms?: TaggedTerm[];
}

export interface DetectOptions {
  lexicon: Lexicon;
  /** Folded front-matter tags of the post. */
  tags: Set<string>;
}

export interface Scan {
  s: SentenceInput;
  tokens: Token[];
  taken: boolean[];
  mentions: Mention[];
  opts: DetectOptions;
  titles: Array<[number, number]>;
}

/** compromise's tags for the word starting at `start` (empty when unknown). */
export function tagsAt(scan: Scan, start: number): string[] {
  return scan.s.terms?.find((t) => t.start <= start && t.end > start)?.tags ?? [];
}

/** True when [start, end) lies inside a talk title. */
export function inTitle(scan: Scan, start: number, end: number): boolean {
  return scan.titles.some(([a, b]) => start >= a && end <= b);
}

/** Records a mention over tokens from..to and marks them taken. */
export function add(
  scan: Scan,
  from: number,
  to: number,
  m: Omit<Mention, 'start' | 'end' | 'surface' | 'possessive'> & { surface?: string },
): void {
  const first = scan.tokens[from]!;
  const last = scan.tokens[to]!;
  const surface = m.surface ?? scan.s.text.slice(first.start, last.start) + last.base;
  // An empty canonical means "as written".
  scan.mentions.push({
    ...m,
    surface,
    canonical: m.canonical || surface,
    start: first.start,
    end: last.end,
    possessive: last.possessive,
  });
  for (let i = from; i <= to; i++) scan.taken[i] = true;
}

/** The link whose anchor is exactly tokens from..to, if any. */
export function linkAt(scan: Scan, from: number, to: number): LinkSpan | undefined {
  const a = scan.tokens[from]!.start;
  const b = scan.tokens[to]!.end;
  return scan.s.links.find((l) => l.start <= a && l.end >= b && l.text.trim().length <= b - a + 3);
}

/** A word of the given-name and surname list that is no ordinary English word: "Priya", "Raman". */
export function isNameListWord(scan: Scan, word: string): boolean {
  return scan.opts.lexicon.personWords.has(foldAscii(word)) && !isCommonWord(word);
}
