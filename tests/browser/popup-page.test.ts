// The toolbar popup in real Chromium, opened as a tab with ?tabId= (a real popup cannot be opened by tests): one
// card per fact of a fixture tab (company · metric · period), warnings first, the summary and export on top; a
// card's mentions control cycles the page through the fact's marks (by keyboard too); the badge counts the flagged
// figures; the site switch turns the page off and on; a tab without the content script gets an explanation; axe
// finds no violation in light or dark.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { FigureSummary, PageReport } from '../../src/core/messages';
import { askReport, tabIdOf } from './content-helpers';
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
  tabId = await tabIdOf(browser.serviceWorker, fixture.url());
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The fact a figure belongs to, written out here: company|metric|period, or verdict and explanation without identity. */
const factOf = (f: FigureSummary) => (f.entity && f.metric ? `${f.entity}|${f.metric}|${f.period ?? ''}` : `?|${f.verdict}|${f.explanation}`);

/** The cards as the popup shows them: fact key, verdict, mention indices, in order. */
function cardsOf(popup: Page, scope = '') {
  return popup.locator(`${scope} .fact`).evaluateAll((cards) =>
    cards.map((c) => ({
      fact: c.getAttribute('data-fact') ?? '',
      verdict: c.getAttribute('data-verdict') ?? '',
      indices: (c.getAttribute('data-indices') ?? '').split(' ').map(Number),
    })),
  );
}

async function reportOf(url: string): Promise<PageReport> {
  let report: PageReport | null = null;
  await expect.poll(async () => (report = await askReport(browser.serviceWorker, url)), { timeout: 20_000, interval: 200 }).not.toBeNull();
  return report!;
}

test('the popup shows one card per fact, warnings first, summary and export on top; the badge counts the flagged figures', async () => {
  const expected = await flaggedMarks(fixture);
  expect(expected.length).toBeGreaterThan(0);
  const report = await reportOf(fixture.url());
  const popup = await openPopup(tabId);
  const cards = await cardsOf(popup);
  // One card per fact, and every figure in its fact's card.
  const facts = new Map<string, number[]>();
  for (const f of report.figures) facts.set(factOf(f), [...(facts.get(factOf(f)) ?? []), f.index]);
  expect(cards.map((c) => c.fact).sort()).toEqual([...facts.keys()].sort());
  for (const card of cards) expect([...card.indices].sort((a, b) => a - b)).toEqual(facts.get(card.fact));
  expect(cards.length).toBeLessThan(report.figures.length);
  // The warnings: the facts with a flagged figure, each with its flagged mentions, all before the other cards.
  const warned = new Set(report.figures.filter((f) => FLAGGED.includes(f.verdict)).map(factOf));
  const flaggedCards = await cardsOf(popup, '.flagged');
  expect(flaggedCards.map((c) => c.fact).sort()).toEqual([...warned].sort());
  expect(cards.slice(0, flaggedCards.length)).toEqual(flaggedCards);
  const flaggedIndices = flaggedCards.flatMap((c) => c.indices);
  const flaggedFigures = report.figures.filter((f) => FLAGGED.includes(f.verdict));
  expect(flaggedFigures.map((f) => f.text).sort()).toEqual(expected.map(([text]) => text).sort());
  for (const f of flaggedFigures) expect(flaggedIndices).toContain(f.index);
  // The summary counts the warned facts; the export actions come before the first card.
  const summary = (await popup.locator('.summary').textContent()) ?? '';
  expect(summary).toMatch(new RegExp(`^${warned.size} disagreements? · `));
  // One line at 400 px.
  expect((await popup.locator('.summary').boundingBox())!.height).toBeLessThanOrEqual(20);
  const actionsTop = (await popup.locator('.actions').boundingBox())!.y;
  expect(actionsTop).toBeLessThan((await popup.locator('.fact').first().boundingBox())!.y);
  expect(actionsTop).toBeLessThan(120);
  const badge = await browser.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
  expect(badge).toBe(String(expected.length));
  const height = await popup.evaluate(() => Math.round(document.querySelector('main')!.getBoundingClientRect().height));
  console.log(`[popup] ${FIXTURE}: ${report.figures.length} figures, ${cards.length} cards (${flaggedCards.length} warnings), ${height} px of content at 400 px; summary "${summary}"`);
  await mkdir(path.join(ROOT, 'docs/screenshots'), { recursive: true });
  await popup.screenshot({ path: path.join(ROOT, 'docs/screenshots/popup.png'), fullPage: true });
  await popup.close();
});

test('on every fixture page: one card per fact, and how tall the popup is', async () => {
  for (const name of ['ainews-trillion-valuation', 'gate-archie-surge', 'nbd-zhipu-api', 'wanfu-loss-per-yuan', 'zai-business-model']) {
    const page = await browser.context.newPage();
    await page.goto(server.url(`/seeds/${name}.html`));
    const report = await reportOf(page.url());
    const popup = await openPopup(await tabIdOf(browser.serviceWorker, page.url()));
    const cards = await cardsOf(popup);
    expect(cards.length).toBe(new Set(report.figures.map(factOf)).size);
    const height = await popup.evaluate(() => Math.round(document.querySelector('main')!.getBoundingClientRect().height));
    const explanations = new Set(report.figures.map((f) => f.explanation)).size;
    console.log(`[popup] ${name}${report.pageSource ? ' (a source page)' : ''}: ${report.figures.length} figures, ${explanations} explanations, ${cards.length} cards, ${height} px of content; "${await popup.locator('.summary').textContent()}"`);
    await popup.close();
    await page.close();
  }
});

test("a card's mentions control cycles the page through the fact's marks, by keyboard, and says which", async () => {
  await fixture.evaluate(() => window.scrollTo(0, 0));
  const popup = await openPopup(tabId);
  // The flagged card with the most mentions.
  const card = (await cardsOf(popup, '.flagged')).sort((a, b) => b.indices.length - a.indices.length)[0]!;
  const button = popup.locator(`.fact[data-fact="${card.fact}"] .mentions`);
  const total = card.indices.length;
  for (let step = 0; step < Math.min(total, 3) + 1; step++) {
    const i = card.indices[step % total]!;
    await fixture.evaluate(() => document.querySelectorAll('[data-fc-flash]').forEach((m) => m.removeAttribute('data-fc-flash')));
    await button.focus();
    await popup.keyboard.press(step % 2 ? 'Space' : 'Enter');
    await fixture.waitForFunction((index) => {
      const mark = document.querySelectorAll('fc-mark[data-fc-part="0"]')[index];
      if (!mark?.hasAttribute('data-fc-flash')) return false;
      const r = mark.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    }, i);
    await expect.poll(() => button.locator('.mention-count').textContent()).toBe(`${(step % total) + 1} of ${total}`);
    expect(await popup.locator('.status').textContent()).toMatch(new RegExp(`^Showing “.+” on the page \\(${(step % total) + 1} of ${total}\\)\\.$`));
  }
  await popup.close();
});

test.each(['light', 'dark'] as const)('axe: no violation in the popup (%s)', async (scheme) => {
  const popup = await openPopup(tabId);
  await popup.emulateMedia({ colorScheme: scheme });
  // The folded cards too.
  await popup.locator('details.quiet > summary').click();
  await expect.poll(() => popup.locator('details.quiet').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
  const result = await new AxeBuilder({ page: popup }).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  console.log(`[popup] axe ${scheme}: ${result.violations.length} violations, ${result.passes.length} rules passed`);
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
