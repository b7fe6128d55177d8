// Snapshot generations of a data folder: every part (graph, search index) of one save is
// written as a new file, then one manifest naming them all (current.json) is swapped in
// atomically. Readers follow the manifest, so they always see parts of one generation.
import { existsSync, readdirSync, readFileSync, unlinkSync, unwatchFile, watchFile } from 'node:fs';
import path from 'node:path';
import { StorageError } from '../domain/errors.js';
import { writeFileAtomic } from './atomic-write.js';

export const MANIFEST = 'current.json';

export interface Manifest {
  format: 'talkgraph-data';
  generation: number;
  /** Part name → file name in the folder, e.g. graph → graph.7.json. */
  parts: Record<string, string>;
  written: string;
}

/** One part of a save: where it goes and how to serialize it (called only at commit time). */
export interface SnapshotPart {
  readonly dir: string;
  readonly name: string;
  serialize(): string;
  /** When given, the files this save writes instead (part name → text, null: drop that part), e.g. only a log of changes (part-log.ts). */
  files?(): Record<string, string | null>;
  /** Told the manifest once the generation holding this part is committed. */
  committed?(m: Manifest): void;
}

/** The manifest of `dir`, or null before the first save; a garbled one is STORE_CORRUPT. */
export function readManifest(dir: string): Manifest | null {
  const file = path.join(dir, MANIFEST);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  try {
    const m = JSON.parse(text) as Manifest;
    if (m.format !== 'talkgraph-data' || typeof m.generation !== 'number' || typeof m.parts !== 'object')
      throw new Error('not a talkgraph manifest');
    return m;
  } catch (err) {
    throw new StorageError('STORE_CORRUPT', 'storage', file, `cannot read the manifest: ${(err as Error).message}`, {
      cause: err,
    });
  }
}

/**
 * The text of part `name` in the current generation of `dir` (or its file from before
 * generations, `name.json`), or null when there is none. Retries when a writer swapped in a
 * newer generation between reading the manifest and the part.
 */
export function readPart(dir: string, name: string): { file: string; text: string } | null {
  for (let attempt = 0; attempt < 3; attempt++) {
    const file = readManifest(dir)?.parts[name] ?? (existsSync(path.join(dir, `${name}.json`)) ? `${name}.json` : null);
    if (!file) return null;
    try {
      return { file: path.join(dir, file), text: readFileSync(path.join(dir, file), 'utf8') };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
        throw new StorageError('STORE_CORRUPT', 'storage', path.join(dir, file), (err as Error).message, {
          cause: err,
        });
      }
    }
  }
  throw new StorageError('STORE_CORRUPT', 'storage', dir, `part "${name}" named by the manifest is missing`);
}

/** Saves `parts` (grouped by folder) as one new generation per folder. */
export function commitParts(parts: SnapshotPart[]): void {
  const byDir = new Map<string, SnapshotPart[]>();
  for (const p of parts) byDir.set(path.resolve(p.dir), [...(byDir.get(path.resolve(p.dir)) ?? []), p]);
  for (const [dir, list] of byDir) {
    const files: Record<string, string | null> = {};
    for (const p of list) Object.assign(files, p.files ? p.files() : { [p.name]: p.serialize() });
    const manifest = commitGeneration(dir, files);
    for (const p of list) p.committed?.(manifest);
  }
}

/**
 * Writes `parts` (name → text) as generation n+1 of `dir`: part files first, each fsynced,
 * then the manifest; parts not given carry over, parts given as null go. Files of older generations are removed.
 */
export function commitGeneration(dir: string, parts: Record<string, string | null>): Manifest {
  const before = readManifest(dir);
  const generation = (before?.generation ?? 0) + 1;
  const written: Record<string, string> = {};
  const dropped = Object.keys(parts).filter((name) => parts[name] === null);
  for (const [name, text] of Object.entries(parts)) {
    if (text === null) continue;
    written[name] = `${name}.${generation}.json`;
    writeFileAtomic(path.join(dir, written[name]), text);
  }
  const kept = { ...(before?.parts ?? legacyParts(dir)), ...written };
  for (const name of dropped) delete kept[name];
  const next: Manifest = { format: 'talkgraph-data', generation, parts: kept, written: new Date().toISOString() };
  writeFileAtomic(path.join(dir, MANIFEST), JSON.stringify(next, null, 1));
  removeUnreferenced(dir, next, dropped);
  return next;
}

/** Calls `onChange` when another process commits a new generation in `dir`; returns a stop function. */
export function watchGenerations(dir: string, onChange: (m: Manifest) => void, intervalMs = 500): () => void {
  const file = path.join(dir, MANIFEST);
  let last = safeGeneration(dir);
  const listener = () => {
    const now = safeGeneration(dir);
    if (now !== null && now !== last) {
      last = now;
      onChange(readManifest(dir)!);
    }
  };
  watchFile(file, { interval: intervalMs, persistent: false }, listener);
  return () => unwatchFile(file, listener);
}

function safeGeneration(dir: string): number | null {
  try {
    return readManifest(dir)?.generation ?? null;
  } catch {
    return null;
  }
}

/** Snapshot files written before generations existed, carried over until replaced. */
function legacyParts(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of ['graph', 'search']) if (existsSync(path.join(dir, `${name}.json`))) out[name] = `${name}.json`;
  return out;
}

/** Removes part files of older generations (and replaced legacy files); never other files. */
function removeUnreferenced(dir: string, current: Manifest, dropped: string[] = []): void {
  const keep = new Set(Object.values(current.parts));
  const names = new Set([...Object.keys(current.parts), ...dropped]);
  for (const file of readdirSync(dir)) {
    const m = /^([a-z]+)(?:\.\d+)?\.json$/.exec(file);
    if (!m || file === MANIFEST || keep.has(file) || !names.has(m[1]!)) continue;
    try {
      unlinkSync(path.join(dir, file));
    } catch {
      // A reader may hold it open; it goes with the next save.
    }
  }
}
