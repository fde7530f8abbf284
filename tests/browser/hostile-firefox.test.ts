// Hostile pages in Firefox ESR (puppeteer-core over WebDriver BiDi, the MV2 build), where content scripts see the
// page through Xray wrappers and the page's CSP treats our inserted styles by its own rules: a strict CSP and a
// page that broke its DOM prototypes must still get styled marks, and markup-looking text must never run.
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchFirefox, serveFixtures, type FixtureServer } from './harness';
import { FIGURE_SENTENCE, FIGURE_TEXT, pageHtml, SECOND_SENTENCE } from './hostile-helpers';

let server: FixtureServer;
let firefox: Browser;
beforeAll(async () => {
  server = await serveFixtures();
  firefox = await launchFirefox();
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

async function openAndWait(url: string): Promise<Page> {
  const page = await firefox.newPage();
  await page.goto(url);
  await page.waitForFunction(
    (t) => Array.from(document.getElementsByTagName('fc-mark')).some((m) => m.getAttribute('data-fc-part') === '0' && (m.textContent ?? '').length > 0 && t.startsWith(m.textContent ?? '')),
    { timeout: 15_000 },
    FIGURE_TEXT,
  );
  return page;
}

const cardStyle = (page: Page) =>
  page.evaluate(() => {
    const card = document.querySelector('fc-popover-host')?.shadowRoot?.querySelector<HTMLElement>('.fc-card');
    return card && !card.hidden ? getComputedStyle(card).position : null;
  });

test('Firefox, strict CSP (default-src none, style-src none): marks appear, styled, and the popover is styled', async () => {
  server.route('/hostile/ff-csp.html', pageHtml(`<article><p>${FIGURE_SENTENCE}</p><p>${SECOND_SENTENCE}</p></article>`), {
    'content-security-policy': "default-src 'none'; style-src 'none'; script-src 'none'",
  });
  const page = await openAndWait(server.url('/hostile/ff-csp.html'));
  const mark = await page.evaluate(() => {
    const m = document.querySelector('fc-mark')!;
    return { text: m.textContent, decoration: getComputedStyle(m).textDecorationLine };
  });
  expect(mark).toEqual({ text: FIGURE_TEXT, decoration: 'underline' });
  await page.focus('fc-mark[data-fc-part="0"]');
  await page.waitForFunction(() => !!document.querySelector('fc-popover-host')?.shadowRoot?.querySelector('.fc-card:not([hidden])'));
  expect(await cardStyle(page)).toBe('fixed');
  await page.close();
});

test('Firefox, markup-looking text and broken DOM prototypes: marks appear, nothing runs', async () => {
  const head = `<script>
    window.browser = 1; window.chrome = {};
    window.__orig = Object.getOwnPropertyDescriptor(Node.prototype, 'textContent').get;
    const boom = (w) => function () { throw new Error('hostile ' + w); };
    Node.prototype.appendChild = boom('appendChild');
    Node.prototype.insertBefore = boom('insertBefore');
    Text.prototype.splitText = boom('splitText');
    Element.prototype.attachShadow = boom('attachShadow');
    Document.prototype.createElement = boom('createElement');
    EventTarget.prototype.addEventListener = function () {};
    Object.defineProperty(Node.prototype, 'textContent', { get() { return 'hostile'; }, set() {}, configurable: true });
  </script>`;
  const payload = '&lt;img src=x onerror="window.__pwned=1"&gt; "&gt;&lt;script&gt;window.__pwned=2&lt;/script&gt;';
  server.route('/hostile/ff-globals.html', pageHtml(`<p id="p">${FIGURE_SENTENCE} ${payload}</p>`, head));
  const page = await firefox.newPage();
  await page.goto(server.url('/hostile/ff-globals.html'));
  await page.waitForFunction(
    (t) => {
      const get = (window as unknown as { __orig: () => string }).__orig;
      return Array.from(document.getElementsByTagName('fc-mark')).some((m) => get.call(m) === t);
    },
    { timeout: 15_000 },
    FIGURE_TEXT,
  );
  const state = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
    images: document.querySelectorAll('body img, body script').length,
    text: (window as unknown as { __orig: () => string }).__orig.call(document.getElementById('p')),
  }));
  expect(state).toEqual({
    pwned: null,
    images: 0,
    text: `${FIGURE_SENTENCE} <img src=x onerror="window.__pwned=1"> "><script>window.__pwned=2</script>`,
  });
  await page.close();
});
