// Crash-safe ingest progress: each extracted post is appended to a journal in the data folder
// (synced to disk every batch), so a run killed at 99 % leaves its extractions behind and the
// next run reuses them instead of extracting again. Deleted once a run's save succeeded.
import { closeSync, fsyncSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import { StorageError } from '../domain/errors.js';
import type { Extraction } from '../domain/model.js';

export const JOURNAL_FILE = 'ingest-journal.ndjson';
/** Posts between two syncs of the journal to disk. */
const SYNC_EVERY = 20;

export interface JournalEntry {
  extraction: Extraction;
  plainText: string;
}

export class IngestJournal {
  private fd: number | null = null;
  private unsynced = 0;

  private constructor(
    private readonly file: string | null,
    private readonly done: Map<string, JournalEntry>,
  ) {}

  /** Opens the journal of `dir` (null: no data folder, nothing is journalled). */
  static open(dir: string | null): IngestJournal {
    if (!dir) return new IngestJournal(null, new Map());
    const file = path.join(dir, JOURNAL_FILE);
    return new IngestJournal(file, readEntries(file));
  }

  /** Extractions the journal holds from an earlier, unfinished run. */
  get size(): number {
    return this.done.size;
  }

  /** The journalled extraction of the file with content `hash` at `source`, if any. */
  get(hash: string, source: string): JournalEntry | undefined {
    return this.done.get(`${hash}|${source}`);
  }

  /** Appends one extracted post; synced to disk every few posts. */
  add(hash: string, source: string, entry: JournalEntry): void {
    if (!this.file) return;
    try {
      this.fd ??= openSync(this.file, 'a');
      writeSync(this.fd, `${JSON.stringify({ key: `${hash}|${source}`, ...entry })}\n`);
      if (++this.unsynced >= SYNC_EVERY) this.sync();
    } catch (err) {
      // A full disk while journalling fails the run loudly; the stored generation is untouched.
      const e = err as NodeJS.ErrnoException;
      const why = e.code === 'ENOSPC' ? 'the disk is full' : e.message;
      throw new StorageError(
        'STORE_WRITE_FAILED',
        'storage',
        this.file,
        `cannot write (${why}); the previous data is kept`,
        { cause: err },
      );
    }
  }

  /** The run's save succeeded: the journal is no longer needed. */
  finish(): void {
    this.close();
    if (this.file) {
      try {
        unlinkSync(this.file);
      } catch {
        // Never written (nothing was extracted).
      }
    }
  }

  close(): void {
    if (this.fd === null) return;
    this.sync();
    closeSync(this.fd);
    this.fd = null;
  }

  private sync(): void {
    if (this.fd !== null) fsyncSync(this.fd);
    this.unsynced = 0;
  }
}

function readEntries(file: string): Map<string, JournalEntry> {
  const out = new Map<string, JournalEntry>();
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return out;
  }
  for (const line of text.split('\n')) {
    if (!line) continue;
    try {
      const { key, extraction, plainText } = JSON.parse(line) as JournalEntry & { key: string };
      out.set(key, { extraction, plainText });
    } catch {
      // The last line of a killed run may be cut off: it is extracted again.
    }
  }
  return out;
}
