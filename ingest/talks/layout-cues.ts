// Speakers placed by a line's layout rather than by a verb: schedules, video roundups and
// recaps with a heading per talk. Each layout is a row: what it looks like and its title.
import type { Sentence } from '../document/build-document.js';
import type { ResolvedMention } from '../resolution/resolve-post.js';
import { tableRowTalk } from './table-rows.js';

/** A speaker found by layout, the talk title the line gives, and whether the talk owns its section. */
export interface LayoutCue {
  layout: string;
  speaker: string;
  title: string | null;
  ownsSection: boolean;
  /** Sentences the talk is about when the layout says so (a table row's title and abstract cells). */
  span?: number[];
}

interface Line {
  s: Sentence;
  p: ResolvedMention;
  before: string;
  after: string;
  /** The heading right above this line's block, when the line opens the block after it. */
  heading: Sentence | null;
}

interface Layout {
  name: string;
  /** The talk title when the line has this layout with `p` as its speaker, else undefined. */
  match: (line: Line) => string | null | undefined;
  ownsSection?: boolean;
}

/** What may follow a speaker's name on such a line: its end (a full stop too), "(video)", ", Company", "and Bo". */
const NAME_END = /^['’]?s?\s*($|\.\s*$|[(,;[]|[—–]|-\s|(and|&)\s)/;
const SEPARATOR = /^(.*\S)\s*(?:—|–|\s-|\s\||,?\s+by|,?\s+with|,?\s+from)\s*$/i;
const LABEL = /^\s*(speakers?|presenters?|presented by|hosts?|hosted by|panelists?|moderators?|by)\s*[:—–-]?\s*$/i;
const NEXT_UP = /\b(next( up)?|up next|then|followed by)\s*(was|were|is|came|,|:)?\s*$/i;
/** After a speaker opening a list item: an optional "(Company)", then a colon, dash or bar before a title of two words. */
const SPEAKER_LEAD = /^\s*(\([^)]{1,60}\))?\s*(?:[:—–|]|-(?=\s))\s*(?=\S+\s+\S+)/;
const CO_SPEAKER = /^['’]?s?\s*(,|and|&|, and)\s*$/;
const WORDS = (t: string) => t.split(/\s+/).filter(Boolean).length;

/** Read top to bottom; the first row that matches names the speaker. */
export const LINE_LAYOUTS: Layout[] = [
  // "Go kit: A Toolkit for Services — Ana Lima (video)", "Building APIs, by Ana Lima"
  {
    name: 'title then speaker',
    match: ({ s, before, after }) => (isLine(s) && NAME_END.test(after) ? titleBefore(before) : undefined),
  },
  // "Profiling in Production (Ana Lima)" as a list item, table cell or heading
  {
    name: 'speaker in parentheses after title',
    match: ({ s, before, after }) =>
      s.kind !== 'paragraph' && s.kind !== 'quote' && /^\)\s*[.,;]?\s*$/.test(after)
        ? titleBeforeParenthesis(before)
        : undefined,
  },
  // "Ana Lima: Profiling in Production", "Ana Lima (Acme) — Profiling in Production" as a list item or heading
  {
    name: 'speaker then title',
    match: ({ s, p, after }) =>
      (s.kind === 'list-item' || s.kind === 'heading') && p.start <= 2 && SPEAKER_LEAD.test(after)
        ? after.replace(SPEAKER_LEAD, '').trim()
        : undefined,
  },
  // "Speaker: Ana Lima", "Presented by Ana Lima and Bo Chen"
  {
    name: 'label',
    match: ({ s, before, heading }) => (isLine(s) && LABEL.test(before) ? (heading?.text ?? null) : undefined),
    ownsSection: true,
  },
  // "## Profiling in Production" then "Ana Lima (Acme)" or "By Ana Lima" on the next line
  {
    name: 'byline under heading',
    match: ({ s, p, before, after, heading }) =>
      heading && isLine(s) && p.start <= 4 && /^\s*(by\s+)?$/i.test(before) && NAME_END.test(after)
        ? heading.text
        : undefined,
    ownsSection: true,
  },
  // "Next up was Ana Lima with a look at tracing"
  { name: 'next up', match: ({ before }) => (NEXT_UP.test(before) ? null : undefined) },
];

/** The speakers that the layout of `s` places, with their talk titles. */
export function layoutCues(s: Sentence, persons: ResolvedMention[], sentences: Sentence[]): LayoutCue[] {
  const heading = headingAbove(s, sentences);
  const out: LayoutCue[] = [];
  for (const [k, p] of persons.entries()) {
    const prev = persons[k - 1];
    const cued = prev && out.find((c) => c.speaker === prev.entity);
    // "— Lior Ben-David and Anneke Visser": a co-presenter joined to a laid-out speaker.
    if (cued && CO_SPEAKER.test(s.text.slice(prev.end, p.start))) {
      out.push({ ...cued, speaker: p.entity });
      continue;
    }
    const line: Line = { s, p, before: s.text.slice(0, p.start), after: s.text.slice(p.end), heading };
    const row = /^\s*$/.test(line.before) && NAME_END.test(line.after) ? tableRowTalk(s, sentences) : null;
    if (row) {
      out.push({ layout: 'table row', speaker: p.entity, title: row.title, ownsSection: false, span: row.span });
      continue;
    }
    for (const layout of LINE_LAYOUTS) {
      const title = layout.match(line);
      if (title === undefined) continue;
      out.push({ layout: layout.name, speaker: p.entity, title, ownsSection: Boolean(layout.ownsSection && heading) });
      break;
    }
  }
  return out;
}

/** List items, headings, table cells and short paragraph lines. */
function isLine(s: Sentence): boolean {
  return s.kind !== 'paragraph' && s.kind !== 'quote' ? true : WORDS(s.text) <= 14;
}

/** "Go kit: A Toolkit —" → "Go kit: A Toolkit"; a title has two words or more. */
function titleBefore(before: string): string | null | undefined {
  const m = SEPARATOR.exec(before);
  if (!m) return undefined;
  const title = m[1]!.replace(/^[\s"“]+|[\s"”,]+$/g, '');
  return WORDS(title) >= 2 ? title : undefined;
}

/** "Profiling in Production (" → "Profiling in Production"; a title has two words or more. */
function titleBeforeParenthesis(before: string): string | undefined {
  const m = /^(.*\S)\s*\($/.exec(before);
  if (!m) return undefined;
  const title = m[1]!.replace(/^[\s"“*_]+|[\s"”*_,]+$/g, '');
  return title && WORDS(title) >= 2 ? title : undefined;
}

/** The heading whose block comes right before this sentence's block (the sentence opens its block). */
function headingAbove(s: Sentence, sentences: Sentence[]): Sentence | null {
  const first = sentences.find((x) => x.block === s.block);
  if (first !== s) return null;
  const prev = [...sentences].reverse().find((x) => x.block === s.block - 1);
  return prev?.kind === 'heading' ? prev : null;
}
