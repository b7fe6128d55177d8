// Resolution against the store reads only the stored entities the posts can merge with, and
// rewrites the posts exactly as resolution against every stored entity does.
import { describe, expect, it } from 'vitest';
import {
  type KnownEntity,
  resolveAcrossPosts,
  resolveAgainstStore,
} from '../../../ingest/resolution/resolve-corpus.js';
import { foldForm } from '../../../src/domain/name-fold.js';
import { extractText } from '../../helpers/extract-text.js';

const known = (id: string, type: KnownEntity['type'], name: string, aliases: string[] = []): KnownEntity => ({
  id,
  type,
  name,
  aliases,
  confidence: 0.8,
});

/** A store's 'entities-matching' over `all`, counting what it was asked and gave. */
function lookupOver(all: KnownEntity[]) {
  const seen = { calls: 0, rows: new Set<string>() };
  const lookup = async (ids: string[], forms: string[]) => {
    seen.calls++;
    const rows = all.filter(
      (e) => ids.includes(e.id) || [e.name, ...e.aliases].some((n) => forms.includes(foldForm(n))),
    );
    for (const r of rows) seen.rows.add(r.id);
    return rows;
  };
  return { lookup, seen };
}

const STORED = [
  known('project:xcp', 'Project', 'XCP', ['Xen Cloud Platform']),
  // Joined to XCP only through a stored alias of its own: found in a second round.
  known('project:xen-cloud', 'Project', 'Xen Cloud', ['XCP']),
  known('person:dan-walsh', 'Person', 'Dan Walsh', ['Dan']),
  known('person:lina-haas', 'Person', 'Lina Haas'),
  known('organization:frobnik', 'Organization', 'Frobnik'),
  known('project:podman', 'Project', 'Podman'),
  ...Array.from({ length: 50 }, (_, i) => known(`project:unrelated-${i}`, 'Project', `Unrelated ${i}`)),
];

describe('resolveAgainstStore', () => {
  it.each([
    ['an alias of a stored entity', ['The Xen Cloud Platform is nice.']],
    ['a chain of stored aliases', ['Jonathan Ludlum covered the XCP roadmap.', 'Xen Cloud ships.']],
    ['a lone first name, merged with no one', ['Dan talked about SELinux. Dan was great.']],
    ['stored ids and new ones in several posts', ['Lina Haas from Frobnik talked about Podman.', 'Ana Lima spoke.']],
  ])('gives what resolving against every stored entity gives: %s', async (_what, bodies) => {
    const xs = bodies.map((b) => extractText(b));
    const { lookup, seen } = lookupOver(STORED);
    expect(await resolveAgainstStore(xs, lookup)).toEqual(resolveAcrossPosts(xs, STORED));
    // Only what can merge is read: never the unrelated entities.
    expect([...seen.rows].filter((id) => id.startsWith('project:unrelated'))).toEqual([]);
  });

  it('follows stored aliases until nothing new can join', async () => {
    const xs = [extractText('The Xen Cloud Platform is nice.')];
    const { lookup, seen } = lookupOver(STORED);
    const [x] = await resolveAgainstStore(xs, lookup);
    expect(seen.rows).toEqual(new Set(['project:xcp', 'project:xen-cloud']));
    expect(x!.entities.find((e) => e.type === 'Project')?.id).toBe('project:xcp');
  });
});
