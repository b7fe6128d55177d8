// The ingest's stat cache: per post file, the size and mtime it had when last stored and the
// content hash stored for it, so an unchanged file (same stat) is neither read nor hashed again.
// Ingest-side only (a file in the ingest's data folder); API servers never read it.
import { appendFileSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
/** The first line; each line after is `[file, ...Row]`, or `[file]` for a file forgotten. Later lines win. */
const HEADER = JSON.stringify({ format: 'talkgraph-source-stats/2' });
/** The whole-object format before: read, and replaced at the next save. */
const FORMAT_1 = 'talkgraph-source-stats/1';

/** A cache file as this process last read or wrote it: reused while its size and mtime say it is unchanged. */
interface Loaded {
  known: Map<string, Row>;
  /** Row lines in the file (a save appends; past twice the rows it is written whole again). */
  lines: number;
  size: number;
  mtimeMs: number;
}
const loaded = new Map<string, Loaded>();

/** The remembered stats by absolute path; changes are staged and saved once the run's writes are durable. */
export class SourceStats {
  private readonly state: Loaded;
  private readonly staged = new Map<string, Row | null>();

  private constructor(private readonly file: string | null) {
    this.state = file ? load(file) : { known: new Map(), lines: 0, size: -1, mtimeMs: -1 };
  }

  /** The cache in `dir` (a data folder), or one that remembers nothing when `dir` is null. */
  static open(dir: string | null): SourceStats {
    return new SourceStats(dir ? path.join(dir, SOURCE_STATS_FILE) : null);
  }

  /** The stat remembered for `file`, if any. */
  get(file: string): SourceStat | undefined {
    const row = this.state.known.get(path.resolve(file));
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
   * A few changes are appended (a run of one changed post writes one line, not the cache);
   * the file is written whole when new or when the appended lines outnumber the rows.
   * Best effort: a cache that cannot be written (a full disk) only means reading the files
   * again next time, so it warns and never fails the ingest whose posts are already saved.
   */
  save(): void {
    if (!this.file) return;
    const { known } = this.state;
    const lines: string[] = [];
    for (const [file, row] of this.staged) {
      const was = known.get(file);
      if (row ? was?.every((v, i) => v === row[i]) : !was) continue;
      if (row) known.set(file, row);
      else known.delete(file);
      lines.push(JSON.stringify(row ? [file, ...row] : [file]));
    }
    this.staged.clear();
    // An unchanged run rewrites nothing (the cache is some 250 bytes a file).
    if (!lines.length) return;
    try {
      if (this.state.size >= 0 && this.state.lines + lines.length <= 2 * Math.max(known.size, 32)) {
        appendFileSync(this.file, `${lines.join('\n')}\n`);
        this.state.lines += lines.length;
      } else this.writeWhole();
      const info = statSync(this.file);
      Object.assign(this.state, { size: info.size, mtimeMs: info.mtimeMs });
      loaded.set(this.file, this.state);
    } catch (err) {
      loaded.delete(this.file);
      process.emitWarning(
        `source stats: cannot write ${this.file} (${(err as Error).message}); files are read again next time`,
      );
    }
  }

  private writeWhole(): void {
    const file = this.file!;
    const tmp = `${file}.tmp`;
    const rows = [...this.state.known].map(([f, row]) => JSON.stringify([f, ...row]));
    try {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(tmp, `${[HEADER, ...rows].join('\n')}\n`);
      renameSync(tmp, file);
      this.state.lines = rows.length;
    } finally {
      rmSync(tmp, { force: true });
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

/** The cache of `file`: as this process last saw it when the file is unchanged since, else read. */
function load(file: string): Loaded {
  const info = statSync(file, { throwIfNoEntry: false });
  const seen = loaded.get(file);
  if (seen && info && seen.size === info.size && seen.mtimeMs === info.mtimeMs) return seen;
  const state = { ...readRows(file), size: info ? info.size : -1, mtimeMs: info ? info.mtimeMs : -1 };
  // A file of the format before is replaced whole at the next save.
  if (info && state.lines < 0) state.size = -1;
  loaded.set(file, state);
  return state;
}

/** The rows of a cache file, and its row lines (-1 for the format before, or none); a damaged line is skipped. */
function readRows(file: string): { known: Map<string, Row>; lines: number } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    // No cache yet: every file is simply read.
    return { known: new Map(), lines: -1 };
  }
  if (!text.startsWith(`${HEADER}\n`)) return { known: readFormat1(text), lines: -1 };
  const known = new Map<string, Row>();
  let lines = 0;
  for (const line of text.slice(HEADER.length + 1).split('\n')) {
    if (!line) continue;
    lines++;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      // A line cut off by a crash: that file is read again.
      continue;
    }
    if (!Array.isArray(value) || typeof value[0] !== 'string') continue;
    if (value.length === 6) known.set(value[0], value.slice(1) as Row);
    else known.delete(value[0]);
  }
  return { known, lines };
}

function readFormat1(text: string): Map<string, Row> {
  try {
    const value = JSON.parse(text) as { format?: string; files?: Record<string, Row> };
    if (value?.format !== FORMAT_1 || !value.files || typeof value.files !== 'object') return new Map();
    return new Map(Object.entries(value.files).filter(([, row]) => Array.isArray(row) && row.length === 5));
  } catch {
    // A damaged cache: every file is simply read.
    return new Map();
  }
}
