// `talkgraph ingest PATH...`: extract a corpus into the store (embedded or Neo4j) and the index.

import path from 'node:path';
import type { Command } from 'commander';
import { loadCuration } from '../../../ingest/resolution/curation.js';
import { TalkgraphError } from '../../domain/errors.js';
import { type IngestOptions, type IngestSummary, ingestCorpus, type Skipped } from '../../services/ingest-service.js';
import { watchIngest } from '../../services/watch-ingest.js';
import { dataDir } from '../../stores/open-store.js';
import { createServices } from '../create-services.js';
import { LEXICON_FLAG, LEXICON_HELP, lexiconFrom } from '../lexicon-option.js';
import { createProgress } from '../progress.js';
import { type SiteFlags, siteOverrides, withSiteOptions } from '../site-options.js';
import { type StoreFlags, withStoreOptions } from '../store-options.js';

interface IngestFlags extends StoreFlags, SiteFlags {
  prune?: boolean;
  watch?: boolean;
  interval?: string;
  force?: boolean;
  curation?: string;
  lexicon?: string;
  json?: boolean;
}

export function registerIngest(program: Command): void {
  withSiteOptions(
    withStoreOptions(
      program
        .command('ingest')
        .description('extract posts into the graph store and the search index (incremental)')
        .argument(
          '<paths...>',
          'blog folders, post files (Markdown, HTML), RSS/Atom feeds (file or http(s) URL), WordPress exports (.xml)',
        ),
    ),
  )
    .option(
      '--prune',
      'remove posts of the ingested sites whose files are gone below the given paths (or that their WordPress export no longer holds)',
    )
    .option('--watch', 're-ingest changed and deleted files as they change (Ctrl-C stops)')
    .option('--interval <seconds>', 'with --watch: poll feed sources this often', '600')
    .option('--force', 're-extract posts even when unchanged')
    .option('--curation <file>', 'curation file (default DATA/curation.yaml)')
    .option('--json', 'print the summary as JSON')
    .option(LEXICON_FLAG, LEXICON_HELP)
    .action(async (paths: string[], flags: IngestFlags) => {
      const data = dataDir(flags);
      const curation = loadCuration(flags.curation ?? path.join(data, 'curation.yaml'));
      const services = await createServices(flags);
      const { store } = services;
      const progress = createProgress('ingest');
      const options = {
        store,
        index: services.index,
        lexicon: lexiconFrom(flags.lexicon),
        curation,
        prune: Boolean(flags.prune),
        force: Boolean(flags.force),
        sites: siteOverrides(flags, 'ingest'),
        dataDir: store.kind === 'embedded' ? data : null,
        // The stat cache is the ingesting machine's, with Neo4j too (API servers never read it).
        statsDir: data,
        onProgress: (done: number, total: number) => progress.update(done, total),
        onSkip: (s: Skipped) => process.stderr.write(`\nskipped ${s.file}: ${s.reason} [${s.code}]\n`),
      };
      try {
        if (flags.watch) {
          await watchUntilInterrupted(paths, options, Number(flags.interval ?? 600), (s) =>
            describe(s, store.kind, data),
          );
          return;
        }
        const summary = await ingestCorpus(paths, options);
        progress.stop();
        process.stdout.write(`${flags.json ? JSON.stringify(summary) : describe(summary, store.kind, data)}\n`);
      } finally {
        progress.stop();
        await services.close();
      }
    });
}

/** Runs the watch loop until SIGINT/SIGTERM, printing a summary line after each run. */
async function watchUntilInterrupted(
  paths: string[],
  options: IngestOptions,
  intervalSeconds: number,
  show: (s: IngestSummary) => string,
): Promise<void> {
  if (!Number.isFinite(intervalSeconds) || intervalSeconds < 1)
    throw new TalkgraphError(
      'BAD_ARGUMENT',
      'ingest',
      `--interval ${intervalSeconds}`,
      'must be a number of seconds ≥ 1',
    );
  const stop = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => stop.abort());
  await watchIngest(paths, {
    ...options,
    onProgress: undefined,
    intervalMs: intervalSeconds * 1000,
    signal: stop.signal,
    onRun: (s, why) =>
      process.stdout.write(
        `${why === 'start' ? '' : `\n[${new Date().toISOString()}] ${why} changed\n`}${show(s)}\nwatching ${paths.join(', ')} (Ctrl-C stops)\n`,
      ),
    onError: (err) => process.stderr.write(`ingest --watch: ${(err as Error).message}\n`),
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
    `  posts: ${s.read} read, ${s.ingested} ingested, ${s.unchanged} unchanged, ${s.skipped.length} skipped${reasons.size ? ` (${[...reasons].map(([c, n]) => `${c} ${n}`).join(', ')})` : ''}, ${s.removed} removed${s.notModified ? `; ${s.notModified} feed(s) not modified` : ''}`,
    `  graph: ${s.counts.posts} posts; entities: ${by(s.counts.entities)}`,
    `  relations: ${by(s.counts.relations)}`,
  ].join('\n');
}
