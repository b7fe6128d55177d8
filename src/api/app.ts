// Wiring in one place: createApp(deps) builds the Express app from the query service.
import compression from 'compression';
import express, { type Express, type RequestHandler } from 'express';
import helmet from 'helmet';
import type { QueryService } from '../query/query-service.js';
import { errorMiddleware } from './errors.js';
import { apiRoutes } from './routes.js';
import { webRoutes } from './web-routes.js';

export interface AppDeps {
  service: QueryService;
}

/** CORS only where the embed box reads (related posts), so other sites can show it. */
const cors: RequestHandler = (req, res, next) => {
  if (req.path.endsWith('/related')) {
    res.set('Access-Control-Allow-Origin', '*');
    res.set('Cross-Origin-Resource-Policy', 'cross-origin');
  }
  next();
};

/** The HTTP app: /api (read API), the web UI, the embed box, /healthz, /readyz, JSON errors. */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', 'strong');
  app.set('trust proxy', 'loopback');
  app.use(helmet());
  app.use(compression({ threshold: 512 }));
  app.use('/api/posts', cors);
  app.get('/healthz', (_req, res) => void res.set('Cache-Control', 'no-store').json({ status: 'ok' }));
  app.get('/readyz', (_req, res, next) => {
    deps.service
      .ready()
      .then((r) => res.set('Cache-Control', 'no-store').json({ status: 'ready', ...r }))
      .catch(next);
  });
  app.use('/api', apiRoutes(deps.service));
  app.use(webRoutes(deps.service));
  app.use('/api', (_req, res) => void res.status(404).json({ error: { code: 'NOT_FOUND', message: 'api: no such endpoint' } }));
  app.use(errorMiddleware);
  return app;
}
