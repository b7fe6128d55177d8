// Each speaker cue, as a table of sentences with the talk pairs they must yield.
import { describe, expect, it } from 'vitest';
import { extractText, speakers, talkPairs } from '../../helpers/extract-text.js';

describe('speaker cues', () => {
  it.each([
    ['talked about', 'Maria Lopez talked about the new Podman release.', ['Maria Lopez → Podman']],
    ['covered', 'Henry Osei covered the roadmap for Kubernetes in detail.', ['Henry Osei → Kubernetes']],
    ['discussed', 'Aiko Mori discussed how Ceph handles recovery.', ['Aiko Mori → Ceph']],
    ['presented', 'Lars Berg presented the state of nftables.', ['Lars Berg → nftables']],
    ['gave a talk', 'Sofia Rossi gave a talk on SELinux policy writing.', ['Sofia Rossi → SELinux']],
    ['gave a keynote', 'Omar Haddad gave an inspiring keynote about OpenStack.', ['Omar Haddad → OpenStack']],
    ['gave an overview', 'Nadia Petrov gave a detailed overview of systemd.', ['Nadia Petrov → systemd']],
    ['gave a demo', 'Jonas Weber gave a quick demo of Ansible playbooks.', ['Jonas Weber → Ansible']],
    ['gave us a tour', 'Priya Raman gave us a tour of Celery internals.', ['Priya Raman → Celery']],
    ['from ORG talked', 'Ravi Kumar from Intel talked about DPDK.', ['Ravi Kumar → DPDK']],
    ["X's presentation on Y", "Chen Wei's presentation on Gluster was packed.", ['Chen Wei → Gluster']],
    [
      'the last presentation was from X',
      'The last presentation of the day was from Ingrid Holm. She covered the work on libvirt.',
      ['Ingrid Holm → libvirt'],
    ],
    ['keynote by X', 'The day opened with a keynote by Paulo Mendes about Fedora.', ['Paulo Mendes → Fedora']],
    [
      'X and Y had a talk',
      'Amir Cohen and Julia Novak had a talk about OpenShift on ARM.',
      ['Amir Cohen → OpenShift', 'Amir Cohen → ARM', 'Julia Novak → OpenShift', 'Julia Novak → ARM'],
    ],
    [
      'X, ROLE at ORG, will deliver a keynote',
      'Tomas Ferreira, General Manager at Frobnicate Labs, will deliver a keynote on Podman.',
      ['Tomas Ferreira → Podman'],
    ],
    ['X previewed', 'Kenji Mori previewed the upcoming Fedora release.', ['Kenji Mori → Fedora']],
    [
      'X will open the day with an address (an unknown given name)',
      'Haruto Kaneshiro will open the event with a welcome address about Kubernetes.',
      ['Haruto Kaneshiro → Kubernetes'],
    ],
    [
      'keynotes from X (an unknown given name)',
      'The day opened with keynotes from Vikrant Baheti on Ceph.',
      ['Vikrant Baheti → Ceph'],
    ],
    [
      "a keynote from ORG's X",
      'Another keynote from Frobnix’s Markus Lind about Podman will be at 14:30 UTC.',
      ['Markus Lind → Podman'],
    ],
    [
      'a handle closing a list of speakers',
      'Nuno Sal, Ivo Brandt, and Kiwibyte are scheduled to kick off with a session on Podman.',
      ['Nuno Sal → Podman', 'Ivo Brandt → Podman', 'Kiwibyte → Podman'],
    ],
    [
      'X took the stage',
      'Finally Lena Brandt took the stage for the closing keynote about Podman.',
      ['Lena Brandt → Podman'],
    ],
    [
      'Title, by X (a given name that is an English word)',
      '- Building APIs with Ceph,\n  by [Mat Rowan](https://twitter.com/matrowan)',
      ['Mat Rowan → Ceph'],
    ],
    [
      'a relative clause between the speaker and the verb',
      'Ilse Brun, who works at Frobnitz, spoke about Podman on Tuesday.',
      ['Ilse Brun → Podman'],
    ],
    [
      'an origin and an aside between an unknown name and its verb',
      'Quovan Terrazo of the Faroe Islands, a Fedora packager, presented on tracing with Podman.',
      ['Quovan Terrazo → Podman'],
    ],
    [
      "a keynote from a company's CEO",
      "Another keynote from Quux Works' CEO Tariq Nasser will cover Podman.",
      ['Tariq Nasser → Podman'],
    ],
    [
      'his talk, after a relative clause naming his companies (not topics)',
      'Peer Lindqvist, who founded Frobnicate Labs, which makes Quarnix, will give a keynote, and his talk will focus on Podman.',
      ['Peer Lindqvist → Podman'],
    ],
    [
      "an opening sentence naming another person is not the next speaker's",
      'Ilse Brun maintains Ceph at Quuxly.\nThen Tariq Nasser presented Podman.',
      ['Tariq Nasser → Podman'],
    ],
    [
      'a long list of speakers, each with a company, before the verb',
      'In this session Ana Lima (Quuxly), Jonas Weber (Zentrik), Ilse Brun (Frobnik.io), and Tariq Nasser (Barfoo) share their stories of running Podman.',
      ['Ana Lima → Podman', 'Ilse Brun → Podman', 'Jonas Weber → Podman', 'Tariq Nasser → Podman'],
    ],
    [
      'a talk verb in the passive, in a first-person sentence: the author did not present',
      'I also liked the examples presented by Felix Brandt about Podman.',
      ['Felix Brandt → Podman'],
    ],
    [
      'a session conducted by X',
      'In this session, conducted by Ilse Brun, we discussed burnout in the Podman community.',
      ['Ilse Brun → Podman'],
    ],
    [
      'a panel that took questions',
      'Dana Kovac, Ilse Brun and Tariq Nasser took questions from the audience about Podman.',
      ['Dana Kovac → Podman', 'Ilse Brun → Podman', 'Tariq Nasser → Podman'],
    ],
  ])('%s', (_cue, body, pairs) => {
    expect(talkPairs(extractText(body)).sort()).toEqual([...pairs].sort());
  });

  it('a talk title followed by its speakers, as a list item', () => {
    const x = extractText(
      'Sessions I liked:\n\n* [Scaling Redis for fun](https://conf.example.org/redis) from Tara Singh and Nora Park\n',
    );
    expect(speakers(x).sort()).toEqual(['Nora Park', 'Tara Singh']);
    expect(talkPairs(x).sort()).toEqual(['Nora Park → Redis', 'Tara Singh → Redis']);
    const talk = x.relations.find((r) => r.type === 'TALKED_ABOUT');
    expect(talk?.title).toBe('Scaling Redis for fun');
  });

  it('"I co-presented with X": the author and the partner both speak', () => {
    const x = extractText(
      'I co-presented a talk with my teammate, Bruno Costa, about our Kubernetes operators.',
      'DevConf.CZ 2020 recap',
      'Pat Writer',
    );
    expect(speakers(x).sort()).toEqual(['Bruno Costa', 'Pat Writer']);
    expect(talkPairs(x)).toContain('Pat Writer → Kubernetes');
  });

  it.each([
    ['I kicked off the second day with a keynote talk about Kubernetes.', true],
    ['If you use Ceph, drop by my talk on Tuesday.', true],
    ["I'll be doing the talk once more about Ansible next month.", true],
    ['My favorite talk of the day was about Podman.', false],
    ['I talked to a few people about Podman at lunch.', false],
    ['She said: "I will compare my talk on Podman with the last one."', false],
  ])('first person: "%s" makes the author a speaker: %s', (body, yes) => {
    expect(speakers(extractText(body, 'KubeCon 2023 recap', 'Pat Writer')).includes('Pat Writer')).toBe(yes);
  });

  it('a quote left open runs on: first person in its later sentences is not the author', () => {
    const x = extractText(
      'Ilse Brun explained her compiler. She said: "It started as a toy. I will present my design of Podman."',
      'KubeCon 2023 recap',
      'Pat Writer',
    );
    expect(speakers(x)).not.toContain('Pat Writer');
  });

  it('a pronoun carries the talk into the next paragraph', () => {
    const x = extractText(
      'Eva Lindqvist talked about kernel testing.\n\nShe explained why Fedora runs the tests on every commit.',
    );
    expect(talkPairs(x)).toEqual(['Eva Lindqvist → Fedora']);
  });

  it.each([
    [
      'in a report on an event, the author goes on in the first person',
      'Frobix 2.0 Launch Party: a short report',
      ['Pat Writer → Ansible', 'Pat Writer → Podman', 'Pat Writer → YaST'],
    ],
    ['in a post on no event, first-person paragraphs are no talk', 'Setting up a home lab', ['Pat Writer → YaST']],
  ])("the author's own talk, %s", (_what, title, pairs) => {
    const body = [
      'At the local user group I explained how the installer works with YaST.',
      'Feedback was good, and I will reuse the approach.',
      'While packages were copying there was time to talk about Podman.',
      'Then I showed how Ansible sets up the rest.',
    ].join('\n\n');
    expect(talkPairs(extractText(body, title, 'Pat Writer')).sort()).toEqual(pairs);
  });

  it('a paragraph that hands over to another speaker does not continue the talk', () => {
    const x = extractText(
      'Eva Lindqvist gave the opening keynote.\n\nEva was followed by an engineer who talked about Hadoop.',
    );
    expect(talkPairs(x)).toEqual([]);
  });

  it("an organization stated as the speaker's employer is not a topic", () => {
    expect(talkPairs(extractText('Ravi Kumar from Intel talked about DPDK.'))).not.toContain('Ravi Kumar → Intel');
  });

  it('SPOKE_AT links every speaker to the covered event', () => {
    const x = extractText('Maria Lopez talked about Podman.', 'KubeCon 2023: Day One Recap');
    const spoke = x.relations.filter((r) => r.type === 'SPOKE_AT');
    expect(spoke.map((r) => [r.from, r.to])).toEqual([['person:maria-lopez', 'event:kubecon-2023']]);
    expect(spoke[0]!.evidence.sentence).toBe('Maria Lopez talked about Podman.');
  });
});
