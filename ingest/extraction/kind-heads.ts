// Lower-case names a kind noun follows: "the `frob/quux` package", "the zink and zinkgo compilers",
// "the lumo.kit library". A capital says nothing here, so the noun after the name does.
import { isAdjective, isCommonWord } from '../document/nlp.js';
import { isEnglishWord } from './knowledge/data-packages.js';
import { add, linkAt, type Scan } from './scan.js';
import { isCapitalized } from './tokens.js';

/** Nouns that say the lower-case names right before them are software, singular and plural. */
export const SOFTWARE_HEADS = new Set(
  [
    ['package', 'packages'],
    ['library', 'libraries'],
    ['tool', 'tools'],
    ['toolchain', 'toolchains'],
    ['compiler', 'compilers'],
    ['debugger', 'debuggers'],
    ['linter', 'linters'],
    ['command', 'commands'],
    ['module', 'modules'],
    ['gem', 'gems'],
    ['crate', 'crates'],
    ['plugin', 'plugins'],
    ['framework', 'frameworks'],
    ['project', 'projects'],
    ['app', 'apps'],
  ].flat(),
);

/** Words that open the noun phrase: "the", "a", "our". */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'our', 'its', 'their', 'his', 'her', 'my', 'your']);

/** Words between names of one phrase: "zink and zinkgo", "a, b, and c". */
const JOINERS = new Set(['and', 'or', '&']);

/**
 * Types the lower-case names right before a software noun as projects, when a determiner
 * opens the phrase ("the new `frob/quux` package"); "the standard library" names nothing.
 */
export function matchKindHeads(scan: Scan): void {
  const { tokens } = scan;
  for (let h = 1; h < tokens.length; h++) {
    if (!SOFTWARE_HEADS.has(tokens[h]!.text.toLowerCase())) continue;
    const items: Array<[number, number]> = [];
    let k = h - 1;
    for (;;) {
      const item = itemBefore(scan, k);
      if (!item) break;
      items.push(item);
      k = item[0] - 1;
      const gap = k >= 0 ? scan.s.text.slice(tokens[k]!.end, tokens[item[0]]!.start) : '';
      if (k >= 0 && JOINERS.has(tokens[k]!.text.toLowerCase()) && gap === ' ') k -= 1;
      else if (k < 0 || !/^,\s?$/.test(gap)) break;
    }
    if (items.length === 0 || !opensPhrase(scan, items.at(-1)![0])) items.length = 0;
    const named = codeAfter(scan, h) ?? calledAfter(scan, h);
    if (named) items.push(named);
    for (const [a, b] of items)
      add(scan, a, b, { type: 'Project', canonical: '', confidence: 0.6, source: 'kind-head' });
  }
}

/** A word no dictionary knows, or one shaped like a product's name: "frobdep", "frob-snap", "k3s". */
function isCoined(word: string): boolean {
  return /[-.\d]/.test(word) || (!isCommonWord(word) && !isEnglishWord(word));
}

/** People who make software, named with what they make: "the creator of frobdep". */
const MAKERS = new Set(['creator', 'creators', 'author', 'authors', 'maintainer', 'maintainers']);

/** "the creator of frobdep talks about ...": a lower-case coined word a maker is "of" is their project. */
export function matchMadeThings(scan: Scan): void {
  const { tokens, s } = scan;
  for (let h = 0; h + 2 < tokens.length; h++) {
    if (!MAKERS.has(tokens[h]!.text.toLowerCase()) || tokens[h + 1]!.text !== 'of') continue;
    const item = tokens[h + 2]!;
    if (scan.taken[h + 2] || s.text.slice(tokens[h + 1]!.end, item.start) !== ' ' || !/^\p{Ll}/u.test(item.text))
      continue;
    if (isCoined(item.base) && !item.possessive)
      add(scan, h + 2, h + 2, { type: 'Project', canonical: '', confidence: 0.6, source: 'made-by' });
  }
}

/** "a tool called frob-snap", "an AI project called [Quuxbot]": the name after "called" or "named". */
function calledAfter(scan: Scan, h: number): [number, number] | null {
  const { tokens, s } = scan;
  const word = tokens[h + 1];
  const first = tokens[h + 2];
  if (!word || !first || !/^(called|named|dubbed)$/i.test(word.text)) return null;
  if (s.text.slice(tokens[h]!.end, word.start) !== ' ' || !/^\s["“]?$/.test(s.text.slice(word.end, first.start)))
    return null;
  let end = h + 2;
  if (isCapitalized(first.text)) {
    // "a project called Quux Lantern": the capitalized run, up to three words.
    while (
      end < h + 4 &&
      tokens[end + 1] &&
      isCapitalized(tokens[end + 1]!.text) &&
      s.text.slice(tokens[end]!.end, tokens[end + 1]!.start) === ' '
    )
      end += 1;
  } else {
    const marked = linkAt(scan, h + 2, h + 2) !== undefined;
    if (!marked && !isCoined(first.base)) return null;
  }
  return scan.taken.slice(h + 2, end + 1).some(Boolean) ? null : [h + 2, end];
}

/** "a tool `frobctl`", "the helper tool, `frobctl`": a code span right after the noun names it. */
function codeAfter(scan: Scan, h: number): [number, number] | null {
  const { tokens, s } = scan;
  const next = tokens[h + 1];
  if (!next || !/^,?\s$/.test(s.text.slice(tokens[h]!.end, next.start))) return null;
  const code = (s.code ?? []).find((c) => c.start === next.start);
  if (!code) return null;
  let end = h + 1;
  while (tokens[end + 1] && tokens[end + 1]!.end <= code.end) end += 1;
  if (scan.taken.slice(h + 1, end + 1).some(Boolean) || isCapitalized(next.text)) return null;
  return [h + 1, end];
}

/** A determiner right before token k, or an adjective between: "the gc", "the new `frob/quux`" (not "the de facto"). */
function opensPhrase(scan: Scan, k: number): boolean {
  const before = [scan.tokens[k - 1], scan.tokens[k - 2]].map((t) => t?.text.toLowerCase() ?? '');
  if (DETERMINERS.has(before[0]!)) return true;
  return DETERMINERS.has(before[1]!) && !isCapitalized(scan.tokens[k - 1]!.text) && isAdjective(before[0]!);
}

/** The lower-case name ending at token `end` ("zinkgo", "frob/quux", "lumo.kit"), or null. */
function itemBefore(scan: Scan, end: number): [number, number] | null {
  const { tokens, s } = scan;
  // "the students' projects": an owner, not a name.
  if (end < 0 || tokens[end]!.possessive) return null;
  const code = (s.code ?? []).find((c) => c.start <= tokens[end]!.start && c.end === tokens[end]!.end);
  let start = end;
  // "frob/quux/v2": words joined by slashes are one package path; "`frob run`": a code span is one name.
  while (start > 0 && s.text.slice(tokens[start - 1]!.end, tokens[start]!.start) === '/') start -= 1;
  while (code && start > 0 && tokens[start - 1]!.start >= code.start) start -= 1;
  if (scan.taken.slice(start, end + 1).some(Boolean)) return null;
  const first = tokens[start]!;
  const text = s.text.slice(first.start, tokens[end]!.end);
  if (isCapitalized(text) || !/^\p{Ll}/u.test(text)) return null;
  const marked =
    linkAt(scan, start, end) !== undefined ||
    (s.code ?? []).some((c) => c.start <= first.start && c.end >= tokens[end]!.end);
  const path = start < end;
  const coined =
    text.length >= 2 && !isCommonWord(text) && !isEnglishWord(text) && !scan.opts.lexicon.acronyms.has(text);
  return marked || path || coined ? [start, end] : null;
}
