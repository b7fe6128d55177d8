// Questions answered with evidence a reader can trust: "who works at X" from affiliations,
// each sentence naming both ends with the names marked and the post's date.
import { beforeAll, describe, expect, it } from 'vitest';
import type { QueryService } from '../../src/query/query-service.js';
import { corpusOf, serviceOver } from '../helpers/service.js';

let service: QueryService;
const post = (title: string, date: string, body: string) =>
  `---\ntitle: '${title}'\nauthor: Kim Hale\ndate: ${date}\n---\n${body}\n`;

beforeAll(async () => {
  const dir = corpusOf({
    'a.md': post('DevConf notes', '2019-01-31', 'Dana Cole from Red Hat talked about Podman and rootless containers.'),
    'b.md': post(
      'Summit notes',
      '2019-05-07',
      'Sam Ortiz talked about OpenShift upgrades. Dana Cole from Red Hat talked about Podman again.',
    ),
  });
  service = (await serviceOver([dir])).service;
}, 60_000);

describe('ask, with trusted evidence', () => {
  it('"who works at red hat" is answered from affiliations, not from talks', async () => {
    const r = await service.ask('who works at red hat');
    expect(r.intent).toBe('members-of');
    expect(r.answers.map((a) => a.name)).toEqual(['Dana Cole']);
    const e = r.answers[0]!.evidence[0]!;
    expect(e.highlight!.marks.map(([s, t]) => e.sentence.slice(s, t))).toEqual(['Dana Cole', 'Red Hat']);
    expect(e.date).toMatch(/^2019-/);
  });

  it('"who talked about podman" shows sentences naming the speaker and the topic', async () => {
    const r = await service.ask('who talked about podman');
    const dana = r.answers.find((a) => a.name === 'Dana Cole')!;
    for (const e of dana.evidence) expect(e.sentence).toMatch(/Dana Cole.*Podman/);
  });
});
