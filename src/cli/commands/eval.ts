// `talkgraph eval --gold FILE --corpus DIR`: extraction quality against hand labels.
import type { Command } from 'commander';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EMPTY_CURATION } from '../../../ingest/resolution/curation.js';
import { addQuestionEval, formatEval, runEval } from '../../eval/run-eval.js';
import { QueryService } from '../../query/query-service.js';
import { SearchIndex } from '../../search/search-index.js';
import { ingestCorpus } from '../../services/ingest-service.js';
import { EmbeddedStore } from '../../stores/embedded/embedded-store.js';
import { LEXICON_FLAG, LEXICON_HELP, lexiconFrom } from '../lexicon-option.js';

interface EvalFlags {
  gold: string;
  corpus: string;
  errors?: boolean;
  json?: boolean;
  lexicon?: string;
  questions: boolean;
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
    .option('--no-questions', 'skip the questions (they ingest the whole corpus first)')
    .action(async (flags: EvalFlags) => {
      const lexicon = lexiconFrom(flags.lexicon);
      let report = await runEval(flags.gold, flags.corpus, lexicon);
      if (flags.questions) {
        // The questions are asked of the whole corpus, ingested into a scratch embedded store.
        const dir = mkdtempSync(path.join(tmpdir(), 'talkgraph-eval-'));
        try {
          const store = EmbeddedStore.open(dir);
          const index = SearchIndex.open(dir);
          await ingestCorpus([flags.corpus], { store, index, lexicon, curation: EMPTY_CURATION });
          report = await addQuestionEval(report, flags.gold, await QueryService.create(store, index));
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }
      process.stdout.write(`${flags.json ? JSON.stringify(report, null, 2) : formatEval(report, Boolean(flags.errors))}\n`);
    });
}
