// Package paths linked to their own page are projects: "[frob/quux](/pkg/frob/quux/)",
// "[quux/v2](https://pkg.example.dev/quux/v2)". The link says the path is a name, not prose.
import { add, type Scan } from './scan.js';

/** A lower-case path of two or more parts: "frob/quux", "exp/template". */
const PATH = /^[\p{Ll}][\p{L}\d_.-]*(?:\/[\p{L}\d_.-]+)+$/u;

/** Types each link whose anchor is a package path the link's own address ends with. */
export function matchPathLinks(scan: Scan): void {
  for (const link of scan.s.links) {
    const anchor = link.text.trim();
    if (!PATH.test(anchor) || !addressEndsWith(link.url, anchor)) continue;
    const from = scan.tokens.findIndex((t) => t.start >= link.start);
    let to = from;
    while (scan.tokens[to + 1] && scan.tokens[to + 1]!.end <= link.end) to += 1;
    if (from < 0 || scan.taken.slice(from, to + 1).some(Boolean)) continue;
    add(scan, from, to, { type: 'Project', canonical: '', confidence: 0.65, source: 'path-link' });
  }
}

/** Code hosts, where a path is "owner/repository": a person's account and a repository, not one package. */
const CODE_HOSTS = /^[a-z]+:\/\/(www\.)?(github\.com|gitlab\.com|bitbucket\.org|codeberg\.org)\//i;

function addressEndsWith(url: string, anchor: string): boolean {
  if (CODE_HOSTS.test(url)) return false;
  const pathname = url
    .replace(/^[a-z]+:\/\/[^/]+/i, '')
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '');
  return pathname.toLowerCase().endsWith(`/${anchor.toLowerCase()}`);
}
