// Likely duplicate entities for a person to review: "Konrad Rzeszutek Wilk" ~ "Konrad Wilk",
// "George Dunlop" ~ "George Dunlap", "OpenvSwitch" ~ "Open vSwitch", "XCP" ~ "Xen Cloud Platform".

import { isAcronymOf } from '../../src/domain/acronyms.js';
import { editDistance as distance } from '../../src/domain/edit-distance.js';
import type { Entity } from '../../src/domain/model.js';
import { foldForm, squashAlnum as squash } from '../../src/domain/name-fold.js';

export interface MergeSuggestion {
  keep: string;
  merge: string;
  reason: string;
  score: number;
}

type Candidate = Pick<Entity, 'id' | 'type' | 'name' | 'aliases'> & { posts?: number };

/** Pairs of same-typed entities that probably name one thing, most likely first. */
export function suggestMerges(entities: Candidate[]): MergeSuggestion[] {
  const out: MergeSuggestion[] = [];
  const byType = new Map<string, Candidate[]>();
  for (const e of entities) byType.set(e.type, [...(byType.get(e.type) ?? []), e]);
  for (const group of byType.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const found = compare(group[i]!, group[j]!);
        if (found) out.push(orient(group[i]!, group[j]!, found.reason, found.score));
      }
    }
  }
  return out.sort((a, b) => b.score - a.score || (a.keep < b.keep ? -1 : 1));
}

function compare(a: Candidate, b: Candidate): { reason: string; score: number } | null {
  const an = foldForm(a.name);
  const bn = foldForm(b.name);
  if (squash(an) === squash(bn)) return { reason: 'same name but for spaces or punctuation', score: 0.95 };
  if (
    [...a.aliases, a.name].some((n) => foldForm(n) === bn) ||
    [...b.aliases, b.name].some((n) => foldForm(n) === an)
  ) {
    return { reason: 'one is an alias of the other', score: 0.9 };
  }
  if (a.type === 'Person') return comparePeople(an, bn);
  if (isAcronymOf(a.name, b.name) || isAcronymOf(b.name, a.name)) return { reason: 'acronym of the other', score: 0.8 };
  if (Math.min(an.length, bn.length) >= 6 && distance(an, bn) <= 1) return { reason: 'one letter apart', score: 0.6 };
  return null;
}

function comparePeople(a: string, b: string): { reason: string; score: number } | null {
  const wa = a.split(' ');
  const wb = b.split(' ');
  if (wa.length >= 2 && wb.length >= 2 && wa[0] === wb[0] && wa.at(-1) === wb.at(-1))
    return { reason: 'same first and last name, middle differs', score: 0.85 };
  if (
    wa.length >= 2 &&
    wb.length >= 2 &&
    wa[0] === wb[0] &&
    distance(wa.at(-1)!, wb.at(-1)!) <= 2 &&
    Math.min(a.length, b.length) >= 8
  ) {
    return { reason: 'surnames a letter or two apart', score: 0.7 };
  }
  if ((wa.length === 1) !== (wb.length === 1)) {
    const [single, full] = wa.length === 1 ? [wa[0]!, wb] : [wb[0]!, wa];
    if (single === full[0] || single === full.at(-1))
      return { reason: 'a lone first or last name of the other', score: 0.5 };
  }
  return null;
}

/** Keeps the entity with more posts (then the longer name) and merges the other into it. */
function orient(a: Candidate, b: Candidate, reason: string, score: number): MergeSuggestion {
  const aFirst = (a.posts ?? 0) !== (b.posts ?? 0) ? (a.posts ?? 0) > (b.posts ?? 0) : a.name.length >= b.name.length;
  return aFirst ? { keep: a.id, merge: b.id, reason, score } : { keep: b.id, merge: a.id, reason, score };
}
