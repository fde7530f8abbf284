// The content script's two parts in real Chromium: the tiny gate runs on every page and imports the main part only
// when the page has something to check (or gains it later); the popup still reads a page where the main part never
// ran; a switched-off site gets no marks; the main part is served only under Chromium's per-session URL.
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { MAIN_PART_DYNAMIC_REQUEST } from './gate-helpers';
import { launchChromium, serveFixtures, type ExtensionBrowser, type FixtureServer } from './harness';
import { FIGURE_SENTENCE, FIGURE_TEXT, marksOf, pageHtml, waitForFigure, waitForPass } from './hostile-helpers';

// Runs inside the extension's service worker (evaluate), where `chrome` is the extension API.
declare const chrome: typeof import('wxt/browser').browser;

const PLAIN = '<main><h1>A quiet morning</h1><p>The garden was quiet, and the light came slowly over the hedge.</p></main>';

let browser: ExtensionBrowser;
let server: FixtureServer;
/** Requests for the main part, by the URL of the page that made them. */
const mainPartLoads: string[] = [];
beforeAll(async () => {
  server = await serveFixtures();
  browser = await launchChromium();
  browser.context.on('request', (r: Request) => {
    if (MAIN_PART_DYNAMIC_REQUEST.test(r.url())) mainPartLoads.push(r.frame().url());
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const measures = (page: Page) => page.evaluate(() => performance.getEntriesByType('measure').map((m) => m.name).filter((n) => n.startsWith('fc:')));

/** The tab id of `page` (no "tabs" permission: URLs are hidden, so bring it to the front and ask for the active tab). */
async function tabIdOf(page: Page): Promise<number> {
  await page.bringToFront();
  return browser.serviceWorker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!);
}

async function openPopup(tabId: number): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  await popup.locator('.summary, .notice').first().waitFor();
  return popup;
}

async function setDisabledSites(sites: string[]): Promise<void> {
  await browser.serviceWorker.evaluate(async (disabledSites) => {
    const stored = (await chrome.storage.local.get('fc:settings'))['fc:settings'] as Record<string, unknown> | undefined;
    const settings = stored ?? { version: 1, scope: 'all', sites: [], disabledSites: [], sensitivity: 'rounding' };
    await chrome.storage.local.set({ 'fc:settings': { ...settings, disabledSites } });
  }, sites);
}

test('a page with nothing to check: only the gate runs, the main part is never fetched', async () => {
  server.route('/gate/plain.html', pageHtml(PLAIN));
  const page = await browser.context.newPage();
  await page.goto(server.url('/gate/plain.html'));
  await waitForPass(page);
  await page.waitForTimeout(800);
  expect(await measures(page)).toEqual(['fc:read-and-gate']);
  expect(mainPartLoads).not.toContain(page.url());
  expect(await page.evaluate(() => document.body.innerHTML)).toBe(PLAIN);
  await page.close();
});

test('the popup on a page where the main part never ran shows what it shows for a page with nothing to check', async () => {
  server.route('/gate/plain-popup.html', pageHtml(PLAIN));
  const page = await browser.context.newPage();
  await page.goto(server.url('/gate/plain-popup.html'));
  await waitForPass(page);
  expect(await measures(page)).not.toContain('fc:load-main');
  const popup = await openPopup(await tabIdOf(page));
  expect(await popup.locator('.notice').getAttribute('data-state')).toBe('empty');
  expect(await popup.locator('.notice').textContent()).toBe('No figures about Chinese AI companies on this page.');
  expect(await popup.locator('#site-switch').isChecked()).toBe(true);
  // The report request brought the main part in (it answers for the page), and it found nothing to mark.
  expect(await measures(page)).toContain('fc:load-main');
  expect(await page.locator('fc-mark').count()).toBe(0);
  await popup.close();
  await page.close();
});

test('a page that gains its figures later (a feed): the main part loads then, and marks them', async () => {
  server.route('/gate/feed.html', pageHtml(PLAIN));
  const page = await browser.context.newPage();
  await page.goto(server.url('/gate/feed.html'));
  await waitForPass(page);
  await page.waitForTimeout(700);
  expect(await measures(page)).toEqual(['fc:read-and-gate']);
  const addedAt = await page.evaluate((sentence) => {
    const item = document.createElement('article');
    item.innerHTML = '<h2>Markets</h2>';
    item.append(Object.assign(document.createElement('p'), { textContent: sentence }));
    document.querySelector('main')!.append(item);
    return performance.now();
  }, FIGURE_SENTENCE);
  await waitForFigure(page, FIGURE_TEXT);
  const loadStart = await page.evaluate(() => performance.getEntriesByName('fc:load-main')[0]?.startTime ?? -1);
  expect(loadStart).toBeGreaterThan(addedAt);
  expect(mainPartLoads.filter((u) => u === page.url())).toHaveLength(1);
  expect((await marksOf(page)).map((m) => m.text)).toEqual([FIGURE_TEXT]);
  await page.close();
});

test('a single-page app that navigates to an article with figures (pushState, new content): marked', async () => {
  server.route('/gate/app.html', pageHtml(PLAIN));
  const page = await browser.context.newPage();
  await page.goto(server.url('/gate/app.html'));
  await waitForPass(page);
  await page.evaluate((sentence) => {
    history.pushState({}, '', '/gate/app/article-1');
    document.body.innerHTML = `<main><h1>Results</h1><p>${sentence}</p></main>`;
  }, FIGURE_SENTENCE);
  await waitForFigure(page, FIGURE_TEXT);
  expect((await marksOf(page)).map((m) => m.text)).toEqual([FIGURE_TEXT]);
  await page.close();
});

test('a switched-off site: no marks, and the popup says so, whether or not the page has figures', async () => {
  await setDisabledSites(['127.0.0.1']);
  try {
    server.route('/gate/off-figures.html', pageHtml(`<p>${FIGURE_SENTENCE}</p>`));
    server.route('/gate/off-plain.html', pageHtml(PLAIN));
    for (const path of ['/gate/off-figures.html', '/gate/off-plain.html']) {
      const page = await browser.context.newPage();
      await page.goto(server.url(path));
      await waitForPass(page);
      const popup = await openPopup(await tabIdOf(page));
      expect(await popup.locator('.notice').getAttribute('data-state')).toBe('disabled');
      expect(await popup.locator('.notice').textContent()).toBe('You switched Figure Check off on 127.0.0.1.');
      expect(await page.locator('fc-mark').count()).toBe(0);
      await popup.close();
      await page.close();
    }
  } finally {
    await setDisabledSites([]);
  }
});

test('the main part is web-accessible only under the per-session URL: a page cannot probe its fixed URL', async () => {
  server.route('/gate/probe.html', pageHtml(`<p>${FIGURE_SENTENCE}</p>`));
  const page = await browser.context.newPage();
  await page.goto(server.url('/gate/probe.html'));
  await waitForFigure(page, FIGURE_TEXT);
  // The gate imported it (under the per-session URL) ...
  expect(mainPartLoads).toContain(page.url());
  // ... but the fixed URL, the same for every install, is closed to the page.
  const probe = await page.evaluate(async (url) => {
    try {
      const response = await fetch(url);
      return `status ${response.status}`;
    } catch {
      return 'blocked';
    }
  }, `chrome-extension://${browser.extensionId}/content-main.js`);
  expect(probe).toBe('blocked');
  await page.close();
});

/** What WXT does when a newer copy of the content script starts (extension reloaded or updated): the old ctx ends. */
const invalidate = (page: Page) =>
  page.evaluate((id) => {
    const type = `${id}:content:wxt:content-script-started`;
    document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'content', messageId: 'a-newer-copy' } }));
  }, browser.extensionId);

test('invalidation reaches the main part through the gate: marks go, later figures are not marked', async () => {
  server.route('/gate/invalidated.html', pageHtml(`<main><p>${FIGURE_SENTENCE}</p></main>`));
  const page = await browser.context.newPage();
  await page.goto(server.url('/gate/invalidated.html'));
  await waitForFigure(page, FIGURE_TEXT);
  await invalidate(page);
  await expect.poll(() => page.locator('fc-mark').count()).toBe(0);
  await page.evaluate((s) => document.querySelector('main')!.append(Object.assign(document.createElement('p'), { textContent: s })), FIGURE_SENTENCE);
  await page.waitForTimeout(1500);
  expect(await page.locator('fc-mark').count()).toBe(0);
  expect(await page.evaluate(() => document.querySelectorAll('fc-popover-host, fc-descriptions').length)).toBe(0);
  await page.close();
});

test('invalidation before the main part ran: the gate stops watching, later figures load nothing', async () => {
  server.route('/gate/invalidated-plain.html', pageHtml(PLAIN));
  const page = await browser.context.newPage();
  await page.goto(server.url('/gate/invalidated-plain.html'));
  await waitForPass(page);
  await invalidate(page);
  await page.evaluate((s) => document.querySelector('main')!.append(Object.assign(document.createElement('p'), { textContent: s })), FIGURE_SENTENCE);
  await page.waitForTimeout(1500);
  expect(await measures(page)).toEqual(['fc:read-and-gate']);
  expect(await page.locator('fc-mark').count()).toBe(0);
  await page.close();
});
