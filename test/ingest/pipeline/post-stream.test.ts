// The post stream (the read half of the one ingest loop) over real and fixture blogs: every
// post gets a unique id, a date and a URL, without running the extractor.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ReadPost, readPosts } from '../../../ingest/pipeline/post-stream.js';
import { blogOf } from '../../helpers/blog.js';

async function read(paths: string[]): Promise<{ posts: ReadPost[]; skipped: number }> {
  const posts: ReadPost[] = [];
  let skipped = 0;
  for await (const e of readPosts(paths)) {
    if (e.kind === 'read') posts.push(e);
    else if (e.kind === 'skipped') skipped++;
  }
  return { posts, skipped };
}

describe('readPosts', () => {
  it('reads a folder of YYYY-MM-DD-name posts without config as a Jekyll blog: dates and URLs', async () => {
    const dir = blogOf('bare-jekyll', {
      '2021-03-11-Playing-along-with-NFTables.md':
        '---\ntitle: NFTables\ndate: 2021-03-17 12:00:00+12:00\ncategories: [openSUSE, Heroes]\n---\nText.\n',
      '2012-04-23-railsconf.md': '---\ntitle: RailsConf\n---\nText.\n',
    });
    const { posts } = await read([dir]);
    expect(posts.map((p) => [p.post.id, p.post.date, p.post.url])).toEqual([
      ['post:bare-jekyll:2012-04-23-railsconf', '2012-04-23T00:00:00.000Z', '/2012/04/23/railsconf.html'],
      [
        'post:bare-jekyll:2021-03-11-playing-along-with-nftables',
        '2021-03-17T00:00:00.000Z',
        '/opensuse/heroes/2021/03/17/Playing-along-with-NFTables.html',
      ],
    ]);
  });

  const shared = path.resolve('../shared/corpus');
  const corpora = ['majorio', 'opensuse', 'golang'].filter((c) => existsSync(path.join(shared, c)));
  if (corpora.length === 0) console.warn(`post-stream: ${shared} is absent; the real-corpus checks do not run`);
  it.each(corpora)(
    'gives every post of the shared %s corpus a unique id; dated file names get a date and a URL',
    async (name) => {
      const { posts, skipped } = await read([path.join(shared, name)]);
      expect(skipped).toBe(0);
      expect(posts.length).toBeGreaterThan(10);
      expect(new Set(posts.map((p) => p.post.id)).size).toBe(posts.length);
      const dated = posts.filter((p) => /^\d{4}-\d{2}-\d{2}-/.test(path.basename(p.file)));
      expect(dated.filter((p) => !p.post.date || !p.post.url).map((p) => p.file)).toEqual([]);
    },
  );
});
