// Crash safety of `talkgraph ingest` as a user meets it: killed with SIGKILL at random
// points, two at once on one data folder, a disk that fills up. The next run always ends
// with the same graph and index as one clean run, and nothing half-done is reported done.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../src/search/search-index.js';
import { LOCK_FILE, lockDataFolder } from '../../src/storage/data-lock.js';
import { readManifest } from '../../src/storage/generations.js';
import { EmbeddedStore } from '../../src/stores/embedded/embedded-store.js';

const bin = path.resolve('bin/talkgraph.js');
const env = { ...process.env, NEO4J_URI: '' };

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function start(args: string[]): { child: ChildProcess; done: Promise<Run> } {
  const child = spawn(process.execPath, [bin, ...args], { env });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<Run>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, done };
}

/** The examples plus 40 short write-ups sharing speakers and projects, so resolution has work. */
function corpus(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'talkgraph-crash-corpus-'));
  cpSync('examples', path.join(dir, 'examples'), { recursive: true });
  mkdirSync(path.join(dir, 'more'));
  const people = ['Konrad Wilk', 'Dana Brooks', 'Carlos Mendez', 'Priya Raman', 'Lars Kurth'];
  const projects = ['Xen', 'Ansible', 'Terraform', 'Kubernetes', 'Podman'];
  for (let i = 0; i < 40; i++) {
    const [a, b] = [people[i % 5]!, people[(i + 2) % 5]!];
    const body = `${a} talked about ${projects[i % 5]} at DevConf ${2010 + (i % 7)}. ${b} from Red Hat presented ${projects[(i + 1) % 5]} and its roadmap. We discussed ${projects[(i + 3) % 5]} over lunch.`;
    writeFileSync(
      path.join(dir, 'more', `post-${i}.md`),
      `---\ntitle: "DevConf ${2010 + (i % 7)} notes, part ${i}"\nauthor: Pat Writer\ndate: 2021-05-${String((i % 28) + 1).padStart(2, '0')}\n---\n${body}\n`,
    );
  }
  return dir;
}

/** The whole stored state: graph nodes and edges, and the ids in the search index. */
async function stateOf(data: string): Promise<{ graph: unknown; searchable: number; posts: number }> {
  const store = EmbeddedStore.open(data);
  const g = store.graph.export();
  const graph = {
    nodes: [...g.nodes].sort((x, y) => (x.key < y.key ? -1 : 1)),
    edges: [...(g.edges ?? [])]
      .map((e) => ({ ...e, key: e.key }))
      .sort((x, y) => (String(x.key) < String(y.key) ? -1 : 1)),
  };
  return { graph, searchable: await SearchIndex.open(data).size(), posts: (await store.counts()).posts };
}

describe('ingest crash safety', () => {
  it('SIGKILL at random points: each data folder opens whole, and the next run equals a clean run', async () => {
    const posts = corpus();
    const clean = mkdtempSync(path.join(tmpdir(), 'talkgraph-clean-'));
    const t0 = performance.now();
    const first = await start(['ingest', posts, '--data', clean]).done;
    const cleanMs = performance.now() - t0;
    expect(first.code, first.stderr).toBe(0);
    const expected = await stateOf(clean);
    expect(expected.posts).toBe(52);

    const data = mkdtempSync(path.join(tmpdir(), 'talkgraph-killed-'));
    let kills = 0;
    for (let k = 0; k < 6; k++) {
      const run = start(['ingest', posts, '--data', data]);
      // Random points over a whole run: start-up, extraction, resolution, the save.
      const at = 300 + Math.random() * cleanMs;
      const timer = setTimeout(() => run.child.kill('SIGKILL'), at);
      const r = await run.done;
      clearTimeout(timer);
      if (r.signal === 'SIGKILL') kills++;
      // Whatever the moment, the folder holds one whole generation (or none yet): the graph
      // and the index agree, and nothing half-written is in use.
      const now = await stateOf(data);
      expect(now.searchable).toBe(now.posts);
    }
    const last = await start(['ingest', posts, '--data', data]).done;
    expect(last.code, last.stderr).toBe(0);
    expect(await stateOf(data)).toEqual(expected);
    expect(
      readdirSync(data).filter((f) => f.endsWith('.tmp') || f === LOCK_FILE || f.startsWith('ingest-journal')),
    ).toEqual([]);
    console.info(`crash safety: ${kills} kills survived of 6 attempts`);
    expect(kills).toBeGreaterThan(0);
  }, 600_000);

  it('an ingest into a folder another ingest holds fails at once naming the holder, storing nothing', async () => {
    const posts = corpus();
    const data = mkdtempSync(path.join(tmpdir(), 'talkgraph-held-'));
    // This test process plays the other ingest: it holds the lock while the CLI runs.
    const release = lockDataFolder(data, 'ingest');
    try {
      const second = await start(['ingest', posts, '--data', data]).done;
      expect(second.code).toBe(2);
      expect(second.stderr).toMatch(
        new RegExp(`data-folder: .*in use by "ingest" \\(pid ${process.pid}.*\\[STORE_LOCKED\\]`),
      );
      expect(second.stdout).toBe('');
      expect(readManifest(data)).toBeNull();
    } finally {
      release();
    }
  }, 300_000);

  it('two ingests started together: one fails with STORE_LOCKED or they run in turn; no post is lost', async () => {
    const posts = corpus();
    const data = mkdtempSync(path.join(tmpdir(), 'talkgraph-two-'));
    const runs = await Promise.all([
      start(['ingest', posts, '--data', data]).done,
      start(['ingest', posts, '--data', data]).done,
    ]);
    for (const r of runs) expect(r.code === 0 || (r.code === 2 && /STORE_LOCKED/.test(r.stderr)), r.stderr).toBe(true);
    expect(runs.some((r) => r.code === 0)).toBe(true);
    expect((await stateOf(data)).posts).toBe(52);
    expect((await stateOf(data)).searchable).toBe(52);
  }, 300_000);

  it('a full disk fails the ingest with a non-zero exit and no summary; the previous generation stays', async () => {
    const mount = mkdtempSync(path.join(tmpdir(), 'talkgraph-tmpfs-'));
    // A tmpfs just big enough for one generation of the examples: the second save cannot fit.
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', mount]).status === 0;
    expect(mounted, 'this test needs root to mount a small tmpfs (CI runs as root)').toBe(true);
    try {
      const posts = corpus();
      const data = path.join(mount, 'data');
      const small = await start(['ingest', path.join(posts, 'examples'), '--data', data]).done;
      expect(small.code, small.stderr).toBe(0);
      const before = await stateOf(data);
      const full = await start(['ingest', posts, '--data', data]).done;
      expect(full.code).not.toBe(0);
      expect(full.stderr).toMatch(/storage: .*cannot write \(the disk is full\).*\[STORE_WRITE_FAILED\]/);
      expect(full.stdout).not.toMatch(/ingested/);
      expect(await stateOf(data)).toEqual(before);
      expect(readManifest(data)?.generation).toBe(1);
      expect(readdirSync(data).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    } finally {
      spawnSync('umount', [mount]);
    }
  }, 300_000);
});
