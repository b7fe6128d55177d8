// Finds post files: a file as given, or every post file below a folder. Only regular files
// are listed; an unreadable folder, a special file or a name that is not UTF-8 is one skip.
import { lstat, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../../src/domain/errors.js';
import { type Skipped, toSkipped } from './skipped.js';

/** File endings read as posts: Markdown in its spellings, and HTML (Jekyll posts, saved pages). */
export const POST_FILE = /\.(md|markdown|mdown|mkd|html|htm)$/i;
/** A folder's README or LICENSE describes the folder, and Hugo's _index.md lists a section: not posts. */
const NOT_POSTS = /^(readme|license|licence|changelog|contributing|code_of_conduct|_index)\.[a-z]+$/i;
/** Folders that hold templates, build output or dependencies, never posts; rules as data. */
export const NOT_POST_FOLDERS = new Set([
  'node_modules',
  '_layouts',
  '_includes',
  '_site',
  '_sass',
  '_data',
  '_drafts',
  'layouts',
  'themes',
  'public',
  'resources',
  'archetypes',
  'scaffolds',
  'vendor',
]);

const strictName = new TextDecoder('utf-8', { fatal: true });

export interface FoundFile {
  file: string;
  /** The path the user gave that led here (the fallback source root). */
  given: string;
}

export interface Listing {
  files: FoundFile[];
  skipped: Skipped[];
}

/** Lists post files below each path, sorted so runs are deterministic. Missing paths throw INPUT_NOT_FOUND. */
export async function listSourceFiles(paths: string[]): Promise<Listing> {
  const listing: Listing = { files: [], skipped: [] };
  for (const p of paths) {
    const info = await stat(p).catch(() => null);
    if (!info) throw new InputError('INPUT_NOT_FOUND', 'source', p, 'no such file or folder');
    // A path given by hand is read whatever its ending; the reader refuses non-regular files.
    if (info.isDirectory()) await walk(p, p, listing);
    else listing.files.push({ file: p, given: path.dirname(p) });
  }
  // One folder's walk lists a file once; only paths given together can overlap.
  if (paths.length > 1) {
    const seen = new Set<string>();
    listing.files = listing.files.filter((f) => !seen.has(path.resolve(f.file)) && seen.add(path.resolve(f.file)));
  }
  listing.files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return listing;
}

/** The post files below `paths`, as before (skips dropped): kept for callers that only need paths. */
export async function listPostFiles(paths: string[]): Promise<string[]> {
  return (await listSourceFiles(paths)).files.map((f) => f.file);
}

async function walk(dir: string, given: string, listing: Listing): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true, encoding: 'buffer' });
  } catch (err) {
    listing.skipped.push(
      toSkipped(dir, new InputError('READ_FAILED', 'source', dir, `folder not readable: ${(err as Error).message}`)),
    );
    return;
  }
  for (const entry of entries) {
    const name = decodeName(entry.name);
    if (name === null) {
      const shown = path.join(dir, Buffer.from(entry.name).toString('latin1'));
      listing.skipped.push(
        toSkipped(shown, new InputError('BAD_FILE_NAME', 'source', shown, 'the file name is not valid UTF-8')),
      );
      continue;
    }
    // Hidden folders (.git, .talkgraph), templates and dependencies never hold posts.
    if (name.startsWith('.') || (entry.isDirectory() && NOT_POST_FOLDERS.has(name))) continue;
    const full = path.join(dir, name);
    if (entry.isDirectory()) await walk(full, given, listing);
    else if (!POST_FILE.test(name) || NOT_POSTS.test(name)) continue;
    else if (entry.isFile()) listing.files.push({ file: full, given });
    else await special(full, given, listing);
  }
}

/** A symlink to a regular file is read; anything else with a post's name is one skip line. */
async function special(file: string, given: string, listing: Listing): Promise<void> {
  const target = await stat(file).catch(() => null);
  if (target?.isFile() && (await lstat(file)).isSymbolicLink()) {
    listing.files.push({ file, given });
    return;
  }
  listing.skipped.push(
    toSkipped(
      file,
      new InputError('NOT_REGULAR_FILE', 'source', file, 'not a regular file (a device, FIFO or socket is never read)'),
    ),
  );
}

function decodeName(name: Buffer | string): string | null {
  if (typeof name === 'string') return name;
  try {
    return strictName.decode(name);
  } catch {
    return null;
  }
}
