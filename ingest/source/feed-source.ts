// Reads feeds (RSS 2.0, Atom; a file or an http(s) URL) and WordPress exports (WXR) into
// post texts: each entry's metadata as JSON front matter, its HTML content as Markdown.
import path from 'node:path';
import { siteSlug } from '../../src/domain/ids.js';
import type { Site } from '../../src/domain/model.js';
import { htmlToMarkdown } from '../document/html.js';
import { type FeedDocument, type FeedEntry, parseFeed } from './feed.js';
import { type FeedCache, fetchFeed } from './fetch-feed.js';
import type { SourceItem } from './file-source.js';
import { decodePostBytes, readRegularFile } from './read-file.js';
import type { SiteOverrides } from './site-config.js';

/** A path or URL that names a feed or export rather than a blog folder. */
export function isFeedSpec(spec: string): boolean {
  return /^https?:\/\//i.test(spec) || /\.(xml|rss|atom)$/i.test(spec);
}

/** What reading one feed gave: its posts, or that it has not changed since the last ingest. */
export type FeedRead =
  | { status: 'ok'; format: FeedDocument['kind']; items: SourceItem[]; site: Site }
  | { status: 'not-modified' };

/**
 * The stored `source` of an entry: "feed:<key>" (RSS, Atom) or "wxr:<key>" (a WordPress
 * export), never a file path, so pruning never mistakes an entry for a gone file or the
 * entries of a feed for those of an export.
 */
export function entrySource(format: FeedDocument['kind'], key: string): string {
  return `${format === 'wxr' ? 'wxr' : 'feed'}:${key}`;
}

/** Whether a stored `source` is a feed or export entry (see entrySource), not a file path. */
export function isEntrySource(source: string): boolean {
  return /^(feed|wxr):/.test(source);
}

/** Whether a stored `source` is an entry of a WordPress export. */
export function isExportSource(source: string): boolean {
  return source.startsWith('wxr:');
}

const FEED_FILE_CAP = 64 * 1024 * 1024;

/** Reads the feed at `spec`; throws InputError (FEED_UNREACHABLE, FEED_INVALID, …) naming it. */
export async function readFeed(spec: string, cache: FeedCache, overrides: SiteOverrides = {}): Promise<FeedRead> {
  const remote = /^https?:\/\//i.test(spec);
  let xml: string;
  if (remote) {
    const fetched = await fetchFeed(spec, cache);
    if (fetched.status === 'not-modified') return { status: 'not-modified' };
    xml = fetched.text;
    cache.stage(spec, fetched.validators);
  } else {
    xml = decodePostBytes(spec, await readRegularFile(spec, FEED_FILE_CAP));
  }
  const feed = parseFeed(spec, xml);
  const site = feedSite(spec, feed, overrides);
  return { status: 'ok', format: feed.kind, site, items: feed.entries.map((e) => entryItem(spec, site, feed.kind, e)) };
}

/** A feed's site: named after its host (or file), based at its link. */
function feedSite(spec: string, feed: FeedDocument, overrides: SiteOverrides): Site {
  const link = feed.link && /^https?:\/\//i.test(feed.link) ? feed.link : /^https?:\/\//i.test(spec) ? spec : null;
  const host = link ? new URL(link).host : path.basename(spec).replace(/\.[^.]+$/, '');
  const base = overrides.url ?? (link ? new URL(link).origin : null);
  return {
    name: siteSlug(overrides.name ?? host),
    generator: 'plain',
    baseUrl: base,
    permalink: null,
    sectionPermalinks: {},
    root: spec,
  };
}

function entryItem(spec: string, site: Site, format: FeedDocument['kind'], e: FeedEntry): SourceItem {
  // Without a link, the id comes from the entry's slug (WordPress' post_name) or its key (guid, id).
  const slug = e.url ? null : (e.slug ?? e.key);
  const meta = {
    title: e.title,
    date: e.date,
    url: e.url,
    slug,
    author: e.author,
    tags: e.tags,
    categories: e.categories,
  };
  return {
    file: e.url ?? `${spec}#${e.key}`,
    text: `${JSON.stringify(meta)}\n\n${htmlToMarkdown(e.html)}`,
    context: { site, source: entrySource(format, e.key) },
  };
}
