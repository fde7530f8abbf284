// The options page's reading-memory panel: the switch, the sites never remembered, the storage used, the remembered
// pages (title, site, when read, how many figures) with "forget this page" and "forget this site", "forget
// everything", and export as a claim pack (the import format, what `npm run extract` writes). Settings are read
// again right before each save, so the rest of the options page's settings are never undone from here.
import type { Settings } from '../../core/settings';
import type { ClaimPack } from '../../core/schema';
import { openMemoryStore, type MemoryStore, type MemoryUsage, type RememberedPage } from '../../storage/memory-store';
import { loadSettings, saveSettings } from '../../storage/storage';
import { downloadText, el } from '../shared/dom';
import { message, type MessageKey } from '../shared/i18n';
import { parseSites } from './settings-form';

export interface MemoryPanelDeps {
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  store(): Promise<MemoryStore>;
  download(filename: string, mime: string, text: string): void;
  text(key: MessageKey, parts?: Readonly<Record<string, string | number>>): string;
  now(): Date;
}

export function browserMemoryDeps(): MemoryPanelDeps {
  let opened: Promise<MemoryStore> | undefined;
  return {
    loadSettings,
    saveSettings,
    store: () =>
      (opened ??= openMemoryStore()).catch((error) => {
        opened = undefined;
        throw error;
      }),
    download: downloadText,
    text: message,
    now: () => new Date(),
  };
}

/** "1.2 MB", "340 KB". */
export function bytesInWords(bytes: number): string {
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  return `${bytes > 0 ? Math.max(1, Math.round(bytes / 1e3)) : 0} KB`;
}


const day = (iso: string) => iso.slice(0, 10);

/** Mount the panel (one line in render-options.ts); it paints itself once the settings and the store answer. */
export function renderMemoryPanel(deps: MemoryPanelDeps = browserMemoryDeps()): HTMLElement {
  const t = deps.text;
  const panel = el('section', { class: 'panel wide', id: 'memory-panel', 'aria-labelledby': 'memory-title' });
  const status = el('p', { class: 'memory-status', role: 'status', 'aria-live': 'polite' });
  const usage = el('p', { class: 'memory-usage muted' });
  const list = el('ul', { class: 'memory-pages' });
  const toggle = el('input', { type: 'checkbox', id: 'memory-switch' });
  const excluded = el('textarea', { id: 'memory-excluded', rows: 3, spellcheck: 'false' });
  const exportButton = el('button', { type: 'button', class: 'memory-export', text: t('memoryExport') });
  const forgetAll = el('button', { type: 'button', class: 'memory-forget-all', text: t('memoryForgetAll') });
  panel.append(
    el('h2', { id: 'memory-title', text: t('memoryTitle') }),
    el('p', { class: 'muted', text: t('memoryIntro') }),
    el('label', { for: 'memory-switch', class: 'choice' }, toggle, ` ${t('memorySwitch')}`),
    el('label', { for: 'memory-excluded', text: t('memoryExcludedLabel') }),
    excluded,
    usage,
    el('p', {}, exportButton, ' ', forgetAll),
    status,
    list,
  );

  const saveSetting = async (change: (s: Settings) => Settings) => {
    try {
      await deps.saveSettings(change(await deps.loadSettings()));
      status.textContent = t('memorySaved');
      status.dataset.state = 'saved';
    } catch (error) {
      status.textContent = (error as Error).message;
      status.dataset.state = 'error';
    }
  };
  toggle.addEventListener('change', () => void saveSetting((s) => ({ ...s, memory: toggle.checked, memoryAsked: true })));
  excluded.addEventListener('change', () => {
    const { sites } = parseSites(excluded.value);
    void saveSetting((s) => ({ ...s, memoryExcludedSites: sites }));
  });

  const act = async (work: (store: MemoryStore) => Promise<unknown>) => {
    try {
      await work(await deps.store());
      status.textContent = t('memoryForgotten');
      status.dataset.state = 'forgotten';
    } catch (error) {
      status.textContent = (error as Error).message;
      status.dataset.state = 'error';
    }
    await paint();
  };

  const pageItem = (page: RememberedPage) => {
    const link = el('a', { href: page.url, target: '_blank', rel: 'noopener noreferrer', text: page.title });
    const forgetPage = el('button', { type: 'button', class: 'memory-forget-page', text: t('memoryForgetPage') });
    const forgetSite = el('button', { type: 'button', class: 'memory-forget-site', text: t('memoryForgetSite') });
    forgetPage.setAttribute('aria-label', `${t('memoryForgetPage')}: ${page.title}`);
    forgetSite.setAttribute('aria-label', `${t('memoryForgetSite')}: ${page.host}`);
    forgetPage.addEventListener('click', () => void act((s) => s.forgetPage(page.url)));
    forgetSite.addEventListener('click', () => void act((s) => s.forgetSite(page.host)));
    return el(
      'li',
      { 'data-url': page.url },
      link,
      el('span', { class: 'memory-facts', text: ` ${t('memoryPageFacts', { host: page.host, date: day(page.readAt), claims: page.claims })} ` }),
      forgetPage,
      ' ',
      forgetSite,
    );
  };

  const paint = async () => {
    let pages: RememberedPage[];
    let used: MemoryUsage;
    try {
      const store = await deps.store();
      [pages, used] = await Promise.all([store.list(), store.usage()]);
    } catch (error) {
      usage.textContent = `${t('memoryUnavailable')} ${(error as Error).message}`;
      list.replaceChildren();
      return;
    }
    usage.textContent = t('memoryUsage', { pages: used.pages, claims: used.claims, size: bytesInWords(used.bytes) });
    usage.dataset.pages = String(used.pages);
    usage.dataset.bytes = String(used.bytes);
    exportButton.disabled = forgetAll.disabled = !pages.length;
    list.replaceChildren(...(pages.length ? pages.map(pageItem) : [el('li', { class: 'muted', text: t('memoryEmpty') })]));
  };

  forgetAll.addEventListener('click', () => void act((s) => s.forgetAll()));
  exportButton.addEventListener('click', async () => {
    try {
      const pack: ClaimPack = await (await deps.store()).exportPack(`Reading memory ${day(deps.now().toISOString())}`);
      deps.download(`figure-check-memory-${day(deps.now().toISOString())}.json`, 'application/json', `${JSON.stringify(pack, null, 2)}\n`);
    } catch (error) {
      status.textContent = (error as Error).message;
      status.dataset.state = 'error';
    }
  });

  void deps
    .loadSettings()
    .then((s) => {
      toggle.checked = s.memory;
      excluded.value = s.memoryExcludedSites.join('\n');
    })
    .catch(() => undefined);
  void paint();
  return panel;
}
