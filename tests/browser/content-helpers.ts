// Shared steps for the content-script browser tests: open a fixture and wait until the marks settle, read the
// marks back as figures, and compute what the core says about the same page in Node (happy-dom + the same
// visible-text rule), so the browser result can be compared with it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import type { PageReport } from '../../src/core/messages';
import { analyzeText } from '../../src/core/analyze';
import { bundledDatabase } from '../../src/core/bundled-database';
import { shouldMark } from '../../src/page/scan-page';
import { pageText } from '../../src/page/page-text';
import { ROOT } from './harness';

export const FIXTURE_IDS = (
  JSON.parse(readFileSync(path.join(ROOT, 'data/sources.json'), 'utf8')) as { id: string }[]
).map((s) => s.id);

export interface MarkedFigureView {
  id: string;
  text: string;
  verdict: string;
}

/** Wait for the first mark, then until the number of marks has not changed for `quietMs`. */
export async function waitForMarks(page: Page, quietMs = 600, timeout = 15_000): Promise<number> {
  await page.waitForSelector('fc-mark[data-fc-verdict]', { state: 'attached', timeout });
  const started = Date.now();
  let last = -1;
  let stableSince = Date.now();
  while (Date.now() - started < timeout) {
    const count = await page.locator('fc-mark').count();
    if (count !== last) {
      last = count;
      stableSince = Date.now();
    } else if (Date.now() - stableSince >= quietMs) {
      return count;
    }
    await page.waitForTimeout(100);
  }
  return last;
}

export async function openFixture(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/** The marked figures in document order, pieces joined by their shared id. */
export function readMarks(page: Page): Promise<MarkedFigureView[]> {
  return page.evaluate(() => {
    const byId = new Map<string, { id: string; text: string; verdict: string }>();
    for (const m of Array.from(document.querySelectorAll('fc-mark'))) {
      const id = m.getAttribute('data-fc-id') ?? '';
      const entry = byId.get(id) ?? { id, text: '', verdict: m.getAttribute('data-fc-verdict') ?? '' };
      entry.text += m.textContent ?? '';
      byId.set(id, entry);
    }
    return [...byId.values()];
  });
}

/** What the core says about a fixture file, read the way the extension reads it (its main content). */
export function expectedFigures(fixturePath: string): { text: string; verdict: string }[] {
  const window = new Window();
  window.document.write(readFileSync(fixturePath, 'utf8'));
  const { text } = pageText(window.document.body as unknown as Element);
  const report = analyzeText(text, bundledDatabase());
  const out = report.figures.filter(shouldMark).map((f) => ({ text: text.slice(f.start, f.end), verdict: f.verdict }));
  void window.happyDOM.close();
  return out;
}

/** Ask the content script for its report through the extension's own messaging (from the service worker). */
export async function askReport(serviceWorker: Worker, pageUrl: string): Promise<PageReport | null> {
  return serviceWorker.evaluate(async (url) => {
    // No "tabs" permission: tab URLs are hidden, so ask every tab and keep the answer for this URL.
    const api = (globalThis as unknown as { chrome: any }).chrome;
    const tabs: { id?: number }[] = await api.tabs.query({});
    for (const tab of tabs) {
      if (tab.id === undefined) continue;
      try {
        const report = await api.tabs.sendMessage(tab.id, { type: 'fc:get-report' });
        if (report?.url === url) return report;
      } catch {
        // no content script in that tab
      }
    }
    return null;
  }, pageUrl);
}

/** Send a message to the content script of the tab showing `pageUrl`. */
export async function sendToPage(serviceWorker: Worker, pageUrl: string, message: unknown): Promise<void> {
  await serviceWorker.evaluate(
    async ([url, msg]) => {
      const api = (globalThis as unknown as { chrome: any }).chrome;
      const tabs: { id?: number }[] = await api.tabs.query({});
      for (const tab of tabs) {
        if (tab.id === undefined) continue;
        try {
          const report = await api.tabs.sendMessage(tab.id, { type: 'fc:get-report' });
          if (report?.url === url) await api.tabs.sendMessage(tab.id, msg);
        } catch {
          // no content script in that tab
        }
      }
    },
    [pageUrl, message] as const,
  );
}

/** The tab a fixture page is in (Chromium): the background keeps each tab's verdict counts with its URL. */
export async function tabIdOf(serviceWorker: Worker, url: string): Promise<number> {
  // A loop rather than expect.poll: suites call this in beforeAll, outside any test.
  for (let i = 0; i < 100; i++) {
    const id = await serviceWorker.evaluate(async (u) => {
      const api = (globalThis as unknown as { chrome: any }).chrome;
      const all = (await api.storage.session.get('fc:tab-reports'))['fc:tab-reports'] ?? {};
      return Object.entries(all as Record<string, { url: string }>).find(([, r]) => r.url === u)?.[0] ?? null;
    }, url);
    if (id) return Number(id);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no report from ${url} reached the background`);
}
