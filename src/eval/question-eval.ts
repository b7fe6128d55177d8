// Scores the gold questions against the whole ingested corpus: answer recall within the top
// max(5, number of gold answers), and whether the first answer is a gold one.

import { normalizeName } from '../domain/name-fold.js';
import type { QueryService } from '../query/query-service.js';
import type { GoldPost } from './gold.js';

export interface QuestionScore {
  q: string;
  gold: string[];
  got: string[];
  recall: number;
  firstRight: boolean;
  intent: string;
}

export interface QuestionReport {
  questions: QuestionScore[];
  recallAt5: number;
  firstRight: number;
}

/** Pools identical questions across posts (answers merged), asks each once, scores them. */
export async function evalQuestions(gold: GoldPost[], service: QueryService): Promise<QuestionReport> {
  const pooled = new Map<string, { q: string; answers: Set<string>; aliases: Map<string, Set<string>> }>();
  for (const post of gold) {
    for (const { q, answers } of post.questions) {
      const key = q.trim().toLowerCase().replace(/\s+/g, ' ');
      const entry = pooled.get(key) ?? { q, answers: new Set<string>(), aliases: new Map() };
      for (const a of answers) {
        entry.answers.add(a);
        entry.aliases.set(a, new Set([a, ...(post.aliases[a] ?? [])].map(normalizeName)));
      }
      pooled.set(key, entry);
    }
  }
  const questions: QuestionScore[] = [];
  for (const { q, answers, aliases } of pooled.values()) {
    const result = await service.ask(q);
    const gold = [...answers];
    const k = Math.max(5, gold.length);
    const got = result.answers.map((a) => a.name);
    const top = got.slice(0, k).map(normalizeName);
    const hit = (g: string) => top.some((t) => aliases.get(g)!.has(t));
    const recall = gold.filter(hit).length / gold.length;
    const first = got[0] ? gold.some((g) => aliases.get(g)!.has(normalizeName(got[0]!))) : false;
    questions.push({ q, gold, got: got.slice(0, k), recall, firstRight: first, intent: result.intent });
  }
  const n = Math.max(questions.length, 1);
  return {
    questions,
    recallAt5: questions.reduce((a, s) => a + s.recall, 0) / n,
    firstRight: questions.filter((s) => s.firstRight).length / n,
  };
}
