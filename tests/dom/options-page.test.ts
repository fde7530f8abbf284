/** @vitest-environment happy-dom */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ClaimPack } from '../../src/core/schema';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { ClaimDatabase } from '../../src/core/validate';
import { openPackStore, type PackStore } from '../../src/storage/pack-store';
import { PACKS_KEY, SETTINGS_KEY, loadPackStamp, loadSettings, saveSettings } from '../../src/storage/storage';
import { browserOptionsDeps } from '../../src/ui/options/browser-deps';
import { renderOptions, type OptionsDeps } from '../../src/ui/options/render-options';
import en from '../../public/_locales/en/messages.json';

const db: ClaimDatabase = {
  sources: [
    { id: 'src-a', title: 'Zhipu prospectus story', outlet: 'Outlet A', author: null, date: '2026-01-08', language: 'en', file: 'a.txt' },
    { id: 'src-b', title: '智谱营收', outlet: 'Outlet B', author: null, date: null, language: 'zh', file: 'b.txt' },
  ],
  claims: [
    { id: 'a-rev-2024', entity: 'zhipu', metric: 'revenue', period: '2024', value: 312e6, unit: 'CNY', qualifier: 'exact', sourceId: 'src-a', quote: 'revenue of RMB 312 million in 2024' },
    { id: 'b-rev-2024', entity: 'zhipu', metric: 'revenue', period: '2024', value: 3.12e8, unit: 'CNY', qualifier: 'exact', sourceId: 'src-b', quote: '2024年营收3.12亿元' },
    { id: 'a-rev-2025h1', entity: 'zhipu', metric: 'revenue', period: '2025-H1', value: 190e6, unit: 'CNY', qualifier: 'approx', sourceId: 'src-a', quote: 'about RMB 190 million in the first half' },
    { id: 'a-mm-loss', entity: 'minimax', metric: 'net-loss', period: '2024', value: 465e6, unit: 'USD', qualifier: 'exact', sourceId: 'src-a', quote: 'a net loss of $465 million' },
  ],
  fx: { note: '', rates: [{ period: '2024', base: 'USD', quote: 'CNY', rate: 7.2, source: 'test' }, { period: '2025', base: 'USD', quote: 'CNY', rate: 7.15, source: 'test' }] },
};

const goodPack: ClaimPack = {
  name: 'Moonshot notes',
  sources: [{ id: 'src-m', title: 'Kimi funding round', outlet: 'Outlet M', author: null, date: '2025-12', language: 'en', file: 'm.txt' }],
  claims: [
    { id: 'm-val', entity: 'moonshot', metric: 'valuation', period: '2025', value: 4.3e9, unit: 'USD', qualifier: 'over', sourceId: 'src-m', quote: 'valued at more than $4.3 billion' },
    { id: 'm-rev', entity: 'zhipu', metric: 'revenue', period: '2024', value: 45e6, unit: 'USD', qualifier: 'approx', sourceId: 'src-a', quote: 'about $45 million' },
  ],
};

let root: HTMLElement;
let deps: OptionsDeps;
let store: PackStore;
const loadPacks = () => store.all();
const rescans = vi.fn(async () => undefined);

beforeEach(async () => {
  fakeBrowser.reset();
  // The fake browser has no message catalogs: the English one, as an English browser reads it.
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => (en as Record<string, { message: string }>)[key]?.message ?? '');
  rescans.mockClear();
  document.body.innerHTML = '';
  root = document.createElement('main');
  document.body.append(root);
  // A fresh IndexedDB per test (fake-indexeddb), opened the way the options page opens the real one.
  store = await openPackStore(new IDBFactory());
  deps = {
    ...browserOptionsDeps(async () => store),
    database: () => db,
    rescanTabs: rescans,
    now: () => new Date('2026-11-22T08:00:00Z'),
  };
});

async function choose(file: File) {
  const input = root.querySelector<HTMLInputElement>('#pack-file')!;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change'));
  await vi.waitFor(() => expect(root.querySelector('.import-result')?.textContent).not.toBe(''));
}

test('corrupt stored settings and packs: defaults, visible notices, no crash', async () => {
  await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: '{not json', [PACKS_KEY]: 12 });
  await renderOptions(root, deps);
  const notices = [...root.querySelectorAll('[data-notice]')].map((n) => n.textContent);
  expect(notices).toHaveLength(2);
  expect(notices[0]).toMatch(/defaults are in use/);
  expect(notices[1]).toMatch(/claim packs were unreadable/);
  expect(root.querySelector<HTMLInputElement>('#scope-all')?.checked).toBe(true);
  expect(root.querySelector<HTMLTextAreaElement>('#sites')?.value.split('\n')).toEqual(DEFAULT_SETTINGS.sites);
});

test('settings are saved as soon as they change, with a visible "Saved"', async () => {
  await renderOptions(root, deps);
  expect(root.querySelector('[data-notice]')).toBeNull();
  const conflicts = root.querySelector<HTMLInputElement>('#sensitivity-conflicts')!;
  conflicts.checked = true;
  conflicts.dispatchEvent(new Event('change'));
  await vi.waitFor(async () => expect((await loadSettings()).sensitivity).toBe('conflicts'));
  await vi.waitFor(() => expect(root.querySelector('.save-status')?.textContent).toBe('Saved'));
  expect(rescans).toHaveBeenCalled();

  const listed = root.querySelector<HTMLInputElement>('#scope-listed')!;
  listed.checked = true;
  listed.dispatchEvent(new Event('change'));
  const sites = root.querySelector<HTMLTextAreaElement>('#sites')!;
  sites.value = 'https://www.FT.com/content/1\nreuters.com\n\nnot a site\nreuters.com';
  sites.dispatchEvent(new Event('change'));
  await vi.waitFor(async () => expect((await loadSettings()).sites).toEqual(['ft.com', 'reuters.com']));
  expect((await loadSettings()).scope).toBe('listed');
  await vi.waitFor(() => expect(root.querySelector('.save-status')?.textContent).toMatch(/ignored, not a site: not a site/));
});

test('sites switched off from the popup can be turned back on', async () => {
  await saveSettings({ ...DEFAULT_SETTINGS, disabledSites: ['example.org', 'b.org'] });
  await renderOptions(root, deps);
  root.querySelector<HTMLButtonElement>('[aria-label="Turn Figure Check back on for example.org"]')!.click();
  await vi.waitFor(async () => expect((await loadSettings()).disabledSites).toEqual(['b.org']));
  await vi.waitFor(() => expect(root.querySelector('.disabled-sites')?.textContent).toBe('b.org Turn back on'));
});

test('the claim browser lists claims with value, source and quote, and filters by company, metric and period', async () => {
  await renderOptions(root, deps);
  expect(root.querySelector('.count')?.textContent).toBe('4 of 4 claims');
  const claim = root.querySelector('[data-claim="a-rev-2025h1"]')!;
  expect(claim.querySelector('.claim-value')?.textContent).toBe('about 190 million yuan');
  expect(claim.querySelector('.quote')?.textContent).toBe('about RMB 190 million in the first half');
  expect(claim.querySelector('.claim-source')?.textContent).toBe('Outlet A — Zhipu prospectus story · 2026-01-08');
  const entity = root.querySelector<HTMLSelectElement>('#filter-entity')!;
  expect([...entity.options].map((o) => o.textContent)).toEqual(['All', 'MiniMax', 'Zhipu AI (Z.ai)']);
  entity.value = 'zhipu';
  entity.dispatchEvent(new Event('change'));
  expect(root.querySelector('.count')?.textContent).toBe('3 of 4 claims');
  const period = root.querySelector<HTMLSelectElement>('#filter-period')!;
  expect([...period.options].map((o) => o.value)).toEqual(['', '2024', '2025-H1']);
  period.value = '2024';
  period.dispatchEvent(new Event('change'));
  expect([...root.querySelectorAll('.claim')].map((c) => c.getAttribute('data-claim'))).toEqual(['a-rev-2024', 'b-rev-2024']);
});

test('one chart per company and metric, one mark per source per period, money in US dollars', async () => {
  await renderOptions(root, deps);
  const charts = [...root.querySelectorAll('.chart-box')];
  expect(charts.map((c) => c.querySelector('figcaption')?.textContent)).toEqual(['Zhipu AI (Z.ai) · revenue', 'MiniMax · net loss']);
  const marks = [...charts[0]!.querySelectorAll('circle')];
  expect(marks.map((m) => `${m.getAttribute('data-source')}@${m.getAttribute('data-period')}`)).toEqual([
    'src-a@2024',
    'src-b@2024',
    'src-a@2025-H1',
  ]);
  // RMB 312 million at 7.2 per dollar is about US$43.3 million: both 2024 marks sit at the same height.
  expect(marks[0]!.getAttribute('cy')).toBe(marks[1]!.getAttribute('cy'));
  expect(marks[0]!.querySelector('title')?.textContent).toBe('Outlet A — Zhipu prospectus story, 2024: 312 million yuan ≈ US$43.33 million');
  expect(charts[0]!.querySelector('svg')?.getAttribute('aria-label')).toMatch(/3 values from 2 source\(s\), in US dollars/);
});

test('a good pack is imported, listed, shown in the claim browser, and can be removed', async () => {
  await renderOptions(root, deps);
  await choose(new File([JSON.stringify(goodPack)], 'moonshot.json', { type: 'application/json' }));
  expect(root.querySelector('.import-result')?.getAttribute('data-state')).toBe('ok');
  expect(root.querySelector('.import-result')?.textContent).toBe('Imported “Moonshot notes”: 2 claims from 1 source.');
  expect(await loadPacks()).toEqual([{ ...goodPack, importedAt: '2026-11-22T08:00:00.000Z' }]);
  expect(root.querySelector('[data-pack="Moonshot notes"]')?.textContent).toMatch(/2 claims, 1 source, imported 2026-11-22/);
  expect(root.querySelector('[data-claim="m-val"] .claim-value')?.textContent).toBe('more than US$4.3 billion');
  expect(root.querySelector('[data-claim="m-val"] .claim-source')?.textContent).toMatch(/imported pack “Moonshot notes”/);
  expect(root.querySelector('.count')?.textContent).toBe('6 of 6 claims');

  root.querySelector<HTMLButtonElement>('[aria-label="Remove pack Moonshot notes"]')!.click();
  await vi.waitFor(async () => expect(await loadPacks()).toEqual([]));
  expect(root.querySelector('.count')?.textContent).toBe('4 of 4 claims');
  // Pages learn of the change from the stamp in storage.local (IndexedDB has no change event they can hear).
  expect((await loadPackStamp()).count).toBe(0);
});

test('packs an older build kept in storage.local move to the pack store once, and leave storage.local', async () => {
  const old = { ...goodPack, importedAt: '2026-11-01T08:00:00.000Z' };
  await fakeBrowser.storage.local.set({ [PACKS_KEY]: [old] });
  await renderOptions(root, deps);
  expect(root.querySelector('[data-pack="Moonshot notes"]')?.textContent).toMatch(/imported 2026-11-01/);
  expect(await loadPacks()).toEqual([old]);
  expect((await fakeBrowser.storage.local.get(PACKS_KEY))[PACKS_KEY]).toBeUndefined();
  expect((await loadPackStamp()).count).toBe(1);
  await renderOptions(root, deps);
  expect(await loadPacks()).toEqual([old]);
});

test('a storage failure is said in plain words and nothing is listed as imported', async () => {
  const quota = Object.assign(new Error('Resource::kQuotaBytes quota exceeded'), { name: 'QuotaExceededError' });
  vi.spyOn(store, 'add').mockRejectedValueOnce(quota);
  deps = { ...browserOptionsDeps(async () => store), database: () => db, rescanTabs: rescans };
  await renderOptions(root, deps);
  await choose(new File([JSON.stringify(goodPack)], 'moonshot.json'));
  const result = root.querySelector('.import-result')!;
  expect(result.getAttribute('data-state')).toBe('error');
  expect(result.textContent).toMatch(/^“moonshot\.json” was not imported; nothing was changed\. There is not enough room left in the browser’s storage/);
  expect(root.querySelector('[data-pack="Moonshot notes"]')).toBeNull();
});

test('when IndexedDB cannot be opened (a private window) the page says so and still works', async () => {
  deps = {
    // Firefox's private windows throw InvalidStateError on open.
    ...browserOptionsDeps(() => openPackStore({ open() { throw new DOMException('no', 'InvalidStateError'); } } as unknown as IDBFactory)),
    database: () => db,
    rescanTabs: rescans,
  };
  await renderOptions(root, deps);
  expect(root.querySelector('[data-notice]')?.textContent).toMatch(/does not let Figure Check keep claim packs here \(this happens in a private window/);
  expect(root.querySelector('.count')?.textContent).toBe('4 of 4 claims');
});

test.each([
  ['invalid JSON', '{"name": "x", ', [/not valid JSON/]],
  ['the wrong shape', '[1, 2]', [/^the file must be an object, not a list$/]],
  [
    'bad rows',
    JSON.stringify({
      ...goodPack,
      claims: [{ ...goodPack.claims[0], unit: 'dollars' }, goodPack.claims[1], { ...goodPack.claims[1], id: 'm-x', period: 'last year' }],
    }),
    [/^claim 1 \(m-val\): 'unit' must be one of CNY, USD, .*, not the text "dollars"$/, /^claim 3 \(m-x\): 'period': period must look like/],
  ],
  [
    'broken links',
    JSON.stringify({ ...goodPack, claims: [{ ...goodPack.claims[0], sourceId: 'nowhere' }, { ...goodPack.claims[1], id: 'a-rev-2024' }] }),
    [/^claim 1 \(m-val\): 'sourceId' names no source "nowhere"/, /^claim 2 \(a-rev-2024\): 'id' is already used by another claim/],
  ],
  [
    'a missing field',
    JSON.stringify({ ...goodPack, claims: [goodPack.claims[0], Object.fromEntries(Object.entries(goodPack.claims[1]!).filter(([k]) => k !== 'period'))] }),
    [/^claim 2 \(m-rev\): 'period' is missing$/],
  ],
] as const)('a pack with %s is rejected with its row and field, and nothing is stored', async (_, text, expected) => {
  await renderOptions(root, deps);
  await choose(new File([text], 'bad.json', { type: 'application/json' }));
  const result = root.querySelector('.import-result')!;
  expect(result.getAttribute('data-state')).toBe('error');
  expect(result.textContent).toMatch(/nothing was changed/);
  const problems = [...result.querySelectorAll('.problems li')].map((li) => li.textContent ?? '');
  expect(problems).toHaveLength(expected.length);
  expected.forEach((re, i) => expect(problems[i]).toMatch(re));
  expect(await loadPacks()).toEqual([]);
  expect(root.querySelector('.count')?.textContent).toBe('4 of 4 claims');
});

test('a file over the size limit is refused before it is read', async () => {
  await renderOptions(root, deps);
  const big = new File(['x'], 'huge.json');
  Object.defineProperty(big, 'size', { value: 6 * 1024 * 1024 });
  const text = vi.spyOn(big, 'text');
  await choose(big);
  expect(root.querySelector('.import-result')?.textContent).toMatch(/huge\.json: the file is 6\.0 MB; claim packs can be at most 5 MB/);
  expect(text).not.toHaveBeenCalled();
});

test('importing the same pack twice is refused by name', async () => {
  await renderOptions(root, deps);
  await choose(new File([JSON.stringify(goodPack)], 'a.json'));
  await choose(new File([JSON.stringify({ ...goodPack, claims: [], sources: [] })], 'b.json'));
  expect(root.querySelector('.import-result li')?.textContent).toMatch(/^'name': a pack named "Moonshot notes" is already imported/);
  expect(await loadPacks()).toHaveLength(1);
});

test('"Mark every figure read" is off by default and saved at once when switched on', async () => {
  await renderOptions(root, deps);
  const box = root.querySelector<HTMLInputElement>('#mark-all')!;
  expect(box.checked).toBe(false);
  expect(root.querySelector('label[for="mark-all"]')?.textContent).toContain('Mark every figure read');
  box.checked = true;
  box.dispatchEvent(new Event('change'));
  await vi.waitFor(async () => expect((await loadSettings()).markAll).toBe(true));
  // (Stored before storage.local.set resolves to the page, which tells the tabs after it.)
  await vi.waitFor(() => expect(rescans).toHaveBeenCalled());
});

test('the subscriptions panel lists none at first and refuses a plain-http address before asking for anything', async () => {
  const request = vi.spyOn(fakeBrowser.permissions, 'request');
  await renderOptions(root, deps);
  await vi.waitFor(() => expect(root.querySelector('.subscriptions li')?.textContent).toBe('No subscriptions.'));
  root.querySelector<HTMLInputElement>('#subs-url')!.value = 'http://example.org/pack.json';
  root.querySelector('form.subs-form')!.dispatchEvent(new Event('submit', { cancelable: true }));
  expect(root.querySelector('.subs-result')?.textContent).toBe(
    'Only https addresses can be subscribed to, so that nobody on the way can change the claims (plain http only from this computer: 127.0.0.1 or localhost).',
  );
  expect(request).not.toHaveBeenCalled();
});

test('the language setting: Chinese on choice, English again on choice, saved at once', async () => {
  await saveSettings({ ...DEFAULT_SETTINGS, language: 'zh' });
  await renderOptions(root, deps);
  expect(document.documentElement.lang).toBe('zh-CN');
  expect(root.querySelector('h1')?.textContent).toBe('Figure Check 设置');
  expect(root.querySelector('#settings-title')?.textContent).toBe('设置');
  expect(root.querySelector('label[for="mark-all"]')?.textContent).toBe(' 标出读到的每个数字');
  expect(root.querySelector('#packs-title')?.textContent).toBe('数据包');
  expect(root.querySelector('.claims .reading')?.textContent).toMatch(/^ (智谱|MiniMax) · (营收|净亏损) · 2024年$/);
  const select = root.querySelector<HTMLSelectElement>('#language')!;
  expect(select.value).toBe('zh');
  expect([...select.options].map((o) => o.textContent)).toEqual(['跟随浏览器', '跟随网页', 'English（英文）', '中文']);
  select.value = 'en';
  select.dispatchEvent(new Event('change'));
  await vi.waitFor(() => expect(root.querySelector('h1')?.textContent).toBe('Figure Check options'));
  expect((await loadSettings()).language).toBe('en');
  expect(document.documentElement.lang).toBe('en');
  expect(root.querySelector('#settings-title')?.textContent).toBe('Settings');
  expect(document.activeElement?.id).toBe('language');
});
