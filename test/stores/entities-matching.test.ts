// The embedded store's 'entities-matching' answers from its name index, kept in step with writes:
// after each change it gives what a scan of every entity gives.
import { appendFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldForm } from '../../src/domain/name-fold.js';
import type { EmbeddedStore } from '../../src/stores/embedded/embedded-store.js';
import type { GraphStore } from '../../src/stores/graph-store.js';
import { copyOfExamples, ingest, storesUnderTest } from '../helpers/stores.js';

/** 'entities-matching' for every stored form, and a scan of 'entities-all' for the same. */
async function bothWays(store: GraphStore, forms: string[]) {
  const all = await store.query('entities-all', {});
  const ids = all.slice(0, 3).map((e) => e.id);
  const scan = all
    .filter((e) => ids.includes(e.id) || [e.name, ...e.aliases].some((n) => forms.includes(foldForm(n))))
    .sort((a, b) => b.posts - a.posts || (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1));
  return { matched: await store.query('entities-matching', { ids, forms }), scan };
}

const formsOf = async (store: GraphStore) =>
  (await store.query('entities-all', {}))
    .flatMap((e) => [e.name, ...e.aliases].map(foldForm))
    .filter((_f, i) => i % 3 === 0);

describe('entities-matching on the embedded store', () => {
  it('matches a scan of every entity, after writes, alias changes and removals', async () => {
    const store = (await storesUnderTest()[0]!.open()) as EmbeddedStore;
    const corpus = copyOfExamples();
    await ingest(store, [corpus]);
    const forms = await formsOf(store);
    const first = await bothWays(store, forms);
    expect(first.matched.length).toBeGreaterThan(10);
    expect(first.matched).toEqual(first.scan);
    appendFileSync(
      path.join(corpus, 'hugo', 'fosdem-2024-notes.md'),
      '\nMarta Kowalczyk (Rust for Linux, RFL) and Zora Quint spoke about the Quintet framework.\n',
    );
    await ingest(store, [corpus]);
    const changed = await bothWays(store, [...forms, 'zora quint', 'quintet', 'rfl']);
    expect(changed.matched.map((e) => e.name)).toContain('Zora Quint');
    expect(changed.matched).toEqual(changed.scan);
    rmSync(path.join(corpus, 'hugo', 'fosdem-2024-notes.md'));
    await ingest(store, [corpus], { prune: true });
    const pruned = await bothWays(store, [...forms, 'zora quint', 'quintet', 'rfl']);
    expect(pruned.matched.map((e) => e.name)).not.toContain('Zora Quint');
    expect(pruned.matched).toEqual(pruned.scan);
  });
});
