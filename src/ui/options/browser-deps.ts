// The options page's link to the browser: typed storage and a rescan request to every open tab.
import { browser } from 'wxt/browser';
import { bundledDatabase } from '../../core/bundled-database';
import type { Message } from '../../core/messages';
import { loadPacksWithNotice, loadSettingsWithNotice, savePacks, saveSettings } from '../../storage/storage';
import type { OptionsDeps } from './render-options';

export function browserOptionsDeps(): OptionsDeps {
  return {
    loadSettings: loadSettingsWithNotice,
    saveSettings,
    loadPacks: loadPacksWithNotice,
    savePacks,
    database: bundledDatabase,
    async rescanTabs() {
      const message: Message = { type: 'fc:rescan' };
      const tabs = await browser.tabs.query({});
      // Tabs without the content script (browser pages) refuse; that is expected.
      await Promise.all(tabs.map((t) => (t.id === undefined ? undefined : browser.tabs.sendMessage(t.id, message).catch(() => undefined))));
    },
  };
}
