// An Atom 1.0 feed written by hand: titles as plain text (type="text", escaped), links only
// from the safe-URL rule and the configured public base URL, dates that cannot be read left out.
import { safeAbsoluteUrl } from '../domain/safe-url.js';

export interface AtomEntry {
  id: string;
  title: string;
  /** The post's own URL (absolute or site-relative), or null. */
  url: string | null;
  date: string | null;
}

export interface AtomInput {
  title: string;
  /** Absolute URL of the feed itself. */
  self: string;
  /** Absolute URL of the page the feed is about. */
  alternate: string;
  /** Base for site-relative post URLs and for posts without one. */
  base: string;
  entries: AtomEntry[];
}

/** The feed as XML text. */
export function atomFeed(input: AtomInput): string {
  const updated = input.entries.map((e) => isoDate(e.date)).find((d) => d !== null) ?? new Date(0).toISOString();
  const entries = input.entries.map((e) => {
    const link = safeAbsoluteUrl(e.url, input.base) ?? `${input.base}/?post=${encodeURIComponent(e.id)}`;
    return [
      '<entry>',
      `<title type="text">${xml(e.title)}</title>`,
      `<id>${xml(`urn:talkgraph:${e.id}`)}</id>`,
      `<link rel="alternate" href="${xml(link)}"/>`,
      `<updated>${isoDate(e.date) ?? new Date(0).toISOString()}</updated>`,
      '</entry>',
    ].join('');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `<id>${xml(input.self)}</id>`,
    `<title type="text">${xml(input.title)}</title>`,
    `<updated>${updated}</updated>`,
    `<link rel="self" href="${xml(input.self)}"/>`,
    `<link rel="alternate" href="${xml(input.alternate)}"/>`,
    '<generator>talkgraph</generator>',
    ...entries,
    '</feed>',
  ].join('\n');
}

/** "2010-04-29" → "2010-04-29T00:00:00.000Z"; an unreadable date → null (never a 500). */
function isoDate(date: string | null): string | null {
  if (!date) return null;
  const t = Date.parse(date);
  return Number.isFinite(t) ? new Date(t).toISOString() : null;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes text for XML and drops characters XML 1.0 cannot hold (controls, lone surrogates). */
function xml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(
        /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
        '',
      )
      .replace(/[&<>"']/g, (c) => ESCAPES[c]!)
  );
}
