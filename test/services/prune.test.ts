// --prune safety: it removes only posts of the ingested site whose files are gone below the
// given path; posts of other sites, of feeds and of files outside that path are never touched.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMPTY_CURATION } from '../../ingest/resolution/curation.js';
import { ingestCorpus } from '../../src/services/ingest-service.js';
import { EmbeddedStore } from '../../src/stores/embedded/embedded-store.js';
import { blogOf } from '../helpers/blog.js';
import { lexicon } from '../helpers/extract-text.js';

const post = (title: string) => `---\ntitle: "${title}"\n---\nDana Brooks talked about Ansible at DevConf 2012.\n`;
const rss = (title: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>F</title><link>https://feed.example/</link><item><title>${title}</title><link>https://feed.example/x/</link><description>Words.</description></item></channel></rss>`;

async function setUp() {
  const a = blogOf('blog-a', {
    '_config.yml': 'url: https://a.example\n',
    '_posts/2012/2012-01-01-one.md': post('A one'),
    '_posts/2012/2012-02-01-two.md': post('A two'),
    '_posts/2013/2013-01-01-three.md': post('A three'),
  });
  const b = blogOf('blog-b', { 'hugo.toml': 'baseURL = "https://b.example/"\n', 'content/post/one.md': post('B one') });
  const feeds = blogOf('feeds', { 'feed.xml': rss('Feed post') });
  const store = EmbeddedStore.open(mkdtempSync(path.join(tmpdir(), 'talkgraph-prune-')));
  const run = (paths: string[], prune = false) =>
    ingestCorpus(paths, { store, index: null, lexicon, curation: EMPTY_CURATION, prune });
  await run([a, b, path.join(feeds, 'feed.xml')]);
  const titles = async () =>
    (
      await Promise.all(
        (await store.query('stored-posts', {})).map(async (r) => (await store.query('post', { id: r.post }))[0]!.title),
      )
    ).sort();
  return { a, b, feeds, run, titles };
}

describe('--prune', () => {
  it('removes nothing when a subfolder is ingested and every file still exists', async () => {
    const { a, run, titles } = await setUp();
    const before = await titles();
    expect(before).toEqual(['A one', 'A three', 'A two', 'B one', 'Feed post']);
    const summary = await run([path.join(a, '_posts', '2012')], true);
    expect(summary.removed).toBe(0);
    expect(await titles()).toEqual(before);
  });

  it('removes the gone file below the given path, and no other post of any site', async () => {
    const { a, b, run, titles } = await setUp();
    rmSync(path.join(a, '_posts/2012/2012-02-01-two.md'));
    rmSync(path.join(a, '_posts/2013/2013-01-01-three.md'));
    rmSync(path.join(b, 'content/post/one.md'));
    const summary = await run([path.join(a, '_posts', '2012')], true);
    expect(summary.removed).toBe(1);
    // "A three" is gone too, but lies outside the given path; "B one" is another site's.
    expect(await titles()).toEqual(['A one', 'A three', 'B one', 'Feed post']);
  });

  it("a whole-blog prune takes that blog's gone files only; feeds are never pruned", async () => {
    const { a, b, run, titles } = await setUp();
    rmSync(path.join(a, '_posts/2013/2013-01-01-three.md'));
    rmSync(path.join(b, 'content/post/one.md'));
    writeFileSync(path.join(a, '_posts/2013/2013-05-05-new.md'), post('A new'));
    const summary = await run([a], true);
    expect(summary.removed).toBe(1);
    expect(await titles()).toEqual(['A new', 'A one', 'A two', 'B one', 'Feed post']);
  });

  it('without --prune nothing is removed', async () => {
    const { a, run, titles } = await setUp();
    rmSync(path.join(a, '_posts/2012/2012-01-01-one.md'));
    expect((await run([a])).removed).toBe(0);
    expect(await titles()).toContain('A one');
  });
});

const wxr = (posts: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>WP</title><link>https://wp.example</link><wp:wxr_version>1.2</wp:wxr_version>${posts
    .map(
      (slug) =>
        `<item><title>WP ${slug}</title><link>https://wp.example/${slug}/</link><content:encoded><![CDATA[Dana Brooks talked about Ansible.]]></content:encoded><wp:post_name>${slug}</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>`,
    )
    .join('')}</channel></rss>`;
const feedOf = (host: string, slugs: string[]) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>F</title><link>https://${host}/</link>${slugs.map((s) => `<item><title>Feed ${s}</title><link>https://${host}/${s}/</link><description>Words.</description></item>`).join('')}</channel></rss>`;

describe('--prune with feeds and WordPress exports', () => {
  async function setUpExports() {
    // The feed and the export live inside the blog folder and are given beside it.
    const blog = blogOf('blog-c', {
      '_config.yml': 'url: https://c.example\n',
      '_posts/2012-01-01-one.md': post('C one'),
      'feed.xml': feedOf('feed.example', ['new', 'old']),
      'export.xml': wxr(['first', 'second', 'third']),
      'wp-feed.xml': feedOf('wp.example', ['fresh']),
    });
    const store = EmbeddedStore.open(mkdtempSync(path.join(tmpdir(), 'talkgraph-prune-')));
    const files = {
      feed: path.join(blog, 'feed.xml'),
      export: path.join(blog, 'export.xml'),
      wpFeed: path.join(blog, 'wp-feed.xml'),
    };
    const run = (paths: string[]) =>
      ingestCorpus(paths, { store, index: null, lexicon, curation: EMPTY_CURATION, prune: true });
    await run([blog, files.feed, files.export, files.wpFeed]);
    const titles = async () =>
      (
        await Promise.all(
          (
            await store.query('stored-posts', {})
          ).map(async (r) => (await store.query('post', { id: r.post }))[0]!.title),
        )
      ).sort();
    return { blog, files, run, titles };
  }

  it('keeps a feed item that left the window: a feed shows only its latest posts', async () => {
    const { blog, files, run, titles } = await setUpExports();
    writeFileSync(files.feed, feedOf('feed.example', ['newer', 'new']));
    const summary = await run([blog, files.feed]);
    expect(summary.removed).toBe(0);
    expect(await titles()).toEqual([
      'C one',
      'Feed fresh',
      'Feed new',
      'Feed newer',
      'Feed old',
      'WP first',
      'WP second',
      'WP third',
    ]);
  });

  it('removes the posts an export no longer holds, and no post of a feed, of another site or of a file', async () => {
    const { files, run, titles } = await setUpExports();
    writeFileSync(files.export, wxr(['first', 'third', 'fourth']));
    const summary = await run([files.export]);
    expect(summary.removed).toBe(1);
    // "Feed fresh" is of the same site (wp.example) but came from its feed, not the export.
    expect(await titles()).toEqual([
      'C one',
      'Feed fresh',
      'Feed new',
      'Feed old',
      'WP first',
      'WP fourth',
      'WP third',
    ]);
  });

  it('removes nothing when the export cannot be read or holds no post', async () => {
    const { files, run, titles } = await setUpExports();
    const before = await titles();
    writeFileSync(files.export, '<rss><channel><item></channel>');
    const summary = await run([files.export]);
    expect(summary.skipped.map((s) => [s.file, s.code])).toEqual([[files.export, 'FEED_INVALID']]);
    expect(summary.removed).toBe(0);
    expect(await titles()).toEqual(before);
    // An export without a single post is more likely the wrong file than an emptied blog.
    writeFileSync(files.export, wxr([]));
    expect((await run([files.export])).removed).toBe(0);
    expect(await titles()).toEqual(before);
  });
});
