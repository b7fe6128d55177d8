// Extraction against a plain compromise parse of the same text: CPU (all threads of the
// process) and wall time, single thread and on the worker pool.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import nlp from 'compromise';
import { buildDocument } from '../ingest/document/build-document.js';
import type { Lexicon } from '../ingest/extraction/lexicon.js';
import { extractPostWithText } from '../ingest/pipeline/extract-post.js';
import { defaultThreads, extractInPool, type PostInput } from '../ingest/pipeline/worker-pool.js';

export interface CpuWall {
  name: string;
  posts: number;
  cpuS: number;
  wallS: number;
}

async function measure(name: string, posts: number, work: () => Promise<void> | void): Promise<CpuWall> {
  const cpu = process.cpuUsage();
  const t = performance.now();
  await work();
  const used = process.cpuUsage(cpu);
  return { name, posts, cpuS: (used.user + used.system) / 1e6, wallS: (performance.now() - t) / 1000 };
}

/** The three runs over `files`: compromise alone, extraction in one thread, extraction on the pool. */
export async function extractionVsParse(files: string[], root: string, lexicon: Lexicon): Promise<CpuWall[]> {
  const inputs: PostInput[] = files.map((file) => ({ file, text: readFileSync(file, 'utf8'), root }));
  const plain: string[] = [];
  for (const i of inputs) {
    try {
      plain.push(
        buildDocument(i.file, i.text, root)
          .blocks.map((b) => b.text)
          .join('\n'),
      );
    } catch {
      // a post that cannot be read is skipped by both sides
    }
  }
  nlp('Warm up the tagger.').json();
  const parse = await measure(
    'compromise nlp(text) of the plain text',
    plain.length,
    () => void plain.forEach((t) => nlp(t)),
  );
  const single = await measure('extractPost, 1 thread', inputs.length, () => {
    for (const i of inputs) {
      try {
        extractPostWithText(i.file, i.text, { lexicon, root: path.resolve(root) });
      } catch {
        // skipped, as ingest does
      }
    }
  });
  const threads = defaultThreads();
  const pooled = await measure(`extractInPool, ${threads} threads (incl. worker start-up)`, inputs.length, async () => {
    for await (const _r of extractInPool(inputs, { lexicon, threads, minPosts: 0 }));
  });
  return [parse, single, pooled];
}
