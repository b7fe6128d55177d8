// The quality ratchet over every labelled blog of ../shared/gold: leave-one-blog-out F1 may
// never drop below its floor (floors a little under the measured left-out figures; raise them
// as the figures improve), and the questions over the one graph of all blogs keep their recall.
// Skipped, with a message, where ../shared is absent.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evalBlogs } from '../../src/eval/blog-eval.js';
import { setsOfGoldDir } from '../../src/eval/eval-sets.js';
import { readGold } from '../../src/eval/gold.js';
import { evalQuestions } from '../../src/eval/question-eval.js';
import type { Metric } from '../../src/eval/score.js';
import { lexicon } from '../helpers/extract-text.js';
import { serviceOver } from '../helpers/service.js';

const GOLD_DIR = '../shared/gold';
const present = existsSync(`${GOLD_DIR}/sets.json`);
if (!present) console.warn(`ratchet skipped: ${GOLD_DIR}/sets.json is absent`);

/** Leave-one-blog-out floors per blog (measured figures in the README's quality table). */
const FLOORS: Record<string, Record<Metric, number> & { event: number }> = {
  majorio: {
    people: 0.97,
    organizations: 0.93,
    projects: 0.93,
    speakers: 0.96,
    talks: 0.83,
    affiliations: 0.92,
    event: 1,
  },
  golang: {
    people: 0.94,
    organizations: 0.9,
    projects: 0.79,
    speakers: 0.95,
    talks: 0.8,
    affiliations: 0.89,
    event: 0.95,
  },
  opensuse: {
    people: 0.92,
    organizations: 0.84,
    projects: 0.79,
    speakers: 0.89,
    talks: 0.73,
    affiliations: 0.86,
    event: 0.95,
  },
};

describe.skipIf(!present)('talkgraph eval on every labelled blog', () => {
  it('keeps every leave-one-blog-out figure at or above its floor', async () => {
    const result = await evalBlogs(setsOfGoldDir(GOLD_DIR), lexicon);
    for (const blog of result.blogs) {
      const floors = FLOORS[blog.name];
      if (!floors) continue;
      expect.soft(blog.report.missingFiles, `${blog.name} missing files`).toEqual([]);
      for (const [metric, floor] of Object.entries(floors)) {
        const got =
          metric === 'event'
            ? blog.leftOut.events.right / blog.leftOut.events.total
            : blog.leftOut.totals[metric as Metric].f1;
        expect.soft(got, `${blog.name} ${metric}`).toBeGreaterThanOrEqual(floor);
      }
    }
  }, 180_000);

  it("answers every blog's questions over one graph of all the blogs", async () => {
    const sets = setsOfGoldDir(GOLD_DIR);
    const { service } = await serviceOver(sets.map((s) => s.corpus));
    const report = await evalQuestions(
      sets.flatMap((s) => readGold(s.gold)),
      service,
    );
    expect(report.recallAt5).toBeGreaterThanOrEqual(QUESTION_FLOOR);
  }, 600_000);
});

/** Measured recall@5 over the pooled questions of the three blogs, less a margin. */
const QUESTION_FLOOR = 0.91;
