// talkgraph's ranking of post hits: rarer words weigh more, title beats text, exact beats
// prefix beats typo, and the order is the same whatever order the matches arrive in.
import { describe, expect, it } from 'vitest';
import {
  matchedWords,
  mayHoldPhrases,
  queryWords,
  rankMatches,
  within,
  wordMatcher,
} from '../../src/search/post-ranking.js';
import { matchWeight, type WordMatch } from '../../src/search/search-backend.js';

describe('ranking post hits', () => {
  const words = queryWords(['xen credit2']);

  it('allows prefix and typos only for plain words of some length', () => {
    expect(words).toEqual([
      { word: 'xen', prefix: true, fuzzy: 0 },
      { word: 'credit2', prefix: false, fuzzy: 0 },
    ]);
    expect(queryWords(['virtualization'])[0]).toEqual({ word: 'virtualization', prefix: true, fuzzy: 2 });
    expect(queryWords(['kernel'], true)[0]).toEqual({ word: 'kernel', prefix: false, fuzzy: 0 });
  });

  it('weighs the title and rare words most, ties by id, whatever the match order', () => {
    const matches: WordMatch[] = [
      { post: 'post:b', word: 0, weight: matchWeight('text', 'exact') },
      { post: 'post:a', word: 0, weight: matchWeight('text', 'exact') },
      { post: 'post:c', word: 0, weight: matchWeight('title', 'exact') },
      { post: 'post:d', word: 1, weight: matchWeight('text', 'exact') },
      { post: 'post:d', word: 0, weight: matchWeight('text', 'prefix') },
      { post: 'post:e', word: 1, weight: matchWeight('text', 'exact') },
    ];
    const ranked = rankMatches(matches, words, 10, false);
    // c: xen in the title; d: credit2 and a prefix of xen; e: the rarer credit2 beats xen in a and b.
    expect(ranked.map((h) => h.id)).toEqual(['post:c', 'post:d', 'post:e', 'post:a', 'post:b']);
    expect(rankMatches([...matches].reverse(), words, 10, false)).toEqual(ranked);
    expect(rankMatches(matches, words, 10, true).map((h) => h.id)).toEqual(['post:d']);
    expect(ranked.find((h) => h.id === 'post:d')!.words).toEqual(['xen', 'credit2']);
  });

  it('finds the words to highlight, typos included', () => {
    expect(matchedWords('The Kernal and kernels, not kern.', queryWords(['kernel']))).toEqual(['kernal', 'kernels']);
    expect(within('dunlap', 'dunlop', 1)).toBe(true);
    expect(within('dunlap', 'dublin', 1)).toBe(false);
  });
});

describe('cheap checks before reading whole texts', () => {
  it('reads a text for a phrase only when each of its words matched exactly', () => {
    expect(mayHoldPhrases({ kinds: { open: 'exact', vswitch: 'exact' } }, [['open', 'vswitch']])).toBe(true);
    expect(mayHoldPhrases({ kinds: { open: 'exact', vswitch: 'fuzzy' } }, [['open', 'vswitch']])).toBe(false);
    expect(mayHoldPhrases({ kinds: { open: 'exact' } }, [['open', 'vswitch']])).toBe(false);
  });

  it('finds the same words to highlight in every hit of one query as one by one', () => {
    const words = queryWords(['kernel xen']);
    const match = wordMatcher(words);
    const texts = ['The Kernal and kernels, not kern.', 'Xen and Xenserver on a kernel', 'nothing here'];
    expect(texts.map(match)).toEqual(texts.map((t) => matchedWords(t, words)));
    expect(match(texts[1]!)).toEqual(['xen', 'xenserver', 'kernel']);
  });
});
