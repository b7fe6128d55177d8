// Resolution: one entity per real thing within a post.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../helpers/extract-text.js';

const entity = (x: ReturnType<typeof extractText>, name: string) => x.entities.find((e) => e.name === name);

describe('resolvePost', () => {
  it('a first name alone refers back to the full name', () => {
    const x = extractText('Konrad Wilk from Oracle talked about Xen. Later Jeremy helped Konrad answer questions.');
    expect(x.entities.filter((e) => e.type === 'Person' && /Konrad/.test(e.name)).map((e) => e.id)).toEqual([
      'person:konrad-wilk',
    ]);
    expect(entity(x, 'Konrad Wilk')?.aliases).toContain('Konrad');
  });

  it('a surname alone refers back too, and possessives are dropped', () => {
    const x = extractText("Dana Brooks talked about Ansible. Brooks's slides were great.");
    expect(
      x.entities
        .filter((e) => e.type === 'Person')
        .map((e) => e.name)
        .sort(),
    ).toEqual(['Dana Brooks', 'Pat Writer']);
  });

  it('an acronym and its expansion are one entity', () => {
    const x = extractText('The Xen Client Initiative looks promising. We saw a demo of XCI.');
    const xci = x.entities.filter((e) => e.name === 'XCI' || e.aliases.includes('XCI'));
    expect(xci).toHaveLength(1);
    expect([xci[0]!.name, ...xci[0]!.aliases]).toEqual(expect.arrayContaining(['XCI', 'Xen Client Initiative']));
  });

  it('an acronym defined in parentheses takes its expansion as an alias', () => {
    const x = extractText('Our project, called Continuous Kernel Integration (CKI), tests kernels.');
    expect(entity(x, 'CKI')?.aliases).toContain('Continuous Kernel Integration');
    expect(x.entities.some((e) => e.name === 'Continuous Kernel Integration')).toBe(false);
  });

  it('case variants meet under the lexicon name', () => {
    const x = extractText('Openstack is everywhere. OpenStack users agree.');
    const os = x.entities.filter((e) => e.type === 'Project');
    expect(os.map((e) => e.name)).toEqual(['OpenStack']);
    expect(os[0]!.aliases).toContain('Openstack');
  });

  it("an owner's name before a product the post also names alone is that product", () => {
    const x = extractText(
      'Quuxsoft, a software company, ships Lantern 16.0 today. Users love Quuxsoft Lantern 16.0 now.',
    );
    const lantern = x.entities.filter((e) => /Lantern/.test(e.name));
    expect(lantern).toHaveLength(1);
    expect([lantern[0]!.name, ...lantern[0]!.aliases]).toEqual(expect.arrayContaining(['Lantern', 'Quuxsoft Lantern']));
  });

  it('a lone given name the post calls a kind of thing is that thing everywhere in the post', () => {
    const x = extractText(
      'Kenji Is More Than a Browser was the first talk. The demo showed Kenji, a small, fast browser.',
    );
    expect(x.entities.filter((e) => e.name === 'Kenji').map((e) => e.type)).toEqual(['Project']);
  });

  it('ids are stable slugs of the canonical name', () => {
    const x = extractText('George Dunlap talked about the "credit2" scheduler in Open vSwitch land.');
    expect(x.entities.map((e) => e.id)).toEqual(
      expect.arrayContaining(['person:george-dunlap', 'project:credit2', 'project:open-vswitch']),
    );
  });
});
