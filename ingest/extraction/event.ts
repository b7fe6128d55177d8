// Decides which event a write-up is about: from the title first ("Red Hat Summit 2012:
// Thursday", "IBM Edge 2016: Day 1 Recap"), else from the opening paragraph; the post date
// gives the year when the text does not.
import type { EventRef, Post } from '../../src/domain/model.js';
import { formsOf, SPEAKER_VERBS, TALK_NOUN_FORMS } from '../../src/domain/talk-vocabulary.js';
import type { Sentence } from '../document/build-document.js';
import { isCommonWord } from '../document/nlp.js';
import { EVENT_WORDS } from './cues.js';
import { eventHeadEnd, leadsOff } from './event-shapes.js';
import { type DetectOptions, findMentions } from './mentions.js';
import { isCamelCase, isCapitalized, tokenize } from './tokens.js';

/** Words in a title that say the post reports on an event. */
const REPORT_WORDS =
  /\b(recap|day\s+(one|two|three|\d)|highlights|wrap-?up|notes|report|keynotes?|sessions?|trip|summary|takeaways|live)\b/i;

const THERE =
  /\b(attending|enjoying|wrapped up|kicked off|this week|here at|I'?m at|I am at|we are at|live from)\b|^(At|During)\s/i;

/** The event the post covers, or null when it is not about one event. */
export function detectEvent(post: Post, sentences: Sentence[], opts: DetectOptions): EventRef | null {
  const fromTitle =
    eventFromTitle(post, opts) ??
    eventNamedByTitleWord(post, sentences, opts) ??
    eventHeadingTitle(post, sentences, opts);
  if (fromTitle) return { ...fromTitle, name: bodySpelling(fromTitle.name, sentences, opts) };
  // Only an opening sentence that reports being there: "I'm enjoying the X Summit this week".
  const opening = sentences.filter((s) => s.block === 0 && s.kind === 'paragraph' && THERE.test(s.text));
  for (const s of opening) {
    const m = findMentions({ text: s.text, links: s.links, heading: false }, opts).find((x) => x.type === 'Event');
    if (m) {
      return { name: m.canonical, year: m.year ?? yearOf(post) };
    }
  }
  return groupMeeting(post, sentences, opts);
}

/** A user group's name: "Quux Python User Group", "QuuxLUG", "Sydney GTUG". */
const USER_GROUP = /\b(?:Users?|Developers?)\s+Group$|\p{Lu}UG$/u;

const SPEAKING = formsOf(SPEAKER_VERBS);
const AT_WORD = /\bat\b/i;
/** What a sentence must hold for a USER_GROUP name to be found in it ("Group", "GTUG"). */
const GROUP_WORD = /Group|\p{Lu}UG\b/u;

/**
 * "Ana Lima and Bo Chen each presented at the Quux Python User Group": in the opening, the
 * user group someone spoke at is the meeting the post covers, in the post's year.
 */
function groupMeeting(post: Post, sentences: Sentence[], opts: DetectOptions): EventRef | null {
  const opening = sentences.slice(0, OPENING_SENTENCES).filter((s) => s.kind === 'paragraph');
  for (const s of opening) {
    // Most openings name no group: only one that says "at" and a group word is read again.
    if (!AT_WORD.test(s.text) || !GROUP_WORD.test(s.text)) continue;
    const m = findMentions({ text: s.text, links: s.links, heading: false }, opts).find(
      (x) => x.type === 'Organization' && USER_GROUP.test(x.canonical),
    );
    const before = m ? tokenize(s.text.slice(0, m.start)).map((t) => t.text.toLowerCase()) : [];
    if (before.at(-1) === 'the') before.pop();
    const verb = before.at(-2) ?? '';
    if (m && before.at(-1) === 'at' && (SPEAKING.has(verb) || TALK_NOUN_FORMS.has(verb)))
      return { name: m.canonical, year: yearOf(post, opening) };
  }
  return null;
}

/** Sentences at the start of a post where its event is named, if it names one. */
const OPENING_SENTENCES = 4;

/** Words in the opening that say the post is about a gathering. */
const GATHERING =
  /\b(conference|summit|meetup|workshop|event|gathering|attendees|talks|speakers|keynotes?|sessions)\b/i;

/**
 * "Summit Draws Record Crowd": a title whose event word stands alone is about the event of
 * that kind the opening names ("... the first Acme America Summit ...").
 */
function eventNamedByTitleWord(post: Post, sentences: Sentence[], opts: DetectOptions): EventRef | null {
  const word = titleEventWord(post.title);
  if (!word) return null;
  return openingEvent(sentences, opts, (m) => m.surface.split(' ').includes(word), post);
}

/** The title's event word: "Summit", or the last word of a two-word head however the title cases it ("Install party"). */
function titleEventWord(title: string): string | undefined {
  const tokens = tokenize(title);
  const single = tokens.find((t) => EVENT_WORDS.test(t.text))?.text;
  if (single) return single;
  const cased = tokens.map((t) => ({ text: t.text.charAt(0).toUpperCase() + t.text.slice(1) }));
  const k = cased.findIndex((_, i) => eventHeadEnd(cased, i) >= 0);
  return k >= 0 ? cased[k + 1]!.text : undefined;
}

/** "Acmecon: gophers in the city": a one-word name heading the title, named again in an opening about a gathering. */
function eventHeadingTitle(post: Post, sentences: Sentence[], opts: DetectOptions): EventRef | null {
  const head = /^([\p{Lu}][\p{L}\p{N}]+(?:\s[\p{Lu}][\p{L}\p{N}]+)??)\s*(?::|\s[—–-]\s|\s(?:Trip\s)?Report\b)/u.exec(
    post.title,
  )?.[1];
  if (!head || isCommonWord(head) || opts.lexicon.byForm.get(head.toLowerCase())?.type === 'Project') return null;
  const opening = sentences.slice(0, OPENING_SENTENCES);
  // "Acmecon: ..." over an opening about "the first Go conference in the city": a one-word
  // coined name (camel case) need not be repeated.
  const named = opening.some((s) => s.text.includes(head)) || (isCamelCase(head) && !head.includes(' '));
  if (!named || !opening.some((s) => GATHERING.test(s.text))) return null;
  const year = new RegExp(`${head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+((?:19|20)\\d\\d)`).exec(
    opening.map((s) => s.text).join(' '),
  );
  return { name: head, year: year ? Number(year[1]) : yearOf(post, opening) };
}

function openingEvent(
  sentences: Sentence[],
  opts: DetectOptions,
  ok: (m: { surface: string }) => boolean,
  post: Post,
): EventRef | null {
  for (const s of sentences.slice(0, OPENING_SENTENCES)) {
    const m = findMentions({ text: s.text, links: s.links, heading: false }, opts).find(
      (x) => x.type === 'Event' && ok(x),
    );
    if (m) return { name: m.canonical, year: m.year ?? yearOf(post) };
  }
  return null;
}

function eventFromTitle(post: Post, opts: DetectOptions): EventRef | null {
  const title = post.title;
  const titleYear = /\b((?:19|20)\d\d)\b/.exec(title);
  // "Acme 2018 Mentor Summit": the year may stand inside the name.
  const yearless = titleYear
    ? `${title.slice(0, titleYear.index)}${title.slice(titleYear.index + 4)}`.replace(/\s+/g, ' ')
    : title;
  const found = [title, yearless].map((t) =>
    findMentions({ text: t, links: [], heading: false }, opts).find((m) => m.type === 'Event'),
  );
  const mention = found.filter((m) => m !== undefined).sort((a, b) => b.surface.length - a.surface.length)[0];
  if (mention)
    return { name: mention.canonical, year: mention.year ?? (titleYear ? Number(titleYear[1]) : yearOf(post)) };
  // "Less than a week until Fedora Flock 2015", "See you at Acme Days 2019": going to one.
  const going =
    titleYear &&
    /\b(at|until|to|for|from)\s+(the\s+)?(\p{Lu}[\p{L}.]*\s+){1,4}$/u.test(title.slice(0, titleYear.index));
  // "Acme UK 2015": a title that is only a name and a year names an event.
  const bare =
    titleYear &&
    /^(\p{Lu}[\p{L}.]*\s+){1,4}$/u.test(title.slice(0, titleYear.index)) &&
    !title.slice(titleYear.index + 4).trim();
  if (!titleYear || !(REPORT_WORDS.test(title) || going || bare)) return null;
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
  // "Notes From Strange Loop 2014": the name starts after the last function word, common words and all.
  const cut = words.length - 1 - [...words].reverse().findIndex(leadsOff);
  if (cut < words.length) words.splice(0, cut + 1);
  // "Strange Loop 2014 notes": so does a title that opens with the run.
  const whole = cut < words.length || title.startsWith(words.join(' '));
  while (!whole && words.length && isCommonWord(words[0]!) && !opts.lexicon.byForm.has(words[0]!.toLowerCase()))
    words.shift();
  if (words.length === 0 || words.length > 5) return null;
  // "Moving to Windows 2000": a product with a year is no event.
  const known = opts.lexicon.byForm.get(words.join(' ').toLowerCase());
  if (known && known.type !== 'Event') return null;
  return { name: words.join(' '), year: Number(titleYear[1]) };
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/**
 * The post date's year; an opening that says "last November" in a January post means the
 * year before.
 */
function yearOf(post: Post, opening: Sentence[] = []): number | null {
  const m = post.date ? /^(\d{4})-(\d\d)/.exec(post.date) : null;
  if (!m) return null;
  const last = /\b(?:[Ll]ast|[Tt]his past)\s+(\p{Lu}\p{Ll}+)/u.exec(opening.map((s) => s.text).join(' '));
  const month = last ? MONTHS.indexOf(last[1]!.toLowerCase()) : -1;
  return month >= 0 && month + 1 > Number(m[2]) ? Number(m[1]) - 1 : Number(m[1]);
}

/** Only letters and digits, lower case: "openSUSE.Asia Summit" and "openSUSE Asia Summit" agree. */
function folded(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The opening's own spelling of a name the title gives ("openSUSE.Asia Summit" over "openSUSE Asia Summit"). */
function bodySpelling(name: string, sentences: Sentence[], opts: DetectOptions): string {
  for (const s of sentences.slice(0, OPENING_SENTENCES)) {
    if (!s.text.includes(name.split(' ').at(-1)!)) continue;
    const m = findMentions({ text: s.text, links: s.links, heading: false }, opts).find(
      (x) => x.type === 'Event' && folded(x.canonical) === folded(name),
    );
    if (m) return m.canonical;
  }
  return name;
}
