// Which labelled blogs eval scores: the pairs listed in the gold folder's sets.json, or the
// ones given as `--set NAME=GOLD:CORPUS`; and each set's posts extracted once, before any floor.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Lexicon } from '../../ingest/extraction/lexicon.js';
import { NO_THRESHOLDS } from '../../ingest/pipeline/confidence-filter.js';
import { extractPost } from '../../ingest/pipeline/extract-post.js';
import { readPostFile } from '../../ingest/source/read-file.js';
import { ConfigError } from '../domain/errors.js';
import type { Extraction } from '../domain/model.js';
import { type GoldPost, readGold } from './gold.js';

/** One labelled blog: its name, gold file and corpus folder. */
export interface EvalSet {
  name: string;
  gold: string;
  corpus: string;
}

/** A gold post with what extraction made of it, before any confidence floor. */
export interface LabelledPost {
  set: string;
  gold: GoldPost;
  raw: Extraction;
}

/** The sets a gold folder lists in sets.json (paths resolved against that folder). */
export function setsOfGoldDir(goldDir: string): EvalSet[] {
  const file = path.join(goldDir, 'sets.json');
  if (!existsSync(file)) throw new ConfigError('GOLD_INVALID', 'eval', file, 'no sets.json in the gold folder');
  const data = JSON.parse(readFileSync(file, 'utf8')) as { sets: EvalSet[] };
  return data.sets.map((s) => ({
    name: s.name,
    gold: path.resolve(goldDir, s.gold),
    corpus: path.resolve(goldDir, s.corpus),
  }));
}

/** "golang=../shared/gold/golang.jsonl:../shared/corpus/golang" → a set. */
export function parseSetFlag(flag: string): EvalSet {
  const m = /^([^=]+)=([^:]+):(.+)$/.exec(flag);
  if (!m) throw new ConfigError('GOLD_INVALID', 'eval', flag, 'expected --set NAME=GOLD:CORPUS');
  return { name: m[1]!, gold: m[2]!, corpus: m[3]! };
}

/** Extracts every gold post of `set` found in its corpus; missing files are listed, not fatal. */
export async function extractSet(
  set: EvalSet,
  lexicon: Lexicon,
): Promise<{ posts: LabelledPost[]; missingFiles: string[] }> {
  const posts: LabelledPost[] = [];
  const missingFiles: string[] = [];
  for (const gold of readGold(set.gold)) {
    const file = path.join(set.corpus, gold.file);
    let text: string;
    try {
      text = await readPostFile(file);
    } catch {
      missingFiles.push(gold.file);
      continue;
    }
    posts.push({
      set: set.name,
      gold,
      raw: extractPost(file, text, { lexicon, root: set.corpus, thresholds: NO_THRESHOLDS }),
    });
  }
  return { posts, missingFiles };
}
