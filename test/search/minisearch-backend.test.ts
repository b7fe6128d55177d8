// The embedded search backend reports, per post and exact word, its best field's weight; a
// replaced or removed post's old words are gone, and the answer is the same as its search's.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MiniSearchBackend } from '../../src/search/minisearch-backend.js';
import { matchWeight, type WordMatch } from '../../src/search/search-backend.js';
import type { SearchDoc } from '../../src/search/search-options.js';

const doc = (id: string, title: string, text: string, entities = ''): SearchDoc => ({
  id,
  title,
  text,
  tags: '',
  entities,
  url: null,
  date: null,
  site: null,
});

const sorted = (m: WordMatch[]) =>
  [...m].sort((a, b) => (a.post < b.post ? -1 : a.post > b.post ? 1 : a.word - b.word));

describe('exact words in the embedded index', () => {
  it('gives each post its best field per word, and forgets replaced and removed posts', async () => {
    const backend = MiniSearchBackend.open(mkdtempSync(path.join(tmpdir(), 'talkgraph-mini-')));
    await backend.putAll([
      doc('post:a', 'Xen day one', 'Talks on xen and the kernel.'),
      doc('post:b', 'Notes', 'A kernel talk.', 'Xen'),
      doc('post:c', 'Kernel', 'Nothing on hypervisors.'),
      doc('post:d', 'Gone', 'Xen kernel xen.'),
    ]);
    await backend.putAll([doc('post:c', 'Kernel', 'Now on xen too.')]);
    await backend.removeAll(['post:d']);
    const words = [
      { word: 'xen', prefix: false, fuzzy: 0 },
      { word: 'kernel', prefix: false, fuzzy: 0 },
      { word: 'hypervisors', prefix: false, fuzzy: 0 },
    ];
    const exact = (field: 'title' | 'text' | 'entities', post: string, word: number): WordMatch => ({
      post,
      word,
      weight: matchWeight(field, 'exact'),
      kind: 'exact',
    });
    expect(sorted(await backend.match(words))).toEqual([
      exact('title', 'post:a', 0),
      exact('text', 'post:a', 1),
      exact('entities', 'post:b', 0),
      exact('text', 'post:b', 1),
      exact('text', 'post:c', 0),
      exact('title', 'post:c', 1),
    ]);
  });
});
