/** @vitest-environment happy-dom */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { CheckedFigure, Report, Verdict } from '../../src/core/types';
import { startFigureCheck, type FigureCheck } from '../../src/page/figure-check';
import { MarkIndex } from '../../src/page/mark-index';
import { scanPage } from '../../src/page/scan-page';
import { claim, figureAt } from './make-figure';

// A stand-in for the core: every "<number> million yuan" / "<number>%" is a figure about Zhipu; verdicts come
// from this table by figure text, so tests state what the core would have said.
const VERDICT_BY_TEXT: Record<string, Verdict> = {
  '7 billion yuan': 'conflict',
  '724 million yuan': 'consistent',
  '131.9%': 'rounding',
  '12 months': 'unchecked',
};
const FIGURE_RE = /\d[\d.,]*(?: (?:million|billion) yuan|%| months)/g;
function fakeAnalyze(text: string): Promise<Report> {
  const figures: CheckedFigure[] = [];
  for (const m of text.matchAll(FIGURE_RE)) {
    figures.push(figureAt(text, m[0], { verdict: VERDICT_BY_TEXT[m[0]] ?? 'unverified', claims: [claim()] }, m.index));
  }
  return Promise.resolve({ pageSource: null, figures });
}

const ARTICLE = `
  <h1>Zhipu results</h1>
  <p>Zhipu said revenue was 7 billion yuan. Filings show 724 million yuan, up 131.9% over 12 months.</p>
  <textarea>Zhipu revenue 7 billion yuan</textarea>
  <div contenteditable="true">Zhipu revenue 7 billion yuan</div>
  <pre><code>revenue = "7 billion yuan"</code></pre>
  <p hidden>Zhipu revenue 7 billion yuan</p>`;

beforeEach(() => {
  document.body.innerHTML = ARTICLE;
});

describe('scanPage', () => {
  test('marks figures with their verdicts, skips unchecked ones and excluded regions', async () => {
    const index = new MarkIndex();
    const outcome = await scanPage(document, { index, contexts: new Map(), analyze: fakeAnalyze }, new AbortController().signal);
    expect(outcome.analysed).toBe(true);
    const marks = [...document.querySelectorAll('fc-mark')];
    expect(marks.map((m) => [m.textContent, m.getAttribute('data-fc-verdict')])).toEqual([
      ['7 billion yuan', 'conflict'],
      ['724 million yuan', 'consistent'],
      ['131.9%', 'rounding'],
    ]);
    expect(document.querySelector('textarea fc-mark, [contenteditable] fc-mark, pre fc-mark, [hidden] fc-mark')).toBeNull();
    expect(marks[0]!.getAttribute('tabindex')).toBe('0');
    const desc = document.getElementById(marks[0]!.getAttribute('aria-describedby')!);
    expect(desc?.textContent).toContain('Conflicts with other sources');
    expect(document.body.contains(desc)).toBe(false);
  });

  test('by default a figure with nothing to compare gets no mark but is counted; "mark every figure" marks it', async () => {
    document.body.innerHTML = '<p>Zhipu said revenue was 7 billion yuan, and 55 million yuan of other costs.</p>';
    const quiet = await scanPage(document, { index: new MarkIndex(), contexts: new Map(), analyze: fakeAnalyze }, new AbortController().signal);
    expect([...document.querySelectorAll('fc-mark')].map((m) => m.textContent)).toEqual(['7 billion yuan']);
    expect(quiet.quiet).toBe(1);
    document.body.innerHTML = '<p>Zhipu said revenue was 7 billion yuan, and 55 million yuan of other costs.</p>';
    const all = await scanPage(
      document,
      { index: new MarkIndex(), contexts: new Map(), analyze: fakeAnalyze, markAll: true },
      new AbortController().signal,
    );
    expect([...document.querySelectorAll('fc-mark')].map((m) => [m.textContent, m.getAttribute('data-fc-verdict')])).toEqual([
      ['7 billion yuan', 'conflict'],
      ['55 million yuan', 'unverified'],
    ]);
    expect(all.quiet).toBe(0);
  });

  test('only warnings are tab stops; the other marks are focusable from script only', async () => {
    await scanPage(document, { index: new MarkIndex(), contexts: new Map(), analyze: fakeAnalyze }, new AbortController().signal);
    const tabindex = [...document.querySelectorAll('fc-mark')].map((m) => [m.getAttribute('data-fc-verdict'), m.getAttribute('tabindex')]);
    expect(tabindex).toEqual([
      ['conflict', '0'],
      ['consistent', '-1'],
      ['rounding', '-1'],
    ]);
  });

  test('at the "rounding" sensitivity a rounding gap is a tab stop too', async () => {
    const flagged = new Set(['conflict', 'magnitude', 'currency', 'arithmetic', 'page-conflict', 'rounding'] as const);
    await scanPage(document, { index: new MarkIndex(), contexts: new Map(), analyze: fakeAnalyze, flagged }, new AbortController().signal);
    expect(document.querySelector('fc-mark[data-fc-verdict="rounding"]')!.getAttribute('tabindex')).toBe('0');
  });

  test('a second pass marks nothing twice', async () => {
    const state = { index: new MarkIndex(), contexts: new Map(), analyze: fakeAnalyze };
    const signal = new AbortController().signal;
    await scanPage(document, state, signal);
    const html = document.body.innerHTML;
    const again = await scanPage(document, state, signal);
    expect(again.added).toBe(0);
    expect(document.body.innerHTML).toBe(html);
    expect(state.index.size).toBe(3);
  });

  test('the cheap gate stops before analysis on a page with no figures', async () => {
    document.body.innerHTML = '<p>Nothing numeric about Zhipu here.</p>';
    const analyze = vi.fn(fakeAnalyze);
    const outcome = await scanPage(document, { index: new MarkIndex(), contexts: new Map(), analyze }, new AbortController().signal);
    expect(outcome.analysed).toBe(false);
    expect(analyze).not.toHaveBeenCalled();
  });

  test('a page change during analysis: stale figures are left for the next pass', async () => {
    const analyze = async (text: string) => {
      const result = await fakeAnalyze(text);
      document.querySelector('p')!.firstChild!.textContent = 'Rewritten by the page: 5% and more text here';
      return result;
    };
    await scanPage(document, { index: new MarkIndex(), contexts: new Map(), analyze }, new AbortController().signal);
    expect(document.querySelectorAll('fc-mark')).toHaveLength(0);
  });

  // A long page: some figures split over two elements (<b>724</b> million yuan), many on one line.
  const LONG = Array.from(
    { length: 400 },
    (_, i) => `<p>Zhipu said revenue was <b>${i + 1}</b> million yuan, then 7 billion yuan, up 131.9%.</p>`,
  ).join('');
  const marked = () =>
    [...document.querySelectorAll('fc-mark')].map((m) => [m.getAttribute('data-fc-id'), m.getAttribute('data-fc-part'), m.textContent]);

  test('a long page is marked over several write tasks, every figure once and whole, its description its own', async () => {
    document.body.innerHTML = LONG;
    const index = new MarkIndex();
    let writes = 0;
    // With "mark every figure read": the "N million yuan" figures have nothing to compare.
    const state = { index, contexts: new Map(), analyze: fakeAnalyze, markAll: true, write: (apply: () => void) => void (writes++, apply()) };
    const outcome = await scanPage(document, state, new AbortController().signal);
    expect(outcome.added).toBe(1200);
    expect(writes).toBeGreaterThan(1);
    expect(index.ordered(document).map((e) => e.figure.text)).toEqual(
      Array.from({ length: 400 }, (_, i) => [`${i + 1} million yuan`, '7 billion yuan', '131.9%']).flat(),
    );
    for (const entry of index.list()) {
      expect(entry.marks.map((m) => m.textContent).join('')).toBe(entry.figure.text);
      expect(document.getElementById(entry.marks[0]!.getAttribute('aria-describedby')!)?.textContent).toContain(entry.figure.explanation);
    }
    // One hidden description per distinct text, not one per mark.
    expect(document.querySelectorAll('fc-descriptions > *').length).toBeLessThan(10);
    expect(state.contexts.size).toBe(1200);
  });

  test('an abort between write tasks leaves only whole figures marked, each in the index', async () => {
    document.body.innerHTML = LONG;
    const index = new MarkIndex();
    const controller = new AbortController();
    const state = { index, contexts: new Map(), analyze: fakeAnalyze, write: (apply: () => void) => (apply(), controller.abort()) };
    await scanPage(document, state, controller.signal);
    const marks = marked();
    expect(marks.length).toBeGreaterThan(0);
    expect(index.size).toBeLessThan(1200);
    for (const [id] of marks) expect(index.get(id)).toBeDefined();
    for (const entry of index.list()) expect(entry.marks.map((m) => m.textContent).join('')).toBe(entry.figure.text);
    // Marks go from the end of the page backwards: what is marked is a run at the end.
    expect(index.ordered(document).at(-1)?.figure.text).toBe('131.9%');
  });
});

describe('startFigureCheck', () => {
  let controller: AbortController;
  let check: FigureCheck;
  const reports: unknown[] = [];
  const flagged = new Set<Verdict>(['conflict', 'rounding']);

  beforeEach(() => {
    controller = new AbortController();
    reports.length = 0;
    check = startFigureCheck(
      document,
      {
        analyze: fakeAnalyze,
        lookupSource: () => undefined,
        loadState: async () => ({ enabled: true, flagged }),
        onTally: (t) => reports.push(t),
        debounceMs: 20,
        log: () => {},
      },
      controller.signal,
    );
  });
  afterEach(() => controller.abort());

  test('scans, reports, and removes everything when the signal aborts', async () => {
    const before = document.body.innerHTML;
    await check.rescan();
    expect(document.querySelectorAll('fc-mark')).toHaveLength(3);
    const report = check.report();
    expect(report.figures.map((f) => [f.index, f.text, f.verdict])).toEqual([
      [0, '7 billion yuan', 'conflict'],
      [1, '724 million yuan', 'consistent'],
      [2, '131.9%', 'rounding'],
    ]);
    expect(report.figures[0]!.context).toContain('Zhipu said revenue was 7 billion yuan.');
    // The popup's card for the figure: the popover's sentence and the sources' values (no database lookup here: the id).
    expect(report.figures[0]!.sources).toEqual([{ name: 'nbd-zhipu-api', value: '724 million yuan', verdict: 'conflict' }]);
    expect(report.figures[0]!.sentence).toMatch(/^This page gives .*; nbd-zhipu-api gives 724 million yuan/);
    expect(reports).toEqual([{ url: location.href, enabled: true, verdicts: { conflict: 1, consistent: 1, rounding: 1 } }]);
    controller.abort();
    expect(document.querySelectorAll('fc-mark')).toHaveLength(0);
    expect(document.getElementById('fc-mark-style')).toBeNull();
    expect(document.body.innerHTML).toBe(before);
  });

  test('a late paragraph is marked after the quiet period', async () => {
    await check.rescan();
    const p = document.createElement('p');
    p.textContent = 'Later: Zhipu revenue 7 billion yuan again.';
    document.body.append(p);
    await vi.waitFor(() => expect(p.querySelector('fc-mark')?.textContent).toBe('7 billion yuan'), { timeout: 2000 });
    expect(document.querySelectorAll('fc-mark')).toHaveLength(4);
  });

  test('a live figure: when the page rewrites the text inside a mark, it is read afresh', async () => {
    await check.rescan();
    const mark = [...document.querySelectorAll('fc-mark')].find((m) => m.textContent === '724 million yuan')!;
    mark.firstChild!.textContent = '7 billion yuan';
    await vi.waitFor(
      () => {
        const now = [...document.querySelectorAll('fc-mark')].map((m) => [m.textContent, m.getAttribute('data-fc-verdict')]);
        expect(now).toEqual([
          ['7 billion yuan', 'conflict'],
          ['7 billion yuan', 'conflict'],
          ['131.9%', 'rounding'],
        ]);
      },
      { timeout: 3000 },
    );
    expect(document.querySelector('fc-mark fc-mark')).toBeNull();
  });

  test('our own writes (marks, stylesheet, popover) never trigger another pass', async () => {
    controller.abort();
    const again = new AbortController();
    const analyze = vi.fn(fakeAnalyze);
    const quiet = startFigureCheck(
      document,
      { analyze, lookupSource: () => undefined, loadState: async () => ({ enabled: true, flagged }), debounceMs: 10, minIntervalMs: 0, log: () => {} },
      again.signal,
    );
    await quiet.rescan();
    quiet.step('next');
    await new Promise((r) => setTimeout(r, 200));
    expect(analyze).toHaveBeenCalledTimes(1);
    again.abort();
  });

  test('marks the page removes are dropped from the report', async () => {
    await check.rescan();
    document.querySelector('p')!.remove();
    await check.rescan();
    expect(check.report().figures).toHaveLength(0);
  });

  test('Alt+Shift+N / P move focus between flagged marks only, and open the popover', async () => {
    await check.rescan();
    const press = (key: string) =>
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key, code: `Key${key}`, altKey: true, shiftKey: true, bubbles: true }));
    press('N');
    expect(document.activeElement?.textContent).toBe('7 billion yuan');
    const host = document.querySelector('fc-popover-host')!;
    expect(host.shadowRoot!.querySelector('.fc-title')!.textContent).toBe('“7 billion yuan”');
    press('N');
    expect(document.activeElement?.textContent).toBe('131.9%'); // 724 million yuan is consistent: skipped
    press('N');
    expect(document.activeElement?.textContent).toBe('7 billion yuan'); // wraps
    press('P');
    expect(document.activeElement?.textContent).toBe('131.9%');
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(host.shadowRoot!.querySelector<HTMLElement>('.fc-card')!.hidden).toBe(true);
  });

  test('the shortcut does nothing while typing in a text field', async () => {
    await check.rescan();
    const area = document.querySelector('textarea')!;
    area.focus();
    area.dispatchEvent(new KeyboardEvent('keydown', { key: 'N', code: 'KeyN', altKey: true, shiftKey: true, bubbles: true }));
    expect(document.activeElement).toBe(area);
  });

  test('switching the site off: the next rescan removes the marks and reports disabled', async () => {
    controller.abort();
    let enabled = true;
    const again = new AbortController();
    const toggled = startFigureCheck(
      document,
      { analyze: fakeAnalyze, lookupSource: () => undefined, loadState: async () => ({ enabled, flagged }), log: () => {} },
      again.signal,
    );
    await toggled.rescan();
    expect(document.querySelectorAll('fc-mark')).toHaveLength(3);
    enabled = false;
    await toggled.rescan();
    expect(document.querySelectorAll('fc-mark')).toHaveLength(0);
    expect(toggled.report()).toMatchObject({ enabled: false, figures: [] });
    again.abort();
  });

  test('"mark every figure read": switched on, the quiet figures get marks; switched off, they go and are counted', async () => {
    controller.abort();
    document.body.innerHTML = '<p>Zhipu said revenue was 7 billion yuan, and 55 million yuan of other costs.</p>';
    let markAll = true;
    const again = new AbortController();
    const tallies: unknown[] = [];
    const toggled = startFigureCheck(
      document,
      { analyze: fakeAnalyze, lookupSource: () => undefined, loadState: async () => ({ enabled: true, flagged, markAll }), onTally: (t) => tallies.push(t), log: () => {} },
      again.signal,
    );
    await toggled.rescan();
    expect([...document.querySelectorAll('fc-mark')].map((m) => m.textContent)).toEqual(['7 billion yuan', '55 million yuan']);
    markAll = false;
    await toggled.rescan();
    expect([...document.querySelectorAll('fc-mark')].map((m) => m.textContent)).toEqual(['7 billion yuan']);
    expect(toggled.report().unmarked).toBe(1);
    expect(tallies.at(-1)).toMatchObject({ verdicts: { conflict: 1, unverified: 1 } });
    again.abort();
  });
});
