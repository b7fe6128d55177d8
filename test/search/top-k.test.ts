// Cutting hits to a page with a bounded heap gives the page a whole sort would.
import { describe, expect, it } from 'vitest';
import { topK } from '../../src/search/top-k.js';

/** A small deterministic generator (no Math.random in tests). */
function numbers(n: number, seed: number): number[] {
  let x = seed;
  return Array.from({ length: n }, () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x % 50;
  });
}

describe('topK', () => {
  it('equals sorting and slicing, for many sizes, pages and ties broken by position', () => {
    for (const n of [0, 1, 5, 20, 300])
      for (const k of [0, 1, 3, 10, 400]) {
        const items = numbers(n, n + k).map((score, id) => ({ score, id }));
        const cmp = (a: { score: number; id: number }, b: { score: number; id: number }) =>
          b.score - a.score || a.id - b.id;
        expect(topK(items, k, cmp)).toEqual([...items].sort(cmp).slice(0, k));
      }
  });
});
