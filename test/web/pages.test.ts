// The web UI's flows in a real Chromium over a blog written for these tests: a post page from
// a result, paging and filters, index pages, entity pages, /speakers sticky headers, Back
// restoring scroll, friendly errors; axe-core finds no serious violation on any page, and
// each page is saved as a screenshot at desktop and phone size in test-artifacts/.
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../helpers/axe.js';
import { hasChromium, launch, listen } from '../helpers/browser.js';
import { blogApp } from '../helpers/web-fixture.js';

let browser: Browser;
let app: { url: string; close: () => Promise<void> };
mkdirSync('test-artifacts', { recursive: true });

beforeAll(async () => {
  if (!hasChromium) return;
  app = await listen(await blogApp());
  browser = await launch();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const DESKTOP = { width: 1200, height: 850 };
const PHONE = { width: 390, height: 800 };

async function open(path: string, viewport = DESKTOP): Promise<Page> {
  // bypassCSP: axe-core is injected as a script tag, which the app's own CSP rightly forbids.
  const page = await browser.newPage({ viewport, bypassCSP: true });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  (page as unknown as { errors: string[] }).errors = errors;
  await page.goto(`${app.url}${path}`);
  return page;
}

/** Both sizes: a screenshot each, and no serious axe violation at either. */
async function checkPage(path: string, ready: string, name: string): Promise<void> {
  for (const [size, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    const page = await open(path, viewport);
    await page.locator(ready).first().waitFor();
    await page.screenshot({ path: `test-artifacts/${name}-${size}.png`, fullPage: true });
    expect(await seriousViolations(page), `${path} at ${size}`).toEqual([]);
    expect((page as unknown as { errors: string[] }).errors).toEqual([]);
    // Nothing wider than the screen on a phone.
    if (size === 'phone')
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await page.close();
  }
}

describe.skipIf(!hasChromium)('posts and search', () => {
  it('a result opens the post page: date, site, entities with evidence, related posts, the original', async () => {
    const page = await open('/?q=credit2');
    await page.locator('.hits li').first().waitFor();
    await page.locator('.hits a', { hasText: 'Xen Summit 2010: Day One' }).click();
    await page.locator('h1', { hasText: 'Xen Summit 2010: Day One' }).waitFor();
    expect(decodeURIComponent(new URL(page.url()).pathname)).toBe('/post/post:test:2010-xen-day-one');
    expect(await page.locator('.meta').first().textContent()).toContain('29 Apr 2010');
    expect(await page.locator('a.original').getAttribute('href')).toBe('https://blog.example/2010/xen-day-one/');
    const george = page.locator('.named li', { hasText: 'George Dunlap' });
    expect(await george.locator('mark').first().textContent()).toBe('George Dunlap');
    expect(await page.locator('.facts li', { hasText: 'talked about' }).allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('credit2')]),
    );
    // Facts come one line per person, with a sentence naming both ends of one of them.
    const facts = page.locator('.facts > li', { hasText: 'George Dunlap talked about' });
    expect(await facts.locator('.fact').textContent()).toBe(
      'George Dunlap talked about Xen, credit2 · spoke at Xen Summit 2010',
    );
    expect(await facts.locator('.evidence q').first().textContent()).toBe(
      'George Dunlap talked about the new credit2 scheduler for Xen.',
    );
    expect(await facts.locator('.evidence q').first().locator('mark').count()).toBe(2);
    expect(await page.locator('.related li a').first().textContent()).toBe('Xen Summit 2010: Day Two');
    // Focus lands on the new page's heading, not somewhere random.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await page.close();
  });

  it('results are counted and paged; filters by year and sort by date change the list', async () => {
    const page = await open('/?q=ceph');
    await page.locator('.count', { hasText: 'Posts 1–10 of 24' }).waitFor();
    await page.getByRole('link', { name: 'Next ›' }).click();
    await page.locator('.count', { hasText: 'Posts 11–20 of 24' }).waitFor();
    expect(new URL(page.url()).searchParams.get('page')).toBe('2');
    await page.selectOption('select[name="year"]', '2013');
    await page.locator('.count', { hasText: /of 4$/ }).waitFor();
    const years = await page.locator('.hits .meta').allTextContents();
    expect(years.every((y) => y.includes('2013'))).toBe(true);
    // The filter keeps focus in the filter bar, not on the page top.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('year');
    await page.goto(`${app.url}/?q=ceph&sort=date`);
    await page.locator('.hits li').first().waitFor();
    const dates = await page.locator('.hits .meta').allTextContents();
    expect(dates[0]).toContain('2017');
    await page.close();
  });

  it('says which spelling it searched when it corrected a typo', async () => {
    const page = await open('/?q=kuberntes');
    await page.locator('.corrected').waitFor();
    expect(await page.locator('.corrected').textContent()).toContain('“kubernetes”');
    expect(await page.locator('.hits a').first().textContent()).toBe('KubeCon 2023 notes');
    await page.close();
  });

  it('a question shows the answer card linked to the entity page and the entity card beside it', async () => {
    const page = await open('/?q=who%20talked%20about%20credit2');
    const card = page.locator('section.answer');
    await card.waitFor();
    expect(await card.locator('h2 a').getAttribute('href')).toBe('/entity/project%3Acredit2');
    expect(await page.locator('section.entity h2 a').textContent()).toBe('credit2');
    const george = card.locator('.answers > li', { hasText: 'George Dunlap' });
    expect(await george.locator('q mark').allTextContents()).toEqual(
      expect.arrayContaining(['George Dunlap', 'credit2']),
    );
    await page.close();
  });

  it('Back returns to the results where the reader left them', async () => {
    const page = await open('/?q=ceph', PHONE);
    await page.locator('.hits li').nth(9).waitFor();
    await page.evaluate(() => window.scrollTo(0, 900));
    const before = await page.evaluate(() => window.scrollY);
    expect(before).toBeGreaterThan(500);
    await page.locator('.hits a').nth(6).click();
    await page.locator('a.original').waitFor();
    await page.goBack();
    await page.locator('.hits li').nth(9).waitFor();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(before);
    await page.close();
  });

  it('autocomplete completes a name inside a question', async () => {
    const page = await open('/');
    await page.locator('#q').pressSequentially('who talked about cre', { delay: 20 });
    await expect
      .poll(() =>
        page.locator('#entity-suggestions option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value)),
      )
      .toContain('who talked about credit2');
    await page.close();
  });

  it('a failed request shows a friendly message with a retry, not raw API text', async () => {
    const page = await open('/post/post:no-such-post');
    const alert = page.locator('[role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('We could not find that here');
    expect(await alert.textContent()).not.toMatch(/NOT_FOUND|api:/);
    await page.screenshot({ path: 'test-artifacts/error-desktop.png' });
    await page.setViewportSize(PHONE);
    await page.screenshot({ path: 'test-artifacts/error-phone.png' });
    await page.route('**/api/entities/**', (r) => r.abort());
    await page.goto(`${app.url}/entity/person:george-dunlap`);
    await page.locator('[role="alert"]', { hasText: 'did not answer' }).waitFor();
    await page.unroute('**/api/entities/**');
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.locator('h1', { hasText: 'George Dunlap' }).waitFor();
    await page.close();
  });
});

describe.skipIf(!hasChromium)('browsing', () => {
  it('/events groups editions by series, and by year on request; /people has counts', async () => {
    const page = await open('/events');
    const xen = page.locator('.group', { hasText: 'Xen Summit' });
    await xen.waitFor();
    expect(await xen.locator('.chips a').allTextContents()).toEqual(['Xen Summit 2011', 'Xen Summit 2010']);
    await page.getByRole('link', { name: 'by year' }).click();
    await page.locator('.group h2', { hasText: '2011' }).waitFor();
    await page.goto(`${app.url}/people`);
    const george = page.locator('.index-list li', { hasText: 'George Dunlap' });
    await george.waitFor();
    expect(await george.textContent()).toMatch(/\d+ posts? · 2 topics, \d+ events?/);
    await page.close();
  });

  it('an event page lists the other editions of its series with their speakers', async () => {
    const page = await open('/entity/event:xen-summit-2010');
    const editions = page.locator('.editions li');
    await editions.first().waitFor();
    // Each edition counts the posts covering it, as its own page does (Day One and Day Two).
    expect(await editions.allTextContents()).toEqual([
      expect.stringMatching(/^Xen Summit 2011 · 1 post.*George Dunlap/),
      expect.stringMatching(/^Xen Summit 2010 · 2 posts/),
    ]);
    expect(await page.locator('.summary').textContent()).toMatch(
      /Named in 2 posts in 2010\. 3 speakers reported; 2 editions of the series are known/,
    );
    expect(await page.locator('svg.year-chart rect').count()).toBe(1);
    expect(await page.locator('figure.chart figcaption').textContent()).toBe('Posts naming it per year: 2 in 2010');
    await page.close();
  });

  it('a speaker page puts talks on a timeline and does not load the graph library', async () => {
    const page = await open('/entity/person:george-dunlap');
    await page.locator('.timeline').waitFor();
    expect(await page.locator('.timeline .tl-year').allTextContents()).toEqual(['2011', '2010']);
    // Posts naming him per year, as a small chart with a text alternative.
    expect(await page.locator('svg.year-chart').getAttribute('aria-label')).toMatch(/2010: \d+, 2011: \d+/);
    expect(await page.evaluate(() => 'cytoscape' in window)).toBe(false);
    // The blog's author: every post they wrote, by year and paged, though no post names them.
    await page.goto(`${app.url}/entity/person:kim-hale`);
    const written = page.locator('section.posts-written');
    await written.waitFor();
    expect(await written.locator('h2').textContent()).toBe('Posts written (28)');
    expect(await page.locator('.summary').textContent()).toMatch(/^Wrote 28 posts from 2010 to 2023\./);
    expect(await written.locator('.tl-year').first().textContent()).toBe('2023 (1)');
    await written.getByRole('button', { name: /more years/ }).click();
    expect(await written.locator('.tl-year').count()).toBeGreaterThan(4);
    expect(await page.locator('section.posts-naming').count()).toBe(0);
    await page.close();
  });

  it('/speakers filters topic columns and keeps the header row and name column in view', async () => {
    const page = await open('/speakers?topics=cred');
    await page.locator('table.matrix').waitFor();
    expect(await page.locator('thead th.topic a').allTextContents()).toEqual(['credit2']);
    expect(await page.locator('.count').textContent()).toMatch(/speakers × 1 of \d+ topics/);
    await page.fill('#topics', '');
    await page.selectOption('#sort', 'name');
    const names = await page.locator('tbody th a').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    // Sticky: after scrolling the table both ways the corner cell stays at the box's corner.
    await page.setViewportSize({ width: 420, height: 300 });
    const wrap = page.locator('.matrix-wrap');
    const box = (await wrap.boundingBox())!;
    await wrap.evaluate((w) => w.scrollTo(400, 200));
    const corner = (await page.locator('th.corner').boundingBox())!;
    expect(Math.abs(corner.x - box.x)).toBeLessThan(3);
    expect(Math.abs(corner.y - box.y)).toBeLessThan(3);
    await page.close();
  });

  it('every page reads well at desktop and phone size with no serious axe violation', async () => {
    await checkPage('/', 'main h1', 'home');
    await checkPage('/?q=who%20talked%20about%20credit2', 'section.answer', 'search-question');
    await checkPage('/?q=ceph', '.hits li', 'search-results');
    await checkPage('/post/post:test:2010-xen-day-one', '.related li', 'post');
    await checkPage('/entity/person:george-dunlap', '.timeline', 'person');
    await checkPage('/entity/person:kim-hale', '.posts-written', 'author');
    await checkPage('/entity/event:xen-summit-2010', '.editions', 'event');
    await checkPage('/entity/project:credit2', '.talks li', 'project');
    await checkPage('/events', '.group', 'events');
    await checkPage('/people', '.index-list li', 'people');
    await checkPage('/organizations', '.index-list li', 'organizations');
    await checkPage('/projects', '.index-list li', 'projects');
    await checkPage('/speakers', 'table.matrix', 'speakers');
    await checkPage('/graph/project:credit2', '#graph canvas', 'graph');
  }, 240_000);
});
