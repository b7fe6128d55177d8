// Request validation for the API (zod), with limits on query length and page size.
import { z } from 'zod';
import { ENTITY_TYPES } from '../domain/model.js';

const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
const int = (min: number, max: number, dflt: number) => z.coerce.number().int().min(min).max(max).default(dflt);

const limit = (max: number, dflt: number) => int(1, max, dflt).describe(`page size (1-${max})`);
const entityType = z
  .string()
  .transform((t) => ENTITY_TYPES.find((x) => x.toLowerCase() === t.toLowerCase()) ?? t)
  .pipe(z.enum(ENTITY_TYPES));

// The descriptions are the OpenAPI document's (src/api/openapi.ts derives it from these).
export const SearchQuery = z.object({
  q: text(200).describe('keywords; "quoted phrases" match as phrases'),
  limit: limit(50, 10),
  offset: int(0, 1000, 0).describe('results to skip'),
  sort: z.enum(['relevance', 'date']).default('relevance'),
  year: z
    .string()
    .regex(/^\d{4}$/, 'must be a year such as 2010')
    .optional(),
  site: text(200).optional(),
  type: entityType.optional(),
});
/** The index pages: /api/browse/events, organizations, projects, people. */
export const BrowseParams = z.object({ kind: z.enum(['events', 'organizations', 'projects', 'people', 'places']) });
export const BrowseQuery = z.object({ q: text(100).optional() });
/** Blogs to draw posts from: `site=a` or `sites=a,b` (`*` for every site). */
const sites = z.string().max(500).optional();
export const AskQuery = z.object({
  q: text(200).describe('a question: "who talked about credit2"'),
  site: sites,
  sites,
});
export const EntitiesQuery = z.object({
  type: z
    .string()
    .transform((t) => ENTITY_TYPES.find((x) => x.toLowerCase() === t.toLowerCase()) ?? t)
    .pipe(z.enum(ENTITY_TYPES))
    .optional()
    .describe(`${ENTITY_TYPES.join(', ')} (any case)`),
  q: text(100).optional().describe('name prefix (autocomplete)'),
  limit: limit(100, 20),
});
export const IdParam = z.object({ id: text(300).describe('entity or post id, e.g. person:george-dunlap') });
export const RelatedQuery = z.object({ limit: int(1, 20, 5), site: sites, sites });
export const RelatedByUrlQuery = z.object({
  url: text(2000).describe('the post URL'),
  limit: int(1, 20, 5),
  site: sites,
  sites,
});
export const GraphQuery = z.object({
  center: text(300).describe('entity id'),
  depth: int(1, 3, 1).describe('hops (1-3)'),
  limit: int(5, 300, 150),
});
