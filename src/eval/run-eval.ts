// Sums the scores of the gold posts of a corpus (micro-averaged), and lists the errors per post.
import { applyThresholds, type Thresholds } from '../../ingest/pipeline/confidence-filter.js';
import type { LabelledPost } from './eval-sets.js';
import type { QuestionReport } from './question-eval.js';
import { METRICS, type Metric, type PostScore, scorePost } from './score.js';

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface EvalReport {
  posts: PostScore[];
  questions?: QuestionReport;
  totals: Record<Metric, Prf>;
  events: { right: number; total: number };
  missingFiles: string[];
}

/** Micro-averaged scores of `posts` with `thresholds` applied. */
export function scoreReport(labelled: LabelledPost[], thresholds: Thresholds, missingFiles: string[] = []): EvalReport {
  return summarize(
    labelled.map((p) => scorePost(p.gold, applyThresholds(p.raw, thresholds))),
    missingFiles,
  );
}

/** Micro-averaged totals of scored posts. */
export function summarize(posts: PostScore[], missingFiles: string[] = []): EvalReport {
  const totals = Object.fromEntries(METRICS.map((m) => [m, prf(posts, m)])) as Record<Metric, Prf>;
  return {
    posts,
    totals,
    events: { right: posts.filter((p) => p.eventRight).length, total: posts.length },
    missingFiles,
  };
}

function prf(posts: PostScore[], metric: Metric): Prf {
  const tp = sum(posts, (p) => p.counts[metric].tp);
  const fp = sum(posts, (p) => p.counts[metric].fp);
  const fn = sum(posts, (p) => p.counts[metric].fn);
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, tp, fp, fn };
}

function sum(posts: PostScore[], f: (p: PostScore) => number): number {
  return posts.reduce((acc, p) => acc + f(p), 0);
}

/** Misses and false hits, post by post, for `eval --errors`. */
export function errorLines(report: EvalReport): string[] {
  const out: string[] = [];
  for (const p of report.posts) {
    out.push('', `== ${p.file}${p.eventRight ? '' : `  EVENT WRONG (${p.eventNote})`}`);
    for (const m of METRICS) {
      const c = p.counts[m];
      if (c.misses.length) out.push(`  ${m} missed: ${c.misses.join('; ')}`);
      if (c.falseHits.length) out.push(`  ${m} false: ${c.falseHits.join('; ')}`);
    }
  }
  return out;
}
