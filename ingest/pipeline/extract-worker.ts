// A worker thread of the extraction pool: extracts the posts it is sent with the lexicon it
// was started with, and answers each with the extraction or the error, by sequence number.
import { parentPort, workerData } from 'node:worker_threads';
import type { Lexicon } from '../extraction/lexicon.js';
import type { Thresholds } from './confidence-filter.js';
import { extractPostWithText } from './extract-post.js';

interface Job {
  seq: number;
  file: string;
  text: string;
  root: string;
}

const { lexicon, timeoutMs, thresholds } = workerData as {
  lexicon: Lexicon;
  timeoutMs?: number;
  thresholds?: Thresholds;
};

parentPort!.on('message', (job: Job) => {
  try {
    const { extraction, plainText } = extractPostWithText(job.file, job.text, {
      lexicon,
      root: job.root,
      ...(timeoutMs ? { timeoutMs } : {}),
      ...(thresholds ? { thresholds } : {}),
    });
    parentPort!.postMessage({ seq: job.seq, ok: true, extraction, plainText });
  } catch (err) {
    const e = err as { name?: string; code?: string; component?: string; subject?: string; message?: string };
    parentPort!.postMessage({
      seq: job.seq,
      ok: false,
      error: {
        name: e.name,
        code: e.code,
        component: e.component,
        subject: e.subject,
        message: e.message ?? String(err),
      },
    });
  }
});
