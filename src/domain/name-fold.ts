// Name folding in one place: how names are keyed for lookup, compared in queries, squashed
// and scored. Each fold is named for its use; they share their steps, so a change is made once.

/** NFKD, then without the combining diacritics U+0300–U+036F: "Björn Café" → "Bjorn Cafe". */
export function stripDiacritics(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/**
 * The lookup key of a surface form in the lexicon and in resolution: case, curly quotes and a
 * trailing possessive folded, spaces collapsed.
 * @param text a name as written
 * @example foldForm('Xen’s') // → "xen"
 */
export function foldForm(text: string): string {
  // The hot path of every lexicon lookup: plain ASCII needs no Unicode step, and string
  // methods stand in for the regex chain (same result, a quarter of the time).
  let s = isPlainAscii(text) ? text : text.normalize('NFKC').replace(/[’‘]/g, "'");
  s = s.toLowerCase();
  if (s.endsWith("'s")) s = s.slice(0, -2);
  else if (s.endsWith("'")) s = s.slice(0, -1);
  if (ODD_SPACE.test(s)) s = s.replace(/\s+/g, ' ');
  return s.trim();
}

const ASCII = /^[\x20-\x7e]*$/;

/**
 * Printable ASCII only: text whose folding (NFKC, curly quotes) cannot change it.
 * @example isPlainAscii('Red Hat') // → true; isPlainAscii('Björn') // → false
 */
export function isPlainAscii(text: string): boolean {
  return ASCII.test(text);
}
/** Two white-space characters in a row, or one that is not a plain space. */
const ODD_SPACE = /\s\s|[^\S ]/;

/**
 * A word as the name-data packages write it: without any Unicode mark, lower case.
 * @param word one word
 * @example foldAscii('Björn') // → "bjorn"
 */
export function foldAscii(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * A name or query word as the query side compares it: no diacritics, lower case, possessives gone.
 * @param text a name, or words of a question
 * @example foldName("Xen Summit's") // → "xen summit"
 */
export function foldName(text: string): string {
  return stripDiacritics(text)
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .trim();
}

/**
 * `foldName` without spaces or punctuation (C++ and C# keep their signs), so "Credit 2"
 * meets "credit2".
 * @param text a name or phrase
 * @example squashName('Open vSwitch') // → "openvswitch"
 */
export function squashName(text: string): string {
  return foldName(text).replace(/[^a-z0-9+#]/g, '');
}

/**
 * Lower-case ASCII letters and digits only: a name compared with a URL segment.
 * @param text any text
 * @example squashAlnum('Open-vSwitch') // → "openvswitch"
 */
export function squashAlnum(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * A name as scoring compares it, as the gold README defines it: ASCII, lower case, no leading
 * "the" or trailing possessive; keeps + # . (C++, C#, Node.js).
 * @param name a name from the gold file or from an extraction
 * @example normalizeName("The Xen Cloud Platform's") // → "xen cloud platform"
 */
export function normalizeName(name: string): string {
  return stripDiacritics(name)
    .replace(/[^\x00-\x7f]/g, '')
    .toLowerCase()
    .replace(/'s$/, '')
    .replace(/[^a-z0-9+#.\s]/g, ' ')
    .replace(/^\s*the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}
