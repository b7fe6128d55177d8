// Loads the lexicon data files (built-in plus a user folder) into lookup tables.
// Entries are matched on a folded key, so "Openstack" and "OpenStack" meet.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from '../../src/domain/errors.js';
import type { EntityType } from '../../src/domain/model.js';

export interface LexiconEntry {
  canonical: string;
  type: EntityType;
  /** Every surface form, canonical first. */
  forms: string[];
}

export interface Lexicon {
  /** Folded surface → entry. */
  byForm: Map<string, LexiconEntry>;
  /** Longest entry, in words: bounds phrase matching. */
  maxWords: number;
  generic: Set<string>;
  acronyms: Set<string>;
  /** Changes whenever a lexicon file changes: part of each post's content hash. */
  fingerprint: string;
}

const BUILT_IN = path.join(path.dirname(fileURLToPath(import.meta.url)), 'lexicon');

const TYPED_FILES: Array<[string, EntityType]> = [
  ['projects.txt', 'Project'],
  ['organizations.txt', 'Organization'],
  ['events.txt', 'Event'],
  ['places.txt', 'Place'],
];

/** Folds a surface form for lookup: case, curly quotes, a trailing possessive. */
export function foldForm(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[’‘]/g, "'")
    .replace(/'s$|'$/i, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Loads the built-in lexicon, then `extraDir` (if given) on top of it; later files win. */
export function loadLexicon(extraDir?: string): Lexicon {
  const lexicon: Lexicon = { byForm: new Map(), maxWords: 1, generic: new Set(), acronyms: new Set(), fingerprint: '' };
  const hash = createHash('sha256');
  for (const dir of [BUILT_IN, extraDir].filter((d): d is string => Boolean(d))) {
    if (dir !== BUILT_IN && !existsSync(dir)) {
      throw new ConfigError('LEXICON_INVALID', 'lexicon', dir, 'no such folder');
    }
    for (const [file, type] of TYPED_FILES) hash.update(addEntries(lexicon, path.join(dir, file), type).join('\n'));
    for (const line of readLines(path.join(dir, 'generic.txt'))) lexicon.generic.add(foldForm(line)), hash.update(`g:${line}`);
    for (const line of readLines(path.join(dir, 'acronyms.txt'))) lexicon.acronyms.add(line.trim()), hash.update(`a:${line}`);
  }
  lexicon.fingerprint = hash.digest('hex').slice(0, 16);
  return lexicon;
}

function addEntries(lexicon: Lexicon, file: string, type: EntityType): string[] {
  const lines = readLines(file);
  for (const line of lines) {
    const forms = line.split('|').map((f) => f.trim()).filter(Boolean);
    if (forms.length === 0) continue;
    const entry: LexiconEntry = { canonical: forms[0]!, type, forms };
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
