// Shapes that are never entities, whatever the blog: URL and file-name pieces, video ids,
// handles, version strings and units, shouted ordinary words ("NOPE", "TERRIBLE"), settings ("$QUUXPATH").

import type { CodeSpan, LinkSpan } from '../document/markdown.js';
import { isOrdinaryWord, lexiconTag } from '../document/nlp.js';
import { ROLE_WORDS } from './cues.js';
import type { Mention } from './scan.js';
import type { Token } from './tokens.js';

/** One noise shape: a name and a test on the word as written. */
interface NoiseShape {
  what: string;
  test: (word: string) => boolean;
}

const letters = (w: string) => (w.match(/\p{L}/gu) ?? []).length;

/** Read top to bottom; a mention whose surface matches any row is dropped. */
export const NOISE_SHAPES: NoiseShape[] = [
  // "XvZOdpd_9tc", "f9LS-OWfeA": upper, lower and digits mixed in one long token ("AArch64" is short)
  {
    what: 'video or short-link id',
    test: (w) =>
      w.length >= 9 && /\p{Lu}/u.test(w) && /\p{Ll}/u.test(w) && /\d/.test(w) && !/^\p{Lu}?\p{Ll}+\d+$/u.test(w),
  },
  { what: 'id with underscores', test: (w) => /_/.test(w) && /\d/.test(w) && /\p{Lu}/u.test(w) },
  // "40Gb", "2x", "10GbE", "1.2.3", "v2.0"
  { what: 'number with a unit', test: (w) => /^\d/.test(w) },
  { what: 'version string', test: (w) => /^v?\d+(\.\d+)+/.test(w) || /^\p{L}+\d+(\.\d+){2,}$/u.test(w) },
  // "opensuse-asia-summit.html", "go-gc.pdf"
  { what: 'file name', test: (w) => /\.(html?|php|aspx?|md|pdf|png|jpe?g|gif|svg|txt|zip|gz|slide)$/i.test(w) },
  // "NOPE", "TERRIBLE", "IMPORTANT": an ordinary word shouted
  { what: 'shouted word', test: (w) => /^\p{Lu}{4,}$/u.test(w) && isOrdinaryWord(w.toLowerCase()) },
  { what: 'query string piece', test: (w) => /[&=?]/.test(w) },
  // "Quuxly's CTO", "the VP": an officer's title in capitals
  { what: 'role abbreviation', test: (w) => /^\p{Lu}{2,4}$/u.test(w) && ROLE_WORDS.test(w) },
  // "questions.It": two words run together at a full stop the writer left no space after
  {
    what: 'words joined at a full stop',
    test: (w) => {
      const m = /^(\p{Ll}+)\.(\p{Lu}\p{Ll}*)$/u.exec(w);
      return m !== null && isOrdinaryWord(m[1]!) && isOrdinaryWord(m[2]!.toLowerCase());
    },
  },
  { what: 'no letters', test: (w) => letters(w) === 0 },
];

/** Whether a mention's surface has a noise shape (people are judged by their own rules). */
export function isNoise(m: Mention, text = ''): boolean {
  if (m.type === 'Person' || m.type === 'Event') return false;
  return NOISE_SHAPES.some((shape) => shape.test(m.surface)) || inShoutedRun(m, text);
}

/** "AND BLAM. You're done": a shouted glue word, and capitals beside one, are a cry. */
function inShoutedRun(m: Mention, text: string): boolean {
  if (!/^\p{Lu}{2,}$/u.test(m.surface)) return false;
  if (m.surface.length >= 3 && CRY_WORDS.has(lexiconTag(m.surface.toLowerCase()))) return true;
  const before = /(\p{Lu}{2,})\s+$/u.exec(text.slice(0, m.start))?.[1];
  const after = /^\s+(\p{Lu}{2,})\b/u.exec(text.slice(m.end))?.[1];
  return [before, after].some((w) => w !== undefined && SHOUTED_GLUE.has(lexiconTag(w.toLowerCase())));
}

/** Shouted words that are never names themselves: "AND", "THE", "WOW" ("IT" and "US" may be). */
const CRY_WORDS = new Set(['Conjunction', 'Determiner', 'Expression']);

/** Shouted words that only glue a cry together; "SUSE CEO" is no cry. */
const SHOUTED_GLUE = new Set([...CRY_WORDS, 'Preposition', 'Pronoun']);

/**
 * URLs, paths and handles written in the text: "https://x.org/a", "x.org/a/b", "@gopher",
 * "events.example.org". A capitalized domain alone ("Iron.io") may be a company's name.
 */
const WRITTEN_ADDRESS =
  /\b(?:https?:\/\/|www\.)\S+|\b[\w-]+(?:\.[\w-]+)+\/\S*|@[\w.]+|\b[a-z][\w-]*\.[a-z][\w-]*\.(?:com|org|net|io|dev|edu|gov|info|co)\b/g;

/** Marks the tokens inside written addresses as taken, so no rule reads names out of them. */
export function takeAddresses(text: string, tokens: Token[], taken: boolean[]): void {
  for (const m of text.matchAll(WRITTEN_ADDRESS)) {
    const a = m.index;
    const b = a + m[0].length;
    tokens.forEach((t, i) => {
      if (t.start >= a && t.end <= b) taken[i] = true;
    });
  }
}

/** Pages that state a license: a link to one names the license, not a project or a body. */
const LICENSE_PAGES: Array<{ host: string; path?: string }> = [
  { host: 'creativecommons.org' },
  { host: 'opensource.org', path: 'licenses' },
  { host: 'gnu.org', path: 'licenses' },
  { host: 'spdx.org', path: 'licenses' },
  { host: 'choosealicense.com' },
];

/** "under [CC BY-SA](https://creativecommons.org/licenses/by-sa/2.0/)": no name is read in a license's anchor. */
export function takeLicenseLinks(links: LinkSpan[], tokens: Token[], taken: boolean[]): void {
  for (const l of links) {
    if (!isLicensePage(l.url)) continue;
    tokens.forEach((t, i) => {
      if (t.start >= l.start && t.end <= l.end) taken[i] = true;
    });
  }
}

function isLicensePage(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const host = parsed.hostname.replace(/^www\./, '');
  const first = parsed.pathname.split('/').filter(Boolean)[0];
  return LICENSE_PAGES.some((p) => (host === p.host || host.endsWith(`.${p.host}`)) && (!p.path || first === p.path));
}

/**
 * Whether a guessed name is an identifier in inline code: `GOPATH`, `QuoteMeta`, `io.Reader`.
 * Lower-case words there (`regexp`) may still be tools; hand-listed names always count.
 */
export function isCodeIdentifier(m: Mention, code: CodeSpan[] | undefined): boolean {
  if (!code?.length || m.source === 'lexicon' || m.surface === m.surface.toLowerCase()) return false;
  return code.some((c) => c.start <= m.start && c.end >= m.end);
}

/**
 * An all-caps setting's name in inline code: "QUUXPATH", "CGO_ENABLED". Short acronyms
 * (`UEFI`) and names with a release number (`GRUB2`) are often things, not settings.
 */
const SETTING_SHAPE = /^\p{Lu}[\p{Lu}_]{4,}$/u;

/** Words after an all-caps name that say it is a setting: "the QUUXROOT environment variable". */
const SETTING_WORDS = ['environment variable', 'env var', 'variable', 'setting'];

const SETTING_NAMED = new RegExp(`(\\p{Lu}[\\p{Lu}\\d_]{3,})\\s+(?:${SETTING_WORDS.join('|')})\\b`, 'gu');

/** A function or type name as code writes it: "QuoteName", "ReadAll" (not "GitHub"-like brands, which the lexicon keeps). */
const CODE_WORD_SHAPE = /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)+$/u;

/**
 * Names the post writes as code: settings ("$QUUXPATH", `QUUXROOT` in inline code, "the
 * QUUXFLAGS environment variable") and functions (`QuoteName`). They name nothing anywhere
 * in that post, so "make sure their QUUXPATH was set" is no product either.
 */
export function settingNames(sentences: Array<{ text: string; code: CodeSpan[] }>): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) {
    for (const m of s.text.matchAll(/\$(\p{Lu}[\p{Lu}\d_]{3,})\b/gu)) out.add(m[1]!);
    for (const m of s.text.matchAll(SETTING_NAMED)) out.add(m[1]!);
    for (const c of s.code) {
      const word = s.text.slice(c.start, c.end).replace(/^\$/, '');
      if (SETTING_SHAPE.test(word) || CODE_WORD_SHAPE.test(word)) out.add(word);
    }
  }
  return out;
}

/** Words that count a thing: "a CL", "each PR"; a name is not counted. */
const COUNTING_WORDS = ['a', 'an', 'another', 'each', 'every', 'one'];

/** What may follow a counted noun: a stop, or a word that ends the noun phrase. */
const AFTER_NOUN = ['that', 'which', 'to', 'for', 'with', 'of', 'is', 'was', 'and', 'or', 'in', 'on', 'from'];

const COUNTED = new RegExp(
  `\\b(?:${COUNTING_WORDS.join('|')})\\s+(\\p{Lu}{2,4})(?=\\s*(?:[,.;:)!?]|$)|\\s+(?:${AFTER_NOUN.join('|')})\\b)`,
  'gu',
);

/**
 * Abbreviations the post counts like common nouns: "amending a QR, or submitting a QR". They
 * name nothing anywhere in that post ("QR 4211" is one of them), while "an Acme laptop" names Acme.
 */
export function countedAbbreviations(sentences: Array<{ text: string }>): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) for (const m of s.text.matchAll(COUNTED)) out.add(m[1]!);
  return out;
}
