// The answer cache keeps each answer's JSON body: what it sends must be byte for byte what the
// uncached app sends, and what res.json makes of the same answer (body, ETag, headers, 304).
import express from 'express';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { jsonBody, safeUrlFields } from '../../src/api/json-body.js';
import { cachedQueries } from '../../src/query/cached-queries.js';
import type { QueryApi } from '../../src/query/query-api.js';
import { serviceOver } from '../helpers/service.js';

let plain: ReturnType<typeof createApp>;
let cached: ReturnType<typeof createApp>;
let service: QueryApi;
beforeAll(async () => {
  service = (await serviceOver(['examples'])).service;
  plain = createApp({ service });
  cached = createApp({ service: cachedQueries(service) });
});

/** The status, headers (Date aside) and raw body of a response. */
async function exchange(app: ReturnType<typeof createApp>, path: string, headers: Record<string, string> = {}) {
  const res = await request(app)
    .get(path)
    .set(headers)
    .buffer(true)
    .parse((r, done) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => done(null, Buffer.concat(chunks)));
    });
  const { date: _date, ...rest } = res.headers;
  return { status: res.status, headers: rest, body: (res.body as Buffer).toString('base64') };
}

const PATHS = [
  '/api/search?q=podman',
  '/api/search?q=kubecon&limit=2&offset=1&sort=date',
  '/api/ask?q=who%20talked%20about%20Podman',
  '/api/posts/post:examples:kubecon-2023-day-one/related',
  '/api/posts/related?url=nowhere',
  '/api/search?q=',
];

describe('answers sent from the answer cache', () => {
  it.each(PATHS)('%s: the same bytes and headers as uncached, first and repeated', async (path) => {
    const want = await exchange(plain, path);
    expect(await exchange(cached, path)).toEqual(want);
    expect(await exchange(cached, path)).toEqual(want);
    const gzip = await exchange(plain, path, { 'Accept-Encoding': 'gzip' });
    expect(await exchange(cached, path, { 'Accept-Encoding': 'gzip' })).toEqual(gzip);
  });

  it('answers 304 to a fresh copy and no body to HEAD, as before', async () => {
    const path = '/api/search?q=podman';
    const etag = (await exchange(plain, path)).headers.etag!;
    await request(cached).get(path).set('If-None-Match', etag).expect(304);
    await request(cached).get(path).set('If-None-Match', etag).expect(304);
    const head = await request(cached).head(path).expect(200);
    expect(head.headers['content-length']).toBe((await request(plain).head(path)).headers['content-length']);
  });

  it("makes res.json's body and strong ETag, unsafe URLs dropped", async () => {
    const answer = { title: 'café ☕', url: 'javascript:alert(1)', posts: [{ url: '/2010/x/' }, { url: ' //evil' }] };
    const app = express().set('etag', 'strong').set('json replacer', safeUrlFields);
    app.get('/', (_req, res) => void res.json(answer));
    const res = await request(app).get('/').expect(200);
    const body = jsonBody(answer);
    expect(body.bytes.toString('utf8')).toBe(res.text);
    expect(body.etag).toBe(res.headers.etag);
    expect(JSON.parse(res.text).url).toBeNull();
  });
});
