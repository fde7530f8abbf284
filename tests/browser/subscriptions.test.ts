// Subscribed claim packs in real Chromium and Firefox: a pack served by a local server is subscribed from the
// options page, refreshed when its ETag changes (and only confirmed, 304, when it has not), kept when a refresh
// fails, and removed on unsubscribe. Both browsers send every request through the test server as their proxy, so
// the server sees every request the browser makes, from any page or the background; the test holds them to the
// subscribed address only.
//
// The permission: Firefox is launched with `extensions.webextOptionalPermissionPrompts` off, its switch for
// answering optional-permission prompts with yes, so the real optional permission is asked on the click, granted,
// and given back on unsubscribe. Headless Chromium has no way to answer its permission prompt (it stays pending,
// and no command-line switch or DevTools method accepts it), so Chromium loads a copy of the build whose manifest
// already holds http://127.0.0.1/* as a host permission, as if the reader had allowed it: permissions.request then
// resolves true at once and everything else is the real code. The Firefox test is the one that sees the grant.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Page as FirefoxPage } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { CHROME_EXTENSION, launchChromium, launchFirefox, openFirefoxExtensionPage } from './harness';
import { claim, pack } from '../fixtures/subscribed-pack';

// Runs inside extension pages (evaluate), where `browser` is the WebExtension API.
declare const browser: typeof import('wxt/browser').browser;

const PATH = '/packs/subscribed.json';
const V1 = pack(claim('sub-rev-a', 1));
const V2 = pack(claim('sub-rev-b', 2), claim('sub-rev-c', 3));

interface Seen {
  method: string;
  url: string;
  ifNoneMatch: string | null;
  status: number;
}

/** The pack's server, and the browsers' proxy for everything else (which it refuses, after writing it down). */
class PackServer {
  seen: Seen[] = [];
  body = V1;
  etag = '"v1"';
  status = 200;
  private server!: Server;
  port = 0;

  get url() {
    return `http://127.0.0.1:${this.port}${PATH}`;
  }

  async start() {
    this.server = createServer((req, res) => this.answer(req, res.writeHead.bind(res), (b) => res.end(b)));
    this.server.on('connect', (req: IncomingMessage, socket) => {
      this.seen.push({ method: 'CONNECT', url: req.url ?? '', ifNoneMatch: null, status: 403 });
      // (a browser may reset a tunnel it was refused before reading the answer: that reset is expected, not a failure
      // of the test; a raw socket handed to 'connect' has no error handler of its own)
      socket.on('error', () => {});
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    this.port = typeof address === 'object' && address ? address.port : 0;
  }

  private answer(req: IncomingMessage, head: (status: number, headers?: Record<string, string>) => unknown, end: (body?: string) => void) {
    // A proxied request carries the whole address; a direct one only the path.
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`).href;
    const ifNoneMatch = (req.headers['if-none-match'] as string | undefined) ?? null;
    const record = (status: number) => this.seen.push({ method: req.method ?? '', url, ifNoneMatch, status });
    if (url !== this.url) {
      record(404);
      head(404);
      end();
      return;
    }
    if (this.status !== 200) {
      record(this.status);
      head(this.status, { 'content-type': 'text/plain' });
      end('broken');
      return;
    }
    if (ifNoneMatch === this.etag) {
      record(304);
      head(304, { etag: this.etag });
      end();
      return;
    }
    record(200);
    head(200, { 'content-type': 'application/json', etag: this.etag });
    end(this.body);
  }

  close() {
    return new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

let server: PackServer;
beforeAll(async () => {
  server = new PackServer();
  await server.start();
});
beforeEach(() => {
  server.seen = [];
  server.body = V1;
  server.etag = '"v1"';
  server.status = 200;
});
afterAll(async () => {
  await server?.close();
});

/** The claims the background serves to pages for Zhipu's revenue (what a content script would be given). */
const servedIds = (ask: () => Promise<{ claims: { id: string }[] }>) => async () => (await ask()).claims.map((c) => c.id).sort();
/**
 * The browsers' own background services, which the proxy sees too: Chromium's component updater and sign-in
 * (Google), Firefox's remote settings (Mozilla), made with or without the extension. They are left out of the
 * comparison.
 */
const BROWSER_SERVICES = /(^|\.)(googleapis\.com|google\.com|gvt1\.com|mozilla\.com|mozilla\.net|mozilla\.org)$/;
const notBrowserService = (s: Seen) => !BROWSER_SERVICES.test(new URL(s.method === 'CONNECT' ? `https://${s.url}` : s.url).hostname);
const PACK_CLAIMS = { type: 'fc:pack-claims', keys: ['zhipu|revenue'] };

test('Chromium: subscribe, refresh on a new ETag, keep the copy when a refresh fails, unsubscribe; no other request', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'fc-subs-ext-'));
  await cp(CHROME_EXTENSION, dir, { recursive: true });
  const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify({ ...manifest, host_permissions: ['http://127.0.0.1/*'] }));
  const chromium = await launchChromium({
    extensionDir: dir,
    // Every request, loopback included, goes through the test server.
    args: [`--proxy-server=http://127.0.0.1:${server.port}`, '--proxy-bypass-list=<-loopback>'],
  });
  const requests: string[] = [];
  chromium.context.on('request', (r) => void requests.push(r.url()));
  try {
    const options: Page = await chromium.context.newPage();
    await options.goto(`chrome-extension://${chromium.extensionId}/options.html`);
    await options.locator('#subs-url').waitFor();
    const served = servedIds(() => options.evaluate((m) => browser.runtime.sendMessage(m), PACK_CLAIMS) as Promise<{ claims: { id: string }[] }>);
    expect(await served()).toEqual([]);

    await options.locator('#subs-url').fill(server.url);
    await options.getByRole('button', { name: 'Subscribe', exact: true }).click();
    const row = options.locator(`li[data-subscription="${server.url}"]`);
    await row.locator('.subs-updated').waitFor();
    expect(await options.locator('.subs-result').textContent()).toBe('Subscribed to “Wire figures”: 1 claim, checked and stored.');
    await expect.poll(served).toEqual(['sub-rev-a']);
    // The daily refresh is set, a day on.
    expect(await options.evaluate(() => browser.alarms.get('fc:subs-refresh'))).toMatchObject({ name: 'fc:subs-refresh', periodInMinutes: 24 * 60 });

    // Unchanged: the server is asked with the ETag and answers 304; the claims stay.
    await row.getByRole('button', { name: 'Refresh now', exact: true }).click();
    await expect.poll(() => options.locator('.subs-result').textContent()).toBe('Up to date: the pack has not changed.');
    expect(server.seen.filter((s) => s.url === server.url).at(-1)).toEqual({ method: 'GET', url: server.url, ifNoneMatch: '"v1"', status: 304 });

    // A new version under a new ETag replaces the old claims.
    server.body = V2;
    server.etag = '"v2"';
    await row.getByRole('button', { name: 'Refresh now', exact: true }).click();
    await expect.poll(served).toEqual(['sub-rev-b', 'sub-rev-c']);
    expect(server.seen.filter((s) => s.url === server.url).at(-1)).toEqual({ method: 'GET', url: server.url, ifNoneMatch: '"v1"', status: 200 });

    // A failing refresh keeps the last good copy and says what happened.
    server.status = 500;
    await row.getByRole('button', { name: 'Refresh now', exact: true }).click();
    await expect.poll(() => row.getAttribute('data-state')).toBe('error');
    expect(await row.locator('.subs-error').textContent()).toBe(
      'The last refresh failed: The server answered 500 Internal Server Error. The last good copy is kept.',
    );
    expect(await served()).toEqual(['sub-rev-b', 'sub-rev-c']);

    await row.getByRole('button', { name: 'Unsubscribe', exact: true }).click();
    await expect.poll(() => options.locator('li[data-subscription]').count()).toBe(0);
    expect(await served()).toEqual([]);
    expect(await options.evaluate(() => browser.alarms.getAll())).toEqual([]);

    // Every request the server saw, and every web request the browser reported, is the subscribed address.
    // Every web request the browser reported for the extension's pages and its service worker is the subscribed
    // address, four times (subscribe, 304, new version, 500).
    expect(requests.filter((u) => !u.startsWith(`chrome-extension://${chromium.extensionId}/`))).toEqual(Array(4).fill(server.url));
    // Besides Chromium's own services, the proxy saw only the subscribed address.
    expect(server.seen.filter(notBrowserService)).toEqual([
      { method: 'GET', url: server.url, ifNoneMatch: null, status: 200 },
      { method: 'GET', url: server.url, ifNoneMatch: '"v1"', status: 304 },
      { method: 'GET', url: server.url, ifNoneMatch: '"v1"', status: 200 },
      { method: 'GET', url: server.url, ifNoneMatch: '"v2"', status: 500 },
    ]);
  } finally {
    await chromium.close();
    await rm(dir, { recursive: true, force: true });
  }
}, 90_000);

test('Firefox: the origin is asked on the click and given back on unsubscribe; refresh, failure, removal; no other request', async () => {
  const firefox = await launchFirefox({
    prefs: {
      'extensions.webextOptionalPermissionPrompts': false,
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': server.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': server.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
    },
  });
  try {
    const options: FirefoxPage = await openFirefoxExtensionPage(firefox, 'options.html', '#subs-url');
    const granted = () => options.evaluate(() => browser.permissions.contains({ origins: ['http://127.0.0.1/*'] }));
    const served = servedIds(() => options.evaluate((m) => browser.runtime.sendMessage(m), PACK_CLAIMS) as Promise<{ claims: { id: string }[] }>);
    expect(await granted()).toBe(false);
    expect(await served()).toEqual([]);

    await options.type('#subs-url', server.url);
    await options.click('.subs-form button');
    // The list is drawn again whenever the stored subscriptions change (a refresh changes them twice): puppeteer's
    // locators find the button again when the row they found was replaced, where page.click fails on a detached node.
    const row = `li[data-subscription="${server.url}"]`;
    await options.waitForSelector(`${row} .subs-updated`, { timeout: 20_000 });
    expect(await granted()).toBe(true);
    await expect.poll(served).toEqual(['sub-rev-a']);

    server.body = V2;
    server.etag = '"v2"';
    await options.locator(`${row} .subs-refresh`).click();
    await expect.poll(served).toEqual(['sub-rev-b', 'sub-rev-c']);
    expect(server.seen.filter((s) => s.url === server.url).at(-1)).toEqual({ method: 'GET', url: server.url, ifNoneMatch: '"v1"', status: 200 });

    server.status = 500;
    await options.locator(`${row} .subs-refresh`).click();
    await options.waitForSelector(`${row}[data-state="error"]`, { timeout: 20_000 });
    expect(await options.$eval(`${row} .subs-error`, (e) => e.textContent)).toBe(
      'The last refresh failed: The server answered 500 Internal Server Error. The last good copy is kept.',
    );
    expect(await served()).toEqual(['sub-rev-b', 'sub-rev-c']);

    await options.locator(`${row} .subs-unsubscribe`).click();
    await options.waitForFunction(() => !document.querySelector('li[data-subscription]'), { timeout: 20_000 });
    expect(await served()).toEqual([]);
    expect(await granted()).toBe(false);

    // Besides Firefox's own remote settings (Mozilla's servers, fetched at start), the proxy saw only the
    // subscribed address. (Firefox reports no background-page requests to WebDriver BiDi, so the proxy is the check.)
    expect(server.seen.filter(notBrowserService)).toEqual([
      { method: 'GET', url: server.url, ifNoneMatch: null, status: 200 },
      { method: 'GET', url: server.url, ifNoneMatch: '"v1"', status: 200 },
      { method: 'GET', url: server.url, ifNoneMatch: '"v2"', status: 500 },
    ]);
  } finally {
    await firefox.close();
  }
}, 90_000);
