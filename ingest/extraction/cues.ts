// Word lists the rules share: speaker verbs, talk nouns, event and organization name shapes.

import {
  AUXILIARY_WORDS,
  formsOf,
  SPEAKER_VERBS as SPEAKER_VERB_ROWS,
  TALK_NOUN_FORMS,
  TALK_NOUN_VERBS as TALK_NOUN_VERB_ROWS,
} from '../../src/domain/talk-vocabulary.js';
import { isCapitalized, type Token } from './tokens.js';

/** Written forms of the shared talk vocabulary (src/domain/talk-vocabulary.ts). */
export const SPEAKER_VERBS = formsOf(SPEAKER_VERB_ROWS);
export const TALK_NOUN_VERBS = formsOf(TALK_NOUN_VERB_ROWS);
export const TALK_NOUNS = TALK_NOUN_FORMS;
export const AUXILIARIES = new Set(AUXILIARY_WORDS);

/** Last words of conference series names: "Xen Summit", "Texas Linux Fest". */
export const EVENT_WORDS =
  /^(Summit|Summits|Conference|Conf|Expo|Forum|Fest|Festival|Symposium|Meetup|Hackathon|Hackfest|Days|Camp|Workshop|Sprint|Devroom|DevRoom)$/;

/**
 * Two-word gatherings named after their series, a version may stand between: "Acme 3.0 Release
 * Party", "Initech Open House". Their last word alone ("Party", "House") names no event.
 */
export const EVENT_HEADS: ReadonlyArray<readonly [string, string]> = [
  ['Open', 'House'],
  ['Release', 'Party'],
  ['Launch', 'Party'],
  ['Install', 'Party'],
  ['Hack', 'Day'],
  ['Hack', 'Night'],
  ['Demo', 'Day'],
];

/** Words after an event's name that are part of it, beside country names and codes: "DjangoCon Europe", "Gopherfest Nordic". */
export const EVENT_REGIONS = new Set(['Europe', 'Asia', 'Africa', 'America', 'Americas', 'Oceania', 'Nordic', 'LatAm']);

/** One-word series built on a suffix: "FUDCon", "PyCon", "DockerCon", "DevConf". */
export const EVENT_WORD_SUFFIX = /^\p{Lu}[\p{L}]*(Con|Conf|Fest|Camp|Days)$/u;

/** Last words of organization names: "OpenStack Security Team", "University of ...". */
export const ORG_SUFFIXES =
  /^(Foundation|University|Institute|College|Inc|Corp|Corporation|Ltd|LLC|GmbH|AG|SA|SAS|SRL|BV|AB|Oy|Lab|Labs|Laboratory|Laboratories|Team|Group|Government|Agency|Association|Society|Consortium|Alliance|Council|Department|Ministry|Commission|Company|Co|Board|Committee|Conservancy|Cooperative|Collective|Universidad|Universidade|Universität|Université|Università|Universiteit)$/i;

/** First words of organization names, in the languages of the world's universities: "Universidad Libre". */
export const ORG_HEADS =
  /^(University|Universidad|Universidade|Universität|Université|Università|Universiteit|Uniwersytet|Institute|Instituto|Institut|Istituto|Fundación|Fundação|Fondation|Fondazione|Stiftung)$/;

/** Last words of product names: "App Engine", "Frobnix Server", "Quux Studio". */
export const PRODUCT_HEADS =
  /^(Engine|Server|Studio|Desktop|Platform|Framework|Toolkit|Suite|Gateway|Editor|Browser|Console|Portal|Cloud)$/;

/** Words that make a person's name a title or a product, not a person: "Moore's Law", "App Engine". */
export const NOT_NAME_WORDS = new RegExp(
  `${/^(Law|Summit|Day|Days|Keynote|Session|Talk|Award|Prize|Street|Avenue|Center|Centre|Building|Stadium)$/.source}|${PRODUCT_HEADS.source}`,
);

/** Words after a known name that name the same thing: "the Acme Project" is Acme. */
export const NAME_ONLY_SUFFIXES = /^(Project|Projects|Community|Communities)$/;

/** Abbreviations that may stand inside a person's name with their dot: "Mark St. Laurent". */
export const NAME_ABBREVIATIONS = /^(St|Jr|Sr|Dr|Mt|[A-Z])$/;

/** Lower-case particles inside names: "University of California", "Ludwig van Beethoven". */
export const NAME_PARTICLES = new Set([
  'of',
  'de',
  'van',
  'von',
  'der',
  'den',
  'da',
  'del',
  'du',
  'la',
  'le',
  'y',
  'bin',
]);

/** Roles between an organization and a person: "Red Hat's CTO, Brian Stevens". */
export const ROLE_WORDS =
  /^(own|CTO|CEO|CFO|CIO|COO|CISO|VP|SVP|EVP|founder|co-founder|president|chairman|director|engineer|manager|head|chief|architect|lead|evangelist|developer|maintainer|fellow|advocate|officer|researcher|scientist|consultant|member|contributor)$/i;

type Words = { tokens: Token[]; s: { text: string } };

/** True when a speaker verb (or a talk verb with its noun) follows token `b`. */
export function speakerVerbAfter(scan: Words, b: number): boolean {
  b = asideEnd(scan, originEnd(scan, b));
  // "Ana Lima will open the day": auxiliaries may stand between the name and its verb.
  while (AUXILIARIES.has(scan.tokens[b + 1]?.text.toLowerCase() ?? '')) b++;
  const next = scan.tokens[b + 1]?.text.toLowerCase() ?? '';
  if (SPEAKER_VERBS.has(next)) return true;
  if (!TALK_NOUN_VERBS.has(next)) return false;
  return scan.tokens.slice(b + 2, b + 9).some((t) => TALK_NOUNS.has(t.text.toLowerCase()));
}

/** "Ana Lima of Peru presented", "Bo Chen from the Faroe Islands spoke": the last token of a place-like origin after `b`. */
function originEnd({ tokens, s }: Words, b: number): number {
  if (!/^(of|from)$/.test(tokens[b + 1]?.text ?? '')) return b;
  let j = tokens[b + 2]?.text === 'the' ? b + 3 : b + 2;
  const first = j;
  while (tokens[j] && isCapitalized(tokens[j]!.text) && s.text.slice(tokens[j - 1]!.end, tokens[j]!.start) === ' ') j++;
  return j > first ? j - 1 : b;
}

/** "Ana Lima, a Quux maintainer, presented": the last token of a short aside between commas after `b` (else `b`). */
export function asideEnd({ tokens, s }: Words, b: number): number {
  const gap = (j: number) => (tokens[j + 1] ? s.text.slice(tokens[j]!.end, tokens[j + 1]!.start) : '.');
  if (gap(b).trim() !== ',') return b;
  for (let j = b + 1; j <= b + 6; j++) {
    if (gap(j).trim() === ',') return j;
    if (gap(j).trim() !== '') return b;
  }
  return b;
}
