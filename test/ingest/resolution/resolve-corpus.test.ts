// Resolution across posts, and the merge suggestions a person reviews.
import { describe, expect, it } from 'vitest';
import { resolveAcrossPosts } from '../../../ingest/resolution/resolve-corpus.js';
import { suggestMerges } from '../../../ingest/resolution/suggest-merges.js';
import { extractText } from '../../helpers/extract-text.js';

describe('resolveAcrossPosts', () => {
  it("the corpus votes on a name's type: a project in three posts is no organization in a fourth", () => {
    const project = (n: number) => extractText(`Release ${n} of the Frobnik project shipped.`);
    const org = extractText('Someone who works at Frobnik asked a question.');
    const all = resolveAcrossPosts([project(1), project(2), project(3), org]);
    expect(all.map((x) => x.entities.find((e) => e.name === 'Frobnik')?.type)).toEqual([
      'Project',
      'Project',
      'Project',
      'Project',
    ]);
  });

  it('a post that states the type keeps it against the vote', () => {
    const project = (n: number) => extractText(`Release ${n} of the Frobnik project shipped.`);
    const org = extractText('Lina Haas from Frobnik talked about Kubernetes.');
    const last = resolveAcrossPosts([project(1), project(2), project(3), org]).at(-1)!;
    expect(last.entities.find((e) => e.name === 'Frobnik')?.type).toBe('Organization');
  });

  it('an acronym in one post and its expansion (with that acronym) in another become one', () => {
    const a = extractText('The Xen Cloud Platform (XCP) keeps growing.');
    const b = extractText('Jonathan Ludlum covered the XCP roadmap.');
    const [ra, rb] = resolveAcrossPosts([a, b]);
    const idA = ra!.entities.find(
      (e) => e.aliases.includes('Xen Cloud Platform') || e.name === 'Xen Cloud Platform',
    )!.id;
    expect(rb!.relations.find((r) => r.type === 'TALKED_ABOUT')!.to).toBe(idA);
  });

  it('a lone first name in two posts is not merged with anyone', () => {
    const a = extractText('Dan Walsh talked about SELinux. Dan was great.');
    const b = extractText('Dan Smith talked about Podman. Dan was funny.');
    const people = resolveAcrossPosts([a, b]).flatMap((x) =>
      x.entities.filter((e) => e.type === 'Person').map((e) => e.id),
    );
    expect(new Set(people)).toEqual(new Set(['person:dan-walsh', 'person:dan-smith', 'person:pat-writer']));
  });

  it('keeps ids the store already has, and merges their aliases as absolute values', () => {
    const known = [
      { id: 'project:xcp', type: 'Project' as const, name: 'XCP', aliases: ['Xen Cloud Platform'], confidence: 0.9 },
    ];
    const [x] = resolveAcrossPosts([extractText('The Xen Cloud Platform is nice.')], known);
    expect(x!.entities.find((e) => e.type === 'Project')).toMatchObject({ id: 'project:xcp', name: 'XCP' });
  });
});

describe('suggestMerges', () => {
  const e = (id: string, type: 'Person' | 'Project', name: string, aliases: string[] = []) => ({
    id,
    type,
    name,
    aliases,
  });
  it.each([
    [
      e('person:konrad-wilk', 'Person', 'Konrad Wilk'),
      e('person:konrad-rzeszutek-wilk', 'Person', 'Konrad Rzeszutek Wilk'),
      'same first and last name, middle differs',
    ],
    [
      e('person:george-dunlap', 'Person', 'George Dunlap'),
      e('person:george-dunlop', 'Person', 'George Dunlop'),
      'surnames a letter or two apart',
    ],
    [
      e('project:open-vswitch', 'Project', 'Open vSwitch'),
      e('project:openvswitch', 'Project', 'OpenvSwitch'),
      'same name but for spaces or punctuation',
    ],
    [
      e('project:xcp', 'Project', 'XCP'),
      e('project:xen-cloud-platform', 'Project', 'Xen Cloud Platform'),
      'acronym of the other',
    ],
  ])('%s ~ %s', (a, b, reason) => {
    expect(suggestMerges([a, b]).map((s) => s.reason)).toEqual([reason]);
  });

  it('different things are not suggested', () => {
    expect(
      suggestMerges([
        e('person:dan-walsh', 'Person', 'Dan Walsh'),
        e('person:dan-smith', 'Person', 'Dan Smith'),
        e('project:xen', 'Project', 'Xen'),
      ]),
    ).toEqual([]);
  });
});
