// The README's and docs/embed.md's source examples, run on the bundled examples/: a blog of
// Markdown posts, an Atom feed and a WordPress export in one graph; every post id and page URL
// the embed docs show is a stored post, its box keeps to its own site, and a speaker's page
// gathers the talks of every blog.
import { readFileSync } from 'node:fs';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { serviceOver } from '../helpers/service.js';

let app: Awaited<ReturnType<typeof serviceOver>>['app'];
const SOURCES = ['examples', 'examples/feeds/planet.atom', 'examples/feeds/wordpress-export.xml'];

beforeAll(async () => {
  app = (await serviceOver(SOURCES)).app;
});

/** Every value of `attr="…"` in the embed docs. */
const docValues = (attr: string) =>
  [...readFileSync('docs/embed.md', 'utf8').matchAll(new RegExp(`${attr}="([^"{]+)"`, 'g'))].map((m) => m[1]!);

describe('the bundled examples', () => {
  it('are three sites in one graph: the blog, the feed and the export, its posts at their URLs', async () => {
    const all = await request(app)
      .get('/api/search')
      .query({ q: 'kubecon fosdem devconf linuxcon', limit: 50 })
      .expect(200);
    const sites = all.body.facets.sites.map((f: { value: string }) => f.value).sort();
    expect(sites).toEqual(['examples', 'fieldnotes-example', 'planet-example']);
    const fieldnotes = await request(app)
      .get('/api/search')
      .query({ q: 'fosdem devconf', site: 'fieldnotes-example' })
      .expect(200);
    expect(fieldnotes.body.posts.map((p: { url: string }) => p.url).sort()).toEqual([
      'https://fieldnotes.example/2020/01/26/devconf-cz-2020/',
      'https://fieldnotes.example/2024/02/04/fosdem-2024-containers/',
    ]);
  });

  it("the embed docs' post ids and page URLs are stored posts whose box keeps to their site", async () => {
    const ids = docValues('data-post');
    const urls = [
      ...docValues('data-url').filter((u) => u.startsWith('http')),
      ...docValues('src').flatMap((s) =>
        s.includes('/embed/frame?url=') ? [decodeURIComponent(new URL(s).searchParams.get('url')!)] : [],
      ),
    ];
    expect(ids.length).toBeGreaterThan(0);
    expect(urls.length).toBeGreaterThan(1);
    for (const id of ids)
      await request(app)
        .get(`/api/posts/${encodeURIComponent(id)}/related`)
        .expect(200);
    for (const url of urls) {
      const res = await request(app).get('/api/posts/related').query({ url }).expect(200);
      expect(res.body.post.site).toBe('examples');
      expect(res.body.related.length).toBeGreaterThan(0);
      expect(res.body.related.every((r: { id: string }) => r.id.startsWith('post:examples:'))).toBe(true);
    }
    // The data-sites example names sites of the examples.
    const known = (
      await request(app).get('/api/search').query({ q: 'kubecon fosdem devconf linuxcon', limit: 50 })
    ).body.facets.sites.map((f: { value: string }) => f.value);
    expect(known).toEqual(expect.arrayContaining(docValues('data-sites')[0]!.split(',')));
  });

  it("a speaker's page gathers the talks of every blog", async () => {
    const profile = await request(app).get('/api/entities/person:lukas-novak').expect(200);
    const blogs = new Set(profile.body.posts.map((p: { post: string }) => p.post.split(':')[1]));
    expect([...blogs].sort()).toEqual(['examples', 'fieldnotes-example', 'planet-example']);
  });
});
