// Answers a question from the graph: who talked about X, who spoke at EVENT, what did PERSON
// talk about, where does PERSON work, which talks at EVENT, posts about X. Each answer carries
// its evidence sentences. A question about a topic that is no entity is answered from the
// sentences of talks; one that is not understood falls back to keyword search.
import type { EntityType } from '../domain/model.js';
import type { GraphStore } from '../stores/graph-store.js';
import type { EntityRow, EvidenceRow } from '../stores/named-queries.js';
import type { EntityFinder, FoundEntity } from './entity-finder.js';
import { marked, names, namesFor, type PostText, preferBoth, trustworthy } from './evidence.js';
import type { PostHit } from './keyword-search.js';
import { type ParsedQuestion, parseQuestion } from './parse-question.js';
import { PeopleNames } from './people-names.js';
import type { Snippet } from './snippets.js';
import type { TalkEvidence } from './talk-evidence.js';

export interface EvidenceItem {
  post: string;
  title: string;
  url: string | null;
  sentence: string;
  /** The post's date, when known. */
  date?: string | null;
  /** The sentence with the names of both ends of the fact marked. */
  highlight?: Snippet;
  /** Whether the sentence itself names both ends (an event counts as named by the post that covers it). */
  namesBoth?: boolean;
}

export interface Answer {
  id: string;
  type: EntityType;
  name: string;
  score: number;
  evidence: EvidenceItem[];
}

export type Intent =
  | 'speakers-of'
  | 'speakers-at'
  | 'talks-of'
  | 'talks-at'
  | 'affiliations-of'
  | 'members-of'
  | 'posts-about'
  | 'topic-speakers'
  | 'entity'
  | 'search';

export interface AskResult {
  question: string;
  intent: Intent;
  entity: { id: string; type: EntityType; name: string } | null;
  answers: Answer[];
  posts: PostHit[];
}

export interface AskDeps {
  store: GraphStore;
  finder: EntityFinder;
  talks: TalkEvidence;
  /** Titles, URLs and dates of posts, in one batched read. */
  postTitles: (ids: string[]) => Promise<Map<string, { title: string; url: string | null; date?: string | null }>>;
  search: (q: string, extraPosts: string[]) => Promise<PostHit[]>;
  /** A post's text, to find a sentence naming both ends when the stored one does not. */
  postText?: PostText;
}

/** Answers `question`; the shape is the `ask --json` output contract. */
export async function ask(question: string, d: AskDeps): Promise<AskResult> {
  const q = parseQuestion(question);
  const found = d.finder.findInText(question);
  const event = found.find((f) => f.entity.type === 'Event');
  const person = found.find((f) => f.entity.type === 'Person');
  const topic = found.find((f) => f.entity.type !== 'Event' && f.entity.type !== 'Person');
  const plan = choose(q, event, person, topic, found);
  const stated = await rowsFor(plan, d);
  // No stated talk about the entity (or no entity): the talk sentences holding the question's words.
  // All of them, the entity's name too: "who talked about Frobnik" when Frobnik is only mentioned.
  const rows = stated.length || q.want !== 'speakers' || !q.questionWord ? stated : await d.talks.find(q.content);
  // Words that name the entities found are matched already; the rest rank the answers.
  const named = new Set(
    found.flatMap((f) => [f.entity.name, ...f.entity.aliases]).flatMap((n) => n.toLowerCase().split(/\s+/)),
  );
  const ranking = { ...q, content: q.content.filter((w) => !named.has(w.toLowerCase()) && !/^(19|20)\d\d$/.test(w)) };
  const atEvent = plan.event
    ? new Set((await d.store.query('speakers-at', { id: plan.event.id })).map((r) => r.id))
    : new Set<string>();
  const answers = await trusted(
    await toAnswers(
      rows.filter((r) => !plan.onlyPosts || plan.onlyPosts.has(r.post)),
      ranking,
      d,
      atEvent,
    ),
    plan.entity,
    d,
  );
  const entity = plan.entity ? { id: plan.entity.id, type: plan.entity.type, name: plan.entity.name } : null;
  const evidencePosts = [...new Set(answers.flatMap((a) => a.evidence.map((e) => e.post)))];
  const extra = plan.entity ? (await d.store.query('posts-mentioning', { id: plan.entity.id })).map((p) => p.post) : [];
  const keywords = plan.intent === 'search' || plan.intent === 'entity' ? question : q.content.join(' ') || question;
  const posts =
    plan.intent === 'posts-about'
      ? (await d.search(keywords, extra)).filter((p) => extra.includes(p.id))
      : await d.search(keywords, [...evidencePosts, ...extra]);
  return { question, intent: plan.intent, entity, answers, posts };
}

interface Plan {
  intent: Intent;
  entity: EntityRow | null;
  /** Keep only rows from these posts (a topic asked about at one event). */
  onlyPosts?: Set<string>;
  event?: EntityRow;
}

function choose(
  q: ParsedQuestion,
  event?: FoundEntity,
  person?: FoundEntity,
  topic?: FoundEntity,
  found: FoundEntity[] = [],
): Plan {
  if (person && q.want === 'employer') return { intent: 'affiliations-of', entity: person.entity };
  // "who works at Red Hat": the people affiliated with it, not those who talked about it.
  if (!person && topic?.entity.type === 'Organization' && q.want === 'employer')
    return { intent: 'members-of', entity: topic.entity };
  if (person && (q.want === 'topics' || (q.want === 'speakers' && !topic && !event) || q.want === 'talks'))
    return { intent: 'talks-of', entity: person.entity };
  if (q.want === 'posts' && (topic ?? person ?? event))
    return { intent: 'posts-about', entity: (topic ?? person ?? event)!.entity };
  if (event && q.want === 'talks') return { intent: 'talks-at', entity: event.entity };
  if (topic && (q.want === 'speakers' || q.want === 'talks'))
    return { intent: 'speakers-of', entity: topic.entity, ...(event ? { event: event.entity } : {}) };
  if (event && (q.want === 'speakers' || q.want === 'unknown')) return { intent: 'speakers-at', entity: event.entity };
  if (q.want === 'speakers' && q.questionWord) return { intent: 'topic-speakers', entity: null };
  const only = found[0];
  if (only)
    return {
      intent: only.entity.type === 'Person' ? 'talks-of' : only.entity.type === 'Event' ? 'speakers-at' : 'speakers-of',
      entity: only.entity,
    };
  return { intent: 'search', entity: null };
}

async function rowsFor(plan: Plan, d: AskDeps): Promise<EvidenceRow[]> {
  const id = plan.entity?.id ?? '';
  switch (plan.intent) {
    case 'speakers-of': {
      const rows = await d.store.query('speakers-of', { id });
      if (!plan.event) return rows;
      // "who demonstrated AArch64 at Red Hat Summit 2013": the event's speakers come first.
      const at = new Set((await d.store.query('speakers-at', { id: plan.event.id })).map((r) => r.id));
      return [...rows.filter((r) => at.has(r.id)), ...rows.filter((r) => !at.has(r.id))];
    }
    case 'speakers-at':
      return d.store.query('speakers-at', { id });
    case 'talks-at': {
      const speakers = await d.store.query('speakers-at', { id });
      const posts = new Set(speakers.map((s) => s.post));
      const topics = await Promise.all(
        [...new Set(speakers.map((s) => s.id))].map((p) => d.store.query('talks-of', { id: p })),
      );
      return [...speakers, ...topics.flat().filter((t) => posts.has(t.post))];
    }
    case 'talks-of':
      return d.store.query('talks-of', { id });
    case 'affiliations-of':
      return d.store.query('affiliations-of', { id });
    case 'members-of':
      return membersOf(id, d);
    case 'topic-speakers':
      return [];
    default:
      return [];
  }
}

async function toAnswers(rows: EvidenceRow[], q: ParsedQuestion, d: AskDeps, atEvent: Set<string>): Promise<Answer[]> {
  const source = rows;
  const byId = new Map<string, Answer & { order: number }>();
  source.forEach((r, order) => {
    const a = byId.get(r.id) ?? { id: r.id, type: r.type, name: r.name, score: 0, evidence: [], order };
    if (!a.evidence.some((e) => e.post === r.post && e.sentence === r.sentence))
      a.evidence.push({ post: r.post, title: '', url: null, sentence: r.sentence });
    byId.set(r.id, a);
  });
  const words = q.content.map((w) => w.toLowerCase());
  const statesTalk = byId.size ? await d.talks.statesTalk() : () => false;
  const titled = new Set(
    source.filter((r) => r.title && r.title.toLowerCase().includes(r.name.toLowerCase())).map((r) => r.id),
  );
  for (const a of byId.values()) {
    const overlap = a.evidence.reduce(
      (acc, e) => acc + words.filter((w) => e.sentence.toLowerCase().includes(w)).length,
      0,
    );
    // Posts that state it, words of the question in its sentences, and a talk titled after it.
    // Posts that state it, words of the question in its sentences, a talk titled after it, and
    // having spoken at the event the question names.
    const stated = a.evidence.some((e) => statesTalk(a.id, e.post, e.sentence));
    const bonus = (titled.has(a.id) ? 1.5 : 0) + (atEvent.has(a.id) ? 3 : 0) + (stated ? 0.5 : 0);
    // More posts count, but with diminishing weight: the author's employer, named in many
    // posts, must not drown out the one talk that matches the question's own words.
    const posts = 1 + Math.log2(new Set(a.evidence.map((e) => e.post)).size);
    a.score = Number((posts + 3 * overlap + bonus - a.order * 0.001).toFixed(3));
  }
  const titles = await d.postTitles([...new Set([...byId.values()].flatMap((a) => a.evidence.map((e) => e.post)))]);
  for (const e of [...byId.values()].flatMap((a) => a.evidence))
    Object.assign(e, titles.get(e.post) ?? { title: e.post, url: null, date: null });
  return [...byId.values()]
    .sort((a, b) => b.score - a.score || (a.name < b.name ? -1 : 1))
    .map(({ order: _order, ...a }) => a);
}

/** The people affiliated with organization `id`, each with the sentence that says so. */
async function membersOf(id: string, d: AskDeps): Promise<EvidenceRow[]> {
  const people = [
    ...new Set(
      (await d.store.query('speaker-links', {}))
        .filter((l) => l.rel === 'AFFILIATED_WITH' && l.other === id)
        .map((l) => l.id),
    ),
  ];
  const rows: EvidenceRow[] = [];
  for (const p of people) {
    const person = d.finder.get(p);
    for (const r of await d.store.query('affiliations-of', { id: p })) {
      if (r.id === id && person)
        rows.push({ id: p, name: person.name, type: person.type, post: r.post, sentence: r.sentence, title: r.title });
    }
  }
  return rows;
}

/**
 * Orders each answer's evidence so the sentence shown names both ends of the fact, marks the
 * names, and drops denials ("…didn't have much to do with Red Hat"); an answer whose only
 * proof is a denial goes. A sentence about another person is kept only when nothing better
 * exists, flagged `namesBoth: false`, so a right answer is not lost to a pronoun.
 */
async function trusted(answers: Answer[], asked: EntityRow | null, d: AskDeps): Promise<Answer[]> {
  const b = asked ? namesFor(asked) : [];
  const people = peopleOf(d.finder);
  const out: Answer[] = [];
  for (const a of answers) {
    const own = namesFor(d.finder.get(a.id) ?? a);
    const other = (id: string) => id !== a.id && id !== asked?.id;
    const aboutOther = (s: string) => !names(s, own) && people.named(s, other);
    const kept = trustworthy(
      await preferBoth(a.evidence, own, b, d.postText, asked?.type === 'Person' ? b : own),
      own,
      b,
    );
    const clean = kept.filter((e) => !aboutOther(e.sentence));
    const evidence = (clean.length ? clean : kept).map((e) => ({
      ...e,
      namesBoth: names(e.sentence, own) && (!b.length || asked?.type === 'Event' || names(e.sentence, b)),
      highlight: marked(e.sentence, own, b),
    }));
    if (evidence.length) out.push({ ...a, evidence });
  }
  return out;
}

const peopleCache = new WeakMap<EntityFinder, PeopleNames>();

/** Every known person's full name, findable in a sentence (built once per finder). */
function peopleOf(finder: EntityFinder): PeopleNames {
  let names = peopleCache.get(finder);
  if (!names) {
    names = new PeopleNames(finder.entities.filter((e) => e.type === 'Person' && /\s/.test(e.name)));
    peopleCache.set(finder, names);
  }
  return names;
}
