// Post URLs the way each generator makes them: Jekyll and Hexo `:placeholders`, Hugo section
// + slug (or its [permalinks] patterns), Pelican `{slug}.html`. Rules as data, one table each.
import { slugSegment } from '../../src/domain/ids.js';
import type { Generator, Site } from '../../src/domain/model.js';

/** What a permalink is made of for one post. */
export interface PermalinkParts {
  /** Calendar date as the post states it: [year, month, day], or null. */
  ymd: [string, string, string] | null;
  /** The file's own name without date prefix and extension ("xen-summit"), or a bundle's folder. */
  name: string;
  /** Front-matter slug, when given. */
  slug: string | null;
  title: string;
  categories: string[];
  /** Hugo: first folder below content/ ("post"), or "". */
  section: string;
  /** The file is named the Jekyll way, "YYYY-MM-DD-name". */
  dated: boolean;
}

/** Jekyll's named permalink styles. */
const JEKYLL_STYLES: Record<string, string> = {
  date: '/:categories/:year/:month/:day/:title:output_ext',
  pretty: '/:categories/:year/:month/:day/:title/',
  ordinal: '/:categories/:year/:y_day/:title:output_ext',
  none: '/:categories/:title:output_ext',
};

/** The default pattern per generator when the site sets none. */
const DEFAULT_PATTERN: Record<Generator, string | null> = {
  jekyll: JEKYLL_STYLES.date!,
  hexo: ':year/:month/:day/:title/',
  hugo: '/:section/:slug/',
  pelican: '{slug}.html',
  plain: null,
};

/** The site-relative URL path of a post, or null when the generator has no rule (plain sites). */
export function defaultPermalink(site: Site, parts: PermalinkParts): string | null {
  const pattern =
    site.generator === 'hugo' ? (site.sectionPermalinks[parts.section] ?? site.permalink) : site.permalink;
  // A folder of "YYYY-MM-DD-name" files without any config is a Jekyll blog's _posts.
  const generator = site.generator === 'plain' && !pattern && parts.dated ? 'jekyll' : site.generator;
  const chosen = pattern ? (JEKYLL_STYLES[pattern] ?? pattern) : DEFAULT_PATTERN[generator];
  if (!chosen) return null;
  return expandPattern(chosen, generator, parts);
}

/** Expands `:name` (Jekyll, Hexo, Hugo) and `{name}` (Pelican) placeholders; a pattern with none is returned as is. */
export function expandPattern(pattern: string, generator: Generator, parts: PermalinkParts): string {
  const values = placeholderValues(generator, parts);
  const expanded = pattern
    .replace(/\{date:%([Ymd])\}/g, (_m, f: string) => values[{ Y: 'year', m: 'month', d: 'day' }[f]!] ?? '')
    .replace(/\{(\w+)\}/g, (m, key: string) => values[key] ?? m)
    .replace(/:([a-z_]+)/g, (m, key: string) => values[key] ?? m);
  const withSlash = expanded.startsWith('/') ? expanded : `/${expanded}`;
  // An empty placeholder (no categories, no section) leaves "//": fold it.
  return withSlash.replace(/\/{2,}/g, '/');
}

function placeholderValues(generator: Generator, p: PermalinkParts): Record<string, string> {
  const [year, month, day] = p.ymd ?? ['', '', ''];
  const titleSlug = slugSegment(p.title);
  // Jekyll and Hexo: :title is the file name unless the post sets a slug; Hugo: the title.
  const fileTitle = p.slug ?? p.name;
  const categories = p.categories.map(slugSegment).filter(Boolean);
  return {
    year,
    month,
    day,
    short_year: year.slice(2),
    i_month: String(Number(month) || ''),
    i_day: String(Number(day) || ''),
    y_day: p.ymd ? String(dayOfYear(p.ymd)).padStart(3, '0') : '',
    title: generator === 'hugo' ? titleSlug : fileTitle,
    slug: generator === 'hugo' ? (p.slug ?? p.name.toLowerCase()) : (p.slug ?? titleSlug),
    name: p.name,
    filename: p.name,
    contentbasename: p.name,
    post_title: titleSlug,
    section: p.section,
    categories: categories.join('/'),
    category: categories[0] ?? '',
    output_ext: '.html',
  };
}

function dayOfYear([y, m, d]: [string, string, string]): number {
  const start = Date.UTC(Number(y), 0, 1);
  return Math.round((Date.UTC(Number(y), Number(m) - 1, Number(d)) - start) / 86_400_000) + 1;
}
