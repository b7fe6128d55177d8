// `talkgraph ingest` and `talkgraph entities` as a user runs them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = path.resolve('bin/talkgraph.js');
const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, NEO4J_URI: '', ...env } });

describe('talkgraph ingest', () => {
  it('ingests into the data folder and prints a summary; a second run changes nothing', () => {
    const data = mkdtempSync(path.join(tmpdir(), 'talkgraph-cli-data-'));
    const first = run(['ingest', 'examples', '--data', data]);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/12 read, 12 ingested, 0 unchanged, 0 skipped, 0 removed/);
    expect(first.stdout).toMatch(/entities: .*Person \d+/);
    expect(first.stdout).toMatch(/relations: .*TALKED_ABOUT \d+/);
    const second = run(['ingest', 'examples', '--data', data, '--json']);
    expect(JSON.parse(second.stdout)).toMatchObject({ ingested: 0, unchanged: 12 });
    const list = run(['entities', '--data', data, '--type', 'person', '--json']);
    expect(JSON.parse(list.stdout).map((r: { id: string }) => r.id)).toContain('person:priya-raman');
    // Three CLI processes: on a loaded CI machine they take longer than the default minute.
  }, 180_000);

  it('--site and --site-url name the blog and make its post URLs absolute; a bad --site-url names the flag', () => {
    const data = mkdtempSync(path.join(tmpdir(), 'talkgraph-cli-data-'));
    const r = run([
      'ingest',
      'examples/wordpress',
      '--data',
      data,
      '--site',
      'jamie',
      '--site-url',
      'https://jamie.example',
      '--json',
    ]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ ingested: 4, skipped: [] });
    const related = run([
      'related',
      'https://jamie.example/2016/08/25/linuxcon-2016-day-one/',
      '--data',
      data,
      '--json',
    ]);
    expect(JSON.parse(related.stdout).post).toMatchObject({
      id: 'post:jamie:2016-08-25-linuxcon-2016-day-one',
      url: 'https://jamie.example/2016/08/25/linuxcon-2016-day-one/',
    });
    const bad = run(['ingest', 'examples', '--data', data, '--site-url', 'javascript:alert(1)']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--site-url javascript:alert\(1\).*BAD_ARGUMENT/);
  }, 180_000);

  it('an unreachable Neo4j is one clear line and a non-zero exit', () => {
    const r = run(['ingest', 'examples', '--neo4j', 'bolt://127.0.0.1:9']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/neo4j: bolt:\/\/127\.0\.0\.1:9: cannot reach the server.*STORE_UNREACHABLE/);
  });

  it('a bad --type names the flag', () => {
    const r = run(['entities', '--type', 'robot', '--data', mkdtempSync(path.join(tmpdir(), 'tg-'))]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--type robot.*BAD_ARGUMENT/);
  });
});
