// Person-to-organization links stated in the text: "Ana Lima from Acme", "Acme's own Bo Chen",
// "Acme's CTO, Bo Chen", "Bo Chen (Acme)", "my work at Acme"; the shapes are in affiliation-shapes.ts.
import { dedupeBy } from '../../src/domain/dedupe.js';
import type { Sentence } from '../document/build-document.js';
import { commaCompanyLine, orgInsideRole, personThenOrg } from '../extraction/affiliation-shapes.js';
import { ROLE_WORDS } from '../extraction/cues.js';
import type { ResolvedMention } from '../resolution/resolve-post.js';

export interface Affiliation {
  person: string;
  org: string;
  sentence: number;
  /** 'name': stated beside the name ("X from AMD"); 'work': from "the work we do at Y". */
  kind: 'name' | 'work';
}

const AUTHOR_WORK =
  /\b(my|our)\s+(daily\s+)?(work|job|day job|team|employer|colleagues|teammates)\s+(at|for|with)\s+$|\bI\s+(work|worked|am working)\s+(at|for)\s+$|\bwe(?:'ve| have)? been doing at\s+$/i;

/** "I am a frontend engineer at Acme", "I'm an Acme Board member": the author's own role names the organization. */
function authorRoleAt(before: string, after: string): boolean {
  const clause = /\bI(?:['’]m| am)\b([^.;!?]*)$/.exec(before)?.[1];
  if (clause === undefined) return false;
  const role = /\b([\p{L}-]+)\s+(?:at|for|with)\s+(?:the\s+)?$/u.exec(clause)?.[1];
  const roleAfter = /^\s+([\p{L}-]+)/u.exec(after)?.[1];
  return [role, roleAfter].some((w) => w !== undefined && ROLE_WORDS.test(w.replace(/s$/, '')));
}

/** The people of an organization, then examples of them: " members like ". */
const MEMBERS_LIKE =
  /^\s+(?:team\s+)?(?:members|engineers|employees|developers|folks|people|staff)\s+(?:like|such as|including)\s+$/i;

/** Affiliations in one sentence; `author` is the author's entity id, for first-person cues. */
export function findAffiliations(s: Sentence, ms: ResolvedMention[], author: string | null): Affiliation[] {
  const out: Affiliation[] = [];
  const orgs = ms.filter((m) => m.type === 'Organization');
  const people = ms.filter((m) => m.type === 'Person');
  for (const org of orgs) {
    const before = s.text.slice(0, org.start);
    for (const p of people) {
      if (statedBeside(s.text, p, org, people, isShortLine(s)))
        out.push({ person: p.entity, org: org.entity, sentence: s.index, kind: 'name' });
    }
    if (author && (AUTHOR_WORK.test(before) || authorRoleAt(before, s.text.slice(org.end)))) {
      out.push({ person: author, org: org.entity, sentence: s.index, kind: 'work' });
      // "one of my teammates, Nikolai, about the work we've been doing at Acme"
      if (/\b(teammates?|colleagues?|co-?workers?)\b/i.test(before)) {
        for (const p of people)
          if (p.end <= org.start) out.push({ person: p.entity, org: org.entity, sentence: s.index, kind: 'name' });
      }
    }
  }
  for (const p of people) {
    const org = ownerOfItsRole(s.text, p, orgs);
    if (org) out.push({ person: p.entity, org: org.entity, sentence: s.index, kind: 'name' });
  }
  return dedupeBy(
    [...out, ...chained(s, out, orgs)].filter((a) => a.person !== a.org),
    (a) => `${a.person}|${a.org}`,
  );
}

/** Longest paragraph, in words, still read as a speaker's line ("Karl Obi, Quuxbrite"). */
const LINE_WORDS = 14;

/** A list item, heading or table cell, or a paragraph short enough to be one line of a layout. */
function isShortLine(s: Sentence): boolean {
  return s.kind !== 'paragraph' || s.text.split(/\s+/).length <= LINE_WORDS;
}

/** The sentence states the link right beside the names (see affiliation-shapes.ts). */
function statedBeside(
  text: string,
  p: ResolvedMention,
  org: ResolvedMention,
  people: ResolvedMention[],
  line: boolean,
): boolean {
  if (org.end <= p.start) return orgBeforePerson(text.slice(org.end, p.start), org.possessive);
  const nearest = p.end <= org.start && !people.some((q) => q.start > p.end && q.end <= org.start);
  if (!nearest) return false;
  const between = text.slice(p.end, org.start);
  const after = text.slice(org.end);
  return (
    personThenOrg(between) ||
    orgInsideRole(between, after) ||
    rolePossessive(text, p, org) ||
    (line && commaCompanyLine(between, after))
  );
}

/** " its CEO ", " their lead engineer ": a role of "its" or "their", right before a person. */
const ITS_ROLE = /\b(?:its|their)\s+((?:[\p{L}-]+\s+){1,3})$/u;

/**
 * "I visited Quuxly, at the invitation of its CEO Ana Lima": "its" points at the nearest
 * organization before it in the sentence, and the role names what she is there.
 */
function ownerOfItsRole(text: string, p: ResolvedMention, orgs: ResolvedMention[]): ResolvedMention | undefined {
  const role = ITS_ROLE.exec(text.slice(0, p.start));
  if (
    !role ||
    !role[1]!
      .trim()
      .split(/\s+/)
      .some((w) => ROLE_WORDS.test(w))
  )
    return undefined;
  return [...orgs].reverse().find((o) => o.end <= role.index && !/[.;!?]/.test(text.slice(o.end, role.index)));
}

/** "a member of the Acme team at Frobnicate": the person's organization sits at another one. */
function chained(s: Sentence, found: Affiliation[], orgs: ResolvedMention[]): Affiliation[] {
  const out: Affiliation[] = [];
  for (const a of found.filter((f) => f.kind === 'name')) {
    const first = orgs.find((o) => o.entity === a.org);
    const next =
      first &&
      orgs.find((o) => o.start > first.end && /^\s+(at|of)\s+(the\s+)?$/i.test(s.text.slice(first.end, o.start)));
    if (next) out.push({ ...a, org: next.entity });
  }
  return out;
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
  // "Acme team members like Bo Chen", "Acme engineers such as Bo Chen"
  if (MEMBERS_LIKE.test(text)) return true;
  const words = text.replace(/[,]/g, ' ').trim().split(/\s+/).filter(Boolean);
  return (
    words.length > 0 &&
    words.length <= 3 &&
    words.every((w) => ROLE_WORDS.test(w) || /^(senior|principal|staff|the)$/i.test(w))
  );
}

/** "several members of the Acme team", "engineers from Acme": a group of an organization, unnamed. */
const GROUP_OF = /\b(?:members|engineers|employees|developers|folks|people|staff)\s+(?:of|from|at)\s+(?:the\s+)?$/i;

/**
 * "Several members of the Acme team hosted a panel. Ana Lima, Bo Chen and Li Wei took
 * questions": the people listed at the start of the next sentence are that group.
 */
export function groupNamedNext(sentences: Sentence[], mentions: ResolvedMention[][]): Affiliation[] {
  const out: Affiliation[] = [];
  sentences.forEach((s, i) => {
    const ms = mentions[i] ?? [];
    const group = ms.find((m) => m.type === 'Organization' && GROUP_OF.test(s.text.slice(0, m.start)));
    if (!group || ms.some((m) => m.type === 'Person' && m.end <= group.start)) return;
    // The splitter may keep both in one sentence: 'hosted a "Fireside chat." Ana Lima, ...'.
    const stop = /[.!?]["”']?\s+(?=\p{Lu})/u.exec(s.text.slice(group.end));
    const next = sentences[i + 1];
    const [text, people, at] = stop
      ? [s.text, ms, group.end + stop.index + stop[0].length]
      : next && next.block === s.block && !ms.some((m) => m.type === 'Person')
        ? [next.text, mentions[i + 1] ?? [], 0]
        : ['', [], 0];
    for (const p of leadingList(text, people, at))
      out.push({ person: p, org: group.entity, sentence: s.index, kind: 'name' });
  });
  return out;
}

/** The people a sentence (or its part from `from`) opens with, two or more joined by commas and "and". */
function leadingList(text: string, ms: ResolvedMention[], from: number): string[] {
  const people: string[] = [];
  let at = from;
  for (const m of ms) {
    if (m.start < from) continue;
    if (m.type !== 'Person' || !/^\s*(?:,\s*)?(?:and\s+|&\s+)?$/.test(text.slice(at, m.start))) break;
    people.push(m.entity);
    at = m.end;
  }
  return people.length >= 2 ? people : [];
}
