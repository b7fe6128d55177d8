// The CLI's edges: --version, a --data that holds no store, bad ports, and `serve` picking up
// a finished ingest without a restart.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyOfExamples } from '../helpers/stores.js';

const bin = path.resolve('bin/talkgraph.js');
const env = { ...process.env, NEO4J_URI: '', PORT: '' };
const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env });
const emptyDir = () => mkdtempSync(path.join(tmpdir(), 'talkgraph-empty-'));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

describe('talkgraph CLI edges', () => {
  it('--version prints the package version', () => {
    const r = run(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it.each([
    ['search', 'xen'],
    ['ask', 'who talked about xen'],
    ['related', 'post:x'],
    ['entities'],
    ['serve', '--port', '0'],
  ])('%s on a --data with no store is one STORE_NOT_FOUND line', (...args) => {
    const data = emptyDir();
    const r = run([...args, '--data', path.join(data, 'typo')]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/typo: holds no talkgraph store.*\[STORE_NOT_FOUND\]/);
    expect(r.stdout).toBe('');
  });

  it.each(['99999', '-1', 'http', '3000abc'])('serve --port %s is one BAD_ARGUMENT line', (port) => {
    const r = run(['serve', '--port', port, '--data', emptyDir()]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(new RegExp(`--port ${port}: must be a whole number.*\\[BAD_ARGUMENT\\]`)),
    ]);
  });

  it('serve --public-url must be absolute http(s)', () => {
    const r = run(['serve', '--public-url', 'javascript:alert(1)', '--data', emptyDir()]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--public-url .*BAD_ARGUMENT/);
  });

  it('serve reloads a new generation written by an ingest, without a restart', async () => {
    const data = emptyDir();
    const corpus = copyOfExamples();
    expect(run(['ingest', path.join(corpus, 'hugo'), '--data', data]).status).toBe(0);
    const port = await freePort();
    const serve = spawn(process.execPath, [bin, 'serve', '--data', data, '--port', String(port)], { env });
    let stderr = '';
    serve.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const ready = async (): Promise<number | null> => {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/readyz`);
        return ((await res.json()) as { posts: number }).posts;
      } catch {
        return null;
      }
    };
    const waitFor = async (want: (posts: number) => boolean) => {
      for (let i = 0; i < 300; i++) {
        const posts = await ready();
        if (posts !== null && want(posts)) return true;
        await new Promise((r) => setTimeout(r, 100));
      }
      return false;
    };
    try {
      expect(await waitFor((n) => n === 4), stderr).toBe(true);
      expect(run(['ingest', corpus, '--data', data]).status).toBe(0);
      expect(await waitFor((n) => n > 4), stderr).toBe(true);
      expect(stderr).toMatch(/reloaded the data folder \(\d+ posts\)/);
    } finally {
      serve.kill('SIGTERM');
    }
  }, 120_000);
});
