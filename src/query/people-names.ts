// Whether a sentence names one of thousands of known people: ask drops evidence about another
// person, and testing every person's pattern against every evidence sentence was most of an
// ask at 10k posts (about 3,000 people). Names are found by their first word, then confirmed
// by the same whole-word pattern as before, so the answer is the same.

import { isPlainAscii } from '../domain/name-fold.js';

/** A person's full name as a whole-word, any-case pattern. */
interface Person {
  id: string;
  re: RegExp;
}

const escapeName = (n: string) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class PeopleNames {
  private readonly all: Person[] = [];

  /** ASCII names by their first run of letters, lower-cased. */
  private readonly byFirst = new Map<string, Person[]>();

  /** Names that do not start with an ASCII letter run (checked against every sentence). */
  private readonly always: Person[] = [];

  /** @param people entities whose names hold a space (a full name) */
  constructor(people: Array<{ id: string; name: string }>) {
    for (const e of people) {
      const p = { id: e.id, re: new RegExp(`(?<![\\p{L}])${escapeName(e.name)}(?![\\p{L}])`, 'iu') };
      this.all.push(p);
      const first = isPlainAscii(e.name) ? /^[A-Za-z]+/.exec(e.name)?.[0].toLowerCase() : undefined;
      if (first === undefined) this.always.push(p);
      else this.byFirst.get(first)?.push(p) ?? this.byFirst.set(first, [p]);
    }
  }

  /**
   * Whether `sentence` names a person for whom `wanted(id)` holds. In an ASCII sentence a name
   * can stand only where the sentence has its first letter run as a whole run (the pattern
   * wants no letter before it, and the name goes on with a non-letter), so only the names
   * starting with one of the sentence's runs are tested; any other sentence tests them all.
   */
  named(sentence: string, wanted: (id: string) => boolean): boolean {
    const test = (p: Person) => wanted(p.id) && p.re.test(sentence);
    if (!isPlainAscii(sentence)) return this.all.some(test);
    if (this.always.some(test)) return true;
    const runs = new Set<string>();
    for (const m of sentence.matchAll(/[A-Za-z]+/g)) runs.add(m[0].toLowerCase());
    for (const run of runs) if (this.byFirst.get(run)?.some(test)) return true;
    return false;
  }
}
