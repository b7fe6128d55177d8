// dedupeBy: the first of each key stays, in order.
import { describe, expect, it } from 'vitest';
import { dedupeBy } from '../../src/domain/dedupe.js';

describe('dedupeBy', () => {
  it('keeps the first item of each key, in order', () => {
    const rows = [
      { id: 'b', n: 1 },
      { id: 'a', n: 2 },
      { id: 'b', n: 3 },
    ];
    expect(dedupeBy(rows, (r) => r.id)).toEqual([
      { id: 'b', n: 1 },
      { id: 'a', n: 2 },
    ]);
  });
});
