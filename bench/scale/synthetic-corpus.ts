// A deterministic synthetic corpus for the scale benchmark: event write-ups built from
// sentence templates and generated names (syllables, no real text), the same for a seed.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** mulberry32: a tiny seeded PRNG, so a seed always gives the same corpus. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  'ka',
  'lo',
  'mer',
  'tin',
  'sa',
  'vor',
  'del',
  'ri',
  'an',
  'bel',
  'cor',
  'da',
  'fen',
  'gor',
  'hal',
  'is',
  'jon',
  'ket',
  'lun',
  'mo',
  'nar',
  'os',
  'pel',
  'quin',
  'ros',
  'sen',
  'tor',
  'ul',
  'ven',
  'wal',
];
const PROJECT_ENDS = ['DB', 'OS', 'Flow', 'Mesh', 'Kit', 'Forge', 'Stack', 'Hub', 'Ops', 'Lang'];
const ORG_ENDS = ['Labs', 'Systems', 'Networks', 'Software', 'Cloud', 'Data'];
const SERIES = ['Summit', 'Conf', 'Days', 'Camp', 'Fest', 'Forum'];
const TOPICS = [
  'observability',
  'packaging',
  'storage',
  'scheduling',
  'security',
  'networking',
  'testing',
  'release engineering',
  'performance',
  'documentation',
];

const TEMPLATES = [
  '{person} from {org} talked about {project} and how it handles {topic}.',
  'In the afternoon {person} presented {project}, a tool for {topic}.',
  'The keynote by {person} covered {topic} at {org}.',
  '{person} gave a talk on {project} and {project2}.',
  'Many attendees asked about {project} after the session on {topic}.',
  'The hallway track was full of {topic} discussions.',
  '{org} announced a new release of {project}.',
  'I spoke with {person}, who works at {org}, about {topic}.',
  'The last session compared {project} with {project2} for {topic}.',
  'Slides and videos from {event} will be online next week.',
];

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The names of a synthetic world: people, organizations, projects, event series. */
export function world(rand: () => number, size: number) {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const word = (n: number) => cap(Array.from({ length: n }, () => pick(SYLLABLES)).join(''));
  const unique = (n: number, make: () => string) => {
    const out = new Set<string>();
    for (let tries = 0; out.size < n && tries < n * 20; tries++) out.add(make());
    return [...out];
  };
  return {
    people: unique(Math.max(20, size / 4), () => `${word(2)} ${word(2 + Math.floor(rand() * 2))}`),
    orgs: unique(Math.max(10, size / 40), () => `${word(2)} ${pick(ORG_ENDS)}`),
    projects: unique(Math.max(20, size / 10), () => `${word(2)}${pick(PROJECT_ENDS)}`),
    series: unique(Math.max(5, size / 200), () => `${word(2)} ${pick(SERIES)}`),
    pick,
  };
}

export interface SyntheticPost {
  name: string;
  text: string;
}

/** `count` posts for `seed`, each a Markdown write-up with YAML front matter. */
export function syntheticPosts(count: number, seed: number): SyntheticPost[] {
  const rand = prng(seed);
  const w = world(rand, count);
  const posts: SyntheticPost[] = [];
  for (let i = 0; i < count; i++) {
    const year = 2005 + Math.floor(rand() * 20);
    const event = `${w.pick(w.series)} ${year}`;
    const day = 1 + Math.floor(rand() * 3);
    const author = w.pick(w.people);
    const fill = (t: string) =>
      t.replace(/\{(\w+)\}/g, (_m, k: string) =>
        k === 'person'
          ? w.pick(w.people)
          : k === 'org'
            ? w.pick(w.orgs)
            : k.startsWith('project')
              ? w.pick(w.projects)
              : k === 'topic'
                ? w.pick(TOPICS)
                : event,
      );
    const paragraphs = Array.from({ length: 3 + Math.floor(rand() * 3) }, () =>
      Array.from({ length: 2 + Math.floor(rand() * 3) }, () => fill(w.pick(TEMPLATES))).join(' '),
    );
    const date = `${year}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
    const slug = `${date}-${event.toLowerCase().replace(/\s+/g, '-')}-day-${day}-${i}`;
    const front = [
      '---',
      `title: "${event} day ${day}"`,
      `date: ${date}`,
      `author: ${author}`,
      `url: /${slug}/`,
      `tags: [${w.pick(TOPICS)}, ${w.pick(TOPICS)}]`,
      '---',
    ];
    posts.push({ name: `${slug}.md`, text: `${front.join('\n')}\n\n${paragraphs.join('\n\n')}\n` });
  }
  return posts;
}

/** Writes the corpus into `dir` (1,000 files a folder) and returns the folder. */
export function writeSyntheticCorpus(dir: string, count: number, seed: number): string {
  syntheticPosts(count, seed).forEach((p, i) => {
    const folder = path.join(dir, String(Math.floor(i / 1000)).padStart(3, '0'));
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, p.name), p.text);
  });
  return dir;
}
