// The extraction pool: posts of the one ingest loop's stream extracted on worker threads come
// back equal to a single-thread run, in stream order, and a post that fails is reported with
// its code like in-thread.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractItems } from '../../../ingest/pipeline/extract-items.js';
import { type ReadPost, readPosts } from '../../../ingest/pipeline/post-stream.js';
import { workerBundleUrl } from '../../../ingest/pipeline/worker-bundle.js';
import { extractItemsInPool } from '../../../ingest/pipeline/worker-pool.js';
import { lexicon } from '../../helpers/extract-text.js';

async function examples(): Promise<ReadPost[]> {
  const out: ReadPost[] = [];
  for await (const e of readPosts([path.resolve('examples')])) if (e.kind === 'read') out.push(e);
  return out;
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('extraction on a worker pool', () => {
  it('gives the same extractions and skips as a single thread, in the same order', async () => {
    const good = await examples();
    expect(good.length).toBeGreaterThan(10);
    // A post the reader let through but the extractor refuses (unclosed front matter) is a skip with its code.
    const broken: ReadPost = { ...good[0]!, file: '/nowhere/broken.md', text: '---\ntitle: [unclosed\n---\nBody.' };
    const posts = [...good.slice(0, 5), broken, ...good.slice(5)];
    const single = await collect(extractItems(posts, { lexicon }));
    const pooled = await collect(extractItemsInPool(posts, { lexicon, threads: 2, minPosts: 0 }));
    expect(pooled.map((r) => (r.kind === 'extracted' ? r.read.file : r.skipped.file))).toEqual(
      posts.map((p) => p.file),
    );
    expect(pooled[5]).toMatchObject({ kind: 'skipped', skipped: { file: '/nowhere/broken.md' } });
    expect(pooled).toEqual(single);
  });

  it('extracts a short stream in this thread: no worker start-up for a few posts', async () => {
    const posts = (await examples()).slice(0, 3);
    const out = await collect(extractItemsInPool(posts, { lexicon, threads: 2, minPosts: 50 }));
    expect(out.map((r) => r.kind)).toEqual(['extracted', 'extracted', 'extracted']);
  });
});

describe('the bundled worker', () => {
  it('is one JavaScript file kept under node_modules/.cache, the same file for the same sources', () => {
    const url = workerBundleUrl();
    expect(url).not.toBeNull();
    const file = fileURLToPath(url!);
    expect(file).toContain(path.join('node_modules', '.cache', 'talkgraph'));
    expect(file.endsWith('.mjs')).toBe(true);
    expect(existsSync(file)).toBe(true);
    expect(workerBundleUrl()).toBe(url);
  });
});
