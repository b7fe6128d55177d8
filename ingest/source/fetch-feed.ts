// Fetches a feed over http(s) with a conditional GET: the ETag and Last-Modified of the last
// successful ingest are remembered in the data folder, so an unchanged feed answers 304.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../../src/domain/errors.js';
import { decodePostBytes } from './read-file.js';

export interface Validators {
  etag?: string;
  lastModified?: string;
}

/** What a fetch found: the feed text, or that it has not changed since the remembered validators. */
export type FetchResult = { status: 'ok'; text: string; validators: Validators } | { status: 'not-modified' };

const FEED_CAP = 20 * 1024 * 1024;
const TIMEOUT_MS = 15_000;

/** Remembered validators per feed URL; staged during a run, saved once the run's writes are done. */
export class FeedCache {
  private readonly known: Record<string, Validators>;
  private readonly staged = new Map<string, Validators>();

  private constructor(private readonly file: string | null) {
    this.known = file ? readJson(file) : {};
  }

  /** The cache in `dir` (a data folder), or one that remembers nothing when `dir` is null. */
  static open(dir: string | null): FeedCache {
    return new FeedCache(dir ? path.join(dir, 'feeds.json') : null);
  }

  get(url: string): Validators | undefined {
    return this.known[url];
  }

  stage(url: string, v: Validators): void {
    this.staged.set(url, v);
  }

  /** Forgets what was staged for `url`: one of its posts failed, so the next run fetches it whole again. */
  unstage(url: string): void {
    this.staged.delete(url);
  }

  /** Writes the staged validators (call after the posts they cover are stored). */
  save(): void {
    if (!this.file || this.staged.size === 0) return;
    for (const [url, v] of this.staged) this.known[url] = v;
    mkdirSync(path.dirname(this.file), { recursive: true });
    writeFileSync(`${this.file}.tmp`, JSON.stringify(this.known, null, 2));
    renameSync(`${this.file}.tmp`, this.file);
    this.staged.clear();
  }
}

/** GETs `url` with the remembered validators; throws FEED_UNREACHABLE naming the URL on failure. */
export async function fetchFeed(url: string, cache: FeedCache): Promise<FetchResult> {
  const known = cache.get(url) ?? {};
  const headers: Record<string, string> = {
    accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5',
  };
  if (known.etag) headers['if-none-match'] = known.etag;
  if (known.lastModified) headers['if-modified-since'] = known.lastModified;
  let res: Response;
  try {
    res = await fetch(url, { headers, redirect: 'follow', signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (err) {
    throw new InputError('FEED_UNREACHABLE', 'feed', url, `cannot be fetched: ${whyFailed(err)}`, { cause: err });
  }
  if (res.status === 304) return { status: 'not-modified' };
  if (!res.ok) throw new InputError('FEED_UNREACHABLE', 'feed', url, `answered HTTP ${res.status}`);
  const bytes = await readCapped(url, res);
  const validators: Validators = {};
  const etag = res.headers.get('etag');
  const lastModified = res.headers.get('last-modified');
  if (etag) validators.etag = etag;
  if (lastModified) validators.lastModified = lastModified;
  return { status: 'ok', text: decodePostBytes(url, bytes), validators };
}

/** fetch says only "fetch failed"; the reason (ENOTFOUND, ECONNREFUSED, a timeout) is in its cause. */
function whyFailed(err: unknown): string {
  const e = err as Error & { cause?: Error & { code?: string } };
  if (e?.name === 'TimeoutError') return `no answer within ${TIMEOUT_MS / 1000} s`;
  const cause = e?.cause ? [e.cause.code, e.cause.message].filter(Boolean).join(' ') : '';
  return (cause || e?.message || String(err)).replace(/\s+/g, ' ');
}

async function readCapped(url: string, res: Response): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (!res.body) return new Uint8Array();
  for await (const chunk of res.body as AsyncIterable<Uint8Array>) {
    size += chunk.length;
    if (size > FEED_CAP) throw new InputError('FILE_TOO_LARGE', 'feed', url, `over the ${FEED_CAP}-byte cap`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function readJson(file: string): Record<string, Validators> {
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, Validators>) : {};
  } catch {
    // No cache yet, or a damaged one: the next fetch is simply unconditional.
    return {};
  }
}
