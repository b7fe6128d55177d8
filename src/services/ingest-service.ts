// `talkgraph ingest`: the one ingest loop (ingest/pipeline's post stream, then extraction)
// into a store and the search index. This service keeps hashing, diffing and writing:
// unchanged posts (same content hash) are skipped, changed ones replace their own relations,
// and --prune removes posts of the ingested sites whose files are gone. It holds the data
// folder's lock, journals extractions as they are made and saves one generation at the end.
import path from 'node:path';
import type { Lexicon } from '../../ingest/extraction/lexicon.js';
import type { ReadPost } from '../../ingest/pipeline/post-stream.js';
import { extractItemsInPool } from '../../ingest/pipeline/worker-pool.js';
import { applyCuration, type Curation } from '../../ingest/resolution/curation.js';
import { resolveAgainstStore } from '../../ingest/resolution/resolve-corpus.js';
import { FeedCache } from '../../ingest/source/fetch-feed.js';
import type { SiteOverrides } from '../../ingest/source/site-config.js';
import type { Skipped } from '../../ingest/source/skipped.js';
import { SourceStats } from '../../ingest/source/source-stats.js';
import type { Extraction } from '../domain/model.js';
import type { SearchIndex } from '../search/search-index.js';
import { lockDataFolder } from '../storage/data-lock.js';
import { commitParts, type SnapshotPart } from '../storage/generations.js';
import type { GraphStore, StoreCounts } from '../stores/graph-store.js';
import { IngestDiff } from './ingest-diff.js';
import { IngestJournal } from './ingest-journal.js';
import { prunable } from './prune.js';

export type { Skipped } from '../../ingest/source/skipped.js';
export { EXTRACTOR_VERSION } from './ingest-diff.js';
export { prunable } from './prune.js';

const WRITE_BATCH = 50;

export interface IngestOptions {
  store: GraphStore;
  index: SearchIndex | null;
  lexicon: Lexicon;
  curation: Curation;
  /** Remove stored posts of the ingested sites whose source files are gone. */
  prune?: boolean;
  /** Re-extract even unchanged posts. */
  force?: boolean;
  /** Site name, base URL or permalink given on the command line for the sites of this run. */
  sites?: SiteOverrides;
  /** The data folder: feed validators (ETag, Last-Modified) are remembered there. */
  dataDir?: string | null;
  /**
   * Where the stat cache lives (unchanged files are not read again): default `dataDir`, else the
   * embedded store's folder. With Neo4j the ingest command passes its own local folder: the cache
   * is the ingesting machine's, API servers never read it. Null: every file is read.
   */
  statsDir?: string | null;
  /** Told of each source file read from disk (an unchanged stat reads none). */
  onRead?: (file: string) => void;
  onProgress?: (done: number, total: number) => void;
  onSkip?: (s: Skipped) => void;
  /** Extraction threads (default: the cores; env TALKGRAPH_THREADS); 1 extracts in this thread. */
  threads?: number;
}

export interface IngestSummary {
  read: number;
  ingested: number;
  unchanged: number;
  /** Of the unchanged, those known by their file's size and mtime alone (not read). */
  unread: number;
  skipped: Skipped[];
  removed: number;
  /** Feeds that answered 304 Not Modified. */
  notModified: number;
  counts: StoreCounts;
  ms: number;
}

interface Pending {
  extraction: Extraction;
  text: string;
  hash: string;
  /** Place in the stream: writes go in stream order, as a single-thread run makes them. */
  seq: number;
}

/**
 * Ingests every post of `paths` (folders, files, feed files or URLs, WXR); one bad post is
 * skipped, never fatal. Holds the data folder's lock throughout; extractions are journalled as
 * they are made, and the graph and search index are saved as one generation (see src/storage).
 * @param paths blog folders, post files, RSS/Atom feed files or http(s) URLs, WordPress exports
 * @param o the store and index written to, the lexicon and curation, and the run's flags (prune, force, sites)
 * @returns what was read, ingested, unchanged, skipped (with codes) and removed, and the store's counts
 * @example
 * const { store, index, close } = await createServices({ data: '.talkgraph' });
 * const s = await ingestCorpus(['../blog'], { store, index, lexicon: loadLexicon(), curation: EMPTY_CURATION });
 * await close();
 */
export async function ingestCorpus(paths: string[], o: IngestOptions): Promise<IngestSummary> {
  const parts = [o.store.snapshotPart(), o.index?.snapshotPart() ?? null].filter((p): p is SnapshotPart => p !== null);
  const releases = [...new Set(parts.map((p) => path.resolve(p.dir)))].map((dir) => lockDataFolder(dir, 'ingest'));
  const journal = IngestJournal.open(parts[0]?.dir ?? null);
  const stats = SourceStats.open(o.statsDir !== undefined ? o.statsDir : (o.dataDir ?? parts[0]?.dir ?? null));
  try {
    const summary = await ingestLocked(paths, o, journal, stats);
    if (parts.length) commitParts(parts);
    else await o.store.flush();
    // Only now that the posts are durable: a crash before this reads the files again, never skips one.
    stats.save();
    journal.finish();
    summary.counts = await o.store.counts();
    return summary;
  } finally {
    journal.close();
    for (const release of releases) release();
  }
}

async function ingestLocked(
  paths: string[],
  o: IngestOptions,
  journal: IngestJournal,
  stats: SourceStats,
): Promise<IngestSummary> {
  const started = performance.now();
  const rows = await o.store.query('stored-posts', {});
  const feedCache = FeedCache.open(o.dataDir ?? null);
  const diff = new IngestDiff(rows, o, feedCache, stats);
  const pending: Pending[] = [];
  // Posts are numbered in stream order, so the writes keep it however the pool interleaves.
  const order = new Map<ReadPost, number>();
  // A post extracted before a crash comes from the journal; the rest go to the extractor.
  const fresh = async function* (): AsyncGenerator<ReadPost> {
    for await (const read of diff.changed(paths)) {
      order.set(read, order.size);
      const done = journal.get(diff.hashOf(read), read.post.source);
      if (!done) yield read;
      else {
        pending.push({
          extraction: applyCuration(done.extraction, o.curation),
          text: done.plainText,
          hash: diff.hashOf(read),
          seq: order.get(read)!,
        });
        diff.progress();
      }
    }
  };
  // Extraction runs on a pool of worker threads (in this thread for a few posts), in stream order.
  const threads = o.threads !== undefined ? { threads: o.threads } : {};
  for await (const out of extractItemsInPool(fresh(), { lexicon: o.lexicon, ...threads })) {
    if (out.kind === 'skipped') diff.failed(out.skipped);
    else {
      const hash = diff.hashOf(out.read);
      journal.add(hash, out.read.post.source, { extraction: out.extraction, plainText: out.plainText });
      pending.push({
        extraction: applyCuration(out.extraction, o.curation),
        text: out.plainText,
        hash,
        seq: order.get(out.read)!,
      });
    }
    diff.progress();
  }
  await write(
    pending.sort((x, y) => x.seq - y.seq),
    o,
  );
  const gone = o.prune ? prunable(paths, rows, diff.seen, diff.roots, o.sites, diff.exports) : [];
  await remove([...diff.stale, ...gone], o);
  feedCache.save();
  const { read, unchanged, unread, skipped, notModified } = diff;
  return {
    read,
    ingested: pending.length,
    unchanged,
    unread,
    skipped,
    removed: gone.length,
    notModified,
    counts: { posts: 0, entities: {}, relations: {} },
    ms: Math.round(performance.now() - started),
  };
}

async function write(pending: Pending[], o: IngestOptions): Promise<void> {
  if (pending.length === 0) return;
  // Only the stored entities the posts' entities can merge with are read, not all of them.
  const resolved = await resolveAgainstStore(
    pending.map((p) => p.extraction),
    (ids, forms) => o.store.query('entities-matching', { ids, forms }),
  );
  for (let i = 0; i < resolved.length; i += WRITE_BATCH) {
    const batch = resolved
      .slice(i, i + WRITE_BATCH)
      .map((extraction, k) => ({ extraction, hash: pending[i + k]!.hash }));
    await o.store.writePosts(batch);
    await o.index?.putAll(batch.map((b, k) => ({ extraction: b.extraction, text: pending[i + k]!.text })));
  }
}

async function remove(postIds: string[], o: IngestOptions): Promise<void> {
  if (postIds.length === 0) return;
  await o.store.removePosts(postIds);
  await o.index?.removeAll(postIds);
}
