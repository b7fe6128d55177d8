// General knowledge from well-kept data packages, never from names picked out of any blog:
// brands (simple-icons, CC0), programming languages (linguist-languages, MIT), countries
// (countries-list, MIT), cities (city-timezones, MIT) and given names (humannames, MIT).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { EntityType } from '../../../src/domain/model.js';
import { foldAscii } from '../../../src/domain/name-fold.js';

const require = createRequire(import.meta.url);

/** One name the packages know, with the type it most often has in a tech write-up. */
export interface KnownName {
  name: string;
  aliases: string[];
  type: EntityType;
  origin: 'brands' | 'languages' | 'places';
}

interface Icon {
  title: string;
  aliases?: { aka?: string[] };
}

interface Language {
  type: string;
  aliases?: string[];
}

interface City {
  city: string;
  country: string;
  pop: number;
  province?: string;
  /** A U.S. state's postal code: "NY". */
  state_ansi?: string;
}

/** Which linguist types name a language people talk about (not "prose" or data formats). */
const LANGUAGE_TYPES = new Set(['programming', 'markup']);

/** Cities this size or larger: the smaller ones share names with too many ordinary words. */
const MIN_CITY_POPULATION = 250_000;

/** "Docker", "GitHub", "Kubernetes" (with their "aka" aliases). */
export function brandNames(): KnownName[] {
  // The package exports only its icons; its data file sits beside the entry point.
  const file = path.join(path.dirname(require.resolve('simple-icons')), 'data', 'simple-icons.json');
  const icons = JSON.parse(readFileSync(file, 'utf8')) as Icon[];
  return icons.map((i) => ({ name: i.title, aliases: i.aliases?.aka ?? [], type: 'Project', origin: 'brands' }));
}

/** "Go" (alias golang), "Rust", "C++", "Haxe". */
export function languageNames(): KnownName[] {
  const languages = require('linguist-languages') as Record<string, Language>;
  return Object.entries(languages)
    .filter(([, l]) => LANGUAGE_TYPES.has(l.type))
    .map(([name, l]) => ({
      name,
      aliases: (l.aliases ?? []).filter((a) => /\p{Lu}/u.test(a) || a.length > 3),
      type: 'Project',
      origin: 'languages',
    }));
}

/** Countries, big cities and U.S. states: "Colombia", "Denver", "San Jose", "Oregon" ("OR"). */
export function placeNames(): KnownName[] {
  const { countries } = require('countries-list') as { countries: Record<string, { name: string; native: string }> };
  const cities = require('city-timezones/data/cityMap.json') as City[];
  const out: KnownName[] = Object.values(countries).map((c) => ({
    name: c.name,
    aliases: c.native !== c.name ? [c.native] : [],
    type: 'Place',
    origin: 'places',
  }));
  for (const c of cities)
    if (c.pop >= MIN_CITY_POPULATION) out.push({ name: c.city, aliases: [], type: 'Place', origin: 'places' });
  // "Acme NY", "Portland, OR": a U.S. state by its postal code is a place, not a product.
  const states = new Map(cities.filter((c) => c.state_ansi && c.province).map((c) => [c.province!, c.state_ansi!]));
  for (const [name, code] of states) out.push({ name, aliases: [code], type: 'Place', origin: 'places' });
  return out;
}

/** About 200,000 given names and surnames from many languages, folded to ASCII lower case. */
export function personNameWords(): Set<string> {
  const names = require('humannames') as Record<string, number>;
  return new Set(Object.keys(names).map(foldAscii));
}

let english: Set<string> | null = null;

/**
 * An English dictionary word (word-list, MIT: about 274,000 lower-case words), hyphenated
 * compounds of them too: "uptime", "post-mortem" → true; "frobnik" → false.
 */
export function isEnglishWord(word: string): boolean {
  const lower = word.toLowerCase();
  return englishWords().has(lower) || (lower.includes('-') && lower.split('-').every((p) => english!.has(p)));
}

function englishWords(): Set<string> {
  if (!english) {
    // The package's entry point only exports the path of its word file.
    const file = path.join(path.dirname(require.resolve('word-list')), 'words.txt');
    english = new Set(readFileSync(file, 'utf8').split('\n'));
  }
  return english;
}

/** Endings and prefixes that make field jargon of an English word: "plugins", "unencrypted", "rescanning". */
const JARGON_ENDINGS = ['s', 'es', 'ed', 'ing', 'er', 'ers'];
const JARGON_PREFIXES = ['un', 're', 'non', 'pre', 'sub', 'multi', 'de'];

/**
 * Jargon made of English: a dictionary word with a common ending or prefix, or two words run
 * together. "toolchain", "websockets", "unsanitized", "changelog" → true; "frobnik", "kdump" → false.
 */
export function isEnglishMade(word: string): boolean {
  const lower = word.toLowerCase();
  const words = englishWords();
  const plain = (w: string) =>
    words.has(w) || JARGON_ENDINGS.some((e) => w.endsWith(e) && words.has(w.slice(0, -e.length)));
  if (plain(lower)) return true;
  if (JARGON_PREFIXES.some((p) => lower.startsWith(p) && plain(lower.slice(p.length)))) return true;
  // "time" + "zone", "walk" + "through", "plug" + "in": a head of three letters or more.
  for (let cut = 3; cut <= lower.length - 2; cut++)
    if (words.has(lower.slice(0, cut)) && plain(lower.slice(cut))) return true;
  return false;
}
