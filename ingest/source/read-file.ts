// Reads one post file as strict UTF-8 text, refusing non-regular, empty, binary and oversized
// files: a FIFO, /dev/zero or a socket given as a path is one clear skip, never a hang.
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { InputError } from '../../src/domain/errors.js';

/** Default cap on a post file: larger files are almost always exports or binaries. */
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Reads `file`; throws InputError (NOT_REGULAR_FILE, EMPTY_FILE, BINARY_FILE, NOT_UTF8, FILE_TOO_LARGE, READ_FAILED). */
export async function readPostFile(file: string, maxBytes = DEFAULT_MAX_BYTES): Promise<string> {
  return decodePostBytes(file, await readRegularFile(file, maxBytes));
}

/** A file's size and modification time as read, and when it was read (the ingest's stat skip). */
export interface FileStat {
  size: number;
  mtimeMs: number;
  /** Date.now() just before the file was opened. */
  readAt: number;
}

/**
 * The bytes of a regular file of at most `maxBytes`. Opened non-blocking so a FIFO cannot
 * stall the open; the type and size are checked on the open handle, then at most the cap is read.
 */
export async function readRegularFile(file: string, maxBytes = DEFAULT_MAX_BYTES): Promise<Uint8Array> {
  return (await readRegularFileStat(file, maxBytes)).bytes;
}

/** `readRegularFile`, with the size and mtime of the handle the bytes came from. */
export async function readRegularFileStat(
  file: string,
  maxBytes = DEFAULT_MAX_BYTES,
): Promise<{ bytes: Uint8Array; stat: FileStat }> {
  const readAt = Date.now();
  const fail = (err: Error): never => {
    throw new InputError('READ_FAILED', 'source', file, err.message, { cause: err });
  };
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK).catch(fail);
  try {
    const info = await handle.stat().catch(fail);
    if (!info.isFile())
      throw new InputError(
        'NOT_REGULAR_FILE',
        'source',
        file,
        'not a regular file (a device, FIFO or socket is never read)',
      );
    if (info.size > maxBytes)
      throw new InputError('FILE_TOO_LARGE', 'source', file, `${info.size} bytes is over the ${maxBytes}-byte cap`);
    // Read one byte past the cap: a file that grew since stat is still refused.
    const buffer = Buffer.alloc(Math.min(info.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length).catch(fail);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > maxBytes) throw new InputError('FILE_TOO_LARGE', 'source', file, `over the ${maxBytes}-byte cap`);
      if (length === buffer.length) break;
    }
    return { bytes: buffer.subarray(0, length), stat: { size: info.size, mtimeMs: info.mtimeMs, readAt } };
  } finally {
    await handle.close().catch(() => undefined);
  }
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
