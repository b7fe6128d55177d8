// The one error middleware: typed errors become JSON {error: {code, message}} with a status.
// Every fault of the client's (bad percent-encoding, a malformed body or header, a bad
// parameter) is a 4xx with a code; a 500 is a bug and is logged.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ZodError } from 'zod';
import { type ErrorCode, TalkgraphError } from '../domain/errors.js';

const STATUS: Partial<Record<ErrorCode, number>> = {
  NOT_FOUND: 404,
  INVALID_REQUEST: 400,
  BAD_ARGUMENT: 400,
  STORE_UNREACHABLE: 503,
  STORE_AUTH: 503,
  STORE_AUTH_LOCKED: 503,
  STORE_TIMEOUT: 503,
  STORE_CORRUPT: 503,
  STORE_NOT_FOUND: 503,
};

type Body = { error: { code: string; message: string } };

/** Maps an error to its HTTP status and JSON body. */
export function toHttpError(err: unknown): { status: number; body: Body } {
  if (err instanceof ZodError) {
    const issue = err.issues[0]!;
    return {
      status: 400,
      body: {
        error: { code: 'INVALID_REQUEST', message: `api: ${issue.path.join('.') || 'request'}: ${issue.message}` },
      },
    };
  }
  if (err instanceof TalkgraphError)
    return { status: STATUS[err.code] ?? 500, body: { error: { code: err.code, message: err.message } } };
  const status = clientStatus(err);
  if (status !== null)
    return {
      status,
      body: { error: { code: status === 404 ? 'NOT_FOUND' : 'INVALID_REQUEST', message: `api: ${clientReason(err)}` } },
    };
  return { status: 500, body: { error: { code: 'INTERNAL', message: 'api: internal error' } } };
}

/** The 4xx status Express, its router and body parsers put on errors of the client's (e.g. bad %-encoding). */
function clientStatus(err: unknown): number | null {
  const e = err as { status?: unknown; statusCode?: unknown } | null;
  const status = typeof e?.status === 'number' ? e.status : typeof e?.statusCode === 'number' ? e.statusCode : null;
  if (status !== null && status >= 400 && status < 500) return status;
  // A path segment that is not valid percent-encoding, wherever it is decoded.
  if (err instanceof URIError) return 400;
  return null;
}

function clientReason(err: unknown): string {
  if (err instanceof URIError) return 'the request path is not valid percent-encoding';
  const message = (err as Error)?.message ?? 'bad request';
  return message.length > 200 ? `${message.slice(0, 200)}…` : message;
}

export const errorMiddleware: ErrorRequestHandler = (err, _req, res, _next) => {
  const { status, body } = toHttpError(err);
  if (status >= 500 && status !== 503) console.error(err);
  if (res.headersSent) return;
  res.status(status).set('Cache-Control', 'no-store').json(body);
};

/** Any path nothing answered: a JSON 404 with a code. */
export const notFound: RequestHandler = (req, res) => {
  res
    .status(404)
    .set('Cache-Control', 'no-store')
    .json({ error: { code: 'NOT_FOUND', message: `api: no such endpoint: ${req.method} ${req.path.slice(0, 200)}` } });
};
