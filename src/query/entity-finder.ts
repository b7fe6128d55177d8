// Finds entities forgivingly: any case, aliases, acronyms, glued or split words ("Credit 2"),
// small typos ("George Dunlop"), and events by series plus year ("xen summit 2010").
import { editDistance } from '../domain/edit-distance.js';
import type { EntityType } from '../domain/model.js';
import { foldName as fold, squashName as squash } from '../domain/name-fold.js';
import { QUESTION_TALK_FORMS } from '../domain/talk-vocabulary.js';
import { ENTITY_NAME_OPTIONS } from '../search/search-options.js';
import { TextIndex } from '../search/text-index.js';
import type { EntityRow } from '../stores/named-queries.js';

export interface FoundEntity {
  entity: EntityRow;
  /** Where in the searched text the name stands ([start, end) in words), when found in text. */
  words?: [number, number];
  exact: boolean;
}

const STOP = new Set([
  'the',
  'a',
  'an',
  'of',
  'at',
  'in',
  'on',
  'about',
  'for',
  'to',
  'and',
  'who',
  'what',
  'where',
  'which',
  'did',
  'does',
  'do',
  'is',
  'was',
  'posts',
  'post',
  'work',
  'works',
  ...QUESTION_TALK_FORMS,
]);

export class EntityFinder {
  private readonly bySquash = new Map<string, EntityRow[]>();
  private readonly names: TextIndex<{ id: string; names: string }>;
  private readonly byId = new Map<string, EntityRow>();

  constructor(readonly entities: EntityRow[]) {
    for (const e of entities) {
      this.byId.set(e.id, e);
      for (const n of new Set([e.name, ...e.aliases].map(squash)))
        if (n) this.bySquash.set(n, [...(this.bySquash.get(n) ?? []), e]);
    }
    this.names = new TextIndex(
      ENTITY_NAME_OPTIONS,
      entities.map((e) => ({ id: e.id, names: [e.name, ...e.aliases].join(' | ') })),
    );
  }

  get(id: string): EntityRow | undefined {
    return this.byId.get(id);
  }

  /** The best entity named exactly (any case, spacing, alias) by `text`. */
  exact(text: string, type?: EntityType): EntityRow | undefined {
    const hits = (this.bySquash.get(squash(text)) ?? []).filter((e) => !type || e.type === type);
    return hits.sort((a, b) => b.posts - a.posts || (a.id < b.id ? -1 : 1))[0];
  }

  /** Exact first, then an event by series and year, then a close spelling. */
  find(text: string): FoundEntity | undefined {
    const exact = this.exact(text);
    if (exact) return { entity: exact, exact: true };
    const event = this.event(text.split(/\s+/));
    if (event) return { entity: event, exact: true };
    const fuzzy = this.fuzzy(text);
    return fuzzy ? { entity: fuzzy, exact: false } : undefined;
  }

  /** Entities named inside a sentence, longest first, not overlapping ("who talked about credit2 at Xen Summit 2010"). */
  findInText(text: string): FoundEntity[] {
    // Punctuation goes, but not inside a name: "DevConf.CZ", "Node.js".
    const words = text
      .replace(/[?!,;:"“”]|\.(?=\s|$)/g, ' ')
      .split(/\s+/)
      .filter(Boolean);
    const found: FoundEntity[] = [];
    const taken = words.map(() => false);
    const event = this.eventSpan(words);
    if (event) {
      found.push(event);
      for (let i = event.words![0]; i < event.words![1]; i++) taken[i] = true;
    }
    for (let n = Math.min(6, words.length); n >= 1; n--) {
      for (let i = 0; i + n <= words.length; i++) {
        if (taken.slice(i, i + n).some(Boolean)) continue;
        const phrase = words.slice(i, i + n).join(' ');
        if (n === 1 && STOP.has(fold(phrase))) continue;
        const hit = this.exact(phrase) ?? (n >= 2 || phrase.length >= 6 ? this.fuzzyWords(phrase) : undefined);
        if (!hit) continue;
        found.push({ entity: hit, words: [i, i + n], exact: Boolean(this.exact(phrase)) });
        for (let k = i; k < i + n; k++) taken[k] = true;
      }
    }
    return found.sort((a, b) => a.words![0] - b.words![0]);
  }

  /** "Xen Summit 2010", "xen summit" (the most covered edition), "OpenStack Summit Boston 2017". */
  private event(words: string[]): EntityRow | undefined {
    return this.eventSpan(words)?.entity;
  }

  private eventSpan(words: string[]): FoundEntity | undefined {
    const text = ` ${words.map(fold).join(' ')} `;
    const years = words.filter((w) => /^(19|20)\d\d$/.test(w)).map(Number);
    let best: { e: EntityRow; score: number; series: string } | undefined;
    for (const e of this.entities) {
      if (e.type !== 'Event') continue;
      const year = Number(/((?:19|20)\d\d)$/.exec(e.name)?.[1] ?? NaN);
      const series = fold(e.name.replace(/\s*(19|20)\d\d$/, ''));
      if (!series || !text.includes(` ${series} `)) continue;
      if (years.length && !years.includes(year)) continue;
      const score = (years.includes(year) ? 1000 : 0) + e.posts + series.length;
      if (!best || score > best.score) best = { e, score, series };
    }
    if (!best) return undefined;
    const seriesWords = best.series.split(' ');
    const start = words.findIndex(
      (_w, i) =>
        words
          .slice(i, i + seriesWords.length)
          .map(fold)
          .join(' ') === best!.series,
    );
    let end = start + seriesWords.length;
    // Swallow a city or the year after the series: "OpenStack Summit Boston 2017".
    while (
      end < words.length &&
      end - start < seriesWords.length + 2 &&
      (/^(19|20)\d\d$/.test(words[end]!) || /^\p{Lu}/u.test(words[end]!))
    )
      end++;
    return { entity: best.e, words: [start, end], exact: true };
  }

  private fuzzy(text: string): EntityRow | undefined {
    return this.fuzzyWords(text);
  }

  /** A close spelling of a whole name: "George Dunlop" → George Dunlap; "Credit 2" → credit2. */
  private fuzzyWords(phrase: string): EntityRow | undefined {
    const glued = this.bySquash.get(squash(phrase));
    if (glued?.length) return glued[0];
    const words = phrase.split(/\s+/).filter((w) => !STOP.has(fold(w)));
    if (words.length === 0 || words.join('').length < 5) return undefined;
    const hits = this.names.search(words.join(' '), { fuzzy: 0.2, combineWith: 'AND', prefix: false });
    for (const hit of hits.slice(0, 3)) {
      const e = this.byId.get(hit)!;
      const names = [e.name, ...e.aliases];
      // Accept only when the whole name is close, not a word of a longer name.
      if (names.some((n) => n.split(/\s+/).length === words.length && close(squash(n), squash(words.join(' ')))))
        return e;
    }
    return undefined;
  }
}

/** Within about one edit per five letters. */
function close(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2) return false;
  const limit = Math.max(1, Math.floor(Math.max(a.length, b.length) / 5));
  return editDistance(a, b) <= limit;
}
