// Post identity: the same blog passed three ways gives the same ids; ids never collide; a post
// claiming another's URL is an error naming both; odd files are one skip line each.

import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMPTY_CURATION } from '../../ingest/resolution/curation.js';
import { ingestCorpus } from '../../src/services/ingest-service.js';
import { EmbeddedStore } from '../../src/stores/embedded/embedded-store.js';
import { blogOf, postsOf } from '../helpers/blog.js';
import { lexicon } from '../helpers/extract-text.js';

const post = (title: string, extra = '') =>
  `---\ntitle: "${title}"\n${extra}---\nDana Brooks talked about Ansible at RailsConf 2012.\n`;

function jekyllBlog(): string {
  return blogOf('railsblog', {
    '_config.yml': 'url: https://rails.example\n',
    '_posts/2012/04/2012-04-23-railsconf-2012-day-one.md': post('RailsConf 2012 day one'),
    '_posts/2012/04/2012-04-24-railsconf-2012-day-two.md': post('RailsConf 2012 day two'),
    '_posts/2013/2013-04-29-railsconf-2013.md': post('RailsConf 2013'),
  });
}

async function storedIds(store: EmbeddedStore): Promise<string[]> {
  return (await store.query('stored-posts', {})).map((r) => r.post).sort();
}

describe('post identity', () => {
  it('is the same from the blog root, a subfolder and a single file, with no duplicates', async () => {
    const blog = jekyllBlog();
    const store = EmbeddedStore.open(mkdtempSync(path.join(tmpdir(), 'talkgraph-id-')));
    const run = (p: string) => ingestCorpus([p], { store, index: null, lexicon, curation: EMPTY_CURATION });
    await run(blog);
    const fromRoot = await storedIds(store);
    expect(fromRoot).toEqual([
      'post:railsblog:2012-04-2012-04-23-railsconf-2012-day-one',
      'post:railsblog:2012-04-2012-04-24-railsconf-2012-day-two',
      'post:railsblog:2013-2013-04-29-railsconf-2013',
    ]);
    const sub = await run(path.join(blog, '_posts', '2012'));
    const single = await run(path.join(blog, '_posts', '2012', '04', '2012-04-23-railsconf-2012-day-one.md'));
    expect([sub.unchanged, single.unchanged]).toEqual([2, 1]);
    expect(await storedIds(store)).toEqual(fromRoot);
    // And from another working folder, with a relative path.
    const relative = path.relative(process.cwd(), path.join(blog, '_posts'));
    expect((await run(relative)).unchanged).toBe(3);
    expect(await storedIds(store)).toEqual(fromRoot);
  });

  it('keeps non-Latin, Cyrillic and same-stem file names apart, each with a stable id', async () => {
    const blog = blogOf('intl', {
      'talkgraph-site.yml': 'name: intl\n',
      '日本語.md': post('東京 2020'),
      '中文.md': post('北京 2020'),
      'привет-мир.md': post('Привет, мир'),
      'x.markdown': post('x one'),
      'x.mdown': post('x two'),
      'x.md': post('x three'),
      'slugged.md': post('Доклад', 'slug: доклад-о-ceph\n'),
    });
    const first = await postsOf([blog]);
    const again = await postsOf([blog]);
    expect(first.skipped).toEqual([]);
    const ids = first.posts.map((p) => p.id);
    expect(new Set(ids).size).toBe(7);
    expect(ids.some((id) => /^post:intl:doklad-o-ceph_[0-9a-f]{8}$/.test(id))).toBe(true);
    expect(again.posts.map((p) => p.id)).toEqual(ids);
    expect(ids).toContain('post:intl:x');
    expect(ids.some((id) => /^post:intl:privet-mir_[0-9a-f]{8}$/.test(id))).toBe(true);
    expect(ids.filter((id) => /^post:intl:post_[0-9a-f]{8}$/.test(id))).toHaveLength(2);
  });

  it("refuses a post that declares another post's URL, naming both files, and keeps the first", async () => {
    const blog = blogOf('dupes', {
      'a.md': post('First', 'url: /2012/04/summit/\n'),
      'b.md': post('Second', 'url: /2012/04/summit/\n'),
      'c.md': post('Third'),
    });
    const { posts, skipped } = await postsOf([blog]);
    expect(posts.map((p) => p.title).sort()).toEqual(['First', 'Third']);
    expect(skipped).toHaveLength(1);
    expect(skipped[0]).toMatchObject({ code: 'DUPLICATE_POST' });
    expect(skipped[0]!.reason).toContain(path.join(blog, 'b.md'));
    expect(skipped[0]!.reason).toContain(path.join(blog, 'a.md'));
  });

  it('refuses, across runs, a new file taking the id of a stored post whose file is still there', async () => {
    const blog = blogOf('later', { 'a.md': post('First', 'url: /summit/\n') });
    const store = EmbeddedStore.open(mkdtempSync(path.join(tmpdir(), 'talkgraph-id-')));
    await ingestCorpus([blog], { store, index: null, lexicon, curation: EMPTY_CURATION });
    writeFileSync(path.join(blog, 'b.md'), post('Second', 'url: /summit/\n'));
    const second = await ingestCorpus([path.join(blog, 'b.md')], {
      store,
      index: null,
      lexicon,
      curation: EMPTY_CURATION,
    });
    expect(second.skipped.map((s) => s.code)).toEqual(['DUPLICATE_POST']);
    expect(second.skipped[0]!.reason).toContain('a.md');
    expect((await store.query('post', { id: 'post:later:summit' }))[0]?.title).toBe('First');
  });
});

describe('only regular files are read', () => {
  it('a FIFO, /dev/zero and a non-UTF-8 name are one skip line each; the rest is read', async () => {
    const blog = blogOf('odd', { 'good.md': post('Good') });
    execFileSync('mkfifo', [path.join(blog, 'pipe.md')]);
    writeFileSync(Buffer.from(`${blog}/caf\xe9.md`, 'latin1'), post('Latin-1 name'));
    const { posts, skipped } = await postsOf([blog, '/dev/zero']);
    expect(posts.map((p) => p.title)).toEqual(['Good']);
    expect(skipped.map((s) => s.code).sort()).toEqual(['BAD_FILE_NAME', 'NOT_REGULAR_FILE', 'NOT_REGULAR_FILE']);
    expect(skipped.find((s) => s.file === '/dev/zero')?.code).toBe('NOT_REGULAR_FILE');
    expect(skipped.every((s) => s.reason.includes(s.file))).toBe(true);
  });

  it('an unreadable subfolder is one skip line, not an abort (run as an unprivileged user)', () => {
    const blog = blogOf('locked', { 'good.md': post('Good'), 'private/hidden.md': post('Hidden') });
    chmodSync(path.dirname(blog), 0o755);
    chmodSync(path.join(blog, 'private'), 0o000);
    // root reads every folder: the CLI runs as "nobody" when the test runs as root.
    const asNobody = process.getuid?.() === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : [];
    const argv = [...asNobody, process.execPath, path.resolve('bin/talkgraph.js'), 'extract', blog];
    const r = spawnSync(argv[0]!, argv.slice(1), { encoding: 'utf8', cwd: tmpdir() });
    chmodSync(path.join(blog, 'private'), 0o755);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('# Good');
    expect(r.stderr.split('\n').filter((l) => l.startsWith('skipped '))).toEqual([
      expect.stringMatching(/^skipped .*private: .*folder not readable.*\[READ_FAILED\]$/),
    ]);
    expect(r.stderr).toContain('1 extracted, 1 skipped');
  });
});
