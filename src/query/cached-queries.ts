// A bounded cache of search, ask and related answers in front of a QueryApi, for `serve`: a
// busy server answers a repeated query (the popular ones, an embed box on every page view)
// without recomputing it. Entries live as long as the API's Cache-Control max-age lets any
// client keep them anyway, and all go when `version()` changes (a new data generation).
import type { QueryApi } from './query-api.js';

export interface CacheOptions {
  /** How many answers are kept (least recently used go first); 0 turns the cache off. */
  entries?: number;
  /** How long an answer is kept, in ms (default 60 s, the API's max-age). */
  ttlMs?: number;
  /** Changes when the data behind `api` does (the generation loaded); the cache then empties. */
  version?: () => unknown;
  now?: () => number;
}

const CACHED = ['search', 'ask', 'related'] as const;
type Cached = (typeof CACHED)[number];

/**
 * `api` with its search, ask and related answers cached; every other method goes straight to it.
 * Each caller gets its own copy of an answer, so none can change another's.
 * @example const service = cachedQueries(live.service, { entries: 1000, version: () => live.loads });
 */
export function cachedQueries<T extends QueryApi>(api: T, o: CacheOptions = {}): T {
  const entries = Number.isFinite(o.entries) ? Math.floor(o.entries!) : 1000;
  if (entries <= 0) return api;
  const cache = new AnswerCache(entries, o.ttlMs ?? 60_000, o.version ?? (() => 0), o.now ?? Date.now);
  const wrapped = new Map<Cached, (...args: unknown[]) => Promise<unknown>>(
    CACHED.map((name) => [
      name,
      (...args: unknown[]) =>
        cache.get(JSON.stringify([name, ...args]), () =>
          (api[name] as (...a: unknown[]) => Promise<unknown>).apply(api, args),
        ),
    ]),
  );
  return new Proxy(api, {
    get: (target, key, receiver) => wrapped.get(key as Cached) ?? Reflect.get(target, key, receiver),
  });
}

/** Answers by key, least recently used first out; a failed answer is not kept. */
class AnswerCache {
  private readonly answers = new Map<string, { at: number; value: Promise<unknown> }>();
  private seen: unknown;

  constructor(
    private readonly entries: number,
    private readonly ttlMs: number,
    private readonly version: () => unknown,
    private readonly now: () => number,
  ) {
    this.seen = version();
  }

  get(key: string, compute: () => Promise<unknown>): Promise<unknown> {
    const version = this.version();
    if (version !== this.seen) {
      this.answers.clear();
      this.seen = version;
    }
    const now = this.now();
    let hit = this.answers.get(key);
    if (hit && now - hit.at > this.ttlMs) hit = undefined;
    this.answers.delete(key);
    if (!hit) {
      const fresh = { at: now, value: compute() };
      fresh.value.catch(() => this.answers.get(key) === fresh && this.answers.delete(key));
      hit = fresh;
    }
    this.answers.set(key, hit);
    if (this.answers.size > this.entries) this.answers.delete(this.answers.keys().next().value!);
    return hit.value.then((v) => structuredClone(v));
  }
}
