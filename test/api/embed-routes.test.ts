// Embedding relaxes helmet's defaults on the embed routes only, and CORS is only on related posts.

import type { Express } from 'express';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { serviceOver } from '../helpers/service.js';

let app: Express;
beforeAll(async () => {
  app = (await serviceOver(['examples'])).app;
});

describe('embed routes', () => {
  it('/embed.js may be loaded from any origin', async () => {
    const res = await request(app).get('/embed.js').expect(200);
    expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(res.headers['content-type']).toMatch(/javascript/);
  });

  it('/embed/frame may be framed by any site and escapes what it shows', async () => {
    const res = await request(app)
      .get('/embed/frame')
      .query({ url: 'https://blog.example/2016/08/25/linuxcon-2016-day-one/' })
      .expect(200);
    expect(res.headers['x-frame-options']).toBeUndefined();
    expect(res.headers['content-security-policy']).toMatch(/frame-ancestors \*/);
    expect(res.text).toMatch(/<li><a href="https:\/\/blog\.example\/[^"]+" target="_blank" rel="noopener">/);
    // One inline script (it reports the height), allowed by its hash only.
    expect(res.headers['content-security-policy']).toMatch(/script-src 'sha256-[^']+'(;|$)/);
    expect(res.text.match(/<script/g)).toHaveLength(1);
  });

  it('an unknown post gets an empty frame page (404), not an error the browser cannot frame', async () => {
    const res = await request(app).get('/embed/frame').query({ post: 'post:nobody-wrote-this' }).expect(404);
    expect(res.headers['content-type']).toMatch(/html/);
    expect(res.headers['x-frame-options']).toBeUndefined();
    expect(res.text).not.toContain('<aside');
  });

  it('never renders a javascript: URL as a link, and says why posts are related in plain words', async () => {
    const { frameHtml } = await import('../../src/api/embed-frame.js');
    const html = frameHtml(
      [{ title: 'Bad', url: 'javascript:alert(1)', reasons: ['shares: Xen, credit2', 'same event: Xen Summit 2010'] }],
      'https://blog.example/',
    );
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<li>Bad<small>Also about Xen and credit2. Also from Xen Summit 2010</small></li>');
  });

  it('the app itself keeps helmet defaults and sends no CORS', async () => {
    const page = await request(app).get('/').expect(200);
    expect(page.headers['x-frame-options']).toBe('SAMEORIGIN');
    const search = await request(app).get('/api/search').query({ q: 'ceph' }).expect(200);
    expect(search.headers['access-control-allow-origin']).toBeUndefined();
    const related = await request(app).get('/api/posts/post:examples:hugo-fosdem-2024-notes/related').expect(200);
    expect(related.headers['access-control-allow-origin']).toBe('*');
  });

  it('deep links serve the app page', async () => {
    for (const path of [
      '/',
      '/speakers',
      '/entity/person:priya-raman',
      '/post/post:kubecon-2023-day-one',
      '/events',
      '/people',
      '/projects',
      '/organizations',
      '/graph/person:priya-raman',
    ]) {
      expect((await request(app).get(path).expect(200)).text).toContain('<main id="main"');
    }
  });
});
