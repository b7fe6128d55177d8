// Test helper: a query service over a store with a corpus ingested, and its HTTP app.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EMPTY_CURATION } from '../../ingest/resolution/curation.js';
import { createApp } from '../../src/api/app.js';
import { createServices } from '../../src/cli/create-services.js';
import type { QueryService } from '../../src/query/query-service.js';
import { ingestCorpus } from '../../src/services/ingest-service.js';
import type { GraphStore } from '../../src/stores/graph-store.js';
import { lexicon } from './extract-text.js';

/** Ingests `paths` into `store` (default: a fresh embedded store) and builds the service. */
export async function serviceOver(
  paths: string[],
  store?: GraphStore,
): Promise<{ service: QueryService; store: GraphStore; app: ReturnType<typeof createApp> }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'talkgraph-svc-'));
  // The same composition root the commands use; the environment never picks the store here.
  const services = await createServices({ data: dir, env: {}, store });
  await ingestCorpus(paths, { store: services.store, index: services.index, lexicon, curation: EMPTY_CURATION });
  const service = await services.query();
  return { service, store: services.store, app: createApp({ service }) };
}

/** Writes posts (file name → body with front matter) into a fresh folder, a site named `test`. */
export function corpusOf(posts: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'talkgraph-fixture-'));
  // A fixed site name: post ids carry it ("post:test:…"), and the folder name is random.
  writeFileSync(path.join(dir, 'talkgraph-site.yml'), 'name: test\n');
  for (const [name, text] of Object.entries(posts)) {
    const file = path.join(dir, name);
    writeFileSync(file, text);
  }
  return dir;
}
