// Snippets: the sentence of a post that best matches the query, HTML-escaped, with the
// matching words wrapped in <mark>. (MiniSearch has no highlighting of its own.)

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

/**
 * The best sentence for `terms` (words the index matched) and `phrases` (quoted), highlighted.
 * "He covered credit2 in depth." + ["credit2"] → "He covered <mark>credit2</mark> in depth."
 */
export function snippet(text: string, terms: string[], phrases: string[] = [], maxLength = 240): string {
  const sentences = sentencesOf(text);
  if (sentences.length === 0) return '';
  const wanted = [...new Set([...phrases, ...terms].map((t) => t.toLowerCase()).filter(Boolean))];
  let best = sentences[0]!;
  let bestScore = -1;
  for (const s of sentences) {
    const lower = s.toLowerCase();
    const score = wanted.reduce((acc, w) => acc + (wordMatch(w).test(lower) ? (phrases.includes(w) ? 3 : 1) : 0), 0);
    if (score > bestScore) [best, bestScore] = [s, score];
  }
  return highlight(trim(best, wanted, maxLength), wanted);
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

/** Escapes the whole sentence, then marks the matched words (longest first, no nesting). */
export function highlight(sentence: string, words: string[]): string {
  const sorted = [...words].sort((a, b) => b.length - a.length).filter((w) => w.length > 1);
  if (sorted.length === 0) return escapeHtml(sentence);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${sorted.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  let out = '';
  let last = 0;
  for (const m of sentence.matchAll(pattern)) {
    out += `${escapeHtml(sentence.slice(last, m.index))}<mark>${escapeHtml(m[0])}</mark>`;
    last = m.index + m[0].length;
  }
  return out + escapeHtml(sentence.slice(last));
}
