// `npm run train`: fits the confidence floors on every labelled blog of ../shared/gold and
// writes them to ingest/pipeline/fitted/thresholds.json (deterministic: the same gold, the same file).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadLexicon } from '../../ingest/extraction/lexicon.js';
import { extractSet, setsOfGoldDir } from './eval-sets.js';
import { fitThresholds } from './fit-thresholds.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.join(HERE, '../../ingest/pipeline/fitted/thresholds.json');

/** Fits on every set of `goldDir` and writes the floors; returns them. */
export async function train(goldDir: string): Promise<Record<string, number>> {
  const lexicon = loadLexicon();
  const sets = setsOfGoldDir(goldDir);
  const posts = [];
  for (const set of sets) posts.push(...(await extractSet(set, lexicon)).posts);
  const thresholds = fitThresholds(posts) as Record<string, number>;
  const data = { fittedOn: sets.map((s) => s.name), posts: posts.length, thresholds };
  writeFileSync(OUT, `${JSON.stringify(data, null, 2)}\n`);
  return thresholds;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const goldDir = process.argv[2] ?? path.join(HERE, '../../../shared/gold');
  train(goldDir).then((t) =>
    console.log(`train: floors ${JSON.stringify(t)} written to ${path.relative(process.cwd(), OUT)}`),
  );
}
