// The one place compromise is configured (through one plugin): sentence splitting with each
// word's part-of-speech tags, and word knowledge (first names, surnames, common English words).
import nlp from 'compromise';

type Lex = Record<string, string | string[] | undefined>;

/**
 * Our plugin: generic words of the field that compromise reads as people or places. Only words
 * of any tech blog belong here ("Summit" in "Fall Summit" is no place), never one blog's names.
 */
const TALKGRAPH_PLUGIN = {
  words: { summit: 'Noun', keynote: 'Noun', meetup: 'Noun', hackathon: 'Noun', sprint: 'Noun', devroom: 'Noun' },
};
nlp.plugin(TALKGRAPH_PLUGIN);

/**
 * compromise's steps after `nlp.tokenize` (which already ran alias, normal, machine and
 * contractions), minus the post-tagger's match sweeps (two thirds of a parse), the chunker and
 * typeahead: the rules read words and the lexicon's tags, and over the three corpora the sweeps
 * changed 4 of 56k extracted rows ("Dunlap" stays a ProperNoun, not a LastName).
 */
const PARSE_HOOKS = nlp
  .hooks()
  .filter((h: string) => !['contractions', 'alias', 'machine', 'typeahead', 'postTagger', 'chunks'].includes(h));

const lexicon = (nlp.world() as unknown as { model: { one: { lexicon: Lex } } }).model.one.lexicon;

/** A word of a sentence with compromise's tags for it in context ("Go" in "Simplicity and Go": ProperNoun). */
export interface TaggedTerm {
  start: number;
  end: number;
  tags: string[];
}

export interface SentenceSpan {
  text: string;
  start: number;
  /** Offsets relative to the sentence. */
  terms: TaggedTerm[];
}

interface JsonTerm {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
}

/** Splits a block of plain text into sentences with their offsets and tagged words (one parse). */
export function splitSentences(text: string): SentenceSpan[] {
  if (!text.trim()) return [];
  const json = tagged(text).json({ offset: true, terms: { offset: true } }) as Array<{
    offset: { start: number; length: number };
    terms: JsonTerm[];
  }>;
  return json.map((s) => {
    const start = s.offset.start;
    const terms = s.terms.map((t) => ({
      start: t.offset.start - start,
      end: t.offset.start - start + t.offset.length,
      tags: t.tags,
    }));
    return { text: text.slice(start, start + s.offset.length), start, terms };
  });
}

const tagCache = new Map<string, string>();

/** compromise's lexicon tag for a word (lower-cased), or '' when it does not know the word. */
export function lexiconTag(word: string): string {
  const key = word.toLowerCase();
  let tag = tagCache.get(key);
  if (tag === undefined) {
    const raw = lexicon[key];
    tag = Array.isArray(raw) ? (raw[0] ?? '') : (raw ?? '');
    tagCache.set(key, tag);
  }
  return tag;
}

/** "Konrad", "Calista" → true; "Major" (an adjective first) → false. */
export function isFirstName(word: string): boolean {
  return /^(MaleName|FemaleName|FirstName|Person)$/.test(lexiconTag(word));
}

/** "Walsh" → true. */
export function isLastName(word: string): boolean {
  return lexiconTag(word) === 'LastName';
}

/** A word compromise knows as ordinary English (not a name): "open", "the", "talked". */
export function isCommonWord(word: string): boolean {
  const tag = lexiconTag(word);
  return tag !== '' && !/Name$|^(Person|Place|City|Country|Region|Organization)$/.test(tag);
}

/** A verb form compromise knows, or a regular past tense ("covered", "demoed"). */
export function isVerb(word: string): boolean {
  const tag = lexiconTag(word);
  if (/Verb|Tense|Participle|Gerund|Infinitive|Copula|Modal|Auxiliary/.test(tag)) return true;
  return tag === '' && /^[a-z]+(ed|ing)$/.test(word);
}

/** Text (a block, or one word) tagged by PARSE_HOOKS: the one way extraction runs compromise. */
function tagged(text: string) {
  return nlp.tokenize(text).compute(PARSE_HOOKS);
}

/** A word test run once per distinct word: compromise's tagging is the cost. */
function memoized(test: (word: string) => boolean): (word: string) => boolean {
  const cache = new Map<string, boolean>();
  return (word) => {
    let known = cache.get(word);
    if (known === undefined) {
      known = test(word);
      cache.set(word, known);
    }
    return known;
  };
}

/** An English word compromise knows or can tag as an adjective, verb or adverb: "terrible", "nope". */
export const isOrdinaryWord = memoized(
  (word) => isCommonWord(word) || tagged(word).has('(#Adjective|#Verb|#Adverb|#Expression|#Determiner|#Preposition)'),
);

/**
 * A word that describes rather than names: a role ("User", "Mentor"), an adjective or
 * demonym ("Spanish", "Asian"), a place or a time ("Season"): "Acme User" is no product.
 */
export const isDescriptiveWord = memoized((word) => tagged(word).has('(#Actor|#Adjective|#Demonym|#Place|#Date)'));

/** A word compromise tags as an adjective: "new", "experimental". */
export const isAdjective = memoized((word) => tagged(word).has('#Adjective'));

/** A word compromise tags as an adverb: "More", "Everywhere" close a list without naming a thing. */
export const isAdverb = memoized((word) => tagged(word).has('#Adverb'));
