// Speakers placed by a line's layout, as recap posts of other blogs write them: a table of
// invented posts with the speakers and talk pairs each must give.
import { describe, expect, it } from 'vitest';
import { extractPost } from '../../../ingest/pipeline/extract-post.js';
import { extractText, lexicon, speakers, talkPairs } from '../../helpers/extract-text.js';

describe('layouts that place a speaker', () => {
  it.each([
    [
      'title — speaker (video)',
      '* Tracing Rust Services — Ingvild Aasen ([video](https://video.example.org/abc))\n* Fast Builds with Bazel — Tomasz Wierzba\n',
      ['Ingvild Aasen', 'Tomasz Wierzba'],
      ['Ingvild Aasen → Rust', 'Tomasz Wierzba → Bazel'],
    ],
    [
      'title, by speaker',
      '* Rewriting Search in Elixir, by Oluwaseun Bello\n* Bigger Tables in PostgreSQL, by Kaito Mori\n',
      ['Kaito Mori', 'Oluwaseun Bello'],
      ['Kaito Mori → PostgreSQL', 'Oluwaseun Bello → Elixir'],
    ],
    [
      'title, by speaker. (slides)',
      '* Rewriting Search in Elixir, by Oluwaseun Bello. ([slides](/talks/search.slide))\n* Bigger Tables in PostgreSQL, by Kaito Mori.\n',
      ['Kaito Mori', 'Oluwaseun Bello'],
      ['Kaito Mori → PostgreSQL', 'Oluwaseun Bello → Elixir'],
    ],
    [
      'a coined name heading the title is its subject',
      '* Frobnik: Building a Graph Store — Ingvild Aasen\n* Uptime: Lessons Learned — Tomasz Wierzba\n',
      ['Ingvild Aasen', 'Tomasz Wierzba'],
      ['Ingvild Aasen → Frobnik'],
    ],
    [
      'speaker: title',
      '* Ximena Duarte: Terraform at Scale\n* Radu Ionescu: Debugging Kotlin Coroutines\n',
      ['Radu Ionescu', 'Ximena Duarte'],
      ['Radu Ionescu → Kotlin', 'Ximena Duarte → Terraform'],
    ],
    [
      'speaker (company): title',
      '* Ximena Duarte (Quuxbrite): Terraform at Scale\n* Radu Ionescu (Zentrik) — Debugging Kotlin Coroutines\n',
      ['Radu Ionescu', 'Ximena Duarte'],
      ['Radu Ionescu → Kotlin', 'Ximena Duarte → Terraform'],
    ],
    [
      'title (speaker)',
      '* Scaling Django with Celery (Priya Raman)\n* Fast Tests with pytest (Tomasz Wierzba)\n',
      ['Priya Raman', 'Tomasz Wierzba'],
      ['Priya Raman → Celery', 'Priya Raman → Django', 'Tomasz Wierzba → Pytest'],
    ],
    [
      'a heading "speaker: title", about its section',
      '### Priya Raman: Queues That Scale\n\nShe showed how Celery fans work out to many workers.\n',
      ['Priya Raman'],
      ['Priya Raman → Celery'],
    ],
    [
      'a schedule table: the speaker cell, the talk cell and its abstract',
      '| Time | Talk | Speaker | Abstract |\n|---|---|---|---|\n| 10:00 | Queues That Scale | Priya Raman | Celery at work |\n| 11:00 | Fast Tests | Tomasz Wierzba | All about pytest |\n',
      ['Priya Raman', 'Tomasz Wierzba'],
      ['Priya Raman → Celery', 'Tomasz Wierzba → Pytest'],
    ],
    [
      'a bar or a plain hyphen between title and speaker',
      '* Queues with Celery | Priya Raman\n* Tomasz Wierzba - Fast Tests with pytest\n',
      ['Priya Raman', 'Tomasz Wierzba'],
      ['Priya Raman → Celery', 'Tomasz Wierzba → Pytest'],
    ],
    [
      'co-presenters after the dash',
      '* Packaging with Nix — Lior Ben-David and Anneke Visser\n',
      ['Anneke Visser', 'Lior Ben-David'],
      ['Anneke Visser → Nix', 'Lior Ben-David → Nix'],
    ],
  ])('%s', (_layout, body, who, pairs) => {
    const x = extractText(`Here are the talks of the day:\n\n${body}`, 'DemoConf 2022 videos');
    expect(speakers(x).sort()).toEqual(who);
    expect(talkPairs(x).sort()).toEqual(pairs);
  });

  it('a heading that is a talk title, with its speaker on the next line, is about its section', () => {
    const body =
      '## Shipping Wasm to Production\n\nMarisol Echeverría (Fastly)\n\nThe talk walked through compiling Rust to WebAssembly.\n\n## Lunch\n\nThe food was great and Kubernetes was mentioned by nobody.';
    const x = extractText(body, 'EdgeConf 2023 recap');
    expect(speakers(x)).toEqual(['Marisol Echeverría']);
    expect(talkPairs(x).sort()).toEqual(['Marisol Echeverría → Rust', 'Marisol Echeverría → WebAssembly']);
    expect(x.relations.find((r) => r.type === 'SPOKE_AT')?.title).toBe('Shipping Wasm to Production');
  });

  it("a speaker's own company is a topic when the talk's title names it", () => {
    const body =
      '* [Fast Queues on Zentrik](https://video.example.org/1) by Ana Lima - a principal engineer at Zentrik shares her story.\n* [Testing Tips](https://video.example.org/2) by Bo Chen - an engineer at Quuxly.\n';
    const x = extractText(`The talks:\n\n${body}`, 'DemoConf 2022 videos');
    expect(talkPairs(x)).toEqual(['Ana Lima → Zentrik']);
  });

  it('"Speakers:" lines name everyone on them', () => {
    const body =
      '## Panel on Observability\n\nSpeakers: Dagny Holm and Wen Jie\n\nThey compared Prometheus with other tools.';
    expect(speakers(extractText(body, 'ObsDay 2021 notes')).sort()).toEqual(['Dagny Holm', 'Wen Jie']);
  });

  it('"next up was X with ..." makes X a speaker', () => {
    expect(
      speakers(extractText('Next up was Priya Raman with a look at eBPF tooling.', 'KernelFest 2020 recap')),
    ).toEqual(['Priya Raman']);
  });

  it('a future talk counts too: "X will present Y"', () => {
    const x = extractText(
      'Hamid Karimi will present his work on Ceph at the conference.',
      'Storage Summit 2024 schedule',
    );
    expect(talkPairs(x)).toEqual(['Hamid Karimi → Ceph']);
  });

  it('the author who only attended is not a speaker', () => {
    const x = extractText(
      'I explored the expo hall and listened to Lea Fontaine talk about Podman.',
      'ContainerDays 2021 recap',
      'Pat Writer',
    );
    expect(speakers(x)).not.toContain('Pat Writer');
  });

  it('two speakers with a clause each keep their own topics', () => {
    const x = extractText(
      'Ilse Brandt covered tracing with Jaeger, while Tunde Okafor addressed packaging with Nix.',
      'ObsDay 2021 notes',
    );
    expect(talkPairs(x).sort()).toEqual(['Ilse Brandt → Jaeger', 'Tunde Okafor → Nix']);
  });

  it('co-speakers listed with their companies share one talk', () => {
    const x = extractText(
      'In this session Ilse Brandt (Frobnicate) and Tunde Okafor (Quuxly) share how they run Kubernetes.',
      'ObsDay 2021 notes',
    );
    expect(talkPairs(x).sort()).toEqual(['Ilse Brandt → Kubernetes', 'Tunde Okafor → Kubernetes']);
  });
});

describe('sections their authors sign', () => {
  const post = [
    '---',
    'title: Quux Workshop',
    'date: 2024-05-01',
    'by:',
    '- Ana Lima',
    '- Jasmine Okafor',
    '---',
    '',
    '## The day',
    '',
    'by [Ana](https://twitter.com/analima)',
    '',
    'The Quux workshop drew forty people. Rahul Mehta presented the Frobnik debugger to the room.',
    '',
    '## My first patch',
    '',
    'by [Jasmine](https://twitter.com/jasmine_ok)',
    '',
    'I fixed a bug in Frobnik and learned Gerrit that afternoon.',
    '',
  ].join('\n');
  const x = extractPost('2024-05-01-quux-workshop.md', post, { lexicon });

  it('a signature under a heading names the writer, not a speaker', () => {
    expect(speakers(x)).toEqual(['Rahul Mehta']);
  });

  it("a co-author's given name, linked to her profile, is her even when a brand shares it", () => {
    const jasmine = x.entities.filter((e) => e.name === 'Jasmine Okafor' || e.name === 'Jasmine');
    expect(jasmine.map((e) => [e.type, e.name])).toEqual([['Person', 'Jasmine Okafor']]);
    expect(jasmine[0]!.aliases).toContain('Jasmine');
  });
});

describe('authors that are no names', () => {
  it.each([
    ['a bare number', 'by: 42'],
    ['a role account', 'author: admin'],
  ])('%s writes the post as nobody', (_what, field) => {
    const x = extractPost('odd.md', `---\ntitle: Odd\n${field}\n---\n\nRahul Mehta presented Celery.\n`, { lexicon });
    expect(x.entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['Rahul Mehta']);
    expect(x.relations.some((r) => r.type === 'WROTE')).toBe(false);
  });
});
