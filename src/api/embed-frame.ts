// The iframe variant of the related-posts box: plain HTML that needs no script to show, a
// tiny hashed inline script that tells the parent page its height, light and dark themes,
// reasons in plain words, and only http(s) links. An unknown post gets an empty, transparent
// page (no box), never the browser's broken-frame icon.
import { createHash } from 'node:crypto';
import type { RelatedPost } from '../query/related-posts.js';
import { escapeHtml } from '../query/snippets.js';

export type Theme = 'light' | 'dark' | 'auto';

/** Reports the document's height to the parent page (which may resize the iframe). */
const HEIGHT_SCRIPT =
  "(function(){function s(){parent.postMessage({talkgraph:'height',height:Math.ceil(document.body.getBoundingClientRect().height)},'*')}addEventListener('load',s);addEventListener('resize',s)})();";
const HEIGHT_HASH = `'sha256-${createHash('sha256').update(HEIGHT_SCRIPT).digest('base64')}'`;

/** The frame's Content-Security-Policy: nothing but its own styles and the height script. */
export const FRAME_CSP = `default-src 'none'; style-src 'unsafe-inline'; script-src ${HEIGHT_HASH}; frame-ancestors *; base-uri 'none'; form-action 'none'`;

const LIGHT = 'color:#1d2330;background:transparent;--a:#1f5fbf;--m:#525a69;--b:#dde2ea;--bg:#f8f9fb';
const DARK = 'color:#e6e9ef;background:transparent;--a:#8db4ff;--m:#aab1bf;--b:#3a4150;--bg:#1b1f27';

function css(theme: Theme): string {
  const base = `html,body{margin:0;background:transparent}body{font:15px/1.45 system-ui,sans-serif}aside{border:1px solid var(--b);border-radius:8px;padding:.75em 1em;background:var(--bg)}h2{font-size:1.05em;margin:0 0 .5em}ul{margin:0;padding-left:1.1em}li{margin:.35em 0}a{color:var(--a)}small{display:block;color:var(--m);font-size:.85em}`;
  if (theme === 'dark') return `${base}body{${DARK}}`;
  if (theme === 'light') return `${base}body{${LIGHT}}`;
  return `${base}body{${LIGHT}}@media (prefers-color-scheme: dark){body{${DARK}}}`;
}

/** Reasons in plain words: "shares: Xen, credit2" → "Also about Xen and credit2". */
export function plainReasons(reasons: string[]): string {
  const and = (xs: string[]) => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`);
  return reasons
    .map((r) => {
      const [kind, rest = ''] = r.split(/:\s*/, 2) as [string, string?];
      if (kind === 'shares') return `Also about ${and(rest.split(/,\s*/))}`;
      if (kind === 'same event') return `Also from ${rest}`;
      if (kind === 'same event series') return `From another ${rest}`;
      if (r === 'similar text') return 'Covers a similar subject';
      if (r === 'a few words in common') return 'Loosely related';
      return r;
    })
    .join('. ');
}

/**
 * An http(s) URL for `url` (resolved against `base` when given), a site-relative path when
 * there is no base, or null: never javascript:, data: and the like.
 */
export function safeLink(url: string | null, base: string | undefined): string | null {
  if (!url) return null;
  if (!base && url.startsWith('/') && !url.startsWith('//')) return url;
  try {
    const u = new URL(url, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** The frame's HTML for `items` (none: an empty transparent page). */
export function frameHtml(
  items: Array<Pick<RelatedPost, 'title' | 'url' | 'reasons'>>,
  base: string | undefined,
  theme: Theme = 'auto',
  title = 'Related posts',
): string {
  const rows = items
    .map((i) => {
      const href = safeLink(i.url, base);
      const text = escapeHtml(i.title);
      return `<li>${href ? `<a href="${escapeHtml(href)}" target="_blank" rel="noopener">${text}</a>` : text}<small>${escapeHtml(plainReasons(i.reasons))}</small></li>`;
    })
    .join('');
  const body = items.length
    ? `<aside aria-label="${escapeHtml(title)}"><h2>${escapeHtml(title)}</h2><ul>${rows}</ul></aside>`
    : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="color-scheme" content="${theme === 'auto' ? 'light dark' : theme}"><title>${escapeHtml(title)}</title><style>${css(theme)}</style></head><body>${body}<script>${HEIGHT_SCRIPT}</script></body></html>`;
}
