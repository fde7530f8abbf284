// Issue 11, the reading experience, in real Chromium and Firefox on the fixture pages: by default no mark on a
// figure with nothing to compare; only warnings are tab stops; every card at most 60% of a 900 px viewport high
// (its host sized to it), a scrolling card reachable by keyboard, its first sentence at most 30 words; and axe
// finds nothing wrong with a card open, light and dark.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import type { Page as FirefoxPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CONFLICT_VERDICTS } from '../../src/ui/shared/verdicts';
import { FIXTURE_IDS, openFixture, waitForMarks } from './content-helpers';
import { launchChromium, firefoxForSuite, serveFixtures, type ExtensionBrowser, type FixtureServer } from './harness';

const VIEWPORT = { width: 1280, height: 900 };
const MAX_HEIGHT = 0.6 * VIEWPORT.height;
/** Flagged at the default sensitivity: the disagreements. */
const FLAGGED: readonly string[] = CONFLICT_VERDICTS;

interface MarkView {
  id: string;
  verdict: string;
  tabindex: string | null;
}

interface CardView {
  id: string;
  verdict: string;
  opened: boolean;
  cardHeight: number;
  hostHeight: number;
  scrolls: boolean;
  cardTabIndex: number;
  summary: string;
  words: number;
}

/** Every mark (first piece), with its verdict and tab stop; runs in the page. */
const readMarkViews = (): MarkView[] =>
  Array.from(document.querySelectorAll('fc-mark[data-fc-part="0"], fc-mark:not([data-fc-part])')).map((m) => ({
    id: m.getAttribute('data-fc-id') ?? '',
    verdict: m.getAttribute('data-fc-verdict') ?? '',
    tabindex: m.getAttribute('tabindex'),
  }));

/**
 * Focus each mark in turn (the extension opens its card on focusin, synchronously) and measure the card it opened:
 * the card's and its host's height, whether it scrolls and is then focusable, and its first sentence.
 */
const openEveryCard = (): CardView[] =>
  Array.from(document.querySelectorAll<HTMLElement>('fc-mark[data-fc-part="0"], fc-mark:not([data-fc-part])')).map((mark) => {
    mark.focus({ preventScroll: false });
    const host = document.querySelector<HTMLElement>('[data-fc-popover]');
    const card = host?.shadowRoot?.querySelector<HTMLElement>('.fc-card');
    const id = mark.getAttribute('data-fc-id') ?? '';
    const summary = card?.querySelector('.fc-summary')?.textContent ?? '';
    const view = {
      id,
      verdict: mark.getAttribute('data-fc-verdict') ?? '',
      opened: !!card && !card.hidden && card.dataset.fcFor === id,
      cardHeight: card?.getBoundingClientRect().height ?? 0,
      hostHeight: host?.getBoundingClientRect().height ?? 0,
      scrolls: !!card && card.scrollHeight > card.clientHeight + 1,
      cardTabIndex: card?.tabIndex ?? -1,
      summary,
      words: summary.split(/\s+/).filter(Boolean).length,
    };
    mark.blur();
    return view;
  });

function checkMarks(marks: MarkView[]): void {
  expect(marks.filter((m) => m.verdict === 'unverified' || m.verdict === 'unchecked')).toEqual([]);
  for (const m of marks) expect(m.tabindex, `${m.id} (${m.verdict})`).toBe(FLAGGED.includes(m.verdict) ? '0' : '-1');
}

function checkCards(cards: CardView[]): void {
  for (const c of cards) {
    expect(c.opened, `card for ${c.id}`).toBe(true);
    expect(c.cardHeight, `card for ${c.id}`).toBeLessThanOrEqual(MAX_HEIGHT);
    expect(c.cardHeight).toBeGreaterThan(40);
    // The host is sized to its card (within a pixel of rounding).
    expect(Math.abs(c.hostHeight - c.cardHeight)).toBeLessThanOrEqual(1);
    if (c.scrolls) expect(c.cardTabIndex).toBe(0);
    expect(c.words, c.summary).toBeGreaterThan(3);
    expect(c.words, c.summary).toBeLessThanOrEqual(30);
  }
}

/** For the report: the tallest card and the longest sentence. */
const summaryOf = (name: string, marks: MarkView[], cards: CardView[]) =>
  `${name}: ${marks.length} marks, ${marks.filter((m) => m.tabindex === '0').length} tab stops, ` +
  `tallest card ${Math.round(Math.max(0, ...cards.map((c) => c.cardHeight)))} px, ` +
  `longest first sentence ${Math.max(0, ...cards.map((c) => c.words))} words, ${cards.filter((c) => c.scrolls).length} scrolling`;

let server: FixtureServer;
beforeAll(async () => {
  server = await serveFixtures();
});
afterAll(async () => {
  await server?.close();
});

describe('Chromium', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(id: string): Promise<Page> {
    const page = await openFixture(browser.context, server.url(`/seeds/${id}.html`));
    await page.setViewportSize(VIEWPORT);
    await waitForMarks(page);
    return page;
  }

  test.each(FIXTURE_IDS)('%s: quiet marks, tab stops on warnings only, short cards', async (id) => {
    const page = await open(id);
    const marks = await page.evaluate(readMarkViews);
    expect(marks.length).toBeGreaterThan(0);
    checkMarks(marks);
    const cards = await page.evaluate(openEveryCard);
    checkCards(cards);
    console.log(`[reading] chromium ${summaryOf(id, marks, cards)}`);
    await page.close();
  });

  test('Tab from the top of the article stops only on warnings', async () => {
    const page = await open('ainews-trillion-valuation');
    const verdicts: string[] = [];
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const v = await page.evaluate(() => document.activeElement?.closest('fc-mark')?.getAttribute('data-fc-verdict') ?? null);
      if (v) verdicts.push(v);
    }
    expect(verdicts.length).toBeGreaterThan(0);
    expect(verdicts.filter((v) => !FLAGGED.includes(v))).toEqual([]);
    await page.close();
  });

  test.each(['light', 'dark'] as const)('axe: no violation in the open card and the marks (%s)', async (scheme) => {
    const page = await open('ainews-trillion-valuation');
    await page.emulateMedia({ colorScheme: scheme });
    const mark = page.locator(FLAGGED.map((v) => `fc-mark[data-fc-verdict="${v}"][tabindex="0"]`).join(', ')).first();
    await mark.focus();
    await expect
      .poll(() => page.evaluate(() => !document.querySelector('[data-fc-popover]')?.shadowRoot?.querySelector<HTMLElement>('.fc-card')?.hidden))
      .toBe(true);
    const card = await new AxeBuilder({ page }).include('[data-fc-popover]').analyze();
    expect(card.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    // The whole page: any violation on our own elements fails (the fixture page's own markup is not ours).
    const whole = await new AxeBuilder({ page }).analyze();
    const ours = whole.violations
      .map((v) => ({ id: v.id, nodes: v.nodes.filter((n) => /fc-|data-fc/.test(n.html) || n.target.join(' ').includes('fc-')) }))
      .filter((v) => v.nodes.length);
    expect(ours.map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 80)).join(' | ')}`)).toEqual([]);
    console.log(`[reading] axe ${scheme}: card ${card.violations.length} violations (${card.passes.length} rules passed); page-wide ${whole.violations.length} (${whole.violations.map((v) => v.id).join(', ') || 'none'}), none on our elements`);
    await page.close();
  });
});

describe('Firefox', () => {
  const firefox = firefoxForSuite();

  async function marksSettled(page: FirefoxPage): Promise<void> {
    await page.waitForSelector('fc-mark[data-fc-verdict]', { timeout: 15_000 });
    let last = -1;
    await expect
      .poll(
        async () => {
          const n = await page.evaluate(() => document.querySelectorAll('fc-mark').length);
          const same = n === last;
          last = n;
          return same;
        },
        { timeout: 15_000, interval: 500 },
      )
      .toBe(true);
  }

  test('every fixture page: quiet marks, tab stops on warnings only, short cards', async () => {
    for (const id of FIXTURE_IDS) {
      const page = await firefox().newPage();
      await page.setViewport(VIEWPORT);
      await page.goto(server.url(`/seeds/${id}.html`));
      await marksSettled(page);
      const marks = await page.evaluate(readMarkViews);
      checkMarks(marks);
      const cards = await page.evaluate(openEveryCard);
      checkCards(cards);
      console.log(`[reading] firefox ${summaryOf(id, marks, cards)}`);
      await page.close();
    }
  }, 120_000);
});
