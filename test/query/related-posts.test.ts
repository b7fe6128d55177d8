// Related posts on a small corpus written for it: the other days of a summit come first.
import { beforeAll, describe, expect, it } from 'vitest';
import type { QueryService } from '../../src/query/query-service.js';
import { corpusOf, serviceOver } from '../helpers/service.js';

const post = (slug: string, title: string, date: string, body: string) =>
  `---\ntitle: "${title}"\nauthor: Kim Hale\ndate: ${date}\nslug: ${slug}\n---\n${body}\n`;

let service: QueryService;
beforeAll(async () => {
  const dir = corpusOf({
    'a.md': post(
      'nimbus-2020-day-one',
      'Nimbus Summit 2020: Day One',
      '2020-03-02',
      'Ana Ruiz talked about Kubernetes operators. Later, Bo Chen covered Ceph.',
    ),
    'b.md': post(
      'nimbus-2020-day-two',
      'Nimbus Summit 2020: Day Two',
      '2020-03-03',
      'Carl Oduya talked about Podman and rootless containers.',
    ),
    'c.md': post(
      'nimbus-2019-recap',
      'Nimbus Summit 2019 Recap',
      '2019-03-10',
      'Dee Park talked about Ceph and Kubernetes upgrades.',
    ),
    'd.md': post(
      'ceph-tuning',
      'Tuning Ceph for small clusters',
      '2021-01-05',
      'Ceph needs care on small clusters; Kubernetes makes it easier.',
    ),
    'e.md': post('garden', 'My tomato garden', '2021-06-01', 'Tomatoes need sun and water.'),
  });
  service = (await serviceOver([dir])).service;
});

describe('related posts', () => {
  it('puts the other day of the same summit first, then the same series, each with reasons', async () => {
    const { related } = await service.related({ id: 'post:test:nimbus-2020-day-one' }, 5);
    expect(related[0]).toMatchObject({
      id: 'post:test:nimbus-2020-day-two',
      reasons: expect.arrayContaining(['same event: Nimbus Summit 2020']),
    });
    expect(related[1]).toMatchObject({
      id: 'post:test:nimbus-2019-recap',
      why: expect.stringContaining('same event series: Nimbus Summit'),
    });
    expect(related[1]!.why).toMatch(/shares: .*Ceph/);
  });

  it('never lists the post itself, and answers the same way every time', async () => {
    const a = await service.related({ id: 'post:test:nimbus-2020-day-one' }, 10);
    const b = await service.related({ id: 'post:test:nimbus-2020-day-one' }, 10);
    expect(a).toEqual(b);
    expect(a.related.map((r) => r.id)).not.toContain('post:test:nimbus-2020-day-one');
  });

  it('returns the best candidates even when they are weak', async () => {
    const { related } = await service.related({ id: 'post:test:ceph-tuning' }, 3);
    expect(related.length).toBeGreaterThan(0);
    expect(related.every((r) => r.reasons.length > 0)).toBe(true);
  });
});
