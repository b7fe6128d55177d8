// The curation file: decisions users make once about what extraction got wrong (merge,
// split, rename, retype, reject, alias), applied on every ingest so they survive re-extraction.
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { ConfigError } from '../../src/domain/errors.js';
import { entityId } from '../../src/domain/ids.js';
import { ENTITY_TYPES, type Entity, type EntityType, type Extraction } from '../../src/domain/model.js';
import { foldForm } from '../../src/domain/name-fold.js';

/** An entity named by id ("person:dave") or by name, optionally with its type. */
const Ref = z.union([z.string().min(1), z.object({ name: z.string().min(1), type: z.enum(ENTITY_TYPES).optional() })]);
type Ref = z.infer<typeof Ref>;

const CurationSchema = z
  .object({
    merge: z.array(z.object({ into: Ref, from: z.array(Ref).min(1) })).default([]),
    split: z.array(z.object({ id: z.string(), posts: z.record(z.string(), z.string()) })).default([]),
    rename: z.array(z.object({ id: Ref, name: z.string().min(1) })).default([]),
    retype: z.array(z.object({ id: Ref, type: z.enum(ENTITY_TYPES) })).default([]),
    reject: z.array(Ref).default([]),
    alias: z.array(z.object({ id: Ref, add: z.array(z.string().min(1)).min(1) })).default([]),
  })
  .strict();

export type Curation = z.infer<typeof CurationSchema>;

export const EMPTY_CURATION: Curation = { merge: [], split: [], rename: [], retype: [], reject: [], alias: [] };

/** Reads a curation file; none at `file` means no decisions. Bad YAML or shape: CURATION_INVALID. */
export function loadCuration(file: string): Curation {
  if (!existsSync(file)) return EMPTY_CURATION;
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'), { maxAliasCount: 50 }) ?? {};
  } catch (err) {
    throw new ConfigError('CURATION_INVALID', 'curation', file, `YAML: ${(err as Error).message.split('\n')[0]}`, {
      cause: err,
    });
  }
  const parsed = CurationSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError('CURATION_INVALID', 'curation', file, `${issue.path.join('.') || 'file'}: ${issue.message}`);
  }
  return parsed.data;
}

function matches(ref: Ref, e: Entity): boolean {
  if (typeof ref === 'string')
    return ref.includes(':') ? e.id === ref : [e.name, ...e.aliases].some((n) => foldForm(n) === foldForm(ref));
  return (!ref.type || ref.type === e.type) && [e.name, ...e.aliases].some((n) => foldForm(n) === foldForm(ref.name));
}

/** Applies `c` to one post's extraction: reject, split, retype, merge, rename, alias, in that order. */
export function applyCuration(x: Extraction, c: Curation): Extraction {
  let entities = x.entities.map((e) => ({ ...e, aliases: [...e.aliases] }));
  const remap = new Map<string, string | null>();
  for (const e of entities) if (c.reject.some((r) => matches(r, e))) remap.set(e.id, null);
  for (const s of c.split) {
    const target = s.posts[x.post.id];
    const e = entities.find((en) => en.id === s.id);
    if (target && e) {
      const name = target.includes(':') ? target.slice(target.indexOf(':') + 1).replace(/-/g, ' ') : target;
      const id = target.includes(':') ? target : entityId(e.type, target);
      entities.push({ ...e, id, name: target.includes(':') ? e.name : name, aliases: [e.name] });
      remap.set(e.id, id);
    }
  }
  entities = entities.filter((e) => !remap.has(e.id));
  for (const r of c.retype)
    for (const e of entities) if (matches(r.id, e) && e.type !== r.type) retype(e, r.type, remap);
  for (const m of c.merge) {
    const into =
      entities.find((e) => matches(m.into, e)) ??
      adoptTarget(
        m.into,
        entities.find((e) => m.from.some((r) => matches(r, e))),
        remap,
      );
    if (!into) continue;
    for (const e of entities) {
      if (e.id !== into.id && m.from.some((r) => matches(r, e))) {
        remap.set(e.id, into.id);
        into.aliases = [...new Set([...into.aliases, e.name, ...e.aliases])].filter((a) => a !== into.name).sort();
      }
    }
  }
  entities = entities.filter((e) => !remap.has(e.id) || remap.get(e.id) === e.id);
  for (const r of c.rename) for (const e of entities) if (matches(r.id, e) && e.name !== r.name) rename(e, r.name);
  for (const a of c.alias)
    for (const e of entities)
      if (matches(a.id, e)) e.aliases = [...new Set([...e.aliases, ...a.add])].filter((n) => n !== e.name).sort();
  // The names the post uses for each entity now include what curation renamed or added.
  const names = new Map(entities.map((e) => [e.id, [...new Set([e.name, ...e.aliases])].sort()]));
  const relations = remapRelations(x, remap).map((r) => (r.names ? { ...r, names: names.get(r.to) ?? r.names } : r));
  return { ...x, entities, relations };
}

/**
 * The post names only the duplicate ("Konrad Rzeszutek Wilk"), not the target: the duplicate
 * becomes the target, under the target's id and name.
 */
function adoptTarget(ref: Ref, e: Entity | undefined, remap: Map<string, string | null>): Entity | undefined {
  if (!e) return undefined;
  const name = typeof ref === 'string' ? (ref.includes(':') ? e.name : ref) : ref.name;
  const type = typeof ref === 'object' && ref.type ? ref.type : e.type;
  const id = typeof ref === 'string' && ref.includes(':') ? ref : entityId(type, name);
  remap.set(e.id, id);
  if (name !== e.name) rename(e, name);
  e.id = id;
  e.type = type;
  return e;
}

function retype(e: Entity, type: EntityType, remap: Map<string, string | null>): void {
  const id = entityId(type, e.name);
  remap.set(e.id, id);
  e.id = id;
  e.type = type;
}

function rename(e: Entity, name: string): void {
  e.aliases = [...new Set([...e.aliases, e.name])].filter((a) => a !== name).sort();
  e.name = name;
}

function remapRelations(x: Extraction, remap: Map<string, string | null>): Extraction['relations'] {
  const map = (id: string): string | null => {
    let current: string | null = id;
    // Follow chains (retyped, then merged) a bounded number of steps.
    for (let i = 0; i < 8 && current !== null && remap.has(current) && remap.get(current) !== current; i++)
      current = remap.get(current)!;
    return current;
  };
  const seen = new Set<string>();
  return x.relations.flatMap((r) => {
    const from = map(r.from);
    const to = map(r.to);
    const key = `${r.type}|${from}|${to}`;
    if (!from || !to || from === to || seen.has(key)) return [];
    seen.add(key);
    return [{ ...r, from, to }];
  });
}
