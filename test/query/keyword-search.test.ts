// Keyword search ranks exact matches above prefix and fuzzy ones, keeps posts matching every
// word when some do, says which spelling it searched, filters, sorts and pages.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/domain/model.js';
import { keywordSearch } from '../../src/query/keyword-search.js';
import { SearchIndex } from '../../src/search/search-index.js';

let index: SearchIndex;

const doc = (id: string, title: string, date: string, url: string | null = null): Extraction => ({
  post: { id, title, date, url, author: null, authors: [], tags: [], categories: [], source: `${id}.md` },
  event: null,
  entities: [],
  relations: [],
});

beforeAll(async () => {
  index = SearchIndex.open(mkdtempSync(path.join(tmpdir(), 'talkgraph-kw-')));
  const posts: Array<[string, string, string, string, string | null]> = [
    [
      'post:ovs',
      'Networking notes',
      '2010-05-01',
      'We tried Open vSwitch with XCP and it worked.',
      'https://net.example/ovs/',
    ],
    [
      'post:openvpn',
      'OpenVPN on a router',
      '2012-01-01',
      'OpenVPN runs fine on the router.',
      'https://other.example/vpn/',
    ],
    ['post:basedir', 'Plesk open_basedir', '2008-03-03', 'Remove the open_basedir restriction for good.', null],
    ['post:open-only', 'An open letter', '2011-02-02', 'This is an open letter about nothing in particular.', null],
    ['post:xenial', 'Ubuntu Xenial on servers', '2016-06-06', 'Xenial brings systemd-networkd to servers.', null],
    [
      'post:xen-summit',
      'Xen Summit 2010: day one',
      '2010-04-29',
      'The Xen Summit opened with a keynote about the scheduler.',
      null,
    ],
  ];
  await index.putAll(posts.map(([id, title, date, text, url]) => ({ extraction: doc(id, title, date, url), text })));
});

const ids = async (q: string, o = {}) => (await keywordSearch(index, q, { limit: 10, ...o })).posts.map((p) => p.id);

describe('keyword search', () => {
  it('lists only posts with every word when some have them all ("open vswitch" is not OpenVPN)', async () => {
    const r = await keywordSearch(index, 'open vswitch', { limit: 10 });
    expect(r.posts.map((p) => p.id)).toEqual(['post:ovs']);
    expect(r.partial).toBeGreaterThan(0);
  });

  it('ranks an exact word above a prefix of a longer one ("xen summit 2010" before Xenial)', async () => {
    expect((await ids('xen summit 2010'))[0]).toBe('post:xen-summit');
    expect(await ids('xen')).toEqual(['post:xen-summit', 'post:xenial']);
  });

  it('says which spelling it searched when a word matched nothing as typed', async () => {
    const r = await keywordSearch(index, 'xen sumit', { limit: 10 });
    expect(r.corrected).toBe('xen summit');
    expect(r.posts[0]!.id).toBe('post:xen-summit');
    expect((await keywordSearch(index, 'xen summit', { limit: 10 })).corrected).toBeNull();
  });

  it('filters by year and site, counts facets before filtering, sorts by date and pages', async () => {
    const r = await keywordSearch(index, 'open', { limit: 10 });
    expect(r.facets.years.map((y) => y.value)).toEqual(expect.arrayContaining(['2008', '2010', '2011']));
    expect(r.facets.sites).toEqual(expect.arrayContaining([{ value: 'net.example', count: 1 }]));
    expect(await ids('open', { year: '2011' })).toEqual(['post:open-only']);
    expect(await ids('open', { site: 'net.example' })).toEqual(['post:ovs']);
    const byDate = (await keywordSearch(index, 'open', { limit: 10, sort: 'date' })).posts.map((p) => p.date);
    expect(byDate).toEqual([...byDate].sort().reverse());
    const page = await keywordSearch(index, 'open', { limit: 1, offset: 1 });
    expect(page.posts).toHaveLength(1);
    expect(page.total).toBe(r.total);
  });

  it('gives snippets as text with marks, and the legacy HTML from the same marks', async () => {
    const hit = (await keywordSearch(index, 'keynote', { limit: 1 })).posts[0]!;
    expect(hit.highlight.marks.map(([s, e]) => hit.highlight.text.slice(s, e))).toEqual(['keynote']);
    expect(hit.snippet).toContain('<mark>keynote</mark>');
  });
});
