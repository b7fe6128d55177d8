// The extraction worker as one plain JavaScript file: a worker thread that loads TypeScript
// through tsx runs each post about 1.5x slower (measured), so the pool starts its workers from this.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const WORKER_SOURCE = fileURLToPath(new URL('./extract-worker.ts', import.meta.url));

/** Where bundles are kept: node_modules/.cache, so the bundle's package imports resolve as the sources' do. */
function cacheDir(): string {
  const nodeModules = path.dirname(path.dirname(createRequire(import.meta.url).resolve('esbuild/package.json')));
  return path.join(nodeModules, '.cache', 'talkgraph');
}

let built: string | null | undefined;

/**
 * The URL of the bundled worker (built with esbuild once per content, packages left as imports),
 * or null when it cannot be built or written here: the pool then starts workers through tsx.
 */
export function workerBundleUrl(): string | null {
  if (built !== undefined) return built;
  try {
    const esbuild = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
    const out = esbuild.buildSync({
      entryPoints: [WORKER_SOURCE],
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      write: false,
      logLevel: 'silent',
    });
    const code = out.outputFiles[0]!.text;
    const dir = cacheDir();
    const file = path.join(dir, `extract-worker.${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
    if (!existsSync(file)) {
      mkdirSync(dir, { recursive: true });
      // Written aside, then renamed: two processes starting pools never read half a file.
      const temp = `${file}.${process.pid}.tmp`;
      writeFileSync(temp, code);
      renameSync(temp, file);
    }
    built = pathToFileURL(file).href;
  } catch {
    built = null;
  }
  return built;
}
