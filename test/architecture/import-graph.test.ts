// The house rules drawn from the imports: no circles anywhere, and no lower layer imports a
// higher one (ingest → domain only; stores and search never reach up into query, api or cli).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOTS = ['src', 'ingest', 'tools', 'bench'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return filesUnder(file);
    return file.endsWith('.ts') ? [file] : [];
  });
}

/** File → the project files it imports (relative specifiers, `.js` read as `.ts`). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of ROOTS.flatMap(filesUnder)) {
    const text = readFileSync(file, 'utf8');
    const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((m) => m[1]!);
    graph.set(
      file,
      specs.map((s) => path.normalize(path.join(path.dirname(file), s)).replace(/\.js$/, '.ts')),
    );
  }
  return graph;
}

/** Strongly connected components with more than one file (or a file importing itself): the circles. */
function circles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(scc.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return out;
}

/** Folder prefix → folders it must never import from. */
const FORBIDDEN: Record<string, string[]> = {
  'src/domain/': ['src/', 'ingest/'],
  'src/storage/': ['src/stores/', 'src/search/', 'src/query/', 'src/api/', 'src/cli/', 'src/services/', 'ingest/'],
  'ingest/': ['src/stores/', 'src/search/', 'src/query/', 'src/api/', 'src/cli/', 'src/services/', 'src/storage/'],
  'src/stores/': ['src/search/', 'src/query/', 'src/api/', 'src/cli/', 'src/services/'],
  'src/search/': ['src/stores/', 'src/query/', 'src/api/', 'src/cli/', 'src/services/'],
  'src/query/': ['src/api/', 'src/cli/', 'src/services/'],
  'src/api/': ['src/cli/', 'src/services/'],
};

describe('import graph', () => {
  it('has no circles', () => {
    expect(circles(importGraph())).toEqual([]);
  });

  it('no lower layer imports a higher one', () => {
    const bad: string[] = [];
    for (const [file, deps] of importGraph()) {
      const rule = Object.entries(FORBIDDEN).find(([prefix]) => file.startsWith(prefix));
      if (!rule) continue;
      // A folder's own files are not "above" it (src/domain/ may import src/domain/).
      for (const dep of deps)
        if (!dep.startsWith(rule[0]) && rule[1].some((f) => dep.startsWith(f))) bad.push(`${file} → ${dep}`);
    }
    expect(bad).toEqual([]);
  });
});
