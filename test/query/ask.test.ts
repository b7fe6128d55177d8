// Questions: parsing cases, forgiving entity finding, and answers with evidence.
import { beforeAll, describe, expect, it } from 'vitest';
import { parseQuestion } from '../../src/query/parse-question.js';
import type { QueryService } from '../../src/query/query-service.js';
import { corpusOf, serviceOver } from '../helpers/service.js';

describe('parseQuestion', () => {
  it.each([
    ['who talked about credit2', 'speakers'],
    ['who spoke at Xen Summit 2010', 'speakers'],
    ['what did George Dunlap talk about', 'topics'],
    ['where does Konrad Wilk work', 'employer'],
    ['who does Jim Curry work for', 'employer'],
    ['which talks at Red Hat Summit 2012', 'talks'],
    ['posts about Open vSwitch', 'posts'],
    ['speakers xen summit', 'speakers'],
    ['credit2', 'unknown'],
  ])('"%s" asks for %s', (q, want) => {
    expect(parseQuestion(q).want).toBe(want);
  });

  it('keeps a topic written like a verb after "about"', () => {
    expect(parseQuestion('who talked about distributed tracing').content).toEqual(['distributed', 'tracing']);
  });

  it('keeps the years and the content words that rank answers', () => {
    const q = parseQuestion('who gave the robotics keynote at OpenStack Summit 2017');
    expect(q.years).toEqual([2017]);
    expect(q.content).toEqual(expect.arrayContaining(['robotics', 'keynote']));
  });
});

const post = (slug: string, title: string, body: string) =>
  `---\ntitle: "${title}"\nauthor: Kim Hale\ndate: 2010-04-29\nslug: ${slug}\n---\n${body}\n`;

let service: QueryService;
beforeAll(async () => {
  const dir = corpusOf({
    'a.md': post(
      'xen-day-one',
      'Xen Summit 2010: Day One',
      'George Dunlap talked about the new "credit2" scheduler. [Konrad Wilk](https://www.linkedin.com/in/example) from Oracle talked about the Xen Cloud Platform (XCP).',
    ),
    'b.md': post(
      'xen-day-two',
      'Xen Summit 2010: Day Two',
      'Lena Ford gave a talk about deep learning on GPUs with Xen. Omar Haddad also discussed distributed tracing at the summit.',
    ),
    'c.md': post('xcp-notes', 'Notes on XCP', 'We installed XCP on two servers last week.'),
  });
  service = (await serviceOver([dir])).service;
});

describe('ask', () => {
  it.each([
    ['who talked about credit2', 'speakers-of', ['George Dunlap']],
    ['who talked about Credit 2', 'speakers-of', ['George Dunlap']],
    ['credit2 talks', 'speakers-of', ['George Dunlap']],
    ['who spoke at Xen Summit 2010', 'speakers-at', ['George Dunlap', 'Konrad Wilk', 'Lena Ford', 'Omar Haddad']],
    ['speakers xen summit', 'speakers-at', ['George Dunlap', 'Konrad Wilk', 'Lena Ford', 'Omar Haddad']],
    ['what did George Dunlop talk about', 'talks-of', ['credit2']],
    ['where does Konrad Wilk work', 'affiliations-of', ['Oracle']],
    ['who talked about xcp', 'speakers-of', ['Konrad Wilk']],
    ['who talked about Xen Cloud Platform', 'speakers-of', ['Konrad Wilk']],
    ['who talked about deep learning', 'topic-speakers', ['Lena Ford']],
    ['who talked about distributed tracing', 'topic-speakers', ['Omar Haddad']],
  ])('"%s"', async (q, intent, names) => {
    const r = await service.ask(q);
    expect(r.intent).toBe(intent);
    expect(r.answers.map((a) => a.name).sort()).toEqual([...names].sort());
    expect(r.answers.every((a) => a.evidence.length > 0 && a.evidence.every((e) => e.sentence && e.title))).toBe(true);
  });

  it('"posts about X" lists the posts of the entity, alias included', async () => {
    const r = await service.ask('posts about Xen Cloud Platform');
    expect(r.intent).toBe('posts-about');
    expect(r.posts.map((p) => p.id).sort()).toEqual(['post:test:xcp-notes', 'post:test:xen-day-one']);
  });

  it('a search for an alias finds the posts of its entity', async () => {
    const r = await service.search('Xen Cloud Platform');
    expect(r.posts.map((p) => p.id)).toEqual(expect.arrayContaining(['post:test:xcp-notes', 'post:test:xen-day-one']));
    expect([r.entity?.name, ...(r.entity?.aliases ?? [])]).toEqual(
      expect.arrayContaining(['XCP', 'Xen Cloud Platform']),
    );
  });

  it('exact matches rank above fuzzy ones', async () => {
    const r = await service.search('credit2');
    expect(r.posts[0]!.id).toBe('post:test:xen-day-one');
    expect(r.posts[0]!.snippet).toContain('<mark>credit2</mark>');
  });
});
