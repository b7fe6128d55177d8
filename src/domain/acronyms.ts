// Acronyms and their expansions ("XCP" ↔ "Xen Cloud Platform"): the initials of a name's
// words, with the small words an acronym leaves out as data.

/** Small words resolution leaves out of an expansion's initials ("Bank of the West" → BW). */
export const RESOLUTION_SKIP_WORDS: readonly string[] = ['of', 'and', 'for', 'the', 'in', 'on', '&'];

/** The small words duplicate suggestions leave out (a shorter list: "Linux on Power" → LOP). */
export const SUGGESTION_SKIP_WORDS: readonly string[] = ['of', 'and', 'for', 'the'];

/**
 * The upper-case initials of a name's words (split at spaces and dashes), small words skipped.
 * @param name the expansion, e.g. "Xen Cloud Platform"
 * @param skip words (any case) that give no initial
 * @example initials('Xen Cloud Platform') // → "XCP"
 */
export function initials(name: string, skip: readonly string[] = RESOLUTION_SKIP_WORDS): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => !skip.includes(w.toLowerCase()))
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

/**
 * Whether `short` (2–6 capitals or digits) spells the initials of the several words of `long`.
 * @param short a candidate acronym
 * @param long a name of several words
 * @example isAcronymOf('XCP', 'Xen Cloud Platform') // → true
 */
export function isAcronymOf(short: string, long: string, skip: readonly string[] = SUGGESTION_SKIP_WORDS): boolean {
  if (!/^[A-Z0-9]{2,6}$/.test(short) || !/\s/.test(long)) return false;
  return initials(long, skip) === short;
}
