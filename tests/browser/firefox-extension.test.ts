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

test('the background keeps the tab report and the popup page shows the flagged figures by fact', async () => {
  await fixture.waitForSelector('fc-mark[data-fc-verdict]', { timeout: 20_000 });
  // The flagged figures by their index (position among the figures' first marks, in document order).
  const expected = await fixture.evaluate((flagged) => {
    const firsts = Array.from(document.querySelectorAll('fc-mark[data-fc-part="0"]'));
    return firsts.map((m, i) => [i, m.getAttribute('data-fc-verdict') ?? ''] as const).filter(([, v]) => flagged.includes(v)).map(([i]) => i);
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
  // One card per fact: each figure in one card; every flagged figure in a warning card, and each warning card has one.
  const cards = await popup.$$eval('.fact', (c) => c.map((x) => ({ flagged: !!x.closest('.flagged'), indices: (x.getAttribute('data-indices') ?? '').split(' ').map(Number) })));
  const all = cards.flatMap((c) => c.indices);
  expect(new Set(all).size).toBe(all.length);
  const warned = cards.filter((c) => c.flagged);
  expect(warned.flatMap((c) => c.indices)).toEqual(expect.arrayContaining(expected));
  for (const card of warned) expect(card.indices.some((i) => expected.includes(i))).toBe(true);
  expect(await popup.$eval('.summary', (e) => e.textContent)).toMatch(new RegExp(`^${warned.length} disagreements? · `));
  // Firefox MV2 has browserAction rather than action: the badge still counts the flagged figures.
  const badge = await popup.evaluate(
    (tab) => (browser as unknown as { browserAction: typeof browser.action }).browserAction.getBadgeText({ tabId: tab }),
    id,
  );
  expect(badge).toBe(String(expected.length));

  // The last warning card's mentions control scrolls the page to the card's first mention.
  const index = warned.at(-1)!.indices[0]!;
  await fixture.evaluate(() => window.scrollTo(0, 0));
  await popup.click(`.flagged .fact:last-child .mentions`);
  await fixture.waitForFunction(
    (i) => {
      const r = document.querySelectorAll('fc-mark[data-fc-part="0"]')[i]?.getBoundingClientRect();
      return !!r && r.top >= 0 && r.bottom <= innerHeight;
    },
    { timeout: 10_000 },
    index,
  );
  await popup.waitForFunction(() => /^Showing “.+” on the page \(1 of \d+\)\.$/.test(document.querySelector('.status')?.textContent ?? ''));
  await popup.close();
});
