// Scores one post's extraction against its gold labels: entities by type, speakers, talk
// pairs, affiliations and the event, with the misses and false hits for `--errors`.
import type { Entity, Extraction } from '../domain/model.js';
import { normalizeName } from '../domain/name-fold.js';
import type { GoldPost } from './gold.js';

export const METRICS = ['people', 'organizations', 'projects', 'speakers', 'talks', 'affiliations'] as const;
export type Metric = (typeof METRICS)[number];

export interface Count {
  tp: number;
  fp: number;
  fn: number;
  misses: string[];
  falseHits: string[];
}

export interface PostScore {
  file: string;
  counts: Record<Metric, Count>;
  eventRight: boolean;
  eventNote: string;
}

type Names = Set<string>;

/** Scores `x` against `gold`; `author` extra people do not count against the system. */
export function scorePost(gold: GoldPost, x: Extraction): PostScore {
  const goldNames = (name: string): Names => new Set([name, ...(gold.aliases[name] ?? [])].map(normalizeName));
  const byId = new Map(x.entities.map((e) => [e.id, e]));
  const sysNames = (e: Entity): Names => new Set([e.name, ...e.aliases].map(normalizeName));
  const ofType = (t: Entity['type']) =>
    x.entities.filter((e) => e.type === t).map((e) => ({ label: e.name, names: sysNames(e) }));
  const author = normalizeName(gold.author ?? x.post.author ?? '');
  const counts = {
    people: match(
      gold.people.map((n) => ({ label: n, names: goldNames(n) })),
      ofType('Person'),
      (s) => s.names.has(author),
    ),
    organizations: match(
      gold.organizations.map((n) => ({ label: n, names: goldNames(n) })),
      ofType('Organization'),
    ),
    projects: match(
      gold.projects.map((n) => ({ label: n, names: goldNames(n) })),
      ofType('Project'),
    ),
    speakers: match(
      [...new Set(gold.talks.map((t) => t.speaker))].map((n) => ({ label: n, names: goldNames(n) })),
      [...new Set(x.relations.filter((r) => r.type === 'TALKED_ABOUT' || r.type === 'SPOKE_AT').map((r) => r.from))]
        .map((id) => byId.get(id))
        .filter((e): e is Entity => Boolean(e))
        .map((e) => ({ label: e.name, names: sysNames(e) })),
    ),
    talks: matchPairs(
      gold.talks.flatMap((t) => t.about.map((a) => pair(t.speaker, a, goldNames))),
      x.relations.filter((r) => r.type === 'TALKED_ABOUT').map((r) => sysPair(r.from, r.to, byId, sysNames)),
    ),
    affiliations: matchPairs(
      gold.affiliations.map((a) => pair(a.person, a.org, goldNames)),
      x.relations.filter((r) => r.type === 'AFFILIATED_WITH').map((r) => sysPair(r.from, r.to, byId, sysNames)),
    ),
  };
  return { file: gold.file, counts, ...scoreEvent(gold, x) };
}

interface Item {
  label: string;
  names: Names;
}

function match(gold: Item[], sys: Item[], ignoreExtra: (s: Item) => boolean = () => false): Count {
  const used = new Set<number>();
  const misses: string[] = [];
  let tp = 0;
  const seenGold = new Set<string>();
  for (const g of gold) {
    if (seenGold.has(g.label)) continue;
    seenGold.add(g.label);
    const i = sys.findIndex((s, k) => !used.has(k) && [...s.names].some((n) => g.names.has(n)));
    if (i >= 0) {
      used.add(i);
      tp++;
    } else misses.push(g.label);
  }
  const falseHits = sys.filter((s, k) => !used.has(k) && !ignoreExtra(s)).map((s) => s.label);
  return { tp, fp: falseHits.length, fn: misses.length, misses, falseHits };
}

interface Pair {
  label: string;
  a: Names;
  b: Names;
}

function pair(a: string, b: string, names: (n: string) => Names): Pair {
  return { label: `${a} → ${b}`, a: names(a), b: names(b) };
}

function sysPair(from: string, to: string, byId: Map<string, Entity>, names: (e: Entity) => Names): Pair {
  const a = byId.get(from);
  const b = byId.get(to);
  return {
    label: `${a?.name ?? from} → ${b?.name ?? to}`,
    a: a ? names(a) : new Set([from]),
    b: b ? names(b) : new Set([to]),
  };
}

function matchPairs(gold: Pair[], sys: Pair[]): Count {
  const overlaps = (x: Names, y: Names) => [...x].some((n) => y.has(n));
  const uniqueGold = gold.filter((g, i) => gold.findIndex((h) => h.label === g.label) === i);
  const used = new Set<number>();
  const misses: string[] = [];
  let tp = 0;
  for (const g of uniqueGold) {
    const i = sys.findIndex((s, k) => !used.has(k) && overlaps(s.a, g.a) && overlaps(s.b, g.b));
    if (i >= 0) {
      used.add(i);
      tp++;
    } else misses.push(g.label);
  }
  // A system pair that duplicates a matched gold pair under another alias is not a false hit.
  const falseHits = sys
    .filter((s, k) => !used.has(k) && !uniqueGold.some((g) => overlaps(s.a, g.a) && overlaps(s.b, g.b)))
    .map((s) => s.label);
  return { tp, fp: falseHits.length, fn: misses.length, misses, falseHits };
}

function scoreEvent(gold: GoldPost, x: Extraction): { eventRight: boolean; eventNote: string } {
  const sys = x.event ? `${x.event.name} ${x.event.year ?? ''}`.trim() : 'none';
  if (!gold.event) return { eventRight: x.event === null, eventNote: `gold none, got ${sys}` };
  const right =
    x.event !== null &&
    x.event.year === gold.event.year &&
    normalizeName(x.event.name).includes(normalizeName(gold.event.name));
  return { eventRight: right, eventNote: `gold ${gold.event.name} ${gold.event.year}, got ${sys}` };
}
