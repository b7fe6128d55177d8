// The one thing fitted from labelled data: each entity type's confidence floor, chosen on a
// grid to maximise the summed F1 over the posts it is given (deterministic: ties keep the lower floor,
// and a higher floor must win by MIN_GAIN, so a floor that helps one blog a little is not fitted).
import { applyThresholds, type Thresholds } from '../../ingest/pipeline/confidence-filter.js';
import type { LabelledPost } from './eval-sets.js';
import { METRICS, scorePost } from './score.js';

/** The floors tried for each type, low to high. */
export const THRESHOLD_GRID = [0, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8];

/**
 * How much summed F1 (over six metrics; 0.05 is about one post of twenty) a higher floor must add to be chosen. Dropping names
 * is what fails on an unseen blog, so only a clear gain on the fitted blogs justifies it.
 */
export const MIN_GAIN = 0.05;

/** The types whose floors are fitted (authors and events are never dropped). */
export const FITTED_TYPES = ['Person', 'Organization', 'Project'] as const;

/** Summed micro F1 of every metric over `posts` with `thresholds` applied. */
export function objective(posts: LabelledPost[], thresholds: Thresholds): number {
  const scores = posts.map((p) => scorePost(p.gold, applyThresholds(p.raw, thresholds)));
  return METRICS.reduce((acc, m) => {
    const tp = scores.reduce((a, s) => a + s.counts[m].tp, 0);
    const fp = scores.reduce((a, s) => a + s.counts[m].fp, 0);
    const fn = scores.reduce((a, s) => a + s.counts[m].fn, 0);
    return acc + (tp ? (2 * tp) / (2 * tp + fp + fn) : 0);
  }, 0);
}

/** Fits the floors on `posts` only, one type at a time, twice over (coordinate ascent). */
export function fitThresholds(posts: LabelledPost[]): Thresholds {
  const t: Thresholds = {};
  for (let round = 0; round < 2; round++) {
    for (const type of FITTED_TYPES) {
      let best = { floor: t[type] ?? 0, score: -1 };
      for (const floor of THRESHOLD_GRID) {
        const score = objective(posts, { ...t, [type]: floor });
        if (score > best.score + (best.score < 0 ? 0 : MIN_GAIN)) best = { floor, score };
      }
      t[type] = best.floor;
    }
  }
  return t;
}
