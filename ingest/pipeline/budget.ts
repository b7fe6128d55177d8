// A time budget per document, so one pathological post cannot stall a whole run. Cheap
// enough to call per sentence or per token: one clock read and a compare, no allocation
// (the message is built only when the budget is spent).
import { InputError } from '../../src/domain/errors.js';

export class Budget {
  private readonly started = performance.now();
  private readonly deadline: number;

  constructor(
    private readonly file: string,
    private readonly limitMs: number,
  ) {
    this.deadline = this.started + limitMs;
  }

  /**
   * Throws DOCUMENT_TIMEOUT naming the file and the stage once the budget is spent.
   * @param stage what was running, for the message ("mention finding", "talks")
   * @example for (const s of sentences) { budget.check('mentions'); ... }
   */
  check(stage: string): void {
    const now = performance.now();
    if (now > this.deadline) {
      throw new InputError(
        'DOCUMENT_TIMEOUT',
        'extract',
        this.file,
        `gave up during ${stage} after ${Math.round(now - this.started)} ms (budget ${this.limitMs} ms)`,
      );
    }
  }

  /** True once the budget is spent, for loops that stop early instead of throwing. */
  get spent(): boolean {
    return performance.now() > this.deadline;
  }

  /** Milliseconds left (negative once spent), for work that can shorten itself. */
  remainingMs(): number {
    return this.deadline - performance.now();
  }
}
