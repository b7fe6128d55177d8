// Hard caps per post, as one table: no post may cost more than a few seconds or a bounded
// amount of memory. Long posts are cut to the caps and still stored (with a note on the post);
// shapes no writer produces (nesting hundreds deep) are skipped with one POST_TOO_COMPLEX line.
import { InputError } from '../../src/domain/errors.js';

export interface PostLimits {
  /** Characters of the Markdown body handed to the parser; longer bodies are cut at a line end. */
  readonly maxBodyChars: number;
  /** Characters of one source line; a longer line (a pasted blob, minified HTML) is cut. */
  readonly maxLineChars: number;
  /** Emphasis markers (`*`, `_`) per line; past it they are blanked (the parser is quadratic in them). */
  readonly maxEmphasisMarks: number;
  /** Characters of front matter; a bigger header (100,000 keys) skips the post before YAML runs. */
  readonly maxFrontMatterChars: number;
  /** Block nesting (quotes, list indentation) one line may open; deeper skips the post. */
  readonly maxNesting: number;
  /** Sentences kept per post; the rest of the post is not read. */
  readonly maxSentences: number;
  /** Characters per sentence; a longer "sentence" (a run of URLs) is cut at a word end. */
  readonly maxSentenceChars: number;
  /** Words (white-space separated tokens) per post over all kept sentences. */
  readonly maxTokens: number;
}

/**
 * The caps in force. Real write-ups in the shared corpora stay below them (the longest is
 * 74 KB, its longest line 3,640 characters); they bound the hostile ones.
 */
export const POST_LIMITS: PostLimits = {
  maxBodyChars: 120_000,
  maxLineChars: 8_000,
  maxEmphasisMarks: 400,
  maxFrontMatterChars: 64 * 1024,
  maxNesting: 48,
  maxSentences: 1_500,
  maxSentenceChars: 1_000,
  maxTokens: 30_000,
};

/** What a limit did to a post, in words a user reads ("body cut from 1400000 to 200000 characters"). */
export type LimitNote = string;

/**
 * Bounds a Markdown body before it is parsed: cuts long lines and long bodies (adding notes),
 * and throws POST_TOO_COMPLEX naming `file` when a line nests deeper than the cap.
 */
export function limitBody(file: string, body: string, notes: LimitNote[], limits: PostLimits = POST_LIMITS): string {
  let out = body;
  if (out.length > limits.maxBodyChars) {
    const cut = out.lastIndexOf('\n', limits.maxBodyChars);
    out = out.slice(0, cut > limits.maxBodyChars / 2 ? cut : limits.maxBodyChars);
    notes.push(`body cut from ${body.length} to ${out.length} characters`);
  }
  const lines = out.split('\n');
  let longLines = 0;
  let marked = 0;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (line.length > limits.maxLineChars) {
      line = lines[i] = cutAtWord(line, limits.maxLineChars);
      longLines++;
    }
    if (countOf(line, EMPHASIS) > limits.maxEmphasisMarks) {
      lines[i] = line.replace(/[*_]/g, ' ');
      marked++;
    }
    const depth = nestingOf(lines[i]!);
    if (depth > limits.maxNesting) {
      throw new InputError(
        'POST_TOO_COMPLEX',
        'limits',
        file,
        `line ${i + 1} nests ${depth} levels deep (cap ${limits.maxNesting})`,
      );
    }
  }
  if (longLines > 0) notes.push(`${longLines} line(s) over ${limits.maxLineChars} characters cut`);
  if (marked > 0) notes.push(`emphasis markers blanked on ${marked} line(s) holding over ${limits.maxEmphasisMarks}`);
  return longLines + marked > 0 ? lines.join('\n') : out;
}

/**
 * Refuses front matter bigger than the cap before any YAML/TOML parser sees it: throws
 * POST_TOO_COMPLEX naming `file`. A header never closed is left to the front-matter reader.
 */
export function checkFrontMatterSize(file: string, text: string, limits: PostLimits = POST_LIMITS): void {
  const fence = text.startsWith('---') ? '\n---' : text.startsWith('+++') ? '\n+++' : null;
  if (!fence) return;
  const end = text.indexOf(fence, 3);
  if (end > limits.maxFrontMatterChars) {
    throw new InputError(
      'POST_TOO_COMPLEX',
      'limits',
      file,
      `front matter of ${end} characters is over the ${limits.maxFrontMatterChars}-character cap`,
    );
  }
}

const EMPHASIS = new Set([42, 95]);

function countOf(line: string, codes: Set<number>): number {
  let n = 0;
  for (let i = 0; i < line.length; i++) if (codes.has(line.charCodeAt(i))) n++;
  return n;
}

/** The part of a sentence the caps keep, or null once the post has used up its sentences or tokens. */
export interface SentenceCap {
  /** Returns `text` (cut when too long), or null when no more sentences may be read. */
  take(text: string): string | null;
  /** True once the caps are reached: later blocks need not even be split. */
  readonly done: boolean;
}

/** A per-post counter of sentences and tokens; notes what it cut into `notes` once. */
export function sentenceCap(notes: LimitNote[], limits: PostLimits = POST_LIMITS): SentenceCap {
  let sentences = 0;
  let tokens = 0;
  let cutLong = 0;
  let stopped = false;
  return {
    get done() {
      return stopped;
    },
    take(text: string): string | null {
      if (stopped) return null;
      const kept = text.length > limits.maxSentenceChars ? cutAtWord(text, limits.maxSentenceChars) : text;
      if (kept !== text && cutLong++ === 0) notes.push(`sentences over ${limits.maxSentenceChars} characters cut`);
      const words = countWords(kept);
      if (sentences + 1 > limits.maxSentences || tokens + words > limits.maxTokens) {
        stopped = true;
        notes.push(
          `reading stopped after ${sentences} sentences and ${tokens} words (caps ${limits.maxSentences} sentences, ${limits.maxTokens} words)`,
        );
        return null;
      }
      sentences++;
      tokens += words;
      return kept;
    },
  };
}

/** `text` cut to at most `max` characters, at the last white space when there is one near the end. */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const space = text.lastIndexOf(' ', max);
  return text.slice(0, space > max * 0.8 ? space : max);
}

function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 10 || c === 13;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Block nesting a line opens: each `>` and list marker in its lead, list markers counting their indent. */
function nestingOf(line: string): number {
  let depth = 0;
  let spaces = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '>') depth++;
    else if (c === ' ') spaces++;
    else if (c === '\t') spaces += 4;
    // Indent alone is no nesting (code keeps its own); indent before a list marker is.
    else if ((c === '-' || c === '*' || c === '+') && line[i + 1] === ' ') depth += 1 + Math.floor(spaces / 2);
    else break;
  }
  return depth;
}

/**
 * Runs one parsing step of `file`; a stack overflow (nesting the line scan cannot see, such
 * as thousands of nested images or emphasis) becomes POST_TOO_COMPLEX instead of a crash.
 */
export function withinStack<T>(file: string, step: string, work: () => T): T {
  try {
    return work();
  } catch (err) {
    if (err instanceof RangeError)
      throw new InputError('POST_TOO_COMPLEX', 'limits', file, `${step} nests too deep (${err.message})`, {
        cause: err,
      });
    throw err;
  }
}
