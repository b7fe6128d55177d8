// An HTTP fuzz run over every endpoint (bounded, 127.0.0.1 only): odd ids, broken percent-
// encoding, bad parameters and headers. No request may get a 5xx; every 4xx of the API is
// JSON with a code.

import { Agent, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { corpusOf, serviceOver } from '../helpers/service.js';

const REQUESTS = 1_500;
let base: { port: number; close: () => void };

beforeAll(async () => {
  const hostile = corpusOf({
    'js.md': `---\ntitle: "<b>Xen</b> Summit"\nurl: "javascript:alert(1)//"\ndate: 2010-13-45\n---\nGeorge Dunlap talked about credit2 at Xen Summit 2010.\n`,
    'odd.md': `---\ntitle: "odd \\u0001 title"\nslug: "%E0%A4%A"\ndate: "not a date"\n---\nKeir Fraser talked about Xen.\n`,
  });
  const { service } = await serviceOver(['examples', hostile]);
  const server = createApp({ service, publicUrl: 'http://127.0.0.1:1' }).listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  base = { port: (server.address() as AddressInfo).port, close: () => server.close() };
});
afterAll(() => base?.close());

const id = fc.oneof(
  fc.constantFrom(
    'person:priya-raman',
    'project:podman',
    'event:kubecon-2023',
    'post:kubecon-2023-day-one',
    'project:credit2',
    'post:js',
    'x',
    '',
  ),
  fc.constantFrom('%', '%E0%A4%A', '%ZZ', '%00', '%2F..%2F..', '..%2f', '%C0%AE', '%FF%FE', '%u0041', '%25', '%20'),
  fc.string({ maxLength: 30 }).map(encodeURIComponent),
  fc.string({ unit: 'grapheme', maxLength: 12 }).map(encodeURIComponent),
  fc.nat(400).map((n) => 'a'.repeat(n)),
);
const value = fc.oneof(
  fc.constantFrom(
    '',
    '0',
    '-1',
    '1e9',
    'NaN',
    'null',
    '[]',
    '{}',
    'Infinity',
    '99999999999999999999',
    'person',
    'Person',
    'ROBOT',
    'xen',
    '"quoted phrase"',
    'who talked about Podman',
    '%',
    '%E0%A4%A',
  ),
  fc.string({ maxLength: 40 }).map(encodeURIComponent),
  fc.nat(3000).map((n) => 'q'.repeat(n)),
);
const params = fc.array(
  fc.tuple(
    fc.constantFrom(
      'q',
      'limit',
      'offset',
      'type',
      'center',
      'depth',
      'url',
      'post',
      'base',
      'q[]',
      'limit[a]',
      '__proto__',
    ),
    value,
  ),
  { maxLength: 4 },
);
const path = fc.oneof(
  fc.constantFrom(
    '/api/search',
    '/api/ask',
    '/api/entities',
    '/api/speakers',
    '/api/graph',
    '/api/posts/related',
    '/api/openapi.json',
    '/healthz',
    '/readyz',
    '/embed/frame',
    '/embed.js',
    '/',
    '/speakers',
    '/api',
    '/api/',
  ),
  id.map((i) => `/api/entities/${i}`),
  id.map((i) => `/api/entities/${i}/feed.atom`),
  id.map((i) => `/api/events/${i}`),
  id.map((i) => `/api/posts/${i}/related`),
  id.map((i) => `/entity/${i}`),
  id.map((i) => `/assets/${i}`),
  id.map((i) => `/${i}`),
);
const headers = fc.record(
  {
    host: fc.constantFrom('a b', 'evil.example', '[::1', ':::', '127.0.0.1:99999', ''),
    'x-forwarded-proto': fc.constantFrom('gopher', 'javascript', 'https, http', ''),
    'x-forwarded-host': fc.constantFrom('evil.example', 'a b'),
    'if-none-match': fc.constantFrom('*', 'W/"x"', '"', 'garbage'),
    accept: fc.constantFrom('*/*', 'text/html', 'application/json;q=x', 'text/*;q=0.5'),
    range: fc.constantFrom('bytes=0-0', 'bytes=-1', 'bytes=9-1', 'bytes=x'),
    'accept-encoding': fc.constantFrom('gzip', 'br;q=2', 'x'),
  },
  { requiredKeys: [] },
);
const method = fc.constantFrom('GET', 'GET', 'GET', 'HEAD', 'POST', 'OPTIONS', 'PUT', 'DELETE');

/** Escapes what may not go raw in a request line, keeping broken %-sequences as they are. */
const escapeRest = (target: string) =>
  target.replace(/[^A-Za-z0-9\-._~%!$&'()*+,;=:@/?]/g, (c) => encodeURIComponent(c));

function send(
  agent: Agent,
  m: string,
  target: string,
  h: Record<string, string>,
): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: base.port, method: m, path: target, headers: h, agent, timeout: 10_000 },
      (res) => {
        let body = '';
        res.setEncoding('latin1');
        res.on('data', (d: string) => {
          if (body.length < 4096) body += d.slice(0, 4096 - body.length);
        });
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body }),
        );
      },
    );
    req.on('timeout', () => req.destroy(new Error(`timeout: ${m} ${target}`)));
    req.on('error', reject);
    req.end();
  });
}

describe('HTTP fuzz', () => {
  it(`${REQUESTS} hostile requests over every endpoint: no 5xx, API errors carry a code`, async () => {
    const cases = fc.sample(fc.tuple(method, path, params, headers), { seed: 7, numRuns: REQUESTS });
    const agent = new Agent({ keepAlive: true, maxSockets: 8 });
    const failures: string[] = [];
    let sent = 0;
    for (let i = 0; i < cases.length; i += 8) {
      await Promise.all(
        cases.slice(i, i + 8).map(async ([m, p, q, h]) => {
          const target = escapeRest(q.length ? `${p}?${q.map(([k, v]) => `${k}=${v}`).join('&')}` : p);
          const r = await send(agent, m, target, h as Record<string, string>);
          sent++;
          if (r.status >= 500) failures.push(`${r.status} ${m} ${target} ${JSON.stringify(h)} ${r.body.slice(0, 200)}`);
          // An unknown post's related posts are a 404 with an empty list on purpose (the embed box hides itself).
          else if (
            r.status >= 400 &&
            p.startsWith('/api') &&
            !(r.status === 404 && p.endsWith('/related')) &&
            m !== 'HEAD' &&
            r.body.length < 4096 &&
            /json/.test(r.type) &&
            !/"code":"[A-Z_]+"/.test(r.body)
          )
            failures.push(`no code: ${r.status} ${m} ${target}`);
        }),
      );
    }
    agent.destroy();
    console.info(`HTTP fuzz: ${sent} requests sent, ${failures.filter((f) => /^5/.test(f)).length} 5xx`);
    expect(failures).toEqual([]);
  }, 300_000);
});
