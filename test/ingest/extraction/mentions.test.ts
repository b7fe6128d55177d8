// Entity finding and its noise rules, on sentences written for the purpose.
import { describe, expect, it } from 'vitest';
import { extractText, namesOf } from '../../helpers/extract-text.js';

describe('entity types', () => {
  it.each([
    ['a full name', 'Yesterday Grace Kim walked the floor.', 'Person', 'Grace Kim'],
    ['a name with St.', 'Later Mark St. Laurent answered questions.', 'Person', 'Mark St. Laurent'],
    [
      'a profile link makes a name a person',
      'Thanks to [Xu Ming](https://twitter.com/xuming_example) for the tips.',
      'Person',
      'Xu Ming',
    ],
    ['a lexicon company', 'The booth from Red Hat was busy.', 'Organization', 'Red Hat'],
    ['a university', 'Work from the University of Leeds was shown.', 'Organization', 'University of Leeds'],
    [
      'a lexicon alias names its canonical entity',
      'Work from the University of Texas at Austin was shown.',
      'Organization',
      'UT Austin',
    ],
    ['a named team', 'The OpenStack Security Team met on Tuesday.', 'Organization', 'OpenStack Security Team'],
    ['a devroom is a gathering, not a product', 'The Quux Devroom was full all day.', 'Event', 'Quux Devroom'],
    ['a camel-case project', 'We tried SleepServers on a laptop.', 'Project', 'SleepServers'],
    ['letters and digits', 'The new "credit2" scheduler landed.', 'Project', 'credit2'],
    ['an architecture name', 'It supports x86_64 and s390x today.', 'Project', 'x86_64'],
    ['a library name', 'The new libxenlight library simplifies tools.', 'Project', 'libxenlight'],
    ['a hyphenated project', 'Patches go to linux-next first.', 'Project', 'linux-next'],
    ['a company product', "Microsoft's Hosted Exchange was mentioned.", 'Project', 'Hosted Exchange'],
    ['a product of a known company', 'It removes the need for VMWare Fusion on laptops.', 'Project', 'VMWare Fusion'],
    ['a project site link', 'Try [Zephyrix](https://zephyrix.org/) for tracing.', 'Project', 'Zephyrix'],
    ['an affixed name', 'It runs a CentOS-based userland.', 'Project', 'CentOS'],
    ['a themed thing', 'He wore a CentOS-themed shirt.', 'Project', 'CentOS'],
    ['a name after "non-"', 'It suits people on non-CentOS systems.', 'Project', 'CentOS'],
    ['a name written as its address', 'Rebuilding Quuxly.com in Go was the talk.', 'Project', 'Quuxly.com'],
    [
      'a university named in Spanish',
      'Students from Universidad Serrana ran the booth.',
      'Organization',
      'Universidad Serrana',
    ],
    ['a project board', 'The Frobnix Board met on Sunday.', 'Organization', 'Frobnix Board'],
    ['a conservancy', 'Donations go to the Frobnix Tools Conservancy.', 'Organization', 'Frobnix Tools Conservancy'],
    [
      'a product head makes a product, not a person',
      'Dana Wu built the chat on Quinn Engine.',
      'Project',
      'Quinn Engine',
    ],
    [
      'a known word after a first name is a surname',
      'Later Quinn Slack talked about code search.',
      'Person',
      'Quinn Slack',
    ],
    [
      'particles inside a name',
      'Acme’s CEO Dirk-Jan van Houten will speak about community.',
      'Person',
      'Dirk-Jan van Houten',
    ],
    [
      'a given name that is also an English word, after a role',
      'Another keynote from Frobnicate’s CEO Jan Pleskovic will follow.',
      'Person',
      'Jan Pleskovic',
    ],
  ])('%s', (_label, body, type, name) => {
    expect(namesOf(extractText(body), type)).toContain(name);
  });
});

describe('noise rules', () => {
  it('"Dave and Buster\'s" is a venue, not a person named Dave', () => {
    expect(namesOf(extractText("The day ended with a party at Dave and Buster's."), 'Person')).toEqual(['Pat Writer']);
  });

  it('English words a given-names list happens to hold are no person: "Action Cable", "Palace Museum"', () => {
    const x = extractText('We talked about Action Cable and later visited the Palace Museum.');
    expect(namesOf(x, 'Person')).toEqual(['Pat Writer']);
  });

  it('headings and sentence-initial capitals are not people', () => {
    const x = extractText('## Great Talks\n\nStill, Monday Morning felt slow.');
    expect(namesOf(x, 'Person')).toEqual(['Pat Writer']);
  });

  it('image alt text is not read for people', () => {
    const x = extractText('![Sandra Bullock on stage](a.jpg)\n\nThe hall was full.');
    expect(namesOf(x, 'Person')).not.toContain('Sandra Bullock');
  });

  it('generic words and generic acronyms are not projects', () => {
    const x = extractText('Everyone talked about cloud, security and the CPU and API roadmap.');
    expect(namesOf(x, 'Project')).toEqual([]);
  });

  it('a lower-case common word is not the project it also names', () => {
    expect(namesOf(extractText('The chef cooked for everyone.'), 'Project')).toEqual([]);
    expect(namesOf(extractText('We manage it with Chef.'), 'Project')).toEqual(['Chef']);
  });

  it('an acronym from the lexicon only matches in capitals', () => {
    const x = extractText('Pauline Nist talked about chip fabs.');
    expect(namesOf(x, 'Person')).toContain('Pauline Nist');
    expect(namesOf(x, 'Organization')).toEqual([]);
  });

  it('units and version words are not projects', () => {
    expect(namesOf(extractText('It has 192GB of memory on a Gen4 bus.'), 'Project')).toEqual([]);
  });
});
