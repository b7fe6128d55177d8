// The query inputs of the scale benchmark, read off the store: keywords (project names, common
// words, a phrase, a typo), questions about the first people, projects and events, and post ids.
import type { QueryService } from '../../src/query/query-service.js';
import type { GraphStore } from '../../src/stores/graph-store.js';

export interface ScaleQuestions {
  words: string[];
  questions: string[];
  ids: string[];
}

/** The inputs for a store of `posts` posts (about 200 post ids, evenly spread). */
export async function questionsFor(store: GraphStore, posts: number): Promise<ScaleQuestions> {
  const entities = await store.query('entities-all', {});
  const of = (type: string) =>
    entities
      .filter((e) => e.type === type)
      .slice(0, 5)
      .map((e) => e.name);
  const [people, projects, events] = [of('Person'), of('Project'), of('Event')];
  const ids = (await store.query('stored-posts', {}))
    .map((r) => r.post)
    .filter((_id, i) => i % Math.max(1, Math.floor(posts / 200)) === 0);
  return {
    words: [
      ...projects,
      'storage',
      'observability scheduling',
      '"release engineering"',
      people[0]?.split(' ')[1] ?? 'talk',
      'packagng',
    ],
    questions: [
      ...projects.slice(0, 3).map((p) => `who talked about ${p}`),
      ...people.slice(0, 2).map((p) => `what did ${p} talk about`),
      ...events.slice(0, 2).map((e) => `who spoke at ${e}`),
    ],
    ids,
  };
}

/** The timed operations, each with its inputs: search, ask and related, in that order. */
export function queryOps(
  service: QueryService,
  q: ScaleQuestions,
): ReadonlyArray<readonly [string, string[], (input: string) => Promise<unknown>]> {
  return [
    ['search', q.words, (w) => service.search(w)],
    ['ask', q.questions, (w) => service.ask(w)],
    ['related', q.ids, (id) => service.related({ id })],
  ];
}
