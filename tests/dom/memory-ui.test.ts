/** @vitest-environment happy-dom */
// The popup's one question about the reading memory and the options page's memory panel, against hand-made
// settings and a real IndexedDB implementation (fake-indexeddb).
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { expect, test, vi } from 'vitest';
import { translate } from '../../src/core/i18n/translate';
import { claimPackSchema } from '../../src/core/schema';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import type { MessageKey } from '../../src/ui/shared/i18n';
import { openMemoryStore } from '../../src/storage/memory-store';
import { mountMemoryPrompt } from '../../src/ui/popup/memory-prompt';
import { bytesInWords, renderMemoryPanel } from '../../src/ui/options/memory-panel';

const text = (key: MessageKey, parts?: Readonly<Record<string, string | number>>) => translate('en', key, parts);

function settingsStore(initial: Settings) {
  let stored = structuredClone(initial);
  return {
    loadSettings: vi.fn(async () => structuredClone(stored)),
    saveSettings: vi.fn(async (s: Settings) => void (stored = structuredClone(s))),
    get: () => stored,
    set: (s: Settings) => void (stored = s),
  };
}

test('the popup asks once, in one sentence; "Turn on" turns the memory on and the question does not come back', async () => {
  const settings = settingsStore(DEFAULT_SETTINGS);
  document.body.innerHTML = '<div id="app"><header><h1>Figure Check</h1></header></div>';
  const header = document.querySelector('header')!;
  await mountMemoryPrompt(header, settings, text);
  const box = document.querySelector('.memory-prompt')!;
  expect(box.querySelector('p')!.textContent).toBe(text('memoryPromptText'));
  expect(box.querySelector('p')!.textContent!.match(/[.?!]/g)).toHaveLength(1);
  // Something else the popup saved meanwhile (the site switch) is kept.
  settings.set({ ...settings.get(), disabledSites: ['example.com'] });
  box.querySelector<HTMLButtonElement>('.memory-on')!.click();
  await vi.waitFor(() => expect(settings.get()).toMatchObject({ memory: true, memoryAsked: true, disabledSites: ['example.com'] }));
  expect(document.querySelector('.memory-prompt')!.textContent).toBe(text('memoryPromptDoneOn'));

  document.body.innerHTML = '<div id="app"><header><h1>Figure Check</h1></header></div>';
  await mountMemoryPrompt(document.querySelector('header')!, settings, text);
  expect(document.querySelector('.memory-prompt')).toBeNull();
});

test('"Not now" leaves the memory off and is not asked again', async () => {
  const settings = settingsStore(DEFAULT_SETTINGS);
  document.body.innerHTML = '<header></header>';
  await mountMemoryPrompt(document.querySelector('header')!, settings, text);
  document.querySelector<HTMLButtonElement>('.memory-later')!.click();
  await vi.waitFor(() => expect(settings.get()).toMatchObject({ memory: false, memoryAsked: true }));
  document.body.innerHTML = '<header></header>';
  await mountMemoryPrompt(document.querySelector('header')!, settings, text);
  expect(document.querySelector('.memory-prompt')).toBeNull();
});

test('the options panel lists remembered pages, forgets one, saves excluded sites and exports a valid claim pack', async () => {
  const store = await openMemoryStore(new IDBFactory());
  const src = (id: string, url: string) => ({ id, title: `Story ${id}`, outlet: null, author: null, date: null, language: 'en' as const, file: url, url });
  for (const [id, url] of [['a', 'https://www.scmp.com/a'], ['b', 'https://www.reuters.com/b']] as const) {
    await store.remember({
      url,
      title: `Story ${id}`,
      source: src(id, url),
      readAt: '2026-11-20T10:00:00.000Z',
      claims: [{ id: `${id}-1`, entity: 'zhipu', metric: 'revenue', period: '2025', value: 7.24e8, unit: 'CNY', qualifier: 'exact', sourceId: id, quote: `Revenue ${id} was 724 million yuan.` }],
    });
  }
  const settings = settingsStore({ ...DEFAULT_SETTINGS, memory: true });
  const download = vi.fn();
  const panel = renderMemoryPanel({ ...settings, store: async () => store, download, text, now: () => new Date('2026-11-26T00:00:00Z') });
  document.body.replaceChildren(panel);
  await vi.waitFor(() => expect(panel.querySelectorAll('li[data-url]')).toHaveLength(2));
  expect(panel.querySelector('.memory-usage')!.textContent).toMatch(/^Pages: 2 · figures: 2 · storage used: \d+ KB$/);
  expect(panel.querySelector('li[data-url="https://www.scmp.com/a"] .memory-facts')!.textContent!.trim()).toBe('scmp.com · read 2026-11-20 · figures: 1');
  expect(panel.querySelector<HTMLInputElement>('#memory-switch')!.checked).toBe(true);

  panel.querySelector<HTMLButtonElement>('li[data-url="https://www.scmp.com/a"] .memory-forget-page')!.click();
  await vi.waitFor(() => expect([...panel.querySelectorAll('li[data-url]')].map((li) => li.getAttribute('data-url'))).toEqual(['https://www.reuters.com/b']));

  const excluded = panel.querySelector<HTMLTextAreaElement>('#memory-excluded')!;
  excluded.value = 'https://www.FT.com/content/x\nbloomberg.com';
  excluded.dispatchEvent(new Event('change'));
  await vi.waitFor(() => expect(settings.get().memoryExcludedSites).toEqual(['ft.com', 'bloomberg.com']));

  panel.querySelector<HTMLButtonElement>('.memory-export')!.click();
  await vi.waitFor(() => expect(download).toHaveBeenCalled());
  const [filename, , body] = download.mock.calls[0] as [string, string, string];
  expect(filename).toBe('figure-check-memory-2026-11-26.json');
  const pack = claimPackSchema.parse(JSON.parse(body));
  expect(pack.claims.map((c) => c.id)).toEqual(['b-1']);
});

test('storage is said in KB or MB, and nothing stored is 0 KB', () => {
  expect([0, 1, 2_600, 45_100_000].map(bytesInWords)).toEqual(['0 KB', '1 KB', '3 KB', '45.1 MB']);
});
