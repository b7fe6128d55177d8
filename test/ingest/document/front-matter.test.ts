// Front matter in the shapes Hugo, Jekyll and WordPress write; always data, never code.
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../../ingest/document/front-matter.js';
import { toPost } from '../../../ingest/document/post-meta.js';
import { hasCode } from '../../../src/domain/errors.js';

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
    return undefined;
  } catch (err) {
    return (err as { code?: string }).code;
  }
}

describe('splitFrontMatter', () => {
  it('reads Jekyll YAML with lists and a date', () => {
    const { data, body, format } = splitFrontMatter(
      'a.md',
      '---\ntitle: "Day one"\ntags: [xen, kvm]\ndate: 2010-04-29\n---\nBody text.\n',
    );
    expect(format).toBe('yaml');
    expect(data.title).toBe('Day one');
    expect(data.tags).toEqual(['xen', 'kvm']);
    expect(body.trim()).toBe('Body text.');
  });

  it('reads Hugo TOML', () => {
    const { data, format } = splitFrontMatter('a.md', '+++\ntitle = "FOSDEM notes"\ntags = ["rust"]\n+++\nBody\n');
    expect(format).toBe('toml');
    expect(data).toMatchObject({ title: 'FOSDEM notes', tags: ['rust'] });
  });

  it('reads Hugo JSON front matter', () => {
    const { data, body } = splitFrontMatter('a.md', '{"title": "Summit {recap}", "tags": ["a"]}\nBody\n');
    expect(data.title).toBe('Summit {recap}');
    expect(body.trim()).toBe('Body');
  });

  it('treats a file without front matter as all body', () => {
    expect(splitFrontMatter('a.md', '# Hello\n').format).toBe('none');
  });

  it.each([
    ['JavaScript front matter is never run', '---js\n{ title: require("fs").readFileSync("/etc/passwd") }\n---\nx'],
    ['unclosed YAML', '---\ntitle: x\nbody without end'],
    ['malformed YAML', '---\ntitle: [unclosed\n---\nx'],
    ['malformed TOML', '+++\ntitle = \n+++\nx'],
    ['a YAML scalar instead of a mapping', '---\njust a string\n---\nx'],
  ])('refuses %s with FRONT_MATTER_INVALID', (_label, text) => {
    expect(codeOf(() => splitFrontMatter('bad.md', text))).toBe('FRONT_MATTER_INVALID');
  });

  it('caps YAML alias expansion (billion laughs)', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++)
      lines.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(',')}]`,
      );
    const err = (() => {
      try {
        splitFrontMatter('bomb.md', `---\n${lines.join('\n')}\n---\nx`);
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(hasCode(err, 'FRONT_MATTER_INVALID')).toBe(true);
  });
});

describe('toPost', () => {
  it('takes the id from the url, WordPress style', () => {
    const post = toPost(
      '/c/2010-04-29-x.md',
      { title: 'T', url: '/2010/04/29/xen-summit/', author: 'Ada Lovelace' },
      '/c',
    );
    expect(post.id).toBe('post:local:2010-04-29-xen-summit');
    expect(post.author).toBe('Ada Lovelace');
  });

  it('falls back to the slug, then to the file path relative to the root', () => {
    expect(toPost('/c/x.md', { slug: 'devconf-cz-2019-recap' }, '/c').id).toBe('post:local:devconf-cz-2019-recap');
    expect(toPost('/c/hugo/x.md', {}, '/c').id).toBe('post:local:hugo-x');
  });

  it('keeps a declared URL on the site: protocol-relative URLs become site paths, script URLs are dropped', () => {
    expect(toPost('/c/x.md', { url: '//evil.example/x/' }, '/c').url).toBe('/evil.example/x/');
    // "javascript:…" is no URL of the post: the generator's own permalink stands instead.
    expect(toPost('/c/x.md', { url: 'javascript:alert(1)//' }, '/c').url).toBe(toPost('/c/x.md', {}, '/c').url);
    expect(toPost('/c/x.md', { url: 'https://blog.example/x/' }, '/c').url).toBe('https://blog.example/x/');
  });

  it('accepts authors lists, comma tags and WordPress category objects', () => {
    const post = toPost(
      '/c/x.md',
      { authors: ['A B', 'C D'], tags: 'xen, kvm', categories: [{ name: 'Events' }] },
      '/c',
    );
    expect(post.authors).toEqual(['A B', 'C D']);
    expect(post.tags).toEqual(['xen', 'kvm']);
    expect(post.categories).toEqual(['Events']);
  });

  it.each([
    ['a "by" list, as the Go blog writes it', { by: ['Ana Lima'] }, ['Ana Lima']],
    ['two names in one field', { author: 'Ana Lima and Bo Chen' }, ['Ana Lima', 'Bo Chen']],
    ['a name and unnamed others', { by: ['Ana Lima and contributors'] }, ['Ana Lima']],
  ])('reads authors from %s', (_what, data, authors) => {
    expect(toPost('/c/x.md', data, '/c').authors).toEqual(authors);
  });
});
