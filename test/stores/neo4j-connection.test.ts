// Reaching Neo4j: a bad URI scheme and a server that never answers are clear coded errors,
// not stack traces or hangs.
import { createServer, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { hasCode } from '../../src/domain/errors.js';
import { neo4jConfigFrom } from '../../src/stores/neo4j/neo4j-config.js';
import { Neo4jStore } from '../../src/stores/neo4j/neo4j-store.js';

describe('Neo4j connection', () => {
  it.each(['http://localhost:7474', 'https://x.databases.neo4j.io', 'localhost:7687', 'bolt:/x'])(
    '%s is STORE_URI_INVALID naming the URI',
    (uri) => {
      let err: unknown;
      try {
        neo4jConfigFrom(uri, {});
      } catch (e) {
        err = e;
      }
      expect(hasCode(err, 'STORE_URI_INVALID')).toBe(true);
      expect(String(err)).toContain(uri);
    },
  );

  it.each(['bolt://localhost:7687', 'neo4j+s://x.databases.neo4j.io', 'bolt+ssc://h:1'])('%s is accepted', (uri) => {
    expect(neo4jConfigFrom(uri, {})?.uri).toBe(uri);
  });

  it('a listener that never replies is STORE_TIMEOUT, not a hang', async () => {
    const sockets: Socket[] = [];
    const silent = createServer((s) => void sockets.push(s)).listen(0, '127.0.0.1');
    await new Promise((r) => silent.once('listening', r));
    const port = (silent.address() as { port: number }).port;
    try {
      const err = await Neo4jStore.open(
        { uri: `bolt://127.0.0.1:${port}`, username: 'neo4j', password: 'x', database: undefined },
        1,
      ).catch((e: unknown) => e);
      expect(hasCode(err, 'STORE_TIMEOUT'), String(err)).toBe(true);
      expect(String(err)).toContain(`bolt://127.0.0.1:${port}`);
    } finally {
      for (const s of sockets) s.destroy();
      silent.close();
    }
  }, 60_000);
});
