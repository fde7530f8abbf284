// The gate in Firefox ESR (puppeteer-core over WebDriver BiDi, the MV2 build, which lists no web-accessible
// resource): a page with nothing to check never loads the main part; when the page adds a figure later, the gate
// imports the main part, which marks it.
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchFirefox, serveFixtures, type FixtureServer } from './harness';
import { FIGURE_SENTENCE, FIGURE_TEXT, pageHtml } from './hostile-helpers';

let server: FixtureServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveFixtures();
  browser = await launchFirefox();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('Firefox: only the gate runs on a quiet page; a figure added later loads the main part and is marked', async () => {
  server.route('/gate/firefox-feed.html', pageHtml('<main><p>The garden was quiet, and the light came slowly over the hedge.</p></main>'));
  const page = await browser.newPage();
  await page.goto(server.url('/gate/firefox-feed.html'));
  await page.waitForFunction(() => performance.getEntriesByName('fc:read-and-gate').length > 0, { timeout: 15_000 });
  await new Promise((r) => setTimeout(r, 800));
  const measures = () => page.evaluate(() => performance.getEntriesByType('measure').map((m) => m.name).filter((n) => n.startsWith('fc:')));
  expect(await measures()).toEqual(['fc:read-and-gate']);
  await page.evaluate((s) => document.querySelector('main')!.append(Object.assign(document.createElement('p'), { textContent: s })), FIGURE_SENTENCE);
  await page.waitForSelector('fc-mark[data-fc-verdict]', { timeout: 15_000 });
  expect(await measures()).toContain('fc:load-main');
  expect(await page.evaluate(() => Array.from(document.querySelectorAll('fc-mark')).map((m) => m.textContent).join(''))).toBe(FIGURE_TEXT);
});
