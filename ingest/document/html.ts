// HTML to the Markdown the post reader understands, links kept: Jekyll `.html` posts, saved
// pages and feed or WordPress content. Parsed with hast (a real HTML parser), never regexes.
import type { Element, Root as HastRoot, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toMdast } from 'hast-util-to-mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';

/** Where a page keeps its article, best first; rules as data (tag, or a class name). */
const ARTICLE_PLACES: ReadonlyArray<{ tag?: string; className?: string; role?: string }> = [
  { tag: 'article' },
  { className: 'post-content' },
  { className: 'entry-content' },
  { className: 'post-body' },
  { tag: 'main' },
  { role: 'main' },
];

/** What a whole HTML page says about itself. */
export interface HtmlPage {
  title: string | null;
  date: string | null;
  url: string | null;
  author: string | null;
  /** The article as Markdown, or null when the page has none. */
  markdown: string | null;
}

/** A fragment of HTML (a post body, a feed item) as Markdown. */
export function htmlToMarkdown(html: string): string {
  return treeToMarkdown(fromHtml(withParagraphs(html), { fragment: true }));
}

/** A whole page: its metadata, and its article (article, main or a post-content block) as Markdown. */
export function readHtmlPage(html: string): HtmlPage {
  const tree = fromHtml(html);
  const article = findArticle(tree);
  const meta = (name: string) =>
    findElement(tree, (e) => e.tagName === 'meta' && (e.properties.property === name || e.properties.name === name))
      ?.properties.content;
  const time = article
    ? findElement(article, (e) => e.tagName === 'time' && typeof e.properties.dateTime === 'string')
    : null;
  const heading = article ? findElement(article, (e) => e.tagName === 'h1') : null;
  const titleEl = findElement(tree, (e) => e.tagName === 'title');
  const canonical = findElement(
    tree,
    (e) => e.tagName === 'link' && Array.isArray(e.properties.rel) && e.properties.rel.includes('canonical'),
  );
  return {
    title: textOf(heading) || String(meta('og:title') ?? '') || textOf(titleEl) || null,
    date: stringOr(meta('article:published_time')) ?? stringOr(time?.properties.dateTime),
    url: stringOr(canonical?.properties.href) ?? stringOr(meta('og:url')),
    author: stringOr(meta('author')) ?? stringOr(meta('article:author')),
    markdown: article
      ? treeToMarkdown({ type: 'root', children: article.children.filter((c) => c !== heading) })
      : null,
  };
}

function treeToMarkdown(tree: HastRoot): string {
  // hast-util-to-mdast drops script/style and keeps links with their targets.
  return toMarkdown(toMdast(tree), { extensions: [gfmToMarkdown()] });
}

/** WordPress stores paragraphs as blank lines, not <p>: wrap them before parsing (its wpautop). */
function withParagraphs(html: string): string {
  if (/<p[\s>]/i.test(html) || !/\n\s*\n/.test(html)) return html;
  return html
    .split(/\n\s*\n/)
    .map((part) => (part.trim() ? `<p>${part.trim()}</p>` : ''))
    .join('\n');
}

function findArticle(tree: HastRoot): Element | null {
  for (const place of ARTICLE_PLACES) {
    const found = findElement(
      tree,
      (e) =>
        (place.tag ? e.tagName === place.tag : true) &&
        (place.className ? classes(e).includes(place.className) : true) &&
        (place.role ? e.properties.role === place.role : true),
    );
    if (found) return found;
  }
  return null;
}

function findElement(node: HastRoot | Element, test: (e: Element) => boolean): Element | null {
  for (const child of node.children as RootContent[]) {
    if (child.type !== 'element') continue;
    if (test(child)) return child;
    const deeper = findElement(child, test);
    if (deeper) return deeper;
  }
  return null;
}

function classes(e: Element): string[] {
  const value = e.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
}

function textOf(node: Element | null): string {
  if (!node) return '';
  let out = '';
  for (const child of node.children)
    out += child.type === 'text' ? child.value : child.type === 'element' ? textOf(child) : '';
  return out.replace(/\s+/g, ' ').trim();
}

function stringOr(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}
