// `talkgraph serve`: the HTTP API (and, later, the web UI) over the embedded store or Neo4j.
import type { Command } from 'commander';
import path from 'node:path';
import { loadCuration } from '../../../ingest/resolution/curation.js';
import { createApp } from '../../api/app.js';
import { QueryService } from '../../query/query-service.js';
import { SearchIndex } from '../../search/search-index.js';
import { ingestCorpus } from '../../services/ingest-service.js';
import { dataDir, openStore } from '../../stores/open-store.js';
import { lexiconFrom } from '../lexicon-option.js';
import { withStoreOptions, type StoreFlags } from '../store-options.js';

interface ServeFlags extends StoreFlags {
  port?: string;
  host: string;
  ingest?: string[];
}

export function registerServe(program: Command): void {
  withStoreOptions(program.command('serve').description('serve the API (env PORT, default 3000)'))
    .option('--port <n>', 'port (env PORT, default 3000)')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--ingest <paths...>', 'ingest these posts first (incremental)')
    .action(async (flags: ServeFlags) => {
      const port = Number(flags.port ?? process.env.PORT ?? 3000);
      const store = await openStore(flags);
      const data = dataDir(flags);
      const index = SearchIndex.forStore(store, data);
      if (flags.ingest?.length) {
        const s = await ingestCorpus(flags.ingest, { store, index, lexicon: lexiconFrom(undefined), curation: loadCuration(path.join(data, 'curation.yaml')) });
        process.stderr.write(`ingested ${s.ingested}, unchanged ${s.unchanged}, skipped ${s.skipped.length}; ${s.counts.posts} posts in the graph\n`);
      }
      const app = createApp({ service: await QueryService.create(store, index) });
      const server = app.listen(port, flags.host, () => {
        process.stderr.write(`talkgraph serving ${store.kind === 'neo4j' ? 'Neo4j' : data} on http://${flags.host}:${port}\n`);
      });
      server.once('error', (err: NodeJS.ErrnoException) => {
        const why = err.code === 'EADDRINUSE' ? 'the port is already in use' : err.message;
        process.stderr.write(`talkgraph: serve: ${flags.host}:${port}: ${why} [BAD_ARGUMENT]\n`);
        void store.close().then(() => process.exit(2));
      });
      const stop = () => server.close(() => void store.close().then(() => process.exit(0)));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      await new Promise(() => {});
    });
}
