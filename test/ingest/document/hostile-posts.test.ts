// Hostile posts, ingested as a user would (the CLI in a child with a capped heap): every file
// ends in a stored post or one clear skip line, and the good posts of the same run all land.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../../../src/stores/embedded/embedded-store.js';
import { fixedHostileFiles, generatedHostileFiles, writeHostileFiles } from '../../helpers/hostile-posts.js';

const bin = path.resolve('bin/talkgraph.js');
/** Old space for the whole run: a post that could exhaust memory takes the child down and fails the test. */
const HEAP_MB = 768;

function ingest(
  args: string[],
): Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [`--max-old-space-size=${HEAP_MB}`, bin, 'ingest', ...args], {
      env: { ...process.env, NEO4J_URI: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

describe('hostile posts', () => {
  it('each hostile file is stored or skipped with one coded line; every good post is stored', async () => {
    const corpus = mkdtempSync(path.join(tmpdir(), 'talkgraph-hostile-'));
    const data = mkdtempSync(path.join(tmpdir(), 'talkgraph-hostile-data-'));
    const hostile = [...fixedHostileFiles(), ...generatedHostileFiles(120)];
    writeHostileFiles(path.join(corpus, 'hostile'), hostile);
    cpSync('examples', path.join(corpus, 'good'), { recursive: true });

    const run = await ingest([corpus, '--data', data, '--json']);
    expect(run.signal, run.stderr.slice(-2000)).toBeNull();
    expect(run.code, run.stderr.slice(-2000)).toBe(0);
    const summary = JSON.parse(run.stdout) as {
      read: number;
      ingested: number;
      skipped: Array<{ file: string; code: string }>;
    };

    const store = EmbeddedStore.open(data);
    const rows = await store.query('stored-posts', {});
    const stored = new Set(rows.map((r) => r.source));
    const skipLines = run.stderr.split('\n').filter((l) => l.startsWith('skipped '));
    for (const f of hostile) {
      const source = `hostile/${f.name}`;
      const skips = skipLines.filter((l) => l.includes(`${path.sep}${f.name}:`));
      // Exactly one outcome per file: stored, or one skip line with a code.
      expect([stored.has(source), skips.length], source).toSatisfy(
        ([s, n]: [boolean, number]) => (s && n === 0) || (!s && n === 1),
      );
      if (!stored.has(source)) expect(skips[0]?.trim(), source).toMatch(/ \[[A-Z0-9_]+\]$/);
    }
    // The bundled examples are a site of their own (examples/talkgraph-site.yml).
    const good = rows.filter((r) => r.site === 'examples');
    expect(good).toHaveLength(12);
    expect(summary.read).toBe(hostile.length + 12);
    // Nothing crashed on the way: no skip is an internal error.
    expect(summary.skipped.filter((s) => s.code === 'INTERNAL')).toEqual([]);
    const overBudget = summary.skipped.filter((s) => s.code === 'DOCUMENT_TIMEOUT').length;
    console.info(
      `hostile files: ${hostile.length} tried, ${[...stored].filter((s) => s.startsWith('hostile/')).length} stored, ${summary.skipped.length} skipped, ${overBudget} over budget`,
    );
  }, 600_000);
});
