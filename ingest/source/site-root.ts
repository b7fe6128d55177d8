// Finds the source root of a post: the blog folder its generator works from, so post ids
// depend on where the file sits in its blog, never on how the path was typed.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Generator } from '../../src/domain/model.js';

/** What marks a folder as a blog's root, in the order they are tried; rules as data. */
export const ROOT_MARKERS: ReadonlyArray<{ name: string; kind: 'file' | 'dir'; generator: Generator | 'by-config' }> = [
  { name: 'talkgraph-site.yml', kind: 'file', generator: 'by-config' },
  { name: 'hugo.toml', kind: 'file', generator: 'hugo' },
  { name: 'hugo.yaml', kind: 'file', generator: 'hugo' },
  { name: 'config.toml', kind: 'file', generator: 'hugo' },
  { name: 'config.yaml', kind: 'file', generator: 'hugo' },
  { name: 'pelicanconf.py', kind: 'file', generator: 'pelican' },
  { name: '_config.yml', kind: 'file', generator: 'by-config' },
  { name: '_config.yaml', kind: 'file', generator: 'by-config' },
  { name: '_posts', kind: 'dir', generator: 'jekyll' },
  { name: 'content', kind: 'dir', generator: 'hugo' },
];

export interface FoundRoot {
  root: string;
  /** The marker that decided, or null when the fallback folder was used. */
  marker: (typeof ROOT_MARKERS)[number] | null;
}

/** Finds roots with a cache per folder, since every file of a blog asks the same folders. */
export class RootFinder {
  private readonly cache = new Map<string, FoundRoot | null>();

  /** The nearest ancestor folder of `file` holding a marker, else `fallback` (the folder passed). */
  find(file: string, fallback: string): FoundRoot {
    let dir = path.dirname(path.resolve(file));
    for (;;) {
      const hit = this.markerOf(dir);
      // Hexo keeps _posts in source/ below the folder with _config.yml: a config file one
      // level up wins over a posts folder found first.
      const parent = hit?.marker?.kind === 'dir' ? this.markerOf(path.dirname(dir)) : null;
      if (parent?.marker?.kind === 'file') return parent;
      if (hit) return hit;
      const up = path.dirname(dir);
      if (up === dir) return { root: path.resolve(fallback), marker: null };
      dir = up;
    }
  }

  private markerOf(dir: string): FoundRoot | null {
    const cached = this.cache.get(dir);
    if (cached !== undefined) return cached;
    const marker = ROOT_MARKERS.find((m) => isKind(path.join(dir, m.name), m.kind)) ?? null;
    const found = marker ? { root: dir, marker } : null;
    this.cache.set(dir, found);
    return found;
  }
}

function isKind(file: string, kind: 'file' | 'dir'): boolean {
  if (!existsSync(file)) return false;
  try {
    const info = statSync(file);
    return kind === 'dir' ? info.isDirectory() : info.isFile();
  } catch {
    return false;
  }
}
