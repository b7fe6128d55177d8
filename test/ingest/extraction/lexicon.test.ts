// The lexicon's phrase index: which first words can open a name of several words.
import { describe, expect, it } from 'vitest';
import { loadLexicon, phraseFirstWords } from '../../../ingest/extraction/lexicon.js';

describe('phraseFirstWords', () => {
  const lexicon = loadLexicon();

  it('holds the first word of every folded form of several words, and nothing else', () => {
    const words = phraseFirstWords(lexicon);
    const phrases = [...lexicon.byForm.keys()].filter((k) => k.includes(' '));
    expect(phrases.length).toBeGreaterThan(0);
    for (const key of phrases) expect(words.has(key.split(' ')[0]!)).toBe(true);
    expect([...words].every((w) => !w.includes(' '))).toBe(true);
  });

  it('is built again when the lexicon grows', () => {
    const small = { ...lexicon, byForm: new Map(lexicon.byForm) };
    expect(phraseFirstWords(small).has('quuxly')).toBe(false);
    small.byForm.set('quuxly labs', { ...lexicon.byForm.values().next().value!, canonical: 'Quuxly Labs' });
    expect(phraseFirstWords(small).has('quuxly')).toBe(true);
  });
});
