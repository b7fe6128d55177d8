// An ingest of a few changed posts saves only what changed: the graph and the search index
// keep their whole snapshot and gain a log of the writes since, in the same crash-safe
// generation. Reopened, the folder holds every other post as before, and the log goes again
// once it is worth a whole save.
import { appendFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMPTY_CURATION } from '../../ingest/resolution/curation.js';
import { SearchIndex } from '../../src/search/search-index.js';
import { ingestCorpus } from '../../src/services/ingest-service.js';
import { MANIFEST, readManifest } from '../../src/storage/generations.js';
import { EmbeddedStore } from '../../src/stores/embedded/embedded-store.js';
import { lexicon } from '../helpers/extract-text.js';
import { copyOfExamples } from '../helpers/stores.js';

const open = (dir: string) => ({ store: EmbeddedStore.open(dir), index: SearchIndex.open(dir) });
const ingest = (paths: string[], o: ReturnType<typeof open>) =>
  ingestCorpus(paths, { ...o, lexicon, curation: EMPTY_CURATION });

describe('incremental save of the embedded data folder', () => {
  it('writes a log of the changed post, and a reopened folder holds every post as the writer does', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'talkgraph-inc-'));
    const corpus = copyOfExamples();
    const writer = open(dir);
    await ingest([corpus], writer);
    const before = (await writer.store.query('stored-posts', {})).map((p) => p.post).sort();
    appendFileSync(
      path.join(corpus, 'hugo', 'fosdem-2024-notes.md'),
      '\nA late note: Ada Quill demoed zygomorphic caching.\n',
    );
    const second = await ingest([corpus], writer);
    expect(second.ingested).toBe(1);
    expect(readManifest(dir)?.parts).toEqual({
      graph: 'graph.1.json',
      search: 'search.1.json',
      graphlog: 'graphlog.2.json',
      searchlog: 'searchlog.2.json',
    });
    const reader = open(dir);
    expect(reader.store.graph.export()).toEqual(writer.store.graph.export());
    expect((await reader.store.query('stored-posts', {})).map((p) => p.post).sort()).toEqual(before);
    expect(await reader.index.size()).toBe(await writer.index.size());
    const hits = await reader.index.search('zygomorphic');
    expect(hits.map((h) => h.id)).toEqual((await writer.index.search('zygomorphic')).map((h) => h.id));
    expect(hits).toHaveLength(1);
    // The next change adds to the same log, on the same snapshot.
    appendFileSync(path.join(corpus, 'hugo', 'fosdem-2024-notes.md'), '\nAnd one more line on quince packaging.\n');
    await ingest([corpus], reader);
    expect(readManifest(dir)?.parts.graph).toBe('graph.1.json');
    expect(open(dir).store.graph.export()).toEqual(reader.store.graph.export());
    expect((await open(dir).index.search('quince')).length).toBe(1);
  });

  it('saves whole again once the log is long, dropping the logs and their files', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'talkgraph-inc-compact-'));
    const writer = open(dir);
    await ingest([copyOfExamples()], writer);
    const post = (await writer.store.query('stored-posts', {}))[0]!;
    const views = await writer.store.query('post', { id: post.post });
    expect(views).toHaveLength(1);
    // Removing it again and again: each removal is logged until the log outgrows the snapshot.
    let saves = 0;
    while (readManifest(dir)!.parts.graph === 'graph.1.json' && saves < 100) {
      await writer.store.removePosts([post.post]);
      await writer.store.flush();
      saves++;
    }
    expect(saves).toBeGreaterThan(1);
    expect(saves).toBeLessThan(100);
    const parts = readManifest(dir)!.parts;
    expect(parts.graphlog).toBeUndefined();
    expect(readdirSync(dir).filter((f) => f.startsWith('graphlog'))).toEqual([]);
    expect(readdirSync(dir)).toContain(MANIFEST);
    expect(open(dir).store.graph.export()).toEqual(writer.store.graph.export());
  });
});
