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
    [
      '"its CEO X" after the organization',
      'Later I visited the startup company Quuxly, at the invitation of its CEO Ana Lima.',
      ['Ana Lima @ Quuxly'],
    ],
    ['"its" without a role', 'I visited Quuxly, and its founders met Ana Lima there.', []],
    ['X of ORG', 'My favorite keynote was from Lena Fischer of Cisco.', ['Lena Fischer @ Cisco']],
    [
      "an unknown ORG's X, a given name no English lexicon knows",
      "Then Quuxly's Priya Raman talked about queues.",
      ['Priya Raman @ Quuxly'],
    ],
    [
      "X, an unknown ORG's head of",
      "Priya Raman, Quuxly's head of infrastructure, talked about queues.",
      ['Priya Raman @ Quuxly'],
    ],
    ['X (@handle) from ORG', 'Priya Raman (@priya) from Cisco talked about queues.', ['Priya Raman @ Cisco']],
    [
      'X, who recently joined ORG',
      'Priya Raman, who recently joined Cisco, talked about queues.',
      ['Priya Raman @ Cisco'],
    ],
    ['X, representing ORG', 'Priya Raman, representing Cisco, talked about queues.', ['Priya Raman @ Cisco']],
    ['X, from ORG,', 'Ilse Brandt, from Cisco, gave a talk about routing.', ['Ilse Brandt @ Cisco']],
    ['X, ORG role', 'Later Ilse Brandt, Frob team manager said it was fun.', ['Ilse Brandt @ Frob team']],
    [
      'ORG members like X',
      'There were Frob team members like Ilse Brandt behind the scenes.',
      ['Ilse Brandt @ Frob team'],
    ],
    [
      'a group of ORG named in the next sentence',
      'Several members of the Frob team hosted a "Fireside chat." Ilse Brandt, David Symonds, and Tom Baker took questions.',
      ['Ilse Brandt @ Frob team', 'David Symonds @ Frob team', 'Tom Baker @ Frob team'],
    ],
    [
      'a given name alone from ORG',
      'Emmanuel from Frobnicate Lab told us about his year.',
      ['Emmanuel @ Frobnicate Lab'],
    ],
    [
      'X from a hand-listed project',
      'The session was driven by Martin Keller from Jenkins.',
      ['Martin Keller @ Jenkins'],
    ],
    ["ORG's own X", "There was a video with Rackspace's own Jim Porter.", ['Jim Porter @ Rackspace']],
    ["ORG's CTO, X", "The morning had a keynote from Red Hat's CTO, Brian Holt.", ['Brian Holt @ Red Hat']],
    ['X (ORG)', 'Later, Tomasz Zielinski (Red Hat) presented firewalld.', ['Tomasz Zielinski @ Red Hat']],
    [
      'a "Name, Company" speaker line',
      'Speaker: Karla Obi, Quuxbrite\nTalk: Scaling the ORM',
      ['Karla Obi @ Quuxbrite'],
    ],
    [
      'a "Name — Company" list item',
      '* Karla Obi — Quuxbrite\n* Tomas Berg - Zentrik Labs',
      ['Karla Obi @ Quuxbrite', 'Tomas Berg @ Zentrik Labs'],
    ],
    ['a "Name — Title" list item names no company', '* Karla Obi — Scaling the ORM', []],
    [
      'a "Title — Name, Company" list item',
      '* Scaling the ORM — Karla Obi, Zentrik Varo',
      ['Karla Obi @ Zentrik Varo'],
    ],
    ['no company from a place closing the line', '* Scaling the ORM — Karla Obi, Berlin', []],
    ['the author at work', "I'm sharing some use cases from my daily work at Rackspace.", ['Pat Writer @ Rackspace']],
    [
      "the author's own role at ORG",
      "I'm a frontend engineer at Quuxly and a Frobnik Board member.",
      ['Pat Writer @ Quuxly', 'Pat Writer @ Frobnik Board'],
    ],
    ['the author merely at a place of ORG', 'I am at the Quuxly booth all day.', []],
    ["X, ORG's role", 'The keynote came from Olga Berg, Red Hat’s president of engineering.', ['Olga Berg @ Red Hat']],
    [
      'X (role at ORG)',
      'Examples came from Felix Amari (Developer Advocate at Google) during the lab.',
      ['Felix Amari @ Google'],
    ],
    [
      'X, who founded ORG',
      'Petra Lind, who founded Frobnicate Labs, gave the closing talk.',
      ['Petra Lind @ Frobnicate Labs'],
    ],
    [
      'ORG role X',
      'Later that day Frobnicate Labs CEO Petra Lind spoke about open hardware.',
      ['Petra Lind @ Frobnicate Labs'],
    ],
    [
      "ORG's X (an organization known only by owning a person)",
      "Frobnix's Michael Lind will deliver a keynote on Ceph.",
      ['Michael Lind @ Frobnix'],
    ],
    [
      'X - a role at ORG',
      '- [Fast Queues](https://example.com/v/1) by Ines Moreau - a principal engineer at Frobnicate Labs shares her story.',
      ['Ines Moreau @ Frobnicate Labs'],
    ],
    [
      'X - the founder of ORG',
      '- [Profiling](https://example.com/v/2) by Omar Haddad - the founder of Zentrik Inc. talks about tools.',
      ['Omar Haddad @ Zentrik Inc.'],
    ],
    [
      'X - an ORG role',
      '- [Comedy Hour](https://example.com/v/3) by Rita Okafor - a Frobnicate Labs engineer tells jokes.',
      ['Rita Okafor @ Frobnicate Labs'],
    ],
    [
      'X, a member of TEAM at ORG',
      'Jonas Berg, a member of the Compiler Team at Frobnicate Labs, gave a tour.',
      ['Jonas Berg @ Compiler Team', 'Jonas Berg @ Frobnicate Labs'],
    ],
    [
      'ORG officer X (a given name that is an English word)',
      'Frobnicate Labs CEO Jan Kowalczyk will open the day.',
      ['Jan Kowalczyk @ Frobnicate Labs'],
    ],
  ])('%s', (_shape, body, expected) => {
    expect(affiliations(body)).toEqual(expected);
  });

  it('a project the person maintains is no employer', () => {
    expect(affiliations('Ines Moreau, the maintainer of Frobnicate Labs, gave a talk.')).toEqual([]);
  });

  it('an employer of another sentence is not assumed', () => {
    expect(affiliations('Tom Baker talked about Xen. AMD had a booth.')).toEqual([]);
  });
});
