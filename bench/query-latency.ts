// Benchmark: latency of search, ask and related over the reference corpus (embedded store).
// Prints a Markdown table of median and 95th percentile per operation.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadLexicon } from '../ingest/extraction/lexicon.js';
import { EMPTY_CURATION } from '../ingest/resolution/curation.js';
import { QueryService } from '../src/query/query-service.js';
import { SearchIndex } from '../src/search/search-index.js';
import { ingestCorpus } from '../src/services/ingest-service.js';
import { EmbeddedStore } from '../src/stores/embedded/embedded-store.js';
import { benchCorpus } from './corpus.js';

const corpus = benchCorpus();
const dir = mkdtempSync(path.join(tmpdir(), 'talkgraph-bench-q-'));
const store = EmbeddedStore.open(dir);
const index = SearchIndex.open(dir);
await ingestCorpus([corpus], { store, index, lexicon: loadLexicon(), curation: EMPTY_CURATION });
const service = await QueryService.create(store, index);
const posts = (await store.query('stored-posts', {})).map((p) => p.post).slice(0, 60);
const words = ['xen', 'open vswitch', 'selinux', '"red hat"', 'ansible openstack', 'kernel', 'podman docker', 'fedora'];
const questions = ['who talked about credit2', 'who spoke at Red Hat Summit 2012', 'what did Dan Walsh talk about', 'where does Konrad Wilk work', 'speakers xen summit', 'posts about Open vSwitch', 'who talked about deep learning'];

async function time(name: string, inputs: string[], run: (x: string) => Promise<unknown>): Promise<string> {
  const ms: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const x of inputs) {
      const t = performance.now();
      await run(x);
      ms.push(performance.now() - t);
    }
  }
  ms.sort((a, b) => a - b);
  const at = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))]!.toFixed(1);
  return `| ${name} | ${ms.length} | ${at(0.5)} | ${at(0.95)} |`;
}

const rows = [
  await time('search', words, (q) => service.search(q)),
  await time('ask', questions, (q) => service.ask(q)),
  await time('related', posts, (id) => service.related({ id })),
];
console.log(`query latency over ${corpus} (embedded store)\n`);
console.log('| operation | calls | median ms | p95 ms |');
console.log('| --- | --- | --- | --- |');
console.log(rows.join('\n'));
