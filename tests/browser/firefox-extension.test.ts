// The Firefox build in real Firefox ESR (puppeteer-core over WebDriver BiDi; no geckodriver, no downloaded
// browser): the content script marks a fixture page, the background receives its report, the popup page lists
// the page's flagged figures and the options page shows the bundled claim database.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchFirefox, openFirefoxExtensionPage, ROOT, serveFixtures, type FixtureServer } from './harness';
import { CONFLICT_VERDICTS } from '../../src/ui/shared/verdicts';

// Runs inside extension pages (evaluate), where `browser` is the WebExtension API.
declare const browser: typeof import('wxt/browser').browser;

// flagged at the default sensitivity (disagreements only)
const FLAGGED: readonly string[] = CONFLICT_VERDICTS;
// (the AINews page: its 7 billion yuan of revenue is warned of against the other sources)
const FIXTURE = '/seeds/ainews-trillion-valuation.html';

let firefox: Browser;
let server: FixtureServer;
let fixture: Page;

const openExtensionPage = (pathname: string, ready: string) => openFirefoxExtensionPage(firefox, pathname, ready);

beforeAll(async () => {
  server = await serveFixtures();
  firefox = await launchFirefox();
  fixture = await firefox.newPage();
  await fixture.goto(server.url(FIXTURE));
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

test('the content script marks the fixture page', async () => {
  await fixture.waitForSelector('fc-mark[data-fc-verdict]', { timeout: 20_000 });
  expect(await fixture.$$eval('fc-mark[data-fc-verdict]', (m) => m.length)).toBeGreaterThan(3);
});

test('the options page renders the bundled claim database', async () => {
  const claims = JSON.parse(readFileSync(path.join(ROOT, 'data/claims.json'), 'utf8')) as unknown[];
  const page = await openExtensionPage('options.html', '#claim-browser .count');
  expect(await page.$eval('#claim-browser .count', (e) => e.textContent)).toBe(`${claims.length} of ${claims.length} claims`);
  expect(await page.$eval('#scope-all', (e) => (e as HTMLInputElement).checked)).toBe(true);
  await page.close();
});

test('the background keeps the tab report and the popup page lists the flagged figures', async () => {
  await fixture.waitForSelector('fc-mark[data-fc-verdict]', { timeout: 20_000 });
  const expected = await fixture.evaluate((flagged) => {
    const byId = new Map<string, string>();
    for (const m of Array.from(document.querySelectorAll('fc-mark[data-fc-verdict]'))) {
      if (!flagged.includes(m.getAttribute('data-fc-verdict') ?? '')) continue;
      const id = m.getAttribute('data-fc-id') ?? '';
      byId.set(id, (byId.get(id) ?? '') + (m.textContent ?? ''));
    }
    return [...byId.values()].sort();
  }, FLAGGED);
  expect(expected.length).toBeGreaterThan(0);

  // The background mirrors each tab's verdict counts (with its URL) into storage.session: that is where the tab id comes from.
  const probe = await openExtensionPage('options.html', '#claim-browser');
  const tabId = await probe.waitForFunction(
    async (url) => {
      const all = (await browser.storage.session.get('fc:tab-reports'))['fc:tab-reports'] ?? {};
      return Object.entries(all as Record<string, { url: string }>).find(([, r]) => r.url === url)?.[0] ?? false;
    },
    { timeout: 15_000 },
    fixture.url(),
  );
  const id = Number(await tabId.jsonValue());
  await probe.close();

  const popup = await openExtensionPage(`popup.html?tabId=${id}`, '.summary');
  const listed = await popup.$$eval('.flagged .figure .figure-text', (e) => e.map((x) => x.textContent ?? ''));
  expect(listed.sort()).toEqual(expected);
  // Firefox MV2 has browserAction rather than action: the badge still counts the flagged figures.
  const badge = await popup.evaluate(
    (tab) => (browser as unknown as { browserAction: typeof browser.action }).browserAction.getBadgeText({ tabId: tab }),
    id,
  );
  expect(badge).toBe(String(expected.length));

  // Clicking the last flagged figure scrolls the page to its mark.
  const index = await popup.$$eval('.flagged .figure', (b) => Math.max(...b.map((x) => Number(x.getAttribute('data-index')))));
  await fixture.evaluate(() => window.scrollTo(0, 0));
  await popup.click(`.figure[data-index="${index}"]`);
  await fixture.waitForFunction(
    (i) => {
      const r = document.querySelectorAll('fc-mark[data-fc-part="0"]')[i]?.getBoundingClientRect();
      return !!r && r.top >= 0 && r.bottom <= innerHeight;
    },
    { timeout: 10_000 },
    index,
  );
  await popup.close();
});
