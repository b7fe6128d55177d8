// Names written with a release number: "Frobix 4.2" is a product even when "Frobix" is an
// ordinary word, and "Frobix 11" is one more way to name the known product Frobix.
import { isCommonWord } from '../document/nlp.js';
import { leadsOff } from './event-shapes.js';
import { add, type Mention, type Scan } from './scan.js';
import { isCapitalized } from './tokens.js';

/** A release number after a name: "4.2", "16.0", "v2", "11" (a year such as "2019" is no version). */
const VERSION_AFTER = /^ (v?\d{1,3}(?:\.\d+){0,2})(?![\w.%-]*\d)(?![\w%])/;
/** A release number that is dotted or v-marked ("4.2", "v2"): alone it makes a name a product. */
const DOTTED = /^v?\d+\.\d+/;

/**
 * Words numbered in documents, rules and schedules, not products: "Section 2.1", "Room 1.05",
 * "Version 3.0", "Requirement 2.2", "see 4.1", and time zones before a clock time ("UTC 14.30").
 */
export const NUMBERED_NOT_PRODUCTS = new Set([
  'Act',
  'Alpha',
  'Appendix',
  'Article',
  'Beta',
  'Build',
  'CEST',
  'CET',
  'Chapter',
  'Clause',
  'Day',
  'EDT',
  'EST',
  'Episode',
  'Figure',
  'GMT',
  'Hall',
  'IST',
  'Issue',
  'Item',
  'Lesson',
  'Level',
  'Milestone',
  'PDT',
  'PST',
  'Page',
  'Paragraph',
  'Part',
  'Patch',
  'Phase',
  'Release',
  'Requirement',
  'Revision',
  'Room',
  'Round',
  'Rule',
  'Season',
  'Section',
  'See',
  'Slide',
  'Sprint',
  'Stage',
  'Step',
  'Table',
  'Track',
  'UTC',
  'Update',
  'Version',
  'Versions',
  'Volume',
  'Web',
  'Week',
]);

/** The release number written right after `end` in `text` ("Frobix 4.2 ships" → "4.2"), if any. */
export function versionAfter(text: string, end: number): string | undefined {
  return VERSION_AFTER.exec(text.slice(end))?.[1];
}

/**
 * "the upcoming Frobix 4.2 release": a run of capitalized words not yet read, right before a
 * dotted release number, is a product. Runs over the sentence's capitalized chunks.
 */
export function matchVersionedNames(scan: Scan, chunks: Array<[number, number]>): void {
  const { tokens, s } = scan;
  for (const [a0, b] of chunks) {
    const version = versionAfter(s.text, tokens[b]!.end);
    if (!version || !DOTTED.test(version) || tokens[b]!.possessive) continue;
    let a = a0;
    // "The Frobix 4.2": words capitalized by position or function lead no name.
    while (a <= b && (leadsOff(tokens[a]!.text) || (tokens[a]!.start === 0 && isCommonWord(tokens[a]!.text)))) a++;
    if (a > b || scan.taken.slice(a, b + 1).some(Boolean)) continue;
    const words = tokens.slice(a, b + 1);
    if (words.some((w) => NUMBERED_NOT_PRODUCTS.has(w.base)) || !words.every((w) => isCapitalized(w.text))) continue;
    add(scan, a, b, { type: 'Project', canonical: '', confidence: 0.6, source: 'versioned-name' });
  }
}

/** Notes on each product or organization mention the release number written after it. */
export function noteVersions(text: string, mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.type !== 'Project' && m.type !== 'Organization') continue;
    const version = versionAfter(text, m.end);
    if (version) m.version = version;
  }
}
