// `talkgraph search | ask | related --json` and `talkgraph serve`, as a user runs them.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const bin = path.resolve('bin/talkgraph.js');
const env = { ...process.env, NEO4J_URI: '' };
const data = mkdtempSync(path.join(tmpdir(), 'talkgraph-answers-'));
const run = (...args: string[]) =>
  spawnSync(process.execPath, [bin, ...args, '--data', data], { encoding: 'utf8', env });

beforeAll(() => {
  expect(run('ingest', 'examples').status).toBe(0);
});

describe('CLI twins of the API', () => {
  it('ask --json prints the ask contract', () => {
    const r = JSON.parse(run('ask', 'who talked about Ceph', '--json').stdout);
    expect(Object.keys(r)).toEqual(['question', 'intent', 'entity', 'answers', 'posts']);
    expect(r.answers[0].name).toBe('Yusuf Demir');
  });

  it('search --json and related --json', () => {
    expect(JSON.parse(run('search', 'nftables', '--json').stdout).posts[0].id).toBe(
      'post:examples:hugo-fosdem-2024-notes',
    );
    const related = JSON.parse(run('related', '/2016/08/25/linuxcon-2016-day-one/', '--json').stdout);
    expect(related.post.id).toBe('post:examples:2016-08-25-linuxcon-2016-day-one');
  });

  it('related for an unknown post is one clear line and exit 2', () => {
    const r = run('related', 'post:none');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/post:none.*NOT_FOUND/);
  });

  it('serve on a port already in use is one clear line and exit 2', async () => {
    const { createServer } = await import('node:net');
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const port = (blocker.address() as { port: number }).port;
    const r = spawnSync(process.execPath, [bin, 'serve', '--data', data, '--port', String(port)], {
      encoding: 'utf8',
      env,
      timeout: 30_000,
    });
    blocker.close();
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/already in use/);
  });

  it('serve answers /healthz and /api/ask on the chosen port', async () => {
    const port = 30000 + Math.floor(Math.random() * 20000);
    const child = spawn(process.execPath, [bin, 'serve', '--data', data, '--port', String(port)], { env });
    try {
      await new Promise<void>((resolve, reject) => {
        child.stderr.on('data', (d: Buffer) => d.toString().includes('serving') && resolve());
        child.once('exit', (code) => reject(new Error(`serve exited ${code}`)));
      });
      const health = await (await fetch(`http://127.0.0.1:${port}/healthz`)).json();
      expect(health).toEqual({ status: 'ok' });
      const ask = await (
        await fetch(`http://127.0.0.1:${port}/api/ask?q=${encodeURIComponent('who talked about Podman')}`)
      ).json();
      expect(ask.answers[0].name).toBe('Lukas Novak');
    } finally {
      child.kill('SIGTERM');
    }
  });
});
