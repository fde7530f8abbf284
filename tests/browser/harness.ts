// Shared set-up for real-browser tests: a static server on 127.0.0.1 for fixture pages, Debian's Chromium with the
// built extension loaded (playwright-core) and Debian's Firefox ESR with it installed (puppeteer-core over WebDriver
// BiDi); never a downloaded browser. Build first: `npm run build`.
import { createServer, type Server } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import puppeteer, { type Browser, type Page as FirefoxPage } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const OUTPUT = path.resolve(ROOT, process.env.FC_OUT_DIR ?? '.output');
export const CHROME_EXTENSION = path.join(OUTPUT, 'chrome-mv3');
export const FIREFOX_EXTENSION = path.join(OUTPUT, 'firefox-mv2');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

export interface FixtureServer {
  url(pathname: string): string;
  /** Register a page served at `pathname` (e.g. a generated page, or one with custom headers). */
  route(pathname: string, body: string, headers?: Record<string, string>): void;
  close(): Promise<void>;
}

/** Serve tests/fixtures (and registered routes) on 127.0.0.1 with a random port. */
export async function serveFixtures(dir = path.join(ROOT, 'tests/fixtures')): Promise<FixtureServer> {
  const routes = new Map<string, { body: string; headers: Record<string, string> }>();
  const server: Server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const routed = routes.get(pathname);
    if (routed) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...routed.headers });
      res.end(routed.body);
      return;
    }
    const file = path.join(dir, path.normalize(pathname).replace(/^(\.\.[/\\])+/, ''));
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: (pathname) => `http://127.0.0.1:${port}${pathname.startsWith('/') ? '' : '/'}${pathname}`,
    route: (pathname, body, headers = {}) => void routes.set(pathname, { body, headers }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** The welcome page the extension opened on install, when launched with `welcome: 'keep'`. */
  welcome?: Page;
  close(): Promise<void>;
}

/**
 * The extension opens its welcome page in a new, active tab when it is installed, which is at every launch here.
 * Tests that do not look at it get it closed once it is there, so their own pages are the only ones.
 */
export type WelcomeTab = 'close' | 'keep';
const WELCOME_PATH = '/welcome.html';
const WELCOME_TIMEOUT_MS = 15_000;

export const FIREFOX_ADDON_ID = 'figure-check@example.org';
// A fixed internal UUID (Firefox picks a random one per profile) so tests can open moz-extension:// pages.
export const FIREFOX_UUID = '5f0c6c1e-0d6e-4d8a-9a53-2b8f3f6c0a11';

// Runs inside extension pages (evaluate), where `browser` is the WebExtension API.
declare const browser: typeof import('wxt/browser').browser;

/**
 * Open an extension page in Firefox. Navigating to moz-extension:// needs --remote-allow-system-access (set by
 * launchFirefox), and BiDi never reports the load of the (out-of-process) extension page, so wait for the page's
 * own content instead.
 */
export async function openFirefoxExtensionPage(firefox: Browser, pathname: string, ready: string): Promise<FirefoxPage> {
  const page = await firefox.newPage();
  await page.goto(`moz-extension://${FIREFOX_UUID}/${pathname}`, { timeout: 2000 }).catch(() => undefined);
  await page.waitForFunction((selector) => !!document.querySelector(selector), { timeout: 15_000 }, ready);
  return page;
}

/**
 * The extension's own tab pages with their state, seen from another extension page (extension.getViews: Firefox's
 * WebDriver BiDi does not report extension pages' loads, so this asks the extension itself).
 */
export function firefoxTabViews(probe: FirefoxPage): Promise<{ path: string; welcome?: string; sample?: string }[]> {
  return probe.evaluate(() =>
    (browser.extension.getViews({ type: 'tab' }) as unknown as Window[]).map((w) => ({
      path: w.location.pathname,
      welcome: w.document.documentElement.dataset.fcWelcome,
      sample: w.document.documentElement.dataset.fcSample,
    })),
  );
}

/** Firefox with the extension for the tests of one describe block: launched before them, closed after. */
export function firefoxForSuite(): () => Browser {
  let firefox: Browser | undefined;
  beforeAll(async () => {
    firefox = await launchFirefox();
  });
  afterAll(async () => {
    await firefox?.close();
  });
  return () => {
    if (!firefox) throw new Error('Firefox is not running (call firefoxForSuite() inside a describe block)');
    return firefox;
  };
}

/** Launch headless Firefox ESR with the built MV2 extension installed (or none, for the with/without comparison). */
export async function launchFirefox(
  options: { extension?: boolean; welcome?: WelcomeTab; prefs?: Record<string, string | number | boolean>; privateBrowsing?: boolean } = {},
): Promise<Browser> {
  const firefox = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_UUID }), ...options.prefs },
  });
  if (!(options.extension ?? true)) return firefox;
  await firefox.installExtension(path.resolve(FIREFOX_EXTENSION));
  const probe = await openFirefoxExtensionPage(firefox, 'options.html', 'footer.welcome-footer');
  await probe.waitForFunction(
    (welcome) => (browser.extension.getViews({ type: 'tab' }) as unknown as Window[]).some((w) => w.location.pathname === welcome && w.document.documentElement.dataset.fcWelcome === 'ready'),
    { timeout: WELCOME_TIMEOUT_MS },
    WELCOME_PATH,
  );
  if ((options.welcome ?? 'close') === 'close') {
    await probe.evaluate(async (welcome) => {
      const view = (browser.extension.getViews({ type: 'tab' }) as unknown as Window[]).find((w) => w.location.pathname === welcome);
      const tab = await (view as unknown as { browser: typeof browser }).browser.tabs.getCurrent();
      if (tab?.id !== undefined) await browser.tabs.remove(tab.id);
    }, WELCOME_PATH);
  }
  await probe.close();
  if (options.privateBrowsing) {
    // Allowed in private windows too, as a reader allows it in about:addons: puppeteer's installExtension has no such
    // option, so install it again (an update of the same add-on) through Firefox's WebDriver BiDi extension
    // parameter "moz:allowPrivateBrowsing", which grants the permission and reloads the add-on.
    const bidi = (firefox as unknown as { connection: { send(method: string, params: object): Promise<unknown> } }).connection;
    await bidi.send('webExtension.install', {
      extensionData: { type: 'path', path: path.resolve(FIREFOX_EXTENSION) },
      'moz:allowPrivateBrowsing': true,
    });
    await (await openFirefoxExtensionPage(firefox, 'options.html', 'footer.welcome-footer')).close();
  }
  return firefox;
}

/** The welcome page, once the extension has opened it after install (a signal of the extension's own, no sleep). */
async function welcomePage(context: BrowserContext): Promise<Page> {
  const deadline = Date.now() + WELCOME_TIMEOUT_MS;
  for (;;) {
    const page = context.pages().find((p) => new URL(p.url()).pathname === WELCOME_PATH);
    if (page) return page;
    if (Date.now() > deadline) throw new Error('the extension did not open its welcome page on install');
    await context.waitForEvent('page', { timeout: 250 }).catch(() => undefined);
  }
}

/** Launch Chromium with the built extension (or none, for the with/without comparison). */
export async function launchChromium(
  options: { extension?: boolean; welcome?: WelcomeTab; locale?: string; extensionDir?: string; args?: string[]; incognito?: boolean } = {},
): Promise<ExtensionBrowser> {
  const withExtension = options.extension ?? true;
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'fc-chromium-'));
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
  if (options.locale) args.push(`--lang=${options.locale}`);
  args.push(...(options.args ?? []));
  const extension = options.extensionDir ?? CHROME_EXTENSION;
  if (withExtension) args.push(`--disable-extensions-except=${extension}`, `--load-extension=${extension}`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args,
    ...(options.locale ? { locale: options.locale } : {}),
  });
  const close = async () => {
    await context.close();
    await rm(userDataDir, { recursive: true, force: true });
  };
  if (!withExtension) return { context, extensionId: '', serviceWorker: undefined as unknown as Worker, close };
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  const welcome = await welcomePage(context);
  if (options.incognito) {
    await welcome.close();
    return { context, extensionId, serviceWorker: await allowInIncognito(context, extensionId), close };
  }
  if ((options.welcome ?? 'close') === 'close') {
    await welcome.close();
    return { context, extensionId, serviceWorker, close };
  }
  return { context, extensionId, serviceWorker, welcome, close };
}

/**
 * Allow the extension in incognito windows the way a reader does, with the "Allow in Incognito" switch of
 * chrome://extensions (its own chrome.developerPrivate API; developer mode first, or Chromium disables the unpacked
 * extension when the switch reloads it). Returns the reloaded extension's service worker.
 */
async function allowInIncognito(context: BrowserContext, extensionId: string): Promise<Worker> {
  const reloaded = context.waitForEvent('serviceworker', { predicate: (w) => new URL(w.url()).host === extensionId, timeout: 15_000 });
  const page = await context.newPage();
  await page.goto('chrome://extensions');
  const access = await page.evaluate(async (id) => {
    const dp = (globalThis as unknown as { chrome: any }).chrome.developerPrivate;
    await dp.updateProfileConfiguration({ inDeveloperMode: true });
    await dp.updateExtensionConfiguration({ extensionId: id, incognitoAccess: true });
    return (await dp.getExtensionInfo(id)).incognitoAccess as { isActive: boolean };
  }, extensionId);
  if (!access.isActive) throw new Error('Chromium did not allow the extension in incognito windows');
  await page.close();
  return reloaded;
}
