// Reads post files of blogs on disk: finds each file's site (root, generator, base URL) and
// turns it into post text (front matter + Markdown); HTML bodies and pages become Markdown.
import path from 'node:path';
import { InputError } from '../../src/domain/errors.js';
import { siteSlug } from '../../src/domain/ids.js';
import type { Site } from '../../src/domain/model.js';
import { splitFrontMatter } from '../document/front-matter.js';
import { htmlToMarkdown, readHtmlPage } from '../document/html.js';
import type { PostContext } from '../document/post-meta.js';
import { decodePostBytes, type FileStat, readRegularFileStat } from './read-file.js';
import { loadSite, type SiteOverrides } from './site-config.js';
import { RootFinder } from './site-root.js';
import { type Skipped, toSkipped } from './skipped.js';
import type { FoundFile } from './walk.js';

/** One post ready for the document reader: its text and where it sits. */
export interface SourceItem {
  /** What the user sees in messages: a path, or a feed entry's URL. */
  file: string;
  text: string;
  context: PostContext;
  /** The file's size and mtime as read (files on disk only): an unchanged stat skips the next read. */
  stat?: FileStat;
}

const HTML = /\.html?$/i;

/** Sites and roots of one run, each read once. */
export class SiteBook {
  private readonly roots = new RootFinder();
  private readonly sites = new Map<string, Site>();
  /** Per folder (and the path given that led to it): its site and its path in the site. */
  private readonly folders = new Map<string, { site: Site; rel: string }>();
  /** Skips found while reading site configurations (reported once each). */
  readonly skipped: Skipped[] = [];

  constructor(private readonly overrides: SiteOverrides = {}) {}

  /** The context of a file found below `given`. */
  contextOf(found: FoundFile): PostContext {
    // Every file of a folder has the same site and folder path: worked out once per folder.
    const dir = path.dirname(found.file);
    const key = `${found.given}\u0000${dir}`;
    let folder = this.folders.get(key);
    if (!folder) {
      const root = this.roots.find(found.file, found.given);
      let site = this.sites.get(root.root);
      if (!site) {
        site = this.load(root);
        this.sites.set(root.root, site);
      }
      folder = { site, rel: path.relative(root.root, path.resolve(dir)).split(path.sep).join('/') };
      this.folders.set(key, folder);
    }
    const name = path.basename(found.file);
    return { site: folder.site, source: folder.rel ? `${folder.rel}/${name}` : name };
  }

  /** The site a path given by the user belongs to (a folder, or a file), for pruning. */
  siteOf(given: string, isFolder: boolean): Site {
    const probe = isFolder ? path.join(given, '.probe') : given;
    return this.contextOf({ file: probe, given: isFolder ? given : path.dirname(given) }).site;
  }

  private load(root: ReturnType<RootFinder['find']>): Site {
    try {
      return loadSite(root, this.overrides);
    } catch (err) {
      this.skipped.push(toSkipped(root.root, err));
      const name = siteSlug(this.overrides.name ?? path.basename(root.root));
      const { url, permalink } = this.overrides;
      return {
        name,
        generator: 'plain',
        baseUrl: url ?? null,
        permalink: permalink ?? null,
        sectionPermalinks: {},
        root: root.root,
      };
    }
  }
}

/** Jekyll and Hexo read `.html` as posts only inside `_posts`; elsewhere it is a page or a layout. */
export function isPostFile(context: PostContext): boolean {
  if (!HTML.test(context.source)) return true;
  const generator = context.site.generator;
  return !(generator === 'jekyll' || generator === 'hexo') || context.source.split('/').includes('_posts');
}

/** Reads one file into a SourceItem; throws InputError (unreadable, not UTF-8, no article…). */
export async function readFileItem(found: FoundFile, context: PostContext, maxBytes?: number): Promise<SourceItem> {
  const { bytes, stat } = await readRegularFileStat(found.file, maxBytes);
  const text = decodePostBytes(found.file, bytes);
  return { file: found.file, text: HTML.test(found.file) ? htmlPostText(found.file, text) : text, context, stat };
}

/** A Jekyll `.html` post keeps its front matter and gets its body as Markdown; a bare page needs an article. */
function htmlPostText(file: string, text: string): string {
  const split = splitFrontMatter(file, text);
  if (split.format !== 'none')
    return `${text.slice(0, text.length - split.body.length)}\n${htmlToMarkdown(split.body)}`;
  const page = readHtmlPage(text);
  if (page.markdown === null || !page.markdown.trim())
    throw new InputError(
      'NO_ARTICLE',
      'source',
      file,
      'the HTML page has no article (no <article>, <main> or post-content block)',
    );
  const meta = { title: page.title, date: page.date, url: page.url, author: page.author };
  return `${JSON.stringify(meta)}\n\n${page.markdown}`;
}
