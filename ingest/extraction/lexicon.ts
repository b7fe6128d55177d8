// Loads the lexicon data files (built-in plus a user folder) into lookup tables.
// Entries are matched on a folded key, so "Openstack" and "OpenStack" meet.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from '../../src/domain/errors.js';
import type { EntityType } from '../../src/domain/model.js';
import { foldForm } from '../../src/domain/name-fold.js';
import { brandNames, type KnownName, languageNames, personNameWords, placeNames } from './knowledge/data-packages.js';

export interface LexiconEntry {
  canonical: string;
  type: EntityType;
  /** Every surface form, canonical first. */
  forms: string[];
  /** 'hand' for the lexicon files; else the data package the name comes from. */
  origin: 'hand' | KnownName['origin'];
}

export interface Lexicon {
  /** Folded surface → entry. */
  byForm: Map<string, LexiconEntry>;
  /** Longest entry, in words: bounds phrase matching. */
  maxWords: number;
  generic: Set<string>;
  acronyms: Set<string>;
  /** Given names and surnames of many languages (folded to ASCII): evidence for a person's name. */
  personWords: Set<string>;
  /** Changes whenever a lexicon file changes: part of each post's content hash. */
  fingerprint: string;
}

const firstWordSets = new WeakMap<Map<string, LexiconEntry>, { size: number; words: Set<string> }>();

/**
 * The first word of every folded form of more than one word ("red" of "red hat"), built once per
 * lexicon: a phrase whose first word is none of them cannot be in the lexicon.
 */
export function phraseFirstWords(lexicon: Lexicon): Set<string> {
  let known = firstWordSets.get(lexicon.byForm);
  if (!known || known.size !== lexicon.byForm.size) {
    const words = new Set<string>();
    for (const key of lexicon.byForm.keys()) {
      const space = key.indexOf(' ');
      if (space > 0) words.add(key.slice(0, space));
    }
    known = { size: lexicon.byForm.size, words };
    firstWordSets.set(lexicon.byForm, known);
  }
  return known.words;
}

const BUILT_IN = path.join(path.dirname(fileURLToPath(import.meta.url)), 'lexicon');

const TYPED_FILES: Array<[string, EntityType]> = [
  ['projects.txt', 'Project'],
  ['organizations.txt', 'Organization'],
  ['events.txt', 'Event'],
  ['places.txt', 'Place'],
];

export interface LexiconOptions {
  /** A folder of lexicon files laid over the built-in ones. */
  extraDir?: string;
  /** false: the hand-written name lists are off (stop lists and data packages stay), as `eval --no-lexicon`. */
  handLists?: boolean;
}

/** Loads the built-in lexicon, then `extraDir` (if given) on top of it, then the data packages' names. */
export function loadLexicon(extraDirOrOptions?: string | LexiconOptions): Lexicon {
  const opts = typeof extraDirOrOptions === 'string' ? { extraDir: extraDirOrOptions } : (extraDirOrOptions ?? {});
  const lexicon: Lexicon = {
    byForm: new Map(),
    maxWords: 1,
    generic: new Set(),
    acronyms: new Set(),
    personWords: new Set(),
    fingerprint: '',
  };
  const hash = createHash('sha256');
  hash.update(`hand:${opts.handLists !== false}`);
  for (const dir of [BUILT_IN, opts.extraDir].filter((d): d is string => Boolean(d))) {
    if (dir !== BUILT_IN && !existsSync(dir)) {
      throw new ConfigError('LEXICON_INVALID', 'lexicon', dir, 'no such folder');
    }
    if (opts.handLists !== false)
      for (const [file, type] of TYPED_FILES) hash.update(addEntries(lexicon, path.join(dir, file), type).join('\n'));
    for (const line of readLines(path.join(dir, 'generic.txt')))
      lexicon.generic.add(foldForm(line)), hash.update(`g:${line}`);
    for (const line of readLines(path.join(dir, 'acronyms.txt')))
      lexicon.acronyms.add(line.trim()), hash.update(`a:${line}`);
  }
  addKnownNames(lexicon, knownNames());
  lexicon.personWords = personWords();
  hash.update(`known:${knownNames().length}`);
  lexicon.fingerprint = hash.digest('hex').slice(0, 16);
  return lexicon;
}

let known: KnownName[] | null = null;
let persons: Set<string> | null = null;

/** The data packages' names, read once per process. */
function knownNames(): KnownName[] {
  known ??= [...languageNames(), ...brandNames(), ...placeNames()];
  return known;
}

function personWords(): Set<string> {
  persons ??= personNameWords();
  return persons;
}

/**
 * A name the packages know joins the lexicon only where no hand entry claims its form; every
 * package's names go in before any alias, so "bazel" is Bazel, not an alias of another language.
 */
function addKnownNames(lexicon: Lexicon, names: KnownName[]): void {
  const entries = names
    .filter((k) => usableForm(k.name))
    .map(
      (k) =>
        ({
          canonical: k.name,
          type: k.type,
          forms: [k.name, ...k.aliases].filter(usableForm),
          origin: k.origin,
        }) as LexiconEntry,
    );
  for (const pass of ['name', 'alias'] as const) {
    for (const entry of entries) addForms(lexicon, entry, pass === 'name' ? [entry.canonical] : entry.forms.slice(1));
  }
}

function addForms(lexicon: Lexicon, entry: LexiconEntry, forms: string[]): void {
  for (const form of forms) {
    const key = foldForm(form);
    if (lexicon.byForm.has(key) || lexicon.generic.has(key) || lexicon.acronyms.has(form)) continue;
    lexicon.byForm.set(key, entry);
    lexicon.maxWords = Math.max(lexicon.maxWords, form.split(/\s+/).length);
  }
}

/** Two letters or more, starting with a letter: ".ENV", "1.1.1.1" and "C" are left out. */
function usableForm(form: string): boolean {
  return form.length >= 2 && /^\p{L}/u.test(form) && !/[/\\]/.test(form);
}

function addEntries(lexicon: Lexicon, file: string, type: EntityType): string[] {
  const lines = readLines(file);
  for (const line of lines) {
    const forms = line
      .split('|')
      .map((f) => f.trim())
      .filter(Boolean);
    if (forms.length === 0) continue;
    const entry: LexiconEntry = { canonical: forms[0]!, type, forms, origin: 'hand' };
    for (const form of forms) {
      lexicon.byForm.set(foldForm(form), entry);
      lexicon.maxWords = Math.max(lexicon.maxWords, form.split(/\s+/).length);
    }
  }
  return lines;
}

function readLines(file: string): string[] {
  if (!existsSync(file)) return [];
  try {
    return readFileSync(file, 'utf8')
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
  } catch (err) {
    throw new ConfigError('LEXICON_INVALID', 'lexicon', file, (err as Error).message, { cause: err });
  }
}
