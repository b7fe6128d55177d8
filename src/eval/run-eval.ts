// Runs extraction over the gold posts of a corpus and sums the scores (micro-averaged).
import path from 'node:path';
import { applyThresholds, fittedThresholds, type Thresholds } from '../../ingest/pipeline/confidence-filter.js';
import type { Lexicon } from '../../ingest/extraction/lexicon.js';
import { extractSet, type LabelledPost } from './eval-sets.js';
import { readGold } from './gold.js';
import { METRICS, scorePost, type Metric, type PostScore } from './score.js';
import { evalQuestions, type QuestionReport } from './question-eval.js';
import type { QueryService } from '../query/query-service.js';

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

/** Scores every gold post found in `corpus` with the shipped floors; missing files are listed, not fatal. */
export async function runEval(goldFile: string, corpus: string, lexicon: Lexicon): Promise<EvalReport> {
  const { posts, missingFiles } = await extractSet({ name: path.basename(corpus), gold: goldFile, corpus }, lexicon);
  return scoreReport(posts, fittedThresholds(), missingFiles);
}

/** Micro-averaged scores of `posts` with `thresholds` applied. */
export function scoreReport(labelled: LabelledPost[], thresholds: Thresholds, missingFiles: string[] = []): EvalReport {
  return summarize(labelled.map((p) => scorePost(p.gold, applyThresholds(p.raw, thresholds))), missingFiles);
}

/** Micro-averaged totals of scored posts. */
export function summarize(posts: PostScore[], missingFiles: string[] = []): EvalReport {
  const totals = Object.fromEntries(METRICS.map((m) => [m, prf(posts, m)])) as Record<Metric, Prf>;
  return { posts, totals, events: { right: posts.filter((p) => p.eventRight).length, total: posts.length }, missingFiles };
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

/** Adds the question scores, asked of `service` (the whole corpus ingested). */
export async function addQuestionEval(report: EvalReport, goldFile: string, service: QueryService): Promise<EvalReport> {
  return { ...report, questions: await evalQuestions(readGold(goldFile), service) };
}

/** The human report; the last line starts with `eval:` and carries the F1 figures. */
export function formatEval(report: EvalReport, errors: boolean): string {
  const lines: string[] = [];
  const pad = (s: string, n: number) => s.padEnd(n);
  lines.push(`${pad('metric', 14)}${pad('precision', 11)}${pad('recall', 9)}${pad('f1', 7)}tp/fp/fn`);
  for (const m of METRICS) {
    const t = report.totals[m];
    lines.push(`${pad(m, 14)}${pad(t.precision.toFixed(3), 11)}${pad(t.recall.toFixed(3), 9)}${pad(t.f1.toFixed(3), 7)}${t.tp}/${t.fp}/${t.fn}`);
  }
  lines.push(`${pad('event', 14)}${report.events.right}/${report.events.total} right`);
  if (report.missingFiles.length) lines.push(`missing corpus files: ${report.missingFiles.join(', ')}`);
  const qs = report.questions;
  if (qs) lines.push(`${pad('questions', 14)}recall@5 ${qs.recallAt5.toFixed(3)}, first answer right ${qs.firstRight.toFixed(3)} (${qs.questions.length} questions)`);
  if (errors) lines.push(...errorLines(report));
  if (errors && qs) {
    for (const s of qs.questions.filter((x) => x.recall < 1 || !x.firstRight)) {
      lines.push(`  question "${s.q}" [${s.intent}]: recall ${s.recall.toFixed(2)}, wanted ${s.gold.join(', ')}; got ${s.got.join(', ') || 'nothing'}`);
    }
  }
  const f1s = METRICS.map((m) => `${m}=${report.totals[m].f1.toFixed(3)}`).join(' ');
  const qTail = qs ? ` recall@5=${qs.recallAt5.toFixed(3)} first=${qs.firstRight.toFixed(3)}` : '';
  lines.push(`eval: ${f1s} event=${report.events.right}/${report.events.total}${qTail}`);
  return lines.join('\n');
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
