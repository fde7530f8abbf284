// The toolbar popup in real Chromium, opened as a tab with ?tabId= (a real popup cannot be opened by tests):
// it lists the flagged figures of a fixture tab, clicking one scrolls the page to its mark, the badge shows the
// count, the site switch turns the page off and on, and a tab without the content script gets an explanation.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ROOT, launchChromium, serveFixtures, type ExtensionBrowser, type FixtureServer } from './harness';
import { CONFLICT_VERDICTS } from '../../src/ui/shared/verdicts';

// Runs inside the extension's pages and service worker (evaluate), where `chrome` is the extension API.
declare const chrome: typeof import('wxt/browser').browser;

// flagged at the default sensitivity (disagreements only)
const FLAGGED: readonly string[] = CONFLICT_VERDICTS;
const FIXTURE = '/seeds/ainews-trillion-valuation.html';

let browser: ExtensionBrowser;
let server: FixtureServer;
let fixture: Page;
let tabId: number;

/** The background keeps each tab's verdict counts (with its URL) in storage.session, keyed by tab id: find the fixture's tab. */
async function tabIdOf(url: string): Promise<number> {
  for (let i = 0; i < 100; i++) {
    const id = await browser.serviceWorker.evaluate(async (u) => {
      const all = (await chrome.storage.session.get('fc:tab-reports'))['fc:tab-reports'] ?? {};
      return Object.entries(all as Record<string, { url: string }>).find(([, r]) => r.url === u)?.[0] ?? null;
    }, url);
    if (id) return Number(id);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no report from ${url} reached the background`);
}

/** Flagged marks on the page, one per figure, in document order: [text, verdict]. */
function flaggedMarks(page: Page) {
  return page.evaluate((flagged) => {
    const byId = new Map<string, [string, string]>();
    for (const m of Array.from(document.querySelectorAll('fc-mark[data-fc-verdict]'))) {
      const id = m.getAttribute('data-fc-id') ?? '';
      const entry = byId.get(id) ?? ['', m.getAttribute('data-fc-verdict') ?? ''];
      entry[0] += m.textContent ?? '';
      byId.set(id, entry);
    }
    return [...byId.values()].filter(([, v]) => flagged.includes(v));
  }, FLAGGED);
}

async function openPopup(id: number): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${id}`);
  await popup.locator('.summary, .notice').first().waitFor();
  return popup;
}

beforeAll(async () => {
  server = await serveFixtures();
  browser = await launchChromium();
  fixture = await browser.context.newPage();
  await fixture.setViewportSize({ width: 1000, height: 700 });
  await fixture.goto(server.url(FIXTURE));
  await fixture.waitForSelector('fc-mark[data-fc-verdict]', { state: 'attached' });
  tabId = await tabIdOf(fixture.url());
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('the popup lists the flagged figures of the tab, and the badge counts them', async () => {
  const expected = await flaggedMarks(fixture);
  expect(expected.length).toBeGreaterThan(0);
  const popup = await openPopup(tabId);
  const listed = await popup.locator('.flagged .figure').evaluateAll((buttons) =>
    buttons.map((b) => [b.querySelector('.figure-text')?.textContent ?? '', b.getAttribute('data-verdict') ?? '']),
  );
  const byText = (a: string[], b: string[]) => `${a[0]}|${a[1]}`.localeCompare(`${b[0]}|${b[1]}`);
  expect([...listed].sort(byText)).toEqual([...expected].sort(byText));
  // Grouped in verdict order: conflicts before rounding gaps.
  const groups = await popup.locator('.flagged [data-group]').evaluateAll((g) => g.map((x) => x.getAttribute('data-group')));
  expect(groups).toEqual(FLAGGED.filter((v) => groups.includes(v)));
  expect(await popup.locator('.summary').textContent()).toMatch(new RegExp(`^${expected.length} of \\d+ figures flagged$`));
  const badge = await browser.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
  expect(badge).toBe(String(expected.length));
  await mkdir(path.join(ROOT, 'docs/screenshots'), { recursive: true });
  await popup.screenshot({ path: path.join(ROOT, 'docs/screenshots/popup.png'), fullPage: true });
  await popup.close();
});

test('clicking a figure scrolls the page to its mark and flashes it', async () => {
  await fixture.evaluate(() => window.scrollTo(0, 0));
  const popup = await openPopup(tabId);
  const indices = await popup.locator('.flagged .figure').evaluateAll((b) => b.map((x) => Number(x.getAttribute('data-index'))));
  // The flagged figure lowest on the page: it starts out of view.
  const target = await fixture.evaluate((list) => {
    const firsts = Array.from(document.querySelectorAll('fc-mark[data-fc-part="0"]'));
    const tops = list.map((i) => ({ i, top: firsts[i]?.getBoundingClientRect().top ?? -1, text: firsts[i]?.textContent ?? '' }));
    return tops.sort((a, b) => b.top - a.top)[0]!;
  }, indices);
  expect(target.top).toBeGreaterThan(await fixture.evaluate(() => innerHeight));
  const button = popup.locator(`.figure[data-index="${target.i}"]`);
  expect(await button.locator('.figure-text').textContent()).toContain(target.text);
  await button.click();
  await fixture.waitForFunction((i) => {
    const mark = document.querySelectorAll('fc-mark[data-fc-part="0"]')[i];
    if (!mark?.hasAttribute('data-fc-flash')) return false;
    const r = mark.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  }, target.i);
  expect(await popup.locator('.status').textContent()).toMatch(/^Showing “/);
  await popup.close();
});

test('the site switch turns the page off (marks gone) and on again', async () => {
  const popup = await openPopup(tabId);
  const marks = await fixture.locator('fc-mark').count();
  await popup.locator('#site-switch').uncheck();
  await popup.locator('[data-state="disabled"]').waitFor();
  expect(await popup.locator('[data-state="disabled"]').textContent()).toBe('You switched Figure Check off on 127.0.0.1.');
  await fixture.waitForFunction(() => document.querySelectorAll('fc-mark').length === 0);
  const stored = await popup.evaluate(async () => (await chrome.storage.local.get('fc:settings'))['fc:settings']);
  expect((stored as { disabledSites: string[] }).disabledSites).toEqual(['127.0.0.1']);
  await browser.serviceWorker.evaluate(async () => new Promise((r) => setTimeout(r, 300)));
  expect(await browser.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('');

  await popup.locator('#site-switch').check();
  await popup.locator('.summary').waitFor();
  await fixture.waitForFunction((n) => document.querySelectorAll('fc-mark').length === n, marks);
  await popup.close();
});

test('a tab without the content script gets an explanation, not an error', async () => {
  const id = await browser.serviceWorker.evaluate(async () => (await chrome.tabs.create({ url: 'chrome://version', active: false })).id!);
  const popup = await openPopup(id);
  expect(await popup.locator('[data-state="unreachable"]').textContent()).toMatch(/cannot read this tab/);
  expect(await popup.locator('.about').textContent()).toMatch(/revenue, losses, valuations/);
  await popup.close();
});
