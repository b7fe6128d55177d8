// Benchmark: ingest of the reference corpus into each store (embedded, and Neo4j started by
// the launcher, or NEO4J_URI), first run and an unchanged re-run. Prints a Markdown table.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadLexicon } from '../ingest/extraction/lexicon.js';
import { EMPTY_CURATION } from '../ingest/resolution/curation.js';
import { SearchIndex } from '../src/search/search-index.js';
import { ingestCorpus } from '../src/services/ingest-service.js';
import { EmbeddedStore } from '../src/stores/embedded/embedded-store.js';
import type { GraphStore } from '../src/stores/graph-store.js';
import { Neo4jStore } from '../src/stores/neo4j/neo4j-store.js';
import { startNeo4j } from '../tools/neo4j/launch.js';
import { benchCorpus } from './corpus.js';

const corpus = benchCorpus();
const lexicon = loadLexicon();
const rows: string[] = [];

async function measure(name: string, store: GraphStore): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'talkgraph-bench-'));
  await store.clear();
  for (const run of ['first', 'unchanged']) {
    const s = await ingestCorpus([corpus], {
      store,
      index: SearchIndex.forStore(store, dir),
      lexicon,
      curation: EMPTY_CURATION,
    });
    const rels = Object.values(s.counts.relations).reduce((a, b) => a + (b ?? 0), 0);
    const ents = Object.values(s.counts.entities).reduce((a, b) => a + (b ?? 0), 0);
    rows.push(
      `| ${name} | ${run} | ${s.ingested} | ${s.unchanged} | ${s.ms} | ${(s.read / (s.ms / 1000)).toFixed(1)} | ${ents} | ${rels} |`,
    );
  }
  await store.close();
}

await measure('embedded', EmbeddedStore.open(mkdtempSync(path.join(tmpdir(), 'talkgraph-bench-store-'))));
const neo = process.env.NEO4J_URI
  ? {
      uri: process.env.NEO4J_URI,
      username: process.env.NEO4J_USERNAME ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
      stop: async () => {},
    }
  : await startNeo4j().catch((err: Error) => (console.log(`neo4j skipped: ${err.message}`), null));
if (neo) {
  await measure(
    'neo4j',
    await Neo4jStore.open({ uri: neo.uri, username: neo.username, password: neo.password, database: undefined }),
  );
  await neo.stop();
}
console.log(`ingest of ${corpus}\n`);
console.log('| store | run | ingested | unchanged | ms | posts/s | entities | relations |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
console.log(rows.join('\n'));
