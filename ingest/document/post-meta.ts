// Turns front matter in the shapes Hugo, Jekyll and WordPress exports write into a Post.
import path from 'node:path';
import type { Post } from '../../src/domain/model.js';
import type { FrontMatterData } from './front-matter.js';

/** Builds the Post for `file`; `root` makes the fallback id independent of the working folder. */
export function toPost(file: string, data: FrontMatterData, root?: string): Post {
  const source = root ? path.relative(root, file) || path.basename(file) : file;
  const url = firstString(data, ['url', 'permalink', 'link']);
  const slug = firstString(data, ['slug']);
  const authors = stringList(data.authors ?? data.author);
  return {
    id: postId(url, slug, source),
    title: firstString(data, ['title']) ?? titleFromFile(file),
    date: toDate(data.date ?? data.publishDate ?? data.published ?? data.pubDate),
    url: url ?? null,
    author: authors[0] ?? null,
    authors,
    tags: stringList(data.tags ?? data.keywords),
    categories: stringList(data.categories ?? data.category),
    source,
  };
}

/** "/2010/04/29/xen-summit/" → "post:2010-04-29-xen-summit"; else the slug, else the file path. */
export function postId(url: string | undefined, slug: string | undefined, source: string): string {
  const pathPart = url ? url.replace(/^[a-z]+:\/\/[^/]+/i, '') : undefined;
  const raw = pathPart ?? slug ?? source.replace(/\.[^.]+$/, '');
  const cleaned = raw
    .toLowerCase()
    .replace(/\.html?$/, '')
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `post:${cleaned || 'untitled'}`;
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
  const date = value instanceof Date ? value : new Date(String(value));
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
