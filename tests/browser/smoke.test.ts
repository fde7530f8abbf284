import { afterAll, beforeAll, expect, test } from 'vitest';

// Runs inside the extension's service worker (evaluate), where `chrome` is the extension API.
declare const chrome: typeof import('wxt/browser').browser;
import { launchChromium, serveFixtures, type ExtensionBrowser, type FixtureServer } from './harness';

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

test('the built extension loads in Chromium and its service worker runs', async () => {
  expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
  const manifest = await browser.serviceWorker.evaluate(() => chrome.runtime.getManifest());
  expect(manifest.name).toBe('Figure Check');
  expect(manifest.manifest_version).toBe(3);
});
