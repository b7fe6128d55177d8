// The shared --site, --site-url and --permalink options of `ingest` and `extract`: what the
// user says about the blog the paths belong to, checked once, as the sources' SiteOverrides.
import type { Command } from 'commander';
import type { SiteOverrides } from '../../ingest/source/site-config.js';
import { TalkgraphError } from '../domain/errors.js';

export interface SiteFlags {
  site?: string;
  siteUrl?: string;
  permalink?: string;
}

/** Adds the site options to `command`. */
export function withSiteOptions(command: Command): Command {
  return command
    .option('--site <name>', "name of the site (blog) the paths belong to (default: its root folder's name)")
    .option('--site-url <url>', "the site's public base URL, which makes post URLs absolute (default: from its config)")
    .option('--permalink <pattern>', 'permalink rule for posts without a url, e.g. /:year/:month/:day/:title/');
}

/** The overrides the flags give; a --site-url that is not http(s) is BAD_ARGUMENT naming it. */
export function siteOverrides(flags: SiteFlags, command: string): SiteOverrides {
  if (flags.siteUrl !== undefined && !/^https?:\/\/[^/\s]+/i.test(flags.siteUrl)) {
    throw new TalkgraphError('BAD_ARGUMENT', command, `--site-url ${flags.siteUrl}`, 'must be an http(s) URL');
  }
  return {
    ...(flags.site ? { name: flags.site } : {}),
    ...(flags.siteUrl ? { url: flags.siteUrl } : {}),
    ...(flags.permalink ? { permalink: flags.permalink } : {}),
  };
}
