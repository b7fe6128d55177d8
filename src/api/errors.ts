// The one error middleware: typed errors become JSON {error: {code, message}} with a status.
import type { ErrorRequestHandler } from 'express';
import { ZodError } from 'zod';
import { TalkgraphError, type ErrorCode } from '../domain/errors.js';

const STATUS: Partial<Record<ErrorCode, number>> = {
  NOT_FOUND: 404,
  INVALID_REQUEST: 400,
  BAD_ARGUMENT: 400,
  STORE_UNREACHABLE: 503,
  STORE_AUTH: 503,
  STORE_CORRUPT: 503,
};

/** Maps an error to its HTTP status and JSON body. */
export function toHttpError(err: unknown): { status: number; body: { error: { code: string; message: string } } } {
  if (err instanceof ZodError) {
    const issue = err.issues[0]!;
    return { status: 400, body: { error: { code: 'INVALID_REQUEST', message: `api: ${issue.path.join('.') || 'request'}: ${issue.message}` } } };
  }
  if (err instanceof TalkgraphError) return { status: STATUS[err.code] ?? 500, body: { error: { code: err.code, message: err.message } } };
  return { status: 500, body: { error: { code: 'INTERNAL', message: 'api: internal error' } } };
}

export const errorMiddleware: ErrorRequestHandler = (err, _req, res, _next) => {
  const { status, body } = toHttpError(err);
  if (status >= 500) console.error(err);
  res.status(status).set('Cache-Control', 'no-store').json(body);
};
