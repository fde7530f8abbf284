// First run in real Chromium: installing the extension opens the welcome page (in the browser's language); its
// link opens the bundled sample article, where the extension's own page code marks the figures, flags the
// "7 billion yuan" revenue that two other sources give as 724 million yuan, and opens the card on the first
// warning; hovering another flagged figure opens its card. Nothing is fetched. Writes the welcome and sample
// screenshots (docs/, and store/ at the stores' 1280×800).
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readMarks } from './content-helpers';
import { launchChromium, ROOT, type ExtensionBrowser } from './harness';
import { CONFLICT_VERDICTS } from '../../src/ui/shared/verdicts';

const CONFLICTS = ['conflict', 'magnitude', 'currency', 'arithmetic', 'page-conflict'];
const STORE_SIZE = { width: 1280, height: 800 };

const cardFor = (page: Page) =>
  page.evaluate(() => {
    const card = document.querySelector('fc-popover-host')?.shadowRoot?.querySelector<HTMLElement>('.fc-card');
    return card && !card.hidden ? { for: card.dataset.fcFor ?? '', text: card.textContent ?? '' } : null;
  });

async function screenshot(page: Page, file: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file });
}

describe('English browser', () => {
  let browser: ExtensionBrowser;
  const requests: string[] = [];
  beforeAll(async () => {
    browser = await launchChromium({ welcome: 'keep' });
    browser.context.on('request', (r) => requests.push(r.url()));
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('installing opens the welcome page, in English, with the legend drawn in the marks’ own styles', async () => {
    const page = browser.welcome!;
    expect(new URL(page.url()).host).toBe(browser.extensionId);
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.fcWelcome)).toBe('ready');
    expect(await page.title()).toBe('Welcome to Figure Check');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('#sample-link')).toBe('Open the sample article');
    expect(await page.textContent('#privacy-heading')).toBe('Privacy');
    const decoration = await page.$eval('fc-mark[data-fc-verdict="magnitude"]', (m) => getComputedStyle(m).textDecorationStyle);
    expect(decoration).toBe('wavy');
    await page.setViewportSize(STORE_SIZE);
    await screenshot(page, path.join(ROOT, 'store/screenshots/en-1-welcome.png'));
  });

  test('the sample article flags the 7 billion yuan revenue and opens the card on a warning', async () => {
    const page = browser.welcome!;
    await page.setViewportSize(STORE_SIZE);
    await page.click('#sample-link');
    await page.waitForURL(/\/sample\.html$/);
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.fcSample), { timeout: 20_000 }).toBe('warning-open');
    const marks = await readMarks(page);
    const flagged = marks.filter((m) => CONFLICTS.includes(m.verdict));
    expect(flagged.length).toBeGreaterThan(0);
    // The figure this page must keep flagging: AINews's 7 billion yuan against 724 million yuan from two sources.
    expect(flagged.map((m) => m.text.toLowerCase())).toContain('7 billion yuan');
    const card = await cardFor(page);
    expect(card).not.toBeNull();
    expect(flagged.map((m) => m.id)).toContain(card!.for);
    expect(card!.text).toContain('724 million yuan');
    await screenshot(page, path.join(ROOT, 'store/screenshots/en-2-sample-card.png'));
    await screenshot(page, path.join(ROOT, 'docs/screenshots/sample.png'));
  });

  test('hovering another flagged figure opens its card', async () => {
    const page = browser.welcome!;
    const open = (await cardFor(page))?.for;
    const other = page.locator(CONFLICTS.map((v) => `fc-mark[data-fc-verdict="${v}"][data-fc-part="0"]`).join(', ')).filter({ hasText: /^7 billion yuan$/ }).first();
    const id = await other.getAttribute('data-fc-id');
    expect(id).not.toBe(open);
    // The open card may cover the next paragraph: Escape closes it first.
    await page.keyboard.press('Escape');
    await expect.poll(() => cardFor(page)).toBeNull();
    await other.scrollIntoViewIfNeeded();
    await other.hover();
    await expect.poll(async () => (await cardFor(page))?.for).toBe(id);
    expect((await cardFor(page))!.text).toContain('724 million yuan');
  });

  test('on the sample article the toolbar badge counts its flagged figures and the popup shows them by fact', async () => {
    const sampleUrl = browser.welcome!.url();
    // No "tabs" permission: tab URLs are hidden, so ask every tab; the sample page answers for itself.
    const tab = await browser.serviceWorker.evaluate(
      async ([url, flagged]) => {
        const api = (globalThis as unknown as { chrome: any }).chrome;
        for (const t of (await api.tabs.query({})) as { id: number }[]) {
          const report = await api.tabs.sendMessage(t.id, { type: 'fc:get-report' }).catch(() => null);
          if (report?.url !== url) continue;
          const warned = (report.figures as { verdict: string; index: number }[]).filter((f) => (flagged as readonly string[]).includes(f.verdict));
          return { id: t.id, badge: (await api.action.getBadgeText({ tabId: t.id })) as string, flagged: warned.map((f) => f.index) };
        }
        return null;
      },
      [sampleUrl, [...CONFLICT_VERDICTS]] as const,
    );
    expect(tab).not.toBeNull();
    expect(tab!.flagged.length).toBeGreaterThan(0);
    expect(tab!.badge).toBe(String(tab!.flagged.length));
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tab!.id}`);
    await popup.waitForSelector('.flagged .fact');
    const indices = (await popup.locator('.flagged .fact').evaluateAll((c) => c.map((x) => x.getAttribute('data-indices') ?? ''))).flatMap((s) => s.split(' ').map(Number));
    expect(indices).toEqual(expect.arrayContaining(tab!.flagged));
    expect((await popup.locator('.flagged .fact-figures').allTextContents()).join(' ')).toContain('“7 billion yuan”');
    await popup.close();
  });

  test('the popup and the options page link to the welcome page', async () => {
    for (const name of ['popup.html', 'options.html']) {
      const page = await browser.context.newPage();
      await page.goto(`chrome-extension://${browser.extensionId}/${name}`);
      expect(await page.getAttribute('#welcome-link', 'href')).toBe('welcome.html');
      expect(await page.textContent('#welcome-link')).toBe('About Figure Check and a sample article');
      await page.close();
    }
  });

  test('nothing is fetched: every request stays inside the extension', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !url.startsWith(`chrome-extension://${browser.extensionId}/`))).toEqual([]);
  });
});

describe('Chinese browser', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchChromium({ welcome: 'keep', locale: 'zh-CN' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('the welcome page and the sample banner are in Chinese', async () => {
    const page = browser.welcome!;
    // (polled, not read once: in one CI run on a loaded machine the page read as English just after its ready flag was
    // set, and was Chinese on every rerun; a reload of the tab opened on install, whose static HTML is English until its
    // script runs again, would explain it, but the cause is not settled)
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.fcWelcome)).toBe('ready');
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('zh-CN');
    await expect.poll(() => page.title()).toBe('欢迎使用 Figure Check');
    await expect.poll(() => page.textContent('#sample-link')).toBe('打开示例文章');
    await page.setViewportSize(STORE_SIZE);
    await screenshot(page, path.join(ROOT, 'store/screenshots/zh-1-welcome.png'));
    await page.click('#sample-link');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.fcSample), { timeout: 20_000 }).toBe('warning-open');
    expect(await page.textContent('#welcome-link')).toBe('返回欢迎页');
    // The article itself stays in its own language.
    expect(await page.getAttribute('article', 'lang')).toBe('en');
    // The card speaks the browser's language, and says so.
    const card = await page.evaluate(() => {
      const host = document.querySelector('[data-fc-popover]');
      return { lang: host?.getAttribute('lang'), summary: host?.shadowRoot?.querySelector('.fc-summary')?.textContent ?? '' };
    });
    expect(card.lang).toBe('zh-CN');
    expect(card.summary).toMatch(/[\u4e00-\u9fff]/);
    await screenshot(page, path.join(ROOT, 'store/screenshots/zh-2-sample-card.png'));
  });
});
