// Organizations from the shape of a name: a suffix ("Acme Labs"), an owner of a person
// ("Quux Data's Ana"), "a group called X", a named team, a company's own product.

import { foldForm } from '../../src/domain/name-fold.js';
import { isCommonWord, isFirstName } from '../document/nlp.js';
import { ORG_HEADS, ORG_SUFFIXES, ROLE_WORDS } from './cues.js';
import { leadsOff } from './event-shapes.js';
import { add, isNameListWord, type Scan } from './scan.js';
import { isCapitalized } from './tokens.js';

/** "the Go team", "the Acme tools team": a named team is an organization. */
export function namedTeams(scan: Scan): void {
  for (const m of scan.mentions) {
    if (m.type !== 'Project' && m.type !== 'Organization') continue;
    const team = /^\s+(?:[a-z]+\s+)?[Tt]eam\b/.exec(scan.s.text.slice(m.end));
    // "the frobctl team" works on frobctl: an organization's name is not written in lower case.
    if (!team || m.possessive || m.surface === m.surface.toLowerCase()) continue;
    m.type = 'Organization';
    m.end += team[0].length;
    m.surface = scan.s.text.slice(m.start, m.end);
    m.canonical = m.surface;
    m.source = 'team';
  }
}

/** "Googler", "Quuxers": a known organization's name made a noun for its people ("the Googler Ana Lima"). */
export function isMemberWord(scan: Scan, word: string): boolean {
  if (!/^\p{Lu}\p{L}+rs?$/u.test(word)) return false;
  const stem = word.replace(/s$/, '').slice(0, -1);
  return [stem, stem.replace(/e$/, '')].some(
    (org) => scan.opts.lexicon.byForm.get(foldForm(org))?.type === 'Organization',
  );
}

/** "a group called Alter Ego": the words after "called" name an organization. */
export function matchCalled(scan: Scan, a: number, b: number): boolean {
  const before = scan.s.text.slice(0, scan.tokens[a]!.start);
  if (
    !/\b(group|band|company|startup|firm|vendor|organization|non-?profit|agency|team|collective)\s+(called|named)\s+$/i.test(
      before,
    )
  )
    return false;
  add(scan, a, b, { type: 'Organization', canonical: '', confidence: 0.7, source: 'called' });
  return true;
}

/** "Microsoft's Hosted Exchange", "Rackspace's Barreleye": a company's named product. */
export function matchOrgProduct(scan: Scan, a: number, b: number): boolean {
  const t = scan.tokens[a]!;
  const owner = scan.mentions.find(
    (m) => m.possessive && m.type === 'Organization' && /^['’]?s?\s$/.test(scan.s.text.slice(m.end, t.start)),
  );
  if (!owner || b - a > 2 || scan.tokens.slice(a, b + 1).some((w) => isCommonWord(w.text) && a === b)) return false;
  // "Acme's Michael Lind", "Acme's Priya Raman" is the company's person, not its product.
  const given = isFirstName(t.text) || isNameListWord(scan, t.text);
  if (b > a && given) return false;
  add(scan, a, b, { type: 'Project', canonical: '', confidence: 0.6, source: 'org-product' });
  return true;
}

/** "OpenStack Security Team", "University of California San Diego", "OpenPOWER foundation". */
export function matchOrganization(scan: Scan, a: number, b: number): boolean {
  const { tokens } = scan;
  const next = tokens[b + 1];
  const lowerSuffix =
    next &&
    /^(foundation|team|project|community)$/.test(next.text) &&
    scan.s.text.slice(tokens[b]!.end, next.start) === ' ';
  let end = lowerSuffix ? b + 1 : b;
  if (!lowerSuffix) {
    // "OpenStack Security Team Update": the name ends at its suffix word.
    const k = tokens.slice(a + 1, b + 1).findIndex((t) => ORG_SUFFIXES.test(t.base) && isCapitalized(t.text));
    if (k >= 0) end = a + 1 + k;
  }
  const hasSuffix = ORG_SUFFIXES.test(tokens[end]!.base) || ORG_HEADS.test(tokens[a]!.text);
  if (!hasSuffix || end === a) return false;
  // "Zentrik Inc." keeps its dot: the abbreviation is part of the name, not the sentence's end.
  const dotted = /^(Inc|Corp|Ltd|Co)$/.test(tokens[end]!.text) && scan.s.text[tokens[end]!.end] === '.';
  add(scan, a, end, {
    type: 'Organization',
    canonical: '',
    confidence: 0.75,
    source: 'org-shape',
    ...(dotted ? { surface: `${scan.s.text.slice(tokens[a]!.start, tokens[end]!.end)}.` } : {}),
  });
  return true;
}

/**
 * "Quux Data's Ana Lima will present", "Coral Reef's CEO Ana Lima": several words owning the
 * person named next, or their role, are an organization.
 */
export function matchOwner(scan: Scan, a: number, b: number): boolean {
  const { tokens } = scan;
  const next = tokens[b + 1];
  if (!tokens[b]!.possessive || !next || scan.s.text.slice(tokens[b]!.end, next.start) !== ' ') return false;
  const words = tokens.slice(a, b + 1);
  // A role between says a person is owned even when the words are English ones, mid-sentence.
  const role = ROLE_WORDS.test(next.text) && isCapitalized(tokens[b + 2]?.text ?? '') && tokens[a]!.start > 0;
  if (!role && !isFirstName(next.text)) return false;
  if ((!role && isCommonWord(words[0]!.text)) || leadsOff(words[0]!.text) || words.some((w) => isFirstName(w.base)))
    return false;
  add(scan, a, b, { type: 'Organization', canonical: '', confidence: 0.6, source: 'owner' });
  return true;
}
