// `talkgraph ingest PATH...`: extract a corpus into the store (embedded or Neo4j) and the index.
import type { Command } from 'commander';
import path from 'node:path';
import { loadCuration } from '../../../ingest/resolution/curation.js';
import { SearchIndex } from '../../search/search-index.js';
import { ingestCorpus, type IngestSummary } from '../../services/ingest-service.js';
import { dataDir, openStore } from '../../stores/open-store.js';
import { LEXICON_FLAG, LEXICON_HELP, lexiconFrom } from '../lexicon-option.js';
import { createProgress } from '../progress.js';
import { withStoreOptions, type StoreFlags } from '../store-options.js';

interface IngestFlags extends StoreFlags {
  prune?: boolean;
  force?: boolean;
  curation?: string;
  lexicon?: string;
  json?: boolean;
}

export function registerIngest(program: Command): void {
  withStoreOptions(
    program
      .command('ingest')
      .description('extract posts into the graph store and the search index (incremental)')
      .argument('<paths...>', 'Markdown files or folders'),
  )
    .option('--prune', 'remove stored posts whose files are gone')
    .option('--force', 're-extract posts even when unchanged')
    .option('--curation <file>', 'curation file (default DATA/curation.yaml)')
    .option('--json', 'print the summary as JSON')
    .option(LEXICON_FLAG, LEXICON_HELP)
    .action(async (paths: string[], flags: IngestFlags) => {
      const data = dataDir(flags);
      const curation = loadCuration(flags.curation ?? path.join(data, 'curation.yaml'));
      const store = await openStore(flags);
      const progress = createProgress('ingest');
      try {
        const summary = await ingestCorpus(paths, {
          store,
          index: SearchIndex.forStore(store, data),
          lexicon: lexiconFrom(flags.lexicon),
          curation,
          prune: Boolean(flags.prune),
          force: Boolean(flags.force),
          onProgress: (done, total) => progress.update(done, total),
          onSkip: (s) => process.stderr.write(`\nskipped ${s.file}: ${s.reason} [${s.code}]\n`),
        });
        progress.stop();
        process.stdout.write(`${flags.json ? JSON.stringify(summary) : describe(summary, store.kind, data)}\n`);
      } finally {
        progress.stop();
        await store.close();
      }
    });
}

function describe(s: IngestSummary, kind: string, data: string): string {
  const by = (counts: Record<string, number | undefined>) =>
    Object.entries(counts)
      .sort((a, b) => (a[0] < b[0] ? -1 : 1))
      .map(([k, v]) => `${k} ${v}`)
      .join(', ') || 'none';
  const reasons = new Map<string, number>();
  for (const k of s.skipped) reasons.set(k.code, (reasons.get(k.code) ?? 0) + 1);
  return [
    `ingest into ${kind === 'neo4j' ? 'Neo4j' : `the embedded store at ${data}`}: ${(s.ms / 1000).toFixed(1)} s`,
    `  posts: ${s.read} read, ${s.ingested} ingested, ${s.unchanged} unchanged, ${s.skipped.length} skipped${reasons.size ? ` (${[...reasons].map(([c, n]) => `${c} ${n}`).join(', ')})` : ''}, ${s.removed} removed`,
    `  graph: ${s.counts.posts} posts; entities: ${by(s.counts.entities)}`,
    `  relations: ${by(s.counts.relations)}`,
  ].join('\n');
}
