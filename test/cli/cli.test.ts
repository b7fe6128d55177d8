// The command line as a user runs it: `talkgraph extract FILE --json` and bad input.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = path.resolve('bin/talkgraph.js');
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

describe('talkgraph CLI', () => {
  it('extract FILE --json prints one JSON object', () => {
    const out = execFileSync(process.execPath, [bin, 'extract', 'examples/hugo/kubecon-2023-day-one.md', '--json'], {
      encoding: 'utf8',
    });
    const x = JSON.parse(out);
    expect(x.event).toEqual({ name: 'KubeCon', year: 2023 });
    expect(x.entities.some((e: { id: string }) => e.id === 'person:priya-raman')).toBe(true);
  });

  it('extract over a folder with a bad file names it, counts it, and goes on', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'talkgraph-cli-'));
    writeFileSync(path.join(dir, 'ok.md'), '---\ntitle: ok\n---\nLars Berg presented nftables.\n');
    writeFileSync(path.join(dir, 'broken.md'), '+++\ntitle = \n+++\n');
    const r = run('extract', dir, '--json');
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(path.join(dir, 'broken.md'));
    expect(r.stderr).toContain('FRONT_MATTER_INVALID');
    expect(r.stderr).toMatch(/2 read, 1 extracted, 1 skipped/);
  });

  it('a missing path is one clear line and a non-zero exit', () => {
    const r = run('extract', '/no/such/folder');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/\/no\/such\/folder.*INPUT_NOT_FOUND/);
  });
});
