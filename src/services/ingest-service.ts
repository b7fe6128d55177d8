// `talkgraph ingest`: the one ingest loop (ingest/pipeline's post stream, then extraction)
// into a store and the search index. This service keeps hashing, diffing and writing:
// unchanged posts (same content hash) are skipped, changed ones replace their own relations,
// and --prune removes posts of the ingested sites whose files are gone.
import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Lexicon } from '../../ingest/extraction/lexicon.js';
import { extractItems } from '../../ingest/pipeline/extract-items.js';
import { readPosts, type ReadPost } from '../../ingest/pipeline/post-stream.js';
import { applyCuration, type Curation } from '../../ingest/resolution/curation.js';
import { resolveAcrossPosts } from '../../ingest/resolution/resolve-corpus.js';
import { isFeedSpec } from '../../ingest/source/feed-source.js';
import { FeedCache } from '../../ingest/source/fetch-feed.js';
import { SiteBook } from '../../ingest/source/file-source.js';
import type { SiteOverrides } from '../../ingest/source/site-config.js';
import { toSkipped, type Skipped } from '../../ingest/source/skipped.js';
import { InputError } from '../domain/errors.js';
import type { Extraction } from '../domain/model.js';
import type { SearchIndex } from '../search/search-index.js';
import type { GraphStore, StoreCounts } from '../stores/graph-store.js';
import type { QueryRow } from '../stores/named-queries.js';

export type { Skipped } from '../../ingest/source/skipped.js';

/** Bumped when extraction changes in a way that should re-extract every post. */
export const EXTRACTOR_VERSION = '3';
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
  onProgress?: (done: number, total: number) => void;
  onSkip?: (s: Skipped) => void;
}

export interface IngestSummary {
  read: number;
  ingested: number;
  unchanged: number;
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
}

type StoredRow = QueryRow<'stored-posts'>;

/** Ingests every post of `paths` (folders, files, feed files or URLs, WXR); one bad post is skipped, never fatal. */
export async function ingestCorpus(paths: string[], o: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const rows = await o.store.query('stored-posts', {});
  const stored = new Map(rows.map((r) => [keyOf(r.site, r.source), r]));
  const byId = new Map(rows.map((r) => [r.post, r]));
  const summary: IngestSummary = { read: 0, ingested: 0, unchanged: 0, skipped: [], removed: 0, notModified: 0, counts: { posts: 0, entities: {}, relations: {} }, ms: 0 };
  const skip = (s: Skipped) => {
    summary.skipped.push(s);
    o.onSkip?.(s);
  };
  const seen = new Set<string>();
  const pending: Pending[] = [];
  const stale: string[] = [];
  const hashes = new Map<ReadPost, string>();
  const feedCache = FeedCache.open(o.dataDir ?? null);
  const salt = `${EXTRACTOR_VERSION}|${o.lexicon.fingerprint}|${JSON.stringify(o.curation)}`;
  /** Site slug → its root folder, for every site read in this run (prune resolves files by it). */
  const roots = new Map<string, string>();
  const rootOfFile = new Map<string, string>();
  let total = 0;
  const progress = () => o.onProgress?.(summary.read, Math.max(total, summary.read));
  async function* changed(): AsyncGenerator<ReadPost> {
    for await (const event of readPosts(paths, { overrides: o.sites, feedCache, onListed: (n) => (total = n) })) {
      if (event.kind === 'not-modified') {
        summary.notModified++;
        continue;
      }
      summary.read++;
      if (event.kind === 'skipped') skip(event.skipped);
      else {
        const key = keyOf(event.post.site ?? null, event.post.source);
        seen.add(key);
        roots.set(event.context.site.name, event.context.site.root);
        rootOfFile.set(event.file, event.context.site.root);
        // The Post is hashed too: a new base URL or permalink rule re-stores an unchanged file.
        const hash = createHash('sha256').update(salt).update(JSON.stringify(event.post)).update(event.text).digest('hex');
        const before = stored.get(key) ?? stored.get(keyOf(null, event.post.source));
        const taken = byId.get(event.post.id);
        if (taken && taken !== before && claimedElsewhere(taken, event)) {
          skip(toSkipped(event.file, new InputError('DUPLICATE_POST', 'source', event.file, `its post id ${event.post.id} is already taken by ${taken.source}`)));
        } else if (before && before.hash === hash && !o.force && (!o.index || o.index.has(before.post))) summary.unchanged++;
        else {
          hashes.set(event, hash);
          // A post whose id changed (new url or slug) leaves its old id behind: drop it.
          if (before && before.post !== event.post.id) stale.push(before.post);
          yield event;
          continue;
        }
      }
      progress();
    }
  }
  for await (const out of extractItems(changed(), { lexicon: o.lexicon })) {
    if (out.kind === 'skipped') {
      skip(out.skipped);
      const root = rootOfFile.get(out.skipped.file);
      if (root && isFeedSpec(root)) feedCache.unstage(root);
    }
    else pending.push({ extraction: applyCuration(out.extraction, o.curation), text: out.plainText, hash: hashes.get(out.read)! });
    progress();
  }
  await write(pending, o);
  summary.ingested = pending.length;
  const gone = o.prune ? prunable(paths, rows, seen, roots, o.sites) : [];
  await remove([...stale, ...gone], o);
  summary.removed = gone.length;
  await o.store.flush();
  o.index?.save();
  feedCache.save();
  summary.counts = await o.store.counts();
  summary.ms = Math.round(performance.now() - started);
  return summary;
}

function keyOf(site: string | null, source: string): string {
  return `${site ?? ''}\u0000${source}`;
}

/** Another stored post holds the id, and its own file is still there: a real clash, not a rename. */
function claimedElsewhere(taken: StoredRow, event: ReadPost): boolean {
  if (taken.site !== (event.post.site ?? null) || taken.source === event.post.source) return false;
  return existsSync(path.resolve(event.context.site.root, taken.source));
}

/**
 * The stored posts --prune may remove: of a site ingested from disk in this run, not read in
 * this run, lying below a path given to this run, and whose file no longer exists. Posts of
 * other sites, of feeds and of files outside the given paths are never touched.
 */
export function prunable(paths: string[], rows: StoredRow[], seen: Set<string>, roots: Map<string, string>, overrides?: SiteOverrides): string[] {
  const book = new SiteBook(overrides);
  const known = new Map(roots);
  const scopes = paths
    .filter((p) => !isFeedSpec(p) && existsSync(p))
    .map((p) => {
      const folder = statSync(p).isDirectory();
      // The given path's own site counts even when none of its files is left to read.
      const site = book.siteOf(p, folder);
      if (!known.has(site.name)) known.set(site.name, site.root);
      return { dir: path.resolve(p), folder };
    });
  return rows
    .filter((r) => r.site !== null && !seen.has(keyOf(r.site, r.source)) && known.has(r.site))
    .filter((r) => {
      const file = path.resolve(known.get(r.site!)!, r.source);
      const inside = scopes.some((s) => (s.folder ? file.startsWith(s.dir + path.sep) : file === s.dir));
      return inside && !existsSync(file);
    })
    .map((r) => r.post);
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
