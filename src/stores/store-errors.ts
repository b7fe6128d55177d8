// Errors of the stores: unreachable or refusing servers, corrupt snapshots.
import { type ErrorCode, TalkgraphError } from '../domain/errors.js';

export type StoreErrorCode = Extract<
  ErrorCode,
  'STORE_UNREACHABLE' | 'STORE_AUTH' | 'STORE_AUTH_LOCKED' | 'STORE_TIMEOUT' | 'STORE_CORRUPT' | 'STORE_FAILED'
>;

export class StoreError extends TalkgraphError {
  constructor(code: StoreErrorCode, component: string, subject: string, reason: string, options?: ErrorOptions) {
    super(code, component, subject, reason, options);
  }
}
