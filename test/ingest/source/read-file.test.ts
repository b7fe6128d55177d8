// Reading post files: strict UTF-8, and clear refusals for empty, binary and huge files.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPostFile } from '../../../ingest/source/read-file.js';
import { listPostFiles } from '../../../ingest/source/walk.js';
import { hasCode } from '../../../src/domain/errors.js';

const dir = mkdtempSync(path.join(tmpdir(), 'talkgraph-read-'));
const file = (name: string, content: string | Buffer) => {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
};

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (err) {
    return (err as { code?: string }).code;
  }
}

describe('readPostFile', () => {
  it('reads UTF-8 text and drops a byte-order mark', async () => {
    expect(await readPostFile(file('bom.md', '\ufeffHello café'))).toBe('Hello café');
  });

  it.each([
    ['empty.md', '', 'EMPTY_FILE'],
    ['blank.md', '  \n\n', 'EMPTY_FILE'],
    ['binary.md', Buffer.from([0x50, 0x4b, 0x03, 0x00, 0x14]), 'BINARY_FILE'],
    ['latin1.md', Buffer.from([0x63, 0x61, 0x66, 0xe9]), 'NOT_UTF8'],
  ])('refuses %s with %s', async (name, content, code) => {
    expect(await codeOf(readPostFile(file(name, content)))).toBe(code);
  });

  it('refuses a file over the size cap, naming the file', async () => {
    const p = file('big.md', 'x'.repeat(2000));
    await expect(readPostFile(p, 1000)).rejects.toThrow(p);
    expect(await codeOf(readPostFile(p, 1000))).toBe('FILE_TOO_LARGE');
  });
});

describe('listPostFiles', () => {
  it('walks folders for Markdown posts, skipping README files and hidden folders', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'talkgraph-walk-'));
    for (const p of ['a.md', 'sub/b.markdown', 'README.md', '.hidden/c.md', 'notes.txt']) {
      const full = path.join(root, p);
      (await import('node:fs')).mkdirSync(path.dirname(full), { recursive: true });
      writeFileSync(full, 'x');
    }
    const files = (await listPostFiles([root])).map((f) => path.relative(root, f));
    expect(files).toEqual(['a.md', path.join('sub', 'b.markdown')]);
  });

  it('names a path that does not exist', async () => {
    const err = await listPostFiles(['/no/such/place']).catch((e: unknown) => e);
    expect(hasCode(err, 'INPUT_NOT_FOUND')).toBe(true);
  });
});
