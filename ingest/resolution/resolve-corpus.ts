// Resolution across posts: the same thing named in several posts becomes one entity.
// "Xen Cloud Platform" (with alias XCP) in one post and "XCP" in another meet; "Dan" alone
// in two posts does not (a lone first name is too ambiguous to merge on).
import type { Entity, Extraction, Relation } from '../../src/domain/model.js';
import { foldForm } from '../../src/domain/name-fold.js';
import { UnionFind } from '../../src/domain/union-find.js';
import { voteTypes } from './type-votes.js';

/** An entity as the store already holds it. */
export type KnownEntity = Pick<Entity, 'id' | 'type' | 'name' | 'aliases' | 'confidence'>;

/**
 * The stored entities with one of `ids`, or a name or alias whose `foldForm` is one of `forms`
 * (a superset is fine: resolution keys them exactly).
 */
export type KnownLookup = (ids: string[], forms: string[]) => Promise<KnownEntity[]>;

/** Rewrites `xs` so shared things share one id with one absolute record (aliases merged). */
export function resolveAcrossPosts(input: Extraction[], known: KnownEntity[] = []): Extraction[] {
  return resolveVoted(voteTypes(input), known);
}

/**
 * `resolveAcrossPosts` against the store, reading only the stored entities that can join the
 * posts' entities: those sharing an id, or (transitively) a key, with them. An entity of another
 * group changes nothing the posts are rewritten to, so the result is that of all stored entities,
 * at the cost of the entities the posts name rather than of the corpus.
 */
export async function resolveAgainstStore(input: Extraction[], lookup: KnownLookup): Promise<Extraction[]> {
  const xs = voteTypes(input);
  const known = new Map<string, KnownEntity>();
  const asked = new Set<string>();
  const wanted = new Set<string>();
  let ids = [...new Set(xs.flatMap((x) => x.entities.map((e) => e.id)))];
  let fresh: KnownEntity[] = xs.flatMap((x) => x.entities);
  while (ids.length || fresh.length) {
    const forms: string[] = [];
    for (const key of fresh.flatMap(reachOf)) {
      wanted.add(key);
      const form = key.slice(key.indexOf('|') + 1);
      if (!asked.has(form)) forms.push(form);
      asked.add(form);
    }
    if (!ids.length && !forms.length) break;
    const byId = new Set(ids);
    const rows = await lookup(ids, forms);
    fresh = rows.filter((r) => !known.has(r.id) && (byId.has(r.id) || reachOf(r).some((k) => wanted.has(k))));
    for (const r of fresh) known.set(r.id, r);
    ids = [];
  }
  return resolveVoted(xs, [...known.values()]);
}

/**
 * Every key a record could be joined on, whatever it merges with: all its names (a person's
 * with a space), where `keysOf` keeps the name alone for some. A superset, never fewer.
 */
function reachOf(e: KnownEntity): string[] {
  return [e.name, ...e.aliases]
    .filter((n) => e.type !== 'Person' || /\s/.test(n.trim()))
    .map((n) => `${e.type}|${foldForm(n)}`);
}

function resolveVoted(xs: Extraction[], known: KnownEntity[]): Extraction[] {
  const records = new Map<string, KnownEntity>();
  const counts = new Map<string, number>();
  for (const { id, type, name, aliases, confidence } of known) records.set(id, { id, type, name, aliases, confidence });
  for (const e of xs.flatMap((x) => x.entities)) {
    counts.set(e.id, (counts.get(e.id) ?? 0) + 1);
    const seen = records.get(e.id);
    const { id, type, name, aliases, confidence } = e;
    records.set(e.id, seen ? mergeRecord(seen, e) : { id, type, name, aliases, confidence });
  }
  const canonical = groupIds([...records.values()], new Set(known.map((e) => e.id)), counts);
  const merged = new Map<string, KnownEntity>();
  for (const [id, record] of records) {
    const target = canonical.get(id) ?? id;
    const base = merged.get(target) ?? { ...records.get(target)!, aliases: [...records.get(target)!.aliases] };
    merged.set(
      target,
      id === target
        ? mergeRecord(base, record)
        : mergeRecord(base, { ...record, aliases: [record.name, ...record.aliases] }),
    );
  }
  return xs.map((x) => rewrite(x, canonical, merged));
}

function mergeRecord(a: KnownEntity, b: KnownEntity): KnownEntity {
  const aliases = new Set([...a.aliases, ...b.aliases, ...(b.name !== a.name ? [b.name] : [])]);
  aliases.delete(a.name);
  return { ...a, aliases: [...aliases].sort(), confidence: Math.max(a.confidence, b.confidence) };
}

/** Keys a name can be merged on: whole names, acronyms; never a lone person's first name. */
function keysOf(e: KnownEntity): string[] {
  // "Red Hat Summit 2012" and "Red Hat Summit 2013" share the alias "Red Hat Summit": an
  // event is one edition, so only its full name joins it to another.
  if (e.type === 'Event') return [`Event|${foldForm(e.name)}`];
  return [e.name, ...e.aliases]
    .filter((n) => e.type !== 'Person' || /\s/.test(n.trim()))
    .filter((n) => e.type === 'Person' || /\s/.test(n.trim()) || /^[A-Z0-9]{2,}$/.test(n) || n === e.name)
    .map((n) => `${e.type}|${foldForm(n)}`);
}

function groupIds(records: KnownEntity[], known: Set<string>, counts: Map<string, number>): Map<string, string> {
  const groups = new UnionFind((a, b) => preferred(a, b, known, counts));
  const byKey = new Map<string, string>();
  for (const r of [...records].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    groups.add(r.id);
    for (const key of keysOf(r)) {
      const other = byKey.get(key);
      if (!other) byKey.set(key, r.id);
      else groups.union(other, r.id);
    }
  }
  const out = new Map<string, string>();
  for (const id of groups.keys()) if (groups.find(id) !== id) out.set(id, groups.find(id));
  return out;
}

/** Ids already stored stay stable; else the most used; else the first in order. */
function preferred(a: string, b: string, known: Set<string>, counts: Map<string, number>): string {
  if (known.has(a) !== known.has(b)) return known.has(a) ? a : b;
  const ca = counts.get(a) ?? 0;
  const cb = counts.get(b) ?? 0;
  if (ca !== cb) return ca > cb ? a : b;
  return a < b ? a : b;
}

function rewrite(x: Extraction, canonical: Map<string, string>, merged: Map<string, KnownEntity>): Extraction {
  const map = (id: string) => canonical.get(id) ?? id;
  const ids = [...new Set(x.entities.map((e) => map(e.id)))];
  const entities = ids.map((id) => ({ ...merged.get(id)! }) as Entity);
  const seen = new Set<string>();
  const relations: Relation[] = [];
  for (const r of x.relations) {
    const next = { ...r, from: map(r.from), to: map(r.to) };
    const key = `${next.type}|${next.from}|${next.to}`;
    if (next.from === next.to || seen.has(key)) continue;
    seen.add(key);
    relations.push(next);
  }
  return { ...x, entities, relations };
}
