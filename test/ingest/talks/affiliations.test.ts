// Person-to-organization links, each stated shape as a sentence.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../helpers/extract-text.js';

function affiliations(body: string): string[] {
  const x = extractText(body);
  const name = new Map(x.entities.map((e) => [e.id, e.name]));
  return x.relations.filter((r) => r.type === 'AFFILIATED_WITH').map((r) => `${name.get(r.from)} @ ${name.get(r.to)}`);
}

describe('affiliations', () => {
  it.each([
    ['X from ORG', 'Tom Baker from AMD talked about hardware.', ['Tom Baker @ AMD']],
    ['X of ORG', 'My favorite keynote was from Lena Fischer of Cisco.', ['Lena Fischer @ Cisco']],
    ["ORG's own X", "There was a video with Rackspace's own Jim Porter.", ['Jim Porter @ Rackspace']],
    ["ORG's CTO, X", "The morning had a keynote from Red Hat's CTO, Brian Holt.", ['Brian Holt @ Red Hat']],
    ['X (ORG)', 'Later, Tomasz Zielinski (Red Hat) presented firewalld.', ['Tomasz Zielinski @ Red Hat']],
    ['the author at work', "I'm sharing some use cases from my daily work at Rackspace.", ['Pat Writer @ Rackspace']],
  ])('%s', (_shape, body, expected) => {
    expect(affiliations(body)).toEqual(expected);
  });

  it('an employer of another sentence is not assumed', () => {
    expect(affiliations('Tom Baker talked about Xen. AMD had a booth.')).toEqual([]);
  });
});
