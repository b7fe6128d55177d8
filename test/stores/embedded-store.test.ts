// The embedded snapshot survives a crash in the middle of a write.
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasCode } from '../../src/domain/errors.js';
import { EmbeddedStore } from '../../src/stores/embedded/embedded-store.js';
import { writeSnapshot } from '../../src/stores/embedded/snapshot.js';
import { ingest } from '../helpers/stores.js';

describe('embedded store snapshot', () => {
  it('a write that dies half-way leaves the previous snapshot whole', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'talkgraph-crash-'));
    const store = EmbeddedStore.open(dir);
    await ingest(store, ['examples']);
    await store.flush();
    const before = await store.counts();
    // A value that cannot be serialized stops the write after the temp file was opened.
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(() => writeSnapshot(path.join(dir, 'graph.json'), circular)).toThrow();
    // A crash can also leave a stray temp file behind; loading ignores it.
    writeFileSync(path.join(dir, 'graph.json.999.tmp'), '{"version":1,"graph":{"nodes":[');
    const reopened = EmbeddedStore.open(dir);
    expect(await reopened.counts()).toEqual(before);
  });

  it('a corrupt snapshot is STORE_CORRUPT naming the file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'talkgraph-corrupt-'));
    writeFileSync(path.join(dir, 'graph.json'), '{not json');
    let err: unknown;
    try {
      EmbeddedStore.open(dir);
    } catch (e) {
      err = e;
    }
    expect(hasCode(err, 'STORE_CORRUPT')).toBe(true);
    expect(String(err)).toContain(path.join(dir, 'graph.json'));
  });

  it('an ingest leaves a snapshot that reopens whole, with no temp files', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'talkgraph-flush-'));
    const store = EmbeddedStore.open(dir);
    await ingest(store, ['examples']);
    expect(existsSync(path.join(dir, 'graph.json'))).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect((await EmbeddedStore.open(dir).counts()).posts).toBe(12);
  });
});
