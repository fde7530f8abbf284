import { startGate, type Listen } from '../src/page/gate';
import { MAIN_PART_KEY, MAIN_PART_PATH, type StartMainPart } from '../src/page/gate-handover';
import { logOnce } from '../src/page/log-once';

// The little of the extension API the gate needs, straight from the browser (no polyfill in this script):
// `chrome` exists in content scripts of Chromium and Firefox alike, as the isolated world's own property (a page
// element with id="chrome" cannot shadow it). The listener answers with sendResponse, which both support.
// (Not `browser`: WXT would auto-import its wrapper for that name.)
interface RuntimeApi {
  getURL(path: string): string;
  onMessage: {
    addListener(cb: OnMessage): void;
    removeListener(cb: OnMessage): void;
  };
}
type OnMessage = (raw: unknown, sender: unknown, sendResponse: (answer: unknown) => void) => boolean;
declare const chrome: { runtime: RuntimeApi } | undefined;

function runtimeApi(): RuntimeApi {
  if (typeof chrome === 'undefined' || !chrome?.runtime?.onMessage) throw new Error('no extension runtime');
  return chrome.runtime;
}

/**
 * Import the main part, spelled `chrome.runtime.getURL(...)` right in the import: Mozilla's add-on linter accepts
 * a dynamic import of exactly that as extension-local code.
 */
function importMainPart(): Promise<unknown> {
  return import(/* @vite-ignore */ chrome!.runtime.getURL(MAIN_PART_PATH));
}

// Thin wiring only: WXT imports this file in Node at build time, so no work at module top level.
export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  // WXT's ctx announces a newer copy of the script with a DOM event; its extra window.postMessage (kept for old
  // WXT versions) costs milliseconds on every page and wakes the page's own message listeners.
  noScriptStartedPostMessage: true,
  main(ctx) {
    try {
      const runtime = runtimeApi();
      const listen: Listen = (handler) => {
        const listener: OnMessage = (raw, _sender, sendResponse) => handler(raw, sendResponse);
        runtime.onMessage.addListener(listener);
        return () => runtime.onMessage.removeListener(listener);
      };
      startGate(document, ctx, {
        // The main part is a web-accessible classic script (entrypoints/content-main.ts); importing it runs it in
        // this isolated world, where it leaves its start function under MAIN_PART_KEY.
        load: async () => {
          await importMainPart();
          const start = (globalThis as unknown as Record<string, StartMainPart | undefined>)[MAIN_PART_KEY];
          if (typeof start !== 'function') throw new Error('the main part did not register');
          return start(ctx);
        },
        listen,
        log: logOnce,
      });
    } catch (error) {
      logOnce('could not start', error);
    }
  },
});
