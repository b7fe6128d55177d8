// Test helper: a generator of hostile post files. Fixed pathological shapes (1.4 MB of URLs,
// huge lines, nesting thousands deep, billion laughs) plus fast-check samples of front matter,
// Markdown and sentence shapes; deterministic for a seed. Every file name is unique ASCII.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';

export interface HostileFile {
  name: string;
  bytes: Uint8Array | string;
}

const fm = (extra = '') => `---\ntitle: "Hostile notes"\nauthor: Pat Writer\ndate: 2021-05-04\n${extra}---\n`;
const times = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join('');
const MB = 1024 * 1024;

/** Shapes no writer produces but a crawler, an export or an attacker does. */
export function fixedHostileFiles(): HostileFile[] {
  const urls = (sep: string) =>
    times(Math.ceil((1.4 * MB) / 40), (i) => `https://example.com/path/to/page-${i}?q=${i}${sep}`);
  const files: Record<string, string | Uint8Array> = {
    'urls-one-paragraph': fm() + urls(' '),
    'urls-one-per-line': fm() + urls('\n'),
    'urls-as-links': fm() + times(25_000, (i) => `[link ${i}](https://example.com/${i}) `),
    'huge-line-no-spaces': fm() + 'a'.repeat(1.5 * MB),
    'huge-sentence-of-words': fm() + times(200_000, (i) => `word${i % 97} `),
    'many-short-sentences': fm() + times(120_000, () => 'Xen rocks. '),
    'many-names': fm() + times(30_000, (i) => `George Dunlap${i} met Konrad Wilk${i} at Xen Summit. `),
    'deep-quote': fm() + '>'.repeat(20_000) + ' quoted',
    'deep-list': fm() + times(1_000, (i) => `${' '.repeat(i * 2)}- item ${i}\n`),
    'deep-list-one-line': fm() + '- '.repeat(10_000) + 'x',
    'nested-images': fm() + '!['.repeat(20_000) + 'x' + '](y)'.repeat(20_000),
    'nested-emphasis': fm() + '*_'.repeat(50_000) + 'x' + '_*'.repeat(50_000),
    'open-brackets': fm() + '['.repeat(100_000) + 'x' + ']'.repeat(100_000),
    'wide-table':
      fm() + `|${times(5_000, (i) => ` c${i} |`)}\n|${'---|'.repeat(5_000)}\n|${times(5_000, (i) => ` v${i} |`)}\n`,
    'html-blob': fm() + '<div>'.repeat(100_000) + 'text' + '</div>'.repeat(100_000),
    'code-fence-1mb': fm() + '```\n' + 'x = 1\n'.repeat(170_000) + '```\n',
    'many-headings': fm() + times(50_000, (i) => `# heading ${i}\n`),
    'cr-only-lines': fm() + times(100_000, (i) => `line ${i}.\r`),
    'combining-marks': fm() + 'e' + '\u0301'.repeat(500_000),
    'zero-width-and-rtl': fm() + times(50_000, () => '\u200b\u202eabc\u202c '),
    'template-tags': fm() + '{{< '.repeat(100_000) + 'x',
    'billion-laughs': `---\na: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\ntitle: laughs\n---\nbody\n`,
    'front-matter-100k-keys': `---\n${times(100_000, (i) => `k${i}: v${i}\n`)}title: keys\n---\nSome body text about Xen.\n`,
    'front-matter-unclosed': '---\ntitle: never closed\n' + 'x: y\n'.repeat(10_000),
    'front-matter-js': '---js\n{ title: process.exit(1) }\n---\nbody\n',
    'front-matter-proto': `---\n__proto__: {polluted: true}\nconstructor: {prototype: {polluted: true}}\ntitle: proto\n---\nbody text.\n`,
    'front-matter-toml-huge': `+++\ntitle = "t"\ntags = [${times(50_000, (i) => `"t${i}",`)}]\n+++\nbody about Xen.\n`,
    'front-matter-json-deep': `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}\nbody\n`,
    'javascript-url':
      fm('url: "javascript:alert(document.domain)//js-url"\n') + 'George Dunlap talked about Xen at Xen Summit 2010.',
    'markup-title': `---\ntitle: "<script>alert(1)</script><b>bold</b>"\nauthor: "<img src=x onerror=alert(1)>"\ndate: 2021-05-04\n---\nKonrad Wilk talked about Xen.\n`,
    'bad-date': `---\ntitle: bad date\ndate: 2021-13-45T99:99\n---\nLars Kurth talked about Xen.\n`,
    'nul-bytes': new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01, 0x02]),
    'invalid-utf8': new Uint8Array([0x74, 0x69, 0x74, 0x6c, 0x65, 0xc3, 0x28, 0xff, 0xfe]),
    empty: '',
    'only-white-space': ' \n\t\n'.repeat(1_000),
  };
  return Object.entries(files).map(([name, bytes]) => ({ name: `fixed-${name}.md`, bytes }));
}

const word = fc.constantFrom(
  'Xen',
  'credit2',
  'George',
  'Dunlap',
  'Open',
  'vSwitch',
  'the',
  'talk',
  'at',
  'Summit',
  '2010',
  'Red',
  'Hat',
  'üñî',
  '日本語',
  '<b>',
  '&amp;',
  '\\',
  '"',
  '`',
  '*',
  '_',
  '[',
  ']',
  '(',
  ')',
  '#',
  '|',
  '>',
  '{{',
  '%}',
  'http://x.y/z',
  'javascript:alert(1)',
);
const sentence = fc
  .tuple(fc.array(word, { minLength: 1, maxLength: 30 }), fc.constantFrom('.', '!', '?', '', '...', ';'))
  .map(([ws, end]) => ws.join(' ') + end);
const inlineLink = fc
  .tuple(
    sentence,
    fc.constantFrom(
      'https://example.com/a',
      '/rel/path',
      'javascript:alert(1)',
      'data:text/html,x',
      '',
      '<>',
      'mailto:a@b',
    ),
  )
  .map(([t, u]) => `[${t}](${u})`);
const block = fc.oneof(
  sentence,
  sentence.map((s) => `# ${s}`),
  sentence.map((s) => `> ${s}`),
  fc.array(sentence, { maxLength: 5 }).map((ss) => ss.map((s) => `- ${s}`).join('\n')),
  fc.array(sentence, { maxLength: 5 }).map((ss) => ss.map((s, i) => `${' '.repeat(i * 2)}1. ${s}`).join('\n')),
  sentence.map((s) => '```\n' + s + '\n```'),
  inlineLink,
  fc.array(sentence, { maxLength: 4 }).map((ss) => `| ${ss.join(' | ')} |\n|${'---|'.repeat(Math.max(1, ss.length))}`),
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
);
const yamlValue = fc.oneof(
  fc.string({ maxLength: 40 }).map((s) => JSON.stringify(s)),
  fc.integer().map(String),
  fc.constantFrom(
    'null',
    '~',
    'true',
    'yes',
    '2021-13-45',
    '1e999',
    '.nan',
    '[]',
    '{}',
    '[a, [b, [c]]]',
    '!!binary aGVsbG8=',
    '&x 1',
    '*x',
    '"\\u0000"',
    '|\n  block text',
    '>-\n  folded',
  ),
);
const frontMatter = fc
  .dictionary(
    fc.constantFrom(
      'title',
      'date',
      'author',
      'authors',
      'tags',
      'categories',
      'draft',
      'layout',
      'x-extra',
      'description',
    ),
    yamlValue,
    { maxKeys: 8 },
  )
  .map((d) =>
    Object.entries(d)
      .map(([k, v]) => `${k}: ${v}`)
      .join('\n'),
  );

/** `count` fast-check samples of whole posts: front matter shapes over Markdown of odd blocks. */
export function generatedHostileFiles(count: number, seed = 42): HostileFile[] {
  const post = fc.tuple(
    frontMatter,
    fc.array(block, { minLength: 0, maxLength: 25 }),
    fc.constantFrom('\n', '\r\n', '\n\n'),
  );
  return fc.sample(post, { seed, numRuns: count }).map(([head, blocks, nl], i) => ({
    name: `gen-${String(i).padStart(3, '0')}.md`,
    bytes: `---\n${head}\n---\n${blocks.join(nl + nl)}\n`.replace(/\n/g, nl),
  }));
}

/** Writes `files` into `dir` (created); returns their paths. */
export function writeHostileFiles(dir: string, files: HostileFile[]): string[] {
  mkdirSync(dir, { recursive: true });
  return files.map((f) => {
    const file = path.join(dir, f.name);
    writeFileSync(file, f.bytes);
    return file;
  });
}
