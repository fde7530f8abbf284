// One reading everywhere: on every fixture page the extension (in Chromium, its report through the extension's
// messaging; in Firefox, its marks) gives the same figures, offsets in the page text, verdicts and page date as
// the command-line check's JSON, and no mark stands in page furniture (the hand-written lists beside the pages).
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PageReport } from '../../src/core/messages';
import { main, type CliIO } from '../../scripts/check';
import { expectedOf, PAGE_IDS, PAGES_DIR } from '../fixtures/pages/load-pages';
import { askReport, FIXTURE_IDS, openFixture, readMarks } from './content-helpers';
import { launchChromium, firefoxForSuite, ROOT, serveFixtures, type ExtensionBrowser, type FixtureServer } from './harness';

// Runs inside the extension's service worker (evaluate), where `chrome` is the extension API.
declare const chrome: typeof import('wxt/browser').browser;

interface CliFigure {
  text: string;
  start: number;
  end: number;
  verdict: string;
}

/** The fixture pages: the seed articles (with menu, sidebar and comment box) and the furniture pages. */
const FIXTURES = [
  ...FIXTURE_IDS.map((id) => ({ name: `seeds/${id}`, file: path.join(ROOT, 'tests/fixtures/seeds', `${id}.html`), url: `/seeds/${id}.html` })),
  ...PAGE_IDS.map((id) => ({ name: `pages/${id}`, file: path.join(PAGES_DIR, id, 'page.html'), url: `/pages/${id}/page.html` })),
];

/**
 * The command-line check's JSON for a file: the expected side. Figures it reports as unchecked are never marked,
 * and by default neither are those with nothing to compare (`unverified`): they are only counted (`quiet`).
 */
async function cliReading(file: string): Promise<{ pageDate: string | null; pageSource: string | null; figures: CliFigure[]; quiet: number }> {
  const out: string[] = [];
  const io: CliIO = { out: (t) => out.push(t), err: (t) => out.push(t), readStdin: () => Buffer.alloc(0) };
  expect(await main([file, '--json'], io)).toBe(0);
  const json = JSON.parse(out.join('\n')) as { pageDate: string | null; pageSource: string | null; figures: CliFigure[] };
  return {
    pageDate: json.pageDate,
    pageSource: json.pageSource,
    figures: json.figures.filter((f) => f.verdict !== 'unchecked' && f.verdict !== 'unverified').map(({ text, start, end, verdict }) => ({ text, start, end, verdict })),
    quiet: json.figures.filter((f) => f.verdict === 'unverified').length,
  };
}

let server: FixtureServer;
let chromium: ExtensionBrowser;

beforeAll(async () => {
  server = await serveFixtures();
  chromium = await launchChromium();
});
afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

/** The content script's report once its first pass is over (it answers after the pass: its own signal). */
async function reportOf(url: string): Promise<PageReport> {
  let report: PageReport | null = null;
  await expect
    .poll(async () => (report = await askReport(chromium.serviceWorker, url)), { timeout: 20_000, interval: 200 })
    .not.toBeNull();
  return report!;
}

describe.each(FIXTURES)('$name', ({ file, url }) => {
  test('Chromium: the extension’s figures, offsets, verdicts and date are the command-line check’s', async () => {
    const expected = await cliReading(file);
    expect(expected.figures.length + expected.quiet).toBeGreaterThan(3);
    const page = await openFixture(chromium.context, server.url(url));
    const report = await reportOf(server.url(url));
    expect(report.figures.map(({ text, start, end, verdict }) => ({ text, start, end, verdict }))).toEqual(expected.figures);
    expect(report.pageDate ?? null).toBe(expected.pageDate);
    expect(report.pageSource).toBe(expected.pageSource);
    // the figures with nothing to compare are not marked, but the popup counts them
    expect(report.unmarked ?? 0).toBe(expected.quiet);
    // and the marks on the page are those figures
    const marks = (await readMarks(page)).map((m) => m.text);
    expect(marks).toEqual(expected.figures.map((f) => f.text));
    // none of them in the furniture every fixture has (menu, sidebar, comment box)
    expect(await page.evaluate(() => document.querySelectorAll('nav fc-mark, aside fc-mark, .comments fc-mark').length)).toBe(0);
    await page.close();
  });
});

/** Switch "mark every figure read" on or off in the extension's storage (the content script re-reads it per pass). */
async function setMarkAll(markAll: boolean): Promise<void> {
  await chromium.serviceWorker.evaluate(async (on) => {
    const stored = (await chrome.storage.local.get('fc:settings'))['fc:settings'] as Record<string, unknown> | undefined;
    const settings = stored ?? { version: 1, scope: 'all', sites: [], disabledSites: [], sensitivity: 'conflicts' };
    await chrome.storage.local.set({ 'fc:settings': { ...settings, markAll: on } });
  }, markAll);
}

describe.each(PAGE_IDS)('furniture page %s', (id) => {
  // The hand-written lists name every article figure, those with nothing to compare too: all are marked here.
  beforeAll(() => setMarkAll(true));
  afterAll(() => setMarkAll(false));

  test('Chromium: every article figure is marked where expected, no mark stands in furniture', async () => {
    const expected = expectedOf(id);
    const url = server.url(`/pages/${id}/page.html`);
    const page = await openFixture(chromium.context, url);
    const report = await reportOf(url);
    const read = report.figures.map(({ text, start, end }) => ({ text, start, end }));
    expect(read).toEqual(expect.arrayContaining(expected.figures));
    expect(report.figures.filter((f) => expected.furnitureFigures.includes(f.text))).toEqual([]);
    expect(report.pageDate ?? null).toBe(expected.pageDate);
    const inFurniture = await page.evaluate(
      (selectors) => selectors.map((s) => [s, document.querySelectorAll(s).length, document.querySelectorAll(`${s} fc-mark`).length] as const),
      expected.furnitureSelectors,
    );
    for (const [selector, found, marks] of inFurniture) {
      expect(found, `${selector} is on the page`).toBeGreaterThan(0);
      expect(marks, `marks in ${selector}`).toBe(0);
    }
    await page.close();
  });
});

describe('Firefox', () => {
  const firefox = firefoxForSuite();

  test('the marks on every fixture page are the command-line check’s figures and verdicts', async () => {
    for (const { file, url } of FIXTURES) {
      const expected = (await cliReading(file)).figures.map(({ text, verdict }) => ({ text, verdict }));
      const page = await firefox().newPage();
      await page.goto(server.url(url));
      const marks = () =>
        page.evaluate(() => {
          const byId = new Map<string, { text: string; verdict: string }>();
          for (const m of Array.from(document.querySelectorAll('fc-mark'))) {
            const id = m.getAttribute('data-fc-id') ?? '';
            const entry = byId.get(id) ?? { text: '', verdict: m.getAttribute('data-fc-verdict') ?? '' };
            entry.text += m.textContent ?? '';
            byId.set(id, entry);
          }
          return [...byId.values()];
        });
      await expect.poll(marks, { timeout: 20_000, interval: 200, message: url }).toEqual(expected);
      await page.close();
    }
  }, 180_000);
});
