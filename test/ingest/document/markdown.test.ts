// Markdown to plain text: links keep anchor text and target; code, HTML and images stay out.
import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../../ingest/document/markdown.js';

describe('readMarkdown', () => {
  it('keeps inline, reference, shortcut and autolinks with resolved targets', () => {
    const md = [
      'See [Open vSwitch](http://openvswitch.org/) and [Konrad Wilk][10] and [CRIU].',
      'Also <https://example.org/auto>.',
      '',
      ' [10]: http://www.linkedin.com/in/someone',
      '[CRIU]: https://criu.org/Main_Page',
    ].join('\n');
    const [block] = readMarkdown(md).blocks;
    expect(block!.links.map((l) => [l.text, l.url])).toEqual([
      ['Open vSwitch', 'http://openvswitch.org/'],
      ['Konrad Wilk', 'http://www.linkedin.com/in/someone'],
      ['CRIU', 'https://criu.org/Main_Page'],
      ['https://example.org/auto', 'https://example.org/auto'],
    ]);
    const link = block!.links[1]!;
    expect(block!.text.slice(link.start, link.end)).toBe('Konrad Wilk');
  });

  it('links bare addresses as GFM does, not bare domains, and leaves footnotes out', () => {
    const md = [
      'Mail ana@quuxly.dev or see www.quuxly.dev and https://quuxly.dev/talks, not quuxly.dev or v@1.2.[^1]',
      '',
      '[^1]: A footnote naming Frobnik.',
    ].join('\n');
    const blocks = readMarkdown(md).blocks;
    expect(blocks.map((b) => b.text)).toEqual([
      'Mail ana@quuxly.dev or see www.quuxly.dev and https://quuxly.dev/talks, not quuxly.dev or v@1.2.',
    ]);
    expect(blocks[0]!.links.map((l) => [l.text, l.url])).toEqual([
      ['ana@quuxly.dev', 'mailto:ana@quuxly.dev'],
      ['www.quuxly.dev', 'http://www.quuxly.dev'],
      ['https://quuxly.dev/talks', 'https://quuxly.dev/talks'],
    ]);
  });

  it('keeps a link target as written, not percent-encoded', () => {
    const [block] = readMarkdown('[Köln](https://de.wikipedia.org/wiki/Köln)').blocks;
    expect(block!.links[0]!.url).toBe('https://de.wikipedia.org/wiki/Köln');
  });

  it("gives each table cell its row, its column and the column's header", () => {
    const md = '| Time | Talk | Speaker |\n|---|---|---|\n| 10:00 | Fast Builds | Ana Lima |\n';
    const cells = readMarkdown(md).blocks.filter((b) => b.kind === 'table-cell');
    expect(cells.map((b) => [b.text, b.cell?.row, b.cell?.column, b.cell?.header])).toEqual([
      ['Time', 0, 0, 'Time'],
      ['Talk', 0, 1, 'Talk'],
      ['Speaker', 0, 2, 'Speaker'],
      ['10:00', 1, 0, 'Time'],
      ['Fast Builds', 1, 1, 'Talk'],
      ['Ana Lima', 1, 2, 'Speaker'],
    ]);
  });

  it('drops code blocks, raw HTML and iframes, and keeps image alt text aside', () => {
    const md = [
      'Intro text.',
      '',
      '```',
      'Grace Hopper wrote this code',
      '```',
      '',
      '<iframe src="https://video.example.org"></iframe>',
      '',
      '[<img src="a.jpg" alt="Crowd at the keynote" />][1]Text after image.',
      '',
      '![Speaker on stage](b.jpg)',
      '',
      ' [1]: /a.jpg',
    ].join('\n');
    const doc = readMarkdown(md);
    expect(doc.blocks.map((b) => b.text)).toEqual(['Intro text.', 'Text after image.']);
    expect(doc.imageAlts).toEqual(['Crowd at the keynote', 'Speaker on stage']);
  });

  it('drops template code: Hugo shortcodes, Liquid tags, WordPress shortcodes and captions', () => {
    const md = [
      'Before {{< youtube abc123 >}} after {{% note %}}x{{% /note %}}.',
      '',
      '{% include figure.html src="a.png" %} Liquid {{ site.url }} gone.',
      '',
      '[caption id="a1" align="alignleft"]<img src="a.jpg"> Grace Hopper on stage[/caption]Text [embed]https://example.org/v[/embed] stays.',
    ].join('\n');
    const texts = readMarkdown(md).blocks.map((b) => b.text.replace(/\s+/g, ' '));
    expect(texts).toEqual(['Before after x .', 'Liquid gone.', 'Text stays.']);
  });

  it('marks headings, bold-only paragraphs and list items, and tracks the section', () => {
    const doc = readMarkdown('## Keynotes\n\nText.\n\n**Sessions**\n\n* one item\n');
    expect(doc.blocks.map((b) => [b.kind, b.text, b.section])).toEqual([
      ['heading', 'Keynotes', ''],
      ['paragraph', 'Text.', 'Keynotes'],
      ['heading', 'Sessions', 'Keynotes'],
      ['list-item', 'one item', 'Sessions'],
    ]);
  });
});
