// First run in real Firefox ESR: installing the add-on opens the welcome page, whose link opens the bundled sample
// article; there the extension's own page code flags the "7 billion yuan" revenue (724 million yuan in two other
// sources) and opens its card, and hovering a flagged figure opens that figure's card. Firefox's WebDriver BiDi
// does not report extension pages' loads, so the tabs the extension opened are seen through extension.getViews.
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { firefoxTabViews, launchFirefox, openFirefoxExtensionPage } from './harness';

// Runs inside extension pages (evaluate), where `browser` is the WebExtension API.
declare const browser: typeof import('wxt/browser').browser;

const CONFLICTS = ['conflict', 'magnitude', 'currency', 'arithmetic', 'page-conflict'];
const FLAGGED_MARK = CONFLICTS.map((v) => `fc-mark[data-fc-verdict="${v}"][data-fc-part="0"]`).join(', ');

let firefox: Browser;
let probe: Page;
beforeAll(async () => {
  firefox = await launchFirefox({ welcome: 'keep' });
  probe = await openFirefoxExtensionPage(firefox, 'options.html', 'footer.welcome-footer');
});
afterAll(async () => {
  await firefox?.close();
});

const cardFor = (page: Page) =>
  page.evaluate(() => {
    const card = document.querySelector('fc-popover-host')?.shadowRoot?.querySelector<HTMLElement>('.fc-card');
    return card && !card.hidden ? { for: card.dataset.fcFor ?? '', text: card.textContent ?? '' } : null;
  });

test('installing opens the welcome page, and its link opens the checked sample article', async () => {
  expect(await firefoxTabViews(probe)).toContainEqual({ path: '/welcome.html', welcome: 'ready', sample: undefined });
  const lang = await probe.evaluate(() => {
    const views = browser.extension.getViews({ type: 'tab' }) as unknown as Window[];
    const welcome = views.find((w) => w.location.pathname === '/welcome.html')!;
    const lang = welcome.document.documentElement.lang;
    welcome.document.getElementById('sample-link')!.click();
    return lang;
  });
  expect(lang).toBe('en');
  await expect
    .poll(async () => (await firefoxTabViews(probe)).find((v) => v.path === '/sample.html')?.sample, { timeout: 20_000 })
    .toBe('warning-open');
});

test('the sample page answers the popup’s messages like a news page’s content script', async () => {
  const report = await probe.evaluate(async () => {
    for (const tab of await browser.tabs.query({})) {
      const answer = (await browser.tabs.sendMessage(tab.id!, { type: 'fc:get-report' }).catch(() => null)) as { url?: string; figures?: unknown[] } | null;
      if (answer?.url?.endsWith('/sample.html')) return { figures: answer.figures?.length ?? 0 };
    }
    return null;
  });
  expect(report?.figures).toBeGreaterThan(0);
});

test('the sample article shows the 7 billion yuan warning, and hovering a flagged figure opens its card', async () => {
  const page = await openFirefoxExtensionPage(firefox, 'sample.html', 'html[data-fc-sample="warning-open"]');
  const flagged = await page.$$eval(FLAGGED_MARK, (marks) =>
    marks.map((m) => {
      const id = m.getAttribute('data-fc-id');
      return { id, text: Array.from(document.querySelectorAll(`fc-mark[data-fc-id="${id}"]`)).map((p) => p.textContent).join('') };
    }),
  );
  expect(flagged.length).toBeGreaterThan(0);
  const revenue = flagged.find((m) => m.text.toLowerCase() === '7 billion yuan');
  expect(revenue).toBeDefined();
  // The card the page opened on load (focus on the first warning), then the one hovering opens.
  await expect.poll(() => cardFor(page)).not.toBeNull();
  await page.keyboard.press('Escape');
  await expect.poll(() => cardFor(page)).toBeNull();
  const mark = await page.$(`fc-mark[data-fc-id="${revenue!.id}"]`);
  await mark!.scrollIntoView();
  await mark!.hover();
  await expect.poll(async () => (await cardFor(page))?.for).toBe(revenue!.id);
  expect((await cardFor(page))!.text).toContain('724 million yuan');
});
