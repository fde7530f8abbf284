// The popup's link to the browser: which tab it is about (the active one, or ?tabId= when a test opens
// popup.html as a tab), and messages to that tab's content script.
import { browser } from 'wxt/browser';
import { pageReportSchema, type Message } from '../../core/messages';
import { loadSettings, saveSettings } from '../../storage/storage';
import { downloadText } from '../shared/dom';
import type { PopupDeps } from './render-popup';

async function targetTabId(search: string): Promise<number> {
  const fromQuery = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('no active tab');
  return tab.id;
}

export function browserPopupDeps(search = location.search): PopupDeps {
  const tabId = targetTabId(search);
  const send = async (message: Message): Promise<unknown> => browser.tabs.sendMessage(await tabId, message);
  return {
    async getReport() {
      return pageReportSchema.parse(await send({ type: 'fc:get-report' }));
    },
    async reveal(index) {
      await send({ type: 'fc:reveal', index });
    },
    async rescan() {
      await send({ type: 'fc:rescan' });
    },
    loadSettings,
    saveSettings,
    download: downloadText,
  };
}
