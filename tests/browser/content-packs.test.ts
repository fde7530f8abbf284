// Imported claims reach the page in both browsers: the content script asks the background for the claims about its
// figures' company|metric, so a pack's claim turns a figure with only related claims into a disagreement, and
// removing the pack turns it back. Chromium imports through the options page; Firefox takes the path of an
// upgrade (a pack an older version kept in storage.local, moved to IndexedDB when the options page opens).
import type { Page } from 'playwright-core';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium, launchFirefox, openFirefoxExtensionPage, serveFixtures, type ExtensionBrowser, type FixtureServer } from './harness';

declare const browser: typeof import('wxt/browser').browser;

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Old news</title></head><body><main><article>
<h1>Zhipu in 1990</h1><p>Zhipu AI reported revenue of US$5 million in 1990, the company said.</p></article></main></body></html>`;

const pack = {
  name: 'E2E pack',
  sources: [{ id: 'e2e-src', title: 'Old figures', outlet: 'Wire', author: null, date: '1991-01', language: 'en', file: 'e.txt' }],
  claims: [
    { id: 'e2e-rev-1990', entity: 'zhipu', metric: 'revenue', period: '1990', value: 1e6, unit: 'USD', qualifier: 'exact', sourceId: 'e2e-src', quote: 'revenue of $1 million in 1990' },
  ],
};

let server: FixtureServer;
beforeAll(async () => {
  server = await serveFixtures();
  server.route('/packs/old-news.html', PAGE);
});
afterAll(async () => {
  await server?.close();
});

const verdictIn = (page: { evaluate: Page['evaluate'] }) =>
  page.evaluate(() => document.querySelector('fc-mark[data-fc-verdict]')?.getAttribute('data-fc-verdict') ?? null) as Promise<string | null>;

async function until(read: () => Promise<string | null>, want: string, timeout = 20_000): Promise<string | null> {
  const end = Date.now() + timeout;
  let got = await read();
  while (got !== want && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 200));
    got = await read();
  }
  return got;
}

test('Chromium: a pack imported on the options page changes the verdict on an open page, and removing it changes it back', async () => {
  const chromium: ExtensionBrowser = await launchChromium();
  try {
    const page = await chromium.context.newPage();
    await page.goto(server.url('/packs/old-news.html'));
    expect(await until(() => verdictIn(page), 'related')).toBe('related');

    const options = await chromium.context.newPage();
    await options.goto(`chrome-extension://${chromium.extensionId}/options.html`);
    await options.locator('#claim-browser .count').waitFor();
    await options.locator('#pack-file').setInputFiles({ name: 'e2e.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(pack)) });
    await options.locator('.import-result[data-state="ok"]').waitFor();
    expect(await until(() => verdictIn(page), 'conflict')).toBe('conflict');

    await options.locator('[aria-label="Remove pack E2E pack"]').click();
    expect(await until(() => verdictIn(page), 'related')).toBe('related');
  } finally {
    await chromium.close();
  }
}, 90_000);

test('Firefox: a pack kept in storage.local by an older version is moved and checked against', async () => {
  const firefox: Browser = await launchFirefox();
  try {
    const page = await firefox.newPage();
    await page.goto(server.url('/packs/old-news.html'));
    expect(await until(() => verdictIn(page), 'related')).toBe('related');

    const probe = await openFirefoxExtensionPage(firefox, 'popup.html', 'body');
    await probe.evaluate((p) => browser.storage.local.set({ 'fc:packs': [{ ...p, importedAt: '2026-11-01T00:00:00.000Z' }] }), pack);
    const options = await openFirefoxExtensionPage(firefox, 'options.html', '[data-pack="E2E pack"]');
    expect(await options.$eval('[data-pack="E2E pack"]', (e) => e.textContent)).toMatch(/1 claim, 1 source, imported 2026-11-01/);
    await page.bringToFront();
    expect(await until(() => verdictIn(page), 'conflict')).toBe('conflict');
  } finally {
    await firefox.close();
  }
}, 90_000);
