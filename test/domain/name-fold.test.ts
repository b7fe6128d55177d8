// Name folding: each fold keys names the way its users compare them.
import { describe, expect, it } from 'vitest';
import {
  foldAscii,
  foldForm,
  foldName,
  normalizeName,
  squashAlnum,
  squashName,
  stripDiacritics,
} from '../../src/domain/name-fold.js';

describe('name folding', () => {
  it('drops diacritics but keeps letters', () => {
    expect(stripDiacritics('Björn Café')).toBe('Bjorn Cafe');
  });

  it('keys a lexicon form by case, curly quotes and a trailing possessive', () => {
    expect(foldForm('Xen’s')).toBe('xen');
    expect(foldForm('Red   Hat')).toBe('red hat');
  });

  it.each([
    ["GO'S", 'go'],
    ["Acme Labs'", 'acme labs'],
    ['Open\tvSwitch ', 'open vswitch'],
    [' Quux Con', 'quux con'],
    ['ＸＥＮ', 'xen'],
    ['Kafka‘s', 'kafka'],
  ])('folds %j the same way on the plain-ASCII fast path and the Unicode one (%s)', (form, key) => {
    expect(foldForm(form)).toBe(key);
  });

  it('folds a name from a name-data package to ASCII lower case', () => {
    expect(foldAscii('Björn')).toBe('bjorn');
  });

  it('folds query names without possessives, and squashes them so "Credit 2" meets credit2', () => {
    expect(foldName("Xen Summit's")).toBe('xen summit');
    expect(squashName('Credit 2')).toBe(squashName('credit2'));
    expect(squashName('C++')).toBe('c++');
  });

  it('squashes a name to letters and digits to compare it with a URL segment', () => {
    expect(squashAlnum('Open-vSwitch')).toBe('openvswitch');
  });

  it('normalizes names for scoring as the gold README says', () => {
    expect(normalizeName("The Xen Cloud Platform's")).toBe('xen cloud platform');
    expect(normalizeName('Node.js')).toBe('node.js');
  });
});
