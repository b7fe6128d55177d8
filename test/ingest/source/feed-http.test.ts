// Feeds over HTTP from a local server: the second ingest sends the remembered ETag and gets
// 304; an unreachable feed is one clear line and the run goes on with nothing stored lost.

import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_CURATION } from '../../../ingest/resolution/curation.js';
import { ingestCorpus } from '../../../src/services/ingest-service.js';
import { EmbeddedStore } from '../../../src/stores/embedded/embedded-store.js';
import { lexicon } from '../../helpers/extract-text.js';

const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>Planet</title><link>https://planet.example/</link>
<item><title>Summit day one</title><link>https://planet.example/summit-day-one/</link><pubDate>Tue, 04 May 2021 10:00:00 GMT</pubDate>
<description>&lt;p&gt;Dana Brooks talked about &lt;a href="https://www.ansible.com/"&gt;Ansible&lt;/a&gt; at DevConf 2021.&lt;/p&gt;</description></item>
<item><title>Summit day two</title><link>https://planet.example/summit-day-two/</link><pubDate>Wed, 05 May 2021 10:00:00 GMT</pubDate><description>Robin Ashe talked about Podman.</description></item>
</channel></rss>`;

let server: Server;
let base: string;
const seen: Array<{
  path: string;
  ifNoneMatch: string | undefined;
  ifModifiedSince: string | undefined;
  status: number;
}> = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const ifNoneMatch = req.headers['if-none-match'];
    const status =
      req.url === '/feed.xml' ? (ifNoneMatch === '"v1"' ? 304 : 200) : req.url === '/broken.xml' ? 200 : 404;
    seen.push({ path: req.url ?? '', ifNoneMatch, ifModifiedSince: req.headers['if-modified-since'], status });
    if (status === 304) return void res.writeHead(304, { etag: '"v1"' }).end();
    if (status === 404) return void res.writeHead(404).end('no');
    res.writeHead(200, {
      'content-type': 'application/rss+xml',
      etag: '"v1"',
      'last-modified': 'Wed, 05 May 2021 12:00:00 GMT',
    });
    res.end(req.url === '/broken.xml' ? '<rss><channel>' : FEED);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('a feed over HTTP', () => {
  it('is ingested, then answered 304 on the second ingest with the remembered ETag', async () => {
    const data = mkdtempSync(path.join(tmpdir(), 'talkgraph-feed-'));
    const store = EmbeddedStore.open(data);
    const run = () =>
      ingestCorpus([`${base}/feed.xml`], {
        store,
        index: null,
        lexicon,
        curation: EMPTY_CURATION,
        dataDir: data,
        prune: true,
      });
    const first = await run();
    expect(first).toMatchObject({ read: 2, ingested: 2, notModified: 0 });
    const ids = (await store.query('stored-posts', {})).map((r) => r.post).sort();
    expect(ids).toEqual(['post:planet-example:summit-day-one', 'post:planet-example:summit-day-two']);
    expect((await store.query('post', { id: ids[0]! }))[0]).toMatchObject({
      url: 'https://planet.example/summit-day-one/',
      site: 'planet-example',
    });
    expect((await store.query('talks-of', { id: 'person:dana-brooks' })).map((r) => r.name)).toContain('Ansible');
    const second = await run();
    expect(second).toMatchObject({ read: 0, ingested: 0, notModified: 1, removed: 0 });
    expect(seen.filter((s) => s.path === '/feed.xml').map((s) => [s.ifNoneMatch, s.ifModifiedSince, s.status])).toEqual(
      [
        [undefined, undefined, 200],
        ['"v1"', 'Wed, 05 May 2021 12:00:00 GMT', 304],
      ],
    );
    expect((await store.query('stored-posts', {})).map((r) => r.post).sort()).toEqual(ids);
  });

  it('an unreachable, missing or malformed feed is one clear line each; other sources go on', async () => {
    const data = mkdtempSync(path.join(tmpdir(), 'talkgraph-feed-'));
    const store = EmbeddedStore.open(data);
    const closed = `http://127.0.0.1:9/feed.xml`;
    const summary = await ingestCorpus([closed, `${base}/gone.xml`, `${base}/broken.xml`, `${base}/feed.xml`], {
      store,
      index: null,
      lexicon,
      curation: EMPTY_CURATION,
      dataDir: data,
    });
    expect(summary.skipped.map((s) => [s.file, s.code])).toEqual([
      [closed, 'FEED_UNREACHABLE'],
      [`${base}/gone.xml`, 'FEED_UNREACHABLE'],
      [`${base}/broken.xml`, 'FEED_INVALID'],
    ]);
    expect(summary.skipped.every((s) => s.reason.includes(s.file))).toBe(true);
    expect(summary.ingested).toBe(2);
  });
});
