// One writer per data folder: a lock file created exclusively, holding the owner's pid. A
// second ingest fails at once with a message naming the holder; a lock left by a killed
// process (its pid gone) is taken over, and the temp files it left are cleaned.
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { StorageError } from '../domain/errors.js';
import { removeLeftoverTemps } from './atomic-write.js';

export const LOCK_FILE = '.lock';

interface LockInfo {
  pid: number;
  command: string;
  since: string;
}

/**
 * Takes the write lock of `dir` for `command`; returns the release function.
 * @throws StorageError STORE_LOCKED when a live process holds it.
 * @example const release = lockDataFolder('.talkgraph', 'ingest'); try { ... } finally { release(); }
 */
export function lockDataFolder(dir: string, command: string): () => void {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, LOCK_FILE);
  const mine: LockInfo = { pid: process.pid, command, since: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    // Written whole first, then linked in: the lock never exists half-written.
    const draft = `${file}.${process.pid}.draft`;
    try {
      writeFileSync(draft, JSON.stringify(mine));
      linkSync(draft, file);
      unlinkQuietly(draft);
      removeLeftoverTemps(dir);
      return () => release(file, mine);
    } catch (err) {
      unlinkQuietly(draft);
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new StorageError(
          'STORE_WRITE_FAILED',
          'data-folder',
          dir,
          `cannot create the lock file (${(err as Error).message})`,
          { cause: err },
        );
      }
      const holder = readLock(file);
      if (holder && holder.pid !== process.pid && alive(holder.pid)) {
        throw new StorageError(
          'STORE_LOCKED',
          'data-folder',
          dir,
          `in use by "${holder.command}" (pid ${holder.pid}, since ${holder.since}); run again when it has finished`,
        );
      }
      // Stale: its owner is gone (killed, or crashed before releasing).
      unlinkQuietly(file);
    }
  }
  throw new StorageError('STORE_LOCKED', 'data-folder', dir, 'another process keeps taking the lock');
}

function readLock(file: string): LockInfo | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LockInfo;
  } catch {
    // Unreadable: gone meanwhile, or garbled; treat as stale.
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function release(file: string, mine: LockInfo): void {
  const holder = readLock(file);
  if (holder?.pid === mine.pid && holder.since === mine.since) unlinkQuietly(file);
}

function unlinkQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // Already gone.
  }
}
