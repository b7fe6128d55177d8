// The embed script stays small enough to add to any page.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

describe('embed.js', () => {
  it('is at most 5 KB gzipped and has no imports', () => {
    const source = readFileSync('web/embed.js');
    expect(gzipSync(source).length).toBeLessThanOrEqual(5 * 1024);
    expect(source.toString()).not.toMatch(/\bimport\b|\brequire\(/);
  });
});
