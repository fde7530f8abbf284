// The options page in real Chromium: importing a good claim pack shows its claims in the claim browser; a bad one
// is refused with its row/field message and storage stays exactly as it was; a 5 MB, 20,000-claim pack imports
// and is removed quickly, and the background answers pages from it; corrupt settings show a notice.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { bigPack } from './big-pack';
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

/** storage.local without the pack stamp (its time changes), and every record of the pack store (IndexedDB). */
const storage = () =>
  page.evaluate(async () => {
    const local = await chrome.storage.local.get(null);
    delete local['fc:pack-stamp'];
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('figure-check-packs');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const all = (name: string) =>
      new Promise<unknown[]>((resolve) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
      });
    const packs = { packs: await all('packs'), claims: await all('claims'), sources: await all('sources') };
    db.close();
    return JSON.stringify({ local, packs });
  });

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
  const stored = JSON.parse(await storage()).packs;
  expect(stored.packs).toEqual([expect.objectContaining({ name: pack.name, claims: 3, sources: 2 })]);
  // One record per pack and company|metric, holding that bucket's claims.
  const ids = stored.claims.flatMap((b: { claims: [number, { id: string }][] }) => b.claims.map(([, c]) => c.id));
  expect(ids.sort()).toEqual(pack.claims.map((c) => c.id).sort());

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
  expect(problems).toEqual([expect.stringMatching(/^claim 1 \(bad-1\): 'unit' must be one of CNY, USD, .*, not the text "dollars"$/)]);
  expect(await storage()).toBe(before);

  // Shape is fine but a link is broken: the second check names the row and field too.
  await choose('bad-links.json', JSON.stringify({ ...bad, claims: [bad.claims[1]] }));
  await page.waitForFunction(() => document.querySelector('.import-result li')?.textContent?.includes('sourceId'));
  expect(await page.locator('.import-result .problems li').allTextContents()).toEqual([
    'claim 1 (bad-2): \'sourceId\' names no source "nowhere" in this pack or the database',
  ]);
  await choose('not-json.json', '{"name": ');
  await page.waitForFunction(() => document.querySelector('.import-result li')?.textContent?.includes('not valid JSON'));
  expect(await storage()).toBe(before);
});

test('a 5 MB pack of 20,000 claims imports in seconds, answers a page by company|metric, and is removed', async () => {
  const big = bigPack('Big generated pack');
  const text = JSON.stringify(big);
  expect(text.length).toBeGreaterThan(4_900_000);
  const started = Date.now();
  await choose('big-pack.json', text);
  await page.locator('.import-result[data-state="ok"]').waitFor({ timeout: 30_000 });
  const measured = (name: string) => page.evaluate((n) => performance.getEntriesByName(n).at(-1)?.duration ?? -1, name);
  const importMs = Math.round(await measured('fc:pack-import'));
  const waitedMs = Date.now() - started;
  expect(await page.locator('.import-result').textContent()).toBe('Imported “Big generated pack”: 20,000 claims from 200 sources.');
  expect(await page.locator('[data-pack="Big generated pack"]').textContent()).toMatch(/20,000 claims, 200 sources/);

  // What a page gets when it asks the background for the claims about its figures (the content script's path).
  const key = `${big.claims[0]!.entity}|${big.claims[0]!.metric}`;
  const reply = await page.evaluate((keys) => chrome.runtime.sendMessage({ type: 'fc:pack-claims', keys }), [key]);
  const expected = big.claims.filter((c) => `${c.entity}|${c.metric}` === key);
  expect(reply.problem).toBeNull();
  expect(reply.claims.map((c: { id: string }) => c.id).sort()).toEqual(expected.map((c) => c.id).sort());
  expect(reply.sources.length).toBe(new Set(expected.map((c) => c.sourceId)).size);

  const removeStarted = Date.now();
  await page.locator('[aria-label="Remove pack Big generated pack"]').click();
  await page.locator('.import-result[data-state="ok"]', { hasText: 'Removed “Big generated pack”' }).waitFor({ timeout: 30_000 });
  const removeMs = Math.round(await measured('fc:pack-remove'));
  const removeWaitedMs = Date.now() - removeStarted;
  const after = await page.evaluate((keys) => chrome.runtime.sendMessage({ type: 'fc:pack-claims', keys }), [key]);
  expect(after.claims).toEqual([]);
  console.log(`[options-page] 20,000-claim pack: import ${importMs} ms (${waitedMs} ms with the file's transfer), remove ${removeMs} ms (${removeWaitedMs} ms)`);
  // The targets are 2 s and 1 s (npm run bench measures them on a quiet machine); here only a slack bound, as the
  // test shares two cores with the rest of the suite.
  expect(importMs).toBeLessThan(10_000);
  expect(removeMs).toBeLessThan(5_000);
}, 90_000);

test('corrupt stored settings: defaults and a visible notice after reload, then saving works again', async () => {
  await page.evaluate(() => chrome.storage.local.set({ 'fc:settings': { version: 99, scope: 'somewhere' } }));
  await page.reload();
  await page.locator('[data-notice]').waitFor();
  expect(await page.locator('[data-notice]').textContent()).toMatch(/defaults are in use/);
  expect(await page.locator('#scope-all').isChecked()).toBe(true);
  expect(await page.locator('#sensitivity-conflicts').isChecked()).toBe(true);
  await page.locator('#sensitivity-rounding').check();
  await page.locator('.save-status[data-state="saved"]').waitFor();
  const settings = JSON.parse(await storage()).local['fc:settings'];
  expect(settings).toMatchObject({ version: 1, scope: 'all', sensitivity: 'rounding' });
});
