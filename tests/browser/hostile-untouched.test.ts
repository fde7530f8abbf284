// Hostile pages, part 3: what the extension must never touch or do. Form fields, editable regions and code are
// never modified (not while the reader types, not when a region becomes editable later); the extension makes no
// network request of its own on any page (the one request it can make is a subscribed claim pack's, which
// subscriptions.test.ts follows); the built manifests ask for the least that works.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { askReport, FIXTURE_IDS } from './content-helpers';
import { MAIN_PART_REQUEST } from './gate-helpers';
import { CHROME_EXTENSION, FIREFOX_EXTENSION, launchChromium, serveFixtures, type ExtensionBrowser, type FixtureServer } from './harness';
import { FIGURE_SENTENCE, FIGURE_TEXT, pageHtml, SECOND_SENTENCE, SECOND_TEXT, waitForFigure } from './hostile-helpers';

let browser: ExtensionBrowser;
let server: FixtureServer;
const requests: { url: string; from: string; navigation: boolean }[] = [];
beforeAll(async () => {
  server = await serveFixtures();
  browser = await launchChromium();
  // Every request of every page, frame and worker of the profile (the service worker's included).
  browser.context.on('request', (r: Request) => {
    let from = 'worker';
    try {
      from = r.frame().url();
    } catch {
      // a service worker's request has no frame
    }
    requests.push({ url: r.url(), from, navigation: r.isNavigationRequest() });
  });
  browser.context.on('serviceworker', (w) => requests.push({ url: `(new service worker) ${w.url()}`, from: 'worker', navigation: false }));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// Each region holds figures the core would mark anywhere else.
const UNTOUCHABLE: Record<string, string> = {
  textarea: `<textarea id="textarea">${FIGURE_SENTENCE}</textarea>`,
  input: `<input id="input" value="${FIGURE_SENTENCE}">`,
  select: `<select id="select"><option>${FIGURE_SENTENCE}</option><option>${SECOND_SENTENCE}</option></select>`,
  button: `<button id="button">${FIGURE_SENTENCE}</button>`,
  editable: `<div id="editable" contenteditable="true"><p>${FIGURE_SENTENCE}</p><p>${SECOND_SENTENCE}</p></div>`,
  editableEmpty: `<div id="editableEmpty" contenteditable=""><b>724</b> million yuan was Zhipu's 2024 revenue.</div>`,
  plaintext: `<div id="plaintext" contenteditable="plaintext-only">${SECOND_SENTENCE}</div>`,
  nestedEditable: `<div contenteditable="true"><section id="nestedEditable"><p>${FIGURE_SENTENCE}</p></section></div>`,
  pre: `<pre id="pre">${FIGURE_SENTENCE}\n${SECOND_SENTENCE}</pre>`,
  code: `<p>Run <code id="code">echo "${FIGURE_SENTENCE}"</code> now.</p>`,
  kbd: `<p>Type <kbd id="kbd">${SECOND_SENTENCE}</kbd>.</p>`,
  samp: `<p>Output: <samp id="samp">${FIGURE_SENTENCE}</samp></p>`,
};
const IDS = Object.keys(UNTOUCHABLE);

const snapshot = (page: Page) =>
  page.evaluate((ids) => {
    const out: Record<string, { html: string; value: string | null; marks: number }> = {};
    for (const id of ids) {
      const el = document.getElementById(id) as (HTMLElement & { value?: string }) | null;
      out[id] = { html: el?.innerHTML ?? '(missing)', value: el?.value ?? null, marks: el?.querySelectorAll('fc-mark').length ?? -1 };
    }
    return out;
  }, IDS);

test('form fields, editable regions and code blocks are never modified, while the rest of the page is marked', async () => {
  server.route('/hostile/untouched.html', pageHtml(`<article><p id="plain">${FIGURE_SENTENCE}</p>${Object.values(UNTOUCHABLE).join('\n')}</article>`));
  // The same markup on about:blank, where the content script does not run: the reference.
  const reference = await browser.context.newPage();
  await reference.setContent(pageHtml(Object.values(UNTOUCHABLE).join('\n')));
  const expected = await snapshot(reference);
  await reference.close();

  const page = await browser.context.newPage();
  await page.goto(server.url('/hostile/untouched.html'));
  await waitForFigure(page, FIGURE_TEXT);
  await page.waitForTimeout(500);
  expect(await page.locator('#plain fc-mark').count()).toBe(1);
  expect(await snapshot(page)).toEqual(expected);
  await page.close();
});

test('typing figures into a textarea and an editable region: never marked, caret stays put, even after re-scans', async () => {
  server.route('/hostile/typing.html', pageHtml(`<article><p>${FIGURE_SENTENCE}</p><div id="ed" contenteditable="true"></div><textarea id="ta"></textarea></article>`));
  const page = await browser.context.newPage();
  await page.goto(server.url('/hostile/typing.html'));
  await waitForFigure(page, FIGURE_TEXT);
  await page.locator('#ed').click();
  await page.keyboard.type(`${FIGURE_SENTENCE} ${SECOND_SENTENCE}`, { delay: 5 });
  await page.locator('#ta').click();
  await page.keyboard.type(SECOND_SENTENCE, { delay: 5 });
  await page.locator('#ed').click();
  await page.keyboard.press('End');
  // The page adds a paragraph: a re-scan runs (and marks it) while the reader's text sits in the editor.
  await page.evaluate((t) => document.querySelector('article')!.append(Object.assign(document.createElement('p'), { id: 'late', textContent: t })), SECOND_SENTENCE);
  await page.waitForSelector('#late fc-mark');
  await page.waitForTimeout(400);
  const state = await page.evaluate(() => {
    const ed = document.getElementById('ed')!;
    const sel = getSelection()!;
    return {
      marks: ed.querySelectorAll('fc-mark').length,
      text: ed.textContent,
      textarea: (document.getElementById('ta') as HTMLTextAreaElement).value,
      caretInEditor: !!sel.focusNode && ed.contains(sel.focusNode),
      caretAtEnd: sel.focusNode?.nodeType === 3 && sel.focusOffset === (sel.focusNode as Text).data.length && !sel.focusNode.nextSibling,
      focused: document.activeElement === ed,
    };
  });
  expect(state).toEqual({
    marks: 0,
    text: `${FIGURE_SENTENCE} ${SECOND_SENTENCE}`,
    textarea: SECOND_SENTENCE,
    caretInEditor: true,
    caretAtEnd: true,
    focused: true,
  });
  await page.close();
});

test('a region made editable after it was marked loses its marks (an editor must not save our elements)', async () => {
  server.route('/hostile/edit-later.html', pageHtml(`<article id="story"><p>${FIGURE_SENTENCE}</p><p>${SECOND_SENTENCE}</p></article>`));
  const page = await browser.context.newPage();
  await page.goto(server.url('/hostile/edit-later.html'));
  await waitForFigure(page, SECOND_TEXT);
  // An "edit in place" button, as content systems have it.
  await page.evaluate(() => document.getElementById('story')!.setAttribute('contenteditable', 'true'));
  await expect
    .poll(() => page.evaluate(() => document.getElementById('story')!.innerHTML), { timeout: 5000 })
    .toBe(`<p>${FIGURE_SENTENCE}</p><p>${SECOND_SENTENCE}</p>`);
  await page.close();
});

test('a document in design mode (the whole page editable) is not marked', async () => {
  server.route('/hostile/design-mode.html', pageHtml(`<p id="p">${FIGURE_SENTENCE}</p><script>document.designMode = 'on';</script>`));
  const page = await browser.context.newPage();
  await page.goto(server.url('/hostile/design-mode.html'));
  // The content script answers fc:get-report once its pass is over, whatever the pass decided.
  const report = await askReport(browser.serviceWorker, page.url());
  expect(report).not.toBeNull();
  expect(report?.figures).toEqual([]);
  expect(await page.evaluate(() => document.getElementById('p')!.innerHTML)).toBe(FIGURE_SENTENCE);
  await page.close();
});

test('the extension makes no network request of its own, on any page', async () => {
  server.route('/hostile/network-plain.html', pageHtml('<p>A quiet page with nothing to check.</p>'));
  server.route('/hostile/network-fields.html', pageHtml(`<p>${FIGURE_SENTENCE}</p>${Object.values(UNTOUCHABLE).join('\n')}`));
  const pages = [...FIXTURE_IDS.map((id) => `/seeds/${id}.html`), '/hostile/network-plain.html', '/hostile/network-fields.html'];
  for (const p of pages) {
    const page = await browser.context.newPage();
    await page.goto(server.url(p));
    await page.waitForFunction(() => performance.getEntriesByName('fc:read-and-gate').length > 0);
    const first = page.locator('fc-mark[data-fc-part="0"]').first();
    if (await first.count()) await first.focus(); // open a popover too
    await page.waitForTimeout(300);
    await page.close();
  }
  for (const p of ['popup.html', 'options.html']) {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/${p}`);
    await page.waitForLoadState('networkidle');
    await page.close();
  }
  const fixtureOrigin = new URL(server.url('/')).origin;
  const ownOrigin = `chrome-extension://${browser.extensionId}`;
  const foreign = requests.filter(({ url }) => {
    if (url.startsWith('(new service worker)')) return true;
    // (Node's URL gives chrome-extension: URLs an opaque origin, so compare prefixes.) The gate's import of the
    // content script's main part comes from the extension's own package, under Chromium's per-session host.
    return !url.startsWith(`${fixtureOrigin}/`) && !url.startsWith(`${ownOrigin}/`) && !MAIN_PART_REQUEST.test(url);
  });
  expect(requests.length).toBeGreaterThan(pages.length);
  expect(foreign).toEqual([]);
  // Requests to the fixture server other than the test's own navigations come only from its pages (never from
  // the extension's pages or worker).
  expect(requests.filter((r) => r.url.startsWith(fixtureOrigin) && !r.navigation && !r.from.startsWith(fixtureOrigin))).toEqual([]);

  // The recorder does see the service worker's requests: a canary fetch from the worker shows up.
  const canary = server.url('/canary-from-worker');
  await browser.serviceWorker.evaluate((u) => fetch(u, { mode: 'no-cors' }).then(() => 0, () => 0), canary);
  await expect.poll(() => requests.some((r) => r.url === canary && r.from === 'worker')).toBe(true);
});

describe.each([
  ['chrome-mv3', CHROME_EXTENSION],
  ['firefox-mv2', FIREFOX_EXTENSION],
])('built manifest %s', (name, dir) => {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown> & {
    permissions?: string[];
    content_scripts?: { matches: string[]; all_frames?: boolean; match_about_blank?: boolean }[];
  };

  test('asks for storage and alarms only; no host at install, optional hosts only for subscribed claim packs', () => {
    expect(manifest.permissions).toEqual(['storage', 'alarms']);
    // Where a pack may be subscribed from (any https origin, plain http on this machine), each origin asked for on
    // the reader's click: MV3 keeps optional hosts apart, Firefox's MV2 build lists them as optional permissions.
    const optional = name === 'chrome-mv3' ? 'optional_host_permissions' : 'optional_permissions';
    expect(manifest[optional]).toEqual(['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*']);
    for (const key of ['host_permissions', 'optional_permissions', 'optional_host_permissions', 'externally_connectable']) {
      if (key !== optional) expect(manifest[key], key).toBeUndefined();
    }
  });

  test('web-accessible: only the content script main part, in Chromium only, under a per-session URL', () => {
    // Chromium lets the gate import() the main part only when it is web-accessible; Firefox needs no listing.
    expect(manifest.web_accessible_resources).toEqual(
      name === 'chrome-mv3' ? [{ resources: ['content-main.js'], matches: ['<all_urls>'], use_dynamic_url: true }] : undefined,
    );
  });

  test('one content script (the gate), matching web pages only, top frame only', () => {
    expect(manifest.content_scripts).toHaveLength(1);
    const script = manifest.content_scripts![0]!;
    for (const m of script.matches) expect(['<all_urls>', 'http://*/*', 'https://*/*', 'file:///*']).toContain(m);
    expect(script.all_frames ?? false).toBe(false);
    expect(script.match_about_blank ?? false).toBe(false);
    expect((script as { js?: string[] }).js).toEqual(['content-scripts/content.js']);
  });

  test('no loosened content security policy (no eval, no remote code)', () => {
    const csp = JSON.stringify(manifest.content_security_policy ?? '');
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
  });
});
