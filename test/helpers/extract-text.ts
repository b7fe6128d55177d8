// Test helper: extracts a post written inline, with a default front matter.
import { loadLexicon } from '../../ingest/extraction/lexicon.js';
import { extractPost } from '../../ingest/pipeline/extract-post.js';
import type { Extraction } from '../../src/domain/model.js';

export const lexicon = loadLexicon();

/** Extracts `body` as a post titled `title` by `author`. */
export function extractText(body: string, title = 'Notes from the conference', author = 'Pat Writer'): Extraction {
  const text = `---\ntitle: "${title}"\nauthor: ${author}\ndate: 2021-05-04\n---\n${body}\n`;
  return extractPost('inline.md', text, { lexicon });
}

/** Names of the entities of one type. */
export function namesOf(x: Extraction, type: string): string[] {
  return x.entities.filter((e) => e.type === type).map((e) => e.name);
}

/** "Speaker → Topic" strings for every TALKED_ABOUT relation. */
export function talkPairs(x: Extraction): string[] {
  const name = new Map(x.entities.map((e) => [e.id, e.name]));
  return x.relations.filter((r) => r.type === 'TALKED_ABOUT').map((r) => `${name.get(r.from)} → ${name.get(r.to)}`);
}

/** Names of every person with a TALKED_ABOUT or SPOKE_AT relation. */
export function speakers(x: Extraction): string[] {
  const name = new Map(x.entities.map((e) => [e.id, e.name]));
  return [
    ...new Set(
      x.relations.filter((r) => r.type === 'TALKED_ABOUT' || r.type === 'SPOKE_AT').map((r) => name.get(r.from)!),
    ),
  ];
}
