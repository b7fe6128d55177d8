// The contract, extended to every endpoint: the API gives the same answers over the embedded
// store and over Neo4j, for the same fixture corpus. Needs Neo4j.

import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { GraphStore } from '../../src/stores/graph-store.js';
import { serviceOver } from '../helpers/service.js';
import { storesUnderTest } from '../helpers/stores.js';

describe.skipIf(!inject('neo4j'))('API contract: embedded and Neo4j answer alike', () => {
  const apps: Express[] = [];
  const stores: GraphStore[] = [];
  let entityIds: string[] = [];
  let postIds: string[] = [];

  beforeAll(async () => {
    for (const sut of storesUnderTest()) {
      const { app, store } = await serviceOver(['examples'], await sut.open());
      apps.push(app);
      stores.push(store);
    }
    entityIds = (await stores[0]!.query('entities', { type: null, limit: 10_000 })).map((e) => e.id);
    postIds = (await stores[0]!.query('stored-posts', {})).map((p) => p.post);
  });
  afterAll(async () => {
    for (const s of stores) await s.close();
  });

  async function same(url: string): Promise<void> {
    const [a, b] = await Promise.all(apps.map((app) => request(app).get(url)));
    expect(b!.status, url).toBe(a!.status);
    expect(b!.type, url).toBe(a!.type);
    expect(b!.body, url).toEqual(a!.body);
    // Each app listens on its own port: the feed's self links differ only there.
    const host = (t: string) => t.replace(/\/\/127\.0\.0\.1:\d+/g, '//host');
    if (a!.type.includes('atom')) expect(host(b!.text), url).toBe(host(a!.text));
  }

  it('search and ask', async () => {
    const qs = [
      'podman',
      'kubernetes operators',
      '"sidecar container"',
      'Ceph',
      'nftables firewalld',
      'who talked about Podman',
      'who spoke at KubeCon 2023',
      'what did Priya Raman talk about',
      'where does Carlos Mendez work',
      'which talks at FOSDEM 2024',
      'posts about Ceph',
      'who talked about pooling',
      'Kuberentes',
    ];
    for (const q of qs) {
      await same(`/api/search?q=${encodeURIComponent(q)}`);
      await same(`/api/ask?q=${encodeURIComponent(q)}`);
    }
  });

  it('entities: lists, filters and every profile, event, feed and graph', async () => {
    for (const url of [
      '/api/entities',
      '/api/entities?type=person',
      '/api/entities?type=project&q=po',
      '/api/speakers',
    ])
      await same(url);
    for (const id of [...entityIds, 'person:nobody']) {
      const e = encodeURIComponent(id);
      await same(`/api/entities/${e}`);
      await same(`/api/events/${e}`);
      await same(`/api/graph?center=${e}&depth=2`);
      await same(`/api/entities/${e}/feed.atom`);
    }
  });

  it('related posts of every post', async () => {
    for (const id of [...postIds, 'post:none']) await same(`/api/posts/${encodeURIComponent(id)}/related?limit=5`);
    await same('/api/posts/related?url=%2F2017%2F03%2F09%2Fscale-15x-recap%2F');
  });

  it('post pages, index pages and filtered search', async () => {
    for (const id of [...postIds, 'post:none']) await same(`/api/posts/${encodeURIComponent(id)}`);
    for (const kind of ['events', 'organizations', 'projects', 'people', 'places']) await same(`/api/browse/${kind}`);
    for (const q of ['talked', 'google', 'kubernets']) {
      await same(`/api/search?q=${q}&sort=date&limit=3&offset=1`);
      await same(`/api/search?q=${q}&type=organization`);
    }
  });
});
