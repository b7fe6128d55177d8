// The post search index the query layer uses: keyword search and similar posts over one
// backend (MiniSearch in the data folder, or Neo4j full-text), ranked the same on both.
import type { Extraction } from '../domain/model.js';
import type { SnapshotPart } from '../storage/generations.js';
import { type CypherRunner, FullTextBackend } from './fulltext-backend.js';
import { MiniSearchBackend } from './minisearch-backend.js';
import { byScore, mayHoldPhrases, queryWords, type RankedHit, rankMatches } from './post-ranking.js';
import { postDoc, type SearchBackend, type StoredDoc } from './search-backend.js';
import { SIMILAR_POSTS_MATCH, tokenize } from './search-options.js';
import { topK } from './top-k.js';

export type { RankedHit } from './post-ranking.js';
export type { StoredDoc } from './search-backend.js';

export interface SearchOptions {
  /** Quoted phrases every hit must hold (as word sequences in its title or text). */
  phrases?: string[];
  /** Only posts matching every word (else any). */
  all?: boolean;
  /** Hits in no particular order (the caller ranks them): no sort of every hit. */
  unordered?: boolean;
}

export class SearchIndex {
  private constructor(private readonly backend: SearchBackend) {}

  /** The embedded index of `dir` (its part of the current generation), or an empty one (also for an unreadable one: ingest rebuilds it). */
  static open(dir: string): SearchIndex {
    return new SearchIndex(MiniSearchBackend.open(dir));
  }

  /** Neo4j's full-text index when the store is Neo4j (no local files), else the index in `dir`. */
  static forStore(store: { kind: string } & Partial<CypherRunner>, dir: string): SearchIndex {
    return store.kind === 'neo4j' && store.runNamed
      ? new SearchIndex(new FullTextBackend(store as CypherRunner))
      : SearchIndex.open(dir);
  }

  get kind(): SearchBackend['kind'] {
    return this.backend.kind;
  }

  /**
   * Posts matching `text` (prefix and typo-tolerant per KEYWORD_MATCH), best first.
   * @example await index.search('open vswitch', { phrases: ['open vswitch'], all: true })
   */
  async search(text: string, o: SearchOptions = {}): Promise<RankedHit[]> {
    return this.run(queryWords([text]), o);
  }

  /** The `limit` posts sharing the most exact words with `text` (related posts' text similarity), best first. */
  async similar(text: string, limit = Number.POSITIVE_INFINITY): Promise<RankedHit[]> {
    const words = queryWords([text], !SIMILAR_POSTS_MATCH.prefix && !SIMILAR_POSTS_MATCH.fuzzy);
    if (words.length === 0) return [];
    if (words.every((w) => !w.prefix && w.fuzzy <= 0) && this.backend.rankExact) {
      const ranked = await this.backend.rankExact(
        words.map((w) => w.word),
        limit,
      );
      if (ranked) return ranked;
    }
    const hits = await this.run(words, { unordered: true });
    return topK(hits, Math.min(limit, hits.length), byScore);
  }

  /** What the hits show (title, url, date, plain text), for the posts that have a document. */
  stored(ids: string[]): Promise<Map<string, StoredDoc>> {
    return this.backend.stored(ids);
  }

  /** Indexed words near `word` with the posts whose title or text hold them, or null where the backend cannot tell. */
  async wordsNear(word: string, distance: number): Promise<Map<string, Set<string>> | null> {
    return this.backend.wordsNear ? this.backend.wordsNear(word, distance) : null;
  }

  /** Whether the post has a document (an index rebuilt afresh has none yet). */
  has(postId: string): Promise<boolean> {
    return this.backend.has(postId);
  }

  /** Adds or replaces the documents of posts: their extraction and plain text. */
  putAll(posts: Array<{ extraction: Extraction; text: string }>): Promise<void> {
    return this.backend.putAll(posts.map((p) => postDoc(p.extraction, p.text)));
  }

  removeAll(postIds: string[]): Promise<void> {
    return this.backend.removeAll(postIds);
  }

  size(): Promise<number> {
    return this.backend.count();
  }

  /**
   * The embedded index as a part of the next snapshot generation (saved with the graph, see
   * src/storage/generations.ts); null for Neo4j full-text, whose documents the server holds.
   */
  snapshotPart(): SnapshotPart | null {
    return this.backend.snapshotPart();
  }

  /** Saves the index alone (a new generation holding it); a no-op for Neo4j full-text. */
  save(): Promise<void> {
    return this.backend.save();
  }

  private async run(words: ReturnType<typeof queryWords>, o: SearchOptions): Promise<RankedHit[]> {
    if (words.length === 0) return [];
    const [matches, total] = await Promise.all([this.backend.match(words), this.backend.count()]);
    let hits = rankMatches(matches, words, total, Boolean(o.all), o.unordered ? 'none' : 'score');
    const phrases = (o.phrases ?? []).map(tokenize).filter((p) => p.length);
    if (phrases.length && hits.length) {
      const keep = await this.backend.withPhrases(
        hits.filter((h) => mayHoldPhrases(h, phrases)).map((h) => h.id),
        phrases,
      );
      hits = hits.filter((h) => keep.has(h.id));
    }
    return hits;
  }
}
