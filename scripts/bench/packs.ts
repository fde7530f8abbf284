// Claim packs at scale in real Chromium with the built extension (issue 11): how long the options page takes to
// import a 5 MB, 20,000-claim pack and to remove it (its own fc:pack-import / fc:pack-remove measures, from the
// file's choice to the list painted), and how soon the first mark comes on a real news page (a saved NBD article
// on Zhipu) without imported packs and with 25,000 imported claims. Targets: import under 2 s, removal under 1 s,
// first marks no later than 1.5× the time without packs.
import { existsSync } from 'node:fs';
import { bigPack } from '../../tests/browser/big-pack';
import { CHROME_EXTENSION, launchChromium, serveFixtures, type ExtensionBrowser } from '../../tests/browser/harness';
import { observeTimeline } from './browser';

const FIXTURE = '/seeds/nbd-zhipu-api.html';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** DOMContentLoaded end → end of the first pass's fc:mark (the first marks on the page). */
async function firstMarkMs(browser: ExtensionBrowser, url: string): Promise<number> {
  const page = await browser.context.newPage();
  await page.addInitScript(observeTimeline);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(
    () => (window as unknown as { __fcBench: { measures: [string][] } }).__fcBench.measures.some((m) => m[0] === 'fc:mark'),
    undefined,
    { timeout: 60_000, polling: 50 },
  );
  const ms = await page.evaluate(() => {
    const w = window as unknown as { __fcBench: { measures: [string, number, number][] } };
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const mark = w.__fcBench.measures.find((m) => m[0] === 'fc:mark')!;
    return mark[1] + mark[2] - nav.domContentLoadedEventEnd;
  });
  await page.close();
  return ms;
}

async function importPack(browser: ExtensionBrowser, optionsUrl: string, pack: ReturnType<typeof bigPack>): Promise<number> {
  const page = await browser.context.newPage();
  await page.goto(optionsUrl);
  await page.locator('#claim-browser .count').waitFor();
  await page.locator('#pack-file').setInputFiles({ name: 'pack.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(pack)) });
  await page.locator('.import-result[data-state="ok"]').waitFor({ timeout: 120_000 });
  const ms = await page.evaluate(() => performance.getEntriesByName('fc:pack-import').at(-1)?.duration ?? NaN);
  await page.close();
  return ms;
}

async function removePack(browser: ExtensionBrowser, optionsUrl: string, name: string): Promise<number> {
  const page = await browser.context.newPage();
  await page.goto(optionsUrl);
  await page.locator(`[data-pack="${name}"]`).waitFor({ timeout: 60_000 });
  await page.locator(`[aria-label="Remove pack ${name}"]`).click();
  await page.locator('.import-result[data-state="ok"]', { hasText: 'Removed' }).waitFor({ timeout: 60_000 });
  const ms = await page.evaluate(() => performance.getEntriesByName('fc:pack-remove').at(-1)?.duration ?? NaN);
  await page.close();
  return ms;
}

export async function benchPacks(runs = 5): Promise<string> {
  if (!existsSync(CHROME_EXTENSION)) return `packs: no built extension at ${CHROME_EXTENSION} (run \`npx wxt build\`)`;
  const server = await serveFixtures();
  const browser = await launchChromium();
  const options = `chrome-extension://${browser.extensionId}/options.html`;
  try {
    const url = server.url(FIXTURE);
    await firstMarkMs(browser, url); // warm-up: process start, first load of the main part
    const without: number[] = [];
    for (let i = 0; i < runs; i++) without.push(await firstMarkMs(browser, url));
    const big = bigPack('Bench pack 20k');
    const importMs: number[] = [await importPack(browser, options, big)];
    await importPack(browser, options, bigPack('Bench pack 5k', 5_000, 1_250_000, 'more'));
    await firstMarkMs(browser, url);
    const withPacks: number[] = [];
    for (let i = 0; i < runs; i++) withPacks.push(await firstMarkMs(browser, url));
    const removeMs: number[] = [await removePack(browser, options, 'Bench pack 20k')];
    // Two more rounds of import and removal for medians.
    for (let i = 0; i < 2; i++) {
      importMs.push(await importPack(browser, options, big));
      removeMs.push(await removePack(browser, options, 'Bench pack 20k'));
    }
    const off = median(without);
    const on = median(withPacks);
    const ratio = on / off;
    const ok = (yes: boolean) => (yes ? 'meets target' : 'OVER target');
    return [
      `claim packs (Chromium, ${(JSON.stringify(big).length / 1e6).toFixed(1)} MB pack of ${big.claims.length.toLocaleString('en')} claims; medians):`,
      `  import on the options page       ${median(importMs).toFixed(0)} ms  (target < 2000 ms: ${ok(median(importMs) < 2000)}; runs ${importMs.map((x) => x.toFixed(0)).join(', ')})`,
      `  remove                           ${median(removeMs).toFixed(0)} ms  (target < 1000 ms: ${ok(median(removeMs) < 1000)}; runs ${removeMs.map((x) => x.toFixed(0)).join(', ')})`,
      `  first marks, no packs            ${off.toFixed(0)} ms  (DOMContentLoaded end → first fc:mark, ${FIXTURE}; runs ${without.map((x) => x.toFixed(0)).join(', ')})`,
      `  first marks, 25,000 claims       ${on.toFixed(0)} ms  (${ratio.toFixed(2)}× without; target ≤ 1.5×: ${ok(ratio <= 1.5)}; runs ${withPacks.map((x) => x.toFixed(0)).join(', ')})`,
    ].join('\n');
  } finally {
    await browser.close();
    await server.close();
  }
}
