// When a name the data packages know (a brand, a language, a place) counts in a sentence: they
// hold ordinary words too ("Go", "Slack", "Mobile"), so those need compromise to call them
// proper nouns in context, and never count at a sentence's start or in a title-cased line.

import { isCommonWord } from '../document/nlp.js';
import { ORG_SUFFIXES } from './cues.js';
import { isEnglishWord } from './knowledge/data-packages.js';
import type { LexiconEntry } from './lexicon.js';
import { isNameListWord, type Scan, tagsAt } from './scan.js';
import { isCapitalized } from './tokens.js';

/** Share of capitalized long words above which a line is written in title case. */
const TITLE_CASE_SHARE = 0.6;

/** Whether tokens i..i+n-1 (written `surface`) may stand for the known name `entry`. */
export function acceptKnownName(scan: Scan, i: number, n: number, surface: string, entry: LexiconEntry): boolean {
  if (!entry.forms.includes(surface) && !lowerCaseBrand(surface, entry) && !capitalizedAlias(surface, entry))
    return false;
  const { tokens, s } = scan;
  const words = surface.split(/\s+/);
  const ordinary = words.some((w) => isCommonWord(w));
  if (ordinary) {
    // At a sentence's or clause's start, or after a quote: "Any questions? - Just write me".
    if (s.heading || tokens[i]!.start === 0 || /(["“([]|[.?!]\s*[-–—]?)\s*$/.test(s.text.slice(0, tokens[i]!.start)))
      return false;
    if (titleCased(scan) && !scan.s.terms) return false;
    if (!tagsAt(scan, tokens[i]!.start).includes('ProperNoun') && scan.s.terms) return false;
  }
  // "Lincoln Park", "University of California San Diego": a known name inside a longer
  // capitalized name is not that name.
  // Places yield to any capitalized neighbour; brands and languages only to name-like ones, so
  // "Debugging Kotlin Coroutines" keeps Kotlin while "Kotlin Hightower" is someone's name.
  // A postal code ("Acme NY") follows the name it places.
  const strict = entry.origin === 'places' && !/^\p{Lu}{2}$/u.test(surface);
  // "University of Leeds": a place after "Name of" belongs to that name.
  if (strict && /\p{Lu}\p{L}*\s+of\s+$/u.test(s.text.slice(0, tokens[i]!.start))) return false;
  if (joinedCapital(scan, i - 1, i, strict, i - 1) || joinedCapital(scan, i + n - 1, i + n, strict, i + n))
    return false;
  return true;
}

/** Shortest brand read in lower case: "org", "gem" or "ant" in lower case are mostly words or abbreviations. */
const LOWER_BRAND_MIN = 5;

/** "pytest", "webpack": a brand written all in lower case, when no dictionary knows the word ("yarn" stays yarn). */
function lowerCaseBrand(surface: string, entry: LexiconEntry): boolean {
  return (
    entry.origin === 'brands' &&
    surface === surface.toLowerCase() &&
    surface.length >= LOWER_BRAND_MIN &&
    !surface.includes(' ') &&
    entry.forms.some((f) => f.toLowerCase() === surface) &&
    !isCommonWord(surface) &&
    !isEnglishWord(surface)
  );
}

/** "Golang" for the alias "golang": a long lower-case alias no dictionary knows, written with a capital. */
function capitalizedAlias(surface: string, entry: LexiconEntry): boolean {
  const lower = surface.toLowerCase();
  return (
    entry.origin !== 'places' &&
    surface.length >= LOWER_BRAND_MIN &&
    surface === lower.charAt(0).toUpperCase() + lower.slice(1) &&
    entry.forms.slice(1).includes(lower) &&
    !isEnglishWord(lower)
  );
}

/** Tokens a and b are capitalized and a space apart, and the neighbour (a or b) may be part of a name. */
function joinedCapital(scan: Scan, a: number, b: number, strict: boolean, neighbour: number): boolean {
  const x = scan.tokens[a];
  const y = scan.tokens[b];
  if (!x || !y || x.possessive) return false;
  if (!isCapitalized(x.text) || !isCapitalized(y.text) || scan.s.text.slice(x.end, y.start) !== ' ') return false;
  const word = scan.tokens[neighbour]!.base;
  return strict || ORG_SUFFIXES.test(word) || isNameListWord(scan, word);
}

/** "Simplicity and Go for Beginners": most long words capitalized. */
function titleCased(scan: Scan): boolean {
  const long = scan.tokens.filter((t) => t.text.length >= 4);
  if (long.length < 3) return false;
  return long.filter((t) => isCapitalized(t.text)).length / long.length >= TITLE_CASE_SHARE;
}
