// What a link's target says about its anchor: a person's profile page, a project's site.
// "[Konrad Wilk](http://www.linkedin.com/in/darnok)" → person; "[CRIU](https://criu.org/)" → project.
import { squashAlnum as squash } from '../../src/domain/name-fold.js';

export type LinkCue = 'person' | 'project' | null;

const PROFILE_HOSTS =
  /(^|\.)(twitter\.com|x\.com|linkedin\.com|facebook\.com|about\.me|keybase\.io|mastodon\.social|fosstodon\.org)$/;

/** Classifies `url` for the anchor `anchor` (possessive already stripped). */
export function linkCue(anchor: string, url: string): LinkCue {
  const parsed = parseUrl(url);
  if (!parsed) return null;
  const { host, segments } = parsed;
  const squashed = squash(anchor);
  if (PROFILE_HOSTS.test(host)) {
    if (host.includes('linkedin') && segments[0] === 'in') return 'person';
    // twitter.com/handle is a profile; twitter.com/handle/status/1 is a post about anything.
    return segments.length === 1 ? 'person' : null;
  }
  if (host.endsWith('wikipedia.org')) {
    const title = decodeURIComponent(segments.at(-1) ?? '');
    return /_\((computer_scientist|programmer|engineer|businessman|executive|entrepreneur)\)/i.test(title)
      ? 'person'
      : null;
  }
  // A personal page: "~jeremy", or a path naming a word of the anchor ("/yuvraj/").
  const words = anchor
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length > 2);
  if (segments.some((s) => s.startsWith('~'))) return 'person';
  if (words.length >= 2 && segments.some((s) => words.includes(s.toLowerCase()))) return 'person';
  if (!squashed || squashed.length < 3) return null;
  const labels = host.split('.');
  const siteName = labels.length >= 2 ? labels[labels.length - 2]! : '';
  // "[frobnik.io](https://frobnik.io/)": an anchor that is the site's own address names its project.
  if (labels.length === 2 && squash(host) === squashed && /\./.test(anchor)) return 'project';
  if (host === 'github.com' || host === 'gitlab.com') {
    // github.com/user is a person's profile; github.com/owner/repo a project named like its anchor.
    if (segments.length === 1 && anchor.trim().includes(' ')) return 'person';
    return squash(segments[1] ?? '') === squashed ? 'project' : null;
  }
  // openvswitch.org for "Open vSwitch"; hadoop.apache.org for "Hadoop"; criu.org for "CRIU".
  if ((siteName === squashed || labels[0] === squashed) && !/\.com$/.test(host)) return 'project';
  if (/wiki/.test(host + segments.join('/')) && segments.some((s) => squash(s).startsWith(squashed))) return 'project';
  return null;
}

function parseUrl(url: string): { host: string; segments: string[] } | null {
  try {
    const u = new URL(url.startsWith('//') ? `https:${url}` : url);
    if (!/^https?:$/.test(u.protocol)) return null;
    return { host: u.hostname.toLowerCase().replace(/^www\./, ''), segments: u.pathname.split('/').filter(Boolean) };
  } catch {
    return null;
  }
}
