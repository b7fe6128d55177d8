// The embedded store's counts, kept by the graph's events, stay what counting the graph afresh gives.
import { appendFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EmbeddedStore } from '../../src/stores/embedded/embedded-store.js';
import { GraphCounts } from '../../src/stores/embedded/graph-counts.js';
import { copyOfExamples, ingest, storesUnderTest } from '../helpers/stores.js';

describe('embedded store counts', () => {
  it('follow writes, removals and a clear', async () => {
    const store = (await storesUnderTest()[0]!.open()) as EmbeddedStore;
    const corpus = copyOfExamples();
    const afresh = () => new GraphCounts(store.graph).get();
    expect(await store.counts()).toEqual({ posts: 0, entities: {}, relations: {} });
    await ingest(store, [corpus]);
    expect((await store.counts()).posts).toBeGreaterThan(5);
    expect(await store.counts()).toEqual(afresh());
    appendFileSync(path.join(corpus, 'hugo', 'fosdem-2024-notes.md'), '\nZora Quint (Quuxly) spoke about Quintet.\n');
    await ingest(store, [corpus]);
    expect(await store.counts()).toEqual(afresh());
    rmSync(path.join(corpus, 'hugo', 'fosdem-2024-notes.md'));
    await ingest(store, [corpus], { prune: true });
    expect(await store.counts()).toEqual(afresh());
    await store.clear();
    expect(await store.counts()).toEqual({ posts: 0, entities: {}, relations: {} });
  });
});
