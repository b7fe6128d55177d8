// Stable ids for entities and posts: lower-case ASCII slugs prefixed by the type. Post ids
// are `post:<site>:<key>` and never collide: a key that lost information becomes `<slug>_<hash>`.
import { createHash } from 'node:crypto';
import type { EntityType } from './model.js';
import { stripDiacritics } from './name-fold.js';
import { transliterate } from './transliteration.js';

/** "Open vSwitch" → "open-vswitch"; "Dave & Buster's" → "dave-buster-s". */
export function slugify(text: string): string {
  const slug = stripDiacritics(text)
    .toLowerCase()
    .replace(/\+/g, '-plus')
    .replace(/#/g, '-sharp')
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/\.(?![a-z0-9])|(?<![a-z0-9])\./g, '')
    .replace(/^-+|-+$/g, '');
  return slug || 'x';
}

/** `entityId('Person', 'George Dunlap')` → "person:george-dunlap". */
export function entityId(type: EntityType, name: string): string {
  return `${type.toLowerCase()}:${slugify(name)}`;
}

/** A key segment that maps back to itself: lower-case ASCII words joined by single dashes. */
const PLAIN_SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A readable, collision-free key for a site-relative path or URL path. `segments` are joined
 * by "-"; when any segment is not plain (accents, non-Latin letters, dots, spaces) or `exact`
 * is false, a short hash of `original` is appended, so "日本語" and "中文" stay apart. Case
 * alone is folded without a hash (readable Jekyll names); the rare clash it leaves is caught
 * as a duplicate id naming both files.
 */
export function stableKey(segments: string[], original: string, exact = true): string {
  const plain = exact && segments.length > 0 && segments.every((s) => PLAIN_SEGMENT.test(s.toLowerCase()));
  const slug = segments.map(slugSegment).filter(Boolean).join('-');
  if (plain) return slug;
  const hash = createHash('sha1').update(original.normalize('NFC')).digest('hex').slice(0, 8);
  return `${slug || 'post'}_${hash}`;
}

/** "Привет, Мир" → "privet-mir"; "Café" → "cafe"; "日本語" → "" (the hash carries it). */
export function slugSegment(text: string): string {
  return transliterate(stripDiacritics(text).toLowerCase())
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** `postId('my-blog', 'hello-world')` → "post:my-blog:hello-world". */
export function postId(site: string, key: string): string {
  return `post:${site}:${key}`;
}

/** The site slug a post id carries ("post:my-blog:x" → "my-blog"), or null for other ids. */
export function siteOfPostId(id: string): string | null {
  const m = /^post:([^:]+):/.exec(id);
  return m ? m[1]! : null;
}

/** A site's slug for ids: its name folded ("My Blog" → "my-blog"); a hash when nothing is left. */
export function siteSlug(name: string): string {
  return slugSegment(name) || stableKey([], name);
}
