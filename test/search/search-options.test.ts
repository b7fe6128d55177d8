// The saved post index's schema version is derived from the options: every process derives
// the same one, whichever TypeScript loader compiled it, so an ingest's index opens in serve.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { SEARCH_SCHEMA_VERSION } from '../../src/search/search-options.js';

describe('search schema version', () => {
  it('is the same under tsx (the CLI) as in this test process', () => {
    const script = "import('./src/search/search-options.ts').then((m) => console.log(m.SEARCH_SCHEMA_VERSION))";
    const r = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe(SEARCH_SCHEMA_VERSION);
  });
});
