// Answers "who talked about deep learning" when "deep learning" is no entity: a small index
// over the sentences that state talks, searched for the question's content words.
import MiniSearch from 'minisearch';
import type { EntityType } from '../domain/model.js';
import type { EvidenceRow, QueryRow } from '../stores/named-queries.js';

type Row = QueryRow<'talk-evidence'>;

export class TalkEvidence {
  private readonly mini = new MiniSearch<{ id: number; sentence: string }>({ fields: ['sentence'] });

  private readonly cues: Set<string>;

  constructor(private readonly rows: Row[]) {
    this.mini.addAll(rows.map((r, id) => ({ id, sentence: r.sentence })));
    this.cues = new Set(rows.filter((r) => r.rel === 'SPOKE_AT').map((r) => `${r.id}|${r.post}|${r.sentence}`));
  }

  /** Whether `sentence` is the one that states `speaker`'s talk in `post` (not a later one). */
  statesTalk(speaker: string, post: string, sentence: string): boolean {
    return this.cues.has(`${speaker}|${post}|${sentence}`);
  }

  /** Speakers whose talk sentences match all of `words` (or most, when none match all). */
  find(words: string[]): EvidenceRow[] {
    if (words.length === 0) return [];
    const q = words.join(' ');
    let hits = this.mini.search(q, { combineWith: 'AND', prefix: true, fuzzy: 0.1 });
    if (hits.length === 0) hits = this.mini.search(q, { combineWith: 'OR', prefix: true, fuzzy: 0.1 });
    const seen = new Set<string>();
    const out: EvidenceRow[] = [];
    for (const h of hits) {
      const r = this.rows[h.id as number]!;
      const key = `${r.id}|${r.post}|${r.sentence}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ id: r.id, name: r.name, type: 'Person' as EntityType, post: r.post, sentence: r.sentence, title: null });
    }
    return out;
  }
}
