// Person-to-organization links stated in the text: "Tom Woller from AMD", "Patrick Weeks of
// GE", "Rackspace's own Jim Curry", "Red Hat's CTO, Brian Stevens", "X (IBM)", "my work at Y".
import { dedupeBy } from '../../src/domain/dedupe.js';
import type { Sentence } from '../document/build-document.js';
import type { ResolvedMention } from '../resolution/resolve-post.js';
import { ROLE_WORDS } from '../extraction/cues.js';

export interface Affiliation {
  person: string;
  org: string;
  sentence: number;
  /** 'name': stated beside the name ("X from AMD"); 'work': from "the work we do at Y". */
  kind: 'name' | 'work';
}

const AUTHOR_WORK = /\b(my|our)\s+(daily\s+)?(work|job|day job|team|employer|colleagues|teammates)\s+(at|for|with)\s+$|\bI\s+(work|worked|am working)\s+(at|for)\s+$|\bwe(?:'ve| have)? been doing at\s+$/i;

/** Affiliations in one sentence; `author` is the author's entity id, for first-person cues. */
export function findAffiliations(s: Sentence, ms: ResolvedMention[], author: string | null): Affiliation[] {
  const out: Affiliation[] = [];
  const orgs = ms.filter((m) => m.type === 'Organization');
  const people = ms.filter((m) => m.type === 'Person');
  for (const org of orgs) {
    const before = s.text.slice(0, org.start);
    for (const p of people) {
      const nearest = p.end <= org.start && !people.some((q) => q.start > p.end && q.end <= org.start);
      if (nearest && (personBeforeOrg(s.text.slice(p.end, org.start)) || rolePossessive(s.text, p, org))) out.push({ person: p.entity, org: org.entity, sentence: s.index, kind: 'name' });
      else if (org.end <= p.start && orgBeforePerson(s.text.slice(org.end, p.start), org.possessive)) out.push({ person: p.entity, org: org.entity, sentence: s.index, kind: 'name' });
    }
    if (author && AUTHOR_WORK.test(before)) {
      out.push({ person: author, org: org.entity, sentence: s.index, kind: 'work' });
      // "one of my teammates, Nikolai, about the work we've been doing at Red Hat"
      if (/\b(teammates?|colleagues?|co-?workers?)\b/i.test(before)) {
        for (const p of people) if (p.end <= org.start) out.push({ person: p.entity, org: org.entity, sentence: s.index, kind: 'name' });
      }
    }
  }
  return dedupeBy(out.filter((a) => a.person !== a.org), (a) => `${a.person}|${a.org}`);
}

/** Text between a person and an organization: " from ", " of the ", " (", ", CTO at ". */
function personBeforeOrg(between: string): boolean {
  const text = between.replace(/^['’]s?/, '');
  if (/^\s+(from|of|at)\s+(the\s+)?$/i.test(text)) return true;
  if (/^\s*\(\s*$/.test(text)) return true;
  // "Ana Lima, who founded Acme", "Ana Lima, who works at Acme"
  if (/^,?\s*who\s+(founded|co-founded|leads|runs|works\s+(at|for)|joined)\s+(the\s+)?$/i.test(text)) return true;
  // "Ana Lima, CTO at Acme", "Ana Lima (Developer Advocate at Acme)"
  const role = /^\s*[,(]\s*(?:the\s+|a\s+|an\s+)?([\w\s-]{2,40}?)\s+(at|of|from|for)\s+(the\s+)?$/i.exec(text);
  return Boolean(role && role[1]!.split(/\s+/).some((w) => ROLE_WORDS.test(w)));
}

/** "Ana Lima, Acme's president of engineering": the organization owns the role named after the person. */
function rolePossessive(text: string, p: ResolvedMention, org: ResolvedMention): boolean {
  if (!org.possessive || !/^\s*,\s*(the\s+)?$/i.test(text.slice(p.end, org.start))) return false;
  const role = /^['’]?s?\s+((?:[\w-]+\s+){0,2}[\w-]+)/.exec(text.slice(org.end))?.[1] ?? '';
  return role.split(/\s+/).some((w) => ROLE_WORDS.test(w));
}

/** Text between "Rackspace's" and a person: " own ", " CTO, ", " ". */
function orgBeforePerson(between: string, possessive: boolean): boolean {
  const text = between.replace(/^['’]s?/, '');
  if (/^\s+$/.test(text)) return possessive;
  const words = text.replace(/[,]/g, ' ').trim().split(/\s+/).filter(Boolean);
  return words.length > 0 && words.length <= 3 && words.every((w) => ROLE_WORDS.test(w) || /^(senior|principal|staff|the)$/i.test(w));
}
