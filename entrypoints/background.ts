import '../src/ui/shared/no-eval';
import { browser } from 'wxt/browser';
import { serveMemory } from '../src/storage/serve-memory';
import { servePackClaims } from '../src/storage/serve-pack-claims';
import { startBackground } from '../src/storage/tab-reports';
import { openWelcomeOnInstall } from '../src/ui/welcome/first-run';

export default defineBackground(() => {
  // Registered first and synchronously: onInstalled fires once, right after the background starts.
  openWelcomeOnInstall(browser.runtime.onInstalled, (path) => browser.tabs.create({ url: browser.runtime.getURL(path) }));
  startBackground();
  servePackClaims();
  serveMemory();
});
