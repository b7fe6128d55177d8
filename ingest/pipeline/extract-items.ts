// The one ingest loop's second half: read posts mapped to extractions. The single place the
// extractor is called for a stream, so a worker pool can replace this function as a whole.
import type { Extraction } from '../../src/domain/model.js';
import type { Lexicon } from '../extraction/lexicon.js';
import { toSkipped } from '../source/skipped.js';
import { extractPostWithText } from './extract-post.js';
import type { ReadPost, SkippedPost } from './post-stream.js';

export interface ExtractedPost {
  kind: 'extracted';
  read: ReadPost;
  extraction: Extraction;
  /** The post's text (blocks joined), for the search index. */
  plainText: string;
}

export interface ExtractItemsOptions {
  lexicon: Lexicon;
  timeoutMs?: number;
}

/** Extracts each read post in order; a post that fails becomes a skip, never an abort. */
export async function* extractItems(
  items: AsyncIterable<ReadPost> | Iterable<ReadPost>,
  o: ExtractItemsOptions,
): AsyncGenerator<ExtractedPost | SkippedPost> {
  const timeout = o.timeoutMs ? { timeoutMs: o.timeoutMs } : {};
  for await (const read of items) {
    try {
      const { extraction, plainText } = extractPostWithText(read.file, read.text, {
        lexicon: o.lexicon,
        root: read.context,
        ...timeout,
      });
      yield { kind: 'extracted', read, extraction, plainText };
    } catch (err) {
      yield { kind: 'skipped', skipped: toSkipped(read.file, err) };
    }
  }
}
