// The bundled sample article. Content scripts do not run on extension pages, so the page starts the content
// script's main part on itself, the same code a news page gets (src/page/content-main.ts), with a WXT context of
// its own. Once the page is checked, the card opens on the first figure that other sources contradict, so the
// reader sees marks, a warning and a card at once.
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { pageReportSchema } from '../../core/messages';
import { startContentScript } from '../../page/content-main';
import { logOnce } from '../../page/log-once';
import { localise } from '../shared/i18n';
import { isConflict } from '../shared/verdicts';

export async function showSample(doc: Document): Promise<void> {
  localise(doc);
  try {
    const main = startContentScript(new ContentScriptContext('sample'));
    // The popup asks the tab's content script for the page's figures with tabs.sendMessage; here the page itself
    // answers, so the popup lists the sample's figures and reveals them as on any news page.
    browser.runtime.onMessage.addListener((raw: unknown) => main.onMessage(raw));
    const report = pageReportSchema.parse(await main.onMessage({ type: 'fc:get-report' }));
    const warning = report.figures.find((f) => isConflict(f.verdict));
    if (warning) await main.onMessage({ type: 'fc:reveal', index: warning.index });
    doc.documentElement.dataset.fcSample = warning ? 'warning-open' : 'checked';
  } catch (error) {
    logOnce('the sample article could not be checked', error);
  }
}
