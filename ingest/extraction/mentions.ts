// Finds typed entity mentions in one sentence: lexicon phrases, event-shaped names, people,
// organizations and products from runs of capitals; word rules (word-rules.ts) do the rest.

import { foldAscii, foldForm } from '../../src/domain/name-fold.js';
import {
  isCommonWord,
  isDescriptiveWord,
  isFirstName,
  isLastName,
  isOrdinaryWord,
  lexiconTag,
} from '../document/nlp.js';
import { retypeByContext } from './context-types.js';
import {
  EVENT_REGIONS,
  EVENT_WORD_SUFFIX,
  EVENT_WORDS,
  NAME_ABBREVIATIONS,
  NAME_ONLY_SUFFIXES,
  NAME_PARTICLES,
  NOT_NAME_WORDS,
  ORG_HEADS,
  ORG_SUFFIXES,
  PRODUCT_HEADS,
  ROLE_WORDS,
  speakerVerbAfter,
  TALK_NOUNS,
} from './cues.js';
import { isEnglishWord } from './knowledge/data-packages.js';
import { acceptKnownName } from './known-names.js';
import type { LexiconEntry } from './lexicon.js';
import { linkCue } from './link-cues.js';
import { isCodeIdentifier, isNoise, takeAddresses } from './noise.js';
import { add, type DetectOptions, inTitle, linkAt, type Mention, type Scan, type SentenceInput } from './scan.js';
import { isAllCaps, isCamelCase, isCapitalized, type Token, tokenize } from './tokens.js';
import { AFFIXED, classifyWords, matchLowerShape, tiedToPerson } from './word-rules.js';

export type { DetectOptions, Mention, SentenceInput } from './scan.js';

/** Finds mentions in `s`; overlapping candidates are resolved by rule order (first wins). */
export function findMentions(s: SentenceInput, opts: DetectOptions): Mention[] {
  const tokens = tokenize(s.text);
  const scan: Scan = { s, tokens, taken: tokens.map(() => false), mentions: [], opts, titles: titleSpans(s, tokens) };
  takeAddresses(s.text, tokens, scan.taken);
  const chunks = capitalChunks(s.text, tokens);
  for (const chunk of chunks) matchEvent(scan, chunk);
  matchLexicon(scan);
  for (const chunk of chunks) classifyChunk(scan, chunk);
  for (let i = 0; i < tokens.length; i++)
    if (!scan.taken[i] && (!isCapitalized(tokens[i]!.text) || AFFIXED.test(tokens[i]!.base))) matchLowerShape(scan, i);
  retypeByContext(s.text, scan.mentions);
  namedTeams(scan);
  return scan.mentions.filter((m) => !isNoise(m) && !isCodeIdentifier(m, s.code)).sort((a, b) => a.start - b.start);
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
  for (const l of s.links) if (l.text.split(/\s+/).length >= 4) spans.push([l.start, l.end]);
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

/** Words that open a sentence or a phrase without being part of the event's name. */
const LEADING_WORDS =
  /^(The|A|An|This|That|These|Next|Last|First|Our|My|Their|Its|Every|Each|At|In|During|After|Before)$/;

/** Function words that open a phrase before an event's name: "For PyCon", "Attending DjangoCon", "Until Acme Days". */
const LEADING_TAGS = /^(Preposition|Determiner|Conjunction|Pronoun|Possessive|Gerund|Adverb)$/;

/** "For PyCon 2015 we ...": a word capitalized only by its place (a function word), not a word of an event's name. */
export function leadsOff(word: string): boolean {
  return LEADING_WORDS.test(word) || LEADING_TAGS.test(lexiconTag(word)) || /^\p{Lu}\p{Ll}+ing$/u.test(word);
}

/** "Red Hat Summit 2012", "OpenStack Summit Boston 2017", "FUDCon": series name plus year. */
/** What may join two names inside one event's name: "Acme + Frobnicate Conference". */
const NAME_JOINERS = new Set([' + ', ' & ']);

function matchEvent(scan: Scan, [a, b]: [number, number]): void {
  const { tokens } = scan;
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

/** "DjangoCon Europe", "KubeCon NA", "PyCon AU": a region, country or its code right after the series keeps to it; a city does not. */
function regionAfter(scan: Scan, k: number): boolean {
  const next = scan.tokens[k + 1];
  if (!next || scan.s.text.slice(scan.tokens[k]!.end, next.start) !== ' ' || scan.tokens[k]!.possessive) return false;
  const word = next.base;
  const code = /^[A-Z]{2,3}$/.test(word) && !scan.opts.lexicon.byForm.has(foldForm(word));
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

/** "the Go team", "the Acme tools team": a named team is an organization. */
function namedTeams(scan: Scan): void {
  for (const m of scan.mentions) {
    if (m.type !== 'Project' && m.type !== 'Organization') continue;
    const team = /^\s+(?:[a-z]+\s+)?[Tt]eam\b/.exec(scan.s.text.slice(m.end));
    if (!team || m.possessive) continue;
    m.type = 'Organization';
    m.end += team[0].length;
    m.surface = scan.s.text.slice(m.start, m.end);
    m.canonical = m.surface;
    m.source = 'team';
  }
}

/** No name of interest is longer than this many words. */
const MAX_NAME_WORDS = 6;

/** Longest lexicon phrases first; a lower-case common word ("puppet") is not a name. */
function matchLexicon(scan: Scan): void {
  const { tokens, opts } = scan;
  for (let i = 0; i < tokens.length; i++) {
    if (scan.taken[i]) continue;
    for (let n = Math.min(opts.lexicon.maxWords, MAX_NAME_WORDS, tokens.length - i); n >= 1; n--) {
      if (scan.taken.slice(i, i + n).some(Boolean)) continue;
      const surface = scan.s.text.slice(tokens[i]!.start, tokens[i + n - 1]!.start) + tokens[i + n - 1]!.base;
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
  // "x86" inside "x86_64" is not a match: the lexicon matches whole tokens only, so this holds.
  // A capitalized lexicon word that opens a longer name ("Linux Foundation") yields to that name.
  // A known word that opens a longer organization name ("OpenStack Security Team") yields to it.
  const ahead = scan.tokens.slice(i + n, i + n + 3);
  for (let k = 0; k < ahead.length; k++) {
    const t = ahead[k]!;
    const prev = scan.tokens[i + n + k - 1]!;
    if (!isCapitalized(t.text) || scan.s.text.slice(prev.end, t.start) !== ' ' || prev.possessive) break;
    if (entry.type !== 'Organization' && ORG_SUFFIXES.test(t.text)) return false;
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
  while (a <= b && tokens[a]!.start === 0 && sentenceOpener(tokens[a]!.text)) a++;
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

/** "Googler", "Quuxers": a known organization's name made a noun for its people ("the Googler Ana Lima"). */
function isMemberWord(scan: Scan, word: string): boolean {
  if (!/^\p{Lu}\p{L}+rs?$/u.test(word)) return false;
  const stem = word.replace(/s$/, '').slice(0, -1);
  return [stem, stem.replace(/e$/, '')].some(
    (org) => scan.opts.lexicon.byForm.get(foldForm(org))?.type === 'Organization',
  );
}

/** A word capitalized only because it opens the sentence: "The", "Still", "Finally". */
function sentenceOpener(word: string): boolean {
  if (isFirstName(word)) return false;
  return isCommonWord(word) || (/ly$/.test(word) && isOrdinaryWord(word.toLowerCase()));
}

/** "a group called Alter Ego": the words after "called" name an organization. */
function matchCalled(scan: Scan, a: number, b: number): boolean {
  const before = scan.s.text.slice(0, scan.tokens[a]!.start);
  if (
    !/\b(group|band|company|startup|firm|vendor|organization|non-?profit|agency|team|collective)\s+(called|named)\s+$/i.test(
      before,
    )
  )
    return false;
  add(scan, a, b, { type: 'Organization', canonical: '', confidence: 0.7, source: 'called' });
  return true;
}

/** "Microsoft's Hosted Exchange", "Rackspace's Barreleye": a company's named product. */
function matchOrgProduct(scan: Scan, a: number, b: number): boolean {
  const t = scan.tokens[a]!;
  const owner = scan.mentions.find(
    (m) => m.possessive && m.type === 'Organization' && /^['’]?s?\s$/.test(scan.s.text.slice(m.end, t.start)),
  );
  if (!owner || b - a > 2 || scan.tokens.slice(a, b + 1).some((w) => isCommonWord(w.text) && a === b)) return false;
  // "Acme's Michael Lind" is the company's person, not its product.
  if (b > a && isFirstName(t.text)) return false;
  add(scan, a, b, { type: 'Project', canonical: '', confidence: 0.6, source: 'org-product' });
  return true;
}

/** "OpenStack Security Team", "University of California San Diego", "OpenPOWER foundation". */
function matchOrganization(scan: Scan, a: number, b: number): boolean {
  const { tokens } = scan;
  const next = tokens[b + 1];
  const lowerSuffix =
    next &&
    /^(foundation|team|project|community)$/.test(next.text) &&
    scan.s.text.slice(tokens[b]!.end, next.start) === ' ';
  let end = lowerSuffix ? b + 1 : b;
  if (!lowerSuffix) {
    // "OpenStack Security Team Update": the name ends at its suffix word.
    const k = tokens.slice(a + 1, b + 1).findIndex((t) => ORG_SUFFIXES.test(t.base) && isCapitalized(t.text));
    if (k >= 0) end = a + 1 + k;
  }
  const hasSuffix = ORG_SUFFIXES.test(tokens[end]!.base) || ORG_HEADS.test(tokens[a]!.text);
  if (!hasSuffix || end === a) return false;
  // "Zentrik Inc." keeps its dot: the abbreviation is part of the name, not the sentence's end.
  const dotted = /^(Inc|Corp|Ltd|Co)$/.test(tokens[end]!.text) && scan.s.text[tokens[end]!.end] === '.';
  add(scan, a, end, {
    type: 'Organization',
    canonical: '',
    confidence: 0.75,
    source: 'org-shape',
    ...(dotted ? { surface: `${scan.s.text.slice(tokens[a]!.start, tokens[end]!.end)}.` } : {}),
  });
  return true;
}

/** Two to four name-shaped words: a known first name, a profile link, a surname, or a speaker verb after. */
function matchPerson(scan: Scan, a: number, b: number, chunkStart: number): boolean {
  const { tokens } = scan;
  const words = tokens.slice(a, b + 1);
  if (words.length < 2 || words.length > 4) return false;
  if (!words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w.text) || NAME_PARTICLES.has(w.text))) return false;
  if (words.some((w) => NOT_NAME_WORDS.test(w.base) || isAllCaps(w.base))) return false;
  const link = linkAt(scan, a, b);
  const cue = link
    ? linkCue(scan.s.text.slice(words[0]!.start, words.at(-1)!.start) + words.at(-1)!.base, link.url)
    : null;
  // Particles are names' own words, not English ones: "Dirk-Peter van Leeuwen".
  const rest = words.slice(1).filter((w) => !NAME_PARTICLES.has(w.text));
  let confidence = 0;
  if (isFirstName(words[0]!.text)) confidence = 0.9;
  else if (cue === 'person' && !words.some((w) => isCommonWord(w.text))) confidence = 0.85;
  else if (isGivenName(scan, words[0]!.text) && !rest.some((w) => isCommonWord(w.base))) confidence = 0.8;
  else if (inNameSlot(scan, a, b) && !words.some((w) => isCommonWord(w.base))) confidence = 0.75;
  // "[Dean Ortiz](https://twitter.com/dortiz)", "by Mat Ryer", "CEO Jan Pleskač": a given name that is
  // also an English word, where a profile link, a layout slot or a role says a name stands.
  else if (
    (cue === 'person' || inNameSlot(scan, a, b) || afterRole(scan, a)) &&
    knownGivenWord(scan, words[0]!.text) &&
    !rest.some((w) => isCommonWord(w.base))
  )
    confidence = 0.75;
  else if (isLastName(words.at(-1)!.base) && !isCommonWord(words[0]!.text)) confidence = 0.7;
  else if ((speakerVerbAfter(scan, b) || possessiveTalkAfter(scan, b)) && !words.some((w) => isCommonWord(w.text)))
    confidence = 0.6;
  else if (joinedToPerson(scan, a) && !isCommonWord(words[0]!.text)) confidence = 0.6;
  else if (talkNounBefore(scan, a) && !words.some((w) => isCommonWord(w.base))) confidence = 0.6;
  // "Magnus Berg from Quux Linpro talked": what a person is from is their organization, unless a given name says
  // otherwise; "Karl Obi, Quux Linpro" closing a speaker's line too, unless a given name of the packages opens it.
  if ((confidence < 0.9 && tiedToPerson(scan, a)) || (confidence < 0.8 && tiedToPerson(scan, a, b))) return false;
  if (
    confidence === 0 ||
    (scan.s.heading && !link && !words.at(-1)!.possessive && confidence < 0.9 && !inNameSlot(scan, a, b))
  )
    return false;
  if (cue === 'project') return false;
  void chunkStart;
  add(scan, a, b, { type: 'Person', canonical: '', confidence, source: 'name', ...(link ? { url: link.url } : {}) });
  return true;
}

/** "Sameer", "Björn": a given name of any language the packages know that is no English word or known name. */
function isGivenName(scan: Scan, word: string): boolean {
  // "Dirk-Peter": a hyphenated given name is known by its first part.
  const first = word.includes('-') ? word.split('-')[0]! : word;
  // A city may carry a given name ("Santiago"); a brand or a hand-listed name may not.
  const known = scan.opts.lexicon.byForm.get(foldForm(word));
  return (
    scan.opts.lexicon.personWords.has(foldAscii(first)) &&
    !isCommonWord(first) &&
    !isEnglishWord(first) &&
    (!known || known.origin === 'places')
  );
}

/** "CEO Jan Pleskač": a role word right before the words puts them in a name's place. */
function afterRole(scan: Scan, a: number): boolean {
  const role = scan.tokens[a - 1];
  return Boolean(
    role &&
      ROLE_WORDS.test(role.base) &&
      !role.possessive &&
      scan.s.text.slice(role.end, scan.tokens[a]!.start) === ' ',
  );
}

/** A given name of the packages even when it is also an English word ("Jan", "Peer"). */
function knownGivenWord(scan: Scan, word: string): boolean {
  return scan.opts.lexicon.personWords.has(foldAscii(word.split('-')[0]!));
}

/**
 * Where a line's layout puts a speaker's name: "Title — Ana Lima (video)", "Title, by Ana
 * Lima", "Ana Lima: Title", "Speaker: Ana Lima". Only in list items, headings and short lines.
 */
function inNameSlot(scan: Scan, a: number, b: number): boolean {
  if (!scan.s.layout) return false;
  const before = scan.s.text.slice(0, scan.tokens[a]!.start);
  const after = scan.s.text.slice(scan.tokens[b]!.end);
  const opens = NAME_SLOT_BEFORE.some((re) => re.test(before));
  return opens && NAME_SLOT_AFTER.some((re) => re.test(after));
}

/** What may stand before a name in a layout slot (see inNameSlot). */
const NAME_SLOT_BEFORE = [
  /^\s*$/,
  /\s[—–-]\s*$/,
  /[—–]\s*$/,
  /(^|[\s,])(by|with|from)\s+$/i,
  /^\s*(speakers?|presenters?|presented by|hosts?|panelists?|moderators?)\s*[:—–-]\s*$/i,
  /,\s*$/,
];

/** What may follow a name in a layout slot: the line's end, "(", ",", ":", a dash, "and". */
const NAME_SLOT_AFTER = [/^\s*$/, /^\s*[(,:;[]/, /^\s+[—–-]\s/, /^\s*[—–]/, /^\s+(and|&)\s/];

/** "from Tara Singh and Leo Park": a name coordinated with a person is a person. */
function joinedToPerson(scan: Scan, a: number): boolean {
  const start = scan.tokens[a]!.start;
  return scan.mentions.some(
    (m) =>
      m.type === 'Person' && m.end <= start && /^\s*(\([^)]*\))?\s*(and|&|,)\s*$/.test(scan.s.text.slice(m.end, start)),
  );
}

/** "Quux Data's Ana Lima will present": several words owning the person named next are an organization. */
function matchOwner(scan: Scan, a: number, b: number): boolean {
  const { tokens } = scan;
  const next = tokens[b + 1];
  if (
    !tokens[b]!.possessive ||
    !next ||
    !isFirstName(next.text) ||
    scan.s.text.slice(tokens[b]!.end, next.start) !== ' '
  )
    return false;
  const words = tokens.slice(a, b + 1);
  if (isCommonWord(words[0]!.text) || words.some((w) => isFirstName(w.base))) return false;
  add(scan, a, b, { type: 'Organization', canonical: '', confidence: 0.6, source: 'owner' });
  return true;
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

/** "keynotes from Arjun Mehta", "a talk by Chen Wei": a talk noun, then "by" or "from", then the words. */
function talkNounBefore(scan: Scan, a: number): boolean {
  const by = scan.tokens[a - 1]?.text.toLowerCase() ?? '';
  if (by !== 'by' && by !== 'from') return false;
  return scan.tokens.slice(Math.max(0, a - 4), a - 1).some((t) => TALK_NOUNS.has(t.text.toLowerCase()));
}

/** "Chen Wei's presentation": a possessive name owning a talk. */
function possessiveTalkAfter(scan: Scan, b: number): boolean {
  return scan.tokens[b]!.possessive && TALK_NOUNS.has(scan.tokens[b + 1]?.text.toLowerCase() ?? '');
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
  const productHead = words.length > 1 && PRODUCT_HEADS.test(words.at(-1)!.text) && !isCommonWord(words[0]!.text);
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
