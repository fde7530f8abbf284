// The popover and the keyboard in real Chromium: hovering a conflicting figure opens a card in a shadow root with
// the other sources' figures; Escape closes it; Alt+Shift+N / P move focus between flagged figures only.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openFixture, waitForMarks } from './content-helpers';
import { launchChromium, ROOT, serveFixtures, type ExtensionBrowser, type FixtureServer } from './harness';

const CONFLICTS = ['conflict', 'magnitude', 'currency', 'arithmetic', 'page-conflict'];
const FLAGGED = CONFLICTS; // flagged at the default sensitivity (disagreements only)
const FIXTURE = '/seeds/ainews-trillion-valuation.html';

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

const cardState = (page: Page) =>
  page.evaluate(() => {
    const card = document.querySelector('fc-popover-host')?.shadowRoot?.querySelector<HTMLElement>('.fc-card');
    if (!card || card.hidden) return null;
    const r = card.getBoundingClientRect();
    return {
      for: card.dataset.fcFor,
      title: card.querySelector('.fc-title')?.textContent ?? '',
      badge: card.querySelector('.fc-badge')?.textContent ?? '',
      theirValues: Array.from(card.querySelectorAll('.fc-their-value')).map((e) => e.textContent),
      outlets: Array.from(card.querySelectorAll('.fc-outlet')).map((e) => e.textContent),
      quoteFigures: Array.from(card.querySelectorAll('.fc-quote-figure')).map((e) => e.textContent),
      inViewport: r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth,
    };
  });

test('hovering a conflicting figure opens a popover with the other sources; Escape closes it', async () => {
  const page = await openFixture(browser.context, server.url(FIXTURE));
  await page.setViewportSize({ width: 1100, height: 800 });
  await waitForMarks(page);
  const selector = CONFLICTS.map((v) => `fc-mark[data-fc-verdict="${v}"][data-fc-part="0"]`).join(', ');
  const mark = page.locator(selector).first();
  const id = await mark.getAttribute('data-fc-id');
  await mark.scrollIntoViewIfNeeded();
  await mark.hover();
  await expect.poll(() => cardState(page)).not.toBeNull();
  const card = (await cardState(page))!;
  expect(card.for).toBe(id);
  expect(card.title).toBe(`“${await page.locator(`fc-mark[data-fc-id="${id}"]`).allTextContents().then((t) => t.join(''))}”`);
  expect(CONFLICTS.map((v) => v)).toContain(await mark.getAttribute('data-fc-verdict'));
  expect(card.theirValues.length).toBeGreaterThan(0);
  expect(card.outlets.length).toBe(card.theirValues.length);
  expect(card.inViewport).toBe(true);
  expect(await mark.getAttribute('aria-expanded')).toBe('true');
  // Page CSS cannot reach into the card: a hostile page rule changes nothing.
  await page.addStyleTag({ content: '.fc-card, .fc-title { display: none !important; color: red !important; }' });
  expect(await cardState(page)).not.toBeNull();
  await page.screenshot({ path: path.join(ROOT, 'docs/screenshots/popover.png') });

  await page.keyboard.press('Escape');
  await expect.poll(() => cardState(page)).toBeNull();
  expect(await mark.getAttribute('aria-expanded')).toBe('false');
  await page.close();
});

test('moving the pointer away closes the popover after a grace delay; moving onto it keeps it open', async () => {
  const page = await openFixture(browser.context, server.url(FIXTURE));
  await waitForMarks(page);
  const mark = page.locator('fc-mark[data-fc-part="0"]').first();
  await mark.scrollIntoViewIfNeeded();
  await mark.hover();
  await expect.poll(() => cardState(page)).not.toBeNull();
  // Onto the card: still open after the grace delay.
  const box = await page.evaluate(() => {
    const r = document.querySelector('fc-popover-host')!.shadowRoot!.querySelector('.fc-card')!.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + 10 };
  });
  await page.mouse.move(box.x, box.y, { steps: 3 });
  await page.waitForTimeout(600);
  expect(await cardState(page)).not.toBeNull();
  // Away from both: closed.
  await page.mouse.move(2, 2);
  await expect.poll(() => cardState(page), { timeout: 3000 }).toBeNull();
  await page.close();
});

test('Alt+Shift+N / Alt+Shift+P move focus between flagged figures and open their popover', async () => {
  const page = await openFixture(browser.context, server.url(FIXTURE));
  await waitForMarks(page);
  const flaggedIds = await page.evaluate(
    (flagged) =>
      Array.from(document.querySelectorAll('fc-mark[data-fc-part="0"]'))
        .filter((m) => flagged.includes(m.getAttribute('data-fc-verdict') ?? ''))
        .map((m) => m.getAttribute('data-fc-id')),
    FLAGGED,
  );
  expect(flaggedIds.length).toBeGreaterThan(1);
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-fc-id') ?? null);
  await page.keyboard.press('Alt+Shift+N');
  expect(await focused()).toBe(flaggedIds[0]);
  expect((await cardState(page))?.for).toBe(flaggedIds[0]);
  await page.keyboard.press('Alt+Shift+N');
  expect(await focused()).toBe(flaggedIds[1]);
  await page.keyboard.press('Alt+Shift+P');
  expect(await focused()).toBe(flaggedIds[0]);
  await page.keyboard.press('Alt+Shift+P');
  expect(await focused()).toBe(flaggedIds.at(-1));
  // Not while typing in the comment box.
  await page.locator('textarea').focus();
  await page.keyboard.press('Alt+Shift+N');
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
  await page.close();
});

test('Tab focus on a mark opens its popover (keyboard and screen-reader path)', async () => {
  const page = await openFixture(browser.context, server.url(FIXTURE));
  await waitForMarks(page);
  const first = page.locator('fc-mark[tabindex="0"]').first();
  await first.focus();
  const id = await first.getAttribute('data-fc-id');
  await expect.poll(async () => (await cardState(page))?.for).toBe(id);
  const described = await first.evaluate((m) => document.getElementById(m.getAttribute('aria-describedby') ?? '')?.textContent ?? '');
  expect(described.length).toBeGreaterThan(10);
  expect(await first.getAttribute('role')).toBe('button');
  await page.close();
});

test('the card follows the reader\'s dark mode', async () => {
  const page = await openFixture(browser.context, server.url(FIXTURE));
  await page.emulateMedia({ colorScheme: 'dark' });
  await waitForMarks(page);
  const mark = page.locator(CONFLICTS.map((v) => `fc-mark[data-fc-verdict="${v}"][data-fc-part="0"]`).join(', ')).first();
  await mark.focus();
  await expect.poll(() => cardState(page)).not.toBeNull();
  const background = await page.evaluate(
    () => getComputedStyle(document.querySelector('fc-popover-host')!.shadowRoot!.querySelector('.fc-card')!).backgroundColor,
  );
  const [r, g, b] = background.match(/\d+/g)!.map(Number);
  expect(r! + g! + b!).toBeLessThan(3 * 80);
  await page.screenshot({ path: path.join(ROOT, 'docs/screenshots/popover-dark.png') });
  await page.close();
});
