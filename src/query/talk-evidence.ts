// Answers "who talked about deep learning" when "deep learning" is no entity: a small index
// over the sentences that state talks, searched for the question's content words. Read from
// the store on first use, not at start-up: every talk sentence of the corpus (160k rows at 10k
// posts) cost serve about 3 s before it could answer anything, and most asks never need it.
import type { EntityType } from '../domain/model.js';
import { TALK_SENTENCE_OPTIONS } from '../search/search-options.js';
import { TextIndex } from '../search/text-index.js';
import type { EvidenceRow, QueryRow } from '../stores/named-queries.js';

type Row = QueryRow<'talk-evidence'>;

export class TalkEvidence {
  private rows?: Promise<Row[]>;

  private sentences?: TextIndex<{ id: number; sentence: string }>;

  private cues?: Promise<Set<string>>;

  /** @param load reads the talk-evidence rows (called once, on first use) */
  constructor(private readonly load: () => Promise<Row[]>) {}

  private all(): Promise<Row[]> {
    this.rows ??= this.load();
    return this.rows;
  }

  /** Whether `sentence` is the one that states `speaker`'s talk in `post` (not a later one); the test is built once. */
  statesTalk(): Promise<(speaker: string, post: string, sentence: string) => boolean> {
    this.cues ??= this.all().then(
      (rows) => new Set(rows.filter((r) => r.rel === 'SPOKE_AT').map((r) => `${r.id}|${r.post}|${r.sentence}`)),
    );
    return this.cues.then((cues) => (speaker, post, sentence) => cues.has(`${speaker}|${post}|${sentence}`));
  }

  /** Speakers whose talk sentences match all of `words` (or most, when none match all). */
  async find(words: string[]): Promise<EvidenceRow[]> {
    if (words.length === 0) return [];
    const rows = await this.all();
    this.sentences ??= new TextIndex(
      TALK_SENTENCE_OPTIONS,
      rows.map((r, id) => ({ id, sentence: r.sentence })),
    );
    const q = words.join(' ');
    let hits = this.sentences.search(q, { combineWith: 'AND' });
    if (hits.length === 0) hits = this.sentences.search(q, { combineWith: 'OR' });
    const seen = new Set<string>();
    const out: EvidenceRow[] = [];
    for (const h of hits) {
      const r = rows[h]!;
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
