// `tsx bench/scale/profile-queries.ts DATA_DIR [--calls C]`: opens a data folder that
// bench:scale (or an ingest) left, times each start-up step, then runs the scale benchmark's
// search / ask / related calls. Run under `node --cpu-prof --import tsx` to see the hot paths.
import { parseArgs } from 'node:util';
import { QueryService } from '../../src/query/query-service.js';
import { SearchIndex } from '../../src/search/search-index.js';
import { EmbeddedStore } from '../../src/stores/embedded/embedded-store.js';
import { fmt, latency } from '../stats.js';
import { queryOps, questionsFor } from './questions.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { calls: { type: 'string', default: '500' } },
});
const dir = positionals[0];
if (!dir) throw new Error('usage: profile-queries.ts DATA_DIR [--calls C]');
const calls = Number(values.calls);

const step = async <T>(what: string, run: () => T | Promise<T>): Promise<T> => {
  const t = performance.now();
  const out = await run();
  console.log(`${what}: ${fmt(performance.now() - t, 0)} ms`);
  return out;
};
const store = await step('store open', () => EmbeddedStore.open(dir));
const index = await step('search index open', () => SearchIndex.open(dir));
const service = await step('query service', () => QueryService.create(store, index));
await step('ready', () => service.ready());
await step('first search', () => service.search('storage'));
const posts = (await store.counts()).posts;
const q = await questionsFor(store, posts);
for (const [op, inputs, run] of queryOps(service, q)) {
  if (process.env.OPS && !process.env.OPS.split(',').includes(op)) continue;
  const l = await latency([...inputs], calls, run);
  console.log(`${op} p50 / p99 ms (CPU ms per call): ${fmt(l.p50, 2)} / ${fmt(l.p99, 2)} (${fmt(l.cpu, 2)})`);
  if (process.env.PER_INPUT) {
    const each: Array<[number, string]> = [];
    for (const x of inputs) {
      const t = performance.now();
      for (let i = 0; i < 3; i++) await run(x);
      each.push([(performance.now() - t) / 3, x]);
    }
    for (const [ms, x] of each.sort((a, b) => b[0] - a[0]).slice(0, 6)) console.log(`  ${fmt(ms, 1)} ms  ${x}`);
  }
}
console.log(`RSS ${fmt(process.memoryUsage().rss / 2 ** 20, 0)} MiB`);
