// Turns front matter in the shapes Hugo, Jekyll, Hexo, Pelican and WordPress write into a Post:
// an id from the site and the file's place in it (or its declared URL), dates and URLs as the
// generator makes them, absolute when the site's base URL is known. The id key is the declared
// url/permalink's path, else the declared slug, else the path below the site's root.
import path from 'node:path';
import { postId, stableKey } from '../../src/domain/ids.js';
import type { Post, Site } from '../../src/domain/model.js';
import type { FrontMatterData } from './front-matter.js';
import { defaultPermalink, expandPattern, type PermalinkParts } from './permalink.js';

/** Where a post sits: its site and its path relative to the site's root ("/" separators). */
export interface PostContext {
  site: Site;
  source: string;
}

/** Folders a generator keeps posts in, dropped from ids so they read like the blog's own. */
const POST_FOLDERS = ['_posts', 'content', 'source/_posts'];
/** Front-matter keys naming a post's authors, first found wins: "by:" is the Go blog's (x/website) list. */
const AUTHOR_KEYS = ['authors', 'author', 'by'];
const FILE_DATE = /^(\d{4})-(\d{2})-(\d{2})-(.+)$/;

/** "Ana Lima and Bo Chen" → both; "Ana Lima and contributors" → Ana Lima: only the parts written as names. */
function authorNames(field: string): string[] {
  const parts = field.split(/\s*(?:,|&|\band\b)\s*/).filter(Boolean);
  return parts.length > 1 ? parts.filter((p) => /^\p{Lu}/u.test(p)) : [field];
}

/** Builds the Post for `file`; `where` is its context (or, as before, the root folder alone). */
export function toPost(file: string, data: FrontMatterData, where?: string | PostContext): Post {
  const ctx = contextOf(file, where);
  // A declared URL with another scheme ("javascript:…", "data:…") is no URL of the post at all.
  const written = firstString(data, ['url', 'permalink', 'link']);
  const declared = written && /^(?!https?:)[a-z][a-z0-9+.-]*:/i.test(written) ? null : written;
  const slug = firstString(data, ['slug']) ?? null;
  const authors = stringList(AUTHOR_KEYS.map((k) => data[k]).find((v) => v !== undefined)).flatMap(authorNames);
  const title = firstString(data, ['title']) ?? titleFromFile(file);
  const categories = stringList(data.categories ?? data.category);
  const parts = permalinkParts(ctx, data, slug, title, categories);
  const relative = declared ? expandDeclared(declared, ctx.site, parts) : defaultPermalink(ctx.site, parts);
  return {
    id: postId(ctx.site.name, declared ? urlKey(declared) : slug ? stableKey([slug], slug) : sourceKey(ctx.source)),
    title,
    date: toDate(data.date ?? data.publishDate ?? data.published ?? data.pubDate) ?? fileDate(parts),
    url: relative ? absolute(relative, ctx.site.baseUrl) : null,
    author: authors[0] ?? null,
    authors,
    tags: stringList(data.tags ?? data.keywords),
    categories,
    source: ctx.source,
    site: ctx.site.name,
  };
}

/** A context for callers that only know a root folder (or nothing): a plain site named after it. */
export function contextOf(file: string, where?: string | PostContext): PostContext {
  if (where && typeof where === 'object') return where;
  const root = where ?? path.dirname(path.resolve(file));
  const source = path.relative(root, path.resolve(file)).split(path.sep).join('/') || path.basename(file);
  return {
    site: { name: 'local', generator: 'plain', baseUrl: null, permalink: null, sectionPermalinks: {}, root },
    source,
  };
}

/** The id key of a file path: "_posts/2012-04-25-x.md" → "2012-04-25-x"; a hash when lossy. */
export function sourceKey(source: string): string {
  let rest = source;
  const folder = POST_FOLDERS.find((f) => rest.startsWith(`${f}/`));
  if (folder) rest = rest.slice(folder.length + 1);
  const ext = path.posix.extname(rest);
  let stem = rest.slice(0, rest.length - ext.length);
  // A Hugo page bundle (post/x/index.md) is the post "post/x".
  if (/(^|\/)(index|_index)$/.test(stem) && stem.includes('/')) stem = stem.replace(/\/_?index$/, '');
  return stableKey(stem.split('/'), source, ext === '.md');
}

/** The id key of a declared URL: its path, "/2010/04/29/x/" → "2010-04-29-x". */
export function urlKey(url: string): string {
  const pathPart = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '').replace(/[?#].*$/, '');
  let decoded = pathPart;
  try {
    decoded = decodeURIComponent(pathPart);
  } catch {
    // A bad percent-escape: the raw path is still a stable key (the hash keeps it apart).
  }
  const segments = decoded
    .replace(/\/index\.html?$/i, '')
    .replace(/\.html?$/i, '')
    .split('/')
    .filter(Boolean);
  return segments.length ? stableKey(segments, decoded) : 'index';
}

function permalinkParts(
  ctx: PostContext,
  data: FrontMatterData,
  slug: string | null,
  title: string,
  categories: string[],
): PermalinkParts {
  const segments = ctx.source.split('/');
  let name = path.posix.basename(ctx.source).replace(/\.[^.]+$/, '');
  if ((name === 'index' || name === '_index') && segments.length > 1) name = segments[segments.length - 2]!;
  const dated = FILE_DATE.exec(name);
  const ymd =
    ymdOf(data.date ?? data.publishDate ?? data.published) ??
    (dated ? ([dated[1]!, dated[2]!, dated[3]!] as [string, string, string]) : null);
  const section = ctx.source.startsWith('content/') && segments.length > 2 ? segments[1]! : '';
  // Jekyll: folders above _posts are categories too ("blog/_posts/x.md" → blog).
  const above =
    ctx.site.generator === 'jekyll' && ctx.source.includes('_posts/')
      ? ctx.source.split('_posts/')[0]!.split('/').filter(Boolean)
      : [];
  return {
    ymd,
    name: dated ? dated[4]! : name,
    slug,
    title,
    categories: [...above, ...categories],
    section,
    dated: Boolean(dated),
  };
}

function expandDeclared(declared: string, site: Site, parts: PermalinkParts): string {
  if (/^https?:\/\//i.test(declared)) return declared;
  // Anything else is a path on the site: "//evil.example/x" or "javascript:…" never leave it.
  const onSite = `/${declared.replace(/^\/+/, '')}`;
  return /:[a-z_]+/.test(onSite) ? expandPattern(onSite, site.generator, parts) : onSite;
}

function absolute(url: string, base: string | null): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || !base) return url;
  return `${base}${url.startsWith('/') ? '' : '/'}${url}`;
}

function fileDate(parts: PermalinkParts): string | null {
  return parts.ymd ? `${parts.ymd.join('-')}T00:00:00.000Z` : null;
}

/** The calendar date as written ("2021-10-12 09:30:00 -0400" → 2021/10/12), as generators use it in URLs. */
function ymdOf(value: unknown): [string, string, string] | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    const iso = value.toISOString();
    return [iso.slice(0, 4), iso.slice(5, 7), iso.slice(8, 10)];
  }
  const m = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim()) : null;
  return m ? [m[1]!, m[2]!, m[3]!] : null;
}

function firstString(data: FrontMatterData, keys: string[]): string | undefined {
  for (const key of keys) {
    const value = data[key];
    if (typeof value === 'string' && value.trim()) return value.trim();
    if (typeof value === 'number') return String(value);
  }
  return undefined;
}

/** Accepts "a", ["a", "b"], "a, b" and WordPress' [{name: "a"}] shapes. */
function stringList(value: unknown): string[] {
  if (value == null) return [];
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/\s*,\s*/) : [value];
  const out: string[] = [];
  for (const item of items) {
    if (typeof item === 'string' && item.trim()) out.push(item.trim());
    else if (typeof item === 'number') out.push(String(item));
    else if (item && typeof item === 'object' && 'name' in item && typeof item.name === 'string') out.push(item.name);
  }
  return [...new Set(out)];
}

/** Normalizes dates to ISO strings; a YAML date, a TOML date and a quoted string all work. */
function toDate(value: unknown): string | null {
  if (value == null || value === '') return null;
  // new Date(getTime()): smol-toml's TomlDate prints itself TOML-style, not as ISO.
  const date = value instanceof Date ? new Date(value.getTime()) : new Date(String(value));
  if (Number.isNaN(date.getTime())) return typeof value === 'string' ? value : null;
  return date.toISOString();
}

function titleFromFile(file: string): string {
  return path
    .basename(file)
    .replace(/\.[^.]+$/, '')
    .replace(/^\d{4}-\d{2}-\d{2}-/, '')
    .replace(/[-_]+/g, ' ');
}
