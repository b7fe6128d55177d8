// Evidence a reader can trust: the sentence shown for a fact names both of its ends, is not a
// denial ("didn't have much to do with Red Hat"), and comes with the names marked.
import { markWords, type Snippet, sentencesOf } from './snippets.js';

/** Phrases that deny a link to the name that follows them (within a few words). */
export const DENIALS: readonly string[] = [
  "n't have much to do with",
  'not have much to do with',
  'nothing to do with',
  'little to do with',
  "n't about",
  'not about',
  "n't talk about",
  'not talk about',
  "n't mention",
  'never mentioned',
  'not related to',
  'unrelated to',
  'instead of',
];

export interface Named {
  name: string;
  aliases?: string[];
  type?: string;
}

/** Every way a sentence may name `e`: its name, aliases, and for a person the surname. */
export function namesFor(e: Named): string[] {
  const names = [e.name, ...(e.aliases ?? [])].filter((n) => n.length > 1);
  if (e.type === 'Person') {
    const last = e.name.split(/\s+/).at(-1);
    if (last && last.length > 2 && last !== e.name) names.push(last);
  }
  return [...new Set(names)];
}

const escape = (n: string) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordCache = new Map<string, RegExp>();

/** A whole-word, any-case pattern for `n` (cached: the same names are tested again and again). */
function wordRe(n: string): RegExp {
  let re = wordCache.get(n);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(n)}(?![\\p{L}\\p{N}])`, 'iu');
    if (wordCache.size > 20_000) wordCache.clear();
    wordCache.set(n, re);
  }
  return re;
}

/** Any denial, then up to three words, right before a name. */
const DENIAL_BEFORE = new RegExp(`(?:${DENIALS.map(escape).join('|')})(\\s+[\\p{L}\\p{N}'-]+){0,3}\\s*$`, 'u');

/** Any denial phrase at all. */
const ANY_DENIAL = new RegExp(DENIALS.map(escape).join('|'), 'u');

/** Whether `sentence` names any of `names` as a whole word. */
export function names(sentence: string, list: string[]): boolean {
  return list.some((n) => wordRe(n).test(sentence));
}

/** Whether `sentence` denies the link to any of `list` ("…didn't have much to do with Red Hat"). */
export function denies(sentence: string, list: string[]): boolean {
  const lower = sentence.toLowerCase().replace(/’/g, "'");
  // No denial anywhere, none before a name: one test instead of a search per name.
  if (!ANY_DENIAL.test(lower)) return false;
  return list.some((n) => {
    const at = lower.search(wordRe(n));
    if (at < 0) return false;
    return DENIAL_BEFORE.test(lower.slice(Math.max(0, at - 60), at));
  });
}

/** How well `sentence` proves a link between `a` and `b`: 2 names both, 1 names one, -1 denies it. */
export function proofScore(sentence: string, a: string[], b: string[]): number {
  if (denies(sentence, b) || denies(sentence, a)) return -1;
  return (names(sentence, a) ? 1 : 0) + (names(sentence, b) ? 1 : 0);
}

/**
 * The sentences that prove a link, best first: those naming both ends, and only those when any
 * do; denials never. `a` and `b` are the names of the two ends.
 */
export function trustworthy<T extends { sentence: string }>(items: T[], a: string[], b: string[]): T[] {
  const scored = items.map((item, i) => ({ item, i, s: proofScore(item.sentence, a, b) })).filter((x) => x.s >= 0);
  const best = Math.max(-1, ...scored.map((x) => x.s));
  return scored
    .filter((x) => x.s === best || best < 2)
    .sort((x, y) => y.s - x.s || x.i - y.i)
    .map((x) => x.item);
}

/**
 * Items whose sentence names only one end (or neither) take, when their post has one, the
 * post's first sentence naming both without a denial: the extractor may have kept a nearby
 * sentence ("Konrad Wilk … talked about Xen" as another speaker's proof). A sentence naming
 * neither end takes, failing that, one naming `person` (the end that is a person, `a` unless
 * given). Denials stay as they are, for `trustworthy` to drop. `textOf` gives a post's text.
 */
export async function preferBoth<T extends { post: string; sentence: string }>(
  items: T[],
  a: string[],
  b: string[],
  textOf?: PostText,
  person: string[] = a,
): Promise<T[]> {
  if (!textOf || !a.length || !b.length) return items;
  return Promise.all(
    items.map(async (item) => {
      const score = proofScore(item.sentence, a, b);
      if (score === 2 || score < 0) return item;
      const sentences = sentencesOf(await textOf(item.post)).filter((s) => s.length <= 1_000);
      const better =
        sentences.find((s) => proofScore(s, a, b) === 2) ??
        (score === 0 ? sentences.find((s) => proofScore(s, a, b) === 1 && names(s, person)) : undefined);
      return better ? { ...item, sentence: better } : item;
    }),
  );
}

/** A stored post's text ('' when unknown). */
export type PostText = (post: string) => Promise<string>;

/** The sentence with the names of both ends marked. */
export function marked(sentence: string, a: string[], b: string[] = []): Snippet {
  return markWords(sentence, [...a, ...b]);
}
