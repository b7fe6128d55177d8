// `npm run bench:scale -- --posts N [--seed S] [--stores embedded,neo4j] [--calls C]`: a
// synthetic corpus of N posts, then per store: cold ingest throughput, incremental ingest of
// one changed post, in-process query p50/p99, and serve's start-up and RSS. Neo4j runs when
// NEO4J_URI is set (with NEO4J_USERNAME / NEO4J_PASSWORD), else it is skipped with a message.
import { appendFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadLexicon } from '../../ingest/extraction/lexicon.js';
import { EMPTY_CURATION } from '../../ingest/resolution/curation.js';
import { QueryService } from '../../src/query/query-service.js';
import { SearchIndex } from '../../src/search/search-index.js';
import { ingestCorpus } from '../../src/services/ingest-service.js';
import { EmbeddedStore } from '../../src/stores/embedded/embedded-store.js';
import type { GraphStore } from '../../src/stores/graph-store.js';
import { Neo4jStore } from '../../src/stores/neo4j/neo4j-store.js';
import { rssMiB, startServe, stop } from '../http-serve.js';
import { fmt, latency, table } from '../stats.js';
import { queryOps, questionsFor } from './questions.js';
import { writeSyntheticCorpus } from './synthetic-corpus.js';

const { values } = parseArgs({
  options: {
    posts: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    stores: { type: 'string', default: 'embedded,neo4j' },
    calls: { type: 'string', default: '500' },
  },
});
const posts = Number(values.posts);
const calls = Number(values.calls);
const lexicon = loadLexicon();

const t = performance.now();
const corpus = writeSyntheticCorpus(mkdtempSync(path.join(tmpdir(), 'talkgraph-scale-')), posts, Number(values.seed));
console.log(
  `synthetic corpus: ${posts} posts, seed ${values.seed}, written in ${fmt((performance.now() - t) / 1000)} s (${corpus}); load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}\n`,
);

/** Changes one post's text (a new sentence) so the next ingest re-extracts it alone. */
async function touchOne(): Promise<void> {
  const { appendFileSync: append } = await import('node:fs');
  const folder = path.join(corpus, '000');
  append(path.join(folder, readdirSync(folder).sort()[0]!), `\nA late note on packaging, added at ${Date.now()}.\n`);
}

/** Prints a figure as soon as it is measured (a long run still leaves what it got), and keeps it for the table. */
function report(rows: Array<Array<string | number>>, store: string, what: string, value: string | number): void {
  console.log(`  ${store}: ${what}: ${value}`);
  rows.push([store, what, value]);
}

async function measure(
  name: string,
  store: GraphStore,
  index: SearchIndex,
  serveArgs: string[],
  rows: Array<Array<string | number>>,
  env?: NodeJS.ProcessEnv,
): Promise<void> {
  const cold = await ingestCorpus([corpus], { store, index, lexicon, curation: EMPTY_CURATION });
  report(rows, name, 'cold ingest, posts/s', fmt(cold.ingested / (cold.ms / 1000)));
  report(rows, name, 'cold ingest, s', fmt(cold.ms / 1000));
  await touchOne();
  const started = performance.now();
  const incremental = await ingestCorpus([corpus], { store, index, lexicon, curation: EMPTY_CURATION });
  report(rows, name, `incremental ingest (${incremental.ingested} changed of ${incremental.read}), ms`, incremental.ms);
  // The summary's time ends before the save; this one ends with the generation committed.
  report(rows, name, 'incremental ingest with its save, ms', fmt(performance.now() - started, 0));
  report(rows, name, 'files not read (stat unchanged)', incremental.unread);
  // The run above also reads again the files written within RACY_MS of the cold ingest's read
  // (a fresh synthetic corpus has some); a next changed post finds every other stat trusted.
  await touchOne();
  const next = performance.now();
  const second = await ingestCorpus([corpus], { store, index, lexicon, curation: EMPTY_CURATION });
  report(
    rows,
    name,
    `next changed post, ingest with its save, ms (${second.unread} not read)`,
    fmt(performance.now() - next, 0),
  );
  // The same without the stat cache: every file read, parsed and hashed (the figure before it).
  await touchOne();
  const again = performance.now();
  await ingestCorpus([corpus], { store, index, lexicon, curation: EMPTY_CURATION, statsDir: null });
  report(rows, name, 'incremental ingest reading every file, with its save, ms', fmt(performance.now() - again, 0));
  const service = await QueryService.create(store, index);
  const q = await questionsFor(store, posts);
  for (const [op, inputs, run] of queryOps(service, q)) {
    const l = await latency([...inputs], calls, run);
    report(
      rows,
      name,
      `${op} p50 / p99 ms (CPU ms per call)`,
      `${fmt(l.p50, 2)} / ${fmt(l.p99, 2)} (${fmt(l.cpu, 2)})`,
    );
  }
  const server = await startServe(serveArgs, 42000 + Math.floor(Math.random() * 10000), env);
  await fetch(`http://127.0.0.1:${server.port}/api/search?q=storage`);
  report(rows, name, 'serve start-up to /readyz, ms', fmt(server.readyMs, 0));
  report(rows, name, 'serve RSS after a search, MiB', fmt(rssMiB(server.child.pid!), 0));
  await stop(server);
}

const rows: Array<Array<string | number>> = [];
const stores = values.stores.split(',');
if (stores.includes('embedded')) {
  const data = mkdtempSync(path.join(tmpdir(), 'talkgraph-scale-data-'));
  const store = EmbeddedStore.open(data);
  await measure('embedded', store, SearchIndex.open(data), ['--data', data], rows);
  await store.close();
}
if (stores.includes('neo4j')) {
  const uri = process.env.NEO4J_URI;
  if (!uri)
    console.log('neo4j skipped: set NEO4J_URI (and NEO4J_USERNAME / NEO4J_PASSWORD), e.g. from `npm run neo4j`');
  else {
    const store = await Neo4jStore.open({
      uri,
      username: process.env.NEO4J_USERNAME ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
      database: process.env.NEO4J_DATABASE || undefined,
    });
    await store.clear();
    const empty = mkdtempSync(path.join(tmpdir(), 'talkgraph-scale-none-'));
    await measure('neo4j', store, SearchIndex.forStore(store, empty), ['--neo4j', uri], rows);
    await store.close();
  }
}
const out = table(['store', `measure at ${posts} posts`, 'value'], rows);
console.log(out);
if (process.env.BENCH_OUT) appendFileSync(process.env.BENCH_OUT, `\n${posts} posts, seed ${values.seed}\n\n${out}\n`);
