// The curation file: decisions made once, applied to every extraction.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyCuration, EMPTY_CURATION, loadCuration } from '../../../ingest/resolution/curation.js';
import { hasCode } from '../../../src/domain/errors.js';
import { extractText } from '../../helpers/extract-text.js';

const dir = mkdtempSync(path.join(tmpdir(), 'talkgraph-curation-'));
const file = (name: string, text: string) => {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe('loadCuration', () => {
  it('no file means no decisions', () => {
    expect(loadCuration(path.join(dir, 'absent.yaml'))).toEqual(EMPTY_CURATION);
  });

  it('reads every kind of decision', () => {
    const c = loadCuration(
      file(
        'ok.yaml',
        [
          'merge:',
          '  - into: Konrad Wilk',
          '    from: [Konrad Rzeszutek Wilk]',
          'reject:',
          '  - {name: Dave, type: Person}',
          'rename:',
          '  - {id: project:xcp, name: XCP}',
          'retype:',
          '  - {id: project:ibm-edge, type: Event}',
          'alias:',
          '  - {id: project:xcp, add: [Xen Cloud Platform]}',
        ].join('\n'),
      ),
    );
    expect(c.merge[0]!.from).toEqual(['Konrad Rzeszutek Wilk']);
    expect(c.reject).toEqual([{ name: 'Dave', type: 'Person' }]);
  });

  it.each([
    ['bad YAML', 'merge: [unclosed'],
    ['an unknown decision', 'delete: [x]'],
    ['an unknown type', 'retype:\n  - {id: x, type: Robot}'],
  ])('refuses %s with CURATION_INVALID naming the file', (_label, text) => {
    const p = file('bad.yaml', text);
    let err: unknown;
    try {
      loadCuration(p);
    } catch (e) {
      err = e;
    }
    expect(hasCode(err, 'CURATION_INVALID')).toBe(true);
    expect(String(err)).toContain(p);
  });
});

describe('applyCuration', () => {
  const x = extractText(
    "Konrad Rzeszutek Wilk from Oracle talked about Xen. The party was at Dave and Buster's, where Dave Smith talked about Podman.",
  );

  it('merges a duplicate into the name the user chose, keeping its relations', () => {
    const c = applyCuration(x, {
      ...EMPTY_CURATION,
      merge: [{ into: 'Konrad Wilk', from: ['Konrad Rzeszutek Wilk'] }],
    });
    const konrad = c.entities.find((e) => e.id === 'person:konrad-wilk');
    expect(konrad?.aliases).toContain('Konrad Rzeszutek Wilk');
    expect(c.relations.some((r) => r.type === 'TALKED_ABOUT' && r.from === 'person:konrad-wilk')).toBe(true);
    expect(c.entities.some((e) => e.id === 'person:konrad-rzeszutek-wilk')).toBe(false);
  });

  it('rejects an entity and every relation that touches it', () => {
    const c = applyCuration(x, { ...EMPTY_CURATION, reject: ['person:dave-smith'] });
    expect(c.entities.some((e) => e.id === 'person:dave-smith')).toBe(false);
    expect(c.relations.some((r) => r.from === 'person:dave-smith' || r.to === 'person:dave-smith')).toBe(false);
  });

  it('splits an entity of one post into the entity that post means', () => {
    const c = applyCuration(x, {
      ...EMPTY_CURATION,
      split: [{ id: 'project:xen', posts: { [x.post.id]: 'Xen Hypervisor' } }],
    });
    expect(c.entities.some((e) => e.id === 'project:xen-hypervisor')).toBe(true);
    expect(c.relations.some((r) => r.to === 'project:xen')).toBe(false);
  });
});
