// The read endpoints behind the post page, index pages and paged search, over the bundled
// examples; and compression on every text response.

import type { Express } from 'express';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../web/assets/examples.js';
import { serviceOver } from '../helpers/service.js';

let app: Express;
beforeAll(async () => {
  app = (await serviceOver(['examples'])).app;
});

describe('GET /api/posts/:id', () => {
  it('gives the post with the entities it names (each with the sentence naming it), its facts and related posts', async () => {
    const res = await request(app).get('/api/posts/post:examples:kubecon-2023-day-one').expect(200);
    expect(res.body.post).toMatchObject({
      id: 'post:examples:kubecon-2023-day-one',
      title: 'KubeCon 2023: Day One Recap',
      author: 'Alex Moreau',
    });
    const podman = res.body.entities.find((e: { id: string }) => e.id === 'project:podman');
    const { text, marks } = podman.evidence;
    expect(marks.map(([s, e]: [number, number]) => text.slice(s, e))).toEqual(['Podman']);
    expect(res.body.facts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          type: 'AFFILIATED_WITH',
          from: expect.objectContaining({ name: 'Priya Raman' }),
          to: expect.objectContaining({ name: 'Google' }),
        }),
      ]),
    );
    expect(res.body.related.length).toBeGreaterThan(0);
    // Each fact says whether its sentence names both ends; when it does, both are marked.
    for (const f of res.body.facts) {
      expect(typeof f.namesBoth).toBe('boolean');
      if (f.namesBoth) expect(f.evidence.marks.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('answers 404 NOT_FOUND for an unknown post', async () => {
    expect((await request(app).get('/api/posts/post:nobody-wrote-this').expect(404)).body.error.code).toBe('NOT_FOUND');
  });
});

describe('GET /api/entities/:id for an author', () => {
  it('lists the posts they wrote, newest first, though no post names them', async () => {
    const res = await request(app).get('/api/entities/person:jamie-lin').expect(200);
    const written = res.body.written.map((p: { post: string }) => p.post);
    expect(written).toHaveLength(4);
    expect(written).toContain('post:examples:2016-08-25-linuxcon-2016-day-one');
    const dates = res.body.written.map((p: { date: string }) => p.date);
    expect(dates).toEqual([...dates].sort().reverse());
    // Someone who only spoke wrote nothing.
    expect((await request(app).get('/api/entities/person:priya-raman').expect(200)).body.written).toEqual([]);
  });
});

describe('GET /api/browse/:kind', () => {
  it('lists events with series and year, grouped by series', async () => {
    const res = await request(app).get('/api/browse/events').expect(200);
    expect(res.body.total).toBe(res.body.items.length);
    expect(res.body.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'KubeCon 2023', series: 'KubeCon', year: 2023 })]),
    );
    expect(res.body.series.map((s: { name: string }) => s.name)).toContain('KubeCon');
  });

  it("counts an event's posts alike on the index, on its page and among its series' editions", async () => {
    const index = (await request(app).get('/api/browse/events').expect(200)).body.items as Array<{
      id: string;
      posts: number;
    }>;
    for (const item of index) {
      const page = (await request(app).get(`/api/entities/${item.id}`).expect(200)).body;
      expect(item.posts, item.id).toBe(page.posts.length);
      expect(page.editions.find((e: { id: string }) => e.id === item.id)?.posts ?? item.posts, item.id).toBe(
        item.posts,
      );
    }
    expect(index.every((i) => i.posts > 0)).toBe(true);
  });

  it('lists people with their topic and event counts, filtered by name', async () => {
    const res = await request(app).get('/api/browse/people').query({ q: 'priya' }).expect(200);
    expect(res.body.items).toEqual([
      expect.objectContaining({ name: 'Priya Raman', talks: expect.any(Number), events: 1 }),
    ]);
  });

  it('refuses an unknown kind', async () => {
    expect((await request(app).get('/api/browse/robots').expect(400)).body.error.code).toBe('INVALID_REQUEST');
  });
});

describe('GET /api/search paging, filters and typos', () => {
  it('counts every match, pages, and gives facets by year', async () => {
    const all = await request(app).get('/api/search').query({ q: 'talked', limit: 50 }).expect(200);
    const page2 = await request(app).get('/api/search').query({ q: 'talked', limit: 1, offset: 1 }).expect(200);
    expect(all.body.total).toBeGreaterThan(3);
    expect(page2.body.total).toBe(all.body.total);
    expect(page2.body.posts[0].id).toBe(all.body.posts[1].id);
    const years = all.body.facets.years as Array<{ value: string; count: number }>;
    expect(years.reduce((n, y) => n + y.count, 0)).toBe(all.body.total);
    const one = years[0]!;
    const filtered = await request(app).get('/api/search').query({ q: 'talked', year: one.value }).expect(200);
    expect(filtered.body.total).toBe(one.count);
    expect(filtered.body.posts.every((p: { date: string }) => p.date.startsWith(one.value))).toBe(true);
  });

  it('sorts by date, newest first', async () => {
    const res = await request(app).get('/api/search').query({ q: 'talked', sort: 'date', limit: 50 }).expect(200);
    const dates = res.body.posts.map((p: { date: string }) => p.date);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('filters to posts naming a matching entity of one type', async () => {
    const res = await request(app).get('/api/search').query({ q: 'google', type: 'organization' }).expect(200);
    expect(res.body.total).toBeGreaterThan(0);
    expect(res.body.facets.types).toEqual(expect.arrayContaining([expect.objectContaining({ value: 'Organization' })]));
  });

  it('says which spelling it searched when a word matched nothing', async () => {
    const res = await request(app).get('/api/search').query({ q: 'kubernets' }).expect(200);
    expect(res.body.corrected).toBe('kubernetes');
    expect((await request(app).get('/api/search').query({ q: 'kubernetes' })).body.corrected).toBeNull();
  });

  it('snippets carry structured marks beside the legacy HTML', async () => {
    const res = await request(app).get('/api/search').query({ q: 'podman' }).expect(200);
    const { text, marks } = res.body.posts[0].highlight;
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every(([s, e]: [number, number]) => text.slice(s, e).toLowerCase() === 'podman')).toBe(true);
  });

  it('refuses a bad sort or year', async () => {
    await request(app).get('/api/search').query({ q: 'x', sort: 'random' }).expect(400);
    await request(app).get('/api/search').query({ q: 'x', year: 'last' }).expect(400);
  });
});

describe('compression', () => {
  it('gzips and brotli-compresses text responses', async () => {
    for (const encoding of ['gzip', 'br']) {
      for (const path of ['/vendor/cytoscape.min.js', '/assets/style.css', '/api/browse/projects', '/']) {
        const res = await request(app).get(path).set('Accept-Encoding', encoding).expect(200);
        expect(res.headers['content-encoding'], `${path} ${encoding}`).toBe(encoding);
      }
    }
  });
});

describe('the home page examples', () => {
  it.each(EXAMPLES)('"%s" is answered by the bundled examples', async (q: string) => {
    const [ask, search] = await Promise.all([
      request(app).get('/api/ask').query({ q }),
      request(app).get('/api/search').query({ q }),
    ]);
    expect(ask.body.answers.length + search.body.total).toBeGreaterThan(0);
    if (/^(who|what|where)/.test(q)) expect(ask.body.answers.length).toBeGreaterThan(0);
  });
});
