// Reads one post file's text into a Post plus its sentences, each with the links inside it.
import type { Post } from '../../src/domain/model.js';
import { splitSentences, type TaggedTerm } from './nlp.js';
import { splitFrontMatter } from './front-matter.js';
import { readMarkdown, type Block, type BlockKind, type LinkSpan } from './markdown.js';
import { toPost, type PostContext } from './post-meta.js';

export interface Sentence {
  /** Position in the post, counting every block's sentences in order. */
  index: number;
  text: string;
  links: LinkSpan[];
  block: number;
  kind: BlockKind;
  section: string;
  /** Words with compromise's part-of-speech tags in context, offsets in the sentence. */
  terms: TaggedTerm[];
}

export interface PostDocument {
  post: Post;
  blocks: Block[];
  sentences: Sentence[];
  imageAlts: string[];
}

/** Parses `text` (the whole file) into a PostDocument; throws InputError on bad front matter. */
export function buildDocument(file: string, text: string, root?: string | PostContext): PostDocument {
  const { data, body } = splitFrontMatter(file, text);
  const post = toPost(file, data, root);
  const markdown = readMarkdown(body);
  const sentences: Sentence[] = [];
  markdown.blocks.forEach((block, blockIndex) => {
    for (const span of splitSentences(block.text)) {
      const end = span.start + span.text.length;
      const links = block.links
        .filter((l) => l.start >= span.start && l.end <= end)
        .map((l) => ({ ...l, start: l.start - span.start, end: l.end - span.start }));
      sentences.push({ index: sentences.length, text: span.text, links, block: blockIndex, kind: block.kind, section: block.section, terms: span.terms });
    }
  });
  return { post, blocks: markdown.blocks, sentences, imageAlts: markdown.imageAlts };
}
