// Union-find: names of one thing end in one group, under the root the caller's rule keeps.
import { describe, expect, it } from 'vitest';
import { UnionFind } from '../../src/domain/union-find.js';

describe('UnionFind', () => {
  it('joins groups under the root the rule keeps (here the longer key)', () => {
    const groups = new UnionFind((a, b) => (a.length >= b.length ? a : b));
    groups.union('p:konrad', 'p:konrad wilk');
    groups.union('p:wilk', 'p:konrad');
    expect(groups.find('p:wilk')).toBe('p:konrad wilk');
    expect(groups.find('x:xen')).toBe('x:xen');
  });

  it('lists keys in the order first added', () => {
    const groups = new UnionFind((a, b) => (a.localeCompare(b) <= 0 ? a : b));
    for (const k of ['c', 'a', 'b']) groups.add(k);
    groups.union('c', 'b');
    expect([...groups.keys()]).toEqual(['c', 'a', 'b']);
    expect(groups.find('c')).toBe('b');
  });
});
