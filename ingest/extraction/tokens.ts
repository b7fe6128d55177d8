// Word tokens with offsets and the shape facts the extraction rules ask about.

export interface Token {
  text: string;
  start: number;
  end: number;
  /** The word without a trailing possessive: "Walsh's" → "Walsh". */
  base: string;
  possessive: boolean;
}

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}_+#.'’&-]*[\p{L}\p{N}_+#’'])?/gu;

/** "Dan Walsh's x86_64 demo" → Dan, Walsh's, x86_64, demo (with offsets). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    // A trailing quote is closing punctuation unless it is a plural possessive ("Masters'").
    if (/['’]$/.test(word) && !/s['’]$/.test(word)) word = word.slice(0, -1);
    const possessive = /['’]s$/.test(word) || /s['’]$/.test(word);
    const base = word.replace(/['’]s$/, '').replace(/(s)['’]$/, '$1');
    tokens.push({ text: word, start: m.index, end: m.index + word.length, base, possessive });
  }
  return tokens;
}

/** Starts with a capital letter: "Xen", "IBM", "OpenStack". */
export function isCapitalized(word: string): boolean {
  // Asked of nearly every word of every rule: ASCII letters and digits answer without a regex.
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || Number.isNaN(c)) return false;
  return /^\p{Lu}/u.test(word);
}

/** Two or more capitals and no lower-case letters: "KVM", "XCP", "EC2". */
export function isAllCaps(word: string): boolean {
  return /^\p{Lu}[\p{Lu}\p{N}&+-]*$/u.test(word) && (word.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

/** Capitals inside the word: "OpenStack", "vSwitch", "SleepServers", "PCIe". */
export function isCamelCase(word: string): boolean {
  return /\p{Ll}/u.test(word) && /.\p{Lu}/u.test(word) && !/^\p{Lu}+['’]?s$/u.test(word) && !/['’-]/.test(word);
}

/** Letters and digits in one word: "credit2", "POWER9", "x86_64", "s390x" (not "4th", "2U"). */
export function hasTechDigits(word: string): boolean {
  return /^\p{L}[\p{L}\p{N}_.+-]*$/u.test(word) && /\p{N}/u.test(word) && (word.match(/\p{L}/gu)?.length ?? 0) >= 2;
}
