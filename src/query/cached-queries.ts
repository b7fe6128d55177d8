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
/** The methods whose answers are cached. */
export type CachedMethod = (typeof CACHED)[number];
type Method = (...args: unknown[]) => Promise<unknown>;

/** The cache behind each service cachedQueries made, for renderedAnswer. */
const cacheOf = new WeakMap<object, { api: QueryApi; cache: AnswerCache }>();

/**
 * `api` with its search, ask and related answers cached; every other method goes straight to it.
 * Each caller gets its own copy of an answer, so none can change another's.
 * @example const service = cachedQueries(live.service, { entries: 1000, version: () => live.loads });
 */
export function cachedQueries<T extends QueryApi>(api: T, o: CacheOptions = {}): T {
  const entries = Number.isFinite(o.entries) ? Math.floor(o.entries!) : 1000;
  if (entries <= 0) return api;
  const cache = new AnswerCache(entries, o.ttlMs ?? 60_000, o.version ?? (() => 0), o.now ?? Date.now);
  const wrapped = new Map<CachedMethod, Method>(
    CACHED.map((name) => [
      name,
      (...args: unknown[]) =>
        cache.entry(answerKey(name, args), () => (api[name] as Method).apply(api, args)).value.then(structuredClone),
    ]),
  );
  const service = new Proxy(api, {
    get: (target, key, receiver) => wrapped.get(key as CachedMethod) ?? Reflect.get(target, key, receiver),
  });
  cacheOf.set(service, { api, cache });
  return service;
}

/**
 * `service[name](...args)` passed through `render` (e.g. into an HTTP body). When `service` is
 * one cachedQueries made, the rendering is kept with the cached answer and goes with it, so a
 * repeated query is neither copied nor rendered again; else it is computed and rendered each
 * time. `render` gets the kept answer itself: it must not change it, and must depend on it alone.
 * @example const body = await renderedAnswer(service, 'search', ['xen', 10], jsonBody);
 */
export function renderedAnswer<K extends CachedMethod, R>(
  service: QueryApi,
  name: K,
  args: Parameters<QueryApi[K]>,
  render: (answer: Awaited<ReturnType<QueryApi[K]>>) => R,
): Promise<R> {
  type Answer = Awaited<ReturnType<QueryApi[K]>>;
  const cached = cacheOf.get(service);
  const compute = (on: QueryApi) => (on[name] as Method).apply(on, args) as Promise<Answer>;
  if (!cached) return compute(service).then((answer) => render(answer));
  const entry = cached.cache.entry(answerKey(name, args), () => compute(cached.api));
  let rendered = entry.rendered.get(render);
  if (!rendered) {
    const fresh = entry.value.then((answer) => render(answer as Answer));
    // A rendering that failed is not kept either (the answer may still be good).
    fresh.catch(() => entry.rendered.get(render) === fresh && entry.rendered.delete(render));
    entry.rendered.set(render, fresh);
    rendered = fresh;
  }
  return rendered as Promise<R>;
}

/** The same key for a method's call whether it comes through the proxy or renderedAnswer. */
function answerKey(name: CachedMethod, args: readonly unknown[]): string {
  return JSON.stringify([name, ...args]);
}

/** One kept answer, and its renderings by the function that made them. */
interface Entry {
  at: number;
  value: Promise<unknown>;
  rendered: Map<unknown, Promise<unknown>>;
}

/** Answers by key, least recently used first out; a failed answer is not kept. */
class AnswerCache {
  private readonly answers = new Map<string, Entry>();
  private seen: unknown;

  constructor(
    private readonly entries: number,
    private readonly ttlMs: number,
    private readonly version: () => unknown,
    private readonly now: () => number,
  ) {
    this.seen = version();
  }

  /** The live entry for `key`, computing its answer when there is none (or it expired). */
  entry(key: string, compute: () => Promise<unknown>): Entry {
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
      const fresh: Entry = { at: now, value: compute(), rendered: new Map() };
      fresh.value.catch(() => this.answers.get(key) === fresh && this.answers.delete(key));
      hit = fresh;
    }
    this.answers.set(key, hit);
    if (this.answers.size > this.entries) this.answers.delete(this.answers.keys().next().value!);
    return hit;
  }
}
