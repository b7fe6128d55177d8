// Finds who spoke in a write-up and the span of text that describes each talk.
// "George Dunlap talked about ...", "Dan Walsh's session", "keynote by Jim Whitehurst",
// "[Title] from Thomas Cameron", "I co-presented with Nikolai" (I = the post's author).

import { formsOf } from '../../src/domain/talk-vocabulary.js';
import type { Sentence } from '../document/build-document.js';
import { AUXILIARIES, asideEnd, ROLE_WORDS, SPEAKER_VERBS, TALK_NOUN_VERBS, TALK_NOUNS } from '../extraction/cues.js';
import { type Token, tokenize } from '../extraction/tokens.js';
import type { ResolvedMention } from '../resolution/resolve-post.js';
import { type LayoutCue, layoutCues } from './layout-cues.js';
import { ownWords } from './quoted-speech.js';

export interface Talk {
  speakers: string[];
  /** Sentence that states the talk: its evidence. */
  sentence: number;
  /** Sentences whose named things the talk is about. */
  span: number[];
  title: string | null;
  /** In the cue sentence, the characters [start, end) this talk owns when the sentence holds several. */
  clause?: { start: number; end: number };
}

/** Words a subject's run may hold besides the auxiliaries and adverbs of the talk vocabulary. */
const SKIP_WORDS = new Set(['from', 'of', 'at', 'the', 'and', 'own', 'who']);
const PRONOUN = /\b(he|she|his|her)\b/i;
const FIRST_PLURAL = /\b(we|our)\b/i;
const FIRST_SINGULAR = /\b(I|my)\b/;
const TIME_TO_TALK = /\btime to (talk|speak|present|demo|explain|show)\b/i;
const HANDOVER = /\b(followed by|next up|then came|handed over to)\b/i;
const AUTHOR_TALK =
  /\bI\b[^.?!]*?\b(co-?present(ed|ing)|presented(?!\s+by\b)|am presenting|spoke|am speaking|gave (a|my|the|two|three)\b[^.?!]*?\b(talks?|presentations?|keynote)|shared (a|my|the|two|three)\b[^.?!]*?\btalks?)/i;
/** A section's signature line: "by Ana" (a schedule's "Ana Lima (Acme)" line is no signature). */
const SIGNATURE = /^\s*by\s/i;

/** The author presented only when they say so plainly: "I talked about", not "I explored". */
const AUTHOR_SPEAKS = formsOf(
  [
    'talk',
    'speak',
    'present',
    'co-present',
    'copresent',
    'keynote',
    'demo',
    'lecture',
    'cover',
    'discuss',
    'demonstrate',
    'explain',
    'describe',
  ].map((lemma) => ({
    lemma: lemma === 'speak' ? 'speak' : lemma,
    ...(lemma === 'speak' ? { irregular: ['spoke'] } : {}),
  })),
);
const MY_TALKS = /^(my|our) (talks|presentations|sessions)\b/i;

/**
 * All talks of a post, in order; `author` is the post author's entity id, if any. In a post
 * that `coversEvent`, the author's own talk goes on through their first-person paragraphs.
 * `writers` are the ids of all its authors: a section they sign ("## My Day" then "by Ana")
 * is their writing, not a talk.
 */
export function findTalks(
  sentences: Sentence[],
  mentions: ResolvedMention[][],
  author: string | null,
  coversEvent = false,
  writers: string[] = [],
): Talk[] {
  const cues: Talk[] = [];
  const own = ownWords(sentences);
  for (const s of sentences) {
    const ms = mentions[s.index] ?? [];
    const laid = layoutCues(
      s,
      ms.filter((m) => m.type === 'Person'),
      sentences,
    ).filter((c) => !(writers.includes(c.speaker) && SIGNATURE.test(s.text)));
    for (const cue of laid) {
      // Co-presenters on one line are one talk with several speakers.
      const same = cues.find(
        (c) => c.sentence === s.index && c.title === (cue.title ?? titleIn(s)) && !c.speakers.includes(cue.speaker),
      );
      if (same) same.speakers.push(cue.speaker);
      else cues.push(laidTalk(sentences, s, cue));
    }
    const asides = new Map<string, number>();
    const speakers = speakersIn(s, ms, own[s.index] ?? s.text, author, asides).filter(
      (p) => !laid.some((c) => c.speaker === p),
    );
    const title = titleIn(s) ?? leadingTitle(sentences, s);
    for (const clause of clauses(s, ms, speakers)) {
      // "Ana Lima, a Fedora packager, presented Ceph": the aside describes her, not the talk.
      const aside = clause.speakers.length === 1 ? asides.get(clause.speakers[0]!) : undefined;
      const range = clause.range ?? (aside ? { start: aside, end: s.text.length } : undefined);
      cues.push({ speakers: clause.speakers, sentence: s.index, span: [], title, ...(range ? { clause: range } : {}) });
    }
  }
  const authorSection = author ? myTalksSection(sentences, author) : [];
  const talks = [...cues, ...authorSection];
  const merged = mergeSharedSpeakers(sentences, talks);
  assignSpans(sentences, mentions, merged, coversEvent ? author : null, author);
  return merged.sort((a, b) => a.sentence - b.sentence);
}

/** A talk placed by layout; one under its own heading is about its whole section. */
function laidTalk(sentences: Sentence[], s: Sentence, cue: LayoutCue): Talk {
  const title = cue.title ?? titleIn(s);
  if (cue.span) return { speakers: [cue.speaker], sentence: s.index, span: cue.span, title };
  if (!cue.ownsSection) return { speakers: [cue.speaker], sentence: s.index, span: [], title };
  const heading = sentences.find((x) => x.block === s.block - 1)!;
  const span = [
    heading.index,
    ...sentences
      .filter((x) => x.block >= s.block && x.section === heading.text && x.kind !== 'heading')
      .map((x) => x.index),
  ];
  return { speakers: [cue.speaker], sentence: s.index, span, title };
}

/**
 * "Ana Lima covered Ceph, while Bo Chen addressed Rust": speakers with a clause each own the
 * text from their name to the next speaker's; co-speakers ("Ana Lima and Bo Chen") share one.
 */
function clauses(
  s: Sentence,
  ms: ResolvedMention[],
  speakers: string[],
): Array<{ speakers: string[]; range?: { start: number; end: number } }> {
  if (speakers.length < 2) return speakers.length ? [{ speakers }] : [];
  const firstAt = (id: string) => ms.find((m) => m.entity === id)?.start ?? -1;
  const placed = speakers
    .map((id) => ({ id, at: firstAt(id) }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => a.at - b.at);
  if (placed.length < speakers.length) return [{ speakers }];
  const groups: Array<{ speakers: string[]; start: number }> = [];
  for (const x of placed) {
    const last = groups.at(-1);
    const prev = last ? ms.find((m) => m.entity === last.speakers.at(-1))! : null;
    const between = prev ? s.text.slice(prev.end, x.at) : '';
    if (last && !opensClause(between)) last.speakers.push(x.id);
    else groups.push({ speakers: [x.id], start: groups.length ? x.at : 0 });
  }
  if (groups.length === 1) return [{ speakers: groups[0]!.speakers }];
  return groups.map((g, k) => ({
    speakers: g.speakers,
    range: { start: g.start, end: groups[k + 1]?.start ?? s.text.length },
  }));
}

/** Text between two speakers that starts a clause of its own: a verb, "while", ";". */
function opensClause(between: string): boolean {
  if (/\b(while|whereas)\b|;/.test(between)) return true;
  return tokenize(between).some(
    (t) => SPEAKER_VERBS.has(t.text.toLowerCase()) || TALK_NOUN_VERBS.has(t.text.toLowerCase()),
  );
}

/**
 * Speakers cued in `s`; `own` is its text outside quotes, where the author's first person counts.
 * `asides` gets where the talk's words start for a speaker whose verb came after an aside.
 */
function speakersIn(
  s: Sentence,
  ms: ResolvedMention[],
  own: string,
  author: string | null,
  asides: Map<string, number>,
): string[] {
  const tokens = tokenize(s.text);
  const found = new Set<string>();
  const persons = ms.filter((m) => m.type === 'Person');
  for (const p of persons) {
    const after = verbCue(s.text, tokens, ms, p, asides);
    if (after) for (const id of after) found.add(id);
    else if (possessiveCue(s, tokens, p) || byCue(s, tokens, p) || pronounCue(s, p, persons)) found.add(p.entity);
    const clauseEnd = relativeClauseEnd(s.text, tokens, p);
    if (clauseEnd && !asides.has(p.entity)) asides.set(p.entity, clauseEnd);
  }
  // "from Dan Walsh and Roland Wolters", "Greg DeKoenigsberg and James Cammarata": co-speakers.
  for (let k = 1; k < persons.length; k++) {
    const prev = persons[k - 1]!;
    if (found.has(prev.entity) && /^['’]?s?\s*(,|and|&|, and)\s*$/.test(s.text.slice(prev.end, persons[k]!.start)))
      found.add(persons[k]!.entity);
  }
  // "Jeremy helped Konrad answer questions and their presentation was ...": all of them spoke.
  if (persons.length >= 2 && /\b(their|joint)\s+(\w+\s+)?(talk|presentation|session|keynote|demo)/i.test(s.text)) {
    for (const p of persons) found.add(p.entity);
  }
  if (author && (AUTHOR_TALK.test(own) || authorSpeaks(tokenize(own)))) {
    found.add(author);
    // "I co-presented a talk with one of my teammates, Nikolai": the partner speaks too.
    if (/co-?present/i.test(s.text)) for (const p of persons) found.add(p.entity);
  }
  return [...found];
}

/**
 * The author as speaker in the first person: "I kicked off the day with a keynote talk",
 * "I'll be doing the talk again", "drop by my talk on Tuesday". Not "my favorite talk", not
 * "I talked to people".
 */
function authorSpeaks(tokens: Token[]): boolean {
  const words = tokens.map((t) => t.text.toLowerCase());
  for (let i = 0; i < words.length; i++) {
    if (words[i] === 'my' && /^(talk|keynote|presentation|session|slides|lightning|workshop)$/.test(words[i + 1] ?? ''))
      return true;
    if (!/^(i|i'll|i'm|i've|i’ll|i’m)$/.test(words[i]!)) continue;
    for (let j = i + 1; j < Math.min(words.length, i + 5); j++) {
      const w = words[j]!;
      if (AUTHOR_SPEAKS.has(w) && !/^(to|with)$/.test(words[j + 1] ?? '')) return true;
      if (
        TALK_NOUN_VERBS.has(w) &&
        words
          .slice(j + 1, j + 8)
          .some((n) => /^(talk|keynote|presentation|session|demo|workshop|lab|tutorial)$/.test(n))
      )
        return true;
    }
  }
  return false;
}

/** "Andy McCrae and Jeff Young had a talk ...": the subject names before a speaker verb. */
function verbCue(
  text: string,
  tokens: Token[],
  ms: ResolvedMention[],
  p: ResolvedMention,
  asides: Map<string, number>,
): string[] | null {
  const group = [p.entity];
  let i = tokens.findIndex((t) => t.start >= appositiveEnd(text, p.end));
  // Names do not count toward the hops: "Ana Lima (Acme), Bo Chen (Quux), ... and Li Wei (Frob) share ...".
  for (let hops = 0; i >= 0 && i < tokens.length && hops < 10; i++) {
    const t = tokens[i]!;
    const inside = ms.find((m) => t.start >= m.start && t.end <= m.end);
    if (inside) {
      if (inside.type === 'Person' && !group.includes(inside.entity)) group.push(inside.entity);
      continue;
    }
    hops++;
    const word = t.text.toLowerCase();
    if (SKIP_WORDS.has(word) || AUXILIARIES.has(word)) continue;
    const gap = i > 0 ? text.slice(tokens[i - 1]!.end, t.start) : '';
    // "Ana Lima of Peru, a Quux maintainer, presented": an aside between the subject's place and its verb.
    const aside = gap.trim() === ',' && hops > 1 ? asideEnd({ tokens, s: { text } }, i - 1) : i - 1;
    if (aside > i - 1) {
      i = aside;
      asides.set(p.entity, tokens[aside]!.end);
      continue;
    }
    // "Ana Lima, Bo Chen, and Kiwibot will present": an unknown handle in the list of subjects.
    if (/^\p{Lu}/u.test(t.text) && (/,/.test(gap) || tokens[i - 1]?.text === 'and')) continue;
    if (SPEAKER_VERBS.has(word)) return group;
    if (TALK_NOUN_VERBS.has(word) && tokens.slice(i + 1, i + 8).some((n) => TALK_NOUNS.has(n.text.toLowerCase())))
      return group;
    return null;
  }
  return null;
}

/**
 * "Bo Chen, who founded Quux, which makes Frobnik, will give a keynote": where a relative clause
 * about the speaker ends (at the comma before the main verb), so what it names is no topic.
 */
function relativeClauseEnd(text: string, tokens: Token[], p: ResolvedMention): number | null {
  if (!/^,\s+who\s/.test(text.slice(p.end))) return null;
  const after = tokens.filter((t) => t.start > p.end);
  for (let k = 1; k < after.length; k++) {
    const word = after[k]!.text.toLowerCase();
    const verb = AUXILIARIES.has(word) || SPEAKER_VERBS.has(word) || TALK_NOUN_VERBS.has(word);
    if (verb && text.slice(after[k - 1]!.end, after[k]!.start).trim() === ',') return after[k - 1]!.end;
  }
  return null;
}

/** Longest description between commas after a subject: "Ana Lima, Release Manager at Acme, will present". */
const APPOSITIVE = /^\s*,([^,.;:()]{3,60}),\s*/;

/** Words opening a relative clause about the subject: "Ana Lima, who works at Acme, will present". */
const RELATIVE_OPENERS = new Set(['who', 'whose']);

/** Where the subject's words go on after an appositive naming a role ("…, CTO at Acme,") or a relative clause, else `end`. */
function appositiveEnd(text: string, end: number): number {
  const m = APPOSITIVE.exec(text.slice(end));
  const words = m ? m[1]!.trim().split(/\s+/) : [];
  const describes = words.some((w) => ROLE_WORDS.test(w)) || RELATIVE_OPENERS.has(words[0]?.toLowerCase() ?? '');
  return m && words.length <= 8 && describes ? end + m[0].length : end;
}

/** "Dan Walsh's session", "Laura Abbott's "Monsters, Ghosts, and Bugs"", "Sergei's Keynote". */
function possessiveCue(s: Sentence, tokens: Token[], p: ResolvedMention): boolean {
  if (!p.possessive) return false;
  const rest = s.text.slice(p.end).replace(/^['’]s?/, '');
  if (/^\s*[["“]/.test(rest)) return true;
  const next = tokens.filter((t) => t.start >= p.end).slice(0, 3);
  // "Calista Redmond's OpenPower Revolution in the Datacenter": a title-cased talk title.
  const titled = next.length >= 2 && next.slice(0, 2).every((t) => /^\p{Lu}/u.test(t.text)) && /^\s+\S+ \S+/.test(rest);
  return (
    titled ||
    next.some((t) => TALK_NOUNS.has(t.text.toLowerCase())) ||
    s.links.some((l) => l.start > p.end && l.start - p.end <= 3)
  );
}

/** "found Thomas Cameron to thank him for the SELinux session he ran": the last name before it. */
function pronounCue(s: Sentence, p: ResolvedMention, persons: ResolvedMention[]): boolean {
  const m =
    /\b(talk|session|keynote|presentation|demo|lab|workshop)\s+(that\s+)?(he|she)\s+(ran|gave|did|led|presented|delivered|hosted|taught)\b/i.exec(
      s.text,
    );
  // "Bo Chen, who founded Quux, will give a keynote, and his talk will focus on ...": his talk is Bo's.
  const own = m ?? /\b(his|her)\s+(\w+\s+)?(talk|session|keynote|presentation|demo|workshop)\b/i.exec(s.text);
  if (!own) return false;
  const before = persons.filter((q) => q.end <= own.index);
  return before.at(-1) === p;
}

/** "keynote by Jim Whitehurst", "the last presentation was from Stefano", "[Title] from Thomas Cameron". */
/** Participles that make whoever comes after "by" a speaker: "presented by Ana Lima", "led by Bo". */
const PASSIVE_TALK_VERBS = new Set([
  'presented',
  'co-presented',
  'given',
  'delivered',
  'led',
  'hosted',
  'conducted',
  'moderated',
  'held',
  'taught',
  'demoed',
  'demonstrated',
  'run',
]);

function byCue(s: Sentence, tokens: Token[], p: ResolvedMention): boolean {
  // "a keynote from Acme's Bo Chen": the speaker's organization may stand between.
  // "a keynote from Tropic Quux's CEO Bo Chen": and a role.
  const before = s.text
    .slice(0, p.start)
    .replace(/\s(\S+)\s+$/, (all, w: string) => (ROLE_WORDS.test(w) ? ' ' : all))
    .replace(/(\s\p{Lu}[\p{L}\d.-]*)+['’]s?\s+$/u, ' ')
    .replace(/\s\S+['’]s?\s+$/, ' ');
  if (!/\b(by|from|with)\s+$/i.test(before)) return false;
  // "examples presented by Ana Lima", "a session conducted by Ana Lima": a talk verb in the passive.
  const passive = /\b([\p{L}-]+)\s+by\s+$/iu.exec(before)?.[1]?.toLowerCase();
  if (passive && PASSIVE_TALK_VERBS.has(passive)) return true;
  // A list item continued after its linked title: "[Title?] from Dan Walsh" split at the "?".
  if (s.kind === 'list-item' && /^\s*from\s+$/i.test(before)) return true;
  const earlier = tokens.filter((t) => t.end <= p.start);
  if (earlier.some((t) => TALK_NOUNS.has(t.text.toLowerCase()))) return true;
  // A list item that opens with a linked or quoted title: "[Container security] from Dan Walsh".
  return s.kind === 'list-item' && (s.links.some((l) => l.start <= 2) || /^["“]/.test(s.text));
}

function titleIn(s: Sentence): string | null {
  const quoted = /["“]([^"”]{6,120}?)[.,]?["”]/.exec(s.text);
  if (quoted) return quoted[1]!.trim();
  const lead =
    s.kind === 'list-item' ? s.links.find((l) => l.start <= 2 && l.text.split(/\s+/).length >= 2) : undefined;
  return lead ? lead.text.trim() : null;
}

/**
 * "Konrad Wilk talked about ... Jeremy Fitzhardinge helped Konrad ... their presentation": a
 * later cue in the same block that shares a speaker is the same talk, with more speakers.
 */
function mergeSharedSpeakers(sentences: Sentence[], talks: Talk[]): Talk[] {
  const out: Talk[] = [];
  for (const t of [...talks].sort((a, b) => a.sentence - b.sentence)) {
    const block = sentences[t.sentence]!.block;
    const earlier = t.span.length
      ? undefined
      : out.find(
          (o) =>
            !o.span.length && sentences[o.sentence]!.block === block && o.speakers.some((p) => t.speakers.includes(p)),
        );
    if (earlier) earlier.speakers = [...new Set([...earlier.speakers, ...t.speakers])];
    else out.push(t);
  }
  return out;
}

/** "[Docker versus systemd?] from Dan Walsh" split at the "?": the item's opening link is the title. */
function leadingTitle(sentences: Sentence[], s: Sentence): string | null {
  if (s.kind !== 'list-item') return null;
  const first = sentences.find((x) => x.block === s.block);
  const lead = first?.links.find((l) => l.start <= 2 && l.text.split(/\s+/).length >= 2);
  return lead ? lead.text.trim() : null;
}

/** A "My talks" section: each list item under it is one of the author's talks. */
function myTalksSection(sentences: Sentence[], author: string): Talk[] {
  return sentences
    .filter(
      (s) => s.kind === 'list-item' && MY_TALKS.test(s.section) && !/^(video|slides|recording)s?$/i.test(s.text.trim()),
    )
    .map((s) => ({ speakers: [author], sentence: s.index, span: [s.index], title: s.text.trim() }));
}

/**
 * A talk is about what its paragraph names: each cue owns the sentences up to the next cue of
 * its block (the opening ones go to the first cue). A cue in a heading owns its section; a
 * following paragraph with no cue of its own continues the talk when it names only the same
 * speakers or no one but a he/she.
 */
function assignSpans(
  sentences: Sentence[],
  mentions: ResolvedMention[][],
  talks: Talk[],
  reporter: string | null,
  author: string | null,
): void {
  const byBlock = new Map<number, Talk[]>();
  for (const t of talks) {
    if (t.span.length) continue;
    const block = sentences[t.sentence]!.block;
    byBlock.set(block, [...(byBlock.get(block) ?? []), t]);
  }
  for (const [block, cues] of byBlock) {
    cues.sort((a, b) => a.sentence - b.sentence);
    const inBlock = sentences.filter((s) => s.block === block);
    for (const s of inBlock) {
      // Talks cued in the same sentence each own it (their clauses split it between them).
      const here = cues.filter((c) => c.sentence === s.index);
      const earlier = [...cues].reverse().find((c) => c.sentence <= s.index);
      // The opening sentence goes to the first cue only when that cue follows right after it and it names no one else.
      const others = (mentions[s.index] ?? []).some(
        (m) => m.type === 'Person' && !cues[0]!.speakers.includes(m.entity),
      );
      const first = cues[0]!.sentence - s.index <= 1 && !others ? cues[0] : undefined;
      const owners = here.length ? here : [earlier ?? first].filter((c): c is Talk => c !== undefined);
      for (const owner of owners) owner.span.push(s.index);
    }
    const last = cues.at(-1)!;
    const head = sentences.find((s) => s.block === block)!;
    if (head.kind === 'heading') {
      for (const s of sentences)
        if (s.block > block && s.section === head.text && s.kind !== 'heading') last.span.push(s.index);
    } else {
      continueIntoNextBlocks(sentences, mentions, last, block, byBlock, author, reporter);
    }
  }
}

/** "We then ...", "I quickly mentioned ...", "there was time to talk about ...": the author's talk goes on. */
function authorGoesOn(text: string): boolean {
  return FIRST_PLURAL.test(text) || FIRST_SINGULAR.test(text) || TIME_TO_TALK.test(text);
}

function continueIntoNextBlocks(
  sentences: Sentence[],
  mentions: ResolvedMention[][],
  talk: Talk,
  block: number,
  cued: Map<number, Talk[]>,
  author: string | null,
  reporter: string | null,
): void {
  const authorSpeaks = author !== null && talk.speakers.includes(author);
  const reporterSpeaks = reporter !== null && talk.speakers.includes(reporter);
  const maxBlock = sentences.at(-1)?.block ?? block;
  for (let b = block + 1; b <= maxBlock && !cued.has(b); b++) {
    const inBlock = sentences.filter((s) => s.block === b);
    if (inBlock.length === 0) continue;
    if (inBlock[0]!.kind === 'heading') return;
    const people = new Set(
      inBlock.flatMap((s) => (mentions[s.index] ?? []).filter((m) => m.type === 'Person').map((m) => m.entity)),
    );
    const same = people.size > 0 && [...people].every((p) => talk.speakers.includes(p));
    const pronoun =
      people.size === 0 &&
      inBlock.some(
        (s) =>
          PRONOUN.test(s.text) ||
          (authorSpeaks && FIRST_PLURAL.test(s.text)) ||
          (reporterSpeaks && authorGoesOn(s.text)),
      );
    // "Jim was followed by a SVP from IBM": the next talk starts here, not more of Jim's.
    if ((!same && !pronoun) || inBlock.some((s) => HANDOVER.test(s.text))) return;
    talk.span.push(...inBlock.map((s) => s.index));
  }
}
