// Word-by-word rules: tech-shaped names, lone first names with a cue, company products,
// project links, front-matter tags, and lower-case names (credit2, libseccomp, linux-next).

import { foldForm } from '../../src/domain/name-fold.js';
import { isCommonWord, isDescriptiveWord, isFirstName, isVerb, lexiconTag } from '../document/nlp.js';
import { commaCompanyLine, personThenOrg } from './affiliation-shapes.js';
import { contextType } from './context-types.js';
import {
  EVENT_WORDS,
  NOT_NAME_WORDS,
  ROLE_WORDS,
  SPEAKER_VERBS,
  speakerVerbAfter,
  TALK_NOUN_VERBS,
  TALK_NOUNS,
} from './cues.js';
import { isEnglishMade, isEnglishWord } from './knowledge/data-packages.js';
import { linkCue } from './link-cues.js';
import { add, isNameListWord, linkAt, type Mention, type Scan } from './scan.js';
import { hasTechDigits, isAllCaps, isCamelCase, isCapitalized, type Token } from './tokens.js';

/** Word-by-word: tech shapes, lone first names with a speaker cue, possessive products, links, tags. */
export function classifyWords(scan: Scan, a: number, b: number): void {
  for (let i = a; i <= b; i++) {
    if (scan.taken[i]) continue;
    const t = scan.tokens[i]!;
    const m = classifyWord(scan, i, t);
    if (m) add(scan, i, i, m);
  }
}

function classifyWord(
  scan: Scan,
  i: number,
  t: Token,
): Omit<Mention, 'start' | 'end' | 'surface' | 'possessive'> | null {
  const word = t.base;
  if (AFFIXED.test(word)) return null;
  const { lexicon } = scan.opts;
  if (lexicon.acronyms.has(word) || lexicon.generic.has(foldForm(word)) || word.length < 2) return null;
  const link = linkAt(scan, i, i);
  const cue = link ? linkCue(word, link.url) : null;
  const extra = link ? { url: link.url } : {};
  if (isFirstName(word) && !isCommonWord(word) && (cue === 'person' || loneNameCue(scan, i))) {
    return { type: 'Person', canonical: word, confidence: 0.6, source: 'first-name', ...extra };
  }
  // "Ana Lima, Bo Chen, and Kiwibot will present": a handle closing a list of speaking people.
  if (
    isCapitalized(word) &&
    !isCommonWord(word) &&
    !lexicon.byForm.has(foldForm(word)) &&
    handleInSpeakerList(scan, i)
  ) {
    return { type: 'Person', canonical: word, confidence: 0.6, source: 'handle', ...extra };
  }
  // "Frobnix's Ana Lima will deliver ...", "Frobnix's Priya Raman": whoever owns a person is an organization.
  const next = scan.tokens[i + 1];
  if (
    t.possessive &&
    isCapitalized(word) &&
    !isCommonWord(word) &&
    next &&
    opensFullName(scan, i + 1) &&
    scan.s.text.slice(t.end, next.start) === ' '
  ) {
    return { type: 'Organization', canonical: word, confidence: 0.6, source: 'owner', ...extra };
  }
  if (/^(gen|v|ver|version|rev|r|no|q|h)\d+$/i.test(word)) return null;
  const shaped =
    isAllCaps(word) ||
    (isCamelCase(word) && !/^(Mc|Mac|De|Di|La|Le|Van)\p{Lu}/u.test(word)) ||
    hasTechDigits(word) ||
    DOMAIN_NAME.test(word);
  // "Carlos Mendez from HashiCorp": what a person is from is an organization.
  const from = scan.mentions.find(
    (m) => m.type === 'Person' && /^\s+from\s+(the\s+)?$/.test(scan.s.text.slice(m.end, t.start)),
  );
  if (from && isCapitalized(word))
    return { type: 'Organization', canonical: word, confidence: 0.6, source: 'person-from', ...extra };
  // "Speaker: Karl Obi, Quuxbrite": a company closing a speaker's line.
  if (scan.s.layout && companyClosingLine(scan, i))
    return { type: 'Organization', canonical: word, confidence: 0.6, source: 'person-tie', ...extra };
  // "Maelle Girard (Frobnicate)", "works at Quuxly", "the Frobnik project": a name in a typed place.
  const context =
    isCapitalized(word) && !isCommonWord(word)
      ? contextType(scan.s.text, scan.mentions, t.start, t.start + word.length)
      : null;
  if (context) return { type: context, canonical: word, confidence: 0.6, source: 'context', ...extra };
  if (shaped) return { type: 'Project', canonical: word, confidence: 0.6, source: 'shape', ...extra };
  if (cue === 'project') return { type: 'Project', canonical: word, confidence: 0.7, source: 'link', ...extra };
  const prev = scan.mentions.find(
    (m) =>
      m.end <= t.start &&
      m.possessive &&
      m.type === 'Organization' &&
      scan.s.text.slice(m.end, t.start).match(/^['’]?s?\s$/),
  );
  if (prev && isCapitalized(word) && !isCommonWord(word)) {
    return { type: 'Project', canonical: word, confidence: 0.6, source: 'org-product', ...extra };
  }
  // A tag names a thing only where the text capitalizes it: "community members" under a tag Community.
  if (scan.opts.tags.has(foldForm(word)) && t.start > 0 && isCapitalized(word) && !isCommonWord(word)) {
    return { type: 'Project', canonical: word, confidence: 0.5, source: 'tag', ...extra };
  }
  if (leadsTitle(scan, t))
    return { type: 'Project', canonical: word, confidence: 0.55, source: 'title-lead', ...extra };
  if (coinedTopic(scan, i)) return { type: 'Project', canonical: word, confidence: 0.5, source: 'coined', ...extra };
  return null;
}

/** Token `i` is a given name: one compromise knows, or a name-list word followed by a capitalized surname. */
function opensFullName(scan: Scan, i: number): boolean {
  const t = scan.tokens[i]!;
  if (isFirstName(t.text)) return true;
  const surname = scan.tokens[i + 1];
  return (
    isNameListWord(scan, t.text) &&
    surname !== undefined &&
    isCapitalized(surname.text) &&
    scan.s.text.slice(t.end, surname.start) === ' '
  );
}

/** "Karl Obi, Quuxbrite": one capitalized word, no place, role or English word, tied to the person before it. */
function companyClosingLine(scan: Scan, i: number): boolean {
  const word = scan.tokens[i]!.base;
  if (!isCapitalized(word) || isEnglishWord(word) || ROLE_WORDS.test(word) || lexiconTag(word) !== '') return false;
  return tiedToPerson(scan, i);
}

/** No capitalized word beside token `i`: "Heschi Kreinick" is a name's two words, not two products. */
function aloneInChunk(scan: Scan, i: number): boolean {
  const beside = [scan.tokens[i - 1], scan.tokens[i + 1]];
  const t = scan.tokens[i]!;
  return beside.every(
    (n) =>
      !n ||
      !/^\p{Lu}/u.test(n.text) ||
      scan.s.text.slice(Math.min(n.end, t.end), Math.max(n.start, t.start)).trim() !== '',
  );
}

/** "Kuttl, Argo CD and Kubernetes": listed next to a known project, by a comma, "and" or "or". */
function listedWithProject(scan: Scan, t: Token): boolean {
  const joiner = /^\s*(,|,?\s*(and|or|&))\s*$/;
  return scan.mentions.some(
    (m) =>
      m.type === 'Project' &&
      ((m.end <= t.start && joiner.test(scan.s.text.slice(m.end, t.start))) ||
        (m.start >= t.end && joiner.test(scan.s.text.slice(t.end, m.start)))),
  );
}

/** "talked about Frobnik", "a session on Frobnik", "presented Frobnik", "using Frobnik": right where a topic goes. */
function inTopicSlot(scan: Scan, i: number): boolean {
  const before = scan.tokens.slice(Math.max(0, i - 4), i).map((t) => t.text.toLowerCase());
  const prep = before.at(-1) ?? '';
  const talky = (w: string) => SPEAKER_VERBS.has(w) || TALK_NOUNS.has(w);
  if (SPEAKER_VERBS.has(prep) || /^(using|via)$/.test(prep)) return true;
  return /^(about|on|of|with|using)$/.test(prep) && before.slice(0, -1).some(talky);
}

/** A capitalized word no dictionary or name list knows: "Frobnik", not "Monday", "Maria" or "Keynote". */
function isCoined(word: string): boolean {
  return (
    isCapitalized(word) &&
    !isCommonWord(word) &&
    !isEnglishWord(word) &&
    !isFirstName(word) &&
    !isDescriptiveWord(word) &&
    !TALK_NOUNS.has(word.toLowerCase()) &&
    !NOT_NAME_WORDS.test(word) &&
    !EVENT_WORDS.test(word)
  );
}

/** "talked about Frobnik", "testing using Frobnik": a coined word alone in a topic's place is a product; no place name. */
function coinedTopic(scan: Scan, i: number): boolean {
  const word = scan.tokens[i]!.base;
  // "talked about kdump": a lower-case coined word; not jargon ("toolchain") nor an acronym ("http").
  if (/^[a-z]{4,}$/.test(word))
    return (
      !isEnglishMade(word) &&
      !isCommonWord(word) &&
      !scan.opts.lexicon.acronyms.has(word.toUpperCase()) &&
      (listedWithProject(scan, scan.tokens[i]!) || inTopicSlot(scan, i))
    );
  return (
    scan.tokens[i]!.start > 0 &&
    /^\p{Lu}\p{Ll}+[\p{L}\d]*$/u.test(word) &&
    aloneInChunk(scan, i) &&
    (listedWithProject(scan, scan.tokens[i]!) || inTopicSlot(scan, i)) &&
    !/^(City|Country|Region|Place)$/.test(lexiconTag(word)) &&
    isCoined(word)
  );
}

/** "Frobnik: Building a Graph Store — Ana Lima": a coined name heading a talk title is its subject. */
function leadsTitle(scan: Scan, t: Token): boolean {
  if (t.start !== 0 || !(scan.s.layout || scan.s.heading) || !/^:\s+\S+\s+\S+/.test(scan.s.text.slice(t.end)))
    return false;
  return isCoined(t.base);
}

/** A first name alone is a person only with a cue: "Jeff covered ...", "Sergei's Keynote", ", Nikolai,". */
function loneNameCue(scan: Scan, i: number): boolean {
  const t = scan.tokens[i]!;
  const next = scan.tokens[i + 1];
  if (t.possessive && next && TALK_NOUNS.has(next.text.toLowerCase())) return true;
  if (scan.s.heading) return false;
  const verb = next && (isVerb(next.text) || SPEAKER_VERBS.has(next.text) || TALK_NOUN_VERBS.has(next.text));
  if (verb && !isCapitalized(next.text) && scan.s.text.slice(t.end, next.start) === ' ') return true;
  // "Valorie from Quuxly told us ...": a given name from a capitalized name.
  const after = scan.tokens[i + 2];
  if (next?.text === 'from' && after && isCapitalized(after.text) && !isFirstName(after.text)) return true;
  const before = scan.s.text.slice(0, t.start);
  return (
    /,\s*$/.test(before) &&
    /^\s*,/.test(scan.s.text.slice(t.end)) &&
    /\b(teammates?|colleagues?|co-?workers?|friends?|manager)\b/i.test(before)
  );
}

/** The word ends a list of people (", and" after a person) and a speaker verb follows it. */
function handleInSpeakerList(scan: Scan, i: number): boolean {
  const t = scan.tokens[i]!;
  const joined = scan.mentions.some(
    (m) => m.type === 'Person' && m.end <= t.start && /^\s*,?\s*(and|&)\s*$/.test(scan.s.text.slice(m.end, t.start)),
  );
  return joined && speakerVerbAfter(scan, i);
}

/** "CentOS-based", "OpenPOWER-powered": the name is the part before the hyphen. */
export const AFFIXED =
  /^(.+?)-(based|powered|enabled|compatible|specific|related|like|style|friendly|native|only|centric|aware|ready|driven|focused|themed|branded|inspired)$/i;

/** "Quuxly.io", "Frobnik.com": a capitalized name written as its own address names a product. */
const DOMAIN_NAME = /^\p{Lu}[\p{L}\d-]*\.(?:io|com|net|org|ly|co|dev|ai|app)$/u;

/** "non-Linux", "pre-Kubernetes": a prefix before a capitalized name (the name after the hyphen). */
const PREFIXED = /^(non|pre|post|anti|pro)-(\p{Lu}[\p{L}\d.+#-]*)$/u;

/** Lower-case words: "credit2", "x86_64", "libseccomp", "linux-next", "CentOS-based" (→ CentOS). */
export function matchLowerShape(scan: Scan, i: number): void {
  const t = scan.tokens[i]!;
  const word = t.base;
  const { lexicon } = scan.opts;
  if (lexicon.acronyms.has(word) || lexicon.generic.has(foldForm(word))) return;
  const hyphen = AFFIXED.exec(word);
  const prefixed = hyphen ? null : PREFIXED.exec(word);
  if (hyphen || prefixed) {
    const name = hyphen ? hyphen[1]! : prefixed![2]!;
    const start = hyphen ? t.start : t.start + prefixed![1]!.length + 1;
    const entry = lexicon.byForm.get(foldForm(name));
    if (entry)
      scan.mentions.push({
        type: entry.type,
        surface: name,
        canonical: entry.canonical,
        start,
        end: start + name.length,
        confidence: 0.8,
        source: 'lexicon',
        possessive: false,
      });
    scan.taken[i] = true;
    return;
  }
  const parts = word.split('-');
  // "linux-next", "go-contrib": a hand-listed project or a language inside; not "self-service" (Self is a language too).
  const knownPart =
    parts.length > 1 &&
    !parts.every((p) => isCommonWord(p)) &&
    parts.some((p) => {
      const entry = lexicon.byForm.get(foldForm(p));
      return entry?.type === 'Project' && (entry.origin === 'hand' || entry.origin === 'languages');
    });
  const lib = /^lib[a-z]{3,}$/.test(word) && !/^lib(rar|ert|era|el|id)/.test(word) && !isCommonWord(word);
  if (hasTechDigits(word) || lib || knownPart) {
    const m = classifyWord(scan, i, t);
    add(scan, i, i, m ?? { type: 'Project', canonical: word, confidence: 0.55, source: 'shape' });
  } else if (!isCapitalized(word) && !plainEnglish(scan, i, word)) {
    const m = classifyWord(scan, i, t);
    if (m) add(scan, i, i, m);
  }
}

/**
 * A lower-case English word with no link and no name shape ("talked", "the"): no rule of
 * classifyWord types it, so it is not asked (most words of a sentence are such).
 */
function plainEnglish(scan: Scan, i: number, word: string): boolean {
  return (
    isCommonWord(word) &&
    !isCamelCase(word) &&
    !hasTechDigits(word) &&
    !DOMAIN_NAME.test(word) &&
    linkAt(scan, i, i) === undefined
  );
}

/** A person's name, then a tie to an organization ("from", ", CTO at", "(") right before token `a`. */
export function tiedToPerson(scan: Scan, a: number, b = a): boolean {
  const start = scan.tokens[a]!.start;
  const person = [...scan.mentions].reverse().find((m) => m.type === 'Person' && m.end <= start);
  if (!person) return false;
  const between = scan.s.text.slice(person.end, start);
  // "Karl Obi, Quuxbrite" closing a speaker line.
  const onLine = scan.s.layout === true && commaCompanyLine(between, scan.s.text.slice(scan.tokens[b]!.end));
  return onLine || personThenOrg(between);
}
