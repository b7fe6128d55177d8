// The web UI and the embed box in a real Chromium (not jsdom), against a running server over
// a corpus written for these tests. Screenshots go to test-artifacts/.
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launch, listen, pageServer } from '../helpers/browser.js';
import { corpusOf, serviceOver } from '../helpers/service.js';

const XSS = '<img src=x onerror="window.__xss=1">';
const post = (slug: string, title: string, body: string, url = `/2010/04/${slug}/`) =>
  `---\ntitle: '${title}'\nauthor: Kim Hale\ndate: 2010-04-29\nurl: ${url}\n---\n${body}\n`;

let browser: Browser;
let app: { url: string; close: () => Promise<void> };
let other: { url: string; close: () => Promise<void> };
mkdirSync('test-artifacts', { recursive: true });

beforeAll(async () => {
  if (!hasChromium) return;
  const dir = corpusOf({
    'a.md': post(
      'xen-day-one',
      'Xen Summit 2010: Day One',
      'George Dunlap talked about the new "credit2" scheduler for Xen. [Konrad Wilk](https://www.linkedin.com/in/example) from Oracle talked about PVOps kernels.',
    ),
    'b.md': post(
      'xen-day-two',
      'Xen Summit 2010: Day Two',
      'Lena Ford talked about XenServer and the credit2 scheduler in production.',
    ),
    'c.md': post('xss', `${XSS} Xen notes`, 'Some notes on Xen and credit2 from the hallway.'),
  });
  const { app: express } = await serviceOver([dir]);
  app = await listen(express);
  // A server that answered once and is gone: the embed box must fail quietly against it.
  const gone = await pageServer({});
  await gone.close();
  other = await pageServer({
    '/blog/post.html': `<!doctype html><html><body><h1>My blog post</h1><script src="${app.url}/embed.js" data-post="post:test:2010-04-xen-day-one"></script></body></html>`,
    '/blog/frame.html': `<!doctype html><html><body><iframe title="Related posts" sandbox="allow-scripts" src="${app.url}/embed/frame?post=post:test:2010-04-xen-day-one" width="400" height="300"></iframe></body></html>`,
    '/blog/down.html': `<!doctype html><html><body><script src="${app.url}/embed.js" data-post="post:test:2010-04-xen-day-one" data-api="${gone.url}"></script></body></html>`,
  });
  browser = await launch();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await other?.close();
});

async function open(path: string, origin = app.url): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  await page.goto(`${origin}${path}`);
  return page;
}

async function noScriptRan(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
}

describe.skipIf(!hasChromium)('web UI in Chromium', () => {
  it('searching "who talked about credit2" shows George Dunlap with evidence; a click opens his page', async () => {
    const page = await open('/');
    await page.fill('#q', 'who talked about credit2');
    await page.keyboard.press('Enter');
    const answer = page.locator('.answers > li').filter({ hasText: 'George Dunlap' });
    await answer.waitFor();
    await expect.poll(() => answer.locator('q').first().textContent()).toContain('credit2');
    expect(new URL(page.url()).search).toBe('?q=who%20talked%20about%20credit2');
    await page.screenshot({ path: 'test-artifacts/search.png', fullPage: true });
    await answer.getByRole('link', { name: 'George Dunlap' }).click();
    await page.locator('h1', { hasText: 'George Dunlap' }).waitFor();
    expect(decodeURIComponent(new URL(page.url()).pathname)).toBe('/entity/person:george-dunlap');
    expect(await page.locator('.timeline li').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('credit2')]),
    );
    // The graph library is loaded only on the graph page.
    expect(await page.evaluate(() => 'cytoscape' in window)).toBe(false);
    await page.screenshot({ path: 'test-artifacts/person.png', fullPage: true });
    await page.close();
  });

  it('deep links open entity pages and the speaker browser directly', async () => {
    const page = await open('/entity/project:credit2');
    await page.locator('h1', { hasText: 'credit2' }).waitFor();
    expect(
      await page.locator('section', { hasText: 'Who talked about it' }).locator('.talks > li > a').allTextContents(),
    ).toEqual(expect.arrayContaining(['George Dunlap', 'Lena Ford']));
    await page.screenshot({ path: 'test-artifacts/project.png', fullPage: true });
    await page.goto(`${app.url}/entity/event:xen-summit-2010`);
    const topics = page.locator('section', { hasText: 'Speakers and their topics' }).locator('li');
    await topics.first().waitFor();
    expect(await topics.allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^George Dunlap: .*credit2/)]),
    );
    await page.screenshot({ path: 'test-artifacts/event.png', fullPage: true });
    await page.goto(`${app.url}/speakers?filter=oracle`);
    await page.locator('table.matrix').waitFor();
    expect(await page.locator('tbody th a').allTextContents()).toEqual(['Konrad Wilk']);
    await page.screenshot({ path: 'test-artifacts/speakers.png', fullPage: true });
    await page.close();
  });

  it('a post whose title holds HTML renders it as text everywhere', async () => {
    const page = await open(`/?q=${encodeURIComponent('hallway notes')}`);
    await page.locator('.hits li').first().waitFor();
    expect(await page.locator('.hits').textContent()).toContain(XSS);
    await noScriptRan(page);
    await page.goto(`${app.url}/entity/project:credit2`);
    await page.locator('h1', { hasText: 'credit2' }).waitFor();
    expect(await page.locator('main').textContent()).toContain(XSS);
    await noScriptRan(page);
    await page.close();
    const embed = await open('/blog/post.html', other.url);
    const box = embed.locator('.talkgraph-related');
    await box.waitFor();
    expect(await box.locator('li').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining(XSS)]));
    await noScriptRan(embed);
    expect(
      await embed.evaluate(
        () => document.querySelector('.talkgraph-related')!.shadowRoot!.querySelectorAll('img').length,
      ),
    ).toBe(0);
    await embed.close();
  });
});

describe.skipIf(!hasChromium)('embed box in Chromium', () => {
  it('one script tag on a page of another origin lists related posts, the other day first', async () => {
    const page = await open('/blog/post.html', other.url);
    const box = page.locator('.talkgraph-related');
    await box.waitFor();
    const items = await box.locator('li a').allTextContents();
    expect(items[0]).toBe('Xen Summit 2010: Day Two');
    expect(await box.locator('li a').first().getAttribute('href')).toBe(`${other.url}/2010/04/xen-day-two/`);
    expect(await box.locator('h2').textContent()).toBe('Related posts');
    await page.screenshot({ path: 'test-artifacts/embed.png' });
    await page.close();
  });

  it('the iframe variant works in a sandbox without allow-same-origin', async () => {
    const page = await open('/blog/frame.html', other.url);
    const frame = page.frameLocator('iframe');
    await frame.locator('li').first().waitFor();
    expect(await frame.locator('li a').first().textContent()).toBe('Xen Summit 2010: Day Two');
    await page.screenshot({ path: 'test-artifacts/embed-iframe.png' });
    await page.close();
  });

  it('fails quietly with a console warning when the API is down', async () => {
    const page = await browser.newPage();
    const warnings: string[] = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await page.goto(`${other.url}/blog/down.html`);
    await expect.poll(() => warnings.join(' ')).toContain('talkgraph: no related posts');
    expect(await page.locator('.talkgraph-related').count()).toBe(0);
    await page.close();
  });
});
