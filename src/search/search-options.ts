// The MiniSearch options, in one place, shared by indexing and loading (they must match).
import type { Options } from 'minisearch';

/** One indexed post. */
export interface SearchDoc {
  id: string;
  title: string;
  text: string;
  tags: string;
  entities: string;
  url: string | null;
  date: string | null;
  /** The post's site (blog) name, as in its id: what search's `site=` filter matches. */
  site: string | null;
}

/** Bumped when the options change: an index written with other options is rebuilt. */
export const SEARCH_SCHEMA_VERSION = 3;

export const SEARCH_OPTIONS: Options<SearchDoc> = {
  fields: ['title', 'text', 'tags', 'entities'],
  storeFields: ['title', 'url', 'date', 'text', 'site'],
  searchOptions: {
    boost: { title: 3, entities: 2.5, tags: 2 },
    prefix: true,
    fuzzy: 0.2,
  },
};
