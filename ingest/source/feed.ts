// Reads RSS 2.0, Atom and WordPress export (WXR) files into entries with HTML content, using
// fast-xml-parser (validated first; entity declarations refused, so no expansion bombs).
import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import { InputError } from '../../src/domain/errors.js';

/** One post as a feed or export gives it; `html` is its content. */
export interface FeedEntry {
  /** What identifies the entry within its feed: its link, else its guid or id. */
  key: string;
  /** The slug the blog gave it (WordPress' post_name), when known. */
  slug: string | null;
  title: string | null;
  date: string | null;
  url: string | null;
  author: string | null;
  tags: string[];
  categories: string[];
  html: string;
}

export interface FeedDocument {
  kind: 'rss' | 'atom' | 'wxr';
  title: string | null;
  /** The site the feed belongs to (channel link / alternate link). */
  link: string | null;
  entries: FeedEntry[];
}

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  htmlEntities: true,
  parseTagValue: false,
  trimValues: true,
});
const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', textNodeName: '#text' });

/** Parses a feed or WXR export; throws FEED_INVALID naming `name` when it is neither. */
export function parseFeed(name: string, xml: string): FeedDocument {
  if (/<!ENTITY/i.test(xml)) throw new InputError('FEED_INVALID', 'feed', name, 'entity declarations are not accepted');
  const valid = XMLValidator.validate(xml);
  if (valid !== true)
    throw new InputError('FEED_INVALID', 'feed', name, `malformed XML: ${valid.err.msg} (line ${valid.err.line})`);
  const doc = parser.parse(xml) as Node;
  const rss = doc.rss as Node | undefined;
  if (rss && typeof rss.channel === 'object') return readRss(rss.channel as Node);
  if (doc.feed && typeof doc.feed === 'object') return readAtom(doc.feed as Node);
  throw new InputError('FEED_INVALID', 'feed', name, 'neither an RSS 2.0 channel nor an Atom feed');
}

function readRss(channel: Node): FeedDocument {
  const items = list(channel.item).filter(isNode);
  const wxr = Object.keys(channel).some((k) => k.startsWith('wp:'));
  const entries = wxr ? items.filter(isPublishedPost).map(wxrEntry) : items.map(rssEntry);
  return {
    kind: wxr ? 'wxr' : 'rss',
    title: text(channel.title),
    link: text(channel.link),
    entries: entries.filter((e): e is FeedEntry => e !== null),
  };
}

function rssEntry(item: Node): FeedEntry | null {
  const url = text(item.link);
  const key = url ?? text(item.guid);
  if (!key) return null;
  return {
    key,
    slug: null,
    title: text(item.title),
    date: text(item.pubDate) ?? text(item['dc:date']),
    url,
    author: text(item['dc:creator']) ?? text(item.author),
    tags: list(item.category)
      .map(text)
      .filter((t): t is string => Boolean(t)),
    categories: [],
    html: text(item['content:encoded']) ?? text(item.description) ?? '',
  };
}

/** WordPress exports pages, attachments and drafts too: only published posts are posts. */
function isPublishedPost(item: Node): boolean {
  return (text(item['wp:post_type']) ?? 'post') === 'post' && (text(item['wp:status']) ?? 'publish') === 'publish';
}

function wxrEntry(item: Node): FeedEntry | null {
  const url = text(item.link);
  const slug = text(item['wp:post_name']);
  const key = url ?? slug ?? text(item['wp:post_id']);
  if (!key) return null;
  const terms = (domain: string) =>
    list(item.category)
      .filter((c) => isNode(c) && c['@_domain'] === domain)
      .map(text)
      .filter((t): t is string => Boolean(t));
  const gmt = text(item['wp:post_date_gmt']);
  return {
    key,
    slug,
    title: text(item.title),
    date: gmt && !gmt.startsWith('0000') ? `${gmt.replace(' ', 'T')}Z` : text(item.pubDate),
    url,
    author: text(item['dc:creator']),
    tags: terms('post_tag'),
    categories: terms('category'),
    html: text(item['content:encoded']) ?? '',
  };
}

function readAtom(feed: Node): FeedDocument {
  const entries = list(feed.entry).filter(isNode).map(atomEntry);
  return {
    kind: 'atom',
    title: text(feed.title),
    link: alternate(feed.link),
    entries: entries.filter((e): e is FeedEntry => e !== null),
  };
}

function atomEntry(entry: Node): FeedEntry | null {
  const url = alternate(entry.link);
  const key = url ?? text(entry.id);
  if (!key) return null;
  const author = list(entry.author).find(isNode);
  return {
    key,
    slug: null,
    title: text(entry.title),
    date: text(entry.published) ?? text(entry.updated),
    url,
    author: author ? text(author.name) : null,
    tags: list(entry.category)
      .filter(isNode)
      .map((c) => text(c['@_term']))
      .filter((t): t is string => Boolean(t)),
    categories: [],
    html: atomContent(entry.content) ?? atomContent(entry.summary) ?? '',
  };
}

/** Atom content: text, escaped HTML, or inline XHTML (re-serialized to HTML). */
function atomContent(value: unknown): string | null {
  if (value == null) return null;
  if (!isNode(value)) return text(value);
  const type = value['@_type'];
  if (type === 'xhtml') {
    const { ['@_type']: _t, ...inner } = value;
    return builder.build(inner) as string;
  }
  const body = text(value['#text']);
  return body === null ? null : type === 'text' ? escapeText(body) : body;
}

function alternate(value: unknown): string | null {
  const links = list(value).filter(isNode);
  const pick = links.find((l) => (l['@_rel'] ?? 'alternate') === 'alternate') ?? links[0];
  return pick ? text(pick['@_href']) : null;
}

function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

function list(value: unknown): unknown[] {
  return value == null ? [] : Array.isArray(value) ? value : [value];
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  if (isNode(value)) return text(value['#text']);
  return null;
}
