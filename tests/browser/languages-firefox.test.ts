// Issue 11, English and Chinese, in real Firefox ESR asked for Chinese (intl.locale.requested = zh-CN, with Debian's
// zh-CN language pack): the options page, the cards on a page and the toolbar popup are in Chinese and say so.
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { CONFLICT_VERDICTS } from '../../src/ui/shared/verdicts';
import { launchFirefox, openFirefoxExtensionPage, serveFixtures, type FixtureServer } from './harness';

const CJK = /[\u4e00-\u9fff]/;
const WARNING = CONFLICT_VERDICTS.map((v) => `fc-mark[data-fc-verdict="${v}"][tabindex="0"]`).join(', ');

let firefox: Browser;
let server: FixtureServer;
beforeAll(async () => {
  server = await serveFixtures();
  firefox = await launchFirefox({ prefs: { 'intl.locale.requested': 'zh-CN' } });
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

test('the options page is in Chinese', async () => {
  const page = await openFirefoxExtensionPage(firefox, 'options.html', '#claim-browser .count');
  const view = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    h1: document.querySelector('h1')?.textContent ?? '',
    packs: document.querySelector('#packs-title')?.textContent ?? '',
  }));
  expect(view).toEqual({ lang: 'zh-CN', h1: 'Figure Check 设置', packs: '数据包' });
  await page.close();
});

test('a card on an English article is in Chinese and says so, and so is the popup', async () => {
  const page = await firefox.newPage();
  await page.goto(server.url('/seeds/ainews-trillion-valuation.html'));
  await page.waitForSelector(WARNING, { timeout: 15_000 });
  await page.focus(WARNING);
  await expect
    .poll(() => page.evaluate(() => !document.querySelector('[data-fc-popover]')?.shadowRoot?.querySelector<HTMLElement>('.fc-card')?.hidden))
    .toBe(true);
  const card = await page.evaluate(() => {
    const host = document.querySelector('[data-fc-popover]')!;
    const c = host.shadowRoot!.querySelector<HTMLElement>('.fc-card')!;
    return { hostLang: host.getAttribute('lang'), badge: c.querySelector('.fc-badge')?.textContent ?? '', summary: c.querySelector('.fc-summary')?.textContent ?? '' };
  });
  expect(card.hostLang).toBe('zh-CN');
  expect(card.badge).toMatch(CJK);
  expect(card.summary).toMatch(CJK);

  // The popup of that tab (found as the background keeps it: each tab's counts with its URL) speaks Chinese too.
  const probe = await openFirefoxExtensionPage(firefox, 'options.html', '#claim-browser');
  const tabId = await probe.waitForFunction(
    async (url) => {
      const api = (globalThis as unknown as { browser: any }).browser;
      const all = (await api.storage.session.get('fc:tab-reports'))['fc:tab-reports'] ?? {};
      return Object.entries(all as Record<string, { url: string }>).find(([, r]) => r.url === url)?.[0] ?? false;
    },
    { timeout: 15_000 },
    page.url(),
  );
  const id = Number(await tabId.jsonValue());
  await probe.close();
  const popup = await openFirefoxExtensionPage(firefox, `popup.html?tabId=${id}`, '.summary');
  const view = await popup.evaluate(() => ({
    lang: document.documentElement.lang,
    summary: document.querySelector('.summary')?.textContent ?? '',
    firstCard: document.querySelector('.flagged .fact')?.textContent ?? '',
  }));
  expect(view.lang).toBe('zh-CN');
  expect(view.summary).toMatch(/^\d+处分歧 · /);
  expect(view.firstCard).toMatch(CJK);
  await popup.close();
  await page.close();
});
