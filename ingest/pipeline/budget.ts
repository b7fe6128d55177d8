// A time budget per document, so one pathological post cannot stall a whole run.
import { InputError } from '../../src/domain/errors.js';

export class Budget {
  private readonly started = performance.now();
  constructor(
    private readonly file: string,
    private readonly limitMs: number,
  ) {}

  /** Throws DOCUMENT_TIMEOUT naming the file and the stage once the budget is spent. */
  check(stage: string): void {
    const spent = performance.now() - this.started;
    if (spent > this.limitMs) {
      throw new InputError('DOCUMENT_TIMEOUT', 'extract', this.file, `gave up during ${stage} after ${Math.round(spent)} ms (budget ${this.limitMs} ms)`);
    }
  }
}
