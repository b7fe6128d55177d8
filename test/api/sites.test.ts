// Many blogs in one graph: each post carries its site; search, ask and related filter by
// site; related-by-URL finds a Jekyll post by its absolute page URL; a speaker's profile
// gathers talks from every blog.
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { blogOf } from '../helpers/blog.js';
import { serviceOver } from '../helpers/service.js';

let app: Awaited<ReturnType<typeof serviceOver>>['app'];

const body = (lines: string[]) => lines.join(' ');

beforeAll(async () => {
  const jekyll = blogOf('jekyll-notes', {
    '_config.yml': 'url: https://notes.example\nbaseurl: /blog\n',
    '_posts/2021-05-04-nimbus-summit-day-one.md': `---\ntitle: Nimbus Summit 2021 day one\n---\n${body(['Dana Brooks talked about Ansible and Terraform.', 'Later, Bo Chen covered Ceph.'])}\n`,
    '_posts/2021-05-05-nimbus-summit-day-two.md': `---\ntitle: Nimbus Summit 2021 day two\n---\n${body(['Carl Oduya talked about Podman and Ceph.'])}\n`,
  });
  const hugo = blogOf('hugo-planet', {
    'hugo.toml': 'baseURL = "https://planet.example/"\n',
    'content/post/nimbus-recap.md': `---\ntitle: Nimbus Summit 2021 recap\ndate: 2021-05-10\n---\n${body(['Dana Brooks talked about Kubernetes operators.', 'Bo Chen covered Ceph again.'])}\n`,
  });
  app = (await serviceOver([jekyll, hugo])).app;
});

describe('two sites in one graph', () => {
  it('every post carries its site, and search filters by the site name, as ask and related do', async () => {
    const all = await request(app).get('/api/search').query({ q: 'ceph' }).expect(200);
    expect(all.body.posts.map((p: { id: string }) => p.id).sort()).toEqual([
      'post:hugo-planet:post-nimbus-recap',
      'post:jekyll-notes:2021-05-04-nimbus-summit-day-one',
      'post:jekyll-notes:2021-05-05-nimbus-summit-day-two',
    ]);
    expect(all.body.posts.map((p: { site: string }) => p.site).sort()).toEqual([
      'hugo-planet',
      'jekyll-notes',
      'jekyll-notes',
    ]);
    expect(all.body.facets.sites).toEqual([
      { value: 'jekyll-notes', count: 2 },
      { value: 'hugo-planet', count: 1 },
    ]);
    const one = await request(app).get('/api/search').query({ q: 'ceph', site: 'hugo-planet' }).expect(200);
    expect(one.body).toMatchObject({
      total: 1,
      posts: [{ id: 'post:hugo-planet:post-nimbus-recap', site: 'hugo-planet' }],
    });
    const other = await request(app).get('/api/search').query({ q: 'ceph', site: 'jekyll-notes' }).expect(200);
    expect(
      other.body.posts.map((p: { id: string }) => p.id).every((id: string) => id.startsWith('post:jekyll-notes:')),
    ).toBe(true);
    expect(other.body.total).toBe(2);
    // The host of a post's URL is not its site.
    expect(
      (await request(app).get('/api/search').query({ q: 'ceph', site: 'planet.example' }).expect(200)).body.total,
    ).toBe(0);
    // A question that falls back to search keeps to the sites asked for, by the same names.
    const asked = await request(app).get('/api/ask').query({ q: 'ceph', sites: 'hugo-planet' }).expect(200);
    expect(asked.body.posts.map((p: { id: string }) => p.id)).toEqual(['post:hugo-planet:post-nimbus-recap']);
  });

  it('ask keeps only evidence from the sites asked for', async () => {
    const all = await request(app).get('/api/ask').query({ q: 'what did Dana Brooks talk about' }).expect(200);
    expect(all.body.answers.map((a: { name: string }) => a.name).sort()).toEqual(
      expect.arrayContaining(['Ansible', 'Kubernetes']),
    );
    const jekyllOnly = await request(app)
      .get('/api/ask')
      .query({ q: 'what did Dana Brooks talk about', site: 'jekyll-notes' })
      .expect(200);
    const names = jekyllOnly.body.answers.map((a: { name: string }) => a.name);
    expect(names).toContain('Ansible');
    expect(names).not.toContain('Kubernetes');
    const posts = jekyllOnly.body.answers.flatMap((a: { evidence: Array<{ post: string }> }) =>
      a.evidence.map((e) => e.post),
    );
    expect(posts.every((p: string) => p.startsWith('post:jekyll-notes:'))).toBe(true);
  });

  it('related-by-URL finds a Jekyll post by its absolute page URL; its own site by default, others when asked', async () => {
    const url = 'https://notes.example/blog/2021/05/04/nimbus-summit-day-one.html';
    const own = await request(app).get('/api/posts/related').query({ url }).expect(200);
    expect(own.body.post).toMatchObject({
      id: 'post:jekyll-notes:2021-05-04-nimbus-summit-day-one',
      url,
      site: 'jekyll-notes',
    });
    expect(own.body.related.map((r: { id: string }) => r.id)).toEqual([
      'post:jekyll-notes:2021-05-05-nimbus-summit-day-two',
    ]);
    const wide = await request(app)
      .get('/api/posts/related')
      .query({ url, sites: 'jekyll-notes,hugo-planet' })
      .expect(200);
    expect(wide.body.related.map((r: { id: string }) => r.id)).toContain('post:hugo-planet:post-nimbus-recap');
    const every = await request(app)
      .get(`/api/posts/${encodeURIComponent('post:jekyll-notes:2021-05-04-nimbus-summit-day-one')}/related`)
      .query({ sites: '*' })
      .expect(200);
    expect(every.body.related).toHaveLength(2);
    // The same path on another host is not this post.
    await request(app)
      .get('/api/posts/related')
      .query({ url: 'https://elsewhere.example/blog/2021/05/04/nimbus-summit-day-one.html' })
      .expect(404);
    // A site-relative path still finds it (the CLI's `related /path/`).
    expect(
      (
        await request(app)
          .get('/api/posts/related')
          .query({ url: '/blog/2021/05/04/nimbus-summit-day-one.html' })
          .expect(200)
      ).body.post.id,
    ).toBe(own.body.post.id);
  });

  it("a speaker's profile gathers talks from every blog", async () => {
    const profile = await request(app).get('/api/entities/person:dana-brooks').expect(200);
    const names = profile.body.talks.map((t: { name: string }) => t.name);
    expect(names).toEqual(expect.arrayContaining(['Ansible', 'Kubernetes']));
    const posts = profile.body.posts.map((p: { post: string }) => p.post);
    expect(posts).toEqual(
      expect.arrayContaining([
        'post:jekyll-notes:2021-05-04-nimbus-summit-day-one',
        'post:hugo-planet:post-nimbus-recap',
      ]),
    );
  });
});
