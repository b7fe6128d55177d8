// Reads the gold labels (JSONL, one post per line; format in ../shared/gold/README.md).
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ConfigError } from '../domain/errors.js';

const GoldPost = z.object({
  file: z.string(),
  author: z.string().nullable().optional(),
  event: z.object({ name: z.string(), year: z.number().nullable() }).nullable(),
  people: z.array(z.string()).default([]),
  organizations: z.array(z.string()).default([]),
  projects: z.array(z.string()).default([]),
  events_mentioned: z.array(z.string()).default([]),
  places: z.array(z.string()).default([]),
  aliases: z.record(z.string(), z.array(z.string())).default({}),
  talks: z
    .array(
      z.object({
        speaker: z.string(),
        about: z.array(z.string()).default([]),
        title: z.string().nullable().optional(),
      }),
    )
    .default([]),
  affiliations: z.array(z.object({ person: z.string(), org: z.string() })).default([]),
  questions: z.array(z.object({ q: z.string(), answers: z.array(z.string()) })).default([]),
});

export type GoldPost = z.infer<typeof GoldPost>;

/** Parses a gold file; a malformed line is a ConfigError naming the file and line. */
export function readGold(file: string): GoldPost[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ConfigError('GOLD_INVALID', 'eval', file, (err as Error).message, { cause: err });
  }
  return text
    .split(/\r?\n/)
    .map((line, i) => [line, i + 1] as const)
    .filter(([line]) => line.trim())
    .map(([line, n]) => {
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch (err) {
        throw new ConfigError('GOLD_INVALID', 'eval', `${file}:${n}`, `not JSON: ${(err as Error).message}`);
      }
      const parsed = GoldPost.safeParse(json);
      if (!parsed.success)
        throw new ConfigError('GOLD_INVALID', 'eval', `${file}:${n}`, parsed.error.issues[0]?.message ?? 'bad shape');
      return parsed.data;
    });
}
