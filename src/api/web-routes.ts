// The web UI (static files with deep links), the embed script and the iframe variant.
// Embedding needs helmet's defaults relaxed on the embed routes only.
import express, { Router, type Response } from 'express';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { QueryService } from '../query/query-service.js';
import { safeAbsoluteUrl, safeUrl } from '../domain/safe-url.js';
import { escapeHtml } from '../query/snippets.js';
import { RelatedByUrlQuery, RelatedQuery } from './schemas.js';

export const WEB_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web');
const CYTOSCAPE = createRequire(import.meta.url).resolve('cytoscape/dist/cytoscape.min.js');

/** Lets any site load and frame what the embed box needs, and nothing else. */
function embeddable(res: Response): void {
  res.removeHeader('X-Frame-Options');
  res.set('Cross-Origin-Resource-Policy', 'cross-origin');
  res.set('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors *; base-uri 'none'; form-action 'none'");
}

export function webRoutes(service: QueryService): Router {
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
    const { limit } = url ? RelatedByUrlQuery.parse(req.query) : RelatedQuery.parse(req.query);
    service
      .related(post ? { id: post } : { url: url ?? '' }, limit)
      .then((r) => {
        embeddable(res);
        res.type('html').send(frameHtml(r.related, url ?? (typeof req.query.base === 'string' ? req.query.base : undefined)));
      })
      .catch(next);
  });
  // Deep links: every page of the app is index.html; the script reads the URL.
  for (const page of ['/', '/speakers', '/entity/*splat']) r.get(page, (_req, res) => res.sendFile(path.join(WEB_DIR, 'index.html')));
  return r;
}

/** The iframe variant: plain HTML, no script needed (works in any sandbox). */
function frameHtml(items: Array<{ title: string; url: string | null; why: string }>, base: string | undefined): string {
  // Only http(s) or site-relative post URLs become links (src/domain/safe-url.ts).
  const href = (u: string | null) => (base && safeUrl(base) ? safeAbsoluteUrl(u, base) : safeUrl(u));
  const rows = items
    .map((i) => `<li>${href(i.url) ? `<a href="${escapeHtml(href(i.url)!)}" target="_blank" rel="noopener">${escapeHtml(i.title)}</a>` : escapeHtml(i.title)}<small>${escapeHtml(i.why)}</small></li>`)
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Related posts</title><style>body{margin:0;font:15px/1.45 system-ui,sans-serif;color:#1d2330}h2{font-size:1.05em;margin:.5em 0}ul{margin:0;padding-left:1.1em}li{margin:.35em 0}a{color:#1f5fbf}small{display:block;color:#5a6272;font-size:.85em}</style></head><body><h2>Related posts</h2><ul>${rows}</ul></body></html>`;
}
