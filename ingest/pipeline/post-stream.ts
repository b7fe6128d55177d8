// The one ingest loop's first half: every source (folders, files, feeds, WXR exports) as a
// stream of read or skipped posts, each post with its id claimed once (no two posts share one).
import { InputError } from '../../src/domain/errors.js';
import type { Post } from '../../src/domain/model.js';
import { splitFrontMatter } from '../document/front-matter.js';
import { type PostContext, toPost } from '../document/post-meta.js';
import { isFeedSpec, readFeed } from '../source/feed-source.js';
import { FeedCache } from '../source/fetch-feed.js';
import { isPostFile, readFileItem, SiteBook, type SourceItem } from '../source/file-source.js';
import type { SiteOverrides } from '../source/site-config.js';
import { type Skipped, toSkipped } from '../source/skipped.js';
import { listSourceFiles } from '../source/walk.js';

/** A post read from its source, with the Post its front matter gives (id, date, URL, site). */
export interface ReadPost extends SourceItem {
  kind: 'read';
  post: Post;
}

export interface SkippedPost {
  kind: 'skipped';
  skipped: Skipped;
}

/** A feed that answered 304 Not Modified: its posts stay as stored. */
export interface UnchangedSource {
  kind: 'not-modified';
  source: string;
}

/**
 * A feed or export that was read whole: the stored `source` of every entry it holds, read
 * well or not, so --prune knows which posts of an export are still in it.
 */
export interface ListedSource {
  kind: 'listed';
  source: string;
  format: 'rss' | 'atom' | 'wxr';
  site: string;
  entries: string[];
}

/** What the stream needs of a post it does not read: the id and URL it claims. */
export type KnownPost = Pick<Post, 'id' | 'url'>;

/** A post file the `known` check recognized as stored unchanged: never read. */
export interface UnreadPost {
  kind: 'unread';
  file: string;
  context: PostContext;
  post: KnownPost;
}

export type StreamEvent = ReadPost | SkippedPost | UnchangedSource | ListedSource | UnreadPost;

export interface ReadOptions {
  overrides?: SiteOverrides;
  /** Remembers feed validators (ETag, Last-Modified); default: remembers nothing. */
  feedCache?: FeedCache;
  maxBytes?: number;
  /** Told how many files were found once folders are walked (progress bars). */
  onListed?: (files: number) => void;
  /** Asked before a file is read: a post it knows unchanged (by its stat) is yielded unread. */
  known?: (file: string, context: PostContext) => Promise<KnownPost | null>;
  /** Told of each file as it is read from disk. */
  onRead?: (file: string) => void;
}

/** Streams the posts of `specs` (paths or feed URLs) in a stable order; never throws for one bad input. */
export async function* readPosts(specs: string[], o: ReadOptions = {}): AsyncGenerator<StreamEvent> {
  const claims = new Claims();
  const feeds = specs.filter(isFeedSpec);
  const listing = await listSourceFiles(specs.filter((s) => !isFeedSpec(s)));
  o.onListed?.(listing.files.length);
  const book = new SiteBook(o.overrides);
  for (const skipped of listing.skipped) yield { kind: 'skipped', skipped };
  for (const found of listing.files) {
    const context = book.contextOf(found);
    while (book.skipped.length) yield { kind: 'skipped', skipped: book.skipped.shift()! };
    if (!isPostFile(context)) continue;
    const known = await o.known?.(found.file, context);
    if (known) yield unread(found.file, context, known, claims);
    else
      yield await readOne(found.file, claims, () => {
        o.onRead?.(found.file);
        return readFileItem(found, context, o.maxBytes);
      });
  }
  const cache = o.feedCache ?? FeedCache.open(null);
  for (const spec of feeds) {
    let read;
    try {
      read = await readFeed(spec, cache, o.overrides);
    } catch (err) {
      yield { kind: 'skipped', skipped: toSkipped(spec, err) };
      continue;
    }
    if (read.status === 'not-modified') yield { kind: 'not-modified', source: spec };
    else {
      yield {
        kind: 'listed',
        source: spec,
        format: read.format,
        site: read.site.name,
        entries: read.items.map((i) => i.context.source),
      };
      for (const item of read.items) {
        const event = await readOne(item.file, claims, async () => item);
        // A post of this feed that failed must be read again: no 304 for it next time.
        if (event.kind === 'skipped') cache.unstage(spec);
        yield event;
      }
    }
  }
}

async function readOne(file: string, claims: Claims, read: () => Promise<SourceItem>): Promise<ReadPost | SkippedPost> {
  try {
    const item = await read();
    const post = postOf(item.file, item.text, item.context);
    claims.claim(item.file, post);
    return { kind: 'read', ...item, post };
  } catch (err) {
    return { kind: 'skipped', skipped: toSkipped(file, err) };
  }
}

/** An unread post still claims its id and URL, so a later post taking them is the one refused. */
function unread(file: string, context: PostContext, post: KnownPost, claims: Claims): UnreadPost | SkippedPost {
  try {
    claims.claim(file, post);
    return { kind: 'unread', file, context, post };
  } catch (err) {
    return { kind: 'skipped', skipped: toSkipped(file, err) };
  }
}

/** The Post of a text, as the extractor will build it (the same function, the same answer). */
export function postOf(file: string, text: string, context: PostContext): Post {
  return toPost(file, splitFrontMatter(file, text).data, context);
}

/** Ids and URLs taken so far in a run: a second post claiming one is an error naming both files. */
class Claims {
  private readonly ids = new Map<string, string>();
  private readonly urls = new Map<string, string>();

  claim(file: string, post: KnownPost): void {
    const byId = this.ids.get(post.id);
    if (byId !== undefined)
      throw new InputError('DUPLICATE_POST', 'source', file, `its post id ${post.id} is already taken by ${byId}`);
    const byUrl = post.url ? this.urls.get(post.url) : undefined;
    if (byUrl !== undefined)
      throw new InputError(
        'DUPLICATE_POST',
        'source',
        file,
        `it declares the URL ${post.url}, already the URL of ${byUrl}`,
      );
    this.ids.set(post.id, file);
    if (post.url) this.urls.set(post.url, file);
  }
}
