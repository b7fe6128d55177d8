// Event names in a sentence: a series before an event word or suffix ("Red Hat Summit 2012",
// "DjangoCon Europe", "FUDCon"), without the function words that open the phrase.

import { foldForm } from '../../src/domain/name-fold.js';
import { isCommonWord, lexiconTag } from '../document/nlp.js';
import { EVENT_HEADS, EVENT_REGIONS, EVENT_WORD_SUFFIX, EVENT_WORDS } from './cues.js';
import { add, type Scan } from './scan.js';
import { isCamelCase, isCapitalized } from './tokens.js';

/** Words that open a sentence or a phrase without being part of the event's name. */
const LEADING_WORDS =
  /^(The|A|An|This|That|These|Next|Last|First|Our|My|Their|Its|Every|Each|At|In|During|After|Before|Online|Virtual)$/;

/** Function words that open a phrase before an event's name: "For PyCon", "Attending DjangoCon", "Until Acme Days". */
const LEADING_TAGS = /^(Preposition|Determiner|Conjunction|Pronoun|Possessive|Gerund|Adverb)$/;

/** "For PyCon 2015 we ...": a word capitalized only by its place (a function word), not a word of an event's name. */
export function leadsOff(word: string): boolean {
  return LEADING_WORDS.test(word) || LEADING_TAGS.test(lexiconTag(word)) || /^\p{Lu}\p{Ll}+ing$/u.test(word);
}

/** What may join two names inside one event's name: "Acme + Frobnicate Conference". */
const NAME_JOINERS = new Set([' + ', ' & ']);

/** "Red Hat Summit 2012", "OpenStack Summit Boston 2017", "FUDCon": series name plus year. Adds the event mention of chunk [a, b], if any. */
export function matchEvent(scan: Scan, [a, b]: [number, number]): void {
  const { tokens } = scan;
  if (matchHeadedEvent(scan, a, b)) return;
  for (let k = a; k <= b; k++) {
    const word = tokens[k]!.base;
    const suffixed = EVENT_WORD_SUFFIX.test(word) && !isCommonWord(word);
    const lex = scan.opts.lexicon.byForm.get(foldForm(word));
    if (!(suffixed || lex?.type === 'Event' || (EVENT_WORDS.test(word) && k > a))) continue;
    let from = a;
    while (from < k && leadsOff(tokens[from]!.text)) from++;
    // "Acme + Frobnicate Conference": two names joined by "+" or "&" head one event.
    if (from === a) from = joinedNamesStart(scan, from);
    if (from === k && EVENT_WORDS.test(word) && !suffixed && lex?.type !== 'Event') return;
    const last = k + (regionAfter(scan, k) ? 1 : 0);
    const series =
      scan.s.text.slice(tokens[from]!.start, tokens[k]!.start) +
      word.replace(/^(Summit)s$/, '$1') +
      scan.s.text.slice(tokens[k]!.end, tokens[last]!.end);
    add(scan, from, last, {
      type: 'Event',
      canonical: series,
      surface: series,
      confidence: 0.8,
      source: 'event-shape',
      year: yearAfter(scan, last),
    });
    return;
  }
}

/** The index of the last word of a two-word event head ("Release Party") starting at token k, else -1. */
export function eventHeadEnd(tokens: ReadonlyArray<{ text: string }>, k: number): number {
  const [first, second] = [tokens[k]?.text, tokens[k + 1]?.text];
  return EVENT_HEADS.some(([w1, w2]) => w1 === first && w2 === second) ? k + 1 : -1;
}

/** "Acme 3.0 Release Party", "Initech Open House CZ 2021": a series, maybe a version, and a two-word head. */
function matchHeadedEvent(scan: Scan, a: number, b: number): boolean {
  const { tokens } = scan;
  for (let k = a; k < b; k++) {
    const h = eventHeadEnd(tokens, k);
    if (h < 0) continue;
    let from = a;
    while (from < k && leadsOff(tokens[from]!.text)) from++;
    if (from === a && from === k) from = versionedSeriesStart(scan, a);
    if (from === k) return false;
    const last = h + (regionAfter(scan, h) ? 1 : 0);
    add(scan, from, last, {
      type: 'Event',
      canonical: '',
      surface: scan.s.text.slice(tokens[from]!.start, tokens[last]!.end),
      confidence: 0.8,
      source: 'event-shape',
      year: yearAfter(scan, last),
    });
    // "Initech Open House": the rules read the series too, a company or project names the gathering.
    for (let i = from; i < k; i++) scan.taken[i] = false;
    return true;
  }
  return false;
}

/** "Acme 3.0 Release Party": the capitalized series before a version that stands before the head at `k`, else k. */
function versionedSeriesStart(scan: Scan, k: number): number {
  const { tokens, s } = scan;
  const spaced = (i: number) => s.text.slice(tokens[i]!.end, tokens[i + 1]!.start) === ' ';
  const version = tokens[k - 1];
  if (!version || !/^\d+(\.\d+)*$/.test(version.text) || !spaced(k - 1)) return k;
  let i = k - 1;
  while (
    i > 0 &&
    spaced(i - 1) &&
    !scan.taken[i - 1] &&
    (isCapitalized(tokens[i - 1]!.text) || isCamelCase(tokens[i - 1]!.text))
  )
    i--;
  while (i < k - 1 && leadsOff(tokens[i]!.text)) i++;
  return i === k - 1 ? k : i;
}

/** "DjangoCon Europe", "KubeCon NA", "PyCon AU": a region, country or its code right after the series keeps to it; a city does not. */
function regionAfter(scan: Scan, k: number): boolean {
  const next = scan.tokens[k + 1];
  if (!next || scan.s.text.slice(scan.tokens[k]!.end, next.start) !== ' ' || scan.tokens[k]!.possessive) return false;
  const word = next.base;
  const known = scan.opts.lexicon.byForm.get(foldForm(word));
  // "Quux Days DE": a code the lexicon knows only as a place ("DE" is also Delaware) still keeps to the series.
  const code = /^[A-Z]{2,3}$/.test(word) && (!known || known.type === 'Place');
  return code || EVENT_REGIONS.has(word) || lexiconTag(word) === 'Country';
}

/** The first token of names joined to token `i` by "+" or "&" before it. */
function joinedNamesStart(scan: Scan, i: number): number {
  const { tokens } = scan;
  while (
    i > 0 &&
    NAME_JOINERS.has(scan.s.text.slice(tokens[i - 1]!.end, tokens[i]!.start)) &&
    !scan.taken[i - 1] &&
    (isCapitalized(tokens[i - 1]!.text) || isCamelCase(tokens[i - 1]!.text))
  )
    i--;
  return i;
}

function yearAfter(scan: Scan, k: number): number | undefined {
  for (let j = k + 1; j <= k + 3 && j < scan.tokens.length; j++) {
    const t = scan.tokens[j]!.text;
    if (/^(19|20)\d\d$/.test(t)) return Number(t);
    if (!isCapitalized(t)) return undefined;
  }
  return undefined;
}
