// `ingest --watch`: changed, added and deleted files reach the store as they change; runs are
// observed through the store's contents (bounded waits, never timing assertions).
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMPTY_CURATION } from '../../ingest/resolution/curation.js';
import type { IngestSummary } from '../../src/services/ingest-service.js';
import { watchIngest } from '../../src/services/watch-ingest.js';
import { EmbeddedStore } from '../../src/stores/embedded/embedded-store.js';
import { blogOf } from '../helpers/blog.js';
import { lexicon } from '../helpers/extract-text.js';

const post = (title: string) => `---\ntitle: "${title}"\n---\nDana Brooks talked about Ansible at DevConf 2012.\n`;

/** Resolves once a run happened and `test` holds; fails after 20 s. */
function runsUntil(runs: IngestSummary[], test: () => Promise<boolean>): Promise<void> {
  return new Promise((resolve, reject) => {
    const deadline = setTimeout(() => reject(new Error('the watch never reached the expected store contents')), 20_000);
    const poll = async () => {
      if (runs.length > 0 && (await test())) {
        clearTimeout(deadline);
        resolve();
      } else setTimeout(poll, 100);
    };
    void poll();
  });
}

describe('ingest --watch', () => {
  it('re-ingests a changed file, adds a new one and removes a deleted one', async () => {
    const blog = blogOf('watched', {
      '_posts/2012-01-01-one.md': post('One'),
      '_posts/2012-01-02-two.md': post('Two'),
    });
    const data = mkdtempSync(path.join(tmpdir(), 'talkgraph-watch-'));
    const store = EmbeddedStore.open(data);
    const titles = async () =>
      (
        await Promise.all(
          (
            await store.query('stored-posts', {})
          ).map(async (r) => (await store.query('post', { id: r.post }))[0]!.title),
        )
      )
        .sort()
        .join(',');
    const stop = new AbortController();
    const runs: IngestSummary[] = [];
    const watching = watchIngest([blog], {
      store,
      index: null,
      lexicon,
      curation: EMPTY_CURATION,
      signal: stop.signal,
      debounceMs: 100,
      onRun: (s) => runs.push(s),
    });
    try {
      await runsUntil(runs, async () => (await titles()) === 'One,Two');
      writeFileSync(path.join(blog, '_posts/2012-01-01-one.md'), post('One, revised'));
      await runsUntil(runs, async () => (await titles()) === 'One, revised,Two');
      writeFileSync(path.join(blog, '_posts/2012-01-03-three.md'), post('Three'));
      rmSync(path.join(blog, '_posts/2012-01-02-two.md'));
      await runsUntil(runs, async () => (await titles()) === 'One, revised,Three');
    } finally {
      stop.abort();
      await watching;
    }
    expect(runs.length).toBeGreaterThanOrEqual(3);
    expect(runs.every((r) => r.skipped.length === 0)).toBe(true);
    // Each run was flushed: the data folder alone holds the final state.
    const reopened = EmbeddedStore.open(data);
    expect((await reopened.query('stored-posts', {})).map((r) => r.post).sort()).toEqual([
      'post:watched:2012-01-01-one',
      'post:watched:2012-01-03-three',
    ]);
  });
});

describe('ingest --watch with a feed', () => {
  it('polls the feed every interval: new items reach the store, an unchanged feed answers 304, none is pruned', async () => {
    const item = (slug: string) =>
      `<item><title>Feed ${slug}</title><link>https://planet.example/${slug}/</link><description>Dana Brooks talked about Ansible.</description></item>`;
    let items = [item('one')];
    const statuses: number[] = [];
    const server = createServer((req, res) => {
      const etag = `"${createHash('sha1').update(items.join('')).digest('hex')}"`;
      const status = req.headers['if-none-match'] === etag ? 304 : 200;
      statuses.push(status);
      res.writeHead(status, { etag });
      res.end(
        status === 304
          ? undefined
          : `<?xml version="1.0"?><rss version="2.0"><channel><title>P</title><link>https://planet.example/</link>${items.join('')}</channel></rss>`,
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const feed = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`;
    const data = mkdtempSync(path.join(tmpdir(), 'talkgraph-watch-'));
    const store = EmbeddedStore.open(data);
    const ids = async () =>
      (await store.query('stored-posts', {}))
        .map((r) => r.post)
        .sort()
        .join(',');
    const stop = new AbortController();
    const runs: IngestSummary[] = [];
    const watching = watchIngest([feed], {
      store,
      index: null,
      lexicon,
      curation: EMPTY_CURATION,
      dataDir: data,
      signal: stop.signal,
      intervalMs: 200,
      onRun: (s) => runs.push(s),
    });
    try {
      await runsUntil(runs, async () => (await ids()) === 'post:planet-example:one');
      await runsUntil(runs, async () => statuses.includes(304));
      items = [item('two'), item('one')];
      await runsUntil(runs, async () => (await ids()) === 'post:planet-example:one,post:planet-example:two');
      // Each run prunes, but a feed is a window: "one" leaving it is no deletion.
      items = [item('three'), item('two')];
      await runsUntil(
        runs,
        async () => (await ids()) === 'post:planet-example:one,post:planet-example:three,post:planet-example:two',
      );
    } finally {
      stop.abort();
      await watching;
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    expect(runs.every((r) => r.skipped.length === 0)).toBe(true);
  });
});
