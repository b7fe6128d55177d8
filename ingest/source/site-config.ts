// Reads a blog's own configuration (Jekyll/Hexo _config.yml, Hugo hugo.toml/config.toml,
// Pelican pelicanconf.py, talkgraph-site.yml) into a Site: generator, base URL, permalinks.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { InputError } from '../../src/domain/errors.js';
import { siteSlug } from '../../src/domain/ids.js';
import type { Generator, Site } from '../../src/domain/model.js';
import type { FoundRoot } from './site-root.js';

/** What the command line can say about the sites of a run (`--site`, `--site-url`, `--permalink`). */
export interface SiteOverrides {
  name?: string;
  url?: string;
  permalink?: string;
}

type Config = Record<string, unknown>;

/** Config files per generator, first found wins; rules as data. */
const CONFIG_FILES: ReadonlyArray<{ file: string; format: 'yaml' | 'toml' | 'pelican' }> = [
  { file: 'talkgraph-site.yml', format: 'yaml' },
  { file: 'hugo.toml', format: 'toml' },
  { file: 'hugo.yaml', format: 'yaml' },
  { file: 'config.toml', format: 'toml' },
  { file: 'config.yaml', format: 'yaml' },
  { file: '_config.yml', format: 'yaml' },
  { file: '_config.yaml', format: 'yaml' },
  { file: 'pelicanconf.py', format: 'pelican' },
];

const CONFIG_CAP = 256 * 1024;

/** Builds the Site of a found root; throws SITE_CONFIG_INVALID naming the file when it is unreadable. */
export function loadSite(found: FoundRoot, overrides: SiteOverrides = {}): Site {
  const { config, file } = readConfig(found.root);
  const talkgraph = file === 'talkgraph-site.yml';
  const generator = generatorOf(found, config, talkgraph);
  const baseUrl = overrides.url ?? baseUrlOf(generator, config);
  return {
    name: siteSlug(
      overrides.name ?? (talkgraph && typeof config.name === 'string' ? config.name : path.basename(found.root)),
    ),
    generator,
    baseUrl: baseUrl ? baseUrl.replace(/\/+$/, '') : null,
    permalink: overrides.permalink ?? stringOf(config.permalink ?? config.ARTICLE_URL) ?? null,
    sectionPermalinks: sectionPermalinks(config.permalinks),
    root: found.root,
  };
}

function readConfig(root: string): { config: Config; file: string | null } {
  for (const c of CONFIG_FILES) {
    const full = path.join(root, c.file);
    if (!existsSync(full) || !statSync(full).isFile()) continue;
    if (statSync(full).size > CONFIG_CAP)
      throw new InputError('SITE_CONFIG_INVALID', 'site', full, `over the ${CONFIG_CAP}-byte cap`);
    const text = readFileSync(full, 'utf8');
    try {
      const value =
        c.format === 'toml'
          ? parseToml(text)
          : c.format === 'yaml'
            ? parseYaml(text, { maxAliasCount: 50 })
            : pelicanSettings(text);
      return {
        config: value && typeof value === 'object' && !Array.isArray(value) ? (value as Config) : {},
        file: c.file,
      };
    } catch (err) {
      throw new InputError('SITE_CONFIG_INVALID', 'site', full, (err as Error).message.split('\n')[0] ?? 'unreadable', {
        cause: err,
      });
    }
  }
  return { config: {}, file: null };
}

function generatorOf(found: FoundRoot, config: Config, talkgraph: boolean): Generator {
  const declared = stringOf(config.generator);
  if (talkgraph && declared && ['jekyll', 'hugo', 'hexo', 'pelican', 'plain'].includes(declared))
    return declared as Generator;
  if (talkgraph || !found.marker) return 'plain';
  if (found.marker.generator !== 'by-config') return found.marker.generator;
  // Hexo and Jekyll both keep _config.yml; Hexo's posts live in source/_posts.
  return existsSync(path.join(found.root, 'source', '_posts')) ? 'hexo' : 'jekyll';
}

/** Jekyll: url + baseurl; Hexo: url; Hugo: baseURL; Pelican: SITEURL; talkgraph: url. */
function baseUrlOf(generator: Generator, config: Config): string | undefined {
  const url = stringOf(config.baseURL ?? config.baseurl_full ?? config.url ?? config.SITEURL);
  if (!url || !/^https?:\/\//i.test(url)) return undefined;
  const base = generator === 'jekyll' ? (stringOf(config.baseurl) ?? '') : '';
  return `${url.replace(/\/+$/, '')}${base && !base.startsWith('/') ? '/' : ''}${base.replace(/\/+$/, '')}`;
}

function sectionPermalinks(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!value || typeof value !== 'object') return out;
  for (const [section, pattern] of Object.entries(value as Config))
    if (typeof pattern === 'string') out[section] = pattern;
  return out;
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** Pelican settings are Python; only plain `NAME = 'string'` lines are read, never run. */
function pelicanSettings(text: string): Config {
  const out: Config = {};
  for (const line of text.split('\n')) {
    const m = /^([A-Z_]+)\s*=\s*(['"])(.*)\2\s*$/.exec(line.trim());
    if (m) out[m[1]!] = m[3]!;
  }
  return out;
}
