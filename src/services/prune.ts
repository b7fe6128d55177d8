// What `--prune` may remove, and nothing more: posts of a site read from disk in this run,
// lying below a path given to this run, whose files no longer exist.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { isFeedSpec } from '../../ingest/source/feed-source.js';
import { SiteBook } from '../../ingest/source/file-source.js';
import type { SiteOverrides } from '../../ingest/source/site-config.js';
import type { QueryRow } from '../stores/named-queries.js';
import { keyOf } from './ingest-diff.js';

/**
 * The stored posts --prune may remove: of a site ingested from disk in this run (`roots`),
 * not read in this run (`seen`), below a path given to this run, and whose file is gone.
 * Posts of other sites, of feeds and of files outside the given paths are never touched.
 */
export function prunable(
  paths: string[],
  rows: Array<QueryRow<'stored-posts'>>,
  seen: Set<string>,
  roots: Map<string, string>,
  overrides?: SiteOverrides,
): string[] {
  const book = new SiteBook(overrides);
  const known = new Map(roots);
  const scopes = paths
    .filter((p) => !isFeedSpec(p) && existsSync(p))
    .map((p) => {
      const folder = statSync(p).isDirectory();
      // The given path's own site counts even when none of its files is left to read.
      const site = book.siteOf(p, folder);
      if (!known.has(site.name)) known.set(site.name, site.root);
      return { dir: path.resolve(p), folder };
    });
  return rows
    .filter((r) => r.site !== null && !seen.has(keyOf(r.site, r.source)) && known.has(r.site))
    .filter((r) => {
      const file = path.resolve(known.get(r.site!)!, r.source);
      const inside = scopes.some((s) => (s.folder ? file.startsWith(s.dir + path.sep) : file === s.dir));
      return inside && !existsSync(file);
    })
    .map((r) => r.post);
}
