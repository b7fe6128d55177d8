// `talkgraph serve`: the HTTP API and web UI over the embedded store or Neo4j; follows new
// generations of the data folder, so a finished ingest shows without a restart.

import path from 'node:path';
import type { Command } from 'commander';
import { loadCuration } from '../../../ingest/resolution/curation.js';
import { createApp } from '../../api/app.js';
import { TalkgraphError } from '../../domain/errors.js';
import { cachedQueries } from '../../query/cached-queries.js';
import { ingestCorpus } from '../../services/ingest-service.js';
import { createServices } from '../create-services.js';
import { lexiconFrom } from '../lexicon-option.js';
import { liveService } from '../live-service.js';
import { type StoreFlags, withStoreOptions } from '../store-options.js';

interface ServeFlags extends StoreFlags {
  port?: string;
  host: string;
  ingest?: string[];
  publicUrl?: string;
}

export function registerServe(program: Command): void {
  withStoreOptions(program.command('serve').description('serve the API (env PORT, default 3000)'))
    .option('--port <n>', 'port (env PORT, default 3000)')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--ingest <paths...>', 'ingest these posts first (incremental)')
    .option(
      '--public-url <url>',
      'absolute base URL of this server in feeds (env TALKGRAPH_PUBLIC_URL; default http://HOST:PORT)',
    )
    .action(async (flags: ServeFlags) => {
      const port = parsePort(flags.port ?? (process.env.PORT || '3000'));
      const publicUrl = parsePublicUrl(
        flags.publicUrl ??
          (process.env.TALKGRAPH_PUBLIC_URL ||
            `http://${flags.host.includes(':') ? `[${flags.host}]` : flags.host}:${port}`),
      );
      if (flags.ingest?.length) await ingestFirst(flags, flags.ingest);
      const live = await liveService({ ...flags, requireStore: true }, (line) =>
        process.stderr.write(`talkgraph: serve: ${line}\n`),
      );
      // Repeated queries are answered from memory until the next generation (TALKGRAPH_QUERY_CACHE=0: off).
      const entries = Number(process.env.TALKGRAPH_QUERY_CACHE ?? 1000);
      const service = cachedQueries(live.service, { entries, version: () => live.loads });
      const app = createApp({ service, publicUrl });
      const where =
        live.service.store.kind === 'neo4j' ? 'Neo4j' : (flags.data ?? process.env.TALKGRAPH_DATA ?? './.talkgraph');
      const server = app.listen(port, flags.host, () =>
        process.stderr.write(`talkgraph serving ${where} on http://${flags.host}:${port}\n`),
      );
      server.once('error', (err: NodeJS.ErrnoException) => {
        const why = err.code === 'EADDRINUSE' ? 'the port is already in use' : err.message;
        process.stderr.write(`talkgraph: serve: ${flags.host}:${port}: ${why} [BAD_ARGUMENT]\n`);
        void live.stop().then(() => process.exit(2));
      });
      const stop = () => server.close(() => void live.stop().then(() => process.exit(0)));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      await new Promise(() => {});
    });
}

async function ingestFirst(flags: ServeFlags, paths: string[]): Promise<void> {
  const services = await createServices(flags);
  try {
    const curation = loadCuration(path.join(services.data, 'curation.yaml'));
    const s = await ingestCorpus(paths, {
      store: services.store,
      index: services.index,
      lexicon: lexiconFrom(undefined),
      curation,
    });
    process.stderr.write(
      `ingested ${s.ingested}, unchanged ${s.unchanged}, skipped ${s.skipped.length}; ${s.counts.posts} posts in the graph\n`,
    );
  } finally {
    await services.close();
  }
}

/** "3000" → 3000; anything but a whole number from 0 to 65535 is one BAD_ARGUMENT line. */
export function parsePort(value: string): number {
  const port = /^\d{1,5}$/.test(value.trim()) ? Number(value) : NaN;
  if (!(port >= 0 && port <= 65535))
    throw new TalkgraphError('BAD_ARGUMENT', 'serve', `--port ${value}`, 'must be a whole number from 0 to 65535');
  return port;
}

/** The public base URL feeds link to: absolute http(s), without a trailing slash. */
export function parsePublicUrl(value: string): string {
  let url: URL | null = null;
  try {
    url = new URL(value);
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.search || url.hash) {
    throw new TalkgraphError(
      'BAD_ARGUMENT',
      'serve',
      `--public-url ${value}`,
      'must be an absolute http(s) URL without query or fragment',
    );
  }
  return url.href.replace(/\/+$/, '');
}
