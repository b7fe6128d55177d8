// The shapes of text that tie a person to an organization, as one table the typing rules and
// the affiliation finder share: "Ana Lima from Acme", "Ana Lima - a principal engineer at Acme".
import { ROLE_WORDS } from './cues.js';

/** One way a sentence may put text between a person (first) and their organization. */
export interface PersonOrgShape {
  sample: string;
  /** Tests the text between the person's name and the organization's name. */
  fits: (between: string) => boolean;
}

/** Punctuation that opens a description of the person: a comma, a bracket, a dash, a colon. */
const OPENER = /^\s*[,(:\u2013\u2014-]\s*/;
/** Articles that may open the description: "a", "an", "the". */
const ARTICLE = /^(a|an|the)$/i;
/** Prepositions that join a role to its organization: "engineer at", "founder of". */
const ROLE_PREPOSITIONS = new Set(['at', 'of', 'from', 'for', 'with']);
/** Roles "of" a project rather than of an employer: "the maintainer of Foo", "lead of the Foo project". */
const PROJECT_ROLES = new Set(['maintainer', 'contributor', 'developer', 'lead', 'architect', 'creator', 'author']);
/** Verbs of a relative clause that make the person part of the organization. */
const JOINING_VERBS =
  /^,?\s*who\s+((now|recently|currently|also)\s+)?(founded|co-founded|leads|led|runs|works\s+(at|for)|worked\s+(at|for)|joined|represents)\s+(the\s+)?$/i;
/** A participle that makes the person part of the organization: ", representing Acme", ", now at Acme". */
const JOINING_PARTICIPLES = /^\s*[,(]\s*(representing|now\s+at|currently\s+at|working\s+(at|for))\s+(the\s+)?$/i;
/** A handle or a pronoun in brackets between a name and "from": "Ana Lima (@ana) from Acme". */
const ASIDE_THEN_FROM = /^\s*\([^()]{1,40}\)\s+(from|of|at)\s+(the\s+)?$/i;

/**
 * "- a principal engineer at", ", the founder of", " (Developer Advocate at", ", member of the":
 * an opener, an optional article, up to five words holding a role word, a preposition.
 */
function roleDescription(between: string): boolean {
  const open = OPENER.exec(between);
  if (!open) return false;
  const words = between.slice(open[0].length).trim().split(/\s+/).filter(Boolean);
  if (words.at(-1)?.toLowerCase() === 'the') words.pop();
  const prep = words.pop()?.toLowerCase() ?? '';
  if (!ROLE_PREPOSITIONS.has(prep)) return false;
  if (words[0] && ARTICLE.test(words[0])) words.shift();
  const roles = words.map((w) => w.toLowerCase().replace(/s$/, '')).filter((w) => ROLE_WORDS.test(w));
  if (prep === 'of' && roles.every((r) => PROJECT_ROLES.has(r))) return false;
  return words.length >= 1 && words.length <= 5 && roles.length > 0;
}

/** Read top to bottom; any shape that fits links the two. */
export const PERSON_ORG_SHAPES: PersonOrgShape[] = [
  { sample: 'Ana Lima from Acme', fits: (t) => /^(['’]s?)?\s+(from|of|at)\s+(the\s+)?$/i.test(t) },
  { sample: 'Ana Lima, from Acme,', fits: (t) => /^\s*[,(]\s*(from|of|at)\s+(the\s+)?$/i.test(t) },
  { sample: 'Ana Lima (Acme)', fits: (t) => /^\s*\(\s*$/.test(t) },
  { sample: 'Ana Lima, who founded Acme', fits: (t) => JOINING_VERBS.test(t) },
  { sample: 'Ana Lima, representing Acme', fits: (t) => JOINING_PARTICIPLES.test(t) },
  { sample: 'Ana Lima (@ana) from Acme', fits: (t) => ASIDE_THEN_FROM.test(t) },
  { sample: 'Ana Lima, CTO at Acme', fits: roleDescription },
  { sample: 'Ana Lima - a principal engineer at Acme', fits: roleDescription },
  { sample: 'Ana Lima, a member of the Acme team', fits: roleDescription },
];

/** True when the text between a person and an organization ties them ("from", ", CTO at"). */
export function personThenOrg(between: string): boolean {
  return PERSON_ORG_SHAPES.some((shape) => shape.fits(between));
}

/**
 * "Ana Lima - an Acme engineer", "Ana Lima, the Acme team lead", "Ana Lima, Acme manager": the organization stands inside
 * the description, before a role word. `before` runs from the person to the organization,
 * `after` from the organization on.
 */
export function orgInsideRole(before: string, after: string): boolean {
  if (!/^\s*[,(:\u2013\u2014-]\s*(?:(a|an|the)\s+)?$/i.test(before)) return false;
  const words = after
    .trim()
    .split(/[\s,]+/)
    .slice(0, 3);
  return words.some((w) => ROLE_WORDS.test(w.replace(/s$/, '')) && w !== 'own');
}

/** "Acme CEO Petra Lind", "Acme's own Jim": an officer's title between an organization and a name. */
export const ORG_OFFICER_AFTER = /^(['’]s?)?\s+(CEO|CTO|CFO|COO|CIO|CISO|founder|co-founder|president)\b/i;

/** What may close a line after its company: its end, a full stop, "(video)", a dash, a bar, the next line's "Talk:" label. */
const LINE_CLOSE = /^\s*(\.?\s*$|[([|—–]|-\s|\p{Lu}\p{Ll}+:\s)/u;

/**
 * "Karl Obi, Eventbrite" or "Karl Obi — Eventbrite" on a speaker line: a comma or a dash, then a
 * name that closes the line, is the person's company (a title after the dash has more words).
 */
export function commaCompanyLine(between: string, after: string): boolean {
  return /^\s*(,|[—–|]|\s-)\s*$/.test(between) && LINE_CLOSE.test(after);
}
