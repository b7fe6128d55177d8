// The folder every benchmark reads: the first argument, else the shared reference corpus.
import { existsSync } from 'node:fs';

/** The corpus folder; exits quietly (status 0) with a message when it is absent. */
export function benchCorpus(): string {
  const folder = process.argv[2] ?? '../shared/corpus/majorio';
  if (!existsSync(folder)) {
    console.log(`bench skipped: ${folder} is absent`);
    process.exit(0);
  }
  return folder;
}
