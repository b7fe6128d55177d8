// Wiring in one place: createApp(deps) builds the Express app over a read interface (QueryApi).
import compression from 'compression';
import express, { type Express, type RequestHandler } from 'express';
import helmet from 'helmet';
import type { QueryApi } from '../query/query-api.js';
import { errorMiddleware, notFound } from './errors.js';
import { safeUrlFields } from './json-body.js';
import { apiRoutes } from './routes.js';
import { webRoutes } from './web-routes.js';

/** What the app is built over: interfaces only, so any implementation (live, fake) will do. */
export interface AppDeps {
  /** Answers every read route. */
  service: QueryApi;
  /** Absolute base URL for links in feeds (`--public-url`); never taken from request headers. */
  publicUrl?: string;
}

export const DEFAULT_PUBLIC_URL = 'http://127.0.0.1:3000';

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
  // The same replacer jsonBody applies to the cached answers' bodies (src/api/json-body.ts).
  app.set('json replacer', safeUrlFields);
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
  app.use('/api', apiRoutes(deps.service, { publicUrl: deps.publicUrl ?? DEFAULT_PUBLIC_URL }));
  app.use(webRoutes(deps.service));
  app.use(notFound);
  app.use(errorMiddleware);
  return app;
}
