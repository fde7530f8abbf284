// Pages that change after load: a late paragraph is marked, marks the page removes drop out of the report,
// single-page navigation re-scans, and the popup's fc:reveal flashes the mark.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { askReport, openFixture, sendToPage, waitForMarks } from './content-helpers';
import { launchChromium, serveFixtures, type ExtensionBrowser, type FixtureServer } from './harness';

let browser: ExtensionBrowser;
let server: FixtureServer;
beforeAll(async () => {
  server = await serveFixtures();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const LATE = 'Update: Zhipu said its 2025 revenue was 7 billion yuan, and its ARR reached 1.7 billion yuan.';

test('a paragraph inserted after load gets marked, once', async () => {
  const url = server.url('/seeds/nbd-zhipu-api.html');
  const page = await openFixture(browser.context, url);
  const before = await waitForMarks(page);
  await page.evaluate((text) => {
    const p = document.createElement('p');
    p.id = 'late';
    p.textContent = text;
    document.querySelector('article')!.append(p);
  }, LATE);
  await page.waitForSelector('#late fc-mark', { timeout: 5000 });
  await page.waitForTimeout(800);
  const late = await page.evaluate(() => Array.from(document.querySelectorAll('#late fc-mark')).map((m) => m.textContent));
  expect(late.length).toBeGreaterThan(0);
  expect(late.join('|')).toContain('7 billion yuan');
  // Nothing else was marked again: the earlier marks are the same in number and none is nested.
  expect(await page.locator('fc-mark fc-mark').count()).toBe(0);
  expect(await page.locator('fc-mark').count()).toBe(before + (await page.locator('#late fc-mark').count()));
  expect(await page.evaluate(() => document.querySelector('#late')!.textContent)).toBe(LATE);
  const report = await askReport(browser.serviceWorker, url);
  expect(report?.figures.some((f) => f.text === '7 billion yuan' && f.context.includes('Update: Zhipu'))).toBe(true);
  await page.close();
});

test('marks removed by the page are dropped from the report', async () => {
  const url = server.url('/seeds/nbd-zhipu-api.html');
  const page = await openFixture(browser.context, url);
  await waitForMarks(page);
  const before = (await askReport(browser.serviceWorker, url))!.figures.length;
  const removed = await page.evaluate(() => {
    const p = document.querySelector('fc-mark')!.closest('p')!;
    const ids = new Set(Array.from(p.querySelectorAll('fc-mark')).map((m) => m.getAttribute('data-fc-id')));
    p.remove();
    return ids.size;
  });
  expect(removed).toBeGreaterThan(0);
  await expect.poll(async () => (await askReport(browser.serviceWorker, url))!.figures.length, { timeout: 5000 }).toBe(before - removed);
  await page.close();
});

test('single-page navigation (pushState + new content) re-scans', async () => {
  const url = server.url('/seeds/wanfu-loss-per-yuan.html');
  const page = await openFixture(browser.context, url);
  await waitForMarks(page);
  await page.evaluate((text) => {
    document.querySelector('article')!.replaceChildren(Object.assign(document.createElement('p'), { id: 'spa', textContent: text }));
    history.pushState({}, '', '/seeds/next-article');
  }, LATE);
  await page.waitForSelector('#spa fc-mark', { timeout: 5000 });
  const report = await askReport(browser.serviceWorker, server.url('/seeds/next-article'));
  expect(report?.figures.some((f) => f.context.includes('Update: Zhipu'))).toBe(true);
  await page.close();
});

test('fc:reveal scrolls to the figure and flashes its mark', async () => {
  const url = server.url('/seeds/zai-business-model.html');
  const page = await openFixture(browser.context, url);
  await waitForMarks(page);
  const report = (await askReport(browser.serviceWorker, url))!;
  const last = report.figures.at(-1)!;
  await sendToPage(browser.serviceWorker, url, { type: 'fc:reveal', index: last.index });
  await page.waitForSelector('fc-mark[data-fc-flash]', { timeout: 3000 });
  const state = await page.evaluate(() => {
    const m = document.querySelector('fc-mark[data-fc-flash]')!;
    const r = m.getBoundingClientRect();
    return { text: m.textContent, visible: r.top >= 0 && r.bottom <= innerHeight };
  });
  expect(last.text.startsWith(state.text ?? '')).toBe(true);
  await expect.poll(() => page.evaluate(() => {
    const r = document.querySelector('fc-mark[data-fc-flash]')?.getBoundingClientRect();
    return !!r && r.top >= 0 && r.bottom <= innerHeight;
  })).toBe(true);
  await page.close();
});
