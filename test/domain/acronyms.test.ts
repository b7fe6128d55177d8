// Acronyms: the initials of an expansion's words, small words left out as the rule's table says.
import { describe, expect, it } from 'vitest';
import { initials, isAcronymOf, SUGGESTION_SKIP_WORDS } from '../../src/domain/acronyms.js';

describe('acronyms', () => {
  it('spells the initials of the significant words', () => {
    expect(initials('Xen Cloud Platform')).toBe('XCP');
    expect(initials('Bank of the West')).toBe('BW');
    expect(initials('Linux on Power')).toBe('LP');
    expect(initials('Linux on Power', SUGGESTION_SKIP_WORDS)).toBe('LOP');
  });

  it('says whether a short name is the acronym of a longer one', () => {
    expect(isAcronymOf('XCP', 'Xen Cloud Platform')).toBe(true);
    expect(isAcronymOf('XCP', 'Xen')).toBe(false);
    expect(isAcronymOf('xcp', 'Xen Cloud Platform')).toBe(false);
  });
});
