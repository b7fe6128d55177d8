// The per-post caps: long posts are cut and still read (with a note); absurd nesting is one skip.
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../ingest/document/build-document.js';
import { cutAtWord, limitBody, POST_LIMITS, sentenceCap } from '../../../ingest/document/limits.js';
import { hasCode } from '../../../src/domain/errors.js';

const head = '---\ntitle: Long notes\ndate: 2021-05-04\n---\n';

describe('per-post limits', () => {
  it('a post within the caps is read whole, without notes', () => {
    const doc = buildDocument('short.md', `${head}Konrad Wilk talked about Xen. It went well.\n`);
    expect(doc.sentences.map((s) => s.text)).toEqual(['Konrad Wilk talked about Xen.', 'It went well.']);
    expect(doc.notes).toEqual([]);
    expect(doc.post.notes).toBeUndefined();
  });

  it('a body over the cap is cut at a line end, with a note', () => {
    const notes: string[] = [];
    const body = limitBody('long.md', 'Xen is fast.\n'.repeat(POST_LIMITS.maxBodyChars / 10), notes);
    expect(body.length).toBeLessThanOrEqual(POST_LIMITS.maxBodyChars);
    expect(body.endsWith('fast.')).toBe(true);
    expect(notes).toEqual([expect.stringMatching(/^body cut from \d+ to \d+ characters$/)]);
  });

  it('the note reaches the post, which is still read', () => {
    const doc = buildDocument(
      'long-line.md',
      head + 'Konrad Wilk talked about Xen. ' + 'x'.repeat(POST_LIMITS.maxLineChars),
    );
    expect(doc.post.notes).toEqual(expect.arrayContaining([expect.stringMatching(/line\(s\) over/)]));
    expect(doc.sentences[0]?.text).toBe('Konrad Wilk talked about Xen.');
  });

  it('a run of URLs is cut to sentence and token caps', () => {
    const urls = Array.from({ length: 3000 }, (_, i) => `https://example.com/${i}`).join(' ');
    const doc = buildDocument('urls.md', head + urls);
    expect(doc.sentences.every((s) => s.text.length <= POST_LIMITS.maxSentenceChars)).toBe(true);
    expect(doc.notes.some((n) => n.includes('sentences over'))).toBe(true);
  });

  it('nesting hundreds deep is one POST_TOO_COMPLEX error', () => {
    expect(() => buildDocument('deep.md', head + '>'.repeat(500) + ' hi')).toThrow(
      expect.toSatisfy((e) => hasCode(e, 'POST_TOO_COMPLEX')),
    );
    const list = Array.from({ length: 100 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n');
    expect(() => limitBody('list.md', list, [])).toThrow(expect.toSatisfy((e) => hasCode(e, 'POST_TOO_COMPLEX')));
  });

  it('indented code is no nesting', () => {
    expect(limitBody('code.md', `${' '.repeat(400)}x = 1`, [])).toContain('x = 1');
  });

  it('front matter over its cap is refused before YAML runs', () => {
    const keys = Array.from({ length: 10_000 }, (_, i) => `k${i}: v${i}`).join('\n');
    expect(() => buildDocument('keys.md', `---\n${keys}\n---\nbody\n`)).toThrow(
      expect.toSatisfy((e) => hasCode(e, 'POST_TOO_COMPLEX')),
    );
  });

  it('the sentence cap stops after the token budget and says where', () => {
    const notes: string[] = [];
    const cap = sentenceCap(notes, { ...POST_LIMITS, maxTokens: 5 });
    expect(cap.take('one two three')).toBe('one two three');
    expect(cap.take('four five six')).toBeNull();
    expect(cap.done).toBe(true);
    expect(notes).toEqual(['reading stopped after 1 sentences and 3 words (caps 1500 sentences, 5 words)']);
  });

  it('cuts at a word end when one is near', () => {
    expect(cutAtWord('alpha beta gamma', 12)).toBe('alpha beta');
    expect(cutAtWord('abcdefghij', 4)).toBe('abcd');
  });
});
