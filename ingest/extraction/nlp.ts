// The one place compromise is configured: sentence splitting and word knowledge
// (first names, surnames, common English words, verbs) for the extraction rules.
import nlp from 'compromise';

type Lex = Record<string, string | string[] | undefined>;
const lexicon = (nlp.world() as unknown as { model: { one: { lexicon: Lex } } }).model.one.lexicon;

// compromise calls some tech words people or places; these never are in our field.
nlp.addWords({ linux: 'Noun', openstack: 'Noun', xen: 'Noun', fedora: 'Noun', summit: 'Noun' });

export interface SentenceSpan {
  text: string;
  start: number;
}

/** Splits a block of plain text into sentences with their offsets in the block. */
export function splitSentences(text: string): SentenceSpan[] {
  if (!text.trim()) return [];
  const json = nlp(text).json({ offset: true }) as Array<{
    text: string;
    offset: { start: number; length: number };
  }>;
  return json.map((s) => ({ text: text.slice(s.offset.start, s.offset.start + s.offset.length), start: s.offset.start }));
}

const tagCache = new Map<string, string>();

/** compromise's lexicon tag for a word (lower-cased), or '' when it does not know the word. */
export function lexiconTag(word: string): string {
  const key = word.toLowerCase();
  let tag = tagCache.get(key);
  if (tag === undefined) {
    const raw = lexicon[key];
    tag = Array.isArray(raw) ? raw[0] ?? '' : raw ?? '';
    tagCache.set(key, tag);
  }
  return tag;
}

/** "Konrad", "Calista" → true; "Major" (an adjective first) → false. */
export function isFirstName(word: string): boolean {
  return /^(MaleName|FemaleName|FirstName)$/.test(lexiconTag(word));
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
