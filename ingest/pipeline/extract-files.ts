// Runs extraction over many files: one bad file gets one clear line and the run goes on;
// the summary counts what was read and what was skipped, with reasons.
import path from 'node:path';
import { TalkgraphError } from '../../src/domain/errors.js';
import type { Extraction } from '../../src/domain/model.js';
import type { Lexicon } from '../extraction/lexicon.js';
import { readPostFile } from '../source/read-file.js';
import { listPostFiles } from '../source/walk.js';
import { extractPost } from './extract-post.js';

export interface Skipped {
  file: string;
  code: string;
  reason: string;
}

export interface ExtractRunSummary {
  read: number;
  extracted: number;
  skipped: Skipped[];
  ms: number;
}

export interface ExtractFilesOptions {
  lexicon: Lexicon;
  maxBytes?: number;
  timeoutMs?: number;
  /** Called with each post as soon as it is extracted (streaming output). */
  onPost?: (x: Extraction, file: string) => void;
  /** Called with each skipped file. */
  onSkip?: (s: Skipped) => void;
}

/** Extracts every post under `paths`; never throws for a bad post, only for a missing path. */
export async function extractFiles(paths: string[], options: ExtractFilesOptions): Promise<ExtractRunSummary> {
  const started = performance.now();
  const files = await listPostFiles(paths);
  const summary: ExtractRunSummary = { read: 0, extracted: 0, skipped: [], ms: 0 };
  for (const file of files) {
    summary.read++;
    const root = rootFor(file, paths);
    try {
      const text = await readPostFile(file, options.maxBytes);
      const x = extractPost(file, text, { lexicon: options.lexicon, root, ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}) });
      summary.extracted++;
      options.onPost?.(x, file);
    } catch (err) {
      const skipped = toSkipped(file, err);
      summary.skipped.push(skipped);
      options.onSkip?.(skipped);
    }
  }
  summary.ms = Math.round(performance.now() - started);
  return summary;
}

/** The folder among `paths` that holds `file` (post ids and sources are relative to it). */
export function rootFor(file: string, paths: string[]): string {
  const folder = paths.map((p) => path.resolve(p)).find((p) => path.resolve(file).startsWith(p + path.sep));
  return folder ?? path.dirname(path.resolve(file));
}

/** A failure on one file, as a skip with its code and reason. */
export function toSkipped(file: string, err: unknown): Skipped {
  if (err instanceof TalkgraphError) return { file, code: err.code, reason: err.message };
  // An unexpected bug on one post is still reported and skipped, never fatal to the run.
  return { file, code: 'INTERNAL', reason: `extract: ${file}: ${(err as Error)?.message ?? String(err)}` };
}
