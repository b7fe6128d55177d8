// What `--prune` may remove, and nothing more: posts of a site read from disk in this run,
// lying below a path given to this run, whose files no longer exist; and posts of a WordPress
// export read whole in this run that the export no longer holds. A feed is a window onto its
// blog (the last N posts), so an entry that left it is never removed.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { isEntrySource, isExportSource, isFeedSpec } from '../../ingest/source/feed-source.js';
import { SiteBook } from '../../ingest/source/file-source.js';
import type { SiteOverrides } from '../../ingest/source/site-config.js';
import type { QueryRow } from '../stores/named-queries.js';
import { keyOf } from './ingest-diff.js';

type StoredRow = QueryRow<'stored-posts'>;

/**
 * The stored posts --prune may remove: file posts of a site ingested from disk in this run
 * (`roots`), not read in this run (`seen`), below a path given to this run, whose file is
 * gone; and export posts of a site whose WordPress export was read whole in this run
 * (`exports`: site → the entries it holds) that it no longer holds. Posts of other sites, of
 * RSS/Atom feeds and of files outside the given paths are never touched.
 */
export function prunable(
  paths: string[],
  rows: StoredRow[],
  seen: Set<string>,
  roots: Map<string, string>,
  overrides?: SiteOverrides,
  exports: Map<string, Set<string>> = new Map(),
): string[] {
  return [...goneFiles(paths, rows, seen, roots, overrides), ...goneFromExports(rows, seen, exports)];
}

function goneFiles(
  paths: string[],
  rows: StoredRow[],
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
    .filter(
      (r) => r.site !== null && !isEntrySource(r.source) && !seen.has(keyOf(r.site, r.source)) && known.has(r.site),
    )
    .filter((r) => {
      const file = path.resolve(known.get(r.site!)!, r.source);
      const inside = scopes.some((s) => (s.folder ? file.startsWith(s.dir + path.sep) : file === s.dir));
      return inside && !existsSync(file);
    })
    .map((r) => r.post);
}

/** An export is the whole blog as WordPress holds it: an entry it no longer lists was deleted there. */
function goneFromExports(rows: StoredRow[], seen: Set<string>, exports: Map<string, Set<string>>): string[] {
  return rows
    .filter((r) => r.site !== null && isExportSource(r.source) && !seen.has(keyOf(r.site, r.source)))
    .filter((r) => exports.get(r.site!)?.has(r.source) === false)
    .map((r) => r.post);
}
