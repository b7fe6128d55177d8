// The words around a name tell a company from a product when no hand list does: "Ana Lima
// (Acme)", "works at Acme", "Acme Inc.", "Acme's CEO" → Organization; "the Acme project" → Project.
import type { EntityType } from '../../src/domain/model.js';
import { ORG_OFFICER_AFTER, personThenOrg } from './affiliation-shapes.js';
import { KIND_NOUNS } from './kind-lists.js';
import type { Mention } from './scan.js';

interface ContextRule {
  type: EntityType;
  /** Text right before the name, and the kind of mention that must end just before it (if any). */
  before?: RegExp;
  afterPerson?: boolean;
  /** With `afterPerson`: a test of the text from that person to the name instead of `before`. */
  between?: (text: string) => boolean;
  /** Text right after the name. */
  after?: RegExp;
}

/** Nouns that say what kind of body a name is: "Zentrik, a Czech software firm". */
const ORG_NOUNS = [
  'company',
  'companies',
  'firm',
  'startup',
  'start-up',
  'provider',
  'vendor',
  'shop',
  'agency',
  'nonprofit',
  'non-profit',
  'organization',
  'organisation',
  'consultancy',
  'university',
  'school',
  'hospital',
  'institute',
  'foundation',
  'association',
  'employer',
  'retailer',
  'bank',
  'publisher',
  'manufacturer',
  'integrator',
  'lab',
  'laboratory',
  'maker',
  'meetup',
  'user group',
  'LUG',
];

/** Nouns that say a name is software: "Frobnik, a small Go library". */
const PROJECT_NOUNS = [
  'project',
  'library',
  'framework',
  'package',
  'tool',
  'toolkit',
  'language',
  'distribution',
  'distro',
  'plugin',
  'browser',
  'database',
  'editor',
  'app',
  'application',
  'compiler',
  'debugger',
  'linter',
  'IDE',
];

/** People of a body: "folks from Quuxly", "speakers from Zentrik". */
const MEMBER_NOUNS = [
  'people',
  'folks',
  'engineers',
  'developers',
  'speakers',
  'someone',
  'members',
  'representatives',
  'staff',
  'contributors',
  'colleagues',
  'friends',
  'guys',
  'maintainers',
];

const words = (list: string[]) => list.join('|');
/** ", a major Czech software firm", ", a small, fast browser": up to four words (commas too) before the noun. */
const isA = (nouns: string[]) =>
  new RegExp(`^(?:,\\s+|\\s+(?:is|was)\\s+)(?:a|an|the)\\s+(?:[\\p{L}-]+,?\\s+){0,4}(?:${words(nouns)})\\b`, 'u');
/** "companies such as Quuxly, Zentrik and ": a name inside a list headed by a kind of body. */
const LISTED_NAME = String.raw`[\p{Lu}][\p{L}\d.&-]*(?:\s+[\p{Lu}\d][\p{L}\d.&-]*){0,3}`;
const ORG_KINDS = [...KIND_NOUNS].filter(([, type]) => type === 'Organization').map(([noun]) => noun);
const KIND_LIST = new RegExp(
  String.raw`\b(?:${words(ORG_KINDS)})\s+(?:such as|like|including)\s+` +
    `(?:${LISTED_NAME},\\s+)*(?:${LISTED_NAME},?\\s+(?:and|&)\\s+)?$`,
  'u',
);

const ORG_IS_A: ContextRule = { type: 'Organization', after: isA(ORG_NOUNS) };
const PROJECT_IS_A: ContextRule = { type: 'Project', after: isA(PROJECT_NOUNS) };

/** Read top to bottom; the first rule that fits decides. Hand-listed names keep their type. */
export const CONTEXT_RULES: ContextRule[] = [
  { type: 'Organization', afterPerson: true, between: personThenOrg }, // "Ana Lima (Acme)", "Ana Lima - an engineer at Acme"
  { type: 'Organization', before: /\b(?:works?|working|worked|employed|engineers?|developers?)\s+(?:at|for|by)\s+$/i },
  { type: 'Organization', before: /\b(?:joined|acquired by|sponsored by|founder of|CEO of|CTO of)\s+$/i },
  { type: 'Organization', after: /^\s*(?:,\s*)?(?:Inc\b|Corp\b|Ltd\b|LLC\b|GmbH\b|S\.A\.|AG\b)/ },
  {
    type: 'Organization',
    after:
      /^['’]s?\s+(?:CEO|CTO|CFO|COO|CIO|VP|SVP|EVP|founders?|co-founders?|president|head of|director of|chief|employees|engineers|headquarters|offices?)\b/,
  },
  { type: 'Organization', after: ORG_OFFICER_AFTER }, // "Acme CEO Petra Lind"
  ORG_IS_A, // "Zentrik, a Czech software firm"
  PROJECT_IS_A, // "Frobnik is a small Go library"
  { type: 'Organization', before: KIND_LIST }, // "companies such as Quuxly, Zentrik and Acme"
  // "the 4-year-old startup company Quuxly": a kind of body right before the name.
  {
    type: 'Organization',
    before:
      /\b(?:the|a|an)\s+(?:[\p{L}\d-]+\s+){0,2}(?:company|startup|start-up|firm|vendor|non-?profit|consultancy)\s+$/iu,
  },
  // "we'll see you at [quuxconf]", "join us at Frobfest": where one meets again is a gathering.
  {
    type: 'Event',
    before: /\b(?:see you|meet you|join us|meet us)\s+(?:again\s+|there\s+|next year\s+)?at\s+(?:the\s+)?$/i,
  },
  { type: 'Organization', before: new RegExp(`\\b(?:${words(MEMBER_NOUNS)})\\s+(?:from|at)\\s+(?:the\\s+)?$`, 'i') },
  { type: 'Organization', before: /\b(?:used|deployed|adopted)\s+(?:at|by)\s+$/i }, // "Go is used at Quuxly"
  // "a session by Quuxly and Zentrik": what gives a talk and is no person is a body of people
  // ("a talk by Sunny from Beijing" is someone from somewhere).
  {
    type: 'Organization',
    before: /\b(?:session|talk|keynote|presentation|workshop|panel)s?\s+(?:given\s+)?by\s+$/i,
    after: /^(?!\s+from\b)/,
  },
  // "the QuuxSF meetup", "the first QuuxSF meetup"
  {
    type: 'Organization',
    before: /\bthe\s+(?:(?:first|next|last|local|monthly|weekly)\s+)?$/i,
    after: /^\s+(?:meetup|user group|LUG)\b/i,
  },
  {
    type: 'Project',
    before: /\bthe\s+$/i,
    after: /^\s+(?:project|library|framework|package|tool|language|distribution|distro|plugin)\b/i,
  },
];

/** The type the words around [start, end) give a name, if any rule fits. */
export function contextType(text: string, mentions: Mention[], start: number, end: number): EntityType | null {
  const probe = { start, end } as Mention;
  return CONTEXT_RULES.find((r) => fits(r, probe, text.slice(0, start), text.slice(end), mentions, text))?.type ?? null;
}

/** Retypes guessed or package-known names by their context; hand-listed projects only by a person's tie, never people or events. */
export function retypeByContext(text: string, mentions: Mention[]): void {
  for (const m of mentions) {
    // A lone given name that the text calls a kind of thing is that thing: "Kenji, a small browser".
    if (m.type === 'Person' && !/\s/.test(m.surface)) {
      const kind = [ORG_IS_A, PROJECT_IS_A].find((r) =>
        fits(r, m, text.slice(0, m.start), text.slice(m.end), mentions, text),
      );
      if (kind) m.type = kind.type;
    }
    if (m.type === 'Person' || m.type === 'Event' || m.type === 'Place') continue;
    const before = text.slice(0, m.start);
    // After the name as written: "Quuxly's CTO" keeps its "'s" for the rules that read it.
    const after = text.slice(m.possessive ? m.start + m.surface.length : m.end);
    // A hand-listed project yields only to a person's own tie: "Ana Lima from Frobnik" works there.
    const rules = m.source === 'lexicon' ? (m.type === 'Project' ? CONTEXT_RULES.slice(0, 1) : []) : CONTEXT_RULES;
    const rule = rules.find((r) => fits(r, m, before, after, mentions, text));
    if (rule) m.type = rule.type;
  }
}

function fits(
  rule: ContextRule,
  m: Mention,
  before: string,
  after: string,
  mentions: Mention[],
  text: string,
): boolean {
  if (rule.after && !rule.after.test(after)) return false;
  if (!rule.afterPerson) return rule.before ? rule.before.test(before) : true;
  const person = [...mentions].reverse().find((p) => p.type === 'Person' && p.end <= m.start);
  const between = person ? text.slice(person.end, m.start) : null;
  return between !== null && (rule.between ? rule.between(between) : Boolean(rule.before?.test(between)));
}
