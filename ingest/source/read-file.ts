// Reads one post file as strict UTF-8 text, refusing empty, binary and oversized files.
import { readFile, stat } from 'node:fs/promises';
import { InputError } from '../../src/domain/errors.js';

/** Default cap on a post file: larger files are almost always exports or binaries. */
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Reads `file`; throws InputError (EMPTY_FILE, BINARY_FILE, NOT_UTF8, FILE_TOO_LARGE, READ_FAILED). */
export async function readPostFile(file: string, maxBytes = DEFAULT_MAX_BYTES): Promise<string> {
  const info = await stat(file).catch((err: Error) => {
    throw new InputError('READ_FAILED', 'source', file, err.message, { cause: err });
  });
  if (info.size > maxBytes) {
    throw new InputError('FILE_TOO_LARGE', 'source', file, `${info.size} bytes is over the ${maxBytes}-byte cap`);
  }
  const bytes = await readFile(file).catch((err: Error) => {
    throw new InputError('READ_FAILED', 'source', file, err.message, { cause: err });
  });
  return decodePostBytes(file, bytes);
}

/** Strictly decodes bytes already in memory; exported for tests and other sources. */
export function decodePostBytes(file: string, bytes: Uint8Array): string {
  if (bytes.length === 0) throw new InputError('EMPTY_FILE', 'source', file, 'the file is empty');
  if (bytes.includes(0)) throw new InputError('BINARY_FILE', 'source', file, 'it holds NUL bytes (binary file)');
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch (err) {
    throw new InputError('NOT_UTF8', 'source', file, 'it is not valid UTF-8', { cause: err });
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new InputError('EMPTY_FILE', 'source', file, 'the file holds only white space');
  return text;
}
