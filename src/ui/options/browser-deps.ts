// The options page's link to the browser: typed storage, the pack store and a rescan request to every open tab.
import { browser } from 'wxt/browser';
import { bundledDatabase } from '../../core/bundled-database';
import type { Message } from '../../core/messages';
import { migrateLegacyPacks } from '../../storage/migrate-packs';
import { openPackStore, type PackStore } from '../../storage/pack-store';
import { packStoreProblem } from '../../storage/pack-store-errors';
import { loadSettingsWithNotice, savePackStamp, saveSettings } from '../../storage/storage';
import { uiLanguage } from '../shared/i18n';
import type { OptionsDeps } from './render-options';
import { browserSubscriptionsPanel } from './subscriptions-panel';

async function inWords(work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    throw packStoreProblem(error, uiLanguage());
  }
}

export function browserOptionsDeps(open: () => Promise<PackStore> = openPackStore): OptionsDeps {
  let opened: Promise<PackStore> | undefined;
  const store = () => (opened ??= open());
  const stamp = async (s: PackStore) => savePackStamp((await s.list()).length);
  return {
    loadSettings: () => loadSettingsWithNotice(uiLanguage()),
    saveSettings,
    async loadPacks() {
      try {
        const s = await store();
        const notice = await migrateLegacyPacks(s, uiLanguage());
        return { value: await s.all(), notice };
      } catch (error) {
        return { value: [], notice: packStoreProblem(error, uiLanguage()).message };
      }
    },
    // Errors leave in words (packStoreProblem), whichever step failed: the store or the stamp in storage.local.
    addPack: (pack) => inWords(async () => {
      const s = await store();
      await s.add(pack);
      await stamp(s);
    }),
    removePack: (name) => inWords(async () => {
      const s = await store();
      await s.remove(name);
      await stamp(s);
    }),
    database: bundledDatabase,
    subscriptionsPanel: browserSubscriptionsPanel,
    async rescanTabs() {
      const message: Message = { type: 'fc:rescan' };
      const tabs = await browser.tabs.query({});
      // Tabs without the content script (browser pages) refuse; that is expected.
      await Promise.all(tabs.map((t) => (t.id === undefined ? undefined : browser.tabs.sendMessage(t.id, message).catch(() => undefined))));
    },
  };
}
