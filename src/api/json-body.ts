// A JSON answer as the bytes and strong ETag res.json would send, made once so an answer the
// cache keeps is sent again without serializing and hashing it on every request.
import { createHash } from 'node:crypto';
import type { Response } from 'express';
import { safeUrl } from '../domain/safe-url.js';

/** The body of a JSON response, ready to send as many times as asked. */
export interface JsonBody {
  readonly bytes: Buffer;
  /** As Express's strong ETag (`app.set('etag', 'strong')`) of the same bytes. */
  readonly etag: string;
}

/** Every `url` field the API sends is a post URL rendered as a link: only safe ones go out. */
export const safeUrlFields = (key: string, value: unknown): unknown =>
  key === 'url' && typeof value === 'string' ? safeUrl(value) : value;

/**
 * The bytes and ETag of `value` as JSON, byte for byte what res.json sends.
 * @example sendJsonBody(res, jsonBody({ status: 'ok' }))
 */
export function jsonBody(value: unknown): JsonBody {
  const bytes = Buffer.from(JSON.stringify(value, safeUrlFields), 'utf8');
  // The etag package's strong tag (what Express computes per response): length and SHA-1.
  const hash = createHash('sha1').update(bytes).digest('base64').slice(0, 27);
  return { bytes, etag: `"${bytes.length.toString(16)}-${hash}"` };
}

/**
 * Sends `body` as res.json would, headers in the same order; res.send still answers 304 for a
 * fresh copy and no body to HEAD. setHeader skips Express's re-parsing of a type we know.
 */
export function sendJsonBody(res: Response, body: JsonBody): void {
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', body.bytes.length);
  if (typeof res.app.get('etag fn') === 'function') res.setHeader('ETag', body.etag);
  res.send(body.bytes);
}
