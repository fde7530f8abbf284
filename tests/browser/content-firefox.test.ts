// The same content script in Firefox ESR (puppeteer-core over WebDriver BiDi, Debian's browser, the MV2 build):
// marks appear, the page's text is unchanged, and the popover opens styled from its shadow root.
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchFirefox, serveFixtures, type FixtureServer } from './harness';

let server: FixtureServer;
let withExtension: Browser;
let plain: Browser;

beforeAll(async () => {
  server = await serveFixtures();
  withExtension = await launchFirefox();
  plain = await launchFirefox({ extension: false });
});
afterAll(async () => {
  await withExtension?.close();
  await plain?.close();
  await server?.close();
});

test('Firefox: marks appear, innerText is unchanged, Alt+Shift+N opens a styled popover', async () => {
  const url = server.url('/seeds/ainews-trillion-valuation.html');
  const page = await withExtension.newPage();
  await page.goto(url);
  await page.waitForSelector('fc-mark[data-fc-verdict]', { timeout: 15_000 });
  await new Promise((r) => setTimeout(r, 800));
  const marked = await page.evaluate(() => ({
    text: document.body.innerText,
    marks: document.querySelectorAll('fc-mark').length,
    decoration: getComputedStyle(document.querySelector('fc-mark')!).textDecorationLine,
  }));
  expect(marked.marks).toBeGreaterThan(3);
  expect(marked.decoration).toBe('underline');

  const reference = await plain.newPage();
  await reference.goto(url);
  expect(await reference.evaluate(() => document.body.innerText)).toBe(marked.text);

  await page.keyboard.down('Alt');
  await page.keyboard.down('Shift');
  await page.keyboard.press('KeyN');
  await page.keyboard.up('Shift');
  await page.keyboard.up('Alt');
  await page.waitForFunction(() => {
    const card = document.querySelector('fc-popover-host')?.shadowRoot?.querySelector<HTMLElement>('.fc-card');
    return !!card && !card.hidden;
  });
  const card = await page.evaluate(() => {
    const el = document.querySelector('fc-popover-host')!.shadowRoot!.querySelector<HTMLElement>('.fc-card')!;
    return {
      position: getComputedStyle(el).position,
      focused: document.activeElement?.tagName.toLowerCase(),
      title: el.querySelector('.fc-title')?.textContent ?? '',
    };
  });
  expect(card.position).toBe('fixed');
  expect(card.focused).toBe('fc-mark');
  expect(card.title.length).toBeGreaterThan(2);
});
