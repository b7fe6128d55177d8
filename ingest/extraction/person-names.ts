// People from runs of capitalized words: a known first name, a profile link, a surname, a
// layout slot or a speaker verb after the words says a person is named.

import { foldAscii, foldForm } from '../../src/domain/name-fold.js';
import { isCommonWord, isFirstName, isLastName } from '../document/nlp.js';
import { NAME_PARTICLES, NOT_NAME_WORDS, ROLE_WORDS, speakerVerbAfter, TALK_NOUNS } from './cues.js';
import { isEnglishWord } from './knowledge/data-packages.js';
import { linkCue } from './link-cues.js';
import { add, linkAt, type Scan } from './scan.js';
import { isAllCaps } from './tokens.js';
import { tiedToPerson } from './word-rules.js';

/** Two to four name-shaped words: a known first name, a profile link, a surname, or a speaker verb after. */
export function matchPerson(scan: Scan, a: number, b: number, chunkStart: number): boolean {
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
    (cue === 'person' || inNameSlot(scan, a, b) || afterRole(scan, a) || whoAfter(scan, b)) &&
    knownGivenWord(scan, words[0]!.text) &&
    !rest.some((w) => isCommonWord(w.base))
  )
    confidence = 0.75;
  else if (isLastName(words.at(-1)!.base) && !isCommonWord(words[0]!.text)) confidence = 0.7;
  else if (
    (speakerVerbAfter(scan, b) || possessiveTalkAfter(scan, b) || whoAfter(scan, b)) &&
    !words.some((w) => isCommonWord(w.text))
  )
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
export function isGivenName(scan: Scan, word: string): boolean {
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

/** What may follow a name in a layout slot: the line's end (a full stop too), "(", ",", ":", a dash, "and". */
const NAME_SLOT_AFTER = [/^\s*$/, /^\.\s*(\(|$)/, /^\s*[(,:;[]/, /^\s+[—–-]\s/, /^\s*[—–]/, /^\s+(and|&)\s/];

/** "from Tara Singh and Leo Park": a name coordinated with a person is a person. */
function joinedToPerson(scan: Scan, a: number): boolean {
  const start = scan.tokens[a]!.start;
  return scan.mentions.some(
    (m) =>
      m.type === 'Person' && m.end <= start && /^\s*(\([^)]*\))?\s*(and|&|,)\s*$/.test(scan.s.text.slice(m.end, start)),
  );
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

/** "Peer Quist, who founded Quux, ...": a relative "who" says a person was named. */
function whoAfter(scan: Scan, b: number): boolean {
  const next = scan.tokens[b + 1];
  return next?.text === 'who' && scan.s.text.slice(scan.tokens[b]!.end, next.start) === ', ';
}

/** "Peer Quist, who ...": a given name of the packages opening words a "who" follows, even at a sentence's start. */
export function givenNameBeforeWho(scan: Scan, a: number, b: number): boolean {
  return b > a && knownGivenWord(scan, scan.tokens[a]!.text) && whoAfter(scan, b);
}
