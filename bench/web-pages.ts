// Benchmark: page weight (bytes on the wire, compressed, every request of the page) and time to
// content (navigation start until the page's main content is drawn) in Chromium, cold, for
// each kind of page. TALKGRAPH_BENCH_DATA=DIR reuses an ingested data folder; otherwise the
// corpus is ingested first. Prints a Markdown table (median of 3 cold loads).
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { loadLexicon } from '../ingest/extraction/lexicon.js';
import { EMPTY_CURATION } from '../ingest/resolution/curation.js';
import { createApp } from '../src/api/app.js';
import { QueryService } from '../src/query/query-service.js';
import { SearchIndex } from '../src/search/search-index.js';
import { ingestCorpus } from '../src/services/ingest-service.js';
import { EmbeddedStore } from '../src/stores/embedded/embedded-store.js';
import { listen } from '../test/helpers/browser.js';
import { benchCorpus } from './corpus.js';

const CHROMIUM = '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  console.log(`bench skipped: ${CHROMIUM} is absent`);
  process.exit(0);
}
const reuse = process.env.TALKGRAPH_BENCH_DATA;
const dir = reuse ?? mkdtempSync(path.join(tmpdir(), 'talkgraph-bench-web-'));
const store = EmbeddedStore.open(dir);
const index = SearchIndex.open(dir);
if (!reuse) await ingestCorpus([benchCorpus()], { store, index, lexicon: loadLexicon(), curation: EMPTY_CURATION });
const service = await QueryService.create(store, index);
const server = await listen(createApp({ service }));
const person = (await store.query('entities', { type: 'Person', limit: 1 }))[0]?.id ?? '';
const post = (await store.query('stored-posts', {}))[0]?.post ?? '';
// The blog's author: the heaviest entity page (every post they wrote, grouped and paged).
const authorName = (await store.query('post', { id: post }))[0]?.author ?? '';
const author =
  (await store.query('entities-named', { name: authorName })).find((e) => e.type === 'Person')?.id ?? person;
const enc = encodeURIComponent;
const pages: Array<[string, string, string]> = [
  ['home', '/', 'main h1'],
  ['search (keywords)', '/?q=xen', '.hits li'],
  ['search (question)', `/?q=${enc('who talked about credit2')}`, 'main h1'],
  ['post', `/post/${enc(post)}`, 'main h1'],
  ['person', `/entity/${enc(person)}`, '.summary'],
  ['author', `/entity/${enc(author)}`, '.posts-written'],
  ['events index', '/events', '.group'],
  ['speakers', '/speakers', 'table.matrix, main p'],
  ['graph', `/graph/${enc(person)}`, '#graph canvas'],
];

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

/** One cold load: bytes received (encoded) over every request, and ms until `ready` is drawn. */
async function load(url: string, ready: string): Promise<{ bytes: number; ms: number; requests: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const finished: Array<Promise<number>> = [];
  page.on('requestfinished', (r) => finished.push(r.sizes().then((s) => s.responseBodySize + s.responseHeadersSize)));
  await page.goto(url);
  await page.locator(ready).first().waitFor({ timeout: 30_000 });
  const ms = await page.evaluate(() => performance.now());
  await page.waitForLoadState('networkidle');
  const bytes = (await Promise.all(finished)).reduce((a, b) => a + b, 0);
  await context.close();
  return { bytes, ms, requests: finished.length };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rows: string[] = [];
for (const [name, p, ready] of pages) {
  const runs = [];
  for (let i = 0; i < 3; i++) runs.push(await load(`${server.url}${p}`, ready));
  rows.push(
    `| ${name} | ${median(runs.map((r) => r.requests))} | ${(median(runs.map((r) => r.bytes)) / 1024).toFixed(1)} | ${median(runs.map((r) => r.ms)).toFixed(0)} |`,
  );
}
console.log(`\nWeb pages over ${reuse ?? 'the bench corpus'} (Chromium, cold, median of 3)\n`);
console.log('| page | requests | KB on the wire | time to content (ms) |\n| --- | --- | --- | --- |');
console.log(rows.join('\n'));
await browser.close();
await server.close();
await store.close();
