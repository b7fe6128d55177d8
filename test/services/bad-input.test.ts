// Bad input on a re-ingest with --prune: an unreachable feed, a malformed feed, a malformed
// WordPress export, an HTML page that lost its article and a file name that is not UTF-8 are
// one line each naming the input and the reason; the run goes on (a new post is ingested);
// nothing stored is lost.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_CURATION } from '../../ingest/resolution/curation.js';
import { ingestCorpus } from '../../src/services/ingest-service.js';
import { EmbeddedStore } from '../../src/stores/embedded/embedded-store.js';
import { blogOf } from '../helpers/blog.js';
import { lexicon } from '../helpers/extract-text.js';

const talk = 'Dana Brooks talked about Ansible at DevConf 2021.';
const rss = (host: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>${host}</title><link>https://${host}/</link><item><title>${host} post</title><link>https://${host}/p/</link><description>${talk}</description></item></channel></rss>`;
const wxr = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>WP</title><link>https://wp.example</link><wp:wxr_version>1.2</wp:wxr_version>
<item><title>WP post</title><link>https://wp.example/wp-post/</link><content:encoded><![CDATA[${talk}]]></content:encoded><wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item></channel></rss>`;

/** How the feed server answers: each feed well, or one of them broken. */
let mode: 'ok' | 'broken' = 'ok';
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    // Broken: the first feed's server hangs up (unreachable), the second sends bad XML.
    if (mode === 'broken' && req.url === '/down.xml') return void req.socket.destroy();
    if (mode === 'broken' && req.url === '/garbled.xml') return void res.writeHead(200).end('<rss><channel><item>');
    res
      .writeHead(200, { 'content-type': 'application/rss+xml' })
      .end(rss(req.url === '/down.xml' ? 'down.example' : 'garbled.example'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('bad input on a re-ingest', () => {
  it('is one line per input naming it and the reason; the run goes on and nothing stored is lost', async () => {
    const blog = blogOf('steady', {
      '_posts/2021-05-04-kept.md': `---\ntitle: Kept\n---\n${talk}\n`,
    });
    // Saved pages: a folder of HTML (in a Jekyll blog, .html outside _posts is a page of the site, not a post).
    const saved = blogOf('saved', {
      'summit.html': `<!doctype html><html><head><title>Summit</title></head><body><article><h1>Summit page</h1><p>${talk}</p></article></body></html>`,
    });
    const exportFile = path.join(blog, 'export.xml');
    writeFileSync(exportFile, wxr);
    const feeds = [`${base}/down.xml`, `${base}/garbled.xml`];
    const data = mkdtempSync(path.join(tmpdir(), 'talkgraph-bad-'));
    const store = EmbeddedStore.open(data);
    const run = () =>
      ingestCorpus([blog, saved, exportFile, ...feeds], {
        store,
        index: null,
        lexicon,
        curation: EMPTY_CURATION,
        dataDir: data,
        prune: true,
      });
    const titles = async () =>
      (
        await Promise.all(
          (
            await store.query('stored-posts', {})
          ).map(async (r) => (await store.query('post', { id: r.post }))[0]!.title),
        )
      ).sort();

    expect((await run()).skipped).toEqual([]);
    const before = await titles();
    expect(before).toEqual(['Kept', 'Summit page', 'WP post', 'down.example post', 'garbled.example post']);

    mode = 'broken';
    writeFileSync(
      path.join(saved, 'summit.html'),
      '<!doctype html><html><body><div>Moved to a new home.</div></body></html>',
    );
    writeFileSync(exportFile, wxr.replace('</channel>', ''));
    writeFileSync(
      Buffer.from(`${blog}/_posts/2021-05-06-caf\xe9.md`, 'latin1'),
      `---\ntitle: Latin-1 name\n---\n${talk}\n`,
    );
    writeFileSync(path.join(blog, '_posts/2021-05-05-new.md'), `---\ntitle: New\n---\n${talk}\n`);
    const second = await run();

    const byCode = Object.fromEntries(second.skipped.map((s) => [s.code, s]));
    expect(second.skipped.map((s) => s.code).sort()).toEqual([
      'BAD_FILE_NAME',
      'FEED_INVALID',
      'FEED_INVALID',
      'FEED_UNREACHABLE',
      'NO_ARTICLE',
    ]);
    expect(byCode.NO_ARTICLE!.file).toBe(path.join(saved, 'summit.html'));
    expect(byCode.FEED_UNREACHABLE!.file).toBe(feeds[0]);
    // The reason fetch keeps in its cause (the server hung up), not just "fetch failed".
    expect(byCode.FEED_UNREACHABLE!.reason).not.toMatch(/fetch failed$/);
    expect(
      second.skipped
        .filter((s) => s.code === 'FEED_INVALID')
        .map((s) => s.file)
        .sort(),
    ).toEqual([feeds[1], exportFile].sort());
    expect(byCode.BAD_FILE_NAME!.file).toContain('2021-05-06-caf');
    // One line each, naming the input.
    for (const s of second.skipped) {
      expect(s.reason).toContain(s.file);
      expect(s.reason).not.toContain('\n');
    }
    expect(second).toMatchObject({ ingested: 1, removed: 0 });
    expect(await titles()).toEqual([...before, 'New'].sort());
  });
});
