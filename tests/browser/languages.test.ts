// Issue 11, English and Chinese, in real browsers: Chromium started in Chinese (--lang=zh-CN) shows the options page
// and the cards on a page in Chinese, each carrying its language; the language setting "English" overrides the
// browser's; axe finds no violation on the options page in either language, light and dark, nor in an open Chinese
// card.
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CONFLICT_VERDICTS } from '../../src/ui/shared/verdicts';
import { openFixture, tabIdOf, waitForMarks } from './content-helpers';
import { launchChromium, ROOT, serveFixtures, type ExtensionBrowser, type FixtureServer } from './harness';

const CJK = /[\u4e00-\u9fff]/;

let server: FixtureServer;
let browser: ExtensionBrowser;
beforeAll(async () => {
  server = await serveFixtures();
  browser = await launchChromium({ locale: 'zh-CN' });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function optionsPage(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.locator('#claim-browser .count').waitFor();
  return page;
}

/** axe's violations on a page (or a part of it), as "rule: targets" lines. */
async function violations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  if (include) builder.include(include);
  const result = await builder.analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Focus the first warning on the page and wait for its card; the card's language, badge and sentence. */
async function openWarningCard(page: Page): Promise<{ hostLang: string | null; cardLang: string; badge: string; summary: string; keys: string }> {
  const mark = page.locator(CONFLICT_VERDICTS.map((v) => `fc-mark[data-fc-verdict="${v}"][tabindex="0"]`).join(', ')).first();
  await mark.focus();
  await expect
    .poll(() => page.evaluate(() => !document.querySelector('[data-fc-popover]')?.shadowRoot?.querySelector<HTMLElement>('.fc-card')?.hidden))
    .toBe(true);
  return page.evaluate(() => {
    const host = document.querySelector('[data-fc-popover]')!;
    const card = host.shadowRoot!.querySelector<HTMLElement>('.fc-card')!;
    return {
      hostLang: host.getAttribute('lang'),
      cardLang: card.lang,
      badge: card.querySelector('.fc-badge')?.textContent ?? '',
      summary: card.querySelector('.fc-summary')?.textContent ?? '',
      keys: card.querySelector('.fc-keys')?.textContent ?? '',
    };
  });
}

describe('Chromium in Chinese', () => {
  test.each(['light', 'dark'] as const)('the options page is in Chinese and axe finds nothing (%s)', async (scheme) => {
    const page = await optionsPage();
    await page.emulateMedia({ colorScheme: scheme });
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.locator('h1').textContent()).toBe('Figure Check 设置');
    expect(await page.title()).toBe('Figure Check 设置');
    expect(await page.locator('#packs-title').textContent()).toBe('数据包');
    expect(await page.locator('#language').inputValue()).toBe('browser');
    expect(await page.locator('#claim-browser .count').textContent()).toMatch(/^共\d+条数据，/);
    expect(await page.locator('footer [data-i18n="aboutLink"]').textContent()).toMatch(CJK);
    expect(await violations(page)).toEqual([]);
    if (scheme === 'light') await page.screenshot({ path: path.join(ROOT, 'docs/screenshots/options-zh.png') });
    await page.close();
  }, 120_000);

  test.each(['light', 'dark'] as const)('a card on an English article is in Chinese, says so, and axe finds nothing (%s)', async (scheme) => {
    const page = await openFixture(browser.context, server.url('/seeds/ainews-trillion-valuation.html'));
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ colorScheme: scheme });
    await waitForMarks(page);
    const card = await openWarningCard(page);
    expect(card.hostLang).toBe('zh-CN');
    expect(card.cardLang).toBe('zh-CN');
    expect(card.badge).toMatch(CJK);
    expect(card.summary).toMatch(/^AINews为70亿元，另有两个来源为7\.24亿元，相差约10倍，疑为数量级写错。$/);
    expect(card.keys).toContain('关闭');
    // the marks' screen-reader descriptions are in Chinese too
    const description = await page.evaluate(() => {
      const mark = document.querySelector('fc-mark[tabindex="0"]');
      const id = mark?.getAttribute('aria-describedby');
      return id ? (document.getElementById(id)?.textContent ?? '') : '';
    });
    expect(description).toMatch(CJK);
    expect(await violations(page, '[data-fc-popover]')).toEqual([]);
    if (scheme === 'light') await page.screenshot({ path: path.join(ROOT, 'docs/screenshots/popover-zh.png') });
    await page.close();
  });

  test.each(['light', 'dark'] as const)('the popup is in Chinese, one card per fact, and axe finds nothing (%s)', async (scheme) => {
    const page = await openFixture(browser.context, server.url('/seeds/ainews-trillion-valuation.html'));
    await waitForMarks(page);
    const tab = await tabIdOf(browser.serviceWorker, page.url());
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tab}`);
    await popup.locator('.summary').waitFor();
    expect(await popup.getAttribute('html', 'lang')).toBe('zh-CN');
    // "2处分歧 · …": the summary, the export buttons and the cards' sentences in Chinese
    expect(await popup.locator('.summary').textContent()).toMatch(/^\d+处分歧 · /);
    expect(await popup.locator('.actions').textContent()).toMatch(CJK);
    expect(await popup.locator('.flagged .fact').first().textContent()).toMatch(CJK);
    await popup.locator('details.quiet > summary').click();
    await expect.poll(() => popup.locator('details.quiet').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await violations(popup)).toEqual([]);
    if (scheme === 'light') await popup.screenshot({ path: path.join(ROOT, 'docs/screenshots/popup-zh.png') });
    await popup.close();
    await page.close();
  }, 120_000);

  test('the language setting "English" overrides the Chinese browser, on the options page and in the cards', async () => {
    const options = await optionsPage();
    await options.locator('#language').selectOption('en');
    await expect.poll(() => options.locator('h1').textContent()).toBe('Figure Check options');
    expect(await options.getAttribute('html', 'lang')).toBe('en');
    expect(await options.locator('#packs-title').textContent()).toBe('Claim packs');
    const page = await openFixture(browser.context, server.url('/seeds/ainews-trillion-valuation.html'));
    await page.setViewportSize({ width: 1280, height: 900 });
    await waitForMarks(page);
    const card = await openWarningCard(page);
    expect(card.hostLang).toBe('en');
    expect(card.summary).toBe("AINews gives 7 billion yuan; two other sources give 724 million yuan: about 10 times apart, likely a misplaced 'million' or 'billion'.");
    await page.close();
    await options.close();
  }, 120_000);

  test.each(['light', 'dark'] as const)('the options page in English (the setting): axe finds nothing (%s)', async (scheme) => {
    const page = await optionsPage();
    expect(await page.locator('#language').inputValue()).toBe('en');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.emulateMedia({ colorScheme: scheme });
    expect(await violations(page)).toEqual([]);
    await page.close();
  }, 120_000);
});
