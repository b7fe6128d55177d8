// The embedded snapshot: one generation (graph + search index) swapped in whole, so a crash
// or a full disk in the middle of a save leaves the previous generation whole.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMPTY_CURATION } from '../../ingest/resolution/curation.js';
import { SOURCE_STATS_FILE } from '../../ingest/source/source-stats.js';
import { hasCode } from '../../src/domain/errors.js';
import { SearchIndex } from '../../src/search/search-index.js';
import { ingestCorpus } from '../../src/services/ingest-service.js';
import { injectWriteOps } from '../../src/storage/atomic-write.js';
import { MANIFEST, readManifest } from '../../src/storage/generations.js';
import { EmbeddedStore } from '../../src/stores/embedded/embedded-store.js';
import { lexicon } from '../helpers/extract-text.js';
import { copyOfExamples } from '../helpers/stores.js';

const ingestInto = (dir: string, paths: string[]) =>
  ingestCorpus(paths, {
    store: EmbeddedStore.open(dir),
    index: SearchIndex.open(dir),
    lexicon,
    curation: EMPTY_CURATION,
  });

describe('embedded store snapshot', () => {
  it('an ingest writes graph and search index as one generation named by the manifest', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'talkgraph-gen-'));
    await ingestInto(dir, ['examples']);
    expect(readManifest(dir)).toMatchObject({
      generation: 1,
      parts: { graph: 'graph.1.json', search: 'search.1.json' },
    });
    // Beside the generation, the ingest's stat cache (read by the next ingest only).
    expect(readdirSync(dir).sort()).toEqual([MANIFEST, 'graph.1.json', 'search.1.json', SOURCE_STATS_FILE]);
    expect((await EmbeddedStore.open(dir).counts()).posts).toBe(12);
    expect(await SearchIndex.open(dir).size()).toBe(12);
  });

  it('a full disk fails the save loudly and keeps the previous generation whole, without temp files', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'talkgraph-enospc-'));
    const corpus = copyOfExamples();
    await ingestInto(dir, [corpus]);
    writeFileSync(
      path.join(corpus, 'hugo', 'new-post.md'),
      '---\ntitle: A new post\ndate: 2021-05-04\n---\nKonrad Wilk talked about Xen.\n',
    );
    const before = await EmbeddedStore.open(dir).counts();
    let written = 0;
    const restore = injectWriteOps({
      writeSync: (_fd, _buffer, _offset, length) => {
        // The first part is written; the disk fills during the second.
        if (written++ > 0) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        return length;
      },
    });
    let err: unknown;
    try {
      await ingestInto(dir, [corpus]);
    } catch (e) {
      err = e;
    } finally {
      restore();
    }
    expect(hasCode(err, 'STORE_WRITE_FAILED')).toBe(true);
    expect(String(err)).toMatch(/disk is full/);
    expect(readManifest(dir)?.generation).toBe(1);
    expect(await EmbeddedStore.open(dir).counts()).toEqual(before);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // The next run, with space again, saves everything.
    await ingestInto(dir, [corpus]);
    expect((await EmbeddedStore.open(dir).counts()).posts).toBe(13);
  });

  it('a corrupt graph is STORE_CORRUPT naming the file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'talkgraph-corrupt-'));
    writeFileSync(path.join(dir, 'graph.json'), '{not json');
    let err: unknown;
    try {
      EmbeddedStore.open(dir);
    } catch (e) {
      err = e;
    }
    expect(hasCode(err, 'STORE_CORRUPT')).toBe(true);
    expect(String(err)).toContain(path.join(dir, 'graph.json'));
  });

  it('a corrupt search index opens empty, and the next ingest rebuilds it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'talkgraph-bad-search-'));
    await ingestInto(dir, ['examples']);
    writeFileSync(path.join(dir, readManifest(dir)!.parts.search!), '{"version": 3, "index": {"garbage');
    expect(await SearchIndex.open(dir).size()).toBe(0);
    await ingestInto(dir, ['examples']);
    expect(await SearchIndex.open(dir).size()).toBe(12);
  });

  it('snapshot files from before generations are read, then replaced by the first save', async () => {
    const old = mkdtempSync(path.join(tmpdir(), 'talkgraph-legacy-'));
    const corpus = copyOfExamples();
    await ingestInto(old, [corpus]);
    const legacy = mkdtempSync(path.join(tmpdir(), 'talkgraph-legacy-'));
    const m = readManifest(old)!;
    writeFileSync(path.join(legacy, 'graph.json'), readFileSync(path.join(old, m.parts.graph!)));
    writeFileSync(path.join(legacy, 'search.json'), readFileSync(path.join(old, m.parts.search!)));
    expect((await EmbeddedStore.open(legacy).counts()).posts).toBe(12);
    const again = await ingestInto(legacy, [corpus]);
    expect(again.unchanged).toBe(12);
    expect(existsSync(path.join(legacy, 'graph.json'))).toBe(false);
    expect(readManifest(legacy)?.generation).toBe(1);
  });

  it('rewriting and removing posts leaves what a full recompute would: aliases from the naming edges, no orphan, no stale edge', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'talkgraph-rewrite-'));
    const corpus = copyOfExamples();
    await ingestInto(dir, [corpus]);
    const file = path.join(corpus, 'hugo', 'kubecon-2023-day-one.md');
    writeFileSync(
      file,
      `${readFileSync(file, 'utf8').replace(/Kubernetes/g, 'K8s')}\nZentrik Labs sponsored the hallway track.\n`,
    );
    rmSync(path.join(corpus, 'jekyll', '2019-06-20-pycon-2019-wrap-up.md'));
    await ingestCorpus([corpus], {
      store: EmbeddedStore.open(dir),
      index: SearchIndex.open(dir),
      lexicon,
      curation: EMPTY_CURATION,
      prune: true,
    });
    const g = EmbeddedStore.open(dir).graph;
    expect(g.filterNodes((_id, a) => a.kind === 'Post')).toHaveLength(11);
    g.forEachNode((id, a) => {
      if (a.kind !== 'Entity') return;
      expect(g.degree(id), id).toBeGreaterThan(0);
      const names = new Set<string>();
      g.forEachInEdge(id, (_k, e) => {
        if ((e.type === 'MENTIONS' || e.type === 'COVERS') && e.names)
          for (const n of e.names) if (n !== a.name) names.add(n);
      });
      expect(a.aliases, id).toEqual([...names].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)));
    });
    g.forEachEdge((k, e) => expect(g.hasNode(e.post), k).toBe(true));
  });
});
