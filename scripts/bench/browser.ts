// The content script in real Chromium with the built extension (FC_OUT_DIR, default .output): time from the page
// being ready to all marks placed on large generated article pages, the longest main-thread task while scanning,
// the cost on a page with nothing to check, the content script's size, and the page's memory with and without the
// extension. Not a test: it prints figures against the targets, nothing passes or fails.
//
// "All marks placed" is read from the content script's own timeline entries: every pass that gets past the cheap
// gate ends with a `fc:mark` performance.measure (src/page/scan-page.ts), visible from the page's main world. The
// content script is two parts: the tiny gate (content-scripts/content.js, src/page/gate.ts) runs on every page and
// emits `fc:read-and-gate`; only when that passes does it import the main part (content-main.js), timed as
// `fc:load-main`, whose passes emit `fc:read-and-gate`, `fc:analyse` and `fc:mark`. A page with nothing to check
// only emits the gate's `fc:read-and-gate`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CDPSession, Page } from 'playwright-core';
import { CHROME_EXTENSION, launchChromium, ROOT, serveFixtures, type ExtensionBrowser, type FixtureServer } from '../../tests/browser/harness';
import { corpusOfSize } from './corpus';

export interface BrowserBenchOptions {
  /** Article page sizes in MB (of text). */
  sizesMb: number[];
  /**
   * How the article is marked up: `article` (<main><article>, the main-content choice's cheap path) or `divs`
   * (the same text in unnamed <div>s beside a sidebar, found by scoring).
   */
  markup?: 'article' | 'divs';
  /** Runs of the empty page, each with and without the extension (medians are reported). */
  emptyRuns: number;
}

const LONG_TASK_TARGET_MS = 50;
const EMPTY_TARGET_MS = 2;
const MARKS_TIMEOUT_MS = 180_000;

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A news-like page: the corpus split into <p> paragraphs, with an <h2> every dozen paragraphs. */
export function articlePage(bytes: number, markup: 'article' | 'divs' = 'article'): string {
  const paragraphs = corpusOfSize(bytes)
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => p && !/^(URL|TITLE|DATE|LANG):/.test(p) && p !== '---');
  const body: string[] = [];
  paragraphs.forEach((p, i) => {
    if (i % 12 === 0) body.push(`<h2>Section ${i / 12 + 1}</h2>`);
    body.push(`<p>${escapeHtml(p)}</p>`);
  });
  if (markup === 'divs') {
    const sidebar = '<div class="sidebar"><p>Most read: Baidu revenue up 12% in the quarter, analysts said.</p></div>';
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench article</title></head><body><div id="page"><div class="col"><h1>Bench article</h1>\n${body.join('\n')}\n</div>${sidebar}</div></body></html>`;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench article</title></head><body><main><article><h1>Bench article</h1>\n${body.join('\n')}\n</article></main></body></html>`;
}

// Ordinary prose with no digits and no company or metric word: the content script's cheap gate must stop here.
const PLAIN = [
  'The garden was quiet in the early morning, and the light came slowly over the hedge.',
  'She walked along the path between the beds of lavender and thyme, stopping now and then to listen.',
  'A blackbird sang from the old pear tree, and somewhere beyond the wall a dog barked twice and fell silent.',
  'Later the neighbours came over with a basket of plums and a jar of honey from their own hives.',
  'They sat under the awning and talked about the weather, the roses, and the long walk over the hill.',
];

export function plainPage(paragraphs = 120): string {
  const body = Array.from({ length: paragraphs }, (_, i) => `<p>${PLAIN[i % PLAIN.length]} ${PLAIN[(i + 2) % PLAIN.length]}</p>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A quiet page</title></head><body><main><h1>A quiet morning</h1>\n${body.join('\n')}\n</main></body></html>`;
}

/** Registered before any page script and before the content script: long tasks and our measures, buffered. */
export function observeTimeline(): void {
  const w = window as unknown as { __fcBench: { longtasks: [number, number][]; measures: [string, number, number][] } };
  w.__fcBench = { longtasks: [], measures: [] };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__fcBench.longtasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name.startsWith('fc:')) w.__fcBench.measures.push([e.name, e.startTime, e.duration]);
    }).observe({ type: 'measure', buffered: true });
  } catch {
    // no PerformanceObserver: the bench reports what it can
  }
}

interface Timeline {
  longtasks: [number, number][];
  measures: [string, number, number][];
  dclEnd: number;
  loadEnd: number;
  marks: number;
}

const readTimeline = (page: Page): Promise<Timeline> =>
  page.evaluate(() => {
    const w = window as unknown as { __fcBench: { longtasks: [number, number][]; measures: [string, number, number][] } };
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return {
      ...w.__fcBench,
      dclEnd: nav?.domContentLoadedEventEnd ?? 0,
      loadEnd: nav?.loadEventEnd ?? 0,
      marks: document.querySelectorAll('fc-mark[data-fc-verdict]').length,
    };
  });

async function metrics(session: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = (await session.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

type Measure = [string, number, number];

/** The gate's measures (before the main part loads), the load itself, and the main part's. */
function splitMeasures(measures: Measure[]): { gate: Measure | undefined; load: Measure | undefined; main: Measure[] } {
  const load = measures.find((m) => m[0] === 'fc:load-main');
  const gate = measures.find((m) => m[0] === 'fc:read-and-gate');
  const main = load ? measures.filter((m) => m[1] >= load[1] + load[2] && m[0] !== 'fc:gate-changes') : [];
  return { gate, load, main };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const ms = (x: number) => `${x.toFixed(1)} ms`;
const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;
const verdict = (ok: boolean) => (ok ? 'meets target' : 'OVER target');

interface ArticleRun {
  timeline: Timeline;
  heapUsed: number;
  nodes: number;
}

/** Load the page, wait for the first pass to place its marks (and the count to settle), then read the figures. */
async function runArticle(browser: ExtensionBrowser, url: string, withExtension: boolean, timeout = MARKS_TIMEOUT_MS): Promise<ArticleRun> {
  const page = await browser.context.newPage();
  await page.addInitScript(observeTimeline);
  const session = await browser.context.newCDPSession(page);
  await session.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load', timeout: MARKS_TIMEOUT_MS });
  if (withExtension) {
    // No pass to wait for when the build emits no `fc:mark` (the caller reports the pass as incomplete).
    await page
      .waitForFunction(
        () => (window as unknown as { __fcBench: { measures: [string][] } }).__fcBench.measures.some((m) => m[0] === 'fc:mark'),
        undefined,
        { timeout, polling: 100 },
      )
      .catch(() => undefined);
  }
  // Let trailing work (style and layout of the new marks, a possible second pass) finish: the count must hold still.
  let last = -1;
  for (let quiet = 0; quiet < 5; ) {
    await page.waitForTimeout(200);
    const count = await page.evaluate(() => document.querySelectorAll('fc-mark').length);
    quiet = count === last ? quiet + 1 : 0;
    last = count;
  }
  const timeline = await readTimeline(page);
  await session.send('HeapProfiler.collectGarbage');
  const m = await metrics(session);
  await session.detach();
  await page.close();
  return { timeline, heapUsed: m.JSHeapUsedSize ?? NaN, nodes: m.Nodes ?? NaN };
}

function describeArticle(sizeMb: number, htmlBytes: number, withExt: ArticleRun, without: ArticleRun, options: BrowserBenchOptions): string {
  const t = withExt.timeline;
  const { gate: gatePart, load, main } = splitMeasures(t.measures);
  const first = (name: string) => main.find((m) => m[0] === name);
  const gate = first('fc:read-and-gate');
  const analyse = first('fc:analyse');
  const mark = first('fc:mark');
  const mainContent = first('fc:main-content');
  const passes = main.filter((m) => m[0] === 'fc:read-and-gate').length;
  const lines = [`browser, ${sizeMb} MB article page (${mb(htmlBytes)} of HTML, ${t.marks} marks placed, ${passes} pass(es)):`];
  if (!gate || !analyse || !mark || !gatePart || !load) {
    lines.push(`  the content script did not complete a pass (measures seen: ${t.measures.map((m) => m[0]).join(', ') || 'none'})`);
    return lines.join('\n');
  }
  const scanStart = gatePart[1];
  const marksEnd = mark[1] + mark[2];
  lines.push(
    `  DOMContentLoaded end → all marks placed   ${ms(marksEnd - t.dclEnd)}  (${
      marksEnd >= t.loadEnd ? `load event end → marks: ${ms(marksEnd - t.loadEnd)}` : 'the scan ran before the load event, which waited for it'
    })`,
    `    wait before the gate (document_idle)           ${ms(scanStart - t.dclEnd)}`,
    `    gate (its fc:read-and-gate)                    ${ms(gatePart[2])}`,
    `    load the main part (fc:load-main)              ${ms(load[2])}`,
    `    wait before the scan (storage)                 ${ms(gate[1] - (load[1] + load[2]))}`,
    `    read text + gate (fc:read-and-gate)            ${ms(gate[2])}`,
    `      of which: find the main content (fc:main-content, ${options.markup ?? 'article'} markup) ${mainContent ? ms(mainContent[2]) : 'not measured'}`,
    `    analyse (fc:analyse, chunked)                  ${ms(analyse[2])}`,
    `    write marks (fc:mark, batched)                 ${ms(mark[2])}`,
  );
  // Long tasks from the start of the scan until a second after the last mark (style/layout of the marks included).
  const inScan = (lt: [number, number][], from: number, to: number) =>
    lt.filter(([start, dur]) => start + dur >= from && start <= to + 1000);
  const scanTasks = inScan(t.longtasks, scanStart, marksEnd);
  const longest = scanTasks.reduce((a, [, d]) => Math.max(a, d), 0);
  const top = [...scanTasks].sort((a, b) => b[1] - a[1]).slice(0, 5);
  const phaseOf = ([start]: [number, number]) =>
    start < scanStart ? 'before scan' : start < gate[1] ? 'load main part' : start < analyse[1] ? 'read+gate' : start < mark[1] ? 'analyse' : start <= marksEnd ? 'marks' : 'after marks';
  lines.push(
    `  longest main-thread task during the scan   ${ms(longest)}  (${scanTasks.length} task(s) over 50 ms; target ≤ ${LONG_TASK_TARGET_MS} ms: ${verdict(longest <= LONG_TASK_TARGET_MS)})`,
  );
  if (top.length) lines.push(`    longest: ${top.map((x) => `${ms(x[1])} @${phaseOf(x)}`).join(', ')}`);
  const before = t.longtasks.filter(([start, d]) => start + d > t.dclEnd && start < scanStart).reduce((a, [, d]) => Math.max(a, d), 0);
  const baseline = without.timeline.longtasks.filter(([start, d]) => start + d > without.timeline.dclEnd).reduce((a, [, d]) => Math.max(a, d), 0);
  lines.push(
    `    between DOMContentLoaded and the scan (content script start-up): longest task ${ms(before)}; ` +
      `without the extension, longest task after DOMContentLoaded ${ms(baseline)}`,
    `  page JS heap after GC       ${mb(withExt.heapUsed)} with the extension, ${mb(without.heapUsed)} without (+${mb(withExt.heapUsed - without.heapUsed)})`,
    `  DOM nodes                   ${withExt.nodes} with, ${without.nodes} without (+${withExt.nodes - without.nodes}; ${(
      (withExt.nodes - without.nodes) / Math.max(1, t.marks)
    ).toFixed(1)} per mark)`,
  );
  return lines.join('\n');
}

/** One load of the plain page: ScriptDuration and TaskDuration of the renderer, and the gate's own measure. */
async function runPlain(browser: ExtensionBrowser, url: string, withExtension: boolean) {
  const page = await browser.context.newPage();
  await page.addInitScript(observeTimeline);
  const session = await browser.context.newCDPSession(page);
  await session.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  if (withExtension) {
    await page.waitForFunction(
      () => (window as unknown as { __fcBench: { measures: [string][] } }).__fcBench.measures.some((m) => m[0] === 'fc:read-and-gate'),
      undefined,
      { timeout: 15_000, polling: 50 },
    );
  }
  await page.waitForTimeout(300);
  const m = await metrics(session);
  const timeline = await readTimeline(page);
  await session.detach();
  await page.close();
  const gate = timeline.measures.find((x) => x[0] === 'fc:read-and-gate');
  const longest = timeline.longtasks.filter(([st, d]) => st + d > timeline.dclEnd).reduce((a, [, d]) => Math.max(a, d), 0);
  return {
    longest,
    scriptMs: (m.ScriptDuration ?? NaN) * 1000,
    taskMs: (m.TaskDuration ?? NaN) * 1000,
    gateMs: gate ? gate[2] : NaN,
    passes: timeline.measures.filter((x) => x[0] === 'fc:read-and-gate').length,
    loadedMain: timeline.measures.some((x) => x[0] === 'fc:load-main'),
    analysed: timeline.measures.some((x) => x[0] === 'fc:analyse'),
    marks: timeline.marks,
  };
}

interface ScriptTrace {
  evaluateMs: number;
  callsMs: number;
  compileMs: number;
  /** Extension script URLs seen in the trace (file names). */
  scripts: string[];
}

/** Script time attributed to the extension's own scripts in a Chromium trace (compile, evaluate, callbacks). */
async function traceExtensionScript(browser: ExtensionBrowser, url: string): Promise<ScriptTrace> {
  const page = await browser.context.newPage();
  const session = await browser.context.newCDPSession(page);
  const events: { name: string; dur?: number; ph: string; args?: { data?: { url?: string }; fileName?: string; url?: string } }[] = [];
  session.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as typeof events)));
  const done = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
  await session.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'v8', 'v8.execute', 'disabled-by-default-devtools.timeline'] },
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(800);
  await session.send('Tracing.end');
  await done;
  await session.detach();
  await page.close();
  const ours = (e: (typeof events)[number]) => {
    const u = e.args?.data?.url ?? e.args?.fileName ?? e.args?.url ?? '';
    return u.startsWith('chrome-extension://');
  };
  const sum = (names: string[]) =>
    events.filter((e) => e.ph === 'X' && names.includes(e.name) && ours(e)).reduce((a, e) => a + (e.dur ?? 0) / 1000, 0);
  const scripts = [
    ...new Set(
      events
        .filter(ours)
        .map((e) => (e.args?.data?.url ?? e.args?.fileName ?? e.args?.url ?? '').replace(/^chrome-extension:\/\/[^/]+\//, '')),
    ),
  ].sort();
  return {
    evaluateMs: sum(['EvaluateScript', 'v8.evaluateModule']),
    callsMs: sum(['FunctionCall', 'TimerFire']),
    compileMs: sum(['v8.compile', 'V8.CompileCode', 'v8.compileModule']),
    scripts,
  };
}

function scriptSize(): string {
  const dir = path.join(CHROME_EXTENSION, 'content-scripts');
  if (!existsSync(dir)) return `content script: not built (${dir})`;
  const size = (file: string) => {
    const raw = readFileSync(file);
    return `${(raw.length / 1024).toFixed(1)} KB raw, ${(gzipSync(raw, { level: 9 }).length / 1024).toFixed(1)} KB gzip -9`;
  };
  const rows = readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => `  gate, runs on every page   content-scripts/${f}  ${size(path.join(dir, f))}`);
  const main = path.join(CHROME_EXTENSION, 'content-main.js');
  if (existsSync(main)) rows.push(`  main part, loaded on need  content-main.js  ${size(main)}`);
  return ['content script size (chrome-mv3):', ...rows].join('\n');
}

export function parseBrowserBenchArgs(argv: string[]): BrowserBenchOptions {
  const get = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const sizes = (get('page-mb') ?? '1,5').split(',').map(Number).filter((n) => n > 0);
  return {
    sizesMb: sizes.length ? sizes : [1, 5],
    emptyRuns: Math.max(1, Number(get('empty-runs') ?? 7) || 7),
    markup: get('markup') === 'divs' ? 'divs' : 'article',
  };
}

export async function benchBrowser(options: BrowserBenchOptions = parseBrowserBenchArgs(process.argv.slice(2))): Promise<string> {
  if (!existsSync(path.join(CHROME_EXTENSION, 'manifest.json'))) {
    return `browser: no built extension at ${CHROME_EXTENSION} (run \`npx wxt build\`, or set FC_OUT_DIR)`;
  }
  const out: string[] = [scriptSize()];
  const server: FixtureServer = await serveFixtures();
  const withExt = await launchChromium();
  const without = await launchChromium({ extension: false });
  try {
    // Warm both browsers (first navigation pays process start-up).
    server.route('/bench/warm.html', '<!doctype html><p>warm</p>');
    for (const b of [withExt, without]) {
      const p = await b.context.newPage();
      await p.goto(server.url('/bench/warm.html'));
      await p.close();
    }

    server.route('/bench/plain.html', plainPage());
    const on: Awaited<ReturnType<typeof runPlain>>[] = [];
    const off: Awaited<ReturnType<typeof runPlain>>[] = [];
    for (let i = 0; i < options.emptyRuns; i++) {
      on.push(await runPlain(withExt, server.url('/bench/plain.html'), true));
      off.push(await runPlain(without, server.url('/bench/plain.html'), false));
    }
    // Traced loads (tracing slows the page a little: these are upper bounds; a shared machine adds outliers, hence
    // the median of at least 7 and the least).
    const traces: ScriptTrace[] = [];
    for (let i = 0; i < Math.max(options.emptyRuns, 7); i++) traces.push(await traceExtensionScript(withExt, server.url('/bench/plain.html')));
    const trace = {
      evaluateMs: median(traces.map((x) => x.evaluateMs)),
      callsMs: median(traces.map((x) => x.callsMs)),
      compileMs: median(traces.map((x) => x.compileMs)),
      ownMs: median(traces.map((x) => x.evaluateMs + x.callsMs)),
      leastMs: Math.min(...traces.map((x) => x.evaluateMs + x.callsMs)),
      scripts: [...new Set(traces.flatMap((x) => x.scripts))],
    };
    const gate = median(on.map((r) => r.gateMs));
    const scriptDelta = median(on.map((r) => r.scriptMs)) - median(off.map((r) => r.scriptMs));
    const taskDelta = median(on.map((r) => r.taskMs)) - median(off.map((r) => r.taskMs));
    const ownScript = trace.ownMs;
    out.push(
      `browser, page with no figures and no company names (${plainPage().length} bytes; medians of ${options.emptyRuns} loads; ` +
        `marks placed: ${Math.max(...on.map((r) => r.marks))}; main part loaded: ${on.some((r) => r.loadedMain) ? 'YES (gate let it through)' : 'no'}; ` +
        `analysed: ${on.some((r) => r.analysed) ? 'YES (gate failed to stop it)' : 'no'}):`,
      `  gate (fc:read-and-gate measure)            ${ms(gate)}`,
      `  extension script in a trace                ${ms(ownScript)}  (evaluate ${ms(trace.evaluateMs)} incl. compile ${ms(trace.compileMs)}, callbacks ${ms(trace.callsMs)}; median of ${traces.length} traced loads, least ${ms(trace.leastMs)})`,
      `    scripts seen: ${trace.scripts.join(', ') || 'none'}`,
      `  renderer ScriptDuration, with − without    ${ms(scriptDelta)}  (TaskDuration ${ms(taskDelta)})`,
      `  longest task after DOMContentLoaded        ${ms(median(on.map((r) => r.longest)))} with, ${ms(median(off.map((r) => r.longest)))} without (0 = none over 50 ms)`,
      `  target < ${EMPTY_TARGET_MS} ms of work: gate ${verdict(gate < EMPTY_TARGET_MS)}; whole content script (evaluate + callbacks) ${verdict(ownScript < EMPTY_TARGET_MS)}`,
    );

    // Ordinary news articles: the five fixture pages.
    const fixtures = existsSync(path.join(ROOT, 'tests/fixtures/seeds'))
      ? readdirSync(path.join(ROOT, 'tests/fixtures/seeds')).filter((f) => f.endsWith('.html')).sort()
      : [];
    if (fixtures.length) {
      const rows: string[] = [];
      for (const f of fixtures) {
        const { timeline: t } = await runArticle(withExt, server.url(`/seeds/${f}`), true, 20_000);
        const gate = t.measures.find((m) => m[0] === 'fc:read-and-gate');
        const load = t.measures.find((m) => m[0] === 'fc:load-main');
        const mark = t.measures.find((m) => m[0] === 'fc:mark');
        if (!gate || !mark || !load) {
          rows.push(`  ${f.padEnd(34)} no complete pass`);
          continue;
        }
        const end = mark[1] + mark[2];
        const longest = t.longtasks.filter(([st, d]) => st + d >= gate[1] && st <= end + 1000).reduce((a, [, d]) => Math.max(a, d), 0);
        const work = t.measures.filter((m) => m[1] <= end).reduce((a, m) => a + m[2], 0);
        rows.push(
          `  ${f.padEnd(34)} ${String(t.marks).padStart(3)} marks   DOMContentLoaded → marks ${ms(end - t.dclEnd).padStart(9)}   ` +
            `scan work ${ms(work).padStart(8)} (of which loading the main part ${ms(load[2])})   longest task in scan ${longest ? ms(longest) : '< 50 ms'}`,
        );
      }
      out.push('browser, the five fixture articles (one load each):', ...rows);
    }

    for (const size of options.sizesMb) {
      const html = articlePage(size * 1_000_000, options.markup);
      const route = `/bench/article-${size}mb.html`;
      server.route(route, html);
      const a = await runArticle(withExt, server.url(route), true);
      const b = await runArticle(without, server.url(route), false);
      out.push(describeArticle(size, Buffer.byteLength(html), a, b, options));
    }
  } finally {
    await withExt.close();
    await without.close();
    await server.close();
  }
  return out.join('\n');
}
