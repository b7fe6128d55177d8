// Typing beyond the hand lists: names the data packages know, the words around a name, link
// targets, and shapes that are never names. Sentences invented for the test.
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../ingest/extraction/lexicon.js';
import { extractPost } from '../../../ingest/pipeline/extract-post.js';
import { extractText, namesOf } from '../../helpers/extract-text.js';

const bare = loadLexicon({ handLists: false });
const withoutHandLists = (body: string) =>
  extractPost('inline.md', `---\ntitle: Notes\nauthor: Pat Writer\n---\n${body}\n`, { lexicon: bare });

describe('typing beyond the hand lists', () => {
  it.each([
    [
      'a programming language (linguist-languages)',
      'We rewrote the parser in Haxe and then in Zig.',
      'Project',
      ['Haxe', 'Zig'],
    ],
    ['a brand (simple-icons)', 'The demo ran on Grafana with data from InfluxDB.', 'Project', ['Grafana', 'InfluxDB']],
    ['a country (countries-list)', 'Speakers came from Uruguay and from Kenya.', 'Place', ['Kenya', 'Uruguay']],
    [
      'a U.S. state by its postal code, after the name it places (city-timezones)',
      'The meetup was held at Quuxly NY last week, and the next one is in Frobtown WA.',
      'Place',
      ['New York', 'Washington'],
    ],
    [
      'a brand written in lower case, not an English word (simple-icons)',
      'We ran pytest under webpack, and knitted with yarn.',
      'Project',
      ['Pytest', 'Webpack'],
    ],
  ])('%s', (_what, body, type, names) => {
    expect(namesOf(withoutHandLists(body), type).sort()).toEqual(names);
  });

  it('a known name that is an ordinary word does not count at a clause start after a dash', () => {
    // "Just" is a brand (a command runner) and an adverb.
    const x = extractText('(Maybe you want to help next year? - Just write me an email, or check the page!)');
    expect(namesOf(x, 'Project')).toEqual([]);
  });

  it('an ordinary word that is also a language counts only as a proper noun in context', () => {
    expect(
      namesOf(withoutHandLists('Many teams moved their services from Java to Go last year.'), 'Project'),
    ).toContain('Go');
    expect(namesOf(withoutHandLists('Go to the website and register today.'), 'Project')).not.toContain('Go');
  });

  it.each([
    ['"Name (Company)"', 'Maelle Girard (Frobnicate) showed the new release.', 'Frobnicate'],
    ['"works at X"', 'Her colleague, who works at Quuxly, asked a question.', 'Quuxly'],
    ['"X Inc."', 'The booth of Zentrik Inc. was busy all day.', 'Zentrik Inc.'],
    ['an appositive kind', 'Zentrik, a major Czech software firm, ships it.', 'Zentrik'],
    ['"X is a ... provider"', 'Zentrik is a cloud-based storage provider.', 'Zentrik'],
    ['a list of companies', 'Big companies such as Quuxly, Zentrik, and Barfoo use it.', 'Barfoo'],
    ['people from X', 'This session was held by people from Quuxly.', 'Quuxly'],
    ['"used at X"', 'Rust is used at Quuxly for the billing system.', 'Quuxly'],
    ['a meetup', 'It was a special instance of the QuuxSF meetup.', 'QuuxSF'],
    ['the first meetup of a linked name', 'We ran the first [PDXQuux](https://x.example/pdxquux) meetup.', 'PDXQuux'],
    ['two unknown words a person is from', 'Magnus Berg from Quux Linpro talked about Postgres.', 'Quux Linpro'],
    ['two unknown words in brackets after a person', 'Ilse Brun (Zentrik Varo) opened the day.', 'Zentrik Varo'],
    ['a kind of body right before it', 'We then visited the 4-year-old startup company Quuxly downtown.', 'Quuxly'],
    ['what gives a session', 'It was a fine session by QUUXA and Zentrik about metrics.', 'QUUXA'],
  ])('context makes an organization: %s', (_cue, body, org) => {
    expect(namesOf(extractText(body), 'Organization')).toContain(org);
  });

  it.each([
    ['right after a speaker verb', 'Ilse Brun presented Quarnix to a full room.', ['Quarnix']],
    ['after "using"', 'The team cut broken builds using Tessvik in every pull request.', ['Tessvik']],
    ['after a talk noun and "about"', 'Her talk about Brimlet was the best of the day.', ['Brimlet']],
    [
      'listed beside a known project',
      'We deploy with Kubernetes, Varnox and Podman.',
      ['Kubernetes', 'Podman', 'Varnox'],
    ],
    ['never a place, a word or a given name', 'She talked about Lisbon, then presented Maria to us.', []],
    ['never one word of a longer name', 'Ilse Brun presented Quarnix Varnok last week.', []],
    ['a lower-case coined word after a talk noun', 'Her session on quarnctl drew a crowd.', ['quarnctl']],
    ['a lower-case coined word listed beside a project', 'We deploy with Podman and varnoxd.', ['Podman', 'varnoxd']],
    [
      'never lower-case jargon made of English words',
      'She talked about toolchains, then presented unencrypted websockets and the changelog.',
      [],
    ],
  ])('a coined word where a topic goes is a project: %s', (_cue, body, names) => {
    expect(namesOf(withoutHandLists(body), 'Project').sort()).toEqual(names);
  });

  it('where the post will see you again is a gathering', () => {
    const x = withoutHandLists("We'll see you at [dotQuux](https://dotquux.example.eu/) in Paris!");
    expect([namesOf(x, 'Event'), namesOf(x, 'Project')]).toEqual([['dotQuux'], []]);
  });

  it('a lone given name a talk is by, from a place, is no organization', () => {
    expect(namesOf(extractText('A fine talk by Sunny from Beijing closed the day.'), 'Organization')).toEqual([]);
  });

  it('context makes a project: "X is a small library"', () => {
    expect(namesOf(extractText('Frobnik is a small Go library for queues.'), 'Project')).toContain('Frobnik');
  });

  it('a front-matter tag names a word only where the text capitalizes it', () => {
    const post = (body: string) =>
      extractPost('tagged.md', `---\ntitle: Notes\ntags: [Community, Frobnik]\n---\n${body}\n`, { lexicon: bare });
    const x = post('Our community members met the Frobnik maintainers.');
    expect(namesOf(x, 'Project')).toEqual(['Frobnik']);
  });

  it.each([
    ['a role after a known name', 'Take the Kubernetes User survey today.', 'Kubernetes User'],
    ['an adjective after a known name', 'The Kubernetes Spanish group met.', 'Kubernetes Spanish'],
    ['"Project" after a known name', 'Thanks to the Kubernetes Project for the venue.', 'Kubernetes Project'],
  ])('no product from %s', (_what, body, name) => {
    expect(namesOf(extractText(body), 'Project')).not.toContain(name);
  });

  it('a product name goes on through "of": "Google Summer of Code"', () => {
    expect(namesOf(extractText('She was a mentor in Google Summer of Code last year.'), 'Project')).toContain(
      'Google Summer of Code',
    );
  });

  it('a profile link makes its anchor a person', () => {
    const x = extractText('Thanks to [Ruslan Oduya](https://github.com/roduya) for the slides.');
    expect(namesOf(x, 'Person')).toContain('Ruslan Oduya');
  });

  it.each([
    ['a site named by its own address', 'Ana Lima showed [quarnix.io](https://quarnix.io/) again.', ['quarnix.io']],
    ['never a page of a larger site', 'The notes are on [docs.quarnix.io](https://docs.quarnix.io/).', []],
    [
      'a repository named with a dot',
      'The UI lives in [frob.ui](https://github.com/ana/frob.ui) for now.',
      ['frob.ui'],
    ],
  ])('a link whose anchor is its address: %s', (_what, body, names) => {
    expect(namesOf(withoutHandLists(body), 'Project')).toEqual(names);
  });

  it('the team of a lower-case repository works on that project, it is no organization', () => {
    const x = withoutHandLists('An update from the [quarn](https://github.com/ana/quarn) team opened the day.');
    expect([namesOf(x, 'Project'), namesOf(x, 'Organization')]).toEqual([['quarn'], []]);
  });

  it('a capitalized form of a language alias is that language: "Golang" is Go', () => {
    expect(namesOf(withoutHandLists('Most of their services are written in Golang now.'), 'Project')).toEqual(['Go']);
  });
});

describe('lower-case names a software noun follows', () => {
  it.each([
    ['a package path in code', 'The new `frob/quux` package landed last week.', ['frob/quux']],
    ['two compilers joined by "and"', 'Work goes on in the zink and zinkgo compilers.', ['zink', 'zinkgo']],
    ['a dotted library name', 'It builds on the lumo.kit library.', ['lumo.kit']],
    ['a command in code, spaces and all', 'Run the `frob doc` command first.', ['frob doc']],
    ['a tool named in code after the noun', 'They wrote a helper tool, `frob-init`, for newcomers.', ['frob-init']],
    ['an English word is no name', 'The standard library and the new package got faster.', []],
    ['no determiner opens the phrase', 'Install zink tools from the site.', []],
    ['a foreign phrase before the noun', 'It became the de facto debugger.', []],
    ['a name after "called"', 'Another session unveiled a tool called frob-snap for updates.', ['frob-snap']],
    [
      'a linked name after "called"',
      'We saw an AI project called [Quuxbot](https://talks.example.org/1).',
      ['Quuxbot'],
    ],
    ['an English word after "called"', 'It was a project called research, nothing more.', []],
    ['an owner before the noun', "The rest were about the students' projects.", []],
    ['what its creator is "of"', 'Ana Lima, the creator of frobdep, talks about dependencies.', ['frobdep']],
    ['an English word its author is "of"', 'The author of this post agrees.', []],
  ])('%s', (_what, body, names) => {
    expect(namesOf(withoutHandLists(body), 'Project').sort()).toEqual(names);
  });
});

describe('package paths linked to their own page', () => {
  it.each([
    ['a path the address ends with', 'It ships as [frob/quux](/pkg/frob/quux/) in this release.', ['frob/quux']],
    ['an owner and a repository on a code host', 'See [ana/quux_tools](https://github.com/ana/quux_tools).', []],
    ['a path that is not the address', 'Read [and/or](https://blog.example.org/style) first.', []],
  ])('%s', (_what, body, names) => {
    expect(namesOf(withoutHandLists(body), 'Project')).toEqual(names);
  });
});

describe('names in and around long link anchors', () => {
  it('an anchor that opens in lower case is no title: its names are read whole', () => {
    const body = 'The code is at the [lumo Quux Server project](https://code.example.org/p/lumo/).';
    expect(namesOf(withoutHandLists(body), 'Project')).toContain('Quux Server');
  });

  it("an anchor that is one body's name is no title, and a known name inside it yields to the body", () => {
    const x = extractText('They spoke at the [Sydney Google Quux User Group](https://quux.example.org/) last week.');
    expect(namesOf(x, 'Organization')).toEqual(['Sydney Google Quux User Group']);
  });

  it('a product head keeps its name before a possessive: "Quux Engine\'s store"', () => {
    expect(namesOf(withoutHandLists("The app uses Quux Engine's store."), 'Project')).toContain('Quux Engine');
  });
});

describe('noise that is never an entity', () => {
  it.each([
    ['a video id', 'Watch it at https://video.example.org/watch?v=Xq3Jk_9aLpQ now.'],
    ['a version string', 'We upgraded to v2.14.3 during the sprint.'],
    ['a unit', 'The switch pushes 40Gb on every port.'],
    ['a shouted word', 'The wifi was TERRIBLE all day.'],
    ['a file name', 'The slides are in deck-final.pdf on the site.'],
    ['identifiers in inline code', 'Set `FROBPATH` first, then call `QuoteName` on an `io.Frobber`.'],
    ['two words run together at a full stop', 'They asked many questions.It was a long day.'],
    ['a shouted cry', 'We ran the script AND BLAM. It worked.'],
    [
      'a license its link names',
      'Photos under [CC BY-SA](https://creativecommons.org/licenses/by-sa/2.0/), text under a [Creative Commons Attribution 4.0 License](https://creativecommons.org/licenses/by/4.0/).',
    ],
    [
      'a function the post writes as code, in every sentence',
      'The docs for `QuoteName` were thin. So I wrote examples for QuoteName.',
    ],
    ['an abbreviation the post counts like a noun, in every sentence', 'Send a QR, then amend it. QR 4211 landed.'],
    [
      'a setting the post writes as one, in every sentence',
      'Check that your FROBHOME was set. Builds land under $FROBHOME, and the QUUXROOT environment variable wins.',
    ],
  ])('%s', (_what, body) => {
    const x = extractText(body);
    expect(x.entities.filter((e) => e.type === 'Project' || e.type === 'Organization').map((e) => e.name)).toEqual([]);
  });
});

describe("an officer's title", () => {
  it('is no product of the organization that owns it: "Quuxly\'s CTO"', () => {
    const x = extractText("The day opened with Quuxly's CTO on stage.");
    expect(namesOf(x, 'Project')).toEqual([]);
    expect(namesOf(x, 'Organization')).toEqual(['Quuxly']);
  });
});

describe('organizations named by their shape', () => {
  it('a named team is an organization, and its members are affiliated with it', () => {
    const x = extractText('Noor Haddad of the Rust team talked about the borrow checker.');
    expect(namesOf(x, 'Organization')).toContain('Rust team');
  });

  it('several words owning the person named next are one organization', () => {
    const x = extractText("In the afternoon, Quux Data's Marco Lind presented distributed queries.");
    expect(namesOf(x, 'Organization')).toContain('Quux Data');
    expect(namesOf(x, 'Person')).toContain('Marco Lind');
  });

  it('a noun for a known organization\'s people is no part of the name: "the Googler Ana Lima"', () => {
    const x = extractText('The session was held by the Googler Hilda Richter and went well.');
    expect(namesOf(x, 'Person')).toContain('Hilda Richter');
  });

  it('a known brand that is one English word ends a longer name before a role', () => {
    const x = extractText("A keynote from Zentrix Square's CEO Ines Varga will close the day.");
    expect(namesOf(x, 'Organization')).toEqual(['Zentrix Square']);
  });

  it('a role before a name is no part of it', () => {
    const x = extractText("Frobnicate's CEO Anna-Lena Kruger opened the second day.");
    expect(namesOf(x, 'Person')).toContain('Anna-Lena Kruger');
  });

  it('a country after "of" stays a place, never an employer', () => {
    const x = extractText('Tomas Ruiz of Uruguay talked about Kubernetes.');
    expect(x.relations.filter((r) => r.type === 'AFFILIATED_WITH')).toEqual([]);
  });

  it.each([
    [
      'plain-word names take the type of the names listed beside them',
      'The booth showed Grafana, InfluxDB, Open Widget Service and Wobble.',
      ['Grafana', 'InfluxDB', 'Open Widget Service', 'Wobble'],
    ],
    [
      'a list mostly of plain words hands on nothing',
      'We saw Grafana, InfluxDB, Quux Fair, Bolt Day and Glim Show.',
      ['Grafana', 'InfluxDB'],
    ],
    [
      'a kind noun after a list makes its items projects',
      'The demo uses the Quarry, Lantern, and Tessel APIs.',
      ['Lantern', 'Quarry', 'Tessel'],
    ],
    ['words that describe are no items', 'Subtitles for Grafana, InfluxDB, Spanish and more.', ['Grafana', 'InfluxDB']],
  ])('a list: %s', (_what, body, names) => {
    expect(namesOf(withoutHandLists(body), 'Project').sort()).toEqual(names);
  });
});

describe('names written with a release number', () => {
  it.each([
    [
      'an ordinary word before a dotted release is a product',
      'Nina previewed the coming Lantern 16.0 release.',
      ['Lantern'],
    ],
    ['so are several capitalized words', 'The booth ran Quarry Micro 6.1 on every laptop.', ['Quarry Micro']],
    ['a numbered document part is none', 'The rule is in Section 2.1 and Requirement 4.2 of the spec.', []],
    ['a year is no release', 'We met at Lantern 2019 in the spring.', []],
  ])('%s', (_what, body, names) => {
    expect(namesOf(withoutHandLists(body), 'Project').sort()).toEqual(names);
  });

  it('the name with its release number is an alias: a search for "Lantern 16.0" finds Lantern', () => {
    const x = withoutHandLists('Nina previewed the coming Lantern 16.0 release.');
    expect(x.entities.find((e) => e.name === 'Lantern')?.aliases).toContain('Lantern 16.0');
  });

  it('a known product written with a whole-number release keeps its name and gains the alias', () => {
    const x = extractText('The kiosk still ran Windows 10 in the hall.');
    expect(x.entities.find((e) => e.name === 'Windows')?.aliases).toContain('Windows 10');
  });
});

describe('lists led by a kind of thing', () => {
  it.each([
    [
      'companies, whatever their names look like',
      'Companies like Quuxly Support, zentrik.io and Barfoo backed the day.',
      'Organization',
      ['Barfoo', 'Quuxly Support', 'zentrik.io'],
    ],
    [
      'tools, one of them in code',
      'She compared tools such as `frobctl`, Tessvik and Brimlet.',
      'Project',
      ['Brimlet', 'Tessvik', 'frobctl'],
    ],
    ['a plain lower-case noun is no item', 'He showed packages like crypto and Tessvik.', 'Project', ['Tessvik']],
    ['no list follows an article', 'They praised tools such as the compiler.', 'Project', []],
  ])('%s', (_what, body, type, names) => {
    expect(namesOf(withoutHandLists(body), type).sort()).toEqual(names);
  });
});
