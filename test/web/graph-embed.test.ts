// The graph explorer and the embed box in a real Chromium: a 100-node neighbourhood stays
// readable (few overlapping labels), controls filter, zoom, fit and reset, a click expands
// in place, the same data gives the same picture, and touch scrolls the page. The embed:
// no box for an unknown post (script or iframe), a dark theme, plain reasons, safe links.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launch, listen, pageServer } from '../helpers/browser.js';
import { blogApp, hubApp } from '../helpers/web-fixture.js';

let browser: Browser;
let hub: { url: string; close: () => Promise<void> };
let blog: { url: string; close: () => Promise<void> };
let other: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  if (!hasChromium) return;
  [hub, blog] = await Promise.all([hubApp(100).then(listen), blogApp().then(listen)]);
  const script = (attrs: string) =>
    `<!doctype html><html><body><h1>A post</h1><script src="${blog.url}/embed.js" ${attrs}></script></body></html>`;
  other = await pageServer({
    '/known.html': script('data-post="post:test:2010-xen-day-one" data-sites="test"'),
    '/dark.html': script('data-post="post:test:2010-xen-day-one" data-theme="dark"'),
    '/unknown.html': script('data-post="post:nobody-wrote-this"'),
    '/frame-unknown.html': `<!doctype html><html><body><script src="${blog.url}/embed.js" data-frame-only></script><iframe title="Related posts" sandbox="allow-scripts" src="${blog.url}/embed/frame?post=post:nobody-wrote-this" style="width:100%;height:260px;border:1px solid #ccc"></iframe></body></html>`,
    '/frame.html': `<!doctype html><html><body><script src="${blog.url}/embed.js" data-frame-only></script><iframe title="Related posts" sandbox="allow-scripts" src="${blog.url}/embed/frame?post=post:test:2010-xen-day-one&theme=dark" style="width:320px;height:60px"></iframe></body></html>`,
  });
  browser = await launch();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all([hub?.close(), blog?.close(), other?.close()]);
});

type Box = { x1: number; y1: number; x2: number; y2: number };

/**
 * Labels drawn on screen at least `minPx` tall (cytoscape hides those under 6 px; a label left
 * out for room has no box) and their overlapping pairs.
 */
async function labelOverlaps(page: Page, minPx = 6): Promise<{ labels: number; overlaps: number }> {
  return page.evaluate((min) => {
    const cy = (
      window as unknown as {
        __talkgraphCy: {
          zoom(): number;
          nodes(): Array<{
            visible(): boolean;
            numericStyle(k: string): number;
            renderedBoundingBox(o: object): Box & { w: number };
          }>;
        };
      }
    ).__talkgraphCy;
    const boxes = cy
      .nodes()
      .filter((n) => n.visible() && n.numericStyle('font-size') * cy.zoom() >= min)
      .map((n) => n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }))
      .filter((b) => b.w > 0);
    let overlaps = 0;
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlaps++;
      }
    return { labels: boxes.length, overlaps };
  }, minPx);
}

/** Waits until the graph is drawn (the graph library loads on this page only, which takes a while on a busy machine). */
const cyReady = (page: Page) =>
  page.waitForFunction(() => Boolean((window as unknown as { __talkgraphCy?: unknown }).__talkgraphCy), null, {
    timeout: 20_000,
  });

const positions = (page: Page) =>
  page.evaluate(() =>
    (
      window as unknown as { __talkgraphCy: { nodes(): Array<{ id(): string; position(): { x: number; y: number } }> } }
    ).__talkgraphCy
      .nodes()
      .map((n) => `${n.id()}@${Math.round(n.position().x)},${Math.round(n.position().y)}`)
      .sort(),
  );

describe.skipIf(!hasChromium)('graph explorer', () => {
  it('a 100-node neighbourhood draws with at most 3 overlapping labels, the same way every time, at desktop and phone size', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(`${hub.url}/graph/project:credit2?limit=101`);
    await page.locator('#graph canvas').first().waitFor();
    await cyReady(page);
    expect(
      await page.evaluate(
        () => (window as unknown as { __talkgraphCy: { nodes(): unknown[] } }).__talkgraphCy.nodes().length,
      ),
    ).toBe(101);
    const first = await positions(page);
    const { labels, overlaps } = await labelOverlaps(page);
    // Every label readable at the fitted zoom (at least 6 px on screen), almost none overlapping.
    expect(labels).toBeGreaterThanOrEqual(90);
    expect(overlaps).toBeLessThanOrEqual(3);
    await page.screenshot({ path: 'test-artifacts/graph-100.png' });
    await page.reload();
    await cyReady(page);
    expect(await positions(page)).toEqual(first);
    // On a phone the same neighbourhood is readable without zooming: labels of at least 10 px,
    // the strongest links labelled first, none overlapping; zooming in labels more of them.
    await page.setViewportSize({ width: 390, height: 800 });
    await page.reload();
    await cyReady(page);
    const phone = await labelOverlaps(page, 10);
    expect(phone.labels).toBeGreaterThanOrEqual(15);
    expect(phone.overlaps).toBeLessThanOrEqual(3);
    expect(
      await page.evaluate(() =>
        (
          window as unknown as { __talkgraphCy: { getElementById(id: string): { hasClass(c: string): boolean } } }
        ).__talkgraphCy
          .getElementById('project:credit2')
          .hasClass('quiet'),
      ),
    ).toBe(false);
    await page.locator('#graph').screenshot({ path: 'test-artifacts/graph-100-phone.png' });
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(async () => (await labelOverlaps(page, 10)).labels).toBeGreaterThan(phone.labels);
    expect((await labelOverlaps(page, 10)).overlaps).toBeLessThanOrEqual(3);
    await page.close();
  });

  it('filters by type and relation, zooms, fits, resets, shows details and edge labels, expands in place', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(`${hub.url}/graph/project:credit2?limit=30`);
    await cyReady(page);
    const cy = <T>(fn: string) =>
      page.evaluate(`(() => { const cy = window.__talkgraphCy; return ${fn}; })()`) as Promise<T>;
    expect(await page.locator('.graph-controls legend').allTextContents()).toEqual([
      'Show types (legend)',
      'Show links',
    ]);
    await page.getByLabel(/Person \(/).uncheck();
    expect(await cy<number>("cy.nodes('.hidden').length")).toBe(29);
    await page.getByLabel(/Person \(/).check();
    await page.getByLabel('talked about').uncheck();
    expect(await cy<number>("cy.edges('.hidden').length")).toBe(29);
    const zoom = await cy<number>('cy.zoom()');
    await page.getByRole('button', { name: 'Zoom in' }).click();
    expect(await cy<number>('cy.zoom()')).toBeGreaterThan(zoom);
    await page.getByRole('button', { name: 'Fit' }).click();
    expect(Math.abs((await cy<number>('cy.zoom()')) - zoom)).toBeLessThan(0.01);
    await page.getByLabel('Link labels').check();
    expect(await cy<number>("cy.edges('.labelled').length")).toBeGreaterThan(0);
    // Hover gives details; a click adds the node's own links around it without reloading.
    const at = await cy<{ x: number; y: number }>("cy.getElementById('person:speaker-0').renderedPosition()");
    const canvas = (await page.locator('#graph').boundingBox())!;
    await page.mouse.move(canvas.x + at.x, canvas.y + at.y);
    await page.locator('.graph-details strong', { hasText: 'Speaker A0 Example' }).waitFor();
    const url = page.url();
    await page.mouse.click(canvas.x + at.x, canvas.y + at.y);
    await expect
      .poll(() => cy<boolean>("cy.getElementById('event:xen-summit-2010').nonempty()"), { timeout: 10_000 })
      .toBe(true);
    expect(page.url()).toBe(url);
    await page.getByRole('button', { name: 'Reset' }).click();
    expect(await cy<boolean>("cy.getElementById('event:xen-summit-2010').nonempty()")).toBe(false);
    expect(await cy<number>("cy.elements('.hidden').length")).toBe(0);
    await page.close();
  });

  it('on a touch screen a swipe over the graph scrolls the page', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 700 }, hasTouch: true, isMobile: true });
    await page.goto(`${hub.url}/graph/project:credit2?limit=30`);
    await cyReady(page);
    expect(
      await page.evaluate(() =>
        (window as unknown as { __talkgraphCy: { userPanningEnabled(): boolean } }).__talkgraphCy.userPanningEnabled(),
      ),
    ).toBe(false);
    const box = (await page.locator('#graph').boundingBox())!;
    // A real one-finger swipe upwards, starting on the graph.
    const cdp = await page.context().newCDPSession(page);
    const x = Math.round(box.x + box.width / 2);
    const y = Math.round(Math.min(box.y + 100, 650));
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    for (let i = 1; i <= 10; i++)
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - i * 25 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
    await page.close();
  });
});

describe.skipIf(!hasChromium)('embed box', () => {
  it('an unknown post shows no box at all, with a console note', async () => {
    const page = await browser.newPage();
    const warnings: string[] = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await page.goto(`${other.url}/unknown.html`);
    await expect.poll(() => warnings.join(' ')).toContain('not known to talkgraph');
    expect(await page.locator('.talkgraph-related').count()).toBe(0);
    await page.close();
  });

  it('the iframe for an unknown post is empty and collapses, not a broken frame', async () => {
    const page = await browser.newPage();
    await page.goto(`${other.url}/frame-unknown.html`);
    const frame = page.frames().find((f) => f.url().includes('/embed/frame'))!;
    await frame.waitForLoadState();
    expect(await frame.evaluate(() => document.body.children.length)).toBe(1); // the height script only
    expect(await frame.locator('aside').count()).toBe(0);
    await expect.poll(() => page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height)).toBeLessThan(5);
    await page.close();
  });

  it('the iframe grows to its content and follows a dark theme', async () => {
    const page = await browser.newPage();
    await page.goto(`${other.url}/frame.html`);
    await expect
      .poll(() => page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height))
      .toBeGreaterThan(100);
    const frame = page.frameLocator('iframe');
    expect(await frame.locator('aside').evaluate((a) => getComputedStyle(a).backgroundColor)).toBe('rgb(27, 31, 39)');
    expect(await frame.locator('small').first().textContent()).toMatch(
      /^(Also about|Also from|From another|Covers|Loosely)/,
    );
    await page.screenshot({ path: 'test-artifacts/embed-iframe-dark.png' });
    // A phone-wide (320 px) frame shows every item, none cut: it is as tall as its content.
    const content = await page
      .frames()
      .find((f) => f.url().includes('/embed/frame'))!
      .evaluate(() => document.body.getBoundingClientRect().height);
    expect(await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height)).toBeGreaterThanOrEqual(
      Math.floor(content),
    );
    await page.setViewportSize({ width: 390, height: 800 });
    await page.screenshot({ path: 'test-artifacts/embed-iframe-dark-phone.png' });
    await page.close();
  });

  it('data-theme="dark" and prefers-color-scheme: dark give the dark box; data-sites becomes sites=', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${other.url}/dark.html`);
    const bg = () =>
      page.evaluate(
        () =>
          getComputedStyle(document.querySelector('.talkgraph-related')!.shadowRoot!.querySelector('aside')!)
            .backgroundColor,
      );
    await page.locator('.talkgraph-related').waitFor();
    expect(await bg()).toBe('rgb(27, 31, 39)');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${other.url}/known.html`);
    await page.locator('.talkgraph-related').waitFor();
    expect(await bg()).toBe('rgb(27, 31, 39)');
    expect(requests.some((u) => u.includes('/related?') && u.includes('sites=test'))).toBe(true);
    const why = await page.evaluate(() =>
      [...document.querySelector('.talkgraph-related')!.shadowRoot!.querySelectorAll('small')].map(
        (s) => s.textContent,
      ),
    );
    expect(why.join(' ')).not.toMatch(/shares:|similar text/);
    await page.screenshot({ path: 'test-artifacts/embed-dark.png' });
    await page.close();
  });
});
