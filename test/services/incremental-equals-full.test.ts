// An incremental ingest reads only the stored entities the changed posts can merge with; what it
// leaves in the data folder must be what a clean ingest of the same corpus makes from scratch.
import { appendFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMPTY_CURATION } from '../../ingest/resolution/curation.js';
import { SearchIndex } from '../../src/search/search-index.js';
import { ingestCorpus } from '../../src/services/ingest-service.js';
import { EmbeddedStore } from '../../src/stores/embedded/embedded-store.js';
import { lexicon } from '../helpers/extract-text.js';
import { copyOfExamples } from '../helpers/stores.js';

const open = (dir: string) => ({ store: EmbeddedStore.open(dir), index: SearchIndex.open(dir) });
const ingest = (paths: string[], o: ReturnType<typeof open>) =>
  ingestCorpus(paths, { ...o, lexicon, curation: EMPTY_CURATION, statsDir: null });

/** The graph as sorted nodes and edges with their attributes (insertion order is no content). */
function contents(store: EmbeddedStore) {
  const g = store.graph.export();
  const byKey = (a: { key?: string }, b: { key?: string }) => ((a.key ?? '') < (b.key ?? '') ? -1 : 1);
  return { nodes: [...g.nodes].sort(byKey), edges: [...g.edges].sort(byKey) };
}

/** Ingests the examples, applies `change`, ingests again; and ingests the changed corpus afresh. */
async function incrementalAndFresh(change: (corpus: string) => void) {
  const corpus = copyOfExamples();
  const kept = open(mkdtempSync(path.join(tmpdir(), 'talkgraph-inc-')));
  await ingest([corpus], kept);
  change(corpus);
  const second = await ingest([corpus], kept);
  const fresh = open(mkdtempSync(path.join(tmpdir(), 'talkgraph-fresh-')));
  await ingest([corpus], fresh);
  return { kept, fresh, second };
}

async function expectSame(kept: ReturnType<typeof open>, fresh: ReturnType<typeof open>, words: string[]) {
  expect(contents(kept.store)).toEqual(contents(fresh.store));
  expect(await kept.store.query('entities-all', {})).toEqual(await fresh.store.query('entities-all', {}));
  expect(await kept.index.size()).toBe(await fresh.index.size());
  for (const word of words) expect(await kept.index.search(word), word).toEqual(await fresh.index.search(word));
}

describe('an incremental ingest of one changed post', () => {
  it('leaves the store and the index a clean ingest of the changed corpus makes', async () => {
    const { kept, fresh, second } = await incrementalAndFresh((corpus) =>
      appendFileSync(
        path.join(corpus, 'hugo', 'fosdem-2024-notes.md'),
        '\nA late note: Marta Kowalczyk also demoed Rust for Linux at Flock, and Ada Quill joined her.\n',
      ),
    );
    expect(second.ingested).toBe(1);
    await expectSame(kept, fresh, ['Rust', 'Quill', 'Flock', 'kernel']);
  });

  it('so does a new post naming things other posts name, by a name and an alias', async () => {
    const { kept, fresh, second } = await incrementalAndFresh((corpus) =>
      writeFileSync(
        path.join(corpus, 'hugo', 'late-notes.md'),
        [
          '+++',
          'title = "Late notes"',
          'date = "2024-03-01"',
          'authors = ["Alex Moreau"]',
          '+++',
          '',
          'Tomasz Zielinski from Red Hat presented nftables again, and Marta Kowalczyk spoke about Rust for Linux.',
          'The OpenStack Summit Berlin keynote covered Kubernetes.',
          '',
        ].join('\n'),
      ),
    );
    expect(second.ingested).toBe(1);
    await expectSame(kept, fresh, ['nftables', 'Kubernetes', 'late']);
  });
});
