// Hostile pages, part 1: page text that looks like markup or script, a page that has taken our globals, custom
// element names and DOM prototype methods, and a page with a strict Content-Security-Policy. The extension runs
// in its own world, so none of this may stop the marks, run the payload, or let an error reach the page.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium, serveFixtures, type ExtensionBrowser, type FixtureServer } from './harness';
import {
  FIGURE_SENTENCE,
  FIGURE_TEXT,
  marksOf,
  pageHtml,
  recordTrouble,
  SECOND_SENTENCE,
  SECOND_TEXT,
  waitForFigure,
  waitForPass,
} from './hostile-helpers';

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

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1;alert(1)">',
  '"><script>window.__pwned=2;alert(2)</script>',
  "'><svg onload=\"window.__pwned=3\">",
  '</fc-mark><img src=x onerror=window.__pwned=4>',
];
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const cardText = (page: Page) =>
  page.evaluate(() => {
    const card = document.querySelector('fc-popover-host')?.shadowRoot?.querySelector<HTMLElement>('.fc-card');
    return card && !card.hidden
      ? // The card draws one svg of its own (the strip chart, .fc-strip); any other would be the page's payload.
        { text: card.textContent ?? '', images: card.querySelectorAll('img, script, svg:not(.fc-strip), .fc-strip svg').length }
      : null;
  });

test('text that looks like markup stays text: shown as text, never run, in the page, the popover and the popup', async () => {
  // The payloads are the page's *text* (escaped in the HTML source), right next to a real figure; one is in the title.
  const paragraphs = PAYLOADS.map((p) => `<p>${FIGURE_SENTENCE.replace('.', '')} ${escapeHtml(p)} and ${SECOND_SENTENCE}</p>`);
  const html = pageHtml(`<article>${paragraphs.join('\n')}</article>`).replace(
    '<title>Hostile page</title>',
    `<title>${escapeHtml(PAYLOADS[0]!)} Zhipu</title>`,
  );
  server.route('/hostile/markup.html', html);
  const page = await browser.context.newPage();
  const trouble = recordTrouble(page);
  await page.goto(server.url('/hostile/markup.html'));
  const textBefore = await page.evaluate(() => document.body.innerText);
  await waitForFigure(page, FIGURE_TEXT);
  await page.waitForTimeout(300);

  const marks = await marksOf(page);
  expect(marks.filter((m) => m.text === FIGURE_TEXT)).toHaveLength(PAYLOADS.length);
  expect(marks.filter((m) => m.text === SECOND_TEXT)).toHaveLength(PAYLOADS.length);
  // The payload text is still exactly text: no element was made from it, and the page reads the same.
  expect(await page.evaluate(() => document.querySelectorAll('body img, body script, body svg').length)).toBe(0);
  expect(await page.evaluate(() => document.body.innerText)).toBe(textBefore);
  for (const p of PAYLOADS) expect(textBefore).toContain(p);

  // Open the popover of every figure: each card is plain text, and nothing ran.
  const firsts = page.locator('fc-mark[data-fc-part="0"]');
  for (let i = 0; i < (await firsts.count()); i++) {
    await firsts.nth(i).focus();
    await expect.poll(() => cardText(page)).not.toBeNull();
    const card = (await cardText(page))!;
    expect(card.images).toBe(0);
  }

  // The toolbar popup shows this tab's figures by fact (page title and text are data there too).
  const tabId = await browser.serviceWorker.evaluate(async (u) => {
    const api = (globalThis as unknown as { chrome: any }).chrome;
    for (let i = 0; i < 100; i++) {
      const all = (await api.storage.session.get('fc:tab-reports'))['fc:tab-reports'] ?? {};
      const hit = Object.entries(all as Record<string, { url: string }>).find(([, r]) => r.url === u)?.[0];
      if (hit) return Number(hit);
      await new Promise((r) => setTimeout(r, 100));
    }
    return -1;
  }, page.url());
  expect(tabId).toBeGreaterThan(0);
  const popup = await browser.context.newPage();
  const popupTrouble = recordTrouble(popup);
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  await popup.locator('.summary, .notice').first().waitFor();
  // One card per fact; the card names the figure as the page writes it.
  const written = await popup.locator('.fact .fact-figures').allTextContents();
  expect(written.join('\n')).toContain(`“${FIGURE_TEXT}”`);
  expect(await popup.evaluate(() => document.querySelectorAll('img, svg, script:not([src])').length)).toBe(0);
  expect(await popup.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(popupTrouble.dialogs).toEqual([]);
  await popup.close();

  await page.waitForTimeout(200);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(trouble.dialogs).toEqual([]);
  expect(trouble.pageErrors).toEqual([]);
  expect(trouble.ourWarnings).toEqual([]);
  await page.close();
});

// Runs first in the page: takes every global and name the extension might reach for, and breaks the DOM methods
// a content script would call (in the page's world). The originals stay reachable for the test's own reads.
const HOSTILE_HEAD = `<script>
  window.__orig = { textContent: Object.getOwnPropertyDescriptor(Node.prototype, 'textContent').get };
  window.__caught = [];
  window.addEventListener('error', (e) => window.__caught.push(String(e.message)));
  window.addEventListener('unhandledrejection', (e) => window.__caught.push(String(e.reason)));
  window.browser = 1;
  window.chrome = {};
  window.CSS = undefined;
  window.MutationObserver = function () { throw new Error('hostile MutationObserver'); };
  for (const name of ['fc-mark', 'fc-popover-host', 'fc-descriptions']) {
    customElements.define(name, class extends HTMLElement {
      constructor() { super(); window.__upgraded = (window.__upgraded || 0) + 1; }
      // Upgrades of our elements run the page's code (registries are the document's): it sees them, no more.
      connectedCallback() { window.__connected = (window.__connected || 0) + 1; }
    });
  }
  const boom = (what) => function () { throw new Error('hostile ' + what); };
  Element.prototype.appendChild = boom('appendChild');
  Node.prototype.appendChild = boom('appendChild');
  Node.prototype.insertBefore = boom('insertBefore');
  Node.prototype.normalize = boom('normalize');
  Text.prototype.splitText = boom('splitText');
  Element.prototype.attachShadow = boom('attachShadow');
  Element.prototype.setAttribute = function () {};
  Element.prototype.closest = function () { return null; };
  Document.prototype.createElement = boom('createElement');
  Document.prototype.createTreeWalker = boom('createTreeWalker');
  Document.prototype.querySelectorAll = boom('querySelectorAll');
  EventTarget.prototype.addEventListener = function () {};
  Object.defineProperty(Node.prototype, 'textContent', { get() { return 'hostile'; }, set() {}, configurable: true });
  Object.defineProperty(CharacterData.prototype, 'data', { get() { return 'hostile'; }, set() {}, configurable: true });
  Object.defineProperty(HTMLElement.prototype, 'innerText', { get() { return 'hostile'; }, configurable: true });
</script>`;

test('a page that takes our globals, names and DOM methods does not stop the marks, and no error reaches it', async () => {
  server.route('/hostile/globals.html', pageHtml(`<article><p id="a">${FIGURE_SENTENCE}</p><p id="b">${SECOND_SENTENCE}</p></article>`, HOSTILE_HEAD));
  const page = await browser.context.newPage();
  const trouble = recordTrouble(page);
  await page.goto(server.url('/hostile/globals.html'));
  // Read marks with the page's original getter (the page broke textContent for everyone in its world).
  const marks = () =>
    page.evaluate(() => {
      const get = (window as unknown as { __orig: { textContent: () => string } }).__orig.textContent;
      const byId = new Map<string, string>();
      for (const m of Array.from(document.getElementsByTagName('fc-mark'))) {
        const id = m.getAttributeNS(null, 'data-fc-id') ?? '';
        byId.set(id, (byId.get(id) ?? '') + get.call(m));
      }
      return [...byId.values()].sort();
    });
  await expect.poll(marks, { timeout: 15_000 }).toEqual([SECOND_TEXT, FIGURE_TEXT].sort());
  const texts = await page.evaluate(() => {
    const get = (window as unknown as { __orig: { textContent: () => string } }).__orig.textContent;
    return [get.call(document.getElementById('a')), get.call(document.getElementById('b'))];
  });
  expect(texts).toEqual([FIGURE_SENTENCE, SECOND_SENTENCE]);
  // The popover still opens (our attachShadow, addEventListener and appendChild are the extension world's own).
  await page.locator('fc-mark[data-fc-part="0"]').first().focus();
  await expect
    .poll(() => page.evaluate(() => !!document.querySelector('fc-popover-host')?.shadowRoot?.querySelector('.fc-card:not([hidden])')))
    .toBe(true);
  expect(trouble.pageErrors).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __caught: string[] }).__caught)).toEqual([]);
  expect(trouble.ourWarnings).toEqual([]);
  await page.close();
});

test('a strict Content-Security-Policy (default-src none, style-src none): marks appear, styled, popover works', async () => {
  server.route('/hostile/csp.html', pageHtml(`<article><p>${FIGURE_SENTENCE}</p><p>${SECOND_SENTENCE}</p></article>`), {
    'content-security-policy': "default-src 'none'; style-src 'none'; script-src 'none'; img-src 'none'",
  });
  const page = await browser.context.newPage();
  const trouble = recordTrouble(page);
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto(server.url('/hostile/csp.html'));
  await waitForFigure(page, FIGURE_TEXT);
  expect((await marksOf(page)).map((m) => m.text).sort()).toEqual([SECOND_TEXT, FIGURE_TEXT].sort());
  // The mark's look comes from our stylesheet: under this CSP it must still apply (every verdict is underlined).
  const decoration = await page.evaluate(
    () => getComputedStyle(document.querySelector('fc-mark')!).textDecorationLine,
  );
  expect(decoration).toContain('underline');
  await page.locator('fc-mark[data-fc-part="0"]').first().focus();
  const card = await page.waitForFunction(() => {
    const c = document.querySelector('fc-popover-host')?.shadowRoot?.querySelector<HTMLElement>('.fc-card');
    if (!c || c.hidden) return null;
    const style = getComputedStyle(c);
    return { position: style.position, text: c.textContent ?? '' };
  });
  const state = (await card.jsonValue())!;
  // Styled: the card's own sheet (position: fixed card) applies despite style-src 'none'.
  expect(state.position).not.toBe('static');
  expect(state.text).toContain(FIGURE_TEXT);
  expect(trouble.pageErrors).toEqual([]);
  expect(trouble.ourWarnings).toEqual([]);
  expect(violations).toEqual([]);
  await page.close();
});

test('with nothing to check the extension leaves no trace in the page', async () => {
  server.route('/hostile/plain.html', pageHtml('<p>Nothing here but a quiet garden and a walk over the hill.</p>'));
  const page = await browser.context.newPage();
  await page.goto(server.url('/hostile/plain.html'));
  await waitForPass(page);
  const trace = await page.evaluate(() => ({
    marks: document.querySelectorAll('fc-mark').length,
    hosts: document.querySelectorAll('fc-popover-host, fc-descriptions').length,
    html: document.body.innerHTML,
  }));
  expect(trace).toEqual({ marks: 0, hosts: 0, html: '<p>Nothing here but a quiet garden and a walk over the hill.</p>' });
  await page.close();
});
