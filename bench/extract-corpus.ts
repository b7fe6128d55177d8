// Benchmark: extraction speed and memory over the shared reference corpus (or a given folder).
// Run with `npm run bench [-- FOLDER]`; prints a Markdown table.
import { loadLexicon } from '../ingest/extraction/lexicon.js';
import { extractFiles } from '../ingest/pipeline/extract-files.js';
import { benchCorpus } from './corpus.js';

const folder = benchCorpus();
const lexicon = loadLexicon();
const rows: string[] = [];
for (let run = 1; run <= 3; run++) {
  let entities = 0;
  let relations = 0;
  const summary = await extractFiles([folder], { lexicon, onPost: (x) => ((entities += x.entities.length), (relations += x.relations.length)) });
  const rate = (summary.extracted / (summary.ms / 1000)).toFixed(1);
  const heap = (process.memoryUsage().heapUsed / 2 ** 20).toFixed(0);
  rows.push(`| ${run} | ${summary.extracted} | ${summary.skipped.length} | ${summary.ms} | ${rate} | ${entities} | ${relations} | ${heap} |`);
}
console.log(`extract over ${folder}\n`);
console.log('| run | posts | skipped | ms | posts/s | entities | relations | heap MiB |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
console.log(rows.join('\n'));
