// Decides which event a write-up is about: from the title first ("Red Hat Summit 2012:
// Thursday", "IBM Edge 2016: Day 1 Recap"), else from the opening paragraph; the post date
// gives the year when the text does not.
import type { EventRef, Post } from '../../src/domain/model.js';
import type { Sentence } from '../document/build-document.js';
import { findMentions, type DetectOptions } from './mentions.js';
import { isCommonWord } from '../document/nlp.js';
import { isCapitalized, tokenize } from './tokens.js';

/** Words in a title that say the post reports on an event. */
const REPORT_WORDS = /\b(recap|day\s+(one|two|three|\d)|highlights|wrap-?up|notes|report|keynotes?|sessions?|trip|summary|takeaways|live)\b/i;

const THERE = /\b(attending|enjoying|wrapped up|kicked off|this week|here at|I'?m at|I am at|we are at|live from)\b/i;

/** The event the post covers, or null when it is not about one event. */
export function detectEvent(post: Post, sentences: Sentence[], opts: DetectOptions): EventRef | null {
  const fromTitle = eventFromTitle(post, opts);
  if (fromTitle) return fromTitle;
  // Only an opening sentence that reports being there: "I'm enjoying the X Summit this week".
  const opening = sentences.filter((s) => s.block === 0 && s.kind === 'paragraph' && THERE.test(s.text));
  for (const s of opening) {
    const m = findMentions({ text: s.text, links: s.links, heading: false }, opts).find((x) => x.type === 'Event');
    if (m) {
      return { name: m.canonical, year: m.year ?? yearOf(post) };
    }
  }
  return null;
}

function eventFromTitle(post: Post, opts: DetectOptions): EventRef | null {
  const title = post.title;
  const mention = findMentions({ text: title, links: [], heading: false }, opts).find((m) => m.type === 'Event');
  const titleYear = /\b((?:19|20)\d\d)\b/.exec(title);
  if (mention) return { name: mention.canonical, year: mention.year ?? (titleYear ? Number(titleYear[1]) : yearOf(post)) };
  // "Less than a week until Fedora Flock 2015", "See you at Acme Days 2019": going to one.
  const going = titleYear && /\b(at|until|to|for|from)\s+(the\s+)?(\p{Lu}[\p{L}.]*\s+){1,4}$/u.test(title.slice(0, titleYear.index));
  if (!titleYear || !(REPORT_WORDS.test(title) || going)) return null;
  // "IBM Edge 2016: Day 1 Recap": the capitalized words right before the year name the event.
  const before = tokenize(title.slice(0, titleYear.index));
  const words: string[] = [];
  for (let i = before.length - 1; i >= 0 && isCapitalized(before[i]!.text); i--) {
    if (i > 0 && title.slice(before[i - 1]!.end, before[i]!.start) !== ' ') {
      words.unshift(before[i]!.text);
      break;
    }
    words.unshift(before[i]!.text);
  }
  while (words.length && isCommonWord(words[0]!) && !opts.lexicon.byForm.has(words[0]!.toLowerCase())) words.shift();
  if (words.length === 0 || words.length > 5) return null;
  // "Moving to Windows 2000": a product with a year is no event.
  const known = opts.lexicon.byForm.get(words.join(' ').toLowerCase());
  if (known && known.type !== 'Event') return null;
  return { name: words.join(' '), year: Number(titleYear[1]) };
}

function yearOf(post: Post): number | null {
  const m = post.date ? /^(\d{4})/.exec(post.date) : null;
  return m ? Number(m[1]) : null;
}
