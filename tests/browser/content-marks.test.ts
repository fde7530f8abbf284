// The content script in real Chromium on the five fixture pages: marks appear with the verdicts the core gives
// for the same visible text, untouchable regions stay untouched, the page reads and lays out exactly as without
// the extension, and nothing goes over the network.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Window } from 'happy-dom';
import { analyzeText } from '../../src/core/analyze';
import { bundledDatabase } from '../../src/core/bundled-database';
import { VERDICTS } from '../../src/core/types';
import { shouldMark } from '../../src/page/scan-page';
import { collectVisibleText } from '../../src/page/visible-text';
import { askReport, expectedFigures, FIXTURE_IDS, openFixture, readMarks, waitForMarks } from './content-helpers';
import { launchChromium, ROOT, serveFixtures, type ExtensionBrowser, type FixtureServer } from './harness';
import { MAIN_PART_REQUEST } from './gate-helpers';

let browser: ExtensionBrowser;
let server: FixtureServer;
const requests: string[] = [];

beforeAll(async () => {
  server = await serveFixtures();
  browser = await launchChromium();
  browser.context.on('request', (r: Request) => requests.push(r.url()));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each(FIXTURE_IDS)('fixture %s', (id) => {
  test('marks every figure the core reports, with its verdict', async () => {
    const url = server.url(`/seeds/${id}.html`);
    const page = await openFixture(browser.context, url);
    await waitForMarks(page);
    const marks = await readMarks(page);
    expect(marks.length).toBeGreaterThan(3);
    for (const m of marks) expect(VERDICTS).toContain(m.verdict);
    const expected = expectedFigures(path.join(ROOT, `tests/fixtures/seeds/${id}.html`));
    expect(marks.map(({ text, verdict }) => ({ text, verdict }))).toEqual(expected);

    // The popup's view of the same page, through the extension's messaging.
    const report = await askReport(browser.serviceWorker, url);
    expect(report?.enabled).toBe(true);
    expect(report?.pageSource).toBe(id);
    expect(report?.figures.map((f) => [f.text, f.verdict])).toEqual(marks.map((m) => [m.text, m.verdict]));
    await page.close();
  });

  test('form fields, the editable draft, code and hidden text are untouched', async () => {
    const page = await openFixture(browser.context, server.url(`/seeds/${id}.html`));
    await waitForMarks(page);
    const state = await page.evaluate(() => ({
      inForbidden: document.querySelectorAll(
        'textarea fc-mark, #draft fc-mark, pre fc-mark, code fc-mark, [hidden] fc-mark, #hidden-css fc-mark',
      ).length,
      textarea: document.querySelector('textarea')!.value,
      input: (document.querySelector('#comment-figure') as HTMLInputElement).value,
      draft: document.querySelector('#draft')!.innerHTML,
      code: document.querySelector('#code')!.innerHTML,
    }));
    expect(state).toEqual({
      inForbidden: 0,
      textarea: 'Zhipu revenue was 7 billion yuan in 2025, not 724 million yuan.',
      input: 'Zhipu ARR 1.7 billion yuan',
      draft: "Draft: Zhipu's 2025 revenue of 7 billion yuan, up 131.9% year over year.",
      code: '<code>zhipu_revenue_2025 = 724_000_000  # Zhipu revenue 724 million yuan in 2025</code>',
    });
    await page.close();
  });
});

test('a figure split across elements (<b>724</b> million yuan) is one figure in two linked pieces', async () => {
  const page = await openFixture(browser.context, server.url('/seeds/gate-archie-surge.html'));
  await waitForMarks(page);
  const pieces = await page.evaluate(() => {
    const first = document.querySelector('b > fc-mark');
    const id = first?.getAttribute('data-fc-id');
    return Array.from(document.querySelectorAll(`fc-mark[data-fc-id="${id}"]`)).map((m) => m.textContent);
  });
  expect(pieces.length).toBe(2);
  expect(pieces.join('')).toBe('724 million yuan');
  await page.close();
});

test('the page reads and lays out identically with and without the extension', async () => {
  const plain = await launchChromium({ extension: false });
  try {
    for (const id of FIXTURE_IDS) {
      const url = server.url(`/seeds/${id}.html`);
      const snapshot = () => ({
        text: document.body.innerText,
        height: document.documentElement.scrollHeight,
        boxes: Array.from(document.querySelectorAll('p, h1, h2, li')).map((el) => {
          const r = el.getBoundingClientRect();
          return [Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)].join(',');
        }),
      });
      const withPage = await openFixture(browser.context, url);
      await waitForMarks(withPage);
      const withExtension = await withPage.evaluate(snapshot);
      const withoutPage = await openFixture(plain.context, url);
      await withoutPage.waitForTimeout(300);
      const without = await withoutPage.evaluate(snapshot);
      expect(withExtension.text.length).toBeGreaterThan(1000);
      expect(withExtension.text).toBe(without.text);
      expect(withExtension.height).toBe(without.height);
      expect(withExtension.boxes).toEqual(without.boxes);
      await withPage.close();
      await withoutPage.close();
    }
  } finally {
    await plain.close();
  }
});

test('a Chinese page: figures are marked as the core reads them, blocks never merge', async () => {
  const html = `<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>智谱</title></head><body>
    <h1>智谱发布2025年业绩</h1>
    <p>智谱2025年营收7.24亿元，同比增长131.9%。</p>
    <p>公司经调整净亏损为<b>29.6</b>亿元。</p>
    <textarea>智谱营收70亿元</textarea></body></html>`;
  server.route('/zh.html', html);
  const page = await openFixture(browser.context, server.url('/zh.html'));
  await waitForMarks(page);
  const marks = await readMarks(page);
  const window = new Window();
  window.document.write(html);
  const { text } = collectVisibleText(window.document.body as unknown as Node);
  expect(text).toContain('131.9%。\n公司');
  const expected = analyzeText(text, bundledDatabase()).figures.filter(shouldMark).map((f) => ({ text: f.text, verdict: f.verdict }));
  expect(expected.length).toBeGreaterThan(0);
  expect(marks.map(({ text: t, verdict }) => ({ text: t, verdict }))).toEqual(expected);
  expect(await page.locator('textarea').inputValue()).toBe('智谱营收70亿元');
  await page.close();
});

test('a page with a strict Content-Security-Policy still gets styled marks and a styled popover', async () => {
  // (the AINews page: its 7 billion yuan of revenue is warned of against the other sources)
  const html = readFileSync(path.join(ROOT, 'tests/fixtures/seeds/ainews-trillion-valuation.html'), 'utf8');
  server.route('/strict-csp.html', html, { 'content-security-policy': "default-src 'none'; style-src 'self'" });
  const page = await openFixture(browser.context, server.url('/strict-csp.html'));
  await waitForMarks(page);
  await page.locator('fc-mark[data-fc-verdict="conflict"][data-fc-part="0"], fc-mark[data-fc-verdict="magnitude"][data-fc-part="0"]').first().focus();
  const styles = await page.evaluate(() => {
    const mark = document.querySelector('fc-mark[data-fc-verdict="conflict"], fc-mark[data-fc-verdict="magnitude"]')!;
    const card = document.querySelector('fc-popover-host')?.shadowRoot?.querySelector('.fc-card');
    return {
      decoration: getComputedStyle(mark).textDecorationStyle,
      card: card ? getComputedStyle(card).position : null,
    };
  });
  expect(styles).toEqual({ decoration: 'wavy', card: 'fixed' });
  await page.close();
});

test('the extension contacts nothing but the page it is on', () => {
  expect(requests.length).toBeGreaterThan(0);
  // (Besides the gate's import of the content script's main part from the extension's own package.)
  const origins = new Set(requests.filter((u) => !MAIN_PART_REQUEST.test(u)).map((u) => new URL(u).origin));
  expect([...origins]).toEqual([new URL(server.url('/')).origin]);
});
