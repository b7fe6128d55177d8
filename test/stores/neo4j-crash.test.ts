// Neo4j killed in the middle of an update (SIGKILL, half the posts written): after a restart
// on the same data folder, the next ingest ends with the same graph as a clean run.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMPTY_CURATION } from '../../ingest/resolution/curation.js';
import { hasCode } from '../../src/domain/errors.js';
import { SearchIndex } from '../../src/search/search-index.js';
import { ingestCorpus } from '../../src/services/ingest-service.js';
import { EmbeddedStore } from '../../src/stores/embedded/embedded-store.js';
import type { GraphStore } from '../../src/stores/graph-store.js';
import { Neo4jStore } from '../../src/stores/neo4j/neo4j-store.js';
import { neo4jClasspath, startNeo4j } from '../../tools/neo4j/launch.js';
import { lexicon } from '../helpers/extract-text.js';

const tmp = (name: string) => mkdtempSync(path.join(tmpdir(), `talkgraph-${name}-`));
const ingestInto = (store: GraphStore, data: string) =>
  ingestCorpus(['examples'], { store, index: SearchIndex.open(data), lexicon, curation: EMPTY_CURATION });

/** What the graph holds, in the store-neutral terms of the named queries. */
async function stateOf(store: GraphStore) {
  return {
    counts: await store.counts(),
    posts: (await store.query('stored-posts', {})).map((r) => [r.post, r.hash, r.links > 0]),
    entities: await store.query('entities', { type: null, limit: 10_000 }),
  };
}

/** Whether the launcher can start a Neo4j of this test's own (Java and Maven present). */
function canLaunch(): boolean {
  if (process.env.TALKGRAPH_SKIP_NEO4J === '1' && process.env.CI !== 'true') return false;
  try {
    neo4jClasspath();
    return true;
  } catch {
    return false;
  }
}
const START = { timeoutMs: 600_000 };

// Needs a Neo4j of its own to kill, so it never touches the suite's shared server.
describe.skipIf(!canLaunch())('Neo4j killed mid-update', () => {
  it('a restart on the same data folder and one more ingest give the clean graph', async () => {
    const clean = EmbeddedStore.open(tmp('clean'));
    await ingestInto(clean, tmp('clean-index'));
    const expected = await stateOf(clean);

    const neo = await startNeo4j({ ...START, dataDir: tmp('neo4j-data') });
    const config = { uri: neo.uri, username: neo.username, password: neo.password, database: undefined };
    const data = tmp('neo4j-index');
    try {
      const store = await Neo4jStore.open(config);
      const write = store.writePosts.bind(store);
      // Half the posts land, then the server dies in the middle of the update.
      store.writePosts = async (posts) => {
        await write(posts.slice(0, Math.ceil(posts.length / 2)));
        await neo.kill();
        await write(posts.slice(Math.ceil(posts.length / 2)));
      };
      const err = await ingestInto(store, data).catch((e: unknown) => e);
      expect(hasCode(err, 'STORE_UNREACHABLE') || hasCode(err, 'STORE_TIMEOUT'), String(err)).toBe(true);
      await store.close().catch(() => {});

      const again = await startNeo4j({ ...START, dataDir: neo.dataDir, password: neo.password });
      try {
        const reopened = await Neo4jStore.open({ ...config, uri: again.uri });
        const run = await ingestInto(reopened, data);
        expect(run.skipped).toEqual([]);
        expect(await stateOf(reopened)).toEqual(expected);
        await reopened.close();
      } finally {
        await again.stop();
      }
    } finally {
      await neo.kill();
    }
  }, 1_500_000);
});
