// The HTTP routes of the read API: each validates its input, asks the query service, and
// answers JSON with an ETag and a short Cache-Control.
import { type Request, type RequestHandler, type Response, Router } from 'express';
import { renderedAnswer } from '../query/cached-queries.js';
import type { QueryApi } from '../query/query-api.js';
import { parseSites, type SiteList } from '../query/site-filter.js';
import { type JsonBody, jsonBody, sendJsonBody } from './json-body.js';
import { openApiDocument } from './openapi.js';
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

type Handler = (req: Request, res: Response) => Promise<unknown>;

/** Wraps an async handler: its value is sent as JSON; its error goes to the error middleware. */
function json(handler: Handler): RequestHandler {
  return (req, res, next) => {
    handler(req, res)
      .then((body) => {
        if (!res.headersSent) res.set('Cache-Control', 'public, max-age=60').json(body);
      })
      .catch(next);
  };
}

/**
 * Wraps the handler of a cached answer (search, ask, related): it yields the answer's JSON body,
 * which the answer cache keeps, so a repeated query costs no copy, serialization or hash.
 */
function answer(handler: (req: Request) => Promise<JsonBody>): RequestHandler {
  return (req, res, next) => {
    handler(req)
      .then((body) => {
        if (!res.headersSent) sendJsonBody(res.set('Cache-Control', 'public, max-age=60'), body);
      })
      .catch(next);
  };
}

/** The /api routes, answered by `service`; feed links start at `options.publicUrl`. */
export function apiRoutes(service: QueryApi, options: { publicUrl: string }): Router {
  const r = Router();
  r.get(
    '/search',
    answer(async (req) => {
      const { q, limit, offset, sort, year, site, type } = SearchQuery.parse(req.query);
      const filters = { sort, ...(year ? { year } : {}), ...(site ? { site } : {}), ...(type ? { type } : {}) };
      return renderedAnswer(service, 'search', [q, limit, offset, filters], jsonBody);
    }),
  );
  r.get(
    '/ask',
    answer(async (req) => {
      const { q, site, sites } = AskQuery.parse(req.query);
      return renderedAnswer(service, 'ask', [q, parseSites(site, sites)], jsonBody);
    }),
  );
  r.get(
    '/entities',
    json(async (req) => {
      const { type, q, limit } = EntitiesQuery.parse(req.query);
      return { entities: await service.entities(type ?? null, q ?? null, limit) };
    }),
  );
  r.get('/entities/:id/feed.atom', (req, res, next) => {
    const { id } = IdParam.parse(req.params);
    service
      .feed(id, options.publicUrl)
      .then((xml) => res.type('application/atom+xml').set('Cache-Control', 'public, max-age=300').send(xml))
      .catch(next);
  });
  r.get(
    '/entities/:id',
    json(async (req) => service.entity(IdParam.parse(req.params).id)),
  );
  r.get(
    '/speakers',
    json(async () => ({ speakers: await service.speakers() })),
  );
  r.get(
    '/events/:id',
    json(async (req) => service.event(IdParam.parse(req.params).id)),
  );
  r.get(
    '/posts/related',
    answer(async (req) => {
      const { url, limit, site, sites } = RelatedByUrlQuery.parse(req.query);
      return renderedAnswer(service, 'related', [{ url }, limit, relatedSites(site, sites)], jsonBody);
    }),
  );
  r.get(
    '/posts/:id/related',
    answer(async (req) => {
      const { id } = IdParam.parse(req.params);
      const url = typeof req.query.url === 'string' ? req.query.url : undefined;
      const { limit, site, sites } = RelatedQuery.parse(req.query);
      return renderedAnswer(service, 'related', [url ? { url } : { id }, limit, relatedSites(site, sites)], jsonBody);
    }),
  );
  r.get(
    '/posts/:id',
    json(async (req) => service.post(IdParam.parse(req.params).id)),
  );
  r.get(
    '/browse/:kind',
    json(async (req) => {
      const { kind } = BrowseParams.parse(req.params);
      const type = (
        {
          events: 'Event',
          organizations: 'Organization',
          projects: 'Project',
          people: 'Person',
          places: 'Place',
        } as const
      )[kind];
      return service.browseIndex(type, BrowseQuery.parse(req.query).q ?? null);
    }),
  );
  r.get(
    '/graph',
    json(async (req) => {
      const { center, depth, limit } = GraphQuery.parse(req.query);
      return service.graph(center, depth, limit);
    }),
  );
  r.get('/openapi.json', (_req, res) => void res.json(openApiDocument()));
  return r;
}

/** Related posts: the post's own site unless `site`/`sites` name others (`*` for all). */
function relatedSites(site?: string, sites?: string): SiteList | 'same' {
  return site === undefined && sites === undefined ? 'same' : parseSites(site, sites);
}
