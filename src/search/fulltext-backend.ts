// The Neo4j search backend: post documents live on the Post nodes (label SearchDoc) under a
// full-text (Lucene) index, so any number of API servers over one Neo4j answer alike and need
// no local files. Queries are the named queries/search-*.cypher, run through the store.
import {
  docHoldsPhrases,
  MATCH_KINDS,
  type MatchKind,
  matchWeight,
  type QueryWord,
  type SearchBackend,
  type StoredDoc,
  type WordMatch,
} from './search-backend.js';
import { POST_FIELDS, type PostField, type SearchDoc, tokenize } from './search-options.js';

/** What this backend needs of a store: running a named Cypher query (the Neo4j store has it). */
export interface CypherRunner {
  runNamed(name: string, params: Record<string, unknown>, mode: 'read' | 'write'): Promise<Record<string, unknown>[]>;
}

/** The node property each post field is indexed under. */
const PROPERTY: Record<PostField, string> = {
  title: 'search_title',
  text: 'search_text',
  tags: 'search_tags',
  entities: 'search_entities',
};

/** Backslash-escapes Lucene's query syntax characters in one token. */
export function escapeLucene(token: string): string {
  return token.replace(/[+\-&|!(){}[\]^"~*?:\\/<>=]/g, (c) => `\\${c}`);
}

/** A clause's match kind as a number Cypher can take the max of (exact highest). */
const kindRank = (kind: MatchKind) => MATCH_KINDS.length - MATCH_KINDS.indexOf(kind);

/** The Lucene clauses of one query word: per field, exact, and prefix and fuzzy when allowed. */
export function clausesOf(words: QueryWord[]): Array<{ word: number; weight: number; rank: number; query: string }> {
  const out: Array<{ word: number; weight: number; rank: number; query: string }> = [];
  const add = (word: number, field: PostField, kind: MatchKind, query: string) =>
    out.push({ word, weight: matchWeight(field, kind), rank: kindRank(kind), query });
  words.forEach((w, word) => {
    const t = escapeLucene(w.word);
    for (const field of POST_FIELDS) {
      const p = PROPERTY[field];
      add(word, field, 'exact', `${p}:${t}`);
      if (w.prefix) add(word, field, 'prefix', `${p}:${t}*`);
      if (w.fuzzy > 0) add(word, field, 'fuzzy', `${p}:${t}~${w.fuzzy}`);
    }
  });
  return out;
}

/** `(search_title:"a b" OR search_text:"a b") AND …` for the phrases (already tokenized). */
export function phraseQuery(phrases: string[][]): string {
  return phrases
    .filter((p) => p.length)
    .map((p) => {
      const quoted = `"${p.map((t) => t.replace(/["\\]/g, (c) => `\\${c}`)).join(' ')}"`;
      return `(${PROPERTY.title}:${quoted} OR ${PROPERTY.text}:${quoted})`;
    })
    .join(' AND ');
}

export class FullTextBackend implements SearchBackend {
  readonly kind = 'neo4j-fulltext' as const;
  private indexed: Promise<Set<string>> | null = null;

  constructor(private readonly db: CypherRunner) {}

  async match(words: QueryWord[]): Promise<WordMatch[]> {
    if (words.length === 0) return [];
    const rows = await this.db.runNamed('search-match', { clauses: clausesOf(words) }, 'read');
    return rows.map((r) => ({
      post: String(r.post),
      word: Number(r.word),
      weight: Number(r.weight),
      kind: MATCH_KINDS[MATCH_KINDS.length - Number(r.rank)] ?? 'fuzzy',
    }));
  }

  async withPhrases(ids: string[], phrases: string[][]): Promise<Set<string>> {
    const query = phraseQuery(phrases);
    if (!query || ids.length === 0) return new Set(ids);
    const rows = await this.db.runNamed('search-phrases', { ids, query }, 'read');
    const lucene = rows.map((r) => String(r.post));
    // Lucene's phrase query may skip over tokens it drops; confirm on the stored text as the embedded side does.
    const docs = await this.stored(lucene);
    return new Set(lucene.filter((id) => docs.has(id) && docHoldsPhrases(docs.get(id)!, phrases)));
  }

  async stored(ids: string[]): Promise<Map<string, StoredDoc>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db.runNamed('search-stored', { ids: [...new Set(ids)] }, 'read');
    const docs = rows.map((r) => ({
      id: String(r.post),
      title: String(r.title ?? ''),
      url: (r.url as string | null) ?? null,
      date: (r.date as string | null) ?? null,
      text: String(r.text ?? ''),
      site: (r.site as string | null) ?? null,
    }));
    return new Map(docs.map((d) => [d.id, d]));
  }

  async count(): Promise<number> {
    const [row] = await this.db.runNamed('search-count', {}, 'read');
    return Number(row?.n ?? 0);
  }

  /** Loads the set of indexed posts once (ingest asks per file). */
  async has(id: string): Promise<boolean> {
    this.indexed ??= this.db
      .runNamed('search-indexed', {}, 'read')
      .then((rows) => new Set(rows.map((r) => String(r.post))));
    return (await this.indexed).has(id);
  }

  async putAll(docs: SearchDoc[]): Promise<void> {
    if (docs.length === 0) return;
    const rows = docs.map((d) => ({
      id: d.id,
      title: tokenize(d.title).join(' '),
      text: tokenize(d.text).join(' '),
      tags: tokenize(d.tags).join(' '),
      entities: tokenize(d.entities).join(' '),
      body: d.text,
    }));
    await this.db.runNamed('search-put', { docs: rows }, 'write');
    if (this.indexed) for (const d of docs) (await this.indexed).add(d.id);
  }

  async removeAll(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.db.runNamed('search-remove', { ids }, 'write');
    if (this.indexed) for (const id of ids) (await this.indexed).delete(id);
  }

  snapshotPart(): null {
    return null;
  }

  async save(): Promise<void> {}
}
