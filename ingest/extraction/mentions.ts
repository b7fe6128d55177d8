// Finds typed entity mentions in one sentence: lexicon phrases, event-shaped names, people,
// organizations and products from runs of capitals; word rules (word-rules.ts) do the rest.

import { foldForm, isPlainAscii } from '../../src/domain/name-fold.js';
import { isCommonWord, isDescriptiveWord, isFirstName, isOrdinaryWord, lexiconTag } from '../document/nlp.js';
import { retypeByContext } from './context-types.js';
import {
  EVENT_WORDS,
  NAME_ABBREVIATIONS,
  NAME_ONLY_SUFFIXES,
  NAME_PARTICLES,
  NOT_NAME_WORDS,
  ORG_SUFFIXES,
  PRODUCT_HEADS,
  ROLE_WORDS,
} from './cues.js';
import { leadsOff, matchEvent } from './event-shapes.js';
import { matchKindHeads, matchMadeThings } from './kind-heads.js';
import { matchKindLists } from './kind-lists.js';
import { acceptKnownName } from './known-names.js';
import { type LexiconEntry, phraseFirstWords } from './lexicon.js';
import { matchListItems } from './list-shapes.js';
import { isCodeIdentifier, isNoise, takeAddresses, takeLicenseLinks } from './noise.js';
import {
  isMemberWord,
  matchCalled,
  matchOrganization,
  matchOrgProduct,
  matchOwner,
  namedTeams,
} from './organization-shapes.js';
import { matchPathLinks } from './path-names.js';
import { givenNameBeforeWho, isGivenName, matchPerson } from './person-names.js';
import { add, type DetectOptions, inTitle, linkAt, type Mention, type Scan, type SentenceInput } from './scan.js';
import { isAllCaps, isCamelCase, isCapitalized, type Token, tokenize } from './tokens.js';
import { matchVersionedNames, noteVersions } from './version-shapes.js';
import { AFFIXED, classifyWords, matchLowerShape, tiedToPerson } from './word-rules.js';

export type { DetectOptions, Mention, SentenceInput } from './scan.js';

/** Finds mentions in `s`; overlapping candidates are resolved by rule order (first wins). */
export function findMentions(s: SentenceInput, opts: DetectOptions): Mention[] {
  const tokens = tokenize(s.text);
  const scan: Scan = { s, tokens, taken: tokens.map(() => false), mentions: [], opts, titles: titleSpans(s, tokens) };
  takeAddresses(s.text, tokens, scan.taken);
  takeLicenseLinks(s.links, tokens, scan.taken);
  const chunks = capitalChunks(s.text, tokens);
  for (const chunk of chunks) matchEvent(scan, chunk);
  matchLexicon(scan);
  matchVersionedNames(scan, chunks);
  matchKindLists(scan, chunks);
  matchKindHeads(scan);
  matchMadeThings(scan);
  matchPathLinks(scan);
  for (const chunk of chunks) classifyChunk(scan, chunk);
  for (let i = 0; i < tokens.length; i++)
    if (!scan.taken[i] && (!isCapitalized(tokens[i]!.text) || AFFIXED.test(tokens[i]!.base))) matchLowerShape(scan, i);
  matchListItems(scan, chunks);
  retypeByContext(s.text, scan.mentions);
  namedTeams(scan);
  const kept = scan.mentions.filter((m) => !isNoise(m, s.text) && !isCodeIdentifier(m, s.code));
  noteVersions(s.text, kept);
  return kept.sort((a, b) => a.start - b.start);
}

/** Names that take "of" inside them: "University of California", "Bank of America". */
const OF_HEADS =
  /^(University|Universidad|Universidade|Université|Institute|Instituto|Institut|Bank|College|School|Department|Ministry|Museum|Academy|Office|Republic|United|State|Church|Society|Federation|Association)$/;

/** Runs of capitalized tokens joined by single spaces ("Mark St. Laurent", "University of California"). */
function capitalChunks(text: string, tokens: Token[]): Array<[number, number]> {
  const chunks: Array<[number, number]> = [];
  let start = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const cap = isCapitalized(t.text) || isCamelCase(t.text);
    const prev = tokens[i - 1];
    const gap = prev ? text.slice(prev.end, t.start) : '';
    const joined = prev && (gap === ' ' || (gap === '. ' && NAME_ABBREVIATIONS.test(prev.text)));
    const particle =
      NAME_PARTICLES.has(t.text) &&
      start >= 0 &&
      isCapitalized(tokens[i + 1]?.text ?? '') &&
      text.slice(t.end, tokens[i + 1]!.start) === ' ' &&
      (t.text !== 'of' || OF_HEADS.test(tokens[start]!.text));
    if (start >= 0 && (!joined || prev!.possessive || !(cap || particle))) {
      chunks.push([start, i - 1]);
      start = -1;
    }
    if (start < 0 && cap) start = i;
  }
  if (start >= 0) chunks.push([start, tokens.length - 1]);
  return chunks.map(([a, b]) => (NAME_PARTICLES.has(tokens[b]!.text) ? [a, b - 1] : [a, b]) as [number, number]);
}

/** Quoted text and long link anchors are talk titles: only single names are read inside them. */
function titleSpans(s: SentenceInput, tokens: Token[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of s.text.matchAll(/["“]([^"”]{12,})["”]/g)) spans.push([m.index, m.index + m[0].length]);
  // A long link anchor is a title when it opens like one: "[Scaling Quuxdb for Fun]", not "[the cuddle Quux Code project]".
  // An anchor that is one organization's name is no title either: "[Quux Technology User Group]".
  for (const l of s.links) {
    const words = l.text.trim().split(/\s+/);
    const orgName = words.every((w) => isCapitalized(w)) && ORG_SUFFIXES.test(words.at(-1)!);
    if (words.length >= 4 && /^\P{Ll}/u.test(words[0]!) && !orgName) spans.push([l.start, l.end]);
  }
  // "Calista Redmond's OpenPower Revolution in the Datacenter": a title after a possessive name.
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1]!;
    if (
      t.possessive &&
      isCapitalized(next.text) &&
      isFirstName(tokens[i - 1]?.text ?? t.base) &&
      s.text.slice(t.end, next.start) === ' '
    ) {
      const stop = s.text.slice(next.start).search(/[.,;:!?]|\s(?:and|but|which|that)\s/);
      spans.push([next.start, stop < 0 ? s.text.length : next.start + stop]);
    }
  }
  return spans;
}

/**
 * Whether a phrase starting at `start` may be a lexicon form of several words: its first word
 * (up to the first white space, lower-cased) opens one. Text that is not plain ASCII is always
 * tried, since folding it (NFKC, curly quotes) can change its first word.
 */
function mayOpenPhrase(text: string, start: number, firstWords: Set<string>): boolean {
  WHITE_SPACE.lastIndex = start;
  const space = WHITE_SPACE.exec(text);
  const head = text.slice(start, space ? space.index : text.length);
  return !isPlainAscii(head) || firstWords.has(head.toLowerCase());
}

const WHITE_SPACE = /\s/g;

function anyTaken(scan: Scan, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (scan.taken[k]) return true;
  return false;
}

/** No name of interest is longer than this many words. */
const MAX_NAME_WORDS = 6;

/** Longest lexicon phrases first; a lower-case common word ("puppet") is not a name. */
function matchLexicon(scan: Scan): void {
  const { tokens, opts } = scan;
  const firstWords = phraseFirstWords(opts.lexicon);
  for (let i = 0; i < tokens.length; i++) {
    if (scan.taken[i]) continue;
    const phrases = mayOpenPhrase(scan.s.text, tokens[i]!.start, firstWords);
    for (let n = Math.min(opts.lexicon.maxWords, MAX_NAME_WORDS, tokens.length - i); n >= 1; n--) {
      if (anyTaken(scan, i, i + n - 1)) continue;
      const surface = scan.s.text.slice(tokens[i]!.start, tokens[i + n - 1]!.start) + tokens[i + n - 1]!.base;
      if (!phrases && /\s/.test(surface)) continue;
      const entry = opts.lexicon.byForm.get(foldForm(surface));
      if (!entry || !acceptLexicon(scan, i, n, surface, entry)) continue;
      const product = productWords(scan, i + n, entry);
      if (product > 0) {
        const last = i + n - 1 + product;
        add(scan, i, last, { type: 'Project', canonical: '', confidence: 0.65, source: 'product-shape' });
        scan.mentions.at(-1)!.canonical = scan.mentions.at(-1)!.surface;
        break;
      }
      const url = linkAt(scan, i, i + n - 1)?.url;
      add(scan, i, i + n - 1, {
        type: entry.type,
        canonical: entry.canonical,
        confidence: entry.origin === 'hand' ? 0.9 : 0.7,
        source: entry.origin === 'hand' ? 'lexicon' : 'known-name',
        ...(url ? { url } : {}),
      });
      break;
    }
  }
}

/**
 * "VMWare Fusion", "Parallels Desktop", "Xen Client Initiative": a known company or project
 * followed by one or two plain capitalized words that end the name is a product of its own.
 * Returns how many words the product adds (0 when it is not one).
 */
function productWords(scan: Scan, k: number, head: LexiconEntry): number {
  if ((head.type !== 'Project' && head.type !== 'Organization') || scan.s.heading) return 0;
  const { tokens, s } = scan;
  let n = 0;
  while (n < 2) {
    const t = tokens[k + n];
    const prev = tokens[k + n - 1]!;
    if (!t || prev.possessive || s.text.slice(prev.end, t.start) !== ' ' || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) break;
    if (
      scan.opts.lexicon.byForm.has(foldForm(t.text)) ||
      isFirstName(t.text) ||
      EVENT_WORDS.test(t.text) ||
      ORG_SUFFIXES.test(t.text)
    )
      return 0;
    if (
      /s$/.test(t.text) ||
      (NOT_NAME_WORDS.test(t.text) && !PRODUCT_HEADS.test(t.text)) ||
      NAME_ONLY_SUFFIXES.test(t.text) ||
      (isDescriptiveWord(t.text) && !PRODUCT_HEADS.test(t.text)) ||
      scan.opts.lexicon.generic.has(foldForm(t.text))
    )
      return 0;
    n++;
  }
  if (n === 0) return 0;
  const after = tokens[k + n];
  // "Acme Summer of Code": the name goes on through "of" and one capitalized word.
  const of = after?.text === 'of' ? tokens[k + n + 1] : undefined;
  if (of && /^\p{Lu}\p{Ll}+$/u.test(of.text) && !tokens[k + n + 2]?.text.match(/^\p{Lu}/u)) n += 2;
  else if (after && isCapitalized(after.text) && s.text.slice(tokens[k + n - 1]!.end, after.start) === ' ') return 0;
  if (inTitle(scan, tokens[k]!.start, tokens[k + n - 1]!.end)) return 0;
  return n;
}

/** Token `p` is a capitalized word joined to the next one, no known name or function word of its own. */
function endsLongerName(scan: Scan, p: number): boolean {
  const prev = scan.tokens[p]!;
  return (
    isCapitalized(prev.text) &&
    !isAllCaps(prev.text) &&
    !prev.possessive &&
    !scan.taken[p] &&
    scan.s.text.slice(prev.end, scan.tokens[p + 1]!.start) === ' ' &&
    !isCommonWord(prev.text) &&
    !leadsOff(prev.text) &&
    !scan.opts.lexicon.byForm.has(foldForm(prev.text))
  );
}

function acceptLexicon(scan: Scan, i: number, n: number, surface: string, entry: LexiconEntry): boolean {
  if (scan.opts.lexicon.generic.has(foldForm(surface))) return false;
  if (entry.origin !== 'hand' && !acceptKnownName(scan, i, n, surface, entry)) return false;
  // An acronym in the lexicon ("NIST", "GE") only matches in capitals: "Pauline Nist" is a name.
  if (/^[A-Z0-9&]+$/.test(entry.canonical) && !entry.forms.includes(surface) && surface !== surface.toUpperCase())
    return false;
  const lower = surface === surface.toLowerCase();
  if (lower && n === 1 && isCommonWord(surface)) return false;
  // "Quinn Slack": one capitalized known word right after a first name is a surname.
  const prev = scan.tokens[i - 1];
  if (
    n === 1 &&
    entry.type !== 'Person' &&
    prev &&
    isFirstName(prev.text) &&
    !prev.possessive &&
    !scan.taken[i - 1] &&
    scan.s.text.slice(prev.end, scan.tokens[i]!.start) === ' ' &&
    !isAllCaps(surface)
  )
    return false;
  // "Tropic Square": a known name that is one English word, after a capitalized word of the same run, ends a longer name.
  if (n === 1 && prev && isCommonWord(surface) && endsLongerName(scan, i - 1)) return false;
  // "x86" inside "x86_64" is not a match: the lexicon matches whole tokens only, so this holds.
  // A capitalized lexicon word that opens a longer name ("Linux Foundation") yields to that name.
  // A known word that opens a longer organization name ("OpenStack Security Team") yields to it.
  // An organization yields only to a longer body two words on or more: "Quux Developer User Group".
  const ahead = scan.tokens.slice(i + n, i + n + 4);
  for (let k = 0; k < ahead.length; k++) {
    const t = ahead[k]!;
    const prev = scan.tokens[i + n + k - 1]!;
    if (!isCapitalized(t.text) || scan.s.text.slice(prev.end, t.start) !== ' ' || prev.possessive) break;
    if ((entry.type !== 'Organization' || k >= 2) && ORG_SUFFIXES.test(t.text)) return false;
  }
  return true;
}

/** Person, organization, project or place from a run of capitalized words not yet taken. */
function classifyChunk(scan: Scan, [a, b]: [number, number]): void {
  let seg = -1;
  for (let i = a; i <= b + 1; i++) {
    const free = i <= b && !scan.taken[i] && !AFFIXED.test(scan.tokens[i]!.base);
    if (free && seg < 0) seg = i;
    if (!free && seg >= 0) {
      classifySegment(scan, seg, i - 1, a);
      seg = -1;
    }
  }
}

function classifySegment(scan: Scan, a: number, b: number, chunkStart: number): void {
  const { tokens } = scan;
  // Sentence-initial ordinary words are capitalized only by position: "The", "Still"; a role
  // before a name is no part of it: "CEO Dirk-Peter van Leeuwen".
  while (a <= b && tokens[a]!.start === 0 && sentenceOpener(tokens[a]!.text) && !givenNameBeforeWho(scan, a, b)) a++;
  while (a < b && (ROLE_WORDS.test(tokens[a]!.base) || isMemberWord(scan, tokens[a]!.base))) a++;
  // "Release Manager Lubos Kocman": ordinary words before a given name and a surname are a title.
  const given = tokens.findIndex((t, i) => i > a && i < b && (isFirstName(t.text) || isGivenName(scan, t.text)));
  if (given > a && tokens.slice(a, given).every((t) => isCommonWord(t.base))) a = given;
  if (a > b) return;
  if (inTitle(scan, tokens[a]!.start, tokens[b]!.end)) {
    // "[Jon Masters' demonstration of ...]", "[Q&A with Edward Snowden]": full names still count.
    if (isFirstName(tokens[a]!.text) && matchPerson(scan, a, b, chunkStart)) return;
    return classifyWords(scan, a, b);
  }
  if (matchCalled(scan, a, b) || matchOrgProduct(scan, a, b)) return;
  if (matchOrganization(scan, a, b)) {
    // "Frobnicate Labs CEO Petra Lind": the words after the organization's name are read on their own.
    const rest = scan.taken.findIndex((t, i) => i > a && i <= b && !t);
    if (rest > a) classifySegment(scan, rest, b, chunkStart);
    return;
  }
  if (b > a && matchOwner(scan, a, b)) return;
  if (matchPerson(scan, a, b, chunkStart)) return;
  if (b > a && matchTiedOrganization(scan, a, b)) return;
  if (b > a && matchProductChunk(scan, a, b)) return;
  if (matchPlace(scan, a, b)) return;
  classifyWords(scan, a, b);
}

/** A word capitalized only because it opens the sentence: "The", "Still", "Finally". */
function sentenceOpener(word: string): boolean {
  if (isFirstName(word)) return false;
  return isCommonWord(word) || (/ly$/.test(word) && isOrdinaryWord(word.toLowerCase()));
}

/** "Magnus Berg from Quux Linpro": several words a person is from name one organization (or a place). */
function matchTiedOrganization(scan: Scan, a: number, b: number): boolean {
  const words = scan.tokens.slice(a, b + 1);
  if (!tiedToPerson(scan, a, b)) return false;
  if (matchPlace(scan, a, b)) return true;
  if (words.some((w) => isCommonWord(w.base) || isFirstName(w.text))) return false;
  add(scan, a, b, { type: 'Organization', canonical: '', confidence: 0.6, source: 'person-tie' });
  return true;
}

/** "Xen Cloud Platform", "VMWare Fusion", "Open vSwitch": a known or tech-shaped word leading a short name. */
function matchProductChunk(scan: Scan, a: number, b: number): boolean {
  const { tokens } = scan;
  if (b - a > 2) return false;
  const words = tokens.slice(a, b + 1);
  const head = scan.opts.lexicon.byForm.get(foldForm(words[0]!.text));
  const shaped = words.some((w) => isCamelCase(w.base) && !/^(Mc|Mac|De|Di|La|Le|Van)\p{Lu}/u.test(w.base));
  const headKnown = head && (head.type === 'Project' || head.type === 'Organization');
  // "App Engine", "Frobnix Server": two or three names ending in a product's head word.
  const productHead = words.length > 1 && PRODUCT_HEADS.test(words.at(-1)!.base) && !isCommonWord(words[0]!.text);
  if (productHead) return addProduct(scan, a, b);
  if (!headKnown && !shaped) return false;
  if (words.slice(1).some((w) => isFirstName(w.text) || EVENT_WORDS.test(w.text) || isAllCaps(w.base))) return false;
  if (!headKnown && !isCamelCase(words.at(-1)!.base) && words.length > 1 && !isCamelCase(words[0]!.base)) return false;
  return addProduct(scan, a, b);
}

function addProduct(scan: Scan, a: number, b: number): boolean {
  const url = linkAt(scan, a, b)?.url;
  add(scan, a, b, {
    type: 'Project',
    canonical: '',
    confidence: 0.6,
    source: 'product-shape',
    ...(url ? { url } : {}),
  });
  return true;
}

/** Words compromise knows as cities, regions and countries: "San Jose, California". */
function matchPlace(scan: Scan, a: number, b: number): boolean {
  const words = scan.tokens.slice(a, b + 1);
  const placeLike = (w: Token) => /^(City|Country|Region|Place)$/.test(lexiconTag(w.base));
  if (!placeLike(words.at(-1)!) && !(words.length === 1 && placeLike(words[0]!))) return false;
  if (words.some((w) => isCommonWord(w.text) && !placeLike(w))) return false;
  add(scan, a, b, { type: 'Place', canonical: '', confidence: 0.6, source: 'place' });
  return true;
}
