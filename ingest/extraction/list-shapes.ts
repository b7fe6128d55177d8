// Names in a list take the type of their neighbours: "projects like Quux, Frobix, Open Widget
// Service and more" makes the plain-word "Open Widget Service" a project too.
import type { EntityType } from '../../src/domain/model.js';
import { isAdverb, isDescriptiveWord } from '../document/nlp.js';
import { add, type Mention, type Scan } from './scan.js';

/** What may stand between two items of one list. */
const LIST_GAPS = new Set([', ', ', and ', ', or ', ' and ', ' or ']);

/** Types a list hands on to its unnamed items. */
const LIST_TYPES = new Set<EntityType>(['Project', 'Organization']);

/** A list needs this many items, and this many of them already typed alike. */
const MIN_ITEMS = 3;
const MIN_TYPED = 2;

/** A plural kind noun right after a list types all its items: "the Datastore, Channel and Memcache APIs". */
const PROJECT_KINDS = [
  'APIs',
  'SDKs',
  'libraries',
  'packages',
  'frameworks',
  'tools',
  'plugins',
  'extensions',
  'databases',
  'editors',
  'distributions',
  'distros',
];
const KIND_AFTER = new RegExp(`^\\s+(?:${PROJECT_KINDS.join('|')})\\b`);

/** Words an unnamed list item may have: "Open Build Service" yes, a clause no. */
const MAX_ITEM_WORDS = 4;

interface Item {
  start: number;
  end: number;
  type?: EntityType;
  chunk?: [number, number];
  mention?: Mention;
}

/**
 * Types the free capitalized chunks of comma lists whose other items are mentions of one
 * type: "ALP, MicroOS, Tumbleweed, Leap, Open Build Service and more".
 */
export function matchListItems(scan: Scan, chunks: ReadonlyArray<[number, number]>): void {
  for (const list of listsOf(scan, itemsOf(scan, chunks))) {
    const types = new Set(list.flatMap((i) => (i.type ? [i.type] : [])));
    const typed = list.filter((i) => i.type).length;
    const [type] = [...types];
    // "Quux, Frobix, Polish, Russian, Welsh, ...": a list mostly of plain words is no list of names.
    const enough = list.length >= MIN_ITEMS && typed >= MIN_TYPED && typed * 2 >= list.length;
    if (list.length >= 2 && endsInKind(scan, list.at(-1)!)) {
      typeItems(scan, list, 'Project');
      continue;
    }
    if (!enough || types.size !== 1 || !LIST_TYPES.has(type!)) continue;
    typeItems(scan, list, type!);
  }
}

/** "... and Memcache APIs": a kind noun after the last item, or closing its chunk (then dropped from it). */
function endsInKind(scan: Scan, last: Item): boolean {
  if (KIND_AFTER.test(scan.s.text.slice(last.end))) return true;
  const chunk = last.chunk;
  if (!chunk || chunk[1] === chunk[0] || !PROJECT_KINDS.includes(scan.tokens[chunk[1]]!.text)) return false;
  last.chunk = [chunk[0], chunk[1] - 1];
  return true;
}

/** Adds the list's free chunks as mentions of `type`; typed items keep theirs unless a kind noun names it. */
function typeItems(scan: Scan, list: Item[], type: EntityType): void {
  for (const item of list) {
    if (item.mention && item.type !== 'Person' && item.mention.source !== 'lexicon') item.mention.type = type;
    if (!item.chunk) continue;
    add(scan, item.chunk[0], item.chunk[1], { type, canonical: '', confidence: 0.55, source: 'list-item' });
  }
}

/** Mentions and untaken chunks, in text order. */
function itemsOf(scan: Scan, chunks: ReadonlyArray<[number, number]>): Item[] {
  const { tokens } = scan;
  const free = chunks.filter(
    ([a, b]) =>
      b - a < MAX_ITEM_WORDS &&
      tokens[a]!.start > 0 &&
      !scan.taken.slice(a, b + 1).some(Boolean) &&
      !(a === b && describes(tokens[a]!.text)),
  );
  return [
    ...scan.mentions.map((m) => ({ start: m.start, end: m.end, type: m.type, mention: m })),
    ...free.map(([a, b]) => ({ start: tokens[a]!.start, end: tokens[b]!.end, chunk: [a, b] as [number, number] })),
  ].sort((x, y) => x.start - y.start);
}

/** "Russian", "More", "Everywhere": one word that describes or qualifies names no thing of a list. */
function describes(word: string): boolean {
  return isDescriptiveWord(word) || isAdverb(word);
}

/** Runs of items joined by list gaps; "and"/"or" only before the last item. */
function listsOf(scan: Scan, items: Item[]): Item[][] {
  const lists: Item[][] = [];
  let run: Item[] = [];
  for (const item of items) {
    const prev = run.at(-1);
    const gap = prev ? scan.s.text.slice(prev.end, item.start) : '';
    if (prev && LIST_GAPS.has(gap) && !closed(scan, run)) run.push(item);
    else {
      if (run.length) lists.push(run);
      run = [item];
    }
  }
  if (run.length) lists.push(run);
  return lists;
}

/** A list closes after its "and" item. */
function closed(scan: Scan, run: Item[]): boolean {
  if (run.length < 2) return false;
  const gap = scan.s.text.slice(run.at(-2)!.end, run.at(-1)!.start);
  return gap !== ', ';
}
