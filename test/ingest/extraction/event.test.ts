// Which event a write-up covers: title first, then the opening sentence; the date gives the year.
import { describe, expect, it } from 'vitest';
import { extractPost } from '../../../ingest/pipeline/extract-post.js';
import { extractText, lexicon } from '../../helpers/extract-text.js';

describe('detectEvent', () => {
  it.each([
    ['Xen Summit: Day One Highlights', { name: 'Xen Summit', year: 2021 }],
    ['Red Hat Summit 2012: Thursday', { name: 'Red Hat Summit', year: 2012 }],
    ['OpenStack Summit Boston 2017 Recap', { name: 'OpenStack Summit', year: 2017 }],
    ['DevConf.CZ 2019 Recap', { name: 'DevConf.CZ', year: 2019 }],
    ['Gearing up for FUDCon 2011', { name: 'FUDCon', year: 2011 }],
    ['Acme Edge 2016: Day 1 Recap', { name: 'Acme Edge', year: 2016 }],
    ['First day of the Red Hat Summit', { name: 'Red Hat Summit', year: 2021 }],
    ['Less than a week until Fedora Flock 2015', { name: 'Fedora Flock', year: 2015 }],
    ['Notes from DjangoCon US 2016', { name: 'DjangoCon US', year: 2016 }],
    ['KubeCon NA 2019 Recap', { name: 'KubeCon NA', year: 2019 }],
    ['My DjangoCon Europe 2016 highlights', { name: 'DjangoCon Europe', year: 2016 }],
    ['PyCon India 2019: day one notes', { name: 'PyCon India', year: 2019 }],
    ['Notes From Quiet Harbor 2014', { name: 'Quiet Harbor', year: 2014 }],
    ['Quiet Harbor 2014 notes', { name: 'Quiet Harbor', year: 2014 }],
    ['For PyCon 2015 we built a booth', { name: 'PyCon', year: 2015 }],
    ['Attending DjangoCon 2015', { name: 'DjangoCon', year: 2015 }],
  ])('from the title "%s"', (title, event) => {
    expect(extractText('The hall was full.', title).event).toEqual(event);
  });

  it('from an opening sentence that reports being there', () => {
    expect(extractText("I'm really enjoying the Parallels Summit in Washington this week.", 'Notes').event).toEqual({
      name: 'Parallels Summit',
      year: 2021,
    });
  });

  it('from an opening that says who presented at a user group: the meeting, and the group stays a body', () => {
    const x = extractText(
      'On Tuesday Ana Lima and Bo Chen each presented at the [Quux Valley Python User Group](https://quux.example.org/).',
      'Two talks about parsers',
    );
    expect(x.event).toEqual({ name: 'Quux Valley Python User Group', year: 2021 });
    expect(x.entities.filter((e) => e.type === 'Organization').map((e) => e.name)).toEqual([
      'Quux Valley Python User Group',
    ]);
  });

  it('a user group merely named in the opening is no event', () => {
    expect(extractText('Ana Lima runs the Quux Valley Python User Group.', 'Notes on parsers').event).toBeNull();
  });

  it('a product with a year is no event', () => {
    expect(extractText('It was a long upgrade.', 'Moving the office to Windows 2000').event).toBeNull();
  });

  it('null for a post that is not about an event', () => {
    expect(
      extractText('If DNS lookups are slow, check your resolver. I met people at Xen Summit once.', 'Fixing slow DNS')
        .event,
    ).toBeNull();
  });

  it('the covered event is an entity with a COVERS relation; other events stay apart', () => {
    const x = extractText('I first met Dan at FUDCon years ago.', 'Red Hat Summit 2012: Thursday');
    const events = x.entities
      .filter((e) => e.type === 'Event')
      .map((e) => e.name)
      .sort();
    expect(events).toEqual(['FUDCon', 'Red Hat Summit 2012']);
    expect(x.relations.filter((r) => r.type === 'COVERS').map((r) => r.to)).toEqual(['event:red-hat-summit-2012']);
  });

  it.each([
    [
      'a year inside the name',
      'Pizza and talks all day.',
      'Acme 2019 Mentor Summit',
      { name: 'Acme Mentor Summit', year: 2019 },
    ],
    [
      'a title of only a name and a year',
      'Four hundred people came to hear the talks.',
      'Gopherfest Nordic 2016',
      { name: 'Gopherfest Nordic', year: 2016 },
    ],
    [
      'a lone event word in a news title',
      'More than 300 developers came to the first Quux America Summit in Lima.',
      'Summit Draws a Record Crowd',
      { name: 'Quux America Summit', year: 2021 },
    ],
    [
      'a one-word name heading the title',
      'Two hundred developers came to Rustacea for a day of talks.',
      'Rustacea: crabs in the big city',
      { name: 'Rustacea', year: 2021 },
    ],
    [
      'a workshop series',
      'Newcomers packaged their first library.',
      'Contribution Workshop 2022 notes',
      { name: 'Contribution Workshop', year: 2022 },
    ],
    [
      'a coined one-word name over an opening about a conference',
      'Last month two hundred people came to the first Rust conference in Lima.',
      'CrabConfLima: claws out',
      { name: 'CrabConfLima', year: 2021 },
    ],
    [
      'a trip report of a coined name',
      'We knew the language was popular in Peru, and the conference proved it.',
      'QuuxPeru Trip Report',
      { name: 'QuuxPeru', year: 2021 },
    ],
    [
      'two names joined by a plus',
      'The Quux + Frobnicate Conference opens today with talks all day.',
      'Find out more about the Quux + Frobnicate Conference',
      { name: 'Quux + Frobnicate Conference', year: 2021 },
    ],
    [
      "the body's spelling of the title's name",
      'The [Quux.Andes Summit](https://example.org/s) brought together students and developers.',
      'Quux Andes Summit a week to remember',
      { name: 'Quux.Andes Summit', year: 2021 },
    ],
    [
      'an opening "At EVENT YEAR,"',
      'At Frobnicate Days 2019, several members of the team hosted a chat.',
      'A conversation with the team',
      { name: 'Frobnicate Days', year: 2019 },
    ],
    [
      'a two-word head with a version before it, the title casing it otherwise',
      'Linux users of the town held a Frobix 4.1 Launch Party at the local library.',
      'Frobix 4.1 Install party - a short report',
      { name: 'Frobix 4.1 Launch Party', year: 2021 },
    ],
    [
      'an open house the opening names, a region after it',
      'There is a lot going on. Members will hold two sessions during Initech Open House DE 2022.',
      'Online Open House Brings Two Sessions',
      { name: 'Initech Open House DE', year: 2022 },
    ],
  ])('%s', (_what, body, title, event) => {
    expect(extractText(body, title).event).toEqual(event);
  });

  it.each([
    ['"Online" opens no name of a gathering', 'Join the Online Open House next week.', []],
    ['a head alone names no event', 'The Open House starts at noon.', []],
    ['nor does a party without its kind', 'The Quux Party met in Lima.', []],
  ])('%s', (_what, body, events) => {
    const x = extractText(body, 'Notes');
    expect(x.entities.filter((e) => e.type === 'Event').map((e) => e.name)).toEqual(events);
  });

  it('a known company naming a gathering is still read as a name', () => {
    const x = extractText('We went to the Mozilla Open House 2022 in Paris.', 'Notes');
    expect(x.entities.filter((e) => e.name === 'Mozilla').map((e) => e.type)).toEqual(['Organization']);
  });

  it('"last November" in a January post is the year before', () => {
    const text =
      '---\ntitle: "CrabConfLima: claws out"\ndate: 2015-01-09\n---\nLast November two hundred people came to the first Rust conference in Lima.\n';
    expect(extractPost('inline.md', text, { lexicon }).event).toEqual({ name: 'CrabConfLima', year: 2014 });
  });
});

describe('the covered edition', () => {
  it("speakers of this year are not put at next year's edition the post names", () => {
    const x = extractText(
      'Ana Lima talked about Podman at the first day.\n\nSee you at QuuxCon 2022 next spring!',
      'QuuxCon 2021 Recap',
    );
    const name = new Map(x.entities.map((e) => [e.id, e.name]));
    const spokeAt = x.relations.filter((r) => r.type === 'SPOKE_AT').map((r) => name.get(r.to));
    const covers = x.relations.filter((r) => r.type === 'COVERS').map((r) => name.get(r.to));
    expect({ spokeAt, covers }).toEqual({ spokeAt: ['QuuxCon 2021'], covers: ['QuuxCon 2021'] });
  });
});
