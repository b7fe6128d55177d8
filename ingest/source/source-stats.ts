// The ingest's stat cache: per post file, the size and mtime it had when last stored and the
// content hash stored for it, so an unchanged file (same stat) is neither read nor hashed again.
// Ingest-side only (a file in the ingest's data folder); API servers never read it.
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FileStat } from './read-file.js';

/** The cache's file in its folder. */
export const SOURCE_STATS_FILE = 'source-stats.json';

/**
 * A file modified this soon before it was read may change again within the same mtime tick
 * (coarse clocks, 2 s on FAT): such a stat is never trusted, the file is read next time.
 */
export const RACY_MS = 2000;

/**
 * What a file looked like when its post was stored: its stat, a fingerprint of what else its
 * Post depends on (extractor, lexicon, curation, site), the content hash stored, and its URL.
 */
export interface SourceStat {
  size: number;
  mtimeMs: number;
  context: string;
  hash: string;
  url: string | null;
}

type Row = [size: number, mtimeMs: number, context: string, hash: string, url: string | null];
const FORMAT = 'talkgraph-source-stats/1';

/** The remembered stats by absolute path; changes are staged and saved once the run's writes are durable. */
export class SourceStats {
  private readonly known: Map<string, Row>;
  private readonly staged = new Map<string, Row | null>();

  private constructor(private readonly file: string | null) {
    this.known = file ? readRows(file) : new Map();
  }

  /** The cache in `dir` (a data folder), or one that remembers nothing when `dir` is null. */
  static open(dir: string | null): SourceStats {
    return new SourceStats(dir ? path.join(dir, SOURCE_STATS_FILE) : null);
  }

  /** The stat remembered for `file`, if any. */
  get(file: string): SourceStat | undefined {
    const row = this.known.get(path.resolve(file));
    return row && { size: row[0], mtimeMs: row[1], context: row[2], hash: row[3], url: row[4] };
  }

  /**
   * Remembers `file` as stored with `s` once saved; a racy stat (see RACY_MS) forgets it instead.
   * @returns whether the stat will be trusted next time
   */
  stage(file: string, s: FileStat, rest: Omit<SourceStat, 'size' | 'mtimeMs'>): boolean {
    const trusted = s.mtimeMs <= s.readAt - RACY_MS;
    this.staged.set(path.resolve(file), trusted ? [s.size, s.mtimeMs, rest.context, rest.hash, rest.url] : null);
    return trusted;
  }

  /** Forgets `file` at the next save (it was read and not stored, or failed). */
  forget(file: string): void {
    this.staged.set(path.resolve(file), null);
  }

  /**
   * Writes the staged changes; call only after the posts they describe are durably stored.
   * Best effort: a cache that cannot be written (a full disk) only means reading the files
   * again next time, so it warns and never fails the ingest whose posts are already saved.
   */
  save(): void {
    if (!this.file) return;
    let changed = false;
    for (const [file, row] of this.staged) {
      const was = this.known.get(file);
      if (row ? was?.every((v, i) => v === row[i]) : !was) continue;
      if (row) this.known.set(file, row);
      else this.known.delete(file);
      changed = true;
    }
    this.staged.clear();
    // An unchanged run rewrites nothing (the cache is some 250 bytes a file).
    if (!changed) return;
    const tmp = `${this.file}.tmp`;
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      writeFileSync(tmp, JSON.stringify({ format: FORMAT, files: Object.fromEntries(this.known) }));
      renameSync(tmp, this.file);
    } catch (err) {
      rmSync(tmp, { force: true });
      process.emitWarning(
        `source stats: cannot write ${this.file} (${(err as Error).message}); files are read again next time`,
      );
    }
  }
}

/**
 * The size and mtime of `file` now (following links, as the reader does); null when it is no
 * regular file. Synchronous on purpose: a stat is microseconds, a thread-pool round trip per
 * file is most of an unchanged run's time.
 */
export function statNow(file: string): { size: number; mtimeMs: number } | null {
  const info = statSync(file, { throwIfNoEntry: false });
  return info?.isFile() ? { size: info.size, mtimeMs: info.mtimeMs } : null;
}

function readRows(file: string): Map<string, Row> {
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')) as { format?: string; files?: Record<string, Row> };
    if (value?.format !== FORMAT || !value.files || typeof value.files !== 'object') return new Map();
    return new Map(Object.entries(value.files).filter(([, row]) => Array.isArray(row) && row.length === 5));
  } catch {
    // No cache yet, or a damaged one: every file is simply read.
    return new Map();
  }
}
