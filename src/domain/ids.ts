// Stable ids for entities and posts: lower-case ASCII slugs prefixed by the type.
import type { EntityType } from './model.js';

/** "Open vSwitch" → "open-vswitch"; "Dave & Buster's" → "dave-buster-s". */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\+/g, '-plus')
    .replace(/#/g, '-sharp')
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/\.(?![a-z0-9])|(?<![a-z0-9])\./g, '')
    .replace(/^-+|-+$/g, '');
  return slug || 'x';
}

/** `entityId('Person', 'George Dunlap')` → "person:george-dunlap". */
export function entityId(type: EntityType, name: string): string {
  return `${type.toLowerCase()}:${slugify(name)}`;
}

/** The type encoded in an entity id, or null for a post id. */
export function typeOfId(id: string): EntityType | null {
  const prefix = id.slice(0, id.indexOf(':'));
  const map: Record<string, EntityType> = {
    person: 'Person',
    organization: 'Organization',
    project: 'Project',
    event: 'Event',
    place: 'Place',
  };
  return map[prefix] ?? null;
}
