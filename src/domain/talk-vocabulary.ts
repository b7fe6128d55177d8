// The one vocabulary of talks, shared by the extractor, the question parser and the entity
// finder: verbs that make a speaker, verbs that need a talk noun, and the talk nouns.

/** A verb by its lemma; irregular forms are listed, regular ones (-s, -ed, -ing) are made. */
export interface VerbRow {
  lemma: string;
  /** A question with this verb asks about talks ("who gave a keynote"); rows of speaker verbs always do. */
  asks?: boolean;
  irregular?: string[];
  /** Only these forms count ("went" over a topic, not "go" or "going"). */
  only?: string[];
}

/** Their subject is a speaker on its own: "Ana talked about ...", "Li will present ...". */
export const SPEAKER_VERBS: VerbRow[] = [
  { lemma: 'talk' },
  { lemma: 'speak', irregular: ['spoke', 'spoken'] },
  { lemma: 'present' },
  { lemma: 'co-present' },
  { lemma: 'copresent' },
  { lemma: 'cover' },
  { lemma: 'discuss' },
  { lemma: 'demonstrate' },
  { lemma: 'demo' },
  { lemma: 'show', irregular: ['shown'] },
  { lemma: 'showcase' },
  { lemma: 'share' },
  { lemma: 'explain' },
  { lemma: 'walk' },
  { lemma: 'go', only: ['went'] },
  { lemma: 'introduce' },
  { lemma: 'announce' },
  { lemma: 'describe' },
  { lemma: 'outline' },
  { lemma: 'detail' },
  { lemma: 'review' },
  { lemma: 'keynote' },
  { lemma: 'unveil' },
  { lemma: 'argue' },
  { lemma: 'address' },
  { lemma: 'explore' },
  { lemma: 'highlight' },
  { lemma: 'lecture' },
  { lemma: 'teach', irregular: ['taught'] },
  { lemma: 'preview' },
];

/** Speakers only with a talk noun close after: "Bo gave a keynote", "Li will provide a session". */
export const TALK_NOUN_VERBS: VerbRow[] = [
  { lemma: 'give', irregular: ['gave', 'given'], asks: true },
  { lemma: 'deliver', asks: true },
  { lemma: 'lead', irregular: ['led'], asks: true },
  { lemma: 'host' },
  { lemma: 'run', irregular: ['ran'] },
  { lemma: 'have', irregular: ['had', 'has'] },
  { lemma: 'do', irregular: ['did', 'does', 'done'] },
  { lemma: 'start' },
  { lemma: 'kick' },
  { lemma: 'open' },
  { lemma: 'close' },
  { lemma: 'wrap', irregular: ['wrapped', 'wrapping'] },
  { lemma: 'offer' },
  { lemma: 'hold', irregular: ['held'] },
  { lemma: 'moderate' },
  { lemma: 'provide' },
  { lemma: 'make', irregular: ['made'] },
  { lemma: 'begin', irregular: ['began', 'begun'] },
  { lemma: 'take', irregular: ['took', 'taken'] },
];

/** Nouns naming a talk: "keynote by X", "X's session", "their presentation". */
export const TALK_NOUNS = [
  'talk',
  'keynote',
  'presentation',
  'session',
  'demo',
  'demonstration',
  'overview',
  'update',
  'lab',
  'workshop',
  'tutorial',
  'panel',
  'slide',
  'speech',
  'lecture',
  'address',
  'breakout',
  'q&a',
  'question',
  'bof',
  'webinar',
  'deep',
  'lightning',
  'roadmap',
  'dive',
  'case',
  'stage',
  'tour',
  'walkthrough',
  'rundown',
  'primer',
];

/** Words that may stand between a speaker and their verb: "Li will also present", "Bo is set to talk". */
export const AUXILIARY_WORDS = [
  'will',
  'would',
  'shall',
  'can',
  'could',
  'also',
  'then',
  'later',
  'both',
  'first',
  'briefly',
  'quickly',
  'finally',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'going',
  'to',
  'set',
  'scheduled',
  'expected',
  'due',
  "'ll",
  'and',
];

/** -s, -ed, -ing forms of a regular verb ("demo" → demos, demoed, demoing; "share" → shared). */
export function verbForms(row: VerbRow): string[] {
  if (row.only) return row.only;
  const l = row.lemma;
  const stem = l.endsWith('e') ? l.slice(0, -1) : l;
  const s = /(s|sh|ch|x|z)$/.test(l) ? `${l}es` : `${l}s`;
  const doubled = /^[a-z]*[^aeiou][aeiou][bdgmnpt]$/.test(l) && l.length === 3 ? l + l.at(-1) : stem;
  return [...new Set([l, s, `${doubled}ed`, `${doubled}ing`, ...(row.irregular ?? [])])];
}

/** Every written form of the rows' verbs. */
export function formsOf(rows: VerbRow[]): Set<string> {
  return new Set(rows.flatMap(verbForms));
}

/** Plural and singular talk nouns. */
export const TALK_NOUN_FORMS = new Set(TALK_NOUNS.flatMap((n) => [n, `${n}s`]));

/** Lemmas that make a question ask about talks: the speaker verbs, the asking talk-noun verbs, the talk nouns. */
export const QUESTION_TALK_LEMMAS = new Set([
  ...SPEAKER_VERBS.map((r) => r.lemma),
  ...TALK_NOUN_VERBS.filter((r) => r.asks).map((r) => r.lemma),
  ...TALK_NOUNS,
  'speaker',
]);

/** Written forms of talking in a question that are never an entity's name on their own ("spoke", "gave"). */
export const QUESTION_TALK_FORMS = new Set([
  ...formsOf(SPEAKER_VERBS),
  ...formsOf(TALK_NOUN_VERBS.filter((r) => r.asks)),
  'talks',
  'speaker',
  'speakers',
]);
