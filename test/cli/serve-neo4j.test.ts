// Stateless API servers: two `serve --neo4j` processes with no data folder, on one Neo4j,
// give the same answers (search reads Neo4j's full-text index, nothing local).
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

const bin = path.resolve('bin/talkgraph.js');
const neo = inject('neo4j');

async function serve(cwd: string, env: NodeJS.ProcessEnv, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [bin, 'serve', '--port', String(port)], { cwd, env });
  await new Promise<void>((resolve, reject) => {
    child.stderr!.on('data', (d: Buffer) => d.toString().includes('serving') && resolve());
    child.once('exit', (code) => reject(new Error(`serve exited ${code}`)));
  });
  return child;
}

describe.skipIf(!neo)('two API servers over one Neo4j', () => {
  const cwd = mkdtempSync(path.join(tmpdir(), 'talkgraph-stateless-'));
  const { TALKGRAPH_DATA: _data, ...inherited } = process.env;
  const env = {
    ...inherited,
    NEO4J_URI: neo?.uri ?? '',
    NEO4J_USERNAME: neo?.username ?? '',
    NEO4J_PASSWORD: neo?.password ?? '',
  };
  const ports = [0, 1].map(() => 30000 + Math.floor(Math.random() * 20000));
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    const r = spawnSync(process.execPath, [bin, 'ingest', '--force', path.resolve('examples')], {
      cwd: mkdtempSync(path.join(tmpdir(), 'talkgraph-ingester-')),
      env,
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    for (const port of ports) children.push(await serve(cwd, env, port));
  });
  afterAll(() => {
    for (const c of children) c.kill('SIGTERM');
  });

  const get = async (port: number, url: string) => (await fetch(`http://127.0.0.1:${port}${url}`)).json();

  it('answer search, ask and related alike, with no data folder anywhere', async () => {
    const urls = [
      '/api/search?q=podman',
      '/api/search?q=kernal',
      `/api/ask?q=${encodeURIComponent('who talked about Ceph')}`,
      '/api/posts/post:examples:hugo-fosdem-2024-notes/related',
    ];
    for (const url of urls) {
      const [a, b] = await Promise.all(ports.map((p) => get(p, url)));
      expect(b, url).toEqual(a);
      expect(JSON.stringify(a), url).not.toMatch(/"error"/);
    }
    expect((await get(ports[0]!, '/api/search?q=podman')).posts.length).toBeGreaterThan(0);
    expect(existsSync(path.join(cwd, '.talkgraph'))).toBe(false);
    expect(readdirSync(cwd)).toEqual([]);
  });
});
