// The OpenAPI 3.1 document of the read API, served at /api/openapi.json.

const q = (name: string, description: string, schema: object, required = false) => ({ name, in: 'query', required, description, schema });
const id = { name: 'id', in: 'path', required: true, description: 'entity or post id, e.g. person:george-dunlap', schema: { type: 'string', maxLength: 300 } };
const errors = {
  '400': { description: 'invalid request', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
  '404': { description: 'not found', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
};
const ok = (description: string, schema: object = { type: 'object' }) => ({ description, content: { 'application/json': { schema } } });
const get = (summary: string, parameters: object[], response: object) => ({ get: { summary, parameters, responses: { '200': response, ...errors } } });

/** The document; built on request so it always matches the routes. */
export function openApiDocument(): object {
  const limit = (max: number, dflt: number) => q('limit', `page size (1-${max})`, { type: 'integer', minimum: 1, maximum: max, default: dflt });
  return {
    openapi: '3.1.0',
    info: { title: 'talkgraph', version: '0.1.0', description: 'Search and browse a knowledge graph of tech event write-ups.' },
    paths: {
      '/api/search': get('keyword search over posts, with an entity card', [q('q', 'keywords; "quoted phrases" match as phrases', { type: 'string', maxLength: 200 }, true), limit(50, 10), q('offset', 'results to skip', { type: 'integer', minimum: 0, maximum: 1000, default: 0 }), q('sort', 'relevance or date', { type: 'string', enum: ['relevance', 'date'] }), q('year', 'only posts of this year', { type: 'string' }), q('site', 'only posts of this site', { type: 'string' }), q('type', 'only posts naming a matching entity of this type', { type: 'string' })], ok('posts with snippets (text and marks), counts, facets, the corrected query')),
      '/api/posts/{id}': get('a post: entities it names with evidence, facts it states, related posts', [id], ok('the post page')),
      '/api/browse/{kind}': get('an index: events, organizations, projects, people or places, with counts', [{ name: 'kind', in: 'path', required: true, schema: { type: 'string', enum: ['events', 'organizations', 'projects', 'people', 'places'] } }, q('q', 'name filter', { type: 'string', maxLength: 100 })], ok('the index')),
      '/api/ask': get('answer a question from the graph (falls back to search)', [q('q', 'a question: "who talked about credit2"', { type: 'string', maxLength: 200 }, true)], ok('answers with evidence', { $ref: '#/components/schemas/AskResult' })),
      '/api/entities': get('list, filter and autocomplete entities', [q('type', 'Person, Organization, Project, Event or Place', { type: 'string' }), q('q', 'name prefix', { type: 'string', maxLength: 100 }), limit(100, 20)], ok('entities')),
      '/api/entities/{id}': get('an entity profile: talks, speakers, organizations, events, posts', [id], ok('the profile')),
      '/api/entities/{id}/feed.atom': get('an Atom feed of the posts naming an entity', [id], { description: 'Atom feed', content: { 'application/atom+xml': { schema: { type: 'string' } } } }),
      '/api/speakers': get('every speaker with projects, organizations and events', [], ok('speakers')),
      '/api/events/{id}': get('an event: its speakers and their topics', [id], ok('the event profile')),
      '/api/posts/{id}/related': get('related posts, each with its reasons', [id, q('url', 'find the post by URL instead', { type: 'string' }), limit(20, 5)], ok('related posts')),
      '/api/posts/related': get('related posts of the post at a URL', [q('url', 'the post URL', { type: 'string', maxLength: 2000 }, true), limit(20, 5)], ok('related posts')),
      '/api/graph': get('the neighbourhood of an entity as nodes and edges', [q('center', 'entity id', { type: 'string' }, true), q('depth', 'hops (1-3)', { type: 'integer', minimum: 1, maximum: 3, default: 1 }), q('limit', 'most nodes, strongest links first (5-300)', { type: 'integer', minimum: 5, maximum: 300, default: 150 })], ok('nodes and edges')),
      '/healthz': get('liveness', [], ok('alive')),
      '/readyz': get('readiness: the store answers', [], ok('ready')),
    },
    components: {
      schemas: {
        Error: { type: 'object', required: ['error'], properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' } } } } },
        AskResult: {
          type: 'object',
          required: ['question', 'intent', 'entity', 'answers', 'posts'],
          properties: {
            question: { type: 'string' },
            intent: { type: 'string' },
            entity: { type: ['object', 'null'], properties: { id: { type: 'string' }, type: { type: 'string' }, name: { type: 'string' } } },
            answers: { type: 'array', items: { type: 'object', required: ['id', 'type', 'name', 'score', 'evidence'] } },
            posts: { type: 'array', items: { type: 'object', required: ['id', 'title', 'url', 'score', 'snippet'] } },
          },
        },
      },
    },
  };
}
