// The whole corpus votes on a name's type: typed Project in ten posts and Person in one, it is
// a Project everywhere. Only a clear majority wins, and never against what a post states of it.
import { entityId } from '../../src/domain/ids.js';
import type { EntityType, Extraction } from '../../src/domain/model.js';
import { foldForm } from '../../src/domain/name-fold.js';

/** Types a vote may move between, and how clear the majority must be. */
const VOTED: ReadonlySet<EntityType> = new Set(['Person', 'Organization', 'Project']);
const MIN_POSTS = 3;
const MIN_RATIO = 3;

/** Retypes, post by post, the entities whose name the other posts clearly give another type. */
export function voteTypes(xs: Extraction[]): Extraction[] {
  const votes = new Map<string, Map<EntityType, number>>();
  for (const x of xs) {
    for (const e of x.entities) {
      if (!VOTED.has(e.type)) continue;
      const v = votes.get(foldForm(e.name)) ?? new Map<EntityType, number>();
      v.set(e.type, (v.get(e.type) ?? 0) + 1);
      votes.set(foldForm(e.name), v);
    }
  }
  return xs.map((x) => retypePost(x, (name, type) => winner(votes.get(foldForm(name)), type)));
}

/** The majority type when it is clear and no Person; else null. */
function winner(v: Map<EntityType, number> | undefined, current: EntityType): EntityType | null {
  if (!v) return null;
  const [top, n] = [...v].sort((a, b) => b[1] - a[1])[0]!;
  const mine = v.get(current) ?? 0;
  return top !== current && top !== 'Person' && n >= MIN_POSTS && n >= MIN_RATIO * mine ? top : null;
}

function retypePost(x: Extraction, vote: (name: string, type: EntityType) => EntityType | null): Extraction {
  const moved = new Map<string, string>();
  const entities = x.entities.map((e) => {
    const type = VOTED.has(e.type) ? vote(e.name, e.type) : null;
    if (!type || statedAs(x, e.id, e.type)) return e;
    const id = entityId(type, e.name);
    moved.set(e.id, id);
    return { ...e, id, type };
  });
  if (moved.size === 0) return x;
  const map = (id: string) => moved.get(id) ?? id;
  return { ...x, entities, relations: x.relations.map((r) => ({ ...r, from: map(r.from), to: map(r.to) })) };
}

/** A person who speaks or works somewhere, an organization someone works for: the post states the type. */
function statedAs(x: Extraction, id: string, type: EntityType): boolean {
  if (type === 'Person') return x.relations.some((r) => r.from === id && r.type !== 'MENTIONS');
  if (type === 'Organization') return x.relations.some((r) => r.to === id && r.type === 'AFFILIATED_WITH');
  return false;
}
