// Test helper: Debian's Chromium driven by playwright-core (no browser download), and a tiny
// second-origin server for the embed tests.
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

if (!hasChromium) {
  const msg = `browser tests need ${CHROMIUM} (apt-get install chromium; .ci/run installs it)`;
  if (process.env.CI === 'true') throw new Error(msg);
  console.warn(`!! browser tests SKIPPED: ${msg}`);
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
}

/** Serves fixed HTML pages on a port of its own (another origin than the app). */
export async function pageServer(pages: Record<string, string>): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const body = pages[req.url ?? '/'];
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

/** Starts an Express app on a free loopback port. */
export async function listen(app: {
  listen: (port: number, host: string, cb: () => void) => Server;
}): Promise<{ url: string; close: () => Promise<void> }> {
  let server!: Server;
  await new Promise<void>((r) => (server = app.listen(0, '127.0.0.1', r)));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
