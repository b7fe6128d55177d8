// Turns a Markdown body into plain-text blocks that keep every link's anchor text and
// resolved target. Code, raw HTML, iframes and images never reach the NLP; alt text is kept aside.

import type { Nodes, Parents, Root, Table } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

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

/** Parses `markdown` into blocks; never throws on odd Markdown (micromark is total). */
export function readMarkdown(markdown: string): MarkdownDocument {
  const tree = fromMarkdown(stripTemplateTags(markdown), { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const definitions = collectDefinitions(tree);
  const doc: MarkdownDocument = { blocks: [], imageAlts: [] };
  const state: VisitState = { section: '' };
  visitBlocks(tree, 'paragraph', doc, definitions, state);
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

function collectDefinitions(tree: Root): Map<string, string> {
  const defs = new Map<string, string>();
  const walk = (node: Nodes): void => {
    if (node.type === 'definition') defs.set(node.identifier.toLowerCase(), node.url);
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
  return defs;
}

/** What a walk over the blocks carries: the current section, how many tables came so far. */
interface VisitState {
  section: string;
  tables?: number;
}

function visitBlocks(
  parent: Parents,
  kind: BlockKind,
  doc: MarkdownDocument,
  defs: Map<string, string>,
  state: VisitState,
): void {
  for (const node of parent.children as Nodes[]) {
    switch (node.type) {
      case 'heading':
        pushBlock(doc, 'heading', node, defs, state);
        state.section = doc.blocks.at(-1)?.text ?? state.section;
        break;
      case 'paragraph':
        pushBlock(doc, isEmphasisOnly(node) ? 'heading' : kind, node, defs, state);
        if (isEmphasisOnly(node)) state.section = doc.blocks.at(-1)?.text ?? state.section;
        break;
      case 'list':
      case 'listItem':
        visitBlocks(node, 'list-item', doc, defs, state);
        break;
      case 'blockquote':
        visitBlocks(node, 'quote', doc, defs, state);
        break;
      case 'table':
        visitTable(node, doc, defs, state);
        break;
      default:
        // code, html, thematicBreak, definition: nothing for the NLP.
        break;
    }
  }
}

/** Each cell of a table is a block that knows its row, its column and the column's header. */
function visitTable(table: Table, doc: MarkdownDocument, defs: Map<string, string>, state: VisitState): void {
  state.tables = (state.tables ?? 0) + 1;
  const index = state.tables;
  const headers = (table.children[0]?.children ?? []).map((c) => plainText(c).trim());
  table.children.forEach((row, r) => {
    row.children.forEach((cell, column) => {
      const place = { table: index, row: r, column, header: headers[column] ?? '' };
      pushBlock(doc, 'table-cell', cell, defs, state, place);
    });
  });
}

/** Longest bold or italic line read as a heading; longer ones are prose set in italics. */
const EMPHASIS_HEADING_WORDS = 12;

/** A short paragraph that is only bold or italic text works as a heading ("**Keynotes**"). */
function isEmphasisOnly(node: Parents): boolean {
  const kids = (node.children as Nodes[]).filter((c) => !(c.type === 'text' && !c.value.trim()));
  if (kids.length !== 1 || (kids[0]!.type !== 'strong' && kids[0]!.type !== 'emphasis')) return false;
  const text = plainText(kids[0]!);
  return text.split(/\s+/).length <= EMPHASIS_HEADING_WORDS && !/[.!?]$/.test(text.trim());
}

function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  return 'children' in node ? (node.children as Nodes[]).map(plainText).join('') : '';
}

function pushBlock(
  doc: MarkdownDocument,
  kind: BlockKind,
  node: Parents,
  defs: Map<string, string>,
  state: VisitState,
  cell?: CellPlace,
): void {
  const out: InlineOut = { text: '', links: [], code: [] };
  inline(node, out, doc, defs);
  // One character for one: link offsets stay valid.
  const text = out.text.replace(/[\n\t]/g, ' ');
  const trimmed = text.trim();
  if (!trimmed) return;
  const shift = text.length - text.trimStart().length;
  const links = out.links
    .map((l) => ({ ...l, text: l.text.replace(/\s+/g, ' '), start: l.start - shift, end: l.end - shift }))
    .filter((l) => l.text.trim() && l.start >= 0);
  const code = out.code.map((c) => ({ start: c.start - shift, end: c.end - shift })).filter((c) => c.start >= 0);
  doc.blocks.push({ kind, text: trimmed, links, code, section: state.section, ...(cell ? { cell } : {}) });
}

interface InlineOut {
  text: string;
  links: LinkSpan[];
  code: CodeSpan[];
}

function inline(node: Parents, out: InlineOut, doc: MarkdownDocument, defs: Map<string, string>): void {
  for (const child of node.children as Nodes[]) {
    switch (child.type) {
      case 'text':
        out.text += child.value;
        break;
      case 'inlineCode':
        out.code.push({ start: out.text.length, end: out.text.length + child.value.length });
        out.text += child.value;
        break;
      case 'break':
        out.text += ' ';
        break;
      case 'link':
      case 'linkReference': {
        const url = child.type === 'link' ? child.url : defs.get(child.identifier.toLowerCase());
        const start = out.text.length;
        inline(child, out, doc, defs);
        if (url) out.links.push({ start, end: out.text.length, text: out.text.slice(start), url });
        break;
      }
      case 'image':
      case 'imageReference':
        if (child.alt && !/^\d+$/.test(child.alt)) doc.imageAlts.push(child.alt);
        break;
      case 'html':
        collectHtmlAlt(child.value, doc);
        break;
      default:
        if ('children' in child) inline(child as Parents, out, doc, defs);
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
