// serve's answer cache: a repeated query is answered once, each caller gets its own copy,
// answers expire and all go with a new data generation; failures are never kept; a rendering
// (the HTTP body) is kept with its answer.
import { describe, expect, it } from 'vitest';
import { cachedQueries, renderedAnswer } from '../../src/query/cached-queries.js';
import type { QueryApi } from '../../src/query/query-api.js';

/** A fake API counting the searches it really ran; `related` fails for an unknown post. */
function fakeApi() {
  const calls = { search: 0, related: 0, speakers: 0 };
  const api = {
    search: async (q: string) => {
      calls.search++;
      return { query: q, posts: [{ id: `post:${q}` }], run: calls.search };
    },
    related: async (ref: { id?: string }) => {
      calls.related++;
      if (ref.id === 'post:missing') throw new Error('no such post');
      return { post: { id: ref.id }, related: [] };
    },
    speakers: async () => {
      calls.speakers++;
      return [];
    },
  } as unknown as QueryApi;
  return { api, calls };
}

describe('the answer cache in front of the query service', () => {
  it('answers a repeated query once, and each caller may change its copy', async () => {
    const { api, calls } = fakeApi();
    const cached = cachedQueries(api);
    const first = (await cached.search('xen')) as unknown as { posts: Array<{ id: string }> };
    first.posts.length = 0;
    const again = (await cached.search('xen')) as unknown as { posts: Array<{ id: string }> };
    expect(again.posts).toEqual([{ id: 'post:xen' }]);
    await cached.search('kvm');
    await cached.search('xen', 5);
    expect(calls.search).toBe(3);
  });

  it('forgets answers when the data changes or they expire', async () => {
    const { api, calls } = fakeApi();
    let generation = 1;
    let clock = 0;
    const cached = cachedQueries(api, { version: () => generation, ttlMs: 1000, now: () => clock });
    await cached.search('xen');
    generation = 2;
    await cached.search('xen');
    clock = 500;
    await cached.search('xen');
    clock = 1600;
    await cached.search('xen');
    expect(calls.search).toBe(3);
  });

  it('keeps no failure, leaves other methods alone, and keeps only so many answers', async () => {
    const { api, calls } = fakeApi();
    const cached = cachedQueries(api, { entries: 2 });
    await expect(cached.related({ id: 'post:missing' })).rejects.toThrow('no such post');
    await expect(cached.related({ id: 'post:missing' })).rejects.toThrow('no such post');
    expect(calls.related).toBe(2);
    await cached.speakers();
    await cached.speakers();
    expect(calls.speakers).toBe(2);
    for (const q of ['a', 'b', 'c', 'a']) await cached.search(q);
    expect(calls.search).toBe(4);
  });

  it('is off with no entries', async () => {
    const { api } = fakeApi();
    expect(cachedQueries(api, { entries: 0 })).toBe(api);
  });

  it('keeps a rendering with its answer, shared with plain calls, and gone when the answer goes', async () => {
    const { api, calls } = fakeApi();
    let clock = 0;
    const cached = cachedQueries(api, { ttlMs: 1000, now: () => clock });
    let renders = 0;
    const render = (answer: { query: string }) => `${answer.query}#${++renders}`;
    expect(await renderedAnswer(cached, 'search', ['xen'], render)).toBe('xen#1');
    expect(await renderedAnswer(cached, 'search', ['xen'], render)).toBe('xen#1');
    await cached.search('xen');
    expect(calls.search).toBe(1);
    expect(await renderedAnswer(cached, 'search', ['xen'], (a) => a.query.toUpperCase())).toBe('XEN');
    clock = 1600;
    expect(await renderedAnswer(cached, 'search', ['xen'], render)).toBe('xen#2');
    expect(calls.search).toBe(2);
  });

  it('keeps no failed rendering, and renders every time without a cache', async () => {
    const { api, calls } = fakeApi();
    const cached = cachedQueries(api);
    let fail = true;
    const render = (answer: { query: string }) => {
      if (fail) throw new Error('cannot render');
      return answer.query;
    };
    await expect(renderedAnswer(cached, 'search', ['xen'], render)).rejects.toThrow('cannot render');
    fail = false;
    expect(await renderedAnswer(cached, 'search', ['xen'], render)).toBe('xen');
    expect(calls.search).toBe(1);
    await expect(renderedAnswer(cached, 'related', [{ id: 'post:missing' }], () => 1)).rejects.toThrow('no such post');
    for (let i = 0; i < 2; i++)
      expect(await renderedAnswer(api, 'search', ['kvm'], (a) => (a as unknown as { run: number }).run)).toBe(2 + i);
  });
});
