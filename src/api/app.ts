// Wiring in one place: createApp(deps) builds the Express app from the query service.
import express, { type Express } from 'express';
import type { QueryService } from '../query/query-service.js';
import { errorMiddleware } from './errors.js';
import { apiRoutes } from './routes.js';

export interface AppDeps {
  service: QueryService;
}

/** The HTTP app: /api (read API), /healthz, /readyz, JSON errors. */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', 'strong');
  app.set('trust proxy', 'loopback');
  app.get('/healthz', (_req, res) => void res.set('Cache-Control', 'no-store').json({ status: 'ok' }));
  app.get('/readyz', (_req, res, next) => {
    deps.service
      .ready()
      .then((r) => res.set('Cache-Control', 'no-store').json({ status: 'ready', ...r }))
      .catch(next);
  });
  app.use('/api', apiRoutes(deps.service));
  app.use('/api', (_req, res) => void res.status(404).json({ error: { code: 'NOT_FOUND', message: 'api: no such endpoint' } }));
  app.use(errorMiddleware);
  return app;
}
