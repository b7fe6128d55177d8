// The stat cache appends what a run changed instead of writing every file's row again, reads a
// line cut off by a crash as a file to read again, and still reads the whole-object format before.
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SOURCE_STATS_FILE, SourceStats } from '../../../ingest/source/source-stats.js';

const stat = (size: number) => ({ size, mtimeMs: 1000, readAt: 100_000 });
const rest = (hash: string) => ({ context: 'c', hash, url: null });
const lineCount = (dir: string) => readFileSync(path.join(dir, SOURCE_STATS_FILE), 'utf8').trim().split('\n').length;

/** A fresh cache in its own folder with `n` files remembered. */
function cacheWith(n: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'talkgraph-stats-'));
  const stats = SourceStats.open(dir);
  for (let i = 0; i < n; i++) stats.stage(`/blog/post-${i}.md`, stat(i), rest(`h${i}`));
  stats.save();
  return dir;
}

describe('source stats', () => {
  it('a save of one change appends one line, and a reader sees the latest row', () => {
    const dir = cacheWith(100);
    expect(lineCount(dir)).toBe(101);
    const stats = SourceStats.open(dir);
    stats.stage('/blog/post-7.md', stat(70), rest('changed'));
    stats.forget('/blog/post-8.md');
    stats.save();
    expect(lineCount(dir)).toBe(103);
    // Another process (no shared memory) reads the file itself.
    const copy = mkdtempSync(path.join(tmpdir(), 'talkgraph-stats-copy-'));
    writeFileSync(path.join(copy, SOURCE_STATS_FILE), readFileSync(path.join(dir, SOURCE_STATS_FILE)));
    const reader = SourceStats.open(copy);
    expect(reader.get('/blog/post-7.md')).toMatchObject({ size: 70, hash: 'changed' });
    expect(reader.get('/blog/post-8.md')).toBeUndefined();
    expect(reader.get('/blog/post-9.md')).toMatchObject({ size: 9, hash: 'h9' });
  });

  it('is written whole again once the appended lines outnumber the rows', () => {
    const dir = cacheWith(64);
    const lines: number[] = [];
    for (let round = 0; round < 3; round++) {
      const stats = SourceStats.open(dir);
      for (let i = 0; i < 30; i++) stats.stage(`/blog/post-${i}.md`, stat(i + round + 1), rest(`r${round}`));
      stats.save();
      lines.push(lineCount(dir));
    }
    expect(lines).toEqual([1 + 64 + 30, 1 + 64 + 60, 1 + 64]);
    expect(SourceStats.open(dir).get('/blog/post-3.md')).toMatchObject({ size: 6, hash: 'r2' });
  });

  it('a line cut off by a crash loses that row only', () => {
    const dir = cacheWith(3);
    appendFileSync(path.join(dir, SOURCE_STATS_FILE), '["/blog/post-1.md",5,10');
    const reader = SourceStats.open(dir);
    expect(reader.get('/blog/post-1.md')).toMatchObject({ hash: 'h1' });
    expect(reader.get('/blog/post-2.md')).toMatchObject({ hash: 'h2' });
  });

  it('reads the format before and replaces it whole at the next save', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'talkgraph-stats-v1-'));
    const files = { '/blog/a.md': [1, 1000, 'c', 'ha', null] };
    writeFileSync(path.join(dir, SOURCE_STATS_FILE), JSON.stringify({ format: 'talkgraph-source-stats/1', files }));
    const stats = SourceStats.open(dir);
    expect(stats.get('/blog/a.md')).toMatchObject({ size: 1, hash: 'ha' });
    stats.stage('/blog/b.md', stat(2), rest('hb'));
    stats.save();
    expect(readFileSync(path.join(dir, SOURCE_STATS_FILE), 'utf8')).toMatch(
      /^\{"format":"talkgraph-source-stats\/2"\}\n/,
    );
    expect(lineCount(dir)).toBe(3);
  });
});
