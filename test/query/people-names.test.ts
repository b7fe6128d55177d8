// Finding known people in a sentence by their first word gives what testing every person's
// whole-word pattern gives, for ASCII and other sentences, names with odd first characters,
// and the people excluded.
import { describe, expect, it } from 'vitest';
import { PeopleNames } from '../../src/query/people-names.js';

const PEOPLE = [
  { id: 'p:ann', name: 'Ann Lee' },
  { id: 'p:ann-marie', name: 'Ann-Marie Smith' },
  { id: 'p:bob', name: "Bob O'Brien" },
  { id: 'p:jose', name: 'José Núñez' },
  { id: 'p:quote', name: "'Kit' Carter" },
  { id: 'p:dot', name: 'J. R. Hart' },
];

const SENTENCES = [
  'Ann Lee talked about Xen.',
  'ann lee and ANN-MARIE SMITH spoke.',
  'Joann Lee is someone else.',
  'Ann Leer is not Ann Lee either way',
  "Then Bob O'Brien gave a keynote.",
  'José Núñez presented “Rust”.',
  'jose nunez is spelled without accents.',
  "'Kit' Carter opened the day.",
  'J. R. Hart closed it; Ann Lee\twatched.',
  'Nobody here.',
  'Ann Lee’s talk — in the “main” hall.',
];

function brute(sentence: string, wanted: (id: string) => boolean): boolean {
  const esc = (n: string) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return PEOPLE.some((p) => wanted(p.id) && new RegExp(`(?<![\\p{L}])${esc(p.name)}(?![\\p{L}])`, 'iu').test(sentence));
}

describe('people named in a sentence', () => {
  it('equals testing every name, with and without exclusions', () => {
    const names = new PeopleNames(PEOPLE);
    const filters: Array<(id: string) => boolean> = [
      () => true,
      (id) => id !== 'p:ann',
      (id) => id !== 'p:ann' && id !== 'p:jose',
      (id) => id === 'p:quote' || id === 'p:dot',
    ];
    for (const s of SENTENCES) for (const f of filters) expect(names.named(s, f), s).toBe(brute(s, f));
    expect(names.named('Ann Lee talked.', () => true)).toBe(true);
    expect(names.named('Joann Lee talked.', () => true)).toBe(false);
  });
});
