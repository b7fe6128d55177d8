// The web UI (static files with deep links), the embed script and the iframe variant.
// Embedding needs helmet's defaults relaxed on the embed routes only.

import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Response, Router } from 'express';
import { TalkgraphError } from '../domain/errors.js';
import type { QueryApi } from '../query/query-api.js';
import { FRAME_CSP, frameHtml, type Theme } from './embed-frame.js';
import { RelatedByUrlQuery, RelatedQuery } from './schemas.js';

export const WEB_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web');
const CYTOSCAPE = createRequire(import.meta.url).resolve('cytoscape/dist/cytoscape.min.js');

/** Lets any site load and frame what the embed box needs, and nothing else. */
function embeddable(res: Response): void {
  res.removeHeader('X-Frame-Options');
  res.set('Cross-Origin-Resource-Policy', 'cross-origin');
  res.set('Content-Security-Policy', FRAME_CSP);
}

const themeOf = (t: unknown): Theme => (t === 'dark' || t === 'light' ? t : 'auto');

export function webRoutes(service: QueryApi): Router {
  const r = Router();
  r.use('/assets', express.static(path.join(WEB_DIR, 'assets'), { maxAge: '5m' }));
  r.get('/vendor/cytoscape.min.js', (_req, res) => res.sendFile(CYTOSCAPE, { maxAge: '1d' }));
  r.get('/embed.js', (_req, res) => {
    embeddable(res);
    res.set('Access-Control-Allow-Origin', '*');
    res.sendFile(path.join(WEB_DIR, 'embed.js'), { maxAge: '5m' });
  });
  r.get('/embed/frame', (req, res, next) => {
    const url = typeof req.query.url === 'string' ? req.query.url : undefined;
    const post = typeof req.query.post === 'string' ? req.query.post : undefined;
    const base = url ?? (typeof req.query.base === 'string' ? req.query.base : undefined);
    const theme = themeOf(req.query.theme);
    const title =
      typeof req.query.title === 'string' && req.query.title.trim()
        ? req.query.title.trim().slice(0, 80)
        : 'Related posts';
    const { limit } = url ? RelatedByUrlQuery.parse(req.query) : RelatedQuery.parse(req.query);
    service
      .related(post ? { id: post } : { url: url ?? '' }, limit)
      .then((r) => {
        embeddable(res);
        res.type('html').send(frameHtml(r.related, base, theme, title));
      })
      .catch((err: unknown) => {
        // A post talkgraph does not know: an empty page, so the blog shows no box at all.
        if (!(err instanceof TalkgraphError) || err.code !== 'NOT_FOUND') return next(err);
        embeddable(res);
        res
          .status(404)
          .type('html')
          .send(frameHtml([], base, theme, title));
      });
  });
  // Deep links: every page of the app is index.html; the script reads the URL.
  for (const page of [
    '/',
    '/speakers',
    '/events',
    '/organizations',
    '/projects',
    '/people',
    '/entity/*splat',
    '/post/*splat',
    '/graph/*splat',
  ])
    r.get(page, (_req, res) => res.sendFile(path.join(WEB_DIR, 'index.html')));
  return r;
}
