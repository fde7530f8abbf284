// Hostile pages, part 2: awkward shapes. Huge and deep DOMs, a page that never stops adding nodes, a single-page
// app swapping its article, frames, shadow roots, right-to-left text and figures split across elements. The tab
// must stay responsive, figures get marked once each, and the page's text is never changed.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { askReport } from './content-helpers';
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

// Responsiveness bounds: a round trip into the page (page.evaluate) while the extension works on it. Generous on
// purpose (a loaded CI box); the benchmark reports the real long-task figures. A tab frozen by the scan takes
// seconds, which these catch.
const ROUND_TRIP_MS = 1500;

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

/** Round-trip times into the page, sampled every `every` ms until `until()` says stop. */
async function sampleRoundTrips(page: Page, until: () => Promise<boolean>, every = 50): Promise<number[]> {
  const times: number[] = [];
  while (!(await until())) {
    const t0 = Date.now();
    await page.evaluate(() => 1);
    times.push(Date.now() - t0);
    await new Promise((r) => setTimeout(r, every));
  }
  return times;
}

async function open(path: string, html: string, headers?: Record<string, string>): Promise<Page> {
  server.route(path, html, headers);
  const page = await browser.context.newPage();
  await page.goto(server.url(path), { waitUntil: 'load', timeout: 60_000 });
  return page;
}

test('200,000 text nodes: the figures in it are marked, the tab stays responsive, the text is unchanged', async () => {
  const paragraphs: string[] = [];
  // 40,000 paragraphs of five text nodes each; a figure every 4,000 paragraphs.
  for (let i = 0; i < 40_000; i++) {
    paragraphs.push(
      i % 4000 === 1999
        ? `<p class="fig">${FIGURE_SENTENCE}</p>`
        : `<p>word <span>more</span> text <b>bold</b> end<i>!</i></p>`,
    );
  }
  const page = await open('/hostile/many-nodes.html', pageHtml(`<main>${paragraphs.join('')}</main>`));
  const trouble = recordTrouble(page);
  const counts = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let n = 0;
    while (walker.nextNode()) n++;
    return { textNodes: n, figures: document.querySelectorAll('p.fig').length };
  });
  expect(counts.textNodes).toBeGreaterThanOrEqual(200_000);
  const before = await page.evaluate(() => document.body.textContent);
  let done = false;
  const waiting = waitForPass(page, 'fc:mark', 60_000).then(() => (done = true));
  const trips = await sampleRoundTrips(page, async () => done);
  await waiting;
  const marks = await marksOf(page);
  expect(marks.map((m) => m.text)).toEqual(Array(counts.figures).fill(FIGURE_TEXT));
  expect(await page.evaluate(() => document.querySelectorAll('p.fig fc-mark').length)).toBe(counts.figures);
  expect(await page.evaluate(() => document.body.textContent)).toBe(before);
  expect(Math.max(0, ...trips)).toBeLessThan(ROUND_TRIP_MS);
  expect(trouble.pageErrors).toEqual([]);
  await page.close();
});

test('a 1,000-deep nest: the figure at the bottom is marked, nothing breaks', async () => {
  // Built by script: the HTML parser flattens nesting past 512 levels. (Divs only: Chromium's own renderer crashes
  // on ~600 levels of alternating div/span, with or without the extension.)
  const script = `<script>
    let at = document.getElementById('root');
    for (let i = 0; i < 1000; i++) { const d = document.createElement('div'); at.append(d); at = d; }
    const p = document.createElement('p'); p.id = 'deep'; p.textContent = ${JSON.stringify(FIGURE_SENTENCE)}; at.append(p);
    const q = document.createElement('p'); q.id = 'deep2'; q.append('MiniMax revenue was ');
    let b = q; for (let i = 0; i < 200; i++) { const s = document.createElement('b'); b.append(s); b = s; }
    b.append('540'); q.append(' million yuan in 2025.'); at.append(q);
  </script>`;
  const page = await open('/hostile/deep.html', pageHtml(`<div id="root"></div>${script}`));
  const trouble = recordTrouble(page);
  expect(await page.evaluate(() => {
    let depth = 0;
    for (let n: Node | null = document.getElementById('deep'); n; n = n.parentNode) depth++;
    return depth;
  })).toBeGreaterThan(1000);
  await waitForFigure(page, FIGURE_TEXT);
  await waitForFigure(page, SECOND_TEXT);
  expect(await page.evaluate(() => document.getElementById('deep')!.textContent)).toBe(FIGURE_SENTENCE);
  expect(await page.evaluate(() => document.getElementById('deep2')!.textContent)).toBe(SECOND_SENTENCE);
  expect(trouble.pageErrors).toEqual([]);
  expect(trouble.ourWarnings).toEqual([]);
  await page.close();
});

// A live page: a timestamped line every 5 ms, and a new figure (a distinct amount) in every 20th line.
const STREAM = (stopAfterMs: number) => `<script>
  window.__added = [];
  let i = 0;
  const started = performance.now();
  const timer = setInterval(() => {
    if (performance.now() - started > ${stopAfterMs}) { clearInterval(timer); window.__streamDone = true; return; }
    i++;
    const p = document.createElement('p');
    if (i % 20 === 0) {
      const amount = 100 + i;
      // A revenue figure the sources contradict: marked (a figure with nothing to compare would not be).
      p.textContent = 'MiniMax revenue was ' + amount + ' million yuan in 2025.';
      p.className = 'fig';
      p.dataset.figure = amount + ' million yuan';
      window.__added.push({ at: performance.now(), figure: p.dataset.figure });
    } else {
      p.textContent = '12:' + String(i % 60).padStart(2, '0') + ' live update number ' + i;
    }
    document.getElementById('feed').append(p);
  }, 5);
</script>`;

/** For each figure paragraph: how many marks, joined by id, and their text. */
const streamMarks = (page: Page) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('p.fig')).map((p) => {
      const ids = new Map<string, string>();
      for (const m of Array.from(p.querySelectorAll('fc-mark'))) {
        const id = m.getAttribute('data-fc-id') ?? '';
        ids.set(id, (ids.get(id) ?? '') + (m.textContent ?? ''));
      }
      return { expected: p.dataset.figure ?? '', marks: [...ids.values()], text: p.textContent };
    }),
  );

test('a page adding nodes every few ms: responsive while it runs, then every new figure marked exactly once', async () => {
  const page = await open('/hostile/stream.html', pageHtml(`<article><p>${FIGURE_SENTENCE}</p><div id="feed"></div></article>${STREAM(2000)}`));
  const trouble = recordTrouble(page);
  const trips = await sampleRoundTrips(page, () => page.evaluate(() => !!(window as unknown as { __streamDone?: boolean }).__streamDone));
  expect(Math.max(0, ...trips)).toBeLessThan(ROUND_TRIP_MS);
  await expect
    .poll(async () => (await streamMarks(page)).every((f) => f.marks.length === 1), { timeout: 15_000, interval: 250 })
    .toBe(true);
  await page.waitForTimeout(1500); // later passes must not mark anything twice
  const figures = await streamMarks(page);
  expect(figures.length).toBeGreaterThan(10);
  for (const f of figures) {
    expect(f.marks).toEqual([f.expected]);
    expect(f.text).toBe(`MiniMax revenue was ${f.expected} in 2025.`);
  }
  expect(await page.locator('fc-mark fc-mark').count()).toBe(0);
  expect(trouble.pageErrors).toEqual([]);
  await page.close();
});

test('a page that keeps changing for seconds still gets its new figures marked while it changes', async () => {
  // A live blog or ticker never goes quiet: waiting for a quiet period alone would never re-scan it.
  const page = await open('/hostile/stream-long.html', pageHtml(`<article><p>${FIGURE_SENTENCE}</p><div id="feed"></div></article>${STREAM(6000)}`));
  await waitForFigure(page, FIGURE_TEXT);
  await page.waitForFunction(() => (window as unknown as { __added: unknown[] }).__added.length > 0);
  // Well before the stream ends (at 6 s), the figures added in its first second are marked.
  await page.waitForTimeout(3500);
  const state = await page.evaluate(() => ({
    done: !!(window as unknown as { __streamDone?: boolean }).__streamDone,
    early: (window as unknown as { __added: { at: number; figure: string }[] }).__added.filter((a) => a.at < 1000).map((a) => a.figure),
    marked: Array.from(document.querySelectorAll('#feed fc-mark')).map((m) => m.textContent ?? ''),
  }));
  expect(state.done).toBe(false);
  expect(state.early.length).toBeGreaterThan(0);
  expect(state.marked).toEqual(expect.arrayContaining(state.early));
  await page.close();
});

test('a single-page app swapping its article: old marks and report entries go, the new article is marked', async () => {
  const A = `<p id="a1">${FIGURE_SENTENCE}</p>`;
  const B = `<p id="b1">${SECOND_SENTENCE}</p><p id="b2">MiniMax R&amp;D spending was 253 million dollars in 2025.</p>`;
  const page = await open('/hostile/spa/one', pageHtml(`<nav>menu</nav><main id="app">${A}</main>`));
  await waitForFigure(page, FIGURE_TEXT);
  const swap = (html: string, to: string) =>
    page.evaluate(
      ([h, url]) => {
        history.pushState({}, '', url);
        document.getElementById('app')!.innerHTML = h;
      },
      [html, to] as const,
    );
  await swap(B, '/hostile/spa/two');
  await waitForFigure(page, SECOND_TEXT);
  await waitForFigure(page, '253 million dollars');
  expect((await marksOf(page)).map((m) => m.text)).toEqual([SECOND_TEXT, '253 million dollars']);
  const two = await askReport(browser.serviceWorker, server.url('/hostile/spa/two'));
  expect(two?.figures.map((f) => f.text)).toEqual([SECOND_TEXT, '253 million dollars']);

  await swap(A, '/hostile/spa/three');
  await waitForFigure(page, FIGURE_TEXT);
  await expect.poll(async () => (await marksOf(page)).map((m) => m.text)).toEqual([FIGURE_TEXT]);
  const three = await askReport(browser.serviceWorker, server.url('/hostile/spa/three'));
  expect(three?.figures.map((f) => f.text)).toEqual([FIGURE_TEXT]);
  // Nothing kept for the marks that went: every screen-reader description is one a live mark points to (marks with
  // the same description share one), and there are no more of them than figures.
  const kept = await page.evaluate(() => {
    const used = new Set(Array.from(document.querySelectorAll('fc-mark[aria-describedby]')).map((m) => m.getAttribute('aria-describedby')));
    const ids = Array.from(document.querySelectorAll('fc-descriptions > *')).map((d) => d.id);
    return {
      descriptions: ids.length,
      orphans: ids.filter((id) => !used.has(id)).length,
      figures: new Set(Array.from(document.querySelectorAll('fc-mark')).map((m) => m.getAttribute('data-fc-id'))).size,
    };
  });
  expect(kept.orphans).toBe(0);
  expect(kept.descriptions).toBeGreaterThan(0);
  expect(kept.descriptions).toBeLessThanOrEqual(kept.figures);
  await page.close();
});

test('same-origin iframes: the top page is marked, frames are left alone (content script is top-frame only)', async () => {
  server.route('/hostile/frame-inner.html', pageHtml(`<p id="inner">${SECOND_SENTENCE}</p>`));
  const page = await open(
    '/hostile/frames.html',
    pageHtml(
      `<p id="top">${FIGURE_SENTENCE}</p>
       <iframe id="f1" src="/hostile/frame-inner.html"></iframe>
       <iframe id="f2" srcdoc="<p id='inner2'>${SECOND_SENTENCE}</p>"></iframe>`,
    ),
  );
  const trouble = recordTrouble(page);
  await waitForFigure(page, FIGURE_TEXT);
  await page.waitForTimeout(500);
  for (const frame of page.frames().slice(1)) {
    const state = await frame.evaluate(() => ({ marks: document.querySelectorAll('fc-mark').length, html: document.body.innerHTML }));
    expect(state.marks).toBe(0);
    expect(state.html).toMatch(/^<p id="inner2?">MiniMax revenue was 540 million yuan in 2025\.<\/p>$/);
  }
  expect(page.frames().length).toBe(3);
  expect((await marksOf(page)).map((m) => m.text)).toEqual([FIGURE_TEXT]);
  expect(trouble.pageErrors).toEqual([]);
  await page.close();
});

test('open shadow roots: slotted light-DOM figures are marked, text inside the shadow tree is left unchanged', async () => {
  const script = `<script>
    customElements.define('x-card', class extends HTMLElement {
      constructor() {
        super();
        const root = this.attachShadow({ mode: 'open' });
        root.innerHTML = '<h3>Inside</h3><p id="shadow-p">Zhipu revenue was 724 million yuan in 2024.</p><slot></slot>';
      }
    });
  </script>`;
  const page = await open('/hostile/shadow.html', pageHtml(`${script}<x-card><p id="slotted">${SECOND_SENTENCE}</p></x-card>`));
  const trouble = recordTrouble(page);
  await waitForFigure(page, SECOND_TEXT);
  const state = await page.evaluate(() => {
    const root = document.querySelector('x-card')!.shadowRoot!;
    return { shadowHtml: root.innerHTML, slotted: document.getElementById('slotted')!.textContent };
  });
  expect(state.shadowHtml).toBe('<h3>Inside</h3><p id="shadow-p">Zhipu revenue was 724 million yuan in 2024.</p><slot></slot>');
  expect(state.slotted).toBe(SECOND_SENTENCE);
  expect(trouble.pageErrors).toEqual([]);
  await page.close();
});

test('right-to-left pages: figures in an English sentence inside RTL text are marked; text and direction unchanged', async () => {
  const body = `<p id="rtl" dir="rtl">قالت الشركة إن ${FIGURE_SENTENCE} وهذا رقم كبير.</p>
    <p id="he" dir="rtl" lang="he">החברה אמרה: ${SECOND_SENTENCE}</p>`;
  const page = await open('/hostile/rtl.html', pageHtml(body, '', 'lang="ar" dir="rtl"'));
  const trouble = recordTrouble(page);
  const before = await page.evaluate(() => ({
    text: document.body.innerText,
    width: document.getElementById('rtl')!.getBoundingClientRect().width,
    height: document.getElementById('rtl')!.getBoundingClientRect().height,
  }));
  await waitForFigure(page, FIGURE_TEXT);
  await waitForFigure(page, SECOND_TEXT);
  const after = await page.evaluate(() => {
    const m = document.querySelector('#rtl fc-mark')!;
    return {
      text: document.body.innerText,
      width: document.getElementById('rtl')!.getBoundingClientRect().width,
      height: document.getElementById('rtl')!.getBoundingClientRect().height,
      markDir: m.getAttribute('dir'),
      bidi: getComputedStyle(m).unicodeBidi,
      dir: document.documentElement.dir,
    };
  });
  expect(after.text).toBe(before.text);
  expect([after.width, after.height]).toEqual([before.width, before.height]);
  expect(after.markDir).toBeNull();
  expect(after.bidi).toBe('normal');
  expect(after.dir).toBe('rtl');
  expect(trouble.pageErrors).toEqual([]);
  await page.close();
});

test('figures split across elements are marked as one figure in pieces, and the text reads the same', async () => {
  const body = `
    <p id="s1">Zhipu revenue was <b>724</b> million yuan in 2024.</p>
    <p id="s2">MiniMax revenue was <a href="#x"><span>5</span><span>40</span></a> <i>million</i> yuan in 2025.</p>
    <p id="s3">智谱2024年营收为<strong>3.12</strong>亿元。</p>`;
  const page = await open('/hostile/split.html', pageHtml(body));
  const before = await page.evaluate(() => ['s1', 's2', 's3'].map((id) => document.getElementById(id)!.innerText));
  await waitForFigure(page, FIGURE_TEXT);
  await waitForFigure(page, SECOND_TEXT);
  await waitForFigure(page, '3.12亿元');
  const pieces = await page.evaluate(() =>
    ['s1', 's2', 's3'].map((id) => {
      const marks = Array.from(document.querySelectorAll(`#${id} fc-mark`));
      return {
        ids: new Set(marks.map((m) => m.getAttribute('data-fc-id'))).size,
        parts: marks.map((m) => m.getAttribute('data-fc-part')),
        text: marks.map((m) => m.textContent).join(''),
      };
    }),
  );
  expect(pieces).toEqual([
    { ids: 1, parts: ['0', '1'], text: FIGURE_TEXT },
    { ids: 1, parts: ['0', '1', '2', '3', '4'], text: SECOND_TEXT },
    { ids: 1, parts: ['0', '1'], text: '3.12亿元' },
  ]);
  expect(await page.evaluate(() => ['s1', 's2', 's3'].map((id) => document.getElementById(id)!.innerText))).toEqual(before);
  await page.close();
});
