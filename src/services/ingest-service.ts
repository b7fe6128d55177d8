// `talkgraph ingest`: extraction over a corpus into a store and the search index. Unchanged
// posts (same content hash) are skipped, changed ones replace their own relations, and
// --prune removes posts whose files are gone.
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Lexicon } from '../../ingest/extraction/lexicon.js';
import { rootFor, toSkipped, type Skipped } from '../../ingest/pipeline/extract-files.js';
import { extractInPool, type PostInput } from '../../ingest/pipeline/worker-pool.js';
import { applyCuration, type Curation } from '../../ingest/resolution/curation.js';
import { resolveAcrossPosts } from '../../ingest/resolution/resolve-corpus.js';
import { readPostFile } from '../../ingest/source/read-file.js';
import { listPostFiles } from '../../ingest/source/walk.js';
import type { Extraction } from '../domain/model.js';
import type { SearchIndex } from '../search/search-index.js';
import type { GraphStore, StoreCounts } from '../stores/graph-store.js';

/** Bumped when extraction changes in a way that should re-extract every post. */
export const EXTRACTOR_VERSION = '2';
const WRITE_BATCH = 50;

export interface IngestOptions {
  store: GraphStore;
  index: SearchIndex | null;
  lexicon: Lexicon;
  curation: Curation;
  /** Remove stored posts whose source files are gone. */
  prune?: boolean;
  /** Re-extract even unchanged posts. */
  force?: boolean;
  onProgress?: (done: number, total: number) => void;
  onSkip?: (s: Skipped) => void;
  /** Extraction threads (default: the cores; env TALKGRAPH_THREADS); 1 extracts in this thread. */
  threads?: number;
}

export interface IngestSummary {
  read: number;
  ingested: number;
  unchanged: number;
  skipped: Skipped[];
  removed: number;
  counts: StoreCounts;
  ms: number;
}

interface Pending {
  extraction: Extraction;
  text: string;
  hash: string;
}

/** Ingests every post under `paths`; one bad post is skipped with its reason, never fatal. */
export async function ingestCorpus(paths: string[], o: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const files = await listPostFiles(paths);
  const stored = new Map((await o.store.query('stored-posts', {})).map((r) => [r.source, r]));
  const seen = new Set<string>();
  const pending: Pending[] = [];
  const summary: IngestSummary = { read: 0, ingested: 0, unchanged: 0, skipped: [], removed: 0, counts: { posts: 0, entities: {}, relations: {} }, ms: 0 };
  const stale: string[] = [];
  const todo: Array<{ input: PostInput; hash: string; before?: string }> = [];
  let done = 0;
  const salt = `${EXTRACTOR_VERSION}|${o.lexicon.fingerprint}|${JSON.stringify(o.curation)}`;
  for (const file of files) {
    summary.read++;
    const root = rootFor(file, paths);
    const source = path.relative(root, path.resolve(file)) || path.basename(file);
    seen.add(source);
    try {
      const text = await readPostFile(file);
      const hash = createHash('sha256').update(salt).update(text).digest('hex');
      const before = stored.get(source);
      // Unchanged, unless the search index lost it (rebuilt after an options change).
      if (before && before.hash === hash && !o.force && (!o.index || (await o.index.has(before.post)))) summary.unchanged++;
      else todo.push({ input: { file, text, root }, hash, before: before?.post });
    } catch (err) {
      skip(summary, o, file, err);
    }
    if (todo.at(-1)?.input.file !== file) o.onProgress?.(++done, files.length);
  }
  // Extraction runs on a pool of worker threads (in this thread for small runs), in file order.
  let k = 0;
  for await (const r of extractInPool(todo.map((t) => t.input), { lexicon: o.lexicon, ...(o.threads !== undefined ? { threads: o.threads } : {}) })) {
    const { hash, before } = todo[k++]!;
    o.onProgress?.(++done, files.length);
    if (r.error) {
      skip(summary, o, r.input.file, r.error);
      continue;
    }
    pending.push({ extraction: applyCuration(r.extraction, o.curation), text: r.plainText, hash });
    // A post whose id changed (new url or slug) leaves its old id behind: drop it.
    if (before && before !== r.extraction.post.id) stale.push(before);
  }
  await write(pending, o);
  summary.ingested = pending.length;
  const gone = o.prune ? [...stored.values()].filter((r) => !seen.has(r.source)).map((r) => r.post) : [];
  await remove([...stale, ...gone], o);
  summary.removed = gone.length;
  await o.store.flush();
  await o.index?.save();
  summary.counts = await o.store.counts();
  summary.ms = Math.round(performance.now() - started);
  return summary;
}

function skip(summary: IngestSummary, o: IngestOptions, file: string, err: unknown): void {
  const skipped = toSkipped(file, err);
  summary.skipped.push(skipped);
  o.onSkip?.(skipped);
}

async function write(pending: Pending[], o: IngestOptions): Promise<void> {
  if (pending.length === 0) return;
  const known = await o.store.query('entities-all', {});
  const resolved = resolveAcrossPosts(pending.map((p) => p.extraction), known);
  for (let i = 0; i < resolved.length; i += WRITE_BATCH) {
    const batch = resolved.slice(i, i + WRITE_BATCH).map((extraction, k) => ({ extraction, hash: pending[i + k]!.hash }));
    await o.store.writePosts(batch);
    await o.index?.putAll(batch.map((b, k) => ({ extraction: b.extraction, text: pending[i + k]!.text })));
  }
}

async function remove(postIds: string[], o: IngestOptions): Promise<void> {
  if (postIds.length === 0) return;
  await o.store.removePosts(postIds);
  await o.index?.removeAll(postIds);
}
