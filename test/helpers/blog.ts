// Test helper: writes a fixture blog (relative path → file text) into a fresh folder.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extractFiles } from '../../ingest/pipeline/extract-files.js';
import type { Skipped } from '../../ingest/source/skipped.js';
import type { Post } from '../../src/domain/model.js';
import { lexicon } from './extract-text.js';

/** Writes `files` below a new folder named `name` (the site's default name) and returns its path. */
export function blogOf(name: string, files: Record<string, string | Buffer>): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'talkgraph-blog-')), name);
  for (const [rel, text] of Object.entries(files)) {
    const file = path.join(dir, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return dir;
}

/** The posts (sorted by id) and skips that `extract` finds in `paths`. */
export async function postsOf(paths: string[]): Promise<{ posts: Post[]; skipped: Skipped[] }> {
  const posts: Post[] = [];
  const summary = await extractFiles(paths, { lexicon, onPost: (x) => posts.push(x.post) });
  return { posts: posts.sort((a, b) => (a.id < b.id ? -1 : 1)), skipped: summary.skipped };
}

/** id → [date (day), url] of each post, for compact expectations; a hash suffix shows as "_#". */
export function idDateUrl(posts: Post[]): Record<string, [string | null, string | null]> {
  return Object.fromEntries(
    posts.map((p) => [p.id.replace(/_[0-9a-f]{8}$/, '_#'), [p.date ? p.date.slice(0, 10) : null, p.url]]),
  );
}
