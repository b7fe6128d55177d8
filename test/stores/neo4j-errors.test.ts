// Neo4j problems reach the user as one clear error with a code, never a half-done write.
import { describe, expect, inject, it } from 'vitest';
import { hasCode } from '../../src/domain/errors.js';
import { Neo4jStore } from '../../src/stores/neo4j/neo4j-store.js';

describe('Neo4j errors', () => {
  it('an unreachable server is STORE_UNREACHABLE naming the URI', async () => {
    const err = await Neo4jStore.open(
      { uri: 'bolt://127.0.0.1:9', username: 'neo4j', password: 'x', database: undefined },
      1,
    ).catch((e: unknown) => e);
    expect(hasCode(err, 'STORE_UNREACHABLE')).toBe(true);
    expect(String(err)).toContain('bolt://127.0.0.1:9');
  });

  it.skipIf(!inject('neo4j')?.ownServer)('a wrong password is STORE_AUTH naming the user', async () => {
    const neo = inject('neo4j')!;
    const err = await Neo4jStore.open({
      uri: neo.uri,
      username: neo.username,
      password: 'not-the-password',
      database: undefined,
    }).catch((e: unknown) => e);
    expect(hasCode(err, 'STORE_AUTH')).toBe(true);
    expect(String(err)).toContain('"neo4j"');
  });
});
