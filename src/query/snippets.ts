// Snippets: the sentence of a post that best matches the query, as structured data
// {text, marks} (MiniSearch has no highlighting of its own). The edges render it: the web UI
// as DOM nodes, the CLI as plain text, the legacy `snippet` field as escaped HTML.

/** A piece of text with the [start, end) ranges to highlight; never HTML. */
export interface Snippet {
  text: string;
  marks: Array<[number, number]>;
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Splits plain text into sentences (good enough for choosing a snippet). */
export function sentencesOf(text: string): string[] {
  return text
    .split(/\n+|(?<=[.!?])\s+(?=[A-Z0-9"“(])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The best sentence for `terms` (words the index matched) and `phrases` (quoted), with marks. */
export function snippetOf(text: string, terms: string[], phrases: string[] = [], maxLength = 240): Snippet {
  const sentences = sentencesOf(text);
  if (sentences.length === 0) return { text: '', marks: [] };
  const wanted = [...new Set([...phrases, ...terms].map((t) => t.toLowerCase()).filter(Boolean))];
  let best = sentences[0]!;
  let bestScore = -1;
  // One pattern per word, not per word and sentence.
  const tests = wanted.map((w) => ({ re: wordMatch(w), points: phrases.includes(w) ? 3 : 1 }));
  for (const s of sentences) {
    const lower = s.toLowerCase();
    const score = tests.reduce((acc, t) => acc + (t.re.test(lower) ? t.points : 0), 0);
    if (score > bestScore) [best, bestScore] = [s, score];
  }
  return markWords(trim(best, wanted, maxLength), wanted);
}

/**
 * The best sentence for `terms` and `phrases`, as escaped HTML with <mark> (the legacy form).
 * "He covered credit2 in depth." + ["credit2"] → "He covered <mark>credit2</mark> in depth."
 */
export function snippet(text: string, terms: string[], phrases: string[] = [], maxLength = 240): string {
  return snippetHtml(snippetOf(text, terms, phrases, maxLength));
}

function wordMatch(word: string): RegExp {
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(word)}(?=$|[^\\p{L}\\p{N}])`, 'iu');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Keeps a long sentence around its first match. */
function trim(sentence: string, words: string[], max: number): string {
  if (sentence.length <= max) return sentence;
  const first = Math.min(...words.map((w) => sentence.toLowerCase().indexOf(w)).filter((i) => i >= 0), Infinity);
  const start = Number.isFinite(first) ? Math.max(0, first - Math.floor(max / 3)) : 0;
  return `${start > 0 ? '…' : ''}${sentence.slice(start, start + max)}${start + max < sentence.length ? '…' : ''}`;
}

/** Marks whole-word occurrences of `words` in `text` (longest first, no overlaps). */
export function markWords(text: string, words: string[]): Snippet {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length).filter((w) => w.length > 1);
  if (sorted.length === 0) return { text, marks: [] };
  const pattern = markPattern(sorted);
  const marks: Array<[number, number]> = [];
  for (const m of text.matchAll(pattern)) marks.push([m.index, m.index + m[0].length]);
  return { text, marks };
}

const MARK_PATTERNS = new Map<string, RegExp>();

/** The pattern marking `sorted` (longest first), kept: an answer marks the same names in each of its sentences. */
function markPattern(sorted: string[]): RegExp {
  const source = `(?<![\\p{L}\\p{N}])(${sorted.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`;
  let re = MARK_PATTERNS.get(source);
  if (!re) {
    if (MARK_PATTERNS.size >= 1024) MARK_PATTERNS.clear();
    re = new RegExp(source, 'giu');
    MARK_PATTERNS.set(source, re);
  }
  return re;
}

/** Escapes the text, wrapping each marked range in <mark>. */
export function snippetHtml(s: Snippet): string {
  let out = '';
  let last = 0;
  for (const [start, end] of s.marks) {
    out += `${escapeHtml(s.text.slice(last, start))}<mark>${escapeHtml(s.text.slice(start, end))}</mark>`;
    last = end;
  }
  return out + escapeHtml(s.text.slice(last));
}

/** The legacy name: escapes `sentence` and marks `words` as HTML. */
export function highlight(sentence: string, words: string[]): string {
  return snippetHtml(markWords(sentence, words));
}
