// Word shapes the rules ask about, on words written for the purpose.
import { describe, expect, it } from 'vitest';
import { isCapitalized, tokenize } from '../../../ingest/extraction/tokens.js';

describe('isCapitalized', () => {
  it.each([
    ['Xen', true],
    ['IBM', true],
    ['Über', true],
    ['Ærø', true],
    ['élan', false],
    ['credit2', false],
    ['9am', false],
    ['_x', false],
    ['', false],
  ])('%j → %s', (word, capital) => {
    expect(isCapitalized(word)).toBe(capital);
  });
});

describe('tokenize', () => {
  it('keeps a possessive\'s base and offsets: "Dan Walsh\'s x86_64 demo"', () => {
    expect(tokenize("Dan Walsh's x86_64 demo").map((t) => [t.text, t.base, t.start, t.possessive])).toEqual([
      ['Dan', 'Dan', 0, false],
      ["Walsh's", 'Walsh', 4, true],
      ['x86_64', 'x86_64', 12, false],
      ['demo', 'demo', 19, false],
    ]);
  });
});
