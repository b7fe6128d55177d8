// One input that was not read, with its code and a reason naming it: the run goes on.
import { TalkgraphError } from '../../src/domain/errors.js';

export interface Skipped {
  file: string;
  code: string;
  reason: string;
}

/** A failure on one input, as a skip with its code and reason. */
export function toSkipped(file: string, err: unknown): Skipped {
  if (err instanceof TalkgraphError) return { file, code: err.code, reason: err.message };
  // An unexpected bug on one post is still reported and skipped, never fatal to the run.
  return { file, code: 'INTERNAL', reason: `extract: ${file}: ${(err as Error)?.message ?? String(err)}` };
}
