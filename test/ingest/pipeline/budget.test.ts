// The per-document time budget: silent while time is left, one DOCUMENT_TIMEOUT once spent.
import { describe, expect, it } from 'vitest';
import { Budget } from '../../../ingest/pipeline/budget.js';
import { hasCode } from '../../../src/domain/errors.js';

describe('Budget', () => {
  it('lets work go on while time is left', () => {
    const budget = new Budget('post.md', 60_000);
    for (let i = 0; i < 10_000; i++) budget.check('mentions');
    expect(budget.spent).toBe(false);
    expect(budget.remainingMs()).toBeGreaterThan(0);
  });

  it('a spent budget throws DOCUMENT_TIMEOUT naming the file and the stage', () => {
    const budget = new Budget('slow.md', -1);
    expect(budget.spent).toBe(true);
    try {
      budget.check('talks');
      expect.unreachable();
    } catch (err) {
      expect(hasCode(err, 'DOCUMENT_TIMEOUT')).toBe(true);
      expect((err as Error).message).toMatch(/slow\.md.*talks/);
    }
  });
});
