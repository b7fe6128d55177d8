// Schedule tables: a row whose "Speaker" cell is a person and whose "Talk" cell is the title.
// "| 10:00 | Profiling in Production | Ana Lima |" under "| Time | Talk | Speaker |".
import type { Sentence } from '../document/build-document.js';

/** Column headers that hold the speaker of a row's talk. */
const SPEAKER_HEADERS = new Set([
  'speaker',
  'speakers',
  'presenter',
  'presenters',
  'presented by',
  'who',
  'by',
  'host',
]);
/** Column headers that hold the talk's title. */
const TITLE_HEADERS = new Set(['talk', 'talks', 'title', 'session', 'topic', 'presentation']);
/** Columns the talk is about besides its title. */
const ABOUT_HEADERS = new Set(['abstract', 'description', 'summary', 'details']);

const header = (s: Sentence) =>
  s
    .cell!.header.toLowerCase()
    .replace(/[^\p{L}\s]/gu, '')
    .trim();

/** A row's talk: its title and the sentences it is about, when `s` is the row's speaker cell. */
export function tableRowTalk(s: Sentence, sentences: Sentence[]): { title: string; span: number[] } | null {
  const place = s.cell;
  if (!place || place.row === 0 || !SPEAKER_HEADERS.has(header(s))) return null;
  const row = sentences.filter((x) => x.cell?.table === place.table && x.cell.row === place.row);
  const titled = row.filter((x) => TITLE_HEADERS.has(header(x)));
  if (titled.length === 0) return null;
  const about = row.filter((x) => ABOUT_HEADERS.has(header(x)));
  return {
    title: titled.map((x) => x.text).join(' '),
    span: [...titled, ...about].map((x) => x.index),
  };
}
