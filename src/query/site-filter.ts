// Which sites (blogs) an answer may draw posts from: a list, every site, or (for related
// posts) the post's own site. Post ids carry their site ("post:<site>:<key>"), so filtering
// needs no extra store query.
import { siteOfPostId } from '../domain/ids.js';

/** `null`: every site; otherwise the site slugs allowed. */
export type SiteList = string[] | null;

/** "a, b" → ["a", "b"]; "*", "all" or nothing → null (every site). `site` and `sites` both count. */
export function parseSites(...values: Array<string | string[] | undefined>): SiteList {
  const names = values
    .flatMap((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
    .flatMap((v) => v.split(','))
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean);
  if (names.length === 0 || names.some((n) => n === '*' || n === 'all')) return null;
  return [...new Set(names)];
}

/** Whether the post `id` belongs to one of `sites` (always, when `sites` is null). */
export function inSites(id: string, sites: SiteList): boolean {
  if (!sites) return true;
  const site = siteOfPostId(id);
  return site !== null && sites.includes(site);
}

/**
 * Of the posts found at a URL, the one meant: an exact match first; a post stored with an
 * absolute URL on another host never answers for this host.
 */
export function pickByUrl<T extends { url: string | null }>(rows: T[], url: string): T | undefined {
  const origin = /^https?:\/\/[^/]+/i.exec(url)?.[0]?.toLowerCase();
  const fits = rows.filter((r) => {
    const own = r.url ? /^https?:\/\/[^/]+/i.exec(r.url)?.[0]?.toLowerCase() : undefined;
    return !origin || !own || own === origin;
  });
  return fits.find((r) => r.url === url) ?? fits[0];
}
