// `npm run bench`: one run, side by side, over the reference corpus (../shared/corpus/majorio,
// or the folder given): extraction against plain compromise, in-process query latency, HTTP
// throughput against Express hello world, and serve's RSS and start-up. Figures, not tests.
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { loadLexicon } from '../ingest/extraction/lexicon.js';
import { EMPTY_CURATION } from '../ingest/resolution/curation.js';
import { listPostFiles } from '../ingest/source/walk.js';
import { QueryService } from '../src/query/query-service.js';
import { SearchIndex } from '../src/search/search-index.js';
import { ingestCorpus } from '../src/services/ingest-service.js';
import { EmbeddedStore } from '../src/stores/embedded/embedded-store.js';
import { benchCorpus } from './corpus.js';
import { extractionVsParse } from './extract-compare.js';
import { load, rssMiB, startHello, startServe, stop } from './http-serve.js';
import { fmt, latency, table } from './stats.js';

const corpus = benchCorpus();
const calls = Number(process.env.BENCH_CALLS ?? 1000);
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const lexicon = loadLexicon();
const files = await listPostFiles([corpus]);
console.log(
  `talkgraph bench over ${corpus} (${files.length} posts), ${process.env.TALKGRAPH_THREADS ?? 'all'} cores, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} at start\n`,
);

// BENCH_DATA=DIR reuses a data folder an earlier run ingested (queries and HTTP only).
const reuse = process.env.BENCH_DATA;
if (!reuse) {
  console.log('## Extraction against a plain compromise parse of the same text\n');
  const runs = await extractionVsParse(files, corpus, lexicon);
  const base = runs[0]!;
  console.log(
    table(
      ['run', 'posts', 'CPU s', 'wall s', 'CPU × parse', 'wall × parse'],
      runs.map((r) => [
        r.name,
        r.posts,
        fmt(r.cpuS),
        fmt(r.wallS),
        fmt(r.cpuS / base.cpuS, 2),
        fmt(r.wallS / base.wallS, 2),
      ]),
    ),
  );
}
const data = reuse ?? mkdtempSync(path.join(tmpdir(), 'talkgraph-bench-'));
const store = EmbeddedStore.open(data);
const index = SearchIndex.open(data);
if (!reuse) {
  const ingest = await ingestCorpus([corpus], { store, index, lexicon, curation: EMPTY_CURATION });
  console.log(
    `\ncold ingest into the embedded store: ${fmt(ingest.ms / 1000)} s wall (${ingest.ingested} posts; data in ${data})\n`,
  );
}

console.log(`## In-process query latency, embedded store (${calls} calls each)\n`);
const service = await QueryService.create(store, index);
const posts = (await store.query('stored-posts', {})).map((p) => p.post);
const words = [
  'xen',
  'open vswitch',
  'selinux',
  '"red hat"',
  'ansible openstack',
  'kernel',
  'podman docker',
  'fedora',
  'kubernets',
  'contain',
];
const questions = [
  'who talked about credit2',
  'who spoke at Red Hat Summit 2012',
  'what did Dan Walsh talk about',
  'where does Konrad Wilk work',
  'speakers xen summit',
  'posts about Open vSwitch',
  'who talked about deep learning',
];
const lat = [
  ['search', await latency(words, calls, (q) => service.search(q)), 10],
  ['ask', await latency(questions, calls, (q) => service.ask(q)), 20],
  ['related', await latency(posts, calls, (id) => service.related({ id })), 5],
] as const;
console.log(
  table(
    ['operation', 'calls', 'p50 ms', 'p99 ms', 'target p99 ms', 'CPU ms per call'],
    lat.map(([n, l, target]) => [n, l.calls, fmt(l.p50, 2), fmt(l.p99, 2), `≤ ${target}`, fmt(l.cpu, 2)]),
  ),
);

console.log(`\n## HTTP on loopback (autocannon, 10 connections, ${seconds} s each)\n`);
const port = 41000 + Math.floor(Math.random() * 10000);
const hello = await startHello(port + 1);
const serve = await startServe(['--data', data], port);
const rssIdle = rssMiB(serve.child.pid!);
const q = (s: string) => encodeURIComponent(s);
const loads = [
  await load('Express hello world', hello, '/', seconds),
  await load('/api/search?q=open vswitch', serve, `/api/search?q=${q('open vswitch')}`, seconds),
  await load('/api/ask?q=who talked about credit2', serve, `/api/ask?q=${q('who talked about credit2')}`, seconds),
];
const rssLoaded = rssMiB(serve.child.pid!);
// The same two endpoints with serve's answer cache off: what each request costs when it is computed.
const uncached = await startServe(['--data', data], port + 2, { ...process.env, TALKGRAPH_QUERY_CACHE: '0' });
loads.push(
  await load('/api/search, answer cache off', uncached, `/api/search?q=${q('open vswitch')}`, seconds),
  await load('/api/ask, answer cache off', uncached, `/api/ask?q=${q('who talked about credit2')}`, seconds),
);
await stop(uncached);
const helloRate = loads[0]!.reqPerS;
const helloCpu = loads[0]!.cpuPerReq;
console.log(
  table(
    ['endpoint', 'req/s', '× hello world', 'p99 ms', 'errors', 'server CPU ms/req', 'hello CPU ÷ this'],
    loads.map((l) => [
      l.name,
      fmt(l.reqPerS, 0),
      fmt(l.reqPerS / helloRate, 2),
      l.p99,
      l.errors,
      fmt(l.cpuPerReq, 2),
      fmt(helloCpu / l.cpuPerReq, 2),
    ]),
  ),
);

console.log('\n## talkgraph serve (embedded store)\n');
console.log(
  table(
    ['measure', 'value'],
    [
      ['start-up to listening, ms', fmt(serve.listeningMs, 0)],
      ['start-up to /readyz, ms', fmt(serve.readyMs, 0)],
      ['RSS idle, MiB', fmt(rssIdle, 0)],
      ['RSS after the HTTP runs, MiB', fmt(rssLoaded, 0)],
      ['Express hello world start-up, ms', fmt(hello.listeningMs, 0)],
    ],
  ),
);
await stop(serve);
await stop(hello);
