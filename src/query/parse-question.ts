// Reads a question with compromise: its question word, the lemmas of its words (talked →
// talk, spoke → speak, gave → give), years, and what kind of answer it asks for.
import nlp from 'compromise';
import { QUESTION_TALK_LEMMAS } from '../domain/talk-vocabulary.js';

export type Want = 'speakers' | 'topics' | 'employer' | 'posts' | 'talks' | 'unknown';

export interface ParsedQuestion {
  text: string;
  questionWord: string | null;
  lemmas: Set<string>;
  years: number[];
  want: Want;
  /** Content words beyond the asking words ("intel", "keynote", "robotics"), for ranking. */
  content: string[];
}

const TALKING = QUESTION_TALK_LEMMAS;
/** Words after which the rest of a question is its topic. */
const TOPIC_OPENERS = new Set(['about', 'on', 'regarding']);
const WORKING = new Set(['work', 'employ', 'employer', 'company', 'organization', 'job']);
const POSTING = new Set(['post', 'article', 'blog', 'writeup', 'write-up', 'recap']);
const ASKING = new Set([
  'who',
  'what',
  'where',
  'which',
  'when',
  'how',
  'do',
  'did',
  'does',
  'be',
  'is',
  'was',
  'the',
  'a',
  'an',
  'at',
  'about',
  'on',
  'for',
  'of',
  'in',
  'to',
  'and',
]);

/** Parses `text`; never throws (an odd question is read as keywords). */
export function parseQuestion(text: string): ParsedQuestion {
  const doc = nlp(text);
  const terms = (doc.json() as Array<{ terms: Array<{ normal: string; tags: string[] }> }>).flatMap((s) => s.terms);
  const questionWord = terms.find((t) => t.tags.includes('QuestionWord'))?.normal ?? null;
  // Each verb's infinitive as compromise reads it, without toInfinitive() rewriting the document (half the parse).
  const verbs = (doc.verbs().json() as Array<{ text: string; verb?: { infinitive?: string } }>).map(
    (v) => v.verb?.infinitive ?? v.text,
  );
  // Each plural word on its own: "speakers xen summit" is one noun phrase to compromise.
  const nouns = terms.filter((t) => t.tags.includes('Plural')).map((t) => nlp(t.normal).nouns().toSingular().text());
  // A plural compromise read as a verb ("posts about X") still counts as its noun.
  const stems = terms
    .map((t) => t.normal)
    .filter((w) => /^[a-z]{4,}s$/.test(w))
    .map((w) => w.slice(0, -1));
  const lemmas = new Set<string>(
    [...verbs, ...nouns, ...stems, ...terms.map((t) => t.normal)].flatMap((w) => w.toLowerCase().split(/\s+/)),
  );
  const years = [...text.matchAll(/\b((?:19|20)\d\d)\b/g)].map((m) => Number(m[1]));
  const has = (set: Set<string>) => [...lemmas].some((l) => set.has(l));
  let want: Want = 'unknown';
  if (has(WORKING) && (questionWord === 'where' || questionWord === 'who' || lemmas.has('work'))) want = 'employer';
  else if (has(POSTING)) want = 'posts';
  else if (questionWord === 'what' && has(TALKING)) want = 'topics';
  else if (questionWord === 'which' && has(TALKING)) want = 'talks';
  else if (questionWord === 'who' || lemmas.has('speaker') || has(TALKING)) want = 'speakers';
  // Verbs of asking are dropped; nouns such as "keynote" or "robotics" stay: they rank answers.
  // After "about" or "on" comes the topic, verb-shaped words too: "who talked about distributed tracing".
  const topicFrom = terms.findIndex((t) => TOPIC_OPENERS.has(t.normal)) + 1 || terms.length;
  const content = terms
    .filter((t, i) => i >= topicFrom || !t.tags.includes('Verb'))
    .map((t) => t.normal.replace(/['’]s$/, ''))
    .filter((w) => w.length > 2 && !ASKING.has(w) && !/^(talks?|speakers?|posts?)$/.test(w));
  return { text, questionWord, lemmas, years, want, content };
}
