// The last step of extraction: entities below their type's fitted confidence floor are dropped,
// with every relation that names them. The floors are fitted on labelled blogs by `npm run train`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EntityType, Extraction } from '../../src/domain/model.js';

/** Minimum confidence per entity type; a type not listed keeps every entity. */
export type Thresholds = Partial<Record<EntityType, number>>;

/** No floor at all: what eval extracts before it applies (or fits) floors of its own. */
export const NO_THRESHOLDS: Thresholds = {};

const FITTED = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fitted', 'thresholds.json');

let fitted: Thresholds | null = null;

/** The floors committed by `npm run train` (fitted on every labelled blog); none when absent. */
export function fittedThresholds(): Thresholds {
  if (fitted) return fitted;
  try {
    const data = JSON.parse(readFileSync(FITTED, 'utf8')) as { thresholds: Thresholds };
    fitted = data.thresholds;
  } catch {
    fitted = NO_THRESHOLDS;
  }
  return fitted;
}

/** `x` without the entities below their floor and the relations that name them. */
export function applyThresholds(x: Extraction, thresholds: Thresholds): Extraction {
  const dropped = new Set(x.entities.filter((e) => e.confidence < (thresholds[e.type] ?? 0)).map((e) => e.id));
  if (dropped.size === 0) return x;
  return {
    ...x,
    entities: x.entities.filter((e) => !dropped.has(e.id)),
    relations: x.relations.filter((r) => !dropped.has(r.from) && !dropped.has(r.to)),
  };
}
