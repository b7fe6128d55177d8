// Durable file writes shared by the stores and the search index: write a temp file, fsync
// it, rename it over the target, fsync the folder. A failed write (disk full) removes its
// temp file and throws STORE_WRITE_FAILED, so nothing half-written is ever taken as done.
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import { StorageError } from '../domain/errors.js';

/** The file operations a write uses; tests inject faults (ENOSPC) through this. */
export interface WriteOps {
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number): number;
}

const NODE_OPS: WriteOps = { writeSync: (fd, buffer, offset, length) => writeSync(fd, buffer, offset, length) };
let ops: WriteOps = NODE_OPS;

/** Replaces the write operations (tests only); returns a function that restores them. */
export function injectWriteOps(next: WriteOps): () => void {
  ops = next;
  return () => {
    ops = NODE_OPS;
  };
}

const TEMP_SUFFIX = '.tmp';

/**
 * Writes `text` to `file` atomically and durably.
 * @throws StorageError STORE_WRITE_FAILED naming the file and the system's reason.
 * @example writeFileAtomic('.talkgraph/current.json', JSON.stringify(manifest))
 */
export function writeFileAtomic(file: string, text: string): void {
  const dir = path.dirname(file);
  const tmp = `${file}.${process.pid}.${Date.now().toString(36)}${TEMP_SUFFIX}`;
  try {
    mkdirSync(dir, { recursive: true });
    const fd = openSync(tmp, 'wx');
    try {
      writeAll(fd, Buffer.from(text, 'utf8'));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
    fsyncDir(dir);
  } catch (err) {
    removeQuietly(tmp);
    const e = err as NodeJS.ErrnoException;
    const why = e.code === 'ENOSPC' ? 'the disk is full' : e.message;
    throw new StorageError('STORE_WRITE_FAILED', 'storage', file, `cannot write (${why}); the previous data is kept`, {
      cause: err,
    });
  }
}

function writeAll(fd: number, bytes: Buffer): void {
  let offset = 0;
  while (offset < bytes.length) offset += ops.writeSync(fd, bytes, offset, bytes.length - offset);
}

/** Makes a rename in `dir` durable (a no-op where folders cannot be opened, as on Windows). */
export function fsyncDir(dir: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Some platforms refuse fsync on a folder; the rename is still atomic there.
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** Removes temp files a killed writer left in `dir`; call while holding the folder's lock. */
export function removeLeftoverTemps(dir: string): number {
  let removed = 0;
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    if (name.endsWith(TEMP_SUFFIX) && removeQuietly(path.join(dir, name))) removed++;
  }
  return removed;
}

function removeQuietly(file: string): boolean {
  try {
    unlinkSync(file);
    return true;
  } catch {
    return false;
  }
}
