// Eval over several blogs in one run: each set scored with the shipped floors, the
// micro-average, and leave-one-blog-out: floors fitted on the other blogs only, scored on the one left out.
import type { Lexicon } from '../../ingest/extraction/lexicon.js';
import { fittedThresholds, type Thresholds } from '../../ingest/pipeline/confidence-filter.js';
import { type EvalSet, extractSet, type LabelledPost } from './eval-sets.js';
import { fitThresholds } from './fit-thresholds.js';
import type { QuestionReport } from './question-eval.js';
import { type EvalReport, scoreReport, summarize } from './run-eval.js';

/** One blog's figures, in set (shipped floors) and left out (floors fitted without it). */
export interface BlogReport {
  name: string;
  report: EvalReport;
  leftOut: EvalReport;
  /** The floors used for `leftOut`, fitted on the other blogs. */
  leftOutThresholds: Thresholds;
  questions?: QuestionReport;
}

export interface BlogEval {
  blogs: BlogReport[];
  micro: EvalReport;
  leftOutMicro: EvalReport;
  thresholds: Thresholds;
  questions?: QuestionReport;
}

/** A fitting function: given training posts only, returns floors (so tests can watch what it sees). */
export type Fit = (training: LabelledPost[]) => Thresholds;

/** Extracts each set once, then scores in set and leave-one-blog-out. */
export async function evalBlogs(sets: EvalSet[], lexicon: Lexicon, fit: Fit = fitThresholds): Promise<BlogEval> {
  const extracted = [];
  for (const set of sets) extracted.push({ set, ...(await extractSet(set, lexicon)) });
  const thresholds = fittedThresholds();
  const all = extracted.flatMap((e) => e.posts);
  const blogs: BlogReport[] = extracted.map(({ set, posts, missingFiles }) => {
    const leftOutThresholds = leaveOneOut(all, set.name, fit);
    return {
      name: set.name,
      report: scoreReport(posts, thresholds, missingFiles),
      leftOut: scoreReport(posts, leftOutThresholds, missingFiles),
      leftOutThresholds,
    };
  });
  return {
    blogs,
    micro: scoreReport(all, thresholds),
    leftOutMicro: summarize(blogs.flatMap((b) => b.leftOut.posts)),
    thresholds,
  };
}

/** Floors fitted on every blog but `name`; with one blog only, nothing is fitted. */
export function leaveOneOut(all: LabelledPost[], name: string, fit: Fit): Thresholds {
  const training = all.filter((p) => p.set !== name);
  return training.length ? fit(training) : {};
}
