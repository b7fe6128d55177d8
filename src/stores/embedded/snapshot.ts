// Atomic snapshot files: write a temp file, fsync it, then rename over the old one, so a
// crash in the middle of a write leaves the previous snapshot whole.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import path from 'node:path';
import { StoreError } from '../store-errors.js';

/** Writes `data` as JSON to `file` atomically. */
export function writeSnapshot(file: string, data: unknown): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w');
  try {
    writeSync(fd, JSON.stringify(data));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
}

/** Reads a snapshot, or null when there is none yet; a corrupt one is a STORE_CORRUPT error. */
export function readSnapshot<T>(file: string): T | null {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (err) {
    throw new StoreError('STORE_CORRUPT', 'embedded-store', file, `cannot read the snapshot: ${(err as Error).message}`, { cause: err });
  }
}
