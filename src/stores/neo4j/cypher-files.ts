// Loads the named Cypher queries from queries/*.cypher: a header of `//` comments (what it
// answers, parameters, result shape), then the statement(s).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const QUERIES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../queries');

export interface CypherFile {
  name: string;
  header: string[];
  /** Statements, split on `;` at line ends. */
  statements: string[];
}

const cache = new Map<string, CypherFile>();

/** Reads queries/<name>.cypher (cached). */
export function cypher(name: string): CypherFile {
  let file = cache.get(name);
  if (!file) {
    file = parseCypher(name, readFileSync(path.join(QUERIES_DIR, `${name}.cypher`), 'utf8'));
    cache.set(name, file);
  }
  return file;
}

/** Every query file's name. */
export function cypherNames(): string[] {
  return readdirSync(QUERIES_DIR)
    .filter((f) => f.endsWith('.cypher'))
    .map((f) => f.replace(/\.cypher$/, ''))
    .sort();
}

export function parseCypher(name: string, text: string): CypherFile {
  const lines = text.split(/\r?\n/);
  const header = lines.filter((l) => l.startsWith('//')).map((l) => l.replace(/^\/\/\s?/, ''));
  const body = lines.filter((l) => !l.startsWith('//')).join('\n');
  const statements = body
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
  return { name, header, statements };
}
