// Resolves a post's mentions into one entity per real thing: back-references to full names
// ("Konrad" → Konrad Wilk), possessives, acronyms ↔ expansions (XCP ↔ Xen Cloud Platform),
// case variants ("Openstack" → OpenStack) and mentions sharing a link target.
import { initials } from '../../src/domain/acronyms.js';
import { entityId } from '../../src/domain/ids.js';
import type { Entity, EntityType } from '../../src/domain/model.js';
import { foldForm } from '../../src/domain/name-fold.js';
import { UnionFind } from '../../src/domain/union-find.js';
import type { Sentence } from '../document/build-document.js';
import { linkCue } from '../extraction/link-cues.js';
import type { Mention } from '../extraction/mentions.js';
import { isCapitalized, tokenize } from '../extraction/tokens.js';

export interface ResolvedMention extends Mention {
  entity: string;
  sentence: number;
}

export interface PostResolution {
  entities: Entity[];
  /** Mentions per sentence index, each pointing at its entity id. */
  mentions: ResolvedMention[][];
}

/**
 * Resolves `found[i]` (mentions of sentence i); `authors` are the post's authors as named
 * (a section signed "by Ana" in a post by Ana Lima and Bo Chen is hers).
 */
export function resolvePost(sentences: Sentence[], found: Mention[][], authors: string[]): PostResolution {
  const all = found.map((ms) => [...ms]);
  const fullAuthors = authors.filter((a) => /\s/.test(a));
  retypeLoneNames(all);
  retypeSignedNames(all, fullAuthors);
  addBackReferences(sentences, all, fullAuthors);
  dropInsideAcronymDefinitions(sentences, all);
  const definitionPairs = acronymDefinitions(sentences, all);
  // Keep the person's full name (the longer key) as the root, so names stay whole.
  const groups = new UnionFind((a, b) => (a.length >= b.length ? a : b));
  const flat = all.flatMap((ms, i) => ms.map((m) => ({ m, i, key: keyOf(m) })));
  for (const { key } of flat) groups.add(key);
  linkSingleNames(
    flat.map((f) => f.m),
    groups,
    fullAuthors,
  );
  linkAcronyms(
    flat.map((f) => f.m),
    groups,
  );
  linkSameTargets(
    flat.map((f) => f.m),
    groups,
  );
  linkOwnedNames(
    flat.map((f) => f.m),
    groups,
  );
  for (const [a, b] of definitionPairs) groups.union(keyOf(a), keyOf(b));
  const members = new Map<string, Mention[]>();
  for (const { m, key } of flat) {
    const root = groups.find(key);
    members.set(root, [...(members.get(root) ?? []), m]);
  }
  const idOfRoot = new Map<string, Entity>();
  const authorOfKey = new Map(fullAuthors.map((a) => [`p:${foldForm(a)}`, a]));
  for (const [root, ms] of members) idOfRoot.set(root, withAuthorName(toEntity(ms), authorOfKey.get(root)));
  const entities = mergeById([...idOfRoot.values()]);
  const mentions = all.map((ms, i) =>
    ms.map((m) => ({ ...m, sentence: i, entity: idOfRoot.get(groups.find(keyOf(m)))!.id })),
  );
  return { entities, mentions };
}

function keyOf(m: Mention): string {
  const name = m.type === 'Event' && m.year ? `${m.canonical} ${m.year}` : m.canonical || m.surface;
  return `${m.type === 'Person' ? 'p' : m.type === 'Event' ? 'e' : m.type === 'Place' ? 'l' : 'x'}:${foldForm(name)}`;
}

/**
 * A one-word "person" the post elsewhere types as a thing is that thing: "Kenji is More Than
 * a Browser" (a title) beside "Kenji, a small browser". Full names are never retyped.
 */
function retypeLoneNames(all: Mention[][]): void {
  const things = new Map<string, Mention['type']>();
  for (const m of all.flat())
    if (m.type === 'Project' || m.type === 'Organization') things.set(foldForm(m.canonical), m.type);
  const full = all.flat().filter((m) => m.type === 'Person' && /\s/.test(m.canonical));
  for (const ms of all)
    ms.forEach((m, j) => {
      if (m.type !== 'Person' || /\s/.test(m.canonical)) return;
      const thing = things.get(foldForm(m.canonical));
      const inFullName = full.some((f) => f.canonical.split(/\s+/).includes(m.canonical));
      // A copy: the finder's mentions stay as found.
      if (thing && !inFullName) ms[j] = { ...m, type: thing };
    });
}

/**
 * "by [Quuxa](https://twitter.com/quuxa)" in a post by Quuxa Lindqvist: an author's given name
 * linked to a profile page is the author, though a brand shares the word.
 */
function retypeSignedNames(all: Mention[][], authors: string[]): void {
  const given = new Map(authors.map((a) => [a.split(/\s+/)[0]!, a]));
  for (const ms of all)
    ms.forEach((m, j) => {
      if (m.type === 'Person' || m.type === 'Event' || !m.url || !given.has(m.surface)) return;
      if (linkCue(m.surface, m.url) === 'person') ms[j] = { ...m, type: 'Person', canonical: m.surface };
    });
}

/** Adds mentions for a full name's first or last word used alone ("Dan gave an example"). */
function addBackReferences(sentences: Sentence[], all: Mention[][], authors: string[]): void {
  const full = new Set(
    all
      .flat()
      .filter((m) => m.type === 'Person' && /\s/.test(m.canonical))
      .map((m) => m.canonical),
  );
  for (const a of authors) full.add(a);
  const parts = new Map<string, string[]>();
  for (const name of full) {
    const words = name.split(/\s+/);
    for (const w of [words[0]!, words.at(-1)!]) parts.set(w, [...new Set([...(parts.get(w) ?? []), name])]);
  }
  sentences.forEach((s, i) => {
    const ms = all[i]!;
    for (const t of tokenize(s.text)) {
      if (!isCapitalized(t.base) || !parts.has(t.base)) continue;
      if (ms.some((m) => t.start < m.end && t.end > m.start)) continue;
      ms.push({
        type: 'Person',
        surface: t.base,
        canonical: t.base,
        start: t.start,
        end: t.end,
        confidence: 0.7,
        source: 'back-reference',
        possessive: t.possessive,
      });
    }
    ms.sort((a, b) => a.start - b.start);
  });
}

/** "Dan" → "Dan Walsh" when exactly one full name in the post starts or ends with it. */
function linkSingleNames(mentions: Mention[], groups: UnionFind, authors: string[]): void {
  const full = [
    ...new Set(mentions.filter((m) => m.type === 'Person' && /\s/.test(m.canonical)).map((m) => m.canonical)),
  ];
  for (const a of authors) {
    if (full.includes(a)) continue;
    full.push(a);
    groups.add(`p:${foldForm(a)}`);
  }
  for (const m of mentions) {
    if (m.type !== 'Person' || /\s/.test(m.canonical)) continue;
    const matches = full.filter((f) => {
      const w = f.split(/\s+/);
      return w[0] === m.canonical || w.at(-1) === m.canonical;
    });
    if (matches.length === 1) groups.union(`p:${foldForm(matches[0]!)}`, keyOf(m));
  }
}

/** "XCP" and "Xen Cloud Platform" in one post are one thing. */
function linkAcronyms(mentions: Mention[], groups: UnionFind): void {
  const long = mentions.filter((m) => m.type !== 'Person' && /\s/.test(m.surface));
  for (const m of mentions) {
    if (!/^[A-Z][A-Z0-9]{1,6}$/.test(m.surface)) continue;
    const match = long.find((l) => initials(l.surface) === m.surface);
    if (match) groups.union(keyOf(match), keyOf(m));
  }
}

/** Two names linked to the very same page are one thing ("Dan Walsh's" and "Dan"). */
function linkSameTargets(mentions: Mention[], groups: UnionFind): void {
  const byUrl = new Map<string, Mention>();
  for (const m of mentions) {
    if (!m.url || m.type === 'Event') continue;
    const seen = byUrl.get(m.url);
    if (seen && seen.type === m.type) groups.union(keyOf(seen), keyOf(m));
    else if (!seen) byUrl.set(m.url, m);
  }
}

/**
 * "Quuxsoft Lantern" and "Lantern" in a post that names Quuxsoft too are one product: the
 * owner's name before a name the post also uses alone.
 */
function linkOwnedNames(mentions: Mention[], groups: UnionFind): void {
  const things = mentions.filter((m) => m.type === 'Project' || m.type === 'Organization');
  const byName = new Map(things.map((m) => [foldForm(m.canonical || m.surface), m]));
  for (const m of things) {
    const words = (m.canonical || m.surface).split(/\s+/);
    for (let k = 1; k < words.length && k <= 2; k++) {
      const owner = byName.get(foldForm(words.slice(0, k).join(' ')));
      const rest = byName.get(foldForm(words.slice(k).join(' ')));
      if (owner && rest && rest.type === m.type) groups.union(keyOf(m), keyOf(rest));
    }
  }
}

const DEFINITION = /((?:\p{Lu}[\p{L}-]*\s+){1,5}\p{Lu}[\p{L}-]*)\s+\((\p{Lu}[\p{Lu}\p{N}]{1,6})\)/gu;

/** "Continuous Kernel Integration (CKI)": the words inside the expansion are not names of their own. */
function dropInsideAcronymDefinitions(sentences: Sentence[], all: Mention[][]): void {
  sentences.forEach((s, i) => {
    for (const d of definitions(s.text)) {
      all[i] = all[i]!.filter((m) => !(m.start >= d.start && m.end <= d.end && m.surface !== d.acronym));
    }
  });
}

/** Records the expansion as an alias of its acronym's entity. */
function acronymDefinitions(sentences: Sentence[], all: Mention[][]): Array<[Mention, Mention]> {
  const pairs: Array<[Mention, Mention]> = [];
  sentences.forEach((s, i) => {
    for (const d of definitions(s.text)) {
      const acronym = all[i]!.find((m) => m.surface === d.acronym);
      if (!acronym) continue;
      const alias: Mention = {
        ...acronym,
        surface: d.long,
        canonical: d.long,
        start: d.start,
        end: d.end,
        source: 'acronym-definition',
      };
      all[i]!.push(alias);
      pairs.push([acronym, alias]);
    }
  });
  return pairs;
}

function definitions(text: string): Array<{ long: string; acronym: string; start: number; end: number }> {
  const out = [];
  for (const m of text.matchAll(DEFINITION)) {
    const words = m[1]!.split(/\s+/);
    // The expansion is the last words whose initials spell the acronym.
    for (let k = 0; k < words.length; k++) {
      const long = words.slice(k).join(' ');
      if (initials(long) === m[2]) {
        const start = m.index + m[1]!.lastIndexOf(long);
        out.push({ long, acronym: m[2]!, start, end: start + long.length });
        break;
      }
    }
  }
  return out;
}

function toEntity(ms: Mention[]): Entity {
  const votes = new Map<EntityType, number>();
  for (const m of ms) votes.set(m.type, (votes.get(m.type) ?? 0) + m.confidence);
  const type = [...votes].sort((a, b) => b[1] - a[1])[0]![0];
  const typed = ms.filter((m) => m.type === type);
  const name = pickName(typed, type);
  const forms = new Set<string>();
  for (const m of ms) for (const f of [m.canonical, m.surface]) if (f && f !== name) forms.add(f);
  // "Frobix 4.2": the name as written with its release number is one more way to find it.
  for (const m of typed) if (m.version) forms.add(`${m.surface} ${m.version}`);
  const best = Math.max(...typed.map((m) => m.confidence));
  return {
    id: entityId(type, name),
    type,
    name,
    aliases: [...forms].sort(),
    confidence: Math.min(0.99, Number((best + 0.03 * (ms.length - 1)).toFixed(2))),
  };
}

/** "Ana" in a post by Ana Lima, her full name written nowhere else: the entity is Ana Lima. */
function withAuthorName(e: Entity, author: string | undefined): Entity {
  if (!author || e.type !== 'Person' || e.name === author) return e;
  const aliases = [...new Set([...e.aliases, e.name])].filter((a) => a !== author).sort();
  return { ...e, id: entityId('Person', author), name: author, aliases };
}

/** Lexicon canonical first; for people the fullest form; else the most frequent surface. */
function pickName(ms: Mention[], type: EntityType): string {
  const lexicon = ms.find((m) => m.source === 'lexicon') ?? ms.find((m) => m.source === 'known-name');
  if (lexicon) return lexicon.canonical;
  const counts = new Map<string, number>();
  for (const m of ms) {
    const name = type === 'Event' && m.year ? `${m.canonical} ${m.year}` : m.canonical;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => {
    const words = b[0].split(/\s+/).length - a[0].split(/\s+/).length;
    if (type === 'Person' && words !== 0) return words;
    const acronym = Number(/^[A-Z0-9]+$/.test(b[0])) - Number(/^[A-Z0-9]+$/.test(a[0]));
    return acronym || b[1] - a[1] || a[0].localeCompare(b[0]);
  })[0]![0];
}

/** Two groups can land on one id (e.g. "Xen 4" and "Xen"): fold them together. */
function mergeById(entities: Entity[]): Entity[] {
  const byId = new Map<string, Entity>();
  for (const e of entities) {
    const seen = byId.get(e.id);
    if (!seen) byId.set(e.id, e);
    else {
      seen.aliases = [...new Set([...seen.aliases, ...e.aliases])].filter((a) => a !== seen.name).sort();
      seen.confidence = Math.max(seen.confidence, e.confidence);
    }
  }
  return [...byId.values()];
}
