// Atomic JSON files shared by the search index and anyone else persisting beside the graph:
// write a temp file, fsync, rename, so a crash mid-write leaves the previous file whole.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import path from 'node:path';
import { TalkgraphError } from '../domain/errors.js';

/** Writes `data` as JSON to `file` atomically. */
export function writeJsonAtomic(file: string, data: unknown): void {
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

/** Reads a JSON file, or null when there is none; unreadable JSON is a STORE_CORRUPT error naming `component`. */
export function readJsonFile<T>(file: string, component: string): T | null {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (err) {
    throw new TalkgraphError('STORE_CORRUPT', component, file, `cannot read the file: ${(err as Error).message}`, { cause: err });
  }
}
