// Answers "who talked about deep learning" when "deep learning" is no entity: a small index
// over the sentences that state talks, searched for the question's content words.
import type { EntityType } from '../domain/model.js';
import { TALK_SENTENCE_OPTIONS } from '../search/search-options.js';
import { TextIndex } from '../search/text-index.js';
import type { EvidenceRow, QueryRow } from '../stores/named-queries.js';

type Row = QueryRow<'talk-evidence'>;

export class TalkEvidence {
  private readonly sentences: TextIndex<{ id: number; sentence: string }>;

  private readonly cues: Set<string>;

  constructor(private readonly rows: Row[]) {
    this.sentences = new TextIndex(
      TALK_SENTENCE_OPTIONS,
      rows.map((r, id) => ({ id, sentence: r.sentence })),
    );
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
    let hits = this.sentences.search(q, { combineWith: 'AND' });
    if (hits.length === 0) hits = this.sentences.search(q, { combineWith: 'OR' });
    const seen = new Set<string>();
    const out: EvidenceRow[] = [];
    for (const h of hits) {
      const r = this.rows[h]!;
      const key = `${r.id}|${r.post}|${r.sentence}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        id: r.id,
        name: r.name,
        type: 'Person' as EntityType,
        post: r.post,
        sentence: r.sentence,
        title: null,
      });
    }
    return out;
  }
}
