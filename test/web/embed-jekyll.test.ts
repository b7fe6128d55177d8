// The embed box on a real blog page in Chromium: a Jekyll fixture blog ingested with its site
// URL (its _config.yml), a page served at a post's permalink URL with the one-line script tag
// and no attributes; the box finds the post by the page's own URL and lists that blog's
// related posts, never another blog's.

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blogOf } from '../helpers/blog.js';
import { hasChromium, launch, listen, pageServer } from '../helpers/browser.js';
import { serviceOver } from '../helpers/service.js';

let browser: Browser;
let blog: { url: string; close: () => Promise<void> };
let api: { url: string; close: () => Promise<void> };
/** The blog's pages, filled once talkgraph's address is known (the server reads it per request). */
const pages: Record<string, string> = {};
const DAY_ONE = '/blog/2021/05/04/nimbus-summit-day-one.html';

const post = (title: string, body: string) => `---\ntitle: ${title}\n---\n${body}\n`;

beforeAll(async () => {
  if (!hasChromium) return;
  blog = await pageServer(pages);
  const jekyll = blogOf('nimbus-notes', {
    '_config.yml': `url: ${blog.url}\nbaseurl: /blog\n`,
    '_posts/2021-05-04-nimbus-summit-day-one.md': post(
      'Nimbus Summit 2021 day one',
      'Dana Brooks talked about Ansible and Terraform. Bo Chen covered Ceph.',
    ),
    '_posts/2021-05-05-nimbus-summit-day-two.md': post(
      'Nimbus Summit 2021 day two',
      'Carl Oduya talked about Podman and Ceph at Nimbus Summit 2021.',
    ),
    '_posts/2021-06-01-gardening.md': post('My tomato plants', 'The tomatoes are growing well this year.'),
  });
  // Another blog in the same graph, about the same summit: not this blog's, so not in its box.
  const planet = blogOf('planet', {
    'hugo.toml': 'baseURL = "https://planet.example/"\n',
    'content/post/nimbus-recap.md': post(
      'Nimbus Summit 2021 recap',
      'Dana Brooks talked about Ansible. Bo Chen covered Ceph again at Nimbus Summit 2021.',
    ),
  });
  api = await listen((await serviceOver([jekyll, planet])).app);
  pages[DAY_ONE] =
    `<!doctype html><html><head><title>Nimbus Summit 2021 day one</title></head><body><article><h1>Nimbus Summit 2021 day one</h1><p>Dana Brooks talked about Ansible.</p></article>
<script src="${api.url}/embed.js" async></script>
</body></html>`;
  browser = await launch();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all([blog?.close(), api?.close()]);
});

describe.skipIf(!hasChromium)('the embed box on a Jekyll blog', () => {
  it("finds the post by its permalink page URL and shows that blog's related posts", async () => {
    const page = await browser.newPage();
    const asked: string[] = [];
    page.on('request', (r) => r.url().includes('/api/posts/related') && asked.push(r.url()));
    await page.goto(`${blog.url}${DAY_ONE}`);
    await page.locator('.talkgraph-related').waitFor();
    // The script asked by the page's own URL: the permalink Jekyll gives the post on this site.
    expect(new URL(asked[0]!).searchParams.get('url')).toBe(`${blog.url}${DAY_ONE}`);
    const links = await page.evaluate(() =>
      [...document.querySelector('.talkgraph-related')!.shadowRoot!.querySelectorAll('li')].map((li) => ({
        title: li.querySelector('a, span')!.textContent,
        href: li.querySelector('a')?.href ?? null,
      })),
    );
    expect(links[0]).toEqual({
      title: 'Nimbus Summit 2021 day two',
      href: `${blog.url}/blog/2021/05/05/nimbus-summit-day-two.html`,
    });
    expect(links.map((l) => l.title)).not.toContain('Nimbus Summit 2021 recap');
    expect(links.every((l) => l.href === null || l.href.startsWith(`${blog.url}/blog/`))).toBe(true);
    await page.screenshot({ path: 'test-artifacts/embed-jekyll.png' });
    await page.close();
  });
});
