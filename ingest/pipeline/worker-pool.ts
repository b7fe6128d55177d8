// Extraction on every core: posts go to a pool of worker threads (each loads TypeScript
// through tsx) and come back in input order, so the results equal a single-thread run.

import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type ErrorCode, InputError, TalkgraphError } from '../../src/domain/errors.js';
import type { Extraction } from '../../src/domain/model.js';
import type { PostContext } from '../document/post-meta.js';
import type { Lexicon } from '../extraction/lexicon.js';
import { toSkipped } from '../source/skipped.js';
import { fittedThresholds } from './confidence-filter.js';
import type { ExtractedPost } from './extract-items.js';
import { extractPostWithText } from './extract-post.js';
import type { ReadPost, SkippedPost } from './post-stream.js';
import { workerBundleUrl } from './worker-bundle.js';

/** One post to extract: its file, its text, and the folder ids are relative to (or its site and place in it). */
export interface PostInput {
  file: string;
  text: string;
  root: string | PostContext;
}

/** The extraction of one post, or why it failed (an error carrying its code). */
export type PoolOutput =
  | { input: PostInput; extraction: Extraction; plainText: string; error?: undefined }
  | { input: PostInput; error: Error; extraction?: undefined };

export interface PoolOptions {
  lexicon: Lexicon;
  timeoutMs?: number;
  /** Worker threads; default: the cores. 0 or 1 extracts in this thread. */
  threads?: number;
  /** Below this many posts the pool is not worth its start-up (each worker loads tsx, compromise and the lexicon): extract in-thread. */
  minPosts?: number;
}

/** Threads a pool uses by default: TALKGRAPH_THREADS, else one per core. */
export function defaultThreads(env: NodeJS.ProcessEnv = process.env): number {
  const wanted = Number(env.TALKGRAPH_THREADS);
  return Number.isInteger(wanted) && wanted >= 1 ? wanted : availableParallelism();
}

/**
 * Extracts `inputs` (an array or async iterable), yielding results in input order. Fewer
 * than `minPosts` inputs (default 50; a stream is read that far ahead to tell), or `threads`
 * ≤ 1, run in this thread: an incremental ingest of a few posts pays no worker start-up.
 * @example for await (const r of extractInPool(posts, { lexicon })) if (!r.error) use(r.extraction);
 */
export async function* extractInPool(
  inputs: Iterable<PostInput> | AsyncIterable<PostInput>,
  o: PoolOptions,
): AsyncGenerator<PoolOutput> {
  const threads = o.threads ?? defaultThreads();
  if (threads <= 1) {
    for await (const input of inputs) yield extractHere(input, o);
    return;
  }
  const { head, rest } = await peek(inputs, o.minPosts ?? 50);
  if (rest === null) {
    for (const input of head) yield extractHere(input, o);
    return;
  }
  const pool = new Pool(threads, o);
  try {
    yield* pool.run(chain(head, rest));
  } finally {
    await pool.close();
  }
}

/**
 * The pool's side of the one ingest loop: read posts to extractions or skips, in order, like
 * `extractItems` (which it calls for `threads` ≤ 1); the ingest service uses this in its place.
 */
export async function* extractItemsInPool(
  items: AsyncIterable<ReadPost> | Iterable<ReadPost>,
  o: PoolOptions,
): AsyncGenerator<ExtractedPost | SkippedPost> {
  const reads = new Map<PostInput, ReadPost>();
  async function* inputs(): AsyncGenerator<PostInput> {
    for await (const read of items) {
      const input: PostInput = { file: read.file, text: read.text, root: read.context };
      reads.set(input, read);
      yield input;
    }
  }
  for await (const r of extractInPool(inputs(), o)) {
    const read = reads.get(r.input)!;
    reads.delete(r.input);
    if (r.error) yield { kind: 'skipped', skipped: toSkipped(read.file, r.error) };
    else yield { kind: 'extracted', read, extraction: r.extraction, plainText: r.plainText };
  }
}

/** The first `n` inputs, and the iterator of the rest, or null for the rest when there are fewer. */
async function peek(
  inputs: Iterable<PostInput> | AsyncIterable<PostInput>,
  n: number,
): Promise<{ head: PostInput[]; rest: AsyncIterator<PostInput> | Iterator<PostInput> | null }> {
  const it = Symbol.asyncIterator in inputs ? inputs[Symbol.asyncIterator]() : inputs[Symbol.iterator]();
  const head: PostInput[] = [];
  while (head.length < n) {
    const next = await it.next();
    if (next.done) return { head, rest: null };
    head.push(next.value);
  }
  return { head, rest: it };
}

async function* chain(
  head: PostInput[],
  rest: AsyncIterator<PostInput> | Iterator<PostInput>,
): AsyncGenerator<PostInput> {
  yield* head;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

function extractHere(input: PostInput, o: PoolOptions): PoolOutput {
  try {
    return {
      input,
      ...extractPostWithText(input.file, input.text, {
        lexicon: o.lexicon,
        root: input.root,
        ...(o.timeoutMs ? { timeoutMs: o.timeoutMs } : {}),
      }),
    };
  } catch (err) {
    return { input, error: err as Error };
  }
}

type Reply =
  | { seq: number; ok: true; extraction: Extraction; plainText: string }
  | {
      seq: number;
      ok: false;
      error: { name?: string; code?: string; component?: string; subject?: string; message: string };
    };

/** Posts handed out per worker before the oldest result is waited for (bounds memory, not speed). */
const IN_FLIGHT_PER_WORKER = 16;

class Pool {
  private readonly workers: Worker[];
  private readonly idle: Worker[];
  private readonly waiting = new Map<number, (r: Reply) => void>();

  constructor(size: number, o: PoolOptions) {
    // Workers run the bundled JavaScript worker; without it, a worker registers tsx's loader
    // first (by absolute URL, as the cwd may be anywhere), then imports the TypeScript worker.
    // (`execArgv: ['--import', 'tsx']` does not apply loader hooks to a worker's entry on Node 20.)
    // The main thread's fitted thresholds go along, since the bundle cannot find their file.
    const workerData = { lexicon: o.lexicon, timeoutMs: o.timeoutMs, thresholds: fittedThresholds() };
    const bundle = workerBundleUrl();
    this.workers = Array.from({ length: size }, () =>
      bundle ? new Worker(new URL(bundle), { workerData }) : new Worker(tsxBoot(), { eval: true, workerData }),
    );
    for (const w of this.workers) {
      w.on('message', (r: Reply) => this.settle(w, r));
      w.on('error', (err) => this.fail(err));
    }
    this.idle = [...this.workers];
  }

  /**
   * Keeps every worker busy and yields in input order. Up to IN_FLIGHT_PER_WORKER posts per
   * worker are out at once: with only 2 a long post held the line and the other worker idled.
   */
  async *run(inputs: Iterable<PostInput> | AsyncIterable<PostInput>): AsyncGenerator<PoolOutput> {
    const inFlight: Array<{ input: PostInput; reply: Promise<Reply> }> = [];
    let seq = 0;
    for await (const input of inputs) {
      inFlight.push({ input, reply: this.submit(seq++, input) });
      if (inFlight.length >= this.workers.length * IN_FLIGHT_PER_WORKER) yield toOutput(inFlight.shift()!);
    }
    while (inFlight.length) yield toOutput(inFlight.shift()!);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private queue: Array<{ seq: number; input: PostInput }> = [];

  private submit(seq: number, input: PostInput): Promise<Reply> {
    return new Promise<Reply>((resolve) => {
      this.waiting.set(seq, resolve);
      this.queue.push({ seq, input });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.idle.length && this.queue.length) {
      const job = this.queue.shift()!;
      this.idle.pop()!.postMessage({ seq: job.seq, ...job.input });
    }
  }

  /** A worker that dies fails every post still waiting (the run reports them, never hangs). */
  private fail(err: Error): void {
    for (const [seq, resolve] of this.waiting)
      resolve({ seq, ok: false, error: { message: `extract worker: ${err.message}` } });
    this.waiting.clear();
  }

  private settle(worker: Worker, reply: Reply): void {
    this.waiting.get(reply.seq)?.(reply);
    this.waiting.delete(reply.seq);
    this.idle.push(worker);
    this.dispatch();
  }
}

/** A worker entry that registers tsx, then imports the TypeScript worker (when no bundle can be built). */
function tsxBoot(): string {
  const tsxDir = path.dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const api = pathToFileURL(path.join(tsxDir, 'dist/esm/api/index.mjs')).href;
  const script = new URL('./extract-worker.ts', import.meta.url).href;
  return `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(script)}); });`;
}

async function toOutput(item: { input: PostInput; reply: Promise<Reply> }): Promise<PoolOutput> {
  const r = await item.reply;
  if (r.ok) return { input: item.input, extraction: r.extraction, plainText: r.plainText };
  return { input: item.input, error: rebuildError(r.error) };
}

/** The worker's error as a TalkgraphError with the same code and message (skips report it alike). */
function rebuildError(e: {
  name?: string;
  code?: string;
  component?: string;
  subject?: string;
  message: string;
}): Error {
  if (!e.code || !e.component) return new Error(e.message);
  const Kind = e.name === 'InputError' ? InputError : TalkgraphError;
  return Object.assign(new Kind(e.code as ErrorCode, e.component, e.subject ?? '', ''), { message: e.message });
}
