// Splits a post into front matter and body. Front matter is data, never code: YAML (`---`),
// TOML (`+++`), JSON (`{`), Hexo's YAML closed by `---` alone and Pelican's `Key: value` header,
// parsed with aliases capped; no `---js` engine exists here.
import { parse as parseToml } from 'smol-toml';
import { parseDocument } from 'yaml';
import { InputError } from '../../src/domain/errors.js';

export type FrontMatterData = Record<string, unknown>;

export interface SplitPost {
  data: FrontMatterData;
  body: string;
  format: 'yaml' | 'toml' | 'json' | 'hexo' | 'pelican' | 'none';
}

/** YAML alias expansion is capped so a "billion laughs" header cannot exhaust memory. */
const MAX_YAML_ALIASES = 50;

/** Parses `text` (a whole post file); throws FRONT_MATTER_INVALID naming `file` on bad headers. */
export function splitFrontMatter(file: string, text: string): SplitPost {
  const yaml = /^---[ \t]*(\w*)[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  if (yaml) {
    const lang = yaml[1] ?? '';
    if (lang && lang !== 'yaml' && lang !== 'yml') {
      throw new InputError(
        'FRONT_MATTER_INVALID',
        'front-matter',
        file,
        `"---${lang}" front matter is not supported (data only: YAML, TOML, JSON)`,
      );
    }
    return { data: parseYaml(file, yaml[2] ?? ''), body: text.slice(yaml[0].length), format: 'yaml' };
  }
  if (/^---[ \t]*\r?\n/.test(text)) {
    throw new InputError(
      'FRONT_MATTER_INVALID',
      'front-matter',
      file,
      'YAML front matter opened with --- is never closed',
    );
  }
  const toml = /^\+\+\+[ \t]*\r?\n([\s\S]*?)\r?\n\+\+\+[ \t]*(?:\r?\n|$)/.exec(text);
  if (toml) return { data: parseTomlBlock(file, toml[1] ?? ''), body: text.slice(toml[0].length), format: 'toml' };
  if (/^\+\+\+[ \t]*\r?\n/.test(text)) {
    throw new InputError(
      'FRONT_MATTER_INVALID',
      'front-matter',
      file,
      'TOML front matter opened with +++ is never closed',
    );
  }
  if (text.startsWith('{')) {
    const end = findJsonEnd(text);
    if (end > 0) return { data: parseJson(file, text.slice(0, end)), body: text.slice(end), format: 'json' };
  }
  return hexoHeader(text) ?? pelicanHeader(text) ?? { data: {}, body: text, format: 'none' };
}

/** A YAML mapping line ("title: x") or a list item below one ("  - xen"). */
const YAML_LINE = /^(?:[A-Za-z_][\w-]*:(?:\s|$)|\s+-\s|\s+\S|\s*$)/;
const HEADER_LINES = 60;

/** Hexo lets front matter end with `---` without opening one: only key lines before it count. */
function hexoHeader(text: string): SplitPost | null {
  const lines = text.split(/\r?\n/, HEADER_LINES + 1);
  const close = lines.findIndex((l) => /^---\s*$/.test(l));
  if (close < 1 || !/^[A-Za-z_][\w-]*:(\s|$)/.test(lines[0]!) || !lines.slice(0, close).every((l) => YAML_LINE.test(l)))
    return null;
  const doc = parseDocument(lines.slice(0, close).join('\n'), { prettyErrors: false });
  if (doc.errors.length > 0) return null;
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch {
    return null;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  return { data: value as FrontMatterData, body: text.slice(indexOfLine(text, close + 1)), format: 'hexo' };
}

/** Pelican's Markdown metadata keys (https://docs.getpelican.com, "File metadata"); rules as data. */
const PELICAN_KEYS = new Set([
  'title',
  'date',
  'modified',
  'tags',
  'keywords',
  'category',
  'slug',
  'author',
  'authors',
  'summary',
  'lang',
  'translation',
  'status',
  'url',
  'save_as',
  'template',
]);

/** Pelican: `Title: x` lines up to the first blank line, keys from the table above. */
function pelicanHeader(text: string): SplitPost | null {
  const lines = text.split(/\r?\n/, HEADER_LINES + 1);
  const data: FrontMatterData = {};
  let i = 0;
  for (; i < lines.length && lines[i]!.trim() !== ''; i++) {
    const m = /^([A-Za-z_]+):\s*(.*)$/.exec(lines[i]!);
    const key = m?.[1]!.toLowerCase();
    if (!m || !key || !PELICAN_KEYS.has(key)) return null;
    data[key] = m[2]!.trim();
  }
  if (i === 0 || typeof data.title !== 'string' || i === lines.length) return null;
  return { data, body: text.slice(indexOfLine(text, i)), format: 'pelican' };
}

/** Character offset where line `n` (0-based) starts. */
function indexOfLine(text: string, n: number): number {
  let at = 0;
  for (let k = 0; k < n; k++) {
    const next = text.indexOf('\n', at);
    if (next < 0) return text.length;
    at = next + 1;
  }
  return at;
}

function parseYaml(file: string, source: string): FrontMatterData {
  const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: false });
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    throw new InputError('FRONT_MATTER_INVALID', 'front-matter', file, `YAML: ${first.message.split('\n')[0]}`);
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (err) {
    throw new InputError('FRONT_MATTER_INVALID', 'front-matter', file, `YAML: ${(err as Error).message}`, {
      cause: err,
    });
  }
  return asRecord(file, value ?? {});
}

function parseTomlBlock(file: string, source: string): FrontMatterData {
  try {
    return asRecord(file, parseToml(source));
  } catch (err) {
    throw new InputError(
      'FRONT_MATTER_INVALID',
      'front-matter',
      file,
      `TOML: ${(err as Error).message.split('\n')[0]}`,
      { cause: err },
    );
  }
}

function parseJson(file: string, source: string): FrontMatterData {
  try {
    return asRecord(file, JSON.parse(source));
  } catch (err) {
    throw new InputError('FRONT_MATTER_INVALID', 'front-matter', file, `JSON: ${(err as Error).message}`, {
      cause: err,
    });
  }
}

function asRecord(file: string, value: unknown): FrontMatterData {
  if (value && typeof value === 'object' && !Array.isArray(value)) return value as FrontMatterData;
  throw new InputError(
    'FRONT_MATTER_INVALID',
    'front-matter',
    file,
    'front matter must be a mapping of keys to values',
  );
}

/** Hugo's JSON front matter is one object at the top: find its closing brace outside strings. */
function findJsonEnd(text: string): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
  }
  return -1;
}
