// `talkgraph eval --gold FILE --corpus DIR`: extraction quality against hand labels.
import type { Command } from 'commander';
import { formatEval, runEval } from '../../eval/run-eval.js';
import { LEXICON_FLAG, LEXICON_HELP, lexiconFrom } from '../lexicon-option.js';

interface EvalFlags {
  gold: string;
  corpus: string;
  errors?: boolean;
  json?: boolean;
  lexicon?: string;
}

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('score extraction against gold labels (precision, recall, F1)')
    .option('--gold <file>', 'gold labels (JSONL)', '../shared/gold/dev.jsonl')
    .option('--corpus <dir>', 'folder holding the labelled posts', '../shared/corpus/majorio')
    .option('--errors', 'list misses and false hits per post')
    .option('--json', 'print the full report as JSON')
    .option(LEXICON_FLAG, LEXICON_HELP)
    .action(async (flags: EvalFlags) => {
      const report = await runEval(flags.gold, flags.corpus, lexiconFrom(flags.lexicon));
      process.stdout.write(`${flags.json ? JSON.stringify(report, null, 2) : formatEval(report, Boolean(flags.errors))}\n`);
    });
}
