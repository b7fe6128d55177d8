// `talkgraph ingest --watch`: ingest once, then again whenever files below the given folders
// change (debounced, so a save of many files is one run) and every interval for feeds.
// Each run is the ordinary incremental ingest with pruning, so deletions go too.
import { type FSWatcher, watch } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { isFeedSpec } from '../../ingest/source/feed-source.js';
import { type IngestOptions, type IngestSummary, ingestCorpus } from './ingest-service.js';

export interface WatchOptions extends IngestOptions {
  /** Quiet time after the last file event before a run starts. */
  debounceMs?: number;
  /** How often feed sources are polled (conditional GET); 0 or absent: not polled. */
  intervalMs?: number;
  /** Stops watching once aborted; the promise then resolves after the current run. */
  signal: AbortSignal;
  /** Told after each run, with what triggered it. */
  onRun?: (summary: IngestSummary, why: 'start' | 'files' | 'interval') => void;
  onError?: (err: unknown) => void;
}

/** Ingests `paths`, then keeps them ingested until `o.signal` aborts. */
export async function watchIngest(paths: string[], o: WatchOptions): Promise<void> {
  const files = paths.filter((p) => !isFeedSpec(p));
  const feeds = paths.filter(isFeedSpec);
  let running: Promise<void> = Promise.resolve();
  // Runs never overlap: each waits for the one before it.
  const run = (targets: string[], why: 'start' | 'files' | 'interval') => {
    running = running.then(async () => {
      if (o.signal.aborted && why !== 'start') return;
      try {
        o.onRun?.(await ingestCorpus(targets, { ...o, prune: true }), why);
      } catch (err) {
        o.onError?.(err);
      }
    });
    return running;
  };
  // Watch before the first run: a change made while it runs is seen and runs again after it.
  const watchers = await Promise.all(
    files.map((p) =>
      watchPath(
        p,
        debounce(() => void run(files, 'files'), o.debounceMs ?? 300),
      ),
    ),
  );
  await run(paths, 'start');
  const timer = feeds.length && o.intervalMs ? setInterval(() => void run(feeds, 'interval'), o.intervalMs) : null;
  await new Promise<void>((resolve) => {
    if (o.signal.aborted) resolve();
    else o.signal.addEventListener('abort', () => resolve(), { once: true });
  });
  for (const w of watchers) w.close();
  if (timer) clearInterval(timer);
  await running;
}

/** Watches a folder recursively, or a single file through its folder. */
async function watchPath(p: string, onChange: () => void): Promise<FSWatcher> {
  const folder = (await stat(p)).isDirectory();
  const target = folder ? p : path.dirname(p);
  const name = path.basename(p);
  return watch(target, { recursive: folder }, (_event, file) => {
    const changed = file?.toString() ?? '';
    // Hidden folders are never read: the data folder (.talkgraph) inside a blog would
    // otherwise wake the watch with every snapshot it writes.
    if (changed.split(path.sep).some((part) => part.startsWith('.'))) return;
    if (folder || !changed || changed === name) onChange();
  });
}

function debounce(fn: () => void, ms: number): () => void {
  let timer: NodeJS.Timeout | null = null;
  return () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      fn();
    }, ms);
  };
}
