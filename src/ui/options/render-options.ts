// The options page: notices about repaired storage, settings, claim packs and the claim-database browser.

import type { Settings } from '../../core/settings';
import type { ClaimDatabase } from '../../core/validate';
import type { Loaded, StoredPack } from '../../storage/storage';
import { clear, el } from '../shared/dom';
import { message, setLanguage, uiLangTag } from '../shared/i18n';
import { renderClaimBrowser } from './claim-browser';
import { claimRows } from './claim-rows';
import { renderMemoryPanel, type MemoryPanelDeps } from './memory-panel';
import { renderPackPanel } from './pack-panel';
import { countIn } from './count-in';
import { renderSettingsForm } from './settings-form';

export interface OptionsDeps {
  loadSettings(): Promise<Loaded<Settings>>;
  saveSettings(settings: Settings): Promise<void>;
  /** Every imported pack (moving any an older build kept in storage.local first). */
  loadPacks(): Promise<Loaded<StoredPack[]>>;
  addPack(pack: StoredPack): Promise<void>;
  removePack(name: string): Promise<void>;
  database(): ClaimDatabase;
  /** Ask open tabs to re-read settings and packs. */
  rescanTabs(): Promise<void>;
  /** The subscribed claim packs' panel; `changed` re-reads the packs when a subscription adds or removes one. */
  subscriptionsPanel?(changed: () => void): HTMLElement;
  now?: () => Date;
  /** The reading memory panel's link to the browser (its own default when absent). */
  memory?: MemoryPanelDeps;
}

export async function renderOptions(root: HTMLElement, deps: OptionsDeps): Promise<void> {
  const settings = await deps.loadSettings();
  // The page speaks the chosen language ('page' is the browser's here: this page is the extension's own); the
  // packs are read after it is set, so a notice about them comes in that language.
  setLanguage(settings.value.language);
  const packs = await deps.loadPacks();
  root.ownerDocument.documentElement.lang = uiLangTag();
  root.ownerDocument.title = message('optionsTitle');
  clear(root);
  root.append(el('h1', { text: message('optionsTitle') }));
  for (const notice of [settings.notice, packs.notice]) {
    if (notice) root.append(el('p', { class: 'notice', role: 'alert', 'data-notice': '', text: notice }));
  }
  let db: ClaimDatabase;
  try {
    db = deps.database();
  } catch (error) {
    root.append(el('p', { class: 'notice', role: 'alert', text: message('optionsDatabaseFailed', [(error as Error).message]) }));
    db = { sources: [], claims: [], fx: { note: '', rates: [{ period: '2025', base: 'USD', quote: 'CNY', rate: 7.2, source: 'fallback' }] } };
  }
  let current = packs.value;
  const browser = el('div', { id: 'claim-browser' });
  const paintBrowser = () => renderClaimBrowser(browser, claimRows(db, current), db.fx);

  root.append(
    renderSettingsForm(settings.value, {
      save: async (s) => {
        // The memory panel saves its own fields; this form's copy of them may be older.
        const fresh = (await deps.loadSettings()).value;
        await deps.saveSettings({ ...s, memory: fresh.memory, memoryExcludedSites: fresh.memoryExcludedSites, memoryAsked: fresh.memoryAsked });
        await deps.rescanTabs().catch(() => undefined);
      },
      languageChanged: () => {
        // said again in the new language, with focus back on the language choice
        void renderOptions(root, deps).then(() => root.querySelector<HTMLElement>('#language')?.focus());
      },
    }),
    renderPackPanel({
      database: db,
      packs: () => current,
      add: async (pack) => {
        await deps.addPack(pack);
        current = [...current, pack];
        paintBrowser();
        await deps.rescanTabs().catch(() => undefined);
      },
      remove: async (name) => {
        await deps.removePack(name);
        current = current.filter((p) => p.name !== name);
        paintBrowser();
        await deps.rescanTabs().catch(() => undefined);
      },
      now: deps.now ?? (() => new Date()),
    }),
    deps.subscriptionsPanel?.(() => void deps.loadPacks().then((p) => ((current = p.value), paintBrowser()))) ?? '',
    renderMemoryPanel(deps.memory),
    el(
      'section',
      { class: 'panel wide', 'aria-labelledby': 'browser-title' },
      el('h2', { id: 'browser-title', text: message('optionsDatabase') }),
      el('p', {
        class: 'muted',
        text: message('optionsDatabaseIntro', [countIn('BundledClaim', db.claims.length), countIn('Source', db.sources.length)]),
      }),
      browser,
    ),
  );
  paintBrowser();
}
