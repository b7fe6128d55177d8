// The one rule for URLs that come from posts (front matter, links) and are rendered as links:
// absolute http(s), or relative to the site ("/2010/04/x/"). Anything else (javascript:,
// data:, vbscript:, protocol-relative "//host", "\\host") is dropped. The web UI and the
// embed script apply the same rule in the browser.

/** Longest URL kept; longer ones are no link a writer made. */
const MAX_URL_CHARS = 2048;
const SCHEMES = new Set(['http:', 'https:']);
/** A placeholder origin for resolving relative URLs; never rendered. */
const PROBE = 'http://site.invalid';

/**
 * `url` when it is safe to render as a link, else null.
 * @example safeUrl('javascript:alert(1)') → null; safeUrl('/2010/04/x/') → '/2010/04/x/'
 */
export function safeUrl(url: string | null | undefined): string | null {
  if (typeof url !== 'string') return null;
  const raw = url.trim();
  if (!raw || raw.length > MAX_URL_CHARS) return null;
  // Browsers read "//host", "/\host" and "\\host" as another site with the page's scheme.
  if (/^[\\/]{2}/.test(raw.replace(/[\t\n\r]/g, ''))) return null;
  // Control characters (and what browsers strip before reading a scheme) never belong in a link.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(raw)) return null;
  let parsed: URL;
  try {
    parsed = new URL(raw, PROBE);
  } catch {
    return null;
  }
  return SCHEMES.has(parsed.protocol) ? raw : null;
}

/** `url` made absolute against `base` when it is safe (see safeUrl), else null. */
export function safeAbsoluteUrl(url: string | null | undefined, base: string): string | null {
  const safe = safeUrl(url);
  if (safe === null) return null;
  try {
    const abs = new URL(safe, base);
    return SCHEMES.has(abs.protocol) ? abs.href : null;
  } catch {
    return null;
  }
}
