// Hostile posts meet the server: javascript: URLs never become links (iframe, feed, API),
// feed titles are text, links come from the configured public URL and never from request
// headers, and every client fault is a 4xx with a code.

import type { Express } from 'express';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { corpusOf, serviceOver } from '../helpers/service.js';

let app: Express;
const JS_URL = 'javascript:alert(document.domain)//';

beforeAll(async () => {
  const corpus = corpusOf({
    'js.md': `---\ntitle: "Xen Summit notes"\nurl: "${JS_URL}"\ndate: 2010-04-29\n---\nGeorge Dunlap talked about credit2 and Xen at Xen Summit 2010.\n`,
    'markup.md': `---\ntitle: "<script>alert(1)</script><b>Xen</b> & more"\nslug: markup\ndate: 2010-04-30\n---\nKeir Fraser talked about Xen and credit2 at Xen Summit 2010.\n`,
    'bad-date.md': `---\ntitle: "Bad date"\nslug: bad-date\ndate: "2010-13-45T99:99"\nurl: /2010/bad-date/\n---\nLars Kurth talked about Xen and credit2.\n`,
  });
  const { service } = await serviceOver([corpus]);
  app = createApp({ service, publicUrl: 'https://talkgraph.example' });
});

describe('hostile post URLs', () => {
  it('the API sends no javascript: URL as a post link', async () => {
    const res = await request(app).get('/api/search').query({ q: 'xen' }).expect(200);
    expect(JSON.stringify(res.body)).not.toMatch(/javascript:/i);
    const js = res.body.posts.find((p: { title: string }) => p.title === 'Xen Summit notes');
    expect(js.url).toBeNull();
    const related = await request(app).get('/api/posts/post:test:markup/related').expect(200);
    expect(JSON.stringify(related.body)).not.toMatch(/javascript:/i);
  });

  it('the iframe shows the post title without a link', async () => {
    const res = await request(app)
      .get('/embed/frame')
      .query({ post: 'post:test:markup', base: 'https://blog.example/' })
      .expect(200);
    expect(res.text).not.toMatch(/javascript:/i);
    expect(res.text).toContain('Xen Summit notes');
    // The frame's own height script is allowed by its CSP hash; no markup from a post runs.
    expect(res.text).not.toMatch(/<script>alert/);
  });

  it('an unsafe base page URL is not used to build links', async () => {
    const res = await request(app).get('/embed/frame').query({ post: 'post:test:markup', base: JS_URL }).expect(200);
    expect(res.text).not.toMatch(/javascript:/i);
  });
});

describe('Atom feeds', () => {
  it('titles are escaped text; links start at the public URL, whatever the headers say', async () => {
    const res = await request(app)
      .get('/api/entities/project:credit2/feed.atom')
      .set('Host', 'evil.example')
      .set('X-Forwarded-Proto', 'gopher')
      .set('X-Forwarded-Host', 'evil.example')
      .expect(200);
    expect(res.headers['content-type']).toMatch(/application\/atom\+xml/);
    expect(res.text).not.toMatch(/type="html"/);
    expect(res.text).toContain(
      '<title type="text">&lt;script&gt;alert(1)&lt;/script&gt;&lt;b&gt;Xen&lt;/b&gt; &amp; more</title>',
    );
    expect(res.text).not.toMatch(/evil\.example|gopher|javascript:/i);
    expect(res.text).toContain('href="https://talkgraph.example/api/entities/project%3Acredit2/feed.atom"');
    expect(res.text).toContain('href="https://talkgraph.example/2010/bad-date/"');
  });

  it('a post with an unreadable date is still in the feed', async () => {
    const res = await request(app).get('/api/entities/person:lars-kurth/feed.atom').expect(200);
    expect(res.text).toContain('Bad date');
  });
});

describe('client faults are 4xx with a code', () => {
  it.each([
    ['/api/entities/%E0%A4%A', 400],
    ['/api/entities/%ZZ', 400],
    ['/api/entities/%E0%A4%A/feed.atom', 400],
    ['/api/events/%', 400],
    ['/entity/%E0%A4%A', 400],
    ['/api/nothing-here', 404],
  ] as Array<[string, number]>)('%s → %i', async (path, status) => {
    const res = await request(app).get(path).expect(status);
    expect(res.body.error.code).toMatch(/^(INVALID_REQUEST|NOT_FOUND)$/);
  });

  it('a Host header with a space is no 500', async () => {
    const res = await request(app).get('/api/entities/project:credit2/feed.atom').set('Host', 'a b');
    expect(res.status).toBeLessThan(500);
  });
});
