// A snapshot part saved incrementally: a whole snapshot (the base) plus a log of the
// operations made since, as part `<name>log` of the same generation. A save of a few changed
// posts writes only the log (O(changes), not O(corpus)); when the log grows past what its
// owner thinks worth replaying, the save writes the whole part again with an empty log.
// Both files go through the same generation commit, so a crash leaves the last whole one.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { StorageError } from '../domain/errors.js';
import { type Manifest, readManifest, type SnapshotPart } from './generations.js';

interface LogFile<Op> {
  /** The base file the operations apply to (null with no operations). */
  base: string | null;
  ops: Op[];
}

export interface LoggedPartText<Op> {
  /** The base part's file and text, null when the folder has none. */
  base: { file: string; text: string } | null;
  /** The operations to replay on it, oldest first. */
  ops: Op[];
}

export interface PartLogOptions<Op> {
  dir: string;
  name: string;
  /** The whole part's text (a full save). */
  whole(): string;
  /** Whether these logged operations are worth a whole save instead (the log is replayed at every open). */
  compact(ops: Op[]): boolean;
}

/** The operations logged since the base a store loaded, and the part that saves them. */
export class PartLog<Op> {
  private constructor(
    private readonly o: PartLogOptions<Op>,
    private base: string | null,
    private ops: Op[],
  ) {}

  /**
   * Reads part `name` of `dir`'s current generation and its log (retrying when a writer swaps in
   * a newer generation meanwhile); the caller loads `base` and replays `ops`, then calls `start`.
   * @throws StorageError STORE_CORRUPT when the log names another base than the manifest
   */
  static read<Op>(dir: string, name: string): LoggedPartText<Op> {
    for (let attempt = 0; ; attempt++) {
      const manifest = readManifest(dir);
      // Before generations, a part was `<name>.json`.
      const file = manifest?.parts[name] ?? (existsSync(path.join(dir, `${name}.json`)) ? `${name}.json` : null);
      const logFile = manifest?.parts[`${name}log`] ?? null;
      try {
        const base = file ? { file: path.join(dir, file), text: readFileSync(path.join(dir, file), 'utf8') } : null;
        const log = logFile ? (JSON.parse(readFileSync(path.join(dir, logFile), 'utf8')) as LogFile<Op>) : null;
        if (log?.ops.length && log.base !== file)
          throw new StorageError(
            'STORE_CORRUPT',
            'storage',
            path.join(dir, logFile!),
            `the log is of ${log.base}, not ${file}`,
          );
        return { base, ops: log?.ops ?? [] };
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT' || attempt >= 2) throw err;
      }
    }
  }

  /** Starts logging after `loaded` (what `read` gave and the caller replayed). */
  static start<Op>(o: PartLogOptions<Op>, loaded: LoggedPartText<Op>): PartLog<Op> {
    return new PartLog(o, loaded.base ? path.basename(loaded.base.file) : null, [...loaded.ops]);
  }

  /** Records one operation made on the part since its base. */
  record(op: Op): void {
    this.ops.push(op);
  }

  /** The next save writes the whole part (after a clear, say). */
  forgetBase(): void {
    this.base = null;
    this.ops = [];
  }

  /** The part for the next generation: the log alone when the base is still the current one and the log small. */
  part(): SnapshotPart {
    const { dir, name } = this.o;
    return {
      dir,
      name,
      serialize: () => this.o.whole(),
      files: () => {
        const current = readManifest(dir)?.parts[name] ?? null;
        if (this.base !== null && current === this.base && !this.o.compact(this.ops))
          return { [`${name}log`]: JSON.stringify({ base: this.base, ops: this.ops } satisfies LogFile<Op>) };
        return { [name]: this.o.whole(), [`${name}log`]: null };
      },
      committed: (m: Manifest) => {
        // A whole save starts a new base with an empty log; a log save keeps both.
        if (m.parts[name] !== this.base) {
          this.base = m.parts[name] ?? null;
          this.ops = [];
        }
      },
    };
  }
}
