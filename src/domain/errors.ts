// A small typed error hierarchy: every error has a code, the component that raised it and
// the bad value, so the CLI and API can report it and tests can check codes, not wording.

export type ErrorCode =
  | 'INPUT_NOT_FOUND'
  | 'READ_FAILED'
  | 'EMPTY_FILE'
  | 'BINARY_FILE'
  | 'NOT_UTF8'
  | 'FILE_TOO_LARGE'
  | 'FRONT_MATTER_INVALID'
  | 'DOCUMENT_TIMEOUT'
  | 'POST_TOO_COMPLEX'
  | 'GOLD_INVALID'
  | 'LEXICON_INVALID'
  | 'BAD_ARGUMENT'
  | 'CURATION_INVALID'
  | 'STORE_UNREACHABLE'
  | 'STORE_AUTH'
  | 'STORE_CORRUPT'
  | 'STORE_FAILED'
  | 'STORE_LOCKED'
  | 'STORE_WRITE_FAILED'
  | 'STORE_TIMEOUT'
  | 'STORE_URI_INVALID'
  | 'STORE_AUTH_LOCKED'
  | 'STORE_NOT_FOUND'
  | 'NOT_FOUND'
  | 'INVALID_REQUEST'
  // Sources (blogs, feeds, exports): one clear skip line each, the run goes on.
  | 'NOT_REGULAR_FILE'
  | 'DUPLICATE_POST'
  | 'FEED_INVALID'
  | 'FEED_UNREACHABLE'
  | 'NO_ARTICLE'
  | 'BAD_FILE_NAME'
  | 'SITE_CONFIG_INVALID';

/** Base of every error talkgraph raises on purpose. */
export class TalkgraphError extends Error {
  readonly code: ErrorCode;
  readonly component: string;
  readonly subject: string;

  constructor(code: ErrorCode, component: string, subject: string, reason: string, options?: ErrorOptions) {
    super(`${component}: ${subject}: ${reason}`, options);
    this.name = new.target.name;
    this.code = code;
    this.component = component;
    this.subject = subject;
  }
}

/** A post file that cannot be read or parsed; the run skips it and goes on. */
export class InputError extends TalkgraphError {}

/** The data folder cannot be written, read or locked (disk full, another ingest, bad files). */
export class StorageError extends TalkgraphError {}

/** A configuration or data file of the user's (gold set, lexicon) that is malformed. */
export class ConfigError extends TalkgraphError {}

/** True when `err` is a TalkgraphError carrying `code`. */
export function hasCode(err: unknown, code: ErrorCode): boolean {
  return err instanceof TalkgraphError && err.code === code;
}
