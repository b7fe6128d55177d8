// `extract` takes the same site options as `ingest`: --site names the blog in post ids,
// --site-url makes post URLs absolute, --permalink sets the rule; a bad --site-url names the flag.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteOverrides } from '../../src/cli/site-options.js';
import { hasCode } from '../../src/domain/errors.js';

const bin = path.resolve('bin/talkgraph.js');

describe('talkgraph extract with site options', () => {
  it('--site, --site-url and --permalink give the ids and absolute URLs ingest would store', () => {
    const args = [
      'extract',
      'examples/jekyll/2020-02-03-devconf-cz-2020.md',
      '--json',
      '--site',
      'Jamie Notes',
      '--site-url',
      'https://jamie.example',
      '--permalink',
      '/:year/:title/',
    ];
    const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, NEO4J_URI: '' } });
    expect(r.status).toBe(0);
    // The key is the path below the examples' root (its talkgraph-site.yml); the site is the one named.
    expect(JSON.parse(r.stdout).post).toMatchObject({
      id: 'post:jamie-notes:jekyll-2020-02-03-devconf-cz-2020',
      site: 'jamie-notes',
      url: 'https://jamie.example/2020/devconf-cz-2020/',
    });
  }, 120_000);

  it('a --site-url that is not http(s) is BAD_ARGUMENT naming the command and the flag', () => {
    const err = (() => {
      try {
        return siteOverrides({ siteUrl: 'ftp://jamie.example' }, 'extract');
      } catch (e) {
        return e;
      }
    })();
    expect(hasCode(err, 'BAD_ARGUMENT')).toBe(true);
    expect((err as Error).message).toContain('extract');
    expect((err as Error).message).toContain('--site-url ftp://jamie.example');
    expect(siteOverrides({ site: 'notes', siteUrl: 'https://notes.example' }, 'extract')).toEqual({
      name: 'notes',
      url: 'https://notes.example',
    });
  });
});
