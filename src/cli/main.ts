// The talkgraph command line: one commander program, a module per command.

import { createRequire } from 'node:module';
import { Command, CommanderError } from 'commander';
import { TalkgraphError } from '../domain/errors.js';
import { registerAnswers } from './commands/answers.js';
import { registerEntities } from './commands/entities.js';
import { registerEval } from './commands/eval.js';
import { registerExtract } from './commands/extract.js';
import { registerIngest } from './commands/ingest.js';
import { registerServe } from './commands/serve.js';

/** Runs the CLI with `argv` (process.argv shape); resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const program = new Command()
    .name('talkgraph')
    .description('Turn tech event write-ups into a searchable knowledge graph.')
    .version((createRequire(import.meta.url)('../../package.json') as { version: string }).version, '-V, --version')
    .exitOverride()
    .showHelpAfterError();
  registerExtract(program);
  registerIngest(program);
  registerEntities(program);
  registerServe(program);
  registerAnswers(program);
  registerEval(program);
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode;
    if (err instanceof TalkgraphError) {
      process.stderr.write(`talkgraph: ${err.message} [${err.code}]\n`);
      return 2;
    }
    throw err;
  }
}
