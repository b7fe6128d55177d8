// Ranking exact-only words straight from MiniSearch's postings (related posts' text similarity)
// gives the same hits, scores and order as ranking the backend's matches, replaced and removed
// posts included.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MiniSearchBackend } from '../../src/search/minisearch-backend.js';
import { rankMatches } from '../../src/search/post-ranking.js';
import type { SearchDoc } from '../../src/search/search-options.js';

const VOCAB = ['xen', 'kernel', 'summit', 'day', 'storage', 'credit2', 'talk', 'podman', 'rust', 'go', 'linux', 'ceph'];

/** A deterministic pseudo-random stream (the tests' corpus is fixed). */
function stream(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

function corpus(n: number, rand: () => number): SearchDoc[] {
  const words = (k: number) => Array.from({ length: k }, () => VOCAB[Math.floor(rand() * VOCAB.length)]).join(' ');
  return Array.from({ length: n }, (_, i) => ({
    id: `post:blog:${String(i).padStart(3, '0')}`,
    title: words(1 + Math.floor(rand() * 3)),
    text: words(Math.floor(rand() * 12)),
    tags: words(Math.floor(rand() * 2)),
    entities: words(Math.floor(rand() * 2)),
    url: null,
    date: null,
    site: null,
  }));
}

describe('exact-word ranking from the postings', () => {
  it('equals rankMatches over the matches, for many word sets and limits', async () => {
    const rand = stream(7);
    const backend = MiniSearchBackend.open(mkdtempSync(path.join(tmpdir(), 'talkgraph-rank-')));
    const docs = corpus(300, rand);
    await backend.putAll(docs);
    await backend.putAll(corpus(40, rand).map((d, i) => ({ ...d, id: docs[i * 5]!.id })));
    await backend.removeAll(docs.filter((_, i) => i % 7 === 3).map((d) => d.id));
    const total = await backend.count();
    for (let round = 0; round < 40; round++) {
      const words = [
        ...new Set(Array.from({ length: 1 + (round % 6) }, () => VOCAB[Math.floor(rand() * VOCAB.length)]!)),
      ];
      const limit = [1, 5, 31, 1000][round % 4]!;
      const query = words.map((word) => ({ word, prefix: false, fuzzy: 0 }));
      const want = rankMatches(await backend.match(query), query, total, false).slice(0, limit);
      expect(await backend.rankExact(words, limit)).toEqual(want);
    }
  });
});
