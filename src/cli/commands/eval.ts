// `talkgraph eval`: extraction quality on every labelled blog (../shared/gold/sets.json, or
// --set NAME=GOLD:CORPUS), in set and leave-one-blog-out; questions asked of one graph of all blogs.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';
import { type Lexicon, loadLexicon } from '../../../ingest/extraction/lexicon.js';
import { EMPTY_CURATION } from '../../../ingest/resolution/curation.js';
import { type BlogEval, evalBlogs } from '../../eval/blog-eval.js';
import { type EvalSet, parseSetFlag, setsOfGoldDir } from '../../eval/eval-sets.js';
import { formatBlogEval } from '../../eval/format-blog-eval.js';
import { readGold } from '../../eval/gold.js';
import { evalQuestions } from '../../eval/question-eval.js';
import { errorLines } from '../../eval/run-eval.js';
import { ingestCorpus } from '../../services/ingest-service.js';
import { createServices } from '../create-services.js';
import { LEXICON_FLAG, LEXICON_HELP } from '../lexicon-option.js';

interface EvalFlags {
  goldDir: string;
  set: string[];
  gold?: string;
  corpus?: string;
  errors?: boolean;
  json?: boolean;
  lexicon: string | boolean;
  questions: boolean;
}

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('score extraction on every labelled blog: in set, leave-one-blog-out, and questions')
    .option('--gold-dir <dir>', 'gold folder with sets.json', '../shared/gold')
    .option(
      '--set <NAME=GOLD:CORPUS>',
      "a labelled blog to score (repeatable; default: the gold folder's sets)",
      (v: string, acc: string[]) => [...acc, v],
      [] as string[],
    )
    .option('--gold <file>', 'one gold file (with --corpus), instead of the sets')
    .option('--corpus <dir>', 'the folder holding the posts of --gold')
    .option('--errors', 'list misses and false hits per post')
    .option('--json', 'print the full report as JSON')
    .option(LEXICON_FLAG, LEXICON_HELP)
    .option('--no-lexicon', 'switch the hand-written name lists off, to see how much rests on them')
    .option('--no-questions', 'skip the questions (they ingest every blog into one graph first)')
    .action(async (flags: EvalFlags) => {
      const lexicon =
        flags.lexicon === false
          ? loadLexicon({ handLists: false })
          : loadLexicon(typeof flags.lexicon === 'string' ? flags.lexicon : process.env.TALKGRAPH_LEXICON);
      const sets = chooseSets(flags);
      const result = await evalBlogs(sets, lexicon);
      if (flags.questions) await addQuestions(result, sets, lexicon);
      const title = flags.lexicon === false ? 'eval without the hand lists' : 'eval';
      const text = flags.json ? JSON.stringify(result, null, 2) : formatBlogEval(result, title);
      const errors =
        flags.errors && !flags.json ? result.blogs.flatMap((b) => [`\n## ${b.name}`, ...errorLines(b.report)]) : [];
      process.stdout.write(`${[text, ...errors].join('\n')}\n`);
    });
}

function chooseSets(flags: EvalFlags): EvalSet[] {
  if (flags.gold && flags.corpus)
    return [{ name: path.basename(flags.corpus), gold: flags.gold, corpus: flags.corpus }];
  return flags.set.length ? flags.set.map(parseSetFlag) : setsOfGoldDir(flags.goldDir);
}

/** Ingests every blog into one scratch graph and asks each blog's questions of it. */
async function addQuestions(result: BlogEval, sets: EvalSet[], lexicon: Lexicon): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'talkgraph-eval-'));
  try {
    // The environment never picks the store here: a scratch embedded store in `dir`.
    const { store, index, query } = await createServices({ data: dir, env: {} });
    await ingestCorpus(
      sets.map((s) => s.corpus),
      { store, index, lexicon, curation: EMPTY_CURATION },
    );
    const service = await query();
    for (const [i, set] of sets.entries())
      result.blogs[i]!.questions = await evalQuestions(readGold(set.gold), service);
    result.questions = await evalQuestions(
      sets.flatMap((s) => readGold(s.gold)),
      service,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
