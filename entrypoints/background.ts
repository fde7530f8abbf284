import '../src/ui/shared/no-eval';
import { browser } from 'wxt/browser';
import { bundledDatabase } from '../src/core/bundled-database';
import { openPackStore, type PackStore } from '../src/storage/pack-store';
import { serveMemory } from '../src/storage/serve-memory';
import { servePackClaims } from '../src/storage/serve-pack-claims';
import { browserSubscriptionDeps, serveSubscriptions, subscriptions } from '../src/storage/subscriptions';
import { startBackground } from '../src/storage/tab-reports';
import { openWelcomeOnInstall } from '../src/ui/welcome/first-run';

export default defineBackground(() => {
  // Registered first and synchronously: onInstalled fires once, right after the background starts.
  openWelcomeOnInstall(browser.runtime.onInstalled, (path) => browser.tabs.create({ url: browser.runtime.getURL(path) }));
  startBackground();
  servePackClaims();
  let store: Promise<PackStore> | undefined;
  const packs = () => (store ??= openPackStore().catch((error) => ((store = undefined), Promise.reject(error))));
  serveSubscriptions(subscriptions(browserSubscriptionDeps(packs, bundledDatabase)));
  serveMemory();
});
