// Lists led by a kind of thing: "companies like Quuxly Support, zentrik.io and Acme" names three
// organizations, "tools such as `frobctl` and Lantern" two projects, whatever the words look like.
import type { EntityType } from '../../src/domain/model.js';
import { isOrdinaryWord } from '../document/nlp.js';
import { add, linkAt, type Scan } from './scan.js';
import { isCapitalized } from './tokens.js';

/** Plural kind nouns and the type they give the names listed after them. */
export const KIND_NOUNS: ReadonlyMap<string, EntityType> = new Map([
  ['companies', 'Organization'],
  ['firms', 'Organization'],
  ['organizations', 'Organization'],
  ['organisations', 'Organization'],
  ['vendors', 'Organization'],
  ['startups', 'Organization'],
  ['universities', 'Organization'],
  ['sponsors', 'Organization'],
  ['foundations', 'Organization'],
  ['institutions', 'Organization'],
  ['projects', 'Project'],
  ['tools', 'Project'],
  ['libraries', 'Project'],
  ['frameworks', 'Project'],
  ['packages', 'Project'],
  ['databases', 'Project'],
  ['editors', 'Project'],
  ['distributions', 'Project'],
  ['distros', 'Project'],
  ['languages', 'Project'],
]);

/** Words between the kind noun and the list: "companies like", "tools such as", "projects including". */
const LEADS = ['like', 'such as', 'including'];
const LEAD_ENDS = new Set(LEADS.map((lead) => lead.split(' ').at(-1)!));
const LEAD = new RegExp(`\\b(${[...KIND_NOUNS.keys()].join('|')}),?\\s+(?:${LEADS.join('|')})\\s+$`, 'i');

/** What may stand between two items, and the words that close the list before its last item. */
const GAPS = new Set([', ', ',']);
const CLOSERS = new Set(['and', 'or', '&']);

/**
 * Types the free items of lists that follow a kind noun and "like", "such as" or "including".
 * An item is a run of capitalized words, or one word linked, in code, or shaped like a product
 * name ("zentrik.io", "k3s"); a bare lower-case word ("crypto") is too often a plain noun.
 */
export function matchKindLists(scan: Scan, chunks: ReadonlyArray<[number, number]>): void {
  const { tokens, s } = scan;
  for (let i = 1; i < tokens.length; i++) {
    // Only a token right after a lead word can open a list; the regex check is the costly part.
    if (!LEAD_ENDS.has(tokens[i - 1]!.text.toLowerCase())) continue;
    const lead = LEAD.exec(s.text.slice(0, tokens[i]!.start));
    if (!lead) continue;
    const type = KIND_NOUNS.get(lead[1]!.toLowerCase())!;
    i = typeList(scan, chunks, i, type);
  }
}

/**
 * Types the items from token k on and returns the last token read. A plain word that is no
 * item ("packages like crypto and Tessvik") is passed over so the list goes on after it.
 */
function typeList(scan: Scan, chunks: ReadonlyArray<[number, number]>, k: number, type: EntityType): number {
  const { tokens, s } = scan;
  for (let closed = false; ; ) {
    const last = Math.max(typeItem(scan, chunks, k, type), k);
    const next = tokens[last + 1];
    if (closed || !next) return last;
    const gap = s.text.slice(tokens[last]!.end, next.start);
    if (CLOSERS.has(next.text.toLowerCase()) && (gap === ' ' || GAPS.has(gap))) {
      closed = true;
      k = last + 2;
    } else if (GAPS.has(gap)) k = last + 1;
    else return last;
  }
}

/** Types the item at token k when it is one and not taken; its last token, or -1. */
function typeItem(scan: Scan, chunks: ReadonlyArray<[number, number]>, k: number, type: EntityType): number {
  const end = itemEnd(scan, chunks, k);
  if (end >= 0 && !scan.taken.slice(k, end + 1).some(Boolean))
    add(scan, k, end, { type, canonical: '', confidence: 0.6, source: 'kind-list' });
  return end;
}

/** A lower-case word that is a name by its shape: a dot or a digit inside ("zentrik.io", "k3s"). */
const PRODUCT_SHAPE = /^[\p{Ll}][\p{L}\d-]*(?:[.\d][\p{L}\d-]*)+$/u;

/** The last token of the item starting at token k, or -1 when no item starts there. */
function itemEnd(scan: Scan, chunks: ReadonlyArray<[number, number]>, k: number): number {
  const t = scan.tokens[k];
  if (!t) return -1;
  const chunk = chunks.find(([a]) => a === k);
  if (chunk && isCapitalized(t.text)) return chunk[1];
  const marked =
    linkAt(scan, k, k) !== undefined || (scan.s.code ?? []).some((c) => c.start <= t.start && c.end >= t.end);
  if (marked || (/\p{L}/u.test(t.text) && PRODUCT_SHAPE.test(t.text) && !isOrdinaryWord(t.base))) return k;
  return -1;
}
