// Turns a Markdown body into plain-text blocks that keep every link's anchor text and
// resolved target. Code, raw HTML, iframes and images never reach the NLP; alt text is kept aside.

import { createRequire } from 'node:module';
import MarkdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';

export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'table-cell' | 'quote';

export interface LinkSpan {
  start: number;
  end: number;
  text: string;
  url: string;
}

/** Where inline code stands in a block or sentence: `GOPATH` there is an identifier, not a name. */
export interface CodeSpan {
  start: number;
  end: number;
}

/** Where a table cell sits: its row (0 is the header row), its column and that column's header text. */
export interface CellPlace {
  table: number;
  row: number;
  column: number;
  header: string;
}

export interface Block {
  kind: BlockKind;
  text: string;
  links: LinkSpan[];
  code: CodeSpan[];
  /** Text of the nearest heading above the block ("" before the first). */
  section: string;
  /** For a table cell: its place in the table. */
  cell?: CellPlace;
}

export interface MarkdownDocument {
  blocks: Block[];
  /** Alt texts of images, which may describe a photo but never name its subject reliably. */
  imageAlts: string[];
}

/**
 * One configured parser (markdown-it: a linear-time CommonMark parser, about ten times the speed
 * of micromark, whose mdast tree cost as much CPU as the NLP). GFM tables and strikethrough are
 * built in; bare addresses become links as GFM's autolinks do ("https://…", "www.…", e-mail), a
 * bare domain ("example.com") stays text;
 * footnotes are parsed so their definitions can be skipped like the rest of the apparatus.
 */
const parser = new MarkdownIt({ html: true, linkify: true }).use(footnote);
// GFM links "www.x.dev" under any top-level domain; linkify-it knows a few dozen, `tlds` all of them.
parser.linkify.set({ fuzzyLink: true }).tlds(createRequire(import.meta.url)('tlds') as string[], true);
// linkify-it's test is one large Unicode regex per text run; a run without any sign of a link
// GFM would make (a scheme, "www.", an "@") is not handed to it.
const linkifyTest = parser.linkify.test.bind(parser.linkify);
parser.linkify.test = (text: string) => MAY_LINK.test(text) && linkifyTest(text);
// Targets as written ("…/wiki/Köln"), not percent-encoded: link cues compare them with names.
parser.normalizeLink = (url) => url;

type Token = ReturnType<typeof parser.parse>[number];

/** Parses `markdown` into blocks; never throws on odd Markdown (markdown-it is total). */
export function readMarkdown(markdown: string): MarkdownDocument {
  const tokens = parser.parse(stripTemplateTags(markdown), {});
  const doc: MarkdownDocument = { blocks: [], imageAlts: [] };
  visitBlocks(tokens, doc);
  return doc;
}

/**
 * Template code is no prose: Hugo shortcodes ({{< youtube x >}}), Liquid tags ({% include %},
 * {{ site.url }}) and WordPress shortcodes ([caption]…[/caption], [embed]); captions go whole.
 */
export function stripTemplateTags(text: string): string {
  return text
    .replace(/\[(caption|embed|video|audio|youtube|vimeo)\b[^\]]*\][\s\S]*?\[\/\1\]/gi, ' ')
    .replace(/\{\{[<%][\s\S]*?[>%]\}\}/g, ' ')
    .replace(/\{%[\s\S]*?%\}/g, ' ')
    .replace(/\{\{[\s\S]*?\}\}/g, ' ')
    .replace(/\[\/?(embed|gallery|video|audio|youtube|tweet|vimeo|playlist|contact-form)\b[^\]]*\](?![([])/gi, ' ');
}

/** What a walk over the blocks carries: open containers, the current section, tables so far. */
interface VisitState {
  containers: BlockKind[];
  section: string;
  tables: number;
  table?: { index: number; row: number; column: number; headers: string[] };
}

/** The container a token opens, as the kind of the blocks inside it ("list-item", "quote"). */
const CONTAINERS: Record<string, BlockKind> = { list_item_open: 'list-item', blockquote_open: 'quote' };
const CLOSERS = new Set(['list_item_close', 'blockquote_close']);

/** Walks the flat token stream: each paragraph, heading and table cell is one block. */
function visitBlocks(tokens: Token[], doc: MarkdownDocument): void {
  const state: VisitState = { containers: [], section: '', tables: 0 };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const container = CONTAINERS[t.type];
    if (container) state.containers.push(container);
    else if (CLOSERS.has(t.type)) state.containers.pop();
    else if (t.type === 'footnote_block_open') i = skipTo(tokens, i, 'footnote_block_close');
    else if (t.type === 'table_open') state.table = { index: ++state.tables, row: -1, column: 0, headers: [] };
    else if (t.type === 'tr_open' && state.table) Object.assign(state.table, { row: state.table.row + 1, column: 0 });
    else if (t.type === 'inline') inlineBlock(tokens[i - 1]!, t.children ?? [], doc, state);
  }
}

function skipTo(tokens: Token[], from: number, type: string): number {
  let i = from;
  while (i < tokens.length - 1 && tokens[i]!.type !== type) i++;
  return i;
}

/** One inline run under its opening token: a heading, a paragraph (maybe a bold "heading") or a cell. */
function inlineBlock(open: Token, children: Token[], doc: MarkdownDocument, state: VisitState): void {
  if (open.type === 'th_open' || open.type === 'td_open') {
    const table = state.table!;
    const text = plainText(children).trim();
    if (table.row === 0) table.headers.push(text);
    const place = {
      table: table.index,
      row: table.row,
      column: table.column,
      header: table.headers[table.column] ?? '',
    };
    table.column++;
    pushBlock(doc, 'table-cell', children, state.section, place);
    return;
  }
  const heading = open.type === 'heading_open' || (open.type === 'paragraph_open' && isEmphasisOnly(children));
  const kind = heading ? 'heading' : (state.containers.at(-1) ?? 'paragraph');
  pushBlock(doc, kind, children, state.section);
  if (heading) state.section = doc.blocks.at(-1)?.text ?? state.section;
}

/** Longest bold or italic line read as a heading; longer ones are prose set in italics. */
const EMPHASIS_HEADING_WORDS = 12;

/** A short paragraph that is only bold or italic text works as a heading ("**Keynotes**"). */
function isEmphasisOnly(children: Token[]): boolean {
  const kids = children.filter((c) => !(c.type === 'text' && !c.content.trim()));
  const first = kids[0];
  if (!first || (first.type !== 'strong_open' && first.type !== 'em_open')) return false;
  const close = first.type.replace('_open', '_close');
  const end = kids.findIndex((c) => c.type === close && c.level === first.level);
  if (end !== kids.length - 1) return false;
  const text = plainText(kids.slice(1, end));
  return text.split(/\s+/).length <= EMPHASIS_HEADING_WORDS && !/[.!?]$/.test(text.trim());
}

/** Inline tokens' text: words, escapes, entities and code, without markup. */
function plainText(children: Token[]): string {
  return children.map((c) => (TEXT_TOKENS.has(c.type) ? c.content : '')).join('');
}

const TEXT_TOKENS = new Set(['text', 'text_special', 'code_inline']);

function pushBlock(doc: MarkdownDocument, kind: BlockKind, children: Token[], section: string, cell?: CellPlace): void {
  const out: InlineOut = { text: '', links: [], code: [] };
  inline(children, out, doc);
  // One character for one: link offsets stay valid.
  const text = out.text.replace(/[\n\t]/g, ' ');
  const trimmed = text.trim();
  if (!trimmed) return;
  const shift = text.length - text.trimStart().length;
  const links = out.links
    .map((l) => ({ ...l, text: l.text.replace(/\s+/g, ' '), start: l.start - shift, end: l.end - shift }))
    .filter((l) => l.text.trim() && l.start >= 0);
  const code = out.code.map((c) => ({ start: c.start - shift, end: c.end - shift })).filter((c) => c.start >= 0);
  doc.blocks.push({ kind, text: trimmed, links, code, section, ...(cell ? { cell } : {}) });
}

interface InlineOut {
  text: string;
  links: LinkSpan[];
  code: CodeSpan[];
}

const MAY_LINK = /:\/\/|www\.|@|mailto:/i;

/** The bare addresses GFM links: with a scheme, starting "www.", or an e-mail address. */
const GFM_AUTOLINK = /^([a-z][a-z0-9+.-]*:|www\.|[^\s@]+@[^\s@]+\.[a-z]+$)/i;

/** Text of inline tokens with link spans (anchor text and target) and code spans. */
function inline(children: Token[], out: InlineOut, doc: MarkdownDocument): void {
  const open: Array<{ start: number; url: string; bare: boolean }> = [];
  for (const child of children) {
    switch (child.type) {
      case 'text':
      case 'text_special':
        out.text += child.content;
        break;
      case 'code_inline':
        out.code.push({ start: out.text.length, end: out.text.length + child.content.length });
        out.text += child.content;
        break;
      case 'softbreak':
        out.text += '\n';
        break;
      case 'hardbreak':
        out.text += ' ';
        break;
      case 'link_open':
        open.push({
          start: out.text.length,
          url: String(child.attrGet('href') ?? ''),
          bare: child.markup === 'linkify',
        });
        break;
      case 'link_close': {
        const link = open.pop();
        if (link?.url && !(link.bare && !GFM_AUTOLINK.test(out.text.slice(link.start))))
          out.links.push({ start: link.start, end: out.text.length, text: out.text.slice(link.start), url: link.url });
        break;
      }
      case 'image':
        if (child.content && !/^\d+$/.test(child.content)) doc.imageAlts.push(child.content);
        break;
      case 'html_inline':
        collectHtmlAlt(child.content, doc);
        break;
      default:
        // emphasis, strikethrough and footnote marks carry no text of their own
        break;
    }
  }
}

/** Raw `<img alt="...">` in WordPress exports: keep the alt text aside, drop the tag. */
function collectHtmlAlt(html: string, doc: MarkdownDocument): void {
  for (const match of html.matchAll(/<img\b[^>]*\balt\s*=\s*("([^"]*)"|'([^']*)')/gi)) {
    const alt = (match[2] ?? match[3] ?? '').trim();
    if (alt) doc.imageAlts.push(alt);
  }
}
