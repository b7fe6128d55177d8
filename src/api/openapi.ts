// The OpenAPI 3.1 document of the read API, served at /api/openapi.json, derived from the zod
// schemas the routes validate with (zod's own JSON Schema output), so the two cannot drift.
import { createRequire } from 'node:module';
import { z } from 'zod';
import {
  AskQuery,
  BrowseParams,
  BrowseQuery,
  EntitiesQuery,
  GraphQuery,
  IdParam,
  RelatedByUrlQuery,
  RelatedQuery,
  SearchQuery,
} from './schemas.js';

type JsonSchema = { properties?: Record<string, Record<string, unknown>>; required?: string[] };

/** OpenAPI parameters from a zod object schema: one per field, in `where`. */
function parameters(schema: z.ZodType, where: 'query' | 'path'): object[] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return Object.entries(json.properties ?? {}).map(([name, { description, ...rest }]) => ({
    name,
    in: where,
    required: where === 'path' || (json.required ?? []).includes(name),
    ...(description ? { description } : {}),
    schema: rest,
  }));
}

const errorRef = { content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
const errors = {
  '400': { description: 'invalid request', ...errorRef },
  '404': { description: 'not found', ...errorRef },
  '503': { description: 'the store is unavailable', ...errorRef },
};
const json = (description: string, schema: object = { type: 'object' }) => ({
  description,
  content: { 'application/json': { schema } },
});

interface Route {
  path: string;
  summary: string;
  query?: z.ZodType;
  id?: boolean;
  /** Path parameters other than {id}. */
  params?: z.ZodType;
  response: object;
}

const ROUTES: Route[] = [
  {
    path: '/api/search',
    summary: 'keyword search over posts, with an entity card',
    query: SearchQuery,
    response: json('posts with snippets (text and marks), counts, facets, the corrected query'),
  },
  {
    path: '/api/posts/{id}',
    summary: 'a post: entities it names with evidence, facts it states, related posts',
    id: true,
    response: json('the post page'),
  },
  {
    path: '/api/browse/{kind}',
    summary: 'an index: events, organizations, projects, people or places, with counts',
    params: BrowseParams,
    query: BrowseQuery,
    response: json('the index'),
  },
  {
    path: '/api/ask',
    summary: 'answer a question from the graph (falls back to search)',
    query: AskQuery,
    response: json('answers with evidence', { $ref: '#/components/schemas/AskResult' }),
  },
  {
    path: '/api/entities',
    summary: 'list, filter and autocomplete entities',
    query: EntitiesQuery,
    response: json('entities'),
  },
  {
    path: '/api/entities/{id}',
    summary: 'an entity profile: talks, speakers, organizations, events, posts',
    id: true,
    response: json('the profile'),
  },
  {
    path: '/api/entities/{id}/feed.atom',
    summary: 'an Atom feed of the posts naming an entity',
    id: true,
    response: { description: 'Atom feed', content: { 'application/atom+xml': { schema: { type: 'string' } } } },
  },
  {
    path: '/api/speakers',
    summary: 'every speaker with projects, organizations and events',
    response: json('speakers'),
  },
  {
    path: '/api/events/{id}',
    summary: 'an event: its speakers and their topics',
    id: true,
    response: json('the event profile'),
  },
  {
    path: '/api/posts/{id}/related',
    summary: 'related posts, each with its reasons',
    id: true,
    query: RelatedQuery,
    response: json('related posts'),
  },
  {
    path: '/api/posts/related',
    summary: 'related posts of the post at a URL',
    query: RelatedByUrlQuery,
    response: json('related posts'),
  },
  {
    path: '/api/graph',
    summary: 'the neighbourhood of an entity as nodes and edges',
    query: GraphQuery,
    response: json('nodes and edges'),
  },
  { path: '/healthz', summary: 'liveness', response: json('alive') },
  { path: '/readyz', summary: 'readiness: the store answers', response: json('ready') },
];

const VERSION = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;

/** The document; built from the route table and the zod schemas. */
export function openApiDocument(): object {
  const paths = Object.fromEntries(
    ROUTES.map((r) => [
      r.path,
      {
        get: {
          summary: r.summary,
          parameters: [
            ...(r.id ? parameters(IdParam, 'path') : []),
            ...(r.params ? parameters(r.params, 'path') : []),
            ...(r.query ? parameters(r.query, 'query') : []),
          ],
          responses: { '200': r.response, ...errors },
        },
      },
    ]),
  );
  return {
    openapi: '3.1.0',
    info: {
      title: 'talkgraph',
      version: VERSION,
      description: 'Search and browse a knowledge graph of tech event write-ups.',
    },
    paths,
    components: {
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: { code: { type: 'string' }, message: { type: 'string' } },
            },
          },
        },
        AskResult: {
          type: 'object',
          required: ['question', 'intent', 'entity', 'answers', 'posts'],
          properties: {
            question: { type: 'string' },
            intent: { type: 'string' },
            entity: {
              type: ['object', 'null'],
              properties: { id: { type: 'string' }, type: { type: 'string' }, name: { type: 'string' } },
            },
            answers: {
              type: 'array',
              items: { type: 'object', required: ['id', 'type', 'name', 'score', 'evidence'] },
            },
            posts: { type: 'array', items: { type: 'object', required: ['id', 'title', 'url', 'score', 'snippet'] } },
          },
        },
      },
    },
  };
}
