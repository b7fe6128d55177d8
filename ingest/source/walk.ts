// Finds Markdown post files: a file as given, or every .md/.markdown file below a folder.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../../src/domain/errors.js';

const MARKDOWN = /\.(md|markdown|mdown|mkd)$/i;
/** A folder's README or LICENSE describes the folder; it is not a post. */
const NOT_POSTS = /^(readme|license|licence|changelog|contributing|code_of_conduct)\.[a-z]+$/i;

/** Lists post files below each path, sorted so runs are deterministic. Missing paths throw. */
export async function listPostFiles(paths: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const p of paths) {
    const info = await stat(p).catch(() => null);
    if (!info) throw new InputError('INPUT_NOT_FOUND', 'source', p, 'no such file or folder');
    if (info.isDirectory()) found.push(...(await walk(p)));
    else found.push(p);
  }
  return [...new Set(found)].sort();
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const out: string[] = [];
  for (const entry of entries) {
    // Hidden folders (.git, .talkgraph) and dependencies never hold posts.
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(full)));
    else if (entry.isFile() && MARKDOWN.test(entry.name) && !NOT_POSTS.test(entry.name)) out.push(full);
  }
  return out;
}
