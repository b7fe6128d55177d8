// The ingest's stat skip as a user meets it: re-ingesting an untouched blog reads no file; a
// file whose size or mtime changed is read again (and stays unchanged when its bytes did); the
// stat cache never runs ahead of the store, so a post is never skipped that is not stored.
import { copyFileSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EMPTY_CURATION } from '../../ingest/resolution/curation.js';
import { SOURCE_STATS_FILE } from '../../ingest/source/source-stats.js';
import { SearchIndex } from '../../src/search/search-index.js';
import { ingestCorpus } from '../../src/services/ingest-service.js';
import type { GraphStore } from '../../src/stores/graph-store.js';
import { blogOf } from '../helpers/blog.js';
import { lexicon } from '../helpers/extract-text.js';
import { storesUnderTest } from '../helpers/stores.js';

const post = (title: string, body: string) =>
  `---\ntitle: ${title}\ndate: 2023-03-0${title.length % 9}\n---\n${body}\n`;

/** A blog of three posts whose files were last written a minute ago (a file written this instant is never trusted). */
function blog(): string {
  const dir = blogOf('statblog', {
    'kubecon.md': post('KubeCon notes', 'Ana Lima talked about Kubernetes operators at KubeCon.'),
    'fosdem.md': post('FOSDEM notes', 'Lukas Novak presented Podman at FOSDEM.'),
    'devconf.md': post('DevConf notes', 'Priya Raman spoke about Ansible at DevConf.'),
  });
  for (const f of ['kubecon.md', 'fosdem.md', 'devconf.md']) age(path.join(dir, f), 60);
  return dir;
}

/** Sets a file's mtime `seconds` ago. */
function age(file: string, seconds: number): void {
  const t = new Date(Date.now() - seconds * 1000);
  utimesSync(file, t, t);
}

for (const sut of storesUnderTest()) {
  describe(`stat skip (${sut.name} store)`, () => {
    let store: GraphStore;
    afterEach(async () => store?.close());

    /** One ingest run of `dir` that lists the files it reads from disk. */
    async function run(dir: string, index: SearchIndex, statsDir: string) {
      const read: string[] = [];
      const summary = await ingestCorpus([dir], {
        store,
        index,
        lexicon,
        curation: EMPTY_CURATION,
        statsDir,
        threads: 1,
        onRead: (file) => read.push(path.basename(file)),
      });
      return { summary, read: read.sort() };
    }

    it('an untouched blog is not read again; a changed mtime is read, a changed byte re-extracted', async () => {
      store = await sut.open();
      const index = SearchIndex.forStore(store, mkdtempSync(path.join(tmpdir(), 'talkgraph-index-')));
      const stats = mkdtempSync(path.join(tmpdir(), 'talkgraph-stats-'));
      const dir = blog();

      const first = await run(dir, index, stats);
      expect(first.read).toEqual(['devconf.md', 'fosdem.md', 'kubecon.md']);
      expect(first.summary).toMatchObject({ ingested: 3, unread: 0 });

      const again = await run(dir, index, stats);
      expect(again.read).toEqual([]);
      expect(again.summary).toMatchObject({ read: 3, ingested: 0, unchanged: 3, unread: 3 });

      // Same bytes, a new mtime: read and hashed, still unchanged, and trusted again after.
      age(path.join(dir, 'fosdem.md'), 30);
      const touched = await run(dir, index, stats);
      expect(touched.read).toEqual(['fosdem.md']);
      expect(touched.summary).toMatchObject({ ingested: 0, unchanged: 3, unread: 2 });
      expect((await run(dir, index, stats)).read).toEqual([]);

      // Other bytes of the same size and a new mtime: read and re-extracted alone.
      const file = path.join(dir, 'kubecon.md');
      const text = readFileSync(file, 'utf8');
      writeFileSync(file, text.replace('operators', 'schedules'));
      expect(readFileSync(file).length).toBe(Buffer.byteLength(text));
      age(file, 20);
      const changed = await run(dir, index, stats);
      expect(changed.read).toEqual(['kubecon.md']);
      expect(changed.summary).toMatchObject({ ingested: 1, unchanged: 2, unread: 2 });
      const hits = await index.search('schedules');
      expect(hits.map((h) => h.id)).toEqual(['post:statblog:kubecon']);
    });

    it('a stat cache ahead of its store (a crash before the save) skips nothing: every file is read and stored', async () => {
      store = await sut.open();
      const index = SearchIndex.forStore(store, mkdtempSync(path.join(tmpdir(), 'talkgraph-index-')));
      const stats = mkdtempSync(path.join(tmpdir(), 'talkgraph-stats-'));
      const dir = blog();
      await run(dir, index, stats);
      await store.close();

      // The cache of that run, beside a store that never got its posts.
      store = await sut.open();
      const fresh = SearchIndex.forStore(store, mkdtempSync(path.join(tmpdir(), 'talkgraph-index-')));
      const copied = mkdtempSync(path.join(tmpdir(), 'talkgraph-stats-'));
      copyFileSync(path.join(stats, SOURCE_STATS_FILE), path.join(copied, SOURCE_STATS_FILE));
      const after = await run(dir, fresh, copied);
      expect(after.read).toEqual(['devconf.md', 'fosdem.md', 'kubecon.md']);
      expect(after.summary).toMatchObject({ ingested: 3, unread: 0 });
    });

    it('a file written just before it was read is read again next time (its mtime may not tick)', async () => {
      store = await sut.open();
      const index = SearchIndex.forStore(store, mkdtempSync(path.join(tmpdir(), 'talkgraph-index-')));
      const stats = mkdtempSync(path.join(tmpdir(), 'talkgraph-stats-'));
      const dir = blog();
      writeFileSync(path.join(dir, 'late.md'), post('Late notes', 'Dana Brooks talked about Terraform.'));
      await run(dir, index, stats);
      const again = await run(dir, index, stats);
      expect(again.read).toEqual(['late.md']);
      expect(again.summary).toMatchObject({ ingested: 0, unchanged: 4, unread: 3 });
    });
  });
}
