// The options page in real Chromium: importing a good claim pack shows its claims in the claim browser; a bad one
// is refused with its row/field message and storage stays exactly as it was; corrupt settings show a notice.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ROOT, launchChromium, type ExtensionBrowser } from './harness';

// Runs inside the extension's pages and service worker (evaluate), where `chrome` is the extension API.
declare const chrome: typeof import('wxt/browser').browser;

let browser: ExtensionBrowser;
let page: Page;

const pack = {
  name: 'Browser test pack',
  sources: [
    { id: 'browser-test-source', title: 'Kimi raises again', outlet: 'Test Wire', author: null, date: '2025-12-01', language: 'en', file: 'test.txt' },
    { id: 'browser-test-source-2', title: 'Moonshot valuation check', outlet: 'Other Wire', author: null, date: '2026-01-10', language: 'en', file: 'test2.txt' },
  ],
  claims: [
    { id: 'browser-test-valuation', entity: 'moonshot', metric: 'valuation', period: '2025', value: 4.3e9, unit: 'USD', qualifier: 'over', sourceId: 'browser-test-source', quote: 'valued at more than $4.3 billion' },
    { id: 'browser-test-valuation-2', entity: 'moonshot', metric: 'valuation', period: '2025', value: 30e9, unit: 'CNY', qualifier: 'approx', sourceId: 'browser-test-source-2', quote: 'valued at about 30 billion yuan' },
    { id: 'browser-test-valuation-3', entity: 'moonshot', metric: 'valuation', period: '2026-01', value: 4.8e9, unit: 'USD', qualifier: 'exact', sourceId: 'browser-test-source-2', quote: 'now valued at $4.8 billion' },
  ],
};

const storage = () => page.evaluate(async () => JSON.stringify(await chrome.storage.local.get(null)));

async function choose(name: string, text: string) {
  await page.locator('#pack-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.locator('#claim-browser .count').waitFor();
});
afterAll(async () => {
  await browser?.close();
});

test('a good pack is imported and its claims appear in the claim browser, with a chart', async () => {
  await choose('good-pack.json', JSON.stringify(pack));
  await page.locator('.import-result[data-state="ok"]').waitFor();
  expect(await page.locator('.import-result').textContent()).toBe('Imported “Browser test pack”: 3 claims from 2 sources.');
  const stored = JSON.parse(await storage())['fc:packs'];
  expect(stored).toHaveLength(1);
  expect(stored[0].claims.map((c: { id: string }) => c.id)).toEqual(pack.claims.map((c) => c.id));

  await page.selectOption('#filter-entity', 'moonshot');
  const claim = page.locator('[data-claim="browser-test-valuation"]');
  expect(await claim.locator('.claim-value').textContent()).toBe('more than US$4.3 billion');
  expect(await claim.locator('.quote').textContent()).toBe('valued at more than $4.3 billion');
  expect(await claim.locator('.claim-source').textContent()).toMatch(/^Test Wire — Kimi raises again · 2025-12-01 · imported pack/);
  const chart = page.locator('.chart-box', { hasText: 'Moonshot AI (Kimi) · valuation' });
  expect(await chart.locator('circle.mark').count()).toBe(3);
  await mkdir(path.join(ROOT, 'docs/screenshots'), { recursive: true });
  await page.screenshot({ path: path.join(ROOT, 'docs/screenshots/options.png'), fullPage: true });
});

test('a bad pack is refused with row and field messages, and storage is unchanged', async () => {
  const before = await storage();
  const bad = { ...pack, name: 'Bad pack', sources: [], claims: [{ ...pack.claims[0], id: 'bad-1', unit: 'dollars' }, { ...pack.claims[0], id: 'bad-2', sourceId: 'nowhere' }] };
  await choose('bad-pack.json', JSON.stringify(bad));
  await page.locator('.import-result[data-state="error"]').waitFor();
  const problems = await page.locator('.import-result .problems li').allTextContents();
  expect(problems).toEqual([expect.stringMatching(/^bad-pack\.json claims: row 1 \(bad-1\), field "unit": /)]);
  expect(await storage()).toBe(before);

  // Shape is fine but a link is broken: the second check names the row and field too.
  await choose('bad-links.json', JSON.stringify({ ...bad, claims: [bad.claims[1]] }));
  await page.waitForFunction(() => document.querySelector('.import-result li')?.textContent?.includes('sourceId'));
  expect(await page.locator('.import-result .problems li').allTextContents()).toEqual([
    'bad-links.json claims: row 1 (bad-2), field "sourceId": no source "nowhere" in this pack or the database',
  ]);
  await choose('not-json.json', '{"name": ');
  await page.waitForFunction(() => document.querySelector('.import-result li')?.textContent?.includes('not valid JSON'));
  expect(await storage()).toBe(before);
});

test('corrupt stored settings: defaults and a visible notice after reload, then saving works again', async () => {
  await page.evaluate(() => chrome.storage.local.set({ 'fc:settings': { version: 99, scope: 'somewhere' } }));
  await page.reload();
  await page.locator('[data-notice]').waitFor();
  expect(await page.locator('[data-notice]').textContent()).toMatch(/defaults are in use/);
  expect(await page.locator('#scope-all').isChecked()).toBe(true);
  expect(await page.locator('#sensitivity-conflicts').isChecked()).toBe(true);
  await page.locator('#sensitivity-rounding').check();
  await page.locator('.save-status[data-state="saved"]').waitFor();
  const settings = JSON.parse(await storage())['fc:settings'];
  expect(settings).toMatchObject({ version: 1, scope: 'all', sensitivity: 'rounding' });
});
