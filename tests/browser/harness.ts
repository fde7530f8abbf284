// Shared set-up for real-browser tests: a static server on 127.0.0.1 for fixture pages, Debian's Chromium with the
// built extension loaded (playwright-core) and Debian's Firefox ESR with it installed (puppeteer-core over WebDriver
// BiDi); never a downloaded browser. Build first: `npm run build`.
import { createServer, type Server } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import puppeteer, { type Browser } from 'puppeteer-core';

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
  close(): Promise<void>;
}

/** Launch headless Firefox ESR with the built MV2 extension installed (or none, for the with/without comparison). */
export async function launchFirefox(options: { extension?: boolean } = {}): Promise<Browser> {
  const firefox = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  if (options.extension ?? true) await firefox.installExtension(path.resolve(FIREFOX_EXTENSION));
  return firefox;
}

/** Launch Chromium with the built extension (or none, for the with/without comparison). */
export async function launchChromium(options: { extension?: boolean } = {}): Promise<ExtensionBrowser> {
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
  if (withExtension) args.push(`--disable-extensions-except=${CHROME_EXTENSION}`, `--load-extension=${CHROME_EXTENSION}`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args,
  });
  const close = async () => {
    await context.close();
    await rm(userDataDir, { recursive: true, force: true });
  };
  if (!withExtension) return { context, extensionId: '', serviceWorker: undefined as unknown as Worker, close };
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  return { context, extensionId, serviceWorker, close };
}
