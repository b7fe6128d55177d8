// The HTTP API over the example corpus: every endpoint, its bad parameters, caching headers.

import type { Express } from 'express';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { serviceOver } from '../helpers/service.js';

let app: Express;
beforeAll(async () => {
  app = (await serviceOver(['examples'])).app;
});

describe('GET /api/search', () => {
  it('finds posts with highlighted snippets and an entity card', async () => {
    const res = await request(app).get('/api/search').query({ q: 'podman' }).expect(200);
    expect(res.body.posts[0].id).toBe('post:examples:kubecon-2023-day-one');
    expect(res.body.posts[0].snippet).toMatch(/<mark>Podman<\/mark>/);
    expect(res.body.entity).toMatchObject({ id: 'project:podman', type: 'Project', talkedAbout: ['Lukas Novak'] });
  });

  it('matches a quoted phrase as a phrase', async () => {
    const res = await request(app).get('/api/search').query({ q: '"sidecar container"' }).expect(200);
    expect(res.body.posts.map((p: { id: string }) => p.id)).toEqual(['post:examples:kubecon-2023-day-one']);
  });

  it.each([
    [{}, 'missing q'],
    [{ q: 'x'.repeat(201) }, 'q too long'],
    [{ q: 'podman', limit: 500 }, 'page too large'],
    [{ q: 'podman', limit: 'ten' }, 'limit not a number'],
  ] as Array<[Record<string, unknown>, string]>)('refuses %o (%s) with 400 INVALID_REQUEST', async (query, _why) => {
    const res = await request(app).get('/api/search').query(query).expect(400);
    expect(res.body.error.code).toBe('INVALID_REQUEST');
  });

  it('sends an ETag and Cache-Control, and 304 for a fresh copy', async () => {
    const first = await request(app).get('/api/search').query({ q: 'ceph' }).expect(200);
    expect(first.headers['cache-control']).toMatch(/max-age/);
    expect(first.headers.etag).toBeTruthy();
    await request(app).get('/api/search').query({ q: 'ceph' }).set('If-None-Match', first.headers.etag!).expect(304);
  });
});

describe('GET /api/ask', () => {
  it('answers "who talked about X" with evidence (the ask contract)', async () => {
    const res = await request(app).get('/api/ask').query({ q: 'who talked about Podman' }).expect(200);
    expect(Object.keys(res.body)).toEqual(['question', 'intent', 'entity', 'answers', 'posts']);
    expect(res.body.intent).toBe('speakers-of');
    expect(res.body.entity).toEqual({ id: 'project:podman', type: 'Project', name: 'Podman' });
    expect(res.body.answers[0]).toMatchObject({ id: 'person:lukas-novak', type: 'Person', name: 'Lukas Novak' });
    expect(res.body.answers[0].evidence[0]).toMatchObject({
      post: 'post:examples:kubecon-2023-day-one',
      title: 'KubeCon 2023: Day One Recap',
      sentence: expect.stringContaining('Podman'),
    });
    expect(res.body.posts[0]).toEqual(
      expect.objectContaining({ id: 'post:examples:kubecon-2023-day-one', snippet: expect.any(String) }),
    );
  });

  it('falls back to keyword search for what it does not understand', async () => {
    const res = await request(app).get('/api/ask').query({ q: 'sidecar citizens' }).expect(200);
    expect(res.body.intent).toBe('search');
    expect(res.body.posts.length).toBeGreaterThan(0);
  });

  it('refuses an empty question', async () => {
    expect((await request(app).get('/api/ask').query({ q: '  ' }).expect(400)).body.error.code).toBe('INVALID_REQUEST');
  });
});

describe('entities, speakers, events', () => {
  it('autocompletes entity names by prefix and type', async () => {
    const res = await request(app).get('/api/entities').query({ type: 'person', q: 'pri' }).expect(200);
    expect(res.body.entities.map((e: { name: string }) => e.name)).toEqual(['Priya Raman']);
  });

  it('refuses an unknown type', async () => {
    expect((await request(app).get('/api/entities').query({ type: 'robot' }).expect(400)).body.error.code).toBe(
      'INVALID_REQUEST',
    );
  });

  it('gives a person profile with talks and organizations', async () => {
    const res = await request(app).get('/api/entities/person:priya-raman').expect(200);
    expect(res.body.talks.map((t: { name: string }) => t.name)).toContain('Kubernetes');
    expect(res.body.organizations.map((o: { name: string }) => o.name)).toEqual(['Google']);
    expect(res.body.events.map((e: { name: string }) => e.name)).toEqual(['KubeCon 2023']);
  });

  it('404s an unknown entity with NOT_FOUND', async () => {
    expect((await request(app).get('/api/entities/person:nobody').expect(404)).body.error.code).toBe('NOT_FOUND');
  });

  it('lists speakers with their projects', async () => {
    const res = await request(app).get('/api/speakers').expect(200);
    const lukas = res.body.speakers.find((s: { name: string }) => s.name === 'Lukas Novak');
    expect(lukas.projects.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['Podman', 'Buildah']));
  });

  it('gives an event with its speakers', async () => {
    const res = await request(app).get('/api/events/event:kubecon-2023').expect(200);
    expect(res.body.speakers.map((s: { name: string }) => s.name).sort()).toEqual(['Lukas Novak', 'Priya Raman']);
    const lukas = res.body.topics.find((t: { speaker: { name: string } }) => t.speaker.name === 'Lukas Novak');
    expect(lukas.topics.map((t: { name: string }) => t.name)).toEqual(
      expect.arrayContaining(['Podman', 'Buildah', 'Skopeo']),
    );
    await request(app).get('/api/events/person:priya-raman').expect(404);
  });

  it('serves an Atom feed per entity', async () => {
    const res = await request(app).get('/api/entities/project:ceph/feed.atom').expect(200);
    expect(res.headers['content-type']).toMatch(/application\/atom\+xml/);
    expect(res.text).toContain('<feed');
    expect(res.text).toContain('OpenStack Summit Berlin 2018: Day 2');
  });
});

describe('related posts and the graph', () => {
  it('by id and by URL, never the post itself, each with reasons', async () => {
    const byId = await request(app)
      .get('/api/posts/post:examples:2016-08-25-linuxcon-2016-day-one/related')
      .expect(200);
    const byUrl = await request(app)
      .get('/api/posts/related')
      .query({ url: 'https://blog.example/2016/08/25/linuxcon-2016-day-one' })
      .expect(200);
    expect(byUrl.body).toEqual(byId.body);
    expect(byId.body.related.length).toBeGreaterThan(0);
    expect(
      byId.body.related.every(
        (r: { id: string; why: string }) => r.id !== 'post:examples:2016-08-25-linuxcon-2016-day-one' && r.why,
      ),
    ).toBe(true);
  });

  it('404s an unknown post', async () => {
    expect((await request(app).get('/api/posts/post:none/related').expect(404)).body.error.code).toBe('NOT_FOUND');
  });

  it('returns the neighbourhood as nodes and edges', async () => {
    const res = await request(app).get('/api/graph').query({ center: 'person:priya-raman', depth: 2 }).expect(200);
    const ids = res.body.nodes.map((n: { id: string }) => n.id);
    expect(ids).toEqual(
      expect.arrayContaining(['person:priya-raman', 'project:kubernetes', 'event:kubecon-2023', 'person:lukas-novak']),
    );
    expect(res.body.edges).toContainEqual(
      expect.objectContaining({ source: 'person:priya-raman', target: 'project:kubernetes', type: 'TALKED_ABOUT' }),
    );
    await request(app).get('/api/graph').query({ center: 'person:priya-raman', depth: 9 }).expect(400);
  });
});

describe('service endpoints', () => {
  it('healthz, readyz and the OpenAPI document', async () => {
    expect((await request(app).get('/healthz').expect(200)).body).toEqual({ status: 'ok' });
    expect((await request(app).get('/readyz').expect(200)).body).toMatchObject({ status: 'ready', posts: 12 });
    const doc = (await request(app).get('/api/openapi.json').expect(200)).body;
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/search',
        '/api/ask',
        '/api/entities',
        '/api/entities/{id}',
        '/api/speakers',
        '/api/events/{id}',
        '/api/posts/{id}/related',
        '/api/graph',
        '/healthz',
        '/readyz',
      ]),
    );
  });

  it('an unknown endpoint is a JSON 404', async () => {
    expect((await request(app).get('/api/nope').expect(404)).body.error.code).toBe('NOT_FOUND');
  });
});
