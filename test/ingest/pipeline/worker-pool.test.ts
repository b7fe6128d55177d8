// The extraction pool: posts extracted on worker threads come back equal to a single-thread
// run, in input order, and a post that fails is reported with its code like in-thread.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPostWithText } from '../../../ingest/pipeline/extract-post.js';
import { extractInPool, type PostInput } from '../../../ingest/pipeline/worker-pool.js';
import { listPostFiles } from '../../../ingest/source/walk.js';
import { lexicon } from '../../helpers/extract-text.js';

async function examples(): Promise<PostInput[]> {
  const root = path.resolve('examples');
  return (await listPostFiles([root])).map((file) => ({ file, text: readFileSync(file, 'utf8'), root }));
}

async function collect(inputs: PostInput[], threads: number) {
  const out = [];
  for await (const r of extractInPool(inputs, { lexicon, threads, minPosts: 0 })) out.push(r);
  return out;
}

describe('extraction on a worker pool', () => {
  it('gives the same extractions as a single thread, in the same order', async () => {
    const inputs = await examples();
    expect(inputs.length).toBeGreaterThan(10);
    const single = inputs.map((i) => extractPostWithText(i.file, i.text, { lexicon, root: i.root }));
    const pooled = await collect(inputs, 2);
    expect(pooled.map((r) => r.input.file)).toEqual(inputs.map((i) => i.file));
    expect(pooled.map((r) => (r.error ? r.error : { extraction: r.extraction, plainText: r.plainText }))).toEqual(single);
  });

  it('reports a post that cannot be read with its code, and goes on', async () => {
    const [good] = await examples();
    const bad: PostInput = { file: '/nowhere/broken.md', text: '---\ntitle: [unclosed\n---\nBody.', root: '/nowhere' };
    const inThread = await collect([bad], 1);
    const pooled = await collect([bad, good!], 2);
    expect(pooled[1]!.extraction?.post.title).toBe(extractPostWithText(good!.file, good!.text, { lexicon, root: good!.root }).extraction.post.title);
    expect(pooled[0]!.error).toBeDefined();
    expect((pooled[0]!.error as { code?: string }).code).toBe((inThread[0]!.error as { code?: string }).code);
    expect(pooled[0]!.error!.message).toBe(inThread[0]!.error!.message);
  });
});
