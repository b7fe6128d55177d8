// The diffing half of an ingest: which read posts are new or changed (by content hash), which
// are unchanged, which stored ids they leave behind, and what the run counts and skips.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { PostContext } from '../../ingest/document/post-meta.js';
import type { Lexicon } from '../../ingest/extraction/lexicon.js';
import { type KnownPost, type ListedSource, type ReadPost, readPosts } from '../../ingest/pipeline/post-stream.js';
import type { Curation } from '../../ingest/resolution/curation.js';
import { isFeedSpec } from '../../ingest/source/feed-source.js';
import type { FeedCache } from '../../ingest/source/fetch-feed.js';
import type { SiteOverrides } from '../../ingest/source/site-config.js';
import { type Skipped, toSkipped } from '../../ingest/source/skipped.js';
import { type SourceStats, statNow } from '../../ingest/source/source-stats.js';
import { InputError } from '../domain/errors.js';
import type { SearchIndex } from '../search/search-index.js';
import type { QueryRow } from '../stores/named-queries.js';

/** What the diff needs of the ingest options (a subset, so this module needs not import the service). */
export interface DiffOptions {
  lexicon: Lexicon;
  curation: Curation;
  index: SearchIndex | null;
  force?: boolean;
  sites?: SiteOverrides;
  onProgress?: (done: number, total: number) => void;
  onSkip?: (s: Skipped) => void;
  /** Told of each source file read from disk (an unchanged stat reads none). */
  onRead?: (file: string) => void;
}

/**
 * Bumped when extraction changes in a way that should re-extract every post, and when reading
 * does (front matter, ids, URLs): the stat skip never reads an unchanged file to notice.
 */
export const EXTRACTOR_VERSION = '34';

type StoredRow = QueryRow<'stored-posts'>;

/** A stored post's key: its site and its source path (two blogs may both have "_posts/x.md"). */
export function keyOf(site: string | null, source: string): string {
  return `${site ?? ''}\u0000${source}`;
}

/** One run's view of the store: fed read posts, it yields the ones to extract and counts the rest. */
export class IngestDiff {
  read = 0;
  unchanged = 0;
  /** Unchanged posts known by their file's stat alone: not read, not hashed. */
  unread = 0;
  notModified = 0;
  readonly skipped: Skipped[] = [];
  /** Keys of every post read in this run. */
  readonly seen = new Set<string>();
  /** Site slug → its root folder, for every site read from disk in this run (prune resolves files by it). */
  readonly roots = new Map<string, string>();
  /** Site slug → the entries (stored sources) of every WordPress export of it read whole in this run. */
  readonly exports = new Map<string, Set<string>>();
  /** Stored ids that posts of this run left behind (a new url or slug). */
  readonly stale: string[] = [];
  private readonly stored: Map<string, StoredRow>;
  private readonly byId: Map<string, StoredRow>;
  private readonly hashes = new Map<ReadPost, string>();
  private readonly rootOfFile = new Map<string, string>();
  private readonly salt: string;
  private readonly sitePrints = new Map<PostContext['site'], string>();
  private total = 0;

  constructor(
    rows: StoredRow[],
    private readonly o: DiffOptions,
    private readonly feedCache: FeedCache,
    private readonly stats: SourceStats,
  ) {
    this.stored = new Map(rows.map((r) => [keyOf(r.site, r.source), r]));
    this.byId = new Map(rows.map((r) => [r.post, r]));
    this.salt = `${EXTRACTOR_VERSION}|${o.lexicon.fingerprint}|${JSON.stringify(o.curation)}`;
  }

  /** The posts of `paths` that need extracting; everything else is counted on the way. */
  async *changed(paths: string[]): AsyncGenerator<ReadPost> {
    for await (const event of readPosts(paths, {
      overrides: this.o.sites,
      feedCache: this.feedCache,
      onListed: (n) => (this.total = n),
      known: (file, context) => this.known(file, context),
      ...(this.o.onRead ? { onRead: this.o.onRead } : {}),
    })) {
      if (event.kind === 'not-modified') this.notModified++;
      else if (event.kind === 'unread') this.count(() => undefined);
      else if (event.kind === 'listed') this.listed(event);
      else if (event.kind === 'skipped') this.count(() => this.skip(event.skipped));
      else if (await this.needsExtraction(event)) {
        this.read++;
        yield event;
      } else this.count(() => undefined);
    }
  }

  /** The content hash of a post `changed()` yielded. */
  hashOf(post: ReadPost): string {
    return this.hashes.get(post)!;
  }

  /** A yielded post that failed extraction: skipped, and its feed is fetched whole next time. */
  failed(s: Skipped): void {
    this.skip(s);
    const root = this.rootOfFile.get(s.file);
    if (root && isFeedSpec(root)) this.feedCache.unstage(root);
  }

  progress(): void {
    this.o.onProgress?.(this.read, Math.max(this.total, this.read));
  }

  private listed(event: ListedSource): void {
    // An export holding no post at all is more likely the wrong export than an emptied blog.
    if (event.format !== 'wxr' || event.entries.length === 0) return;
    const entries = this.exports.get(event.site) ?? new Set<string>();
    for (const e of event.entries) entries.add(e);
    this.exports.set(event.site, entries);
  }

  private count(then: () => void): void {
    this.read++;
    then();
    this.progress();
  }

  private skip(s: Skipped): void {
    this.stats.forget(s.file);
    this.skipped.push(s);
    this.o.onSkip?.(s);
  }

  /**
   * The stat skip: a file whose size and mtime are as remembered, read under the same extractor
   * and site, whose stored post still has the hash remembered (and its relations and search
   * document), is unchanged without reading it. Anything else is read and hashed as before.
   */
  private async known(file: string, context: PostContext): Promise<KnownPost | null> {
    const remembered = this.o.force ? undefined : this.stats.get(file);
    if (!remembered) return null;
    const now = statNow(file);
    if (!now || now.size !== remembered.size || now.mtimeMs !== remembered.mtimeMs) return null;
    if (remembered.context !== this.contextPrint(context)) return null;
    const before =
      this.stored.get(keyOf(context.site.name, context.source)) ?? this.stored.get(keyOf(null, context.source));
    if (!before || before.hash !== remembered.hash || before.links <= 0) return null;
    if (this.o.index && !(await this.o.index.has(before.post))) return null;
    this.note(file, keyOf(context.site.name, context.source), context);
    this.unchanged++;
    this.unread++;
    return { id: before.post, url: remembered.url };
  }

  /**
   * What a post's hash depends on besides its file's bytes: the extractor's salt and the file's
   * site (its place in the site follows from the file's path and the site's root). One per site.
   */
  private contextPrint(context: PostContext): string {
    let print = this.sitePrints.get(context.site);
    if (print === undefined) {
      print = createHash('sha256').update(this.salt).update(JSON.stringify(context.site)).digest('base64').slice(0, 22);
      this.sitePrints.set(context.site, print);
    }
    return print;
  }

  /** Records a post of this run: its key (prune keeps it), its site's root and its file's. */
  private note(file: string, key: string, context: PostContext): void {
    this.seen.add(key);
    if (!isFeedSpec(context.site.root)) this.roots.set(context.site.name, context.site.root);
    this.rootOfFile.set(file, context.site.root);
  }

  private async needsExtraction(event: ReadPost): Promise<boolean> {
    const key = keyOf(event.post.site ?? null, event.post.source);
    this.note(event.file, key, event.context);
    // The Post is hashed too: a new base URL or permalink rule re-stores an unchanged file.
    const hash = createHash('sha256')
      .update(this.salt)
      .update(JSON.stringify(event.post))
      .update(event.text)
      .digest('hex');
    const before = this.stored.get(key) ?? this.stored.get(keyOf(null, event.post.source));
    const taken = this.byId.get(event.post.id);
    if (taken && taken !== before && claimedElsewhere(taken, event)) {
      this.skip(
        toSkipped(
          event.file,
          new InputError(
            'DUPLICATE_POST',
            'source',
            event.file,
            `its post id ${event.post.id} is already taken by ${taken.source}`,
          ),
        ),
      );
      return false;
    }
    // Unchanged, unless the search index lost it or its relations never landed (a write cut off by a crash).
    if (
      before &&
      before.hash === hash &&
      before.links > 0 &&
      !this.o.force &&
      (!this.o.index || (await this.o.index.has(before.post)))
    ) {
      this.unchanged++;
      this.remember(event, hash);
      return false;
    }
    this.hashes.set(event, hash);
    this.remember(event, hash);
    // A post whose id changed (new url or slug) leaves its old id behind: drop it.
    if (before && before.post !== event.post.id) this.stale.push(before.post);
    return true;
  }

  /** Stages a read file's stat with the hash its post is (or is about to be) stored with. */
  private remember(event: ReadPost, hash: string): void {
    if (event.stat)
      this.stats.stage(event.file, event.stat, {
        context: this.contextPrint(event.context),
        hash,
        url: event.post.url,
      });
  }
}

/** Another stored post holds the id, and its own file is still there: a real clash, not a rename. */
function claimedElsewhere(taken: StoredRow, event: ReadPost): boolean {
  if (taken.site !== (event.post.site ?? null) || taken.source === event.post.source) return false;
  return existsSync(path.resolve(event.context.site.root, taken.source));
}
