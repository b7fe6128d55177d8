// Leave-one-blog-out never scores a blog with anything fitted on it: two small labelled blogs
// written for this test, and a fitting function that records what it was shown.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evalBlogs, leaveOneOut } from '../../src/eval/blog-eval.js';
import type { EvalSet, LabelledPost } from '../../src/eval/eval-sets.js';
import { fitThresholds } from '../../src/eval/fit-thresholds.js';
import { lexicon } from '../helpers/extract-text.js';

/** A blog of one post: "NAME Conf 2020 recap" where a speaker talks about a project. */
function blog(root: string, name: string, speaker: string, project: string): EvalSet {
  const corpus = path.join(root, name);
  mkdirSync(corpus, { recursive: true });
  writeFileSync(
    path.join(corpus, 'recap.md'),
    `---\ntitle: ${name} Conf 2020 recap\nauthor: Pat Writer\ndate: 2020-05-01\n---\n${speaker} talked about ${project} in the main hall.\n`,
  );
  const gold = {
    file: 'recap.md',
    author: 'Pat Writer',
    event: { name: `${name} Conf`, year: 2020 },
    people: [speaker],
    projects: [project],
    talks: [{ speaker, about: [project] }],
  };
  writeFileSync(path.join(root, `${name}.jsonl`), `${JSON.stringify(gold)}\n`);
  return { name, gold: path.join(root, `${name}.jsonl`), corpus };
}

describe('leave-one-blog-out', () => {
  it("fits each blog's floors on the other blogs only", async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'talkgraph-lobo-'));
    const sets = [blog(root, 'Alpha', 'Ines Moreau', 'Podman'), blog(root, 'Beta', 'Kenji Sato', 'Ceph')];
    const seen: string[][] = [];
    const spy = (training: LabelledPost[]) => {
      seen.push([...new Set(training.map((p) => p.set))]);
      return fitThresholds(training);
    };
    const result = await evalBlogs(sets, lexicon, spy);
    expect(seen).toEqual([['Beta'], ['Alpha']]);
    expect(result.blogs.map((b) => b.name)).toEqual(['Alpha', 'Beta']);
    expect(result.blogs.every((b) => b.leftOut.totals.talks.f1 === 1)).toBe(true);
    expect(result.micro.events).toEqual({ right: 2, total: 2 });
  });

  it('fits nothing when a blog has no other blog beside it', () => {
    expect(leaveOneOut([], 'Alpha', () => ({ Project: 0.9 }))).toEqual({});
  });
});
