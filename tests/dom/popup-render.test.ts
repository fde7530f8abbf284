/** @vitest-environment happy-dom */
import { beforeEach, expect, test, vi, type Mock } from 'vitest';
import type { FigureSummary, PageReport } from '../../src/core/messages';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import { renderPopup, toggledSettings, type PopupDeps } from '../../src/ui/popup/render-popup';

function figure(index: number, verdict: FigureSummary['verdict'], text = `fig ${index}`): FigureSummary {
  return { index, text, verdict, explanation: `why ${index}`, entity: 'minimax', metric: 'net-loss', period: '2024', value: 4.65e8, unit: 'USD', context: '' };
}

const report: PageReport = {
  url: 'https://news.example.org/story',
  title: 'MiniMax IPO',
  enabled: true,
  pageSource: null,
  figures: [
    figure(0, 'consistent', '$465 million'),
    figure(1, 'rounding', 'about $470 million'),
    figure(2, 'conflict', '$4.65 billion'),
    figure(3, 'unverified'),
    figure(4, 'currency', 'RMB 465 million'),
  ],
};

let settings: Settings;
let deps: PopupDeps & {
  reveal: Mock<PopupDeps['reveal']>;
  download: Mock<PopupDeps['download']>;
  rescan: Mock<PopupDeps['rescan']>;
};
let root: HTMLElement;

beforeEach(() => {
  document.body.innerHTML = '';
  root = document.createElement('main');
  document.body.append(root);
  settings = structuredClone(DEFAULT_SETTINGS);
  deps = {
    getReport: vi.fn(async () => report),
    reveal: vi.fn<PopupDeps['reveal']>(async () => undefined),
    rescan: vi.fn<PopupDeps['rescan']>(async () => undefined),
    loadSettings: async () => settings,
    saveSettings: async (s) => void (settings = s),
    download: vi.fn<PopupDeps['download']>(),
    now: () => new Date('2026-11-22T08:00:00Z'),
  };
});

const groupOrder = () => [...root.querySelectorAll<HTMLElement>('[data-group]')].map((g) => g.dataset.group);

test('flagged figures come first, grouped in verdict order; the quiet ones are collapsed', async () => {
  settings.sensitivity = 'rounding';
  await renderPopup(root, deps);
  expect(groupOrder()).toEqual(['conflict', 'currency', 'rounding', 'consistent', 'unverified']);
  expect(root.querySelector('.summary')?.textContent).toBe('3 of 5 figures flagged');
  const consistent = root.querySelector<HTMLDetailsElement>('details[data-group="consistent"]');
  expect(consistent?.open).toBe(false);
  const first = root.querySelector('.flagged .figure');
  expect(first?.querySelector('.figure-text')?.textContent).toBe('$4.65 billion');
  expect(first?.querySelector('.reading')?.textContent).toBe('MiniMax · net loss · 2024');
  expect(first?.querySelector('.explanation')?.textContent).toBe('why 2');
});

test('at the conflicts-only sensitivity (the default) a rounding gap is not flagged', async () => {
  expect(settings.sensitivity).toBe('conflicts');
  await renderPopup(root, deps);
  expect(root.querySelector('details[data-group="rounding"]')).not.toBeNull();
  expect(root.querySelector('.summary')?.textContent).toBe('2 of 5 figures flagged');
});

test('clicking a figure asks the page to reveal it by index', async () => {
  await renderPopup(root, deps);
  root.querySelector<HTMLButtonElement>('[data-index="4"]')?.click();
  expect(deps.reveal).toHaveBeenCalledWith(4);
});

test('page text is inserted as text, never as markup', async () => {
  deps.getReport = async () => ({ ...report, figures: [figure(0, 'conflict', '<img src=x onerror=alert(1)>')] });
  await renderPopup(root, deps);
  expect(root.querySelector('img')).toBeNull();
  expect(root.querySelector('.figure-text')?.textContent).toBe('<img src=x onerror=alert(1)>');
});

test('export downloads only the flagged figures, as CSV and as JSON', async () => {
  settings.sensitivity = 'rounding';
  await renderPopup(root, deps);
  const [csv, json] = root.querySelectorAll<HTMLButtonElement>('footer button');
  csv?.click();
  json?.click();
  const [csvName, csvMime, csvText] = deps.download.mock.calls[0] ?? [];
  const [jsonName, , jsonText = ''] = deps.download.mock.calls[1] ?? [];
  expect(csvName).toBe('figure-check-news.example.org-2026-11-22.csv');
  expect(csvMime).toMatch(/^text\/csv/);
  expect(csvText?.trim().split('\r\n')).toHaveLength(4);
  expect(jsonName).toBe('figure-check-news.example.org-2026-11-22.json');
  expect(JSON.parse(jsonText).figures.map((f: FigureSummary) => f.index)).toEqual([1, 2, 4]);
});

test('no figures: an empty state that says what the extension looks for, and no export', async () => {
  deps.getReport = async () => ({ ...report, figures: [] });
  await renderPopup(root, deps);
  expect(root.querySelector('[data-state="empty"]')).not.toBeNull();
  expect(root.querySelector('.about')?.textContent).toMatch(/revenue, losses, valuations.*Zhipu AI.*MiniMax.*Moonshot/);
  expect(root.querySelector('footer')).toBeNull();
});

test('figures but none flagged: export is disabled', async () => {
  deps.getReport = async () => ({ ...report, figures: [figure(0, 'consistent')] });
  await renderPopup(root, deps);
  expect(root.querySelector('.summary')?.textContent).toBe('None of the 1 figures is flagged');
  expect(root.querySelector<HTMLButtonElement>('footer button')?.disabled).toBe(true);
});

test('no content script: says why instead of failing', async () => {
  deps.getReport = async () => Promise.reject(new Error('Could not establish connection'));
  await renderPopup(root, deps);
  expect(root.querySelector('[data-state="unreachable"]')?.textContent).toMatch(/chrome:\/\//);
  expect(root.querySelector('#site-switch')).toBeNull();
});

test('the site switch turns the host off and on, asking the page to rescan each time', async () => {
  await renderPopup(root, deps);
  const input = () => root.querySelector<HTMLInputElement>('#site-switch')!;
  expect(input().checked).toBe(true);
  expect(root.querySelector('label[for="site-switch"]')?.textContent).toMatch(/news\.example\.org/);
  // The page answers with the new state only once its rescan is done: the popup waits for it.
  let scans = 0;
  deps.getReport = async () => ({ ...report, enabled: scans < 2 });
  deps.rescan.mockImplementation(async () => void (scans = 0));
  const getReport = deps.getReport;
  deps.getReport = async () => (scans++, getReport());
  input().checked = false;
  input().dispatchEvent(new Event('change'));
  await vi.waitFor(() => expect(settings.disabledSites).toEqual(['news.example.org']));
  await vi.waitFor(() => expect(deps.rescan).toHaveBeenCalledTimes(1));
  await vi.waitFor(() => expect(root.querySelector('[data-state="disabled"]')).not.toBeNull(), { timeout: 3000 });
  expect(input().checked).toBe(false);

  deps.getReport = async () => ({ ...report, enabled: false });
  deps.rescan.mockImplementation(async () => undefined);
  await renderPopup(root, deps);
  expect(input().checked).toBe(false);
  expect(root.querySelector('[data-state="disabled"]')?.textContent).toMatch(/switched Figure Check off/);
  input().checked = true;
  input().dispatchEvent(new Event('change'));
  await vi.waitFor(() => expect(settings.disabledSites).toEqual([]));
  await vi.waitFor(() => expect(deps.rescan).toHaveBeenCalledTimes(2));
});

test.each([
  ['switching off adds the host', { scope: 'all', sites: [], disabledSites: [] }, false, { disabledSites: ['a.example.org'] }],
  ['switching on removes any entry covering the host', { scope: 'all', sites: [], disabledSites: ['example.org', 'b.org'] }, true, { disabledSites: ['b.org'] }],
  ['switching on an unlisted host in listed mode lists it', { scope: 'listed', sites: ['b.org'], disabledSites: [] }, true, { sites: ['b.org', 'a.example.org'] }],
] as const)('toggledSettings: %s', (_, start, on, expected) => {
  const s = { ...DEFAULT_SETTINGS, ...start, sites: [...start.sites], disabledSites: [...start.disabledSites] } as Settings;
  expect(toggledSettings(s, 'a.example.org', on)).toMatchObject(expected);
});

test('figures left unmarked (nothing to compare) are counted, not listed', async () => {
  deps.getReport = vi.fn(async () => ({ ...report, figures: report.figures.filter((f) => f.verdict !== 'unverified'), unmarked: 7 }));
  await renderPopup(root, deps);
  expect(root.querySelector('.unmarked')?.textContent).toMatch(/^7 figures have nothing to compare with and are not marked/);
  expect(groupOrder()).not.toContain('unverified');
});

test('a page whose figures all have nothing to compare says so instead of "no figures"', async () => {
  deps.getReport = vi.fn(async () => ({ ...report, figures: [], unmarked: 1 }));
  await renderPopup(root, deps);
  expect(root.querySelector('.notice')?.textContent).toBe('No figure on this page has anything to compare.');
  expect(root.querySelector('.unmarked')?.textContent).toMatch(/^1 figure has nothing to compare with and is not marked/);
});
