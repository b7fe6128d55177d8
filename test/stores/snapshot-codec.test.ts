// The embedded snapshot (version 2) gives back the graph it was made of, node and edge order
// included, and a data folder saved as version 1 (graphology's export) still opens.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { readManifest } from '../../src/storage/generations.js';
import { EmbeddedStore } from '../../src/stores/embedded/embedded-store.js';
import type { EdgeAttrs, Graph, NodeAttrs } from '../../src/stores/embedded/embedded-types.js';
import { decodeGraph, encodeGraph } from '../../src/stores/embedded/snapshot-codec.js';
import { copyOfExamples, ingest } from '../helpers/stores.js';

async function ingestedStore(): Promise<{ dir: string; store: EmbeddedStore }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'talkgraph-snap-'));
  const store = EmbeddedStore.open(dir);
  await ingest(store, [copyOfExamples()]);
  await store.flush();
  return { dir, store };
}

describe('embedded snapshot', () => {
  it('decodes to the graph it encoded, in the same order', async () => {
    const { store } = await ingestedStore();
    // An edge with a key of its own and a post that is no node survive too.
    const [a, b] = store.graph.filterNodes((_id, n) => n.kind === 'Entity');
    store.graph.addEdgeWithKey('odd-key', a!, b!, { type: 'MENTIONS', post: 'post:gone', sentence: 'x', title: null });
    const copy: Graph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
    decodeGraph(JSON.parse(JSON.stringify(encodeGraph(store.graph))), copy);
    expect(copy.export()).toEqual(store.graph.export());
    expect(copy.edges()).toEqual(store.graph.edges());
  });

  it('opens a folder saved as version 1, and saves it as version 2', async () => {
    const { dir, store } = await ingestedStore();
    const file = path.join(dir, readManifest(dir)!.parts.graph!);
    expect(JSON.parse(readFileSync(file, 'utf8')).version).toBe(2);
    writeFileSync(file, JSON.stringify({ version: 1, graph: store.graph.export() }));
    const reopened = EmbeddedStore.open(dir);
    expect(reopened.graph.export()).toEqual(store.graph.export());
    expect(await reopened.query('entities-all', {})).toEqual(await store.query('entities-all', {}));
  });
});
