/** @vitest-environment happy-dom */
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, siteEnabled, type Settings } from '../../src/core/settings';
import {
  PACKS_KEY,
  SETTINGS_KEY,
  loadLegacyPacks,
  loadSettings,
  loadSettingsWithNotice,
  onStoredDataChange,
  savePackStamp,
  saveSettings,
  type StoredPack,
} from '../../src/storage/storage';

const pack: StoredPack = {
  name: 'My pack',
  importedAt: '2026-11-22T08:00:00.000Z',
  sources: [{ id: 'my-src', title: 'A title', outlet: 'Outlet', author: null, date: '2026-01', language: 'en', file: 'x.txt' }],
  claims: [
    {
      id: 'my-claim',
      entity: 'minimax',
      metric: 'revenue',
      period: '2025',
      value: 1e8,
      unit: 'USD',
      qualifier: 'exact',
      sourceId: 'my-src',
      quote: 'revenue of $100 million',
    },
  ],
};

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  test('nothing stored gives the defaults without a notice', async () => {
    expect(await loadSettingsWithNotice()).toEqual({ value: DEFAULT_SETTINGS, notice: null });
  });

  test('saved settings come back as saved', async () => {
    const mine = { ...DEFAULT_SETTINGS, scope: 'listed' as const, sites: ['example.com'], sensitivity: 'conflicts' as const };
    await saveSettings(mine);
    expect(await loadSettings()).toEqual(mine);
  });

  test.each([
    ['a string', 'not json at all'],
    ['a number', 42],
    ['an array', [1, 2]],
    ['an unknown version', { ...DEFAULT_SETTINGS, version: 7 }],
  ])('corrupt settings (%s) give the defaults with a notice', async (_, stored) => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: stored });
    const loaded = await loadSettingsWithNotice();
    expect(loaded.notice).toMatch(/defaults are in use/);
    expect(loaded.value.sites).toEqual(DEFAULT_SETTINGS.sites);
    expect(loaded.value.scope).toBe(DEFAULT_SETTINGS.scope);
  });

  test('an older record keeps the fields that still validate and names the ones reset', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { scope: 'listed', sites: 'reuters.com', sensitivity: 'conflicts' } });
    const loaded = await loadSettingsWithNotice();
    expect(loaded.value.scope).toBe('listed');
    expect(loaded.value.sensitivity).toBe('conflicts');
    expect(loaded.value.sites).toEqual(DEFAULT_SETTINGS.sites);
    expect(loaded.notice).toMatch(/reset: sites, disabledSites/);
  });

  test('"mark every figure read" survives the repair of other fields', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { version: 1, scope: 'nowhere', sites: [], disabledSites: [], sensitivity: 'conflicts', markAll: true } });
    const loaded = await loadSettingsWithNotice();
    expect(loaded.value.markAll).toBe(true);
    expect(loaded.notice).toMatch(/reset: scope$|reset: scope\./);
  });

  test('settings stored before the reading memory load with it off, no sites excluded, not yet asked', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { version: 1, scope: 'all', sites: [], disabledSites: [], sensitivity: 'conflicts', markAll: true } });
    const loaded = await loadSettingsWithNotice();
    expect(loaded).toEqual({ value: expect.objectContaining({ markAll: true, memory: false, memoryExcludedSites: [], memoryAsked: false }), notice: null });
  });

  test('the memory settings survive the repair of other fields', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { version: 1, scope: 'nowhere', sites: [], disabledSites: [], sensitivity: 'conflicts', memory: true, memoryExcludedSites: ['ft.com'], memoryAsked: true } });
    const loaded = await loadSettingsWithNotice();
    expect(loaded.value).toMatchObject({ memory: true, memoryExcludedSites: ['ft.com'], memoryAsked: true });
  });

  test('saving invalid settings throws instead of storing them', async () => {
    await expect(saveSettings({ ...DEFAULT_SETTINGS, scope: 'some' as 'all' })).rejects.toThrow();
    expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toBeUndefined();
  });
});

describe('packs an older build kept in storage.local (read once, to migrate them)', () => {
  test('none stored: nothing to migrate', async () => {
    expect(await loadLegacyPacks()).toBeNull();
  });

  test('stored packs come back as stored', async () => {
    await fakeBrowser.storage.local.set({ [PACKS_KEY]: [pack] });
    expect(await loadLegacyPacks()).toEqual({ value: [pack], notice: null });
  });

  test('one bad pack among good ones is set aside by name', async () => {
    await fakeBrowser.storage.local.set({ [PACKS_KEY]: [pack, { ...pack, name: 'Broken', claims: 'no' }] });
    const loaded = await loadLegacyPacks();
    expect(loaded?.value).toEqual([pack]);
    expect(loaded?.notice).toMatch(/"Broken"/);
  });

  test('a non-array gives no packs and a notice', async () => {
    await fakeBrowser.storage.local.set({ [PACKS_KEY]: { name: 'x' } });
    const loaded = await loadLegacyPacks();
    expect(loaded?.value).toEqual([]);
    expect(loaded?.notice).toMatch(/unreadable/);
  });
});

test('changes to settings and packs are reported by key', async () => {
  const seen: string[] = [];
  const stop = onStoredDataChange((what) => seen.push(what));
  await saveSettings(DEFAULT_SETTINGS);
  await savePackStamp(1);
  stop();
  await savePackStamp(0);
  expect(seen).toEqual(['settings', 'packs']);
});

test.each([
  ['all sites', { scope: 'all' }, 'example.org', true],
  ['a disabled site', { scope: 'all', disabledSites: ['example.org'] }, 'www.example.org', false],
  ['a subdomain of a listed site', { scope: 'listed' }, 'www.reuters.com', true],
  ['a subdomain of a listed site (deep)', { scope: 'listed' }, 'asia.nikkei.com', true],
  ['an unlisted site', { scope: 'listed' }, 'example.org', false],
  ['a look-alike host', { scope: 'listed' }, 'notreuters.com', false],
] as [string, Partial<Settings>, string, boolean][])('siteEnabled: %s', (_, patch, host, expected) => {
  expect(siteEnabled({ ...DEFAULT_SETTINGS, ...patch }, host)).toBe(expected);
});
