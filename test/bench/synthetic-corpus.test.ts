// The scale benchmark's corpus generator: the same seed gives the same posts, byte for byte;
// another seed gives others; the posts read as write-ups the extractor finds people in.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticPosts, writeSyntheticCorpus } from '../../bench/scale/synthetic-corpus.js';
import { extractPost } from '../../ingest/pipeline/extract-post.js';
import { lexicon } from '../helpers/extract-text.js';

const digest = (posts: Array<{ name: string; text: string }>) =>
  createHash('sha256').update(JSON.stringify(posts)).digest('hex');

describe('synthetic corpus', () => {
  it('is deterministic for a seed', () => {
    expect(digest(syntheticPosts(300, 7))).toBe(digest(syntheticPosts(300, 7)));
    expect(digest(syntheticPosts(300, 8))).not.toBe(digest(syntheticPosts(300, 7)));
  });

  it('has unique file names and writes them in folders of 1,000', () => {
    const posts = syntheticPosts(1200, 1);
    expect(new Set(posts.map((p) => p.name)).size).toBe(1200);
    const dir = writeSyntheticCorpus(mkdtempSync(path.join(tmpdir(), 'talkgraph-synth-')), 1200, 1);
    expect(readdirSync(dir).sort()).toEqual(['000', '001']);
    expect(readdirSync(path.join(dir, '001'))).toHaveLength(200);
  });

  it('reads as event write-ups: front matter, people, an event', () => {
    const [post] = syntheticPosts(1, 42);
    const x = extractPost(`/synthetic/${post!.name}`, post!.text, { lexicon, root: '/synthetic' });
    expect(x.post.title).toMatch(/day \d$/);
    expect(x.entities.some((e) => e.type === 'Person')).toBe(true);
  });
});
