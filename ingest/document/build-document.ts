// Reads one post file's text into a Post plus its sentences, each with the links inside it.
import type { Post } from '../../src/domain/model.js';
import { splitFrontMatter } from './front-matter.js';
import { checkFrontMatterSize, type LimitNote, limitBody, sentenceCap, withinStack } from './limits.js';
import { type Block, type BlockKind, type CellPlace, type CodeSpan, type LinkSpan, readMarkdown } from './markdown.js';
import { splitSentences, type TaggedTerm } from './nlp.js';
import { type PostContext, toPost } from './post-meta.js';

export interface Sentence {
  /** Position in the post, counting every block's sentences in order. */
  index: number;
  text: string;
  links: LinkSpan[];
  /** Inline code inside the sentence, offsets in the sentence. */
  code: CodeSpan[];
  block: number;
  kind: BlockKind;
  section: string;
  /** For a table cell: its row, column and the column's header. */
  cell?: CellPlace;
  /** Words with compromise's part-of-speech tags in context, offsets in the sentence. */
  terms: TaggedTerm[];
}

export interface PostDocument {
  post: Post;
  blocks: Block[];
  sentences: Sentence[];
  imageAlts: string[];
  /** What the per-post caps cut (empty for a post within them); see limits.ts. */
  notes: LimitNote[];
}

/** Parses `text` (the whole file) into a PostDocument; throws InputError on bad front matter. */
export function buildDocument(file: string, text: string, root?: string | PostContext): PostDocument {
  checkFrontMatterSize(file, text);
  const { data, body } = splitFrontMatter(file, text);
  const post = toPost(file, data, root);
  const notes: LimitNote[] = [];
  const markdown = withinStack(file, 'Markdown', () => readMarkdown(limitBody(file, body, notes)));
  const sentences: Sentence[] = [];
  const cap = sentenceCap(notes);
  markdown.blocks.forEach((block, blockIndex) => {
    if (cap.done) return;
    for (const whole of splitSentences(block.text)) {
      const kept = cap.take(whole.text);
      if (kept === null) return;
      const span =
        kept === whole.text ? whole : { ...whole, text: kept, terms: whole.terms.filter((t) => t.end <= kept.length) };
      const end = span.start + span.text.length;
      const links = block.links
        .filter((l) => l.start >= span.start && l.end <= end)
        .map((l) => ({ ...l, start: l.start - span.start, end: l.end - span.start }));
      sentences.push({
        index: sentences.length,
        text: span.text,
        links,
        code: block.code
          .filter((c) => c.start >= span.start && c.end <= end)
          .map((c) => ({ start: c.start - span.start, end: c.end - span.start })),
        block: blockIndex,
        kind: block.kind,
        section: block.section,
        ...(block.cell ? { cell: block.cell } : {}),
        terms: span.terms,
      });
    }
  });
  if (notes.length) post.notes = notes;
  return { post, blocks: markdown.blocks, sentences, imageAlts: markdown.imageAlts, notes };
}
