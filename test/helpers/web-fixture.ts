// Test helper for the web UI: posts written for these tests, ingested into a fresh store and
// served on a loopback port; plus a hand-built hub graph (one project, 100 speakers) for the
// graph explorer's readability budget.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp } from '../../src/api/app.js';
import { createServices } from '../../src/cli/create-services.js';
import type { Entity, Extraction, Relation } from '../../src/domain/model.js';
import { corpusOf, serviceOver } from './service.js';

const post = (
  slug: string,
  title: string,
  date: string,
  body: string,
  url = `https://blog.example/${date.slice(0, 4)}/${slug}/`,
) => `---\ntitle: '${title}'\nauthor: Kim Hale\ndate: ${date}\nurl: ${url}\n---\n${body}\n`;

/** A small blog: two Xen Summit days, a KubeCon, and 24 short Ceph notes (for paging). */
export function blogCorpus(): string {
  const posts: Record<string, string> = {
    'xen-1.md': post(
      'xen-day-one',
      'Xen Summit 2010: Day One',
      '2010-04-29',
      'George Dunlap talked about the new credit2 scheduler for Xen. [Konrad Wilk](https://www.linkedin.com/in/example) from Oracle talked about PVOps kernels.',
    ),
    'xen-2.md': post(
      'xen-day-two',
      'Xen Summit 2010: Day Two',
      '2010-04-30',
      'Lena Ford talked about XenServer and the credit2 scheduler in production.',
    ),
    'xen-3.md': post(
      'xen-summit-2011',
      'Xen Summit 2011 recap',
      '2011-08-02',
      'At Xen Summit 2011 George Dunlap talked about credit2 again.',
    ),
    'kube.md': post(
      'kubecon',
      'KubeCon 2023 notes',
      '2023-04-18',
      'Priya Raman from Google talked about Kubernetes and Open vSwitch networking.',
    ),
  };
  for (let i = 1; i <= 24; i++) {
    const d = `20${String(12 + (i % 6)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`;
    posts[`ceph-${i}.md`] = post(
      `ceph-note-${i}`,
      `Ceph storage note ${i}`,
      d,
      `Note ${i} about running Ceph clusters. We replaced disk ${i} and the Ceph cluster healed.`,
    );
  }
  return corpusOf(posts);
}

/** The app over `blogCorpus()`. */
export async function blogApp() {
  return (await serviceOver([blogCorpus()])).app;
}

/** A hub: `n` speakers who each talked about the project "credit2" at Xen Summit 2010. */
export async function hubApp(n = 100) {
  const dir = mkdtempSync(path.join(tmpdir(), 'talkgraph-hub-'));
  const services = await createServices({ data: dir, env: {} });
  const { store, index } = services;
  const hub: Entity = { id: 'project:credit2', type: 'Project', name: 'credit2', aliases: [], confidence: 1 };
  const event: Entity = {
    id: 'event:xen-summit-2010',
    type: 'Event',
    name: 'Xen Summit 2010',
    aliases: [],
    confidence: 1,
  };
  const writes = [];
  const docs: Array<{ extraction: Extraction; text: string }> = [];
  for (let i = 0; i < n; i++) {
    const name = `Speaker ${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 26)} Example`;
    const person: Entity = { id: `person:speaker-${i}`, type: 'Person', name, aliases: [], confidence: 1 };
    const id = `post:hub-${i}`;
    const sentence = `${name} talked about credit2 at Xen Summit 2010.`;
    const rel = (type: Relation['type'], from: string, to: string): Relation => ({
      type,
      from,
      to,
      evidence: { post: id, sentence },
    });
    const x: Extraction = {
      post: {
        id,
        title: `Hub post ${i}`,
        date: '2010-04-29',
        url: `/hub/${i}/`,
        author: null,
        authors: [],
        tags: [],
        categories: [],
        source: `${i}.md`,
      },
      event: { name: 'Xen Summit', year: 2010 },
      entities: [hub, event, person],
      relations: [
        rel('TALKED_ABOUT', person.id, hub.id),
        rel('SPOKE_AT', person.id, event.id),
        rel('MENTIONS', id, hub.id),
        rel('MENTIONS', id, person.id),
        rel('COVERS', id, event.id),
      ],
    };
    writes.push({ extraction: x, hash: String(i) });
    docs.push({ extraction: x, text: sentence });
  }
  await store.writePosts(writes);
  await index.putAll(docs);
  return createApp({ service: await services.query() });
}
