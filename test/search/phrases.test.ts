// Phrase checks as the tokenizer sees words: the regex form agrees with tokenizing the text and
// looking for the words side by side, on punctuation, symbols, case, Unicode and text edges.
import { describe, expect, it } from 'vitest';
import { docHoldsPhrases, holdsPhrase } from '../../src/search/search-backend.js';
import { tokenize } from '../../src/search/search-options.js';

const TEXTS = [
  'We ran Open vSwitch on Xen.',
  'open-vswitch is a fork',
  'Reopen vswitch later',
  'the open vswitches',
  'C++ and $HOME paths: c++ $home',
  'Ünïcode Straße — straße naïve',
  'open\u00a0vswitch with a no-break space',
  'x86_64 builds; x86 64 bits',
  'release engineering',
  'engineering release',
  '',
];
const PHRASES = [
  'open vswitch',
  'c++ $home',
  'straße naïve',
  'x86_64 builds',
  'x86 64',
  'release engineering',
  'vswitch',
  'a|b',
];

describe('phrase checks', () => {
  it('agree with tokenizing the text, for every text and phrase of the table', () => {
    for (const text of TEXTS)
      for (const phrase of PHRASES) {
        const words = tokenize(phrase);
        const want = holdsPhrase(tokenize(text), words);
        expect(docHoldsPhrases({ title: '', text }, [words]), `${phrase} in ${text}`).toBe(want);
        expect(docHoldsPhrases({ title: text, text: '' }, [words]), `${phrase} in title ${text}`).toBe(want);
      }
  });

  it('a document holds several phrases only when it holds each', () => {
    const doc = { title: 'Open vSwitch', text: 'Release engineering at scale.' };
    expect(docHoldsPhrases(doc, [tokenize('open vswitch'), tokenize('release engineering')])).toBe(true);
    expect(docHoldsPhrases(doc, [tokenize('open vswitch'), tokenize('engineering release')])).toBe(false);
  });
});
