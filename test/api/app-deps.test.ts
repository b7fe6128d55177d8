// createApp is built over the QueryApi interface: any implementation will do, here a small fake.
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { TalkgraphError } from '../../src/domain/errors.js';
import type { QueryApi } from '../../src/query/query-api.js';

const unused = () => Promise.reject(new Error('not part of this story'));

/** A read API that knows three posts and one speaker, and no other post. */
const fake: QueryApi = {
  search: unused,
  ask: unused,
  related: (ref) => Promise.reject(new TalkgraphError('NOT_FOUND', 'related', ref.id ?? '', 'no such post')),
  entities: unused,
  entity: unused,
  event: unused,
  speakers: async () => [{ id: 'person:ana-lima', name: 'Ana Lima', projects: [], organizations: [], events: [] }],
  graph: unused,
  post: unused,
  browseIndex: unused,
  feed: unused,
  ready: async () => ({ posts: 3 }),
};

describe('createApp over a QueryApi', () => {
  it('answers readiness and reads from whatever implements the interface', async () => {
    const app = createApp({ service: fake });
    expect((await request(app).get('/readyz').expect(200)).body).toEqual({ status: 'ready', posts: 3 });
    const res = await request(app).get('/api/speakers').expect(200);
    expect(res.body.speakers.map((s: { name: string }) => s.name)).toEqual(['Ana Lima']);
  });

  it("maps the implementation's typed errors to JSON like the real service's", async () => {
    const res = await request(createApp({ service: fake }))
      .get('/api/posts/post:x:y/related')
      .expect(404);
    expect(res.body.error.code).toBe('NOT_FOUND');
  });
});
