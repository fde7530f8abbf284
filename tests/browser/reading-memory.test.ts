// The reading memory in real Chromium and Firefox: with the memory on, a page read is remembered (listed on the
// options page), and a later page whose figure contradicts it shows the earlier page's quote and a link to the
// passage in its popover, as worth a look (never a warning). With the memory off, or on an excluded site, nothing
// is stored: proven by a page read afterwards being stored while the earlier one is not (the background handles
// the messages in order). In a private window nothing is stored either, and nothing remembered is served: the
// extension is allowed in private windows (Chromium's "Allow in Incognito" switch; Firefox's private-browsing
// permission, granted through WebDriver BiDi), so its content script really reads the page there and asks for it
// to be remembered from a tab the background knows is private (sender.tab.incognito), and the background refuses;
// the same page in a normal window is remembered. The decision itself is unit-tested in tests/dom/memory-store.test.ts.
import type { Page } from 'playwright-core';
import type { Browser, Page as FirefoxPage } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium, launchFirefox, openFirefoxExtensionPage, serveFixtures, type FixtureServer } from './harness';

declare const browser: typeof import('wxt/browser').browser;

const page = (title: string, sentence: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main><article>
<h1>${title}</h1><p>${sentence}</p></article></main></body></html>`;

const A = 'Moonshot AI said its revenue in 1995 was 724 million yuan, according to a filing.';
const B = 'Moonshot AI said its revenue in 1995 was 7.24 billion yuan, according to a filing.';
const PAGES: Record<string, string> = {
  '/memory/a.html': page('Moonshot filing', A),
  '/memory/b.html': page('Moonshot again', B),
  '/memory/off.html': page('Baichuan filing', 'Baichuan said its revenue in 1996 was 300 million yuan, according to a filing.'),
  '/memory/after-off.html': page('Baichuan later', 'Baichuan said its revenue in 1997 was 400 million yuan, according to a filing.'),
  '/memory/excluded.html': page('Stepfun filing', 'StepFun said its revenue in 1998 was 500 million yuan, according to a filing.'),
  '/memory/after-excluded.html': page('Stepfun later', 'StepFun said its revenue in 1999 was 600 million yuan, according to a filing.'),
  '/memory/after-private.html': page('Baichuan earlier', 'Baichuan said its revenue in 1993 was 200 million yuan, according to a filing.'),
};

let server: FixtureServer;
beforeAll(async () => {
  server = await serveFixtures();
  for (const [path, body] of Object.entries(PAGES)) server.route(path, body);
});
afterAll(async () => {
  await server?.close();
});

/** Runs in an extension page: merge `change` into the stored settings. */
const changeSettings = async (change: Record<string, unknown>) => {
  const key = 'fc:settings';
  const got = (await browser.storage.local.get(key))[key] as Record<string, unknown> | undefined;
  const base = got ?? { version: 1, scope: 'all', sites: [], disabledSites: [], sensitivity: 'conflicts' };
  await browser.storage.local.set({ [key]: { ...base, ...change } });
};

/** The addresses the options page lists as remembered (after a reload, so it reads the store afresh). */
const rememberedIn = async (options: Page) => {
  await options.reload();
  await options.locator('#memory-panel .memory-usage[data-pages]').waitFor();
  return options.locator('#memory-panel li[data-url]').evaluateAll((items) => items.map((li) => li.getAttribute('data-url')));
};

const markVerdict = (p: { evaluate: Page['evaluate'] }) =>
  p.evaluate(() => document.querySelector('fc-mark[data-fc-verdict]')?.getAttribute('data-fc-verdict') ?? null) as Promise<string | null>;

const cardOf = (p: { evaluate: Page['evaluate'] }) =>
  p.evaluate(() => {
    const card = document.querySelector('fc-popover-host')?.shadowRoot?.querySelector<HTMLElement>('.fc-card');
    if (!card || card.hidden) return null;
    return {
      badge: card.querySelector('.fc-badge')?.textContent ?? '',
      summary: card.querySelector('.fc-summary')?.textContent ?? '',
      outlets: Array.from(card.querySelectorAll('.fc-outlet')).map((e) => e.textContent ?? ''),
      quotes: Array.from(card.querySelectorAll('.fc-quote')).map((e) => e.textContent ?? ''),
      links: Array.from(card.querySelectorAll<HTMLAnchorElement>('a.fc-passage')).map((a) => a.href),
    };
  }) as Promise<{ badge: string; summary: string; outlets: string[]; quotes: string[]; links: string[] } | null>;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const today = () => `${new Date().getDate()} ${MONTHS[new Date().getMonth()]}`;

function expectWorthALook(card: Awaited<ReturnType<typeof cardOf>>, aUrl: string) {
  expect(card).not.toBeNull();
  expect(card!.badge).toBe('Worth a look');
  expect(card!.summary).toMatch(/^Worth a look: a page you read on /);
  expect(card!.outlets).toEqual([`a page you read on ${today()} (127.0.0.1)`]);
  expect(card!.quotes).toEqual([`“${A}”`]);
  expect(card!.links).toHaveLength(1);
  expect(card!.links[0]!.startsWith(`${aUrl}#:~:text=`)).toBe(true);
}

test('Chromium: a page read with the memory on is a source for a later page; off or excluded, nothing is stored', async () => {
  const chromium = await launchChromium();
  try {
    const options = await chromium.context.newPage();
    await options.goto(`chrome-extension://${chromium.extensionId}/options.html`);
    await options.locator('#memory-panel .memory-usage[data-pages]').waitFor();
    expect(await rememberedIn(options)).toEqual([]);
    // markAll: a figure with nothing to compare is marked too, the sign that the page was read.
    await options.evaluate(changeSettings, { memory: true, markAll: true });

    const aUrl = server.url('/memory/a.html');
    const a = await chromium.context.newPage();
    await a.goto(aUrl);
    await expect.poll(() => rememberedIn(options), { timeout: 20_000, interval: 300 }).toEqual([aUrl]);

    const b = await chromium.context.newPage();
    await b.goto(server.url('/memory/b.html'));
    await expect.poll(() => markVerdict(b), { timeout: 20_000 }).toBe('related');
    await b.locator('fc-mark[data-fc-verdict]').first().hover();
    await expect.poll(() => cardOf(b)).not.toBeNull();
    expectWorthALook(await cardOf(b), aUrl);

    // Memory off: the page is read (its mark shows) and not stored; the page read after the memory is back on is.
    await options.evaluate(changeSettings, { memory: false });
    const off = await chromium.context.newPage();
    await off.goto(server.url('/memory/off.html'));
    await expect.poll(() => markVerdict(off), { timeout: 20_000 }).toBe('unverified');
    await off.close(); // else it would be read again, and remembered, when the memory is turned back on
    await options.evaluate(changeSettings, { memory: true, memoryExcludedSites: ['localhost'] });
    const later = await chromium.context.newPage();
    await later.goto(server.url('/memory/after-off.html'));
    await expect.poll(async () => (await rememberedIn(options)).length, { timeout: 20_000, interval: 300 }).toBe(3);
    expect(await rememberedIn(options)).not.toContain(server.url('/memory/off.html'));

    // An excluded site (localhost is the same server under another name): read, not stored.
    const excludedUrl = server.url('/memory/excluded.html').replace('127.0.0.1', 'localhost');
    const excluded = await chromium.context.newPage();
    await excluded.goto(excludedUrl);
    await expect.poll(() => markVerdict(excluded), { timeout: 20_000 }).toBe('unverified');
    const after = await chromium.context.newPage();
    await after.goto(server.url('/memory/after-excluded.html'));
    await expect.poll(async () => (await rememberedIn(options)).length, { timeout: 20_000, interval: 300 }).toBe(4);
    expect(await rememberedIn(options)).not.toContain(excludedUrl);

    // Forget this site: every page of 127.0.0.1 goes.
    await options.locator('#memory-panel li[data-url] .memory-forget-site').first().click();
    await options.locator('#memory-panel .memory-status[data-state="forgotten"]').waitFor();
    expect(await rememberedIn(options)).toEqual([]);
  } finally {
    await chromium.close();
  }
}, 180_000);

/** The addresses the options page lists, in Firefox (a fresh options page each time). */
async function rememberedInFirefox(firefox: Browser): Promise<(string | null)[]> {
  const options = await openFirefoxExtensionPage(firefox, 'options.html', '#memory-panel .memory-usage[data-pages]');
  const urls = await options.$$eval('#memory-panel li[data-url]', (items) => items.map((li) => li.getAttribute('data-url')));
  await options.close();
  return urls;
}

test('Firefox: a page read with the memory on is a source for a later page; with it off nothing is stored', async () => {
  const firefox: Browser = await launchFirefox();
  try {
    const probe = await openFirefoxExtensionPage(firefox, 'popup.html', 'body');
    await probe.evaluate(changeSettings, { memory: false, markAll: true });
    const off = await firefox.newPage();
    await off.goto(server.url('/memory/off.html'));
    await expect.poll(() => markVerdict(off as unknown as Page), { timeout: 20_000 }).toBe('unverified');
    await off.close();

    await probe.evaluate(changeSettings, { memory: true });
    const aUrl = server.url('/memory/a.html');
    const a = await firefox.newPage();
    await a.goto(aUrl);
    await expect.poll(() => rememberedInFirefox(firefox), { timeout: 30_000, interval: 500 }).toEqual([aUrl]);

    const b: FirefoxPage = await firefox.newPage();
    await b.goto(server.url('/memory/b.html'));
    await expect.poll(() => markVerdict(b as unknown as Page), { timeout: 20_000 }).toBe('related');
    await b.hover('fc-mark[data-fc-verdict]');
    await expect.poll(() => cardOf(b as unknown as Page)).not.toBeNull();
    expectWorthALook(await cardOf(b as unknown as Page), aUrl);
  } finally {
    await firefox.close();
  }
}, 180_000);

type MemoryRequest = { type: string; url: string; incognito: boolean | null };

/**
 * Runs in an extension page: keep every reading-memory message the extension receives from a content script (to
 * remember a page, or to be told what is remembered), with the sender's tab as the extension sees it; runtime
 * messages reach every extension page, so the background gets the very same ones.
 */
const listenForMemoryRequests = () => {
  const seen: MemoryRequest[] = [];
  (globalThis as unknown as { fcMemoryRequests: MemoryRequest[] }).fcMemoryRequests = seen;
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const m = message as { type?: unknown; url?: unknown };
    if (m.type === 'fc:remember' || m.type === 'fc:memory-claims') seen.push({ type: m.type, url: String(m.url), incognito: sender.tab?.incognito ?? null });
    return undefined;
  });
};
const memoryRequests = () => (globalThis as unknown as { fcMemoryRequests: MemoryRequest[] }).fcMemoryRequests;

/** Runs in an extension page: open `url` in a new private window; whether the window is private, and its tab. */
const openPrivate = async (url: string) => {
  const win = await browser.windows.create({ incognito: true, url });
  return { incognito: win?.incognito ?? false, windowId: win?.id ?? -1, tabId: win?.tabs?.[0]?.id ?? -1 };
};

/** Runs in an extension page: close a window. */
const closeWindow = (windowId: number) => browser.windows.remove(windowId);

/** Runs in an extension page: the verdicts the content script of a tab reports (fc:get-report), null before it answers. */
const reportedVerdicts = async (tabId: number) => {
  try {
    const report = (await browser.tabs.sendMessage(tabId, { type: 'fc:get-report' })) as { figures?: { verdict: string }[] } | undefined;
    return report?.figures ? report.figures.map((f) => f.verdict) : null;
  } catch {
    return null; // no content script there (yet)
  }
};

interface PrivateWindowRun {
  /** An extension page of the normal window (popup.html in a tab), kept open: it opens the private windows. */
  probe: Page;
  /** Open a page in a normal window. */
  openNormal(url: string): Promise<Page>;
  /** The addresses the options page lists as remembered. */
  remembered(): Promise<(string | null)[]>;
}

/** The same steps in both browsers: a page read in a private window is not remembered, and is not served memory. */
async function privateWindowStoresNothing({ probe, openNormal, remembered }: PrivateWindowRun) {
  const aUrl = server.url('/memory/a.html');
  const bUrl = server.url('/memory/b.html');
  const laterUrl = server.url('/memory/after-private.html');
  await probe.evaluate(changeSettings, { memory: true, markAll: true });
  await probe.evaluate(listenForMemoryRequests);
  expect(await remembered()).toEqual([]);

  const privateA = await probe.evaluate(openPrivate, aUrl);
  expect(privateA.incognito).toBe(true);
  // The extension runs in the private window: its content script read and marked the page's figure (markAll)...
  await expect.poll(() => probe.evaluate(reportedVerdicts, privateA.tabId), { timeout: 20_000, interval: 300 }).toEqual(['unverified']);
  // ...and asked for the page to be remembered, from a tab the extension is told is private.
  await expect.poll(() => probe.evaluate(memoryRequests), { timeout: 20_000 }).toContainEqual({ type: 'fc:remember', url: aUrl, incognito: true });

  // Closed once read (Firefox opens new tabs in the most recent window, which would be this one, and a window
  // opened from it is private too).
  await probe.evaluate(closeWindow, privateA.windowId);

  // The background refused: a page read afterwards in a normal window is stored, and is the only one.
  await openNormal(laterUrl);
  await expect.poll(async () => (await remembered()).length, { timeout: 30_000, interval: 500 }).toBeGreaterThan(0);
  expect(await remembered()).toEqual([laterUrl]);

  // The same page in a normal window is remembered: the private window, not the page, made the difference.
  await openNormal(aUrl);
  await expect.poll(async () => (await remembered()).length, { timeout: 30_000, interval: 500 }).toBe(2);
  expect((await remembered()).sort()).toEqual([aUrl, laterUrl].sort());

  // Nor is anything remembered served to a private window: the page contradicting it is worth a look in a normal
  // window; in a private one the content script asks (from a private tab) and its figure stays unverified.
  const normalB = await openNormal(bUrl);
  await expect.poll(() => markVerdict(normalB), { timeout: 20_000 }).toBe('related');
  const privateB = await probe.evaluate(openPrivate, bUrl);
  await expect.poll(() => probe.evaluate(memoryRequests), { timeout: 20_000 }).toContainEqual({ type: 'fc:memory-claims', url: bUrl, incognito: true });
  await expect.poll(async () => (await probe.evaluate(reportedVerdicts, privateB.tabId))?.length ?? 0, { timeout: 20_000, interval: 300 }).toBe(1);
  expect(await probe.evaluate(reportedVerdicts, privateB.tabId)).toEqual(['unverified']);
}

test('Chromium: with the extension allowed in incognito, a page read in an incognito window is not remembered', async () => {
  const chromium = await launchChromium({ incognito: true });
  try {
    const probe = await chromium.context.newPage();
    await probe.goto(`chrome-extension://${chromium.extensionId}/popup.html`);
    const options = await chromium.context.newPage();
    await options.goto(`chrome-extension://${chromium.extensionId}/options.html`);
    await privateWindowStoresNothing({
      probe,
      openNormal: async (url) => {
        const p = await chromium.context.newPage();
        await p.goto(url);
        return p;
      },
      remembered: () => rememberedIn(options),
    });
  } finally {
    await chromium.close();
  }
}, 180_000);

test('Firefox: with the extension allowed in private windows, a page read in a private window is not remembered', async () => {
  const firefox: Browser = await launchFirefox({ privateBrowsing: true });
  try {
    const probe = await openFirefoxExtensionPage(firefox, 'popup.html', 'body');
    await privateWindowStoresNothing({
      probe: probe as unknown as Page,
      openNormal: async (url) => {
        const p = await firefox.newPage();
        await p.goto(url);
        return p as unknown as Page;
      },
      remembered: () => rememberedInFirefox(firefox),
    });
  } finally {
    await firefox.close();
  }
}, 180_000);
