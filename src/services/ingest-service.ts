// `talkgraph ingest`: extraction over a corpus into a store and the search index. Unchanged
// posts (same content hash) are skipped, changed ones replace their own relations, and
// --prune removes posts whose files are gone.
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Lexicon } from '../../ingest/extraction/lexicon.js';
import { extractPostWithText } from '../../ingest/pipeline/extract-post.js';
import { rootFor, toSkipped, type Skipped } from '../../ingest/pipeline/extract-files.js';
import { applyCuration, type Curation } from '../../ingest/resolution/curation.js';
import { resolveAcrossPosts } from '../../ingest/resolution/resolve-corpus.js';
import { readPostFile } from '../../ingest/source/read-file.js';
import { listPostFiles } from '../../ingest/source/walk.js';
import type { Extraction } from '../domain/model.js';
import type { SearchIndex } from '../search/search-index.js';
import { lockDataFolder } from '../storage/data-lock.js';
import { commitParts, type SnapshotPart } from '../storage/generations.js';
import type { GraphStore, StoreCounts } from '../stores/graph-store.js';
import { IngestJournal } from './ingest-journal.js';

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

/**
 * Ingests every post under `paths`; one bad post is skipped with its reason, never fatal.
 * Holds the data folder's lock throughout; extractions are journalled as they are made and
 * the graph and search index are saved as one generation at the end (see src/storage).
 */
export async function ingestCorpus(paths: string[], o: IngestOptions): Promise<IngestSummary> {
  const parts = [o.store.snapshotPart(), o.index?.snapshotPart() ?? null].filter((p): p is SnapshotPart => p !== null);
  const releases = [...new Set(parts.map((p) => path.resolve(p.dir)))].map((dir) => lockDataFolder(dir, 'ingest'));
  const journal = IngestJournal.open(parts[0]?.dir ?? null);
  try {
    const summary = await ingestLocked(paths, o, journal);
    if (parts.length) commitParts(parts);
    else await o.store.flush();
    journal.finish();
    summary.counts = await o.store.counts();
    return summary;
  } finally {
    journal.close();
    for (const release of releases) release();
  }
}

async function ingestLocked(paths: string[], o: IngestOptions, journal: IngestJournal): Promise<IngestSummary> {
  const started = performance.now();
  const files = await listPostFiles(paths);
  const stored = new Map((await o.store.query('stored-posts', {})).map((r) => [r.source, r]));
  const seen = new Set<string>();
  const pending: Pending[] = [];
  const summary: IngestSummary = { read: 0, ingested: 0, unchanged: 0, skipped: [], removed: 0, counts: { posts: 0, entities: {}, relations: {} }, ms: 0 };
  const stale: string[] = [];
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
      // Unchanged, unless the search index lost it (rebuilt after an options change) or its
      // relations never landed (a write cut off by a crash): then it is written again.
      if (before && before.hash === hash && before.links > 0 && !o.force && (!o.index || o.index.has(before.post))) summary.unchanged++;
      else {
        const done = journal.get(hash, source);
        const { extraction, plainText } = done ?? extractPostWithText(file, text, { lexicon: o.lexicon, root });
        if (!done) journal.add(hash, source, { extraction, plainText });
        pending.push({ extraction: applyCuration(extraction, o.curation), text: plainText, hash });
        // A post whose id changed (new url or slug) leaves its old id behind: drop it.
        if (before && before.post !== extraction.post.id) stale.push(before.post);
      }
    } catch (err) {
      const skipped = toSkipped(file, err);
      summary.skipped.push(skipped);
      o.onSkip?.(skipped);
    }
    o.onProgress?.(summary.read, files.length);
  }
  await write(pending, o);
  summary.ingested = pending.length;
  const gone = o.prune ? [...stored.values()].filter((r) => !seen.has(r.source)).map((r) => r.post) : [];
  await remove([...stale, ...gone], o);
  summary.removed = gone.length;
  summary.ms = Math.round(performance.now() - started);
  return summary;
}

async function write(pending: Pending[], o: IngestOptions): Promise<void> {
  if (pending.length === 0) return;
  const known = await o.store.query('entities', { type: null, limit: 1_000_000 });
  const resolved = resolveAcrossPosts(pending.map((p) => p.extraction), known);
  for (let i = 0; i < resolved.length; i += WRITE_BATCH) {
    const batch = resolved.slice(i, i + WRITE_BATCH).map((extraction, k) => ({ extraction, hash: pending[i + k]!.hash }));
    await o.store.writePosts(batch);
    batch.forEach((b, k) => o.index?.put(b.extraction, pending[i + k]!.text));
  }
}

async function remove(postIds: string[], o: IngestOptions): Promise<void> {
  if (postIds.length === 0) return;
  await o.store.removePosts(postIds);
  for (const id of postIds) o.index?.remove(id);
}
