// Runs extraction over many sources (folders, files, feeds, exports) through the one ingest
// loop: one bad input gets one clear line and the run goes on; the summary counts what was
// read and what was skipped, with reasons.
import type { Extraction } from '../../src/domain/model.js';
import type { Lexicon } from '../extraction/lexicon.js';
import type { SiteOverrides } from '../source/site-config.js';
import type { Skipped } from '../source/skipped.js';
import { extractItems } from './extract-items.js';
import { type ReadPost, readPosts } from './post-stream.js';

export { type Skipped, toSkipped } from '../source/skipped.js';

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
  overrides?: SiteOverrides;
  /** Called with each post as soon as it is extracted (streaming output). */
  onPost?: (x: Extraction, file: string) => void;
  /** Called with each skipped input. */
  onSkip?: (s: Skipped) => void;
}

/** Extracts every post of `paths`; never throws for a bad post, only for a missing path. */
export async function extractFiles(paths: string[], options: ExtractFilesOptions): Promise<ExtractRunSummary> {
  const started = performance.now();
  const summary: ExtractRunSummary = { read: 0, extracted: 0, skipped: [], ms: 0 };
  const skip = (s: Skipped) => {
    summary.skipped.push(s);
    options.onSkip?.(s);
  };
  async function* readable(): AsyncGenerator<ReadPost> {
    for await (const event of readPosts(paths, { overrides: options.overrides, maxBytes: options.maxBytes })) {
      if (event.kind === 'not-modified' || event.kind === 'listed' || event.kind === 'unread') continue;
      summary.read++;
      if (event.kind === 'skipped') skip(event.skipped);
      else yield event;
    }
  }
  for await (const out of extractItems(readable(), { lexicon: options.lexicon, timeoutMs: options.timeoutMs })) {
    if (out.kind === 'skipped') skip(out.skipped);
    else {
      summary.extracted++;
      options.onPost?.(out.extraction, out.read.file);
    }
  }
  summary.ms = Math.round(performance.now() - started);
  return summary;
}
