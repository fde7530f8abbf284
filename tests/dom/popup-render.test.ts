/** @vitest-environment happy-dom */
import { beforeEach, expect, test, vi, type Mock } from 'vitest';
import type { FigureSummary, PageReport } from '../../src/core/messages';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import { renderPopup, toggledSettings, type PopupDeps } from '../../src/ui/popup/render-popup';
import { fakeBrowser } from 'wxt/testing/fake-browser';

function figure(index: number, verdict: FigureSummary['verdict'], text = `fig ${index}`, more: Partial<FigureSummary> = {}): FigureSummary {
  return { index, text, verdict, explanation: `why ${index}`, entity: 'minimax', metric: 'net-loss', period: '2024', value: 4.65e8, unit: 'USD', context: '', ...more };
}

const zhipu = { entity: 'zhipu', metric: 'revenue', period: '2025' } as const;
const unknown = { entity: null, metric: null, period: null, explanation: 'No source in the database states this figure.' } as const;

// Four mentions of one MiniMax fact (the worst a conflict), two of a Zhipu fact that agrees, one Moonshot figure the
// sources give for other periods only, and two figures of no known company with the same explanation.
const report: PageReport = {
  url: 'https://news.example.org/story',
  title: 'MiniMax IPO',
  enabled: true,
  pageSource: null,
  figures: [
    figure(0, 'consistent', '$465 million'),
    figure(1, 'rounding', 'about $470 million'),
    figure(2, 'conflict', '$4.65 billion', {
      sentence: 'This page gives US$4.65 billion; Reuters gives US$465 million: about 10 times apart.',
      sources: [
        { name: 'Reuters', value: 'US$465 million', verdict: 'conflict' },
        { name: 'Caixin', value: 'US$465 million', verdict: 'conflict' },
      ],
    }),
    figure(3, 'unverified', '2.7 million', unknown),
    figure(4, 'currency', 'RMB 465 million'),
    figure(5, 'consistent', '724 million yuan', { ...zhipu, sentence: 'AINews gives 724 million yuan too: the figure agrees with the database.' }),
    figure(6, 'consistent', '724m yuan', zhipu),
    figure(7, 'unverified', '3.1 million', unknown),
    figure(8, 'related', '$3 billion', { entity: 'moonshot', metric: 'valuation', period: '2025' }),
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
  vi.restoreAllMocks();
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
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

const cards = (scope = '') => [...root.querySelectorAll<HTMLElement>(`${scope} .fact`)];
const keys = (scope = '') => cards(scope).map((c) => c.dataset.fact);
const text = (node: Element | null | undefined, selector: string) => node?.querySelector(selector)?.textContent;

test('one card per fact (company · metric · period), warnings first; the rest folded', async () => {
  await renderPopup(root, deps);
  expect(keys('.flagged')).toEqual(['minimax|net-loss|2024']);
  expect(keys('details.quiet')).toEqual(['zhipu|revenue|2025', 'moonshot|valuation|2025', '?|unverified|No source in the database states this figure.']);
  expect(root.querySelector<HTMLDetailsElement>('details.quiet')?.open).toBe(false);
  expect(text(root, 'details.quiet > summary')).toBe('No warning (3)');
  const [minimax] = cards('.flagged');
  expect(minimax?.dataset.verdict).toBe('conflict');
  // Its mentions: the worst first (the one the card speaks of), then the others.
  expect(minimax?.dataset.indices).toBe('2 4 1 0');
  expect(text(minimax, '.fact-title')).toBe('MiniMax · net loss · 2024');
  expect(text(minimax, '.fact-verdict')).toBe('Conflicts with other sources');
  expect(text(minimax, '.fact-sentence')).toBe('This page gives US$4.65 billion; Reuters gives US$465 million: about 10 times apart.');
  expect(text(minimax, '.fact-figures')).toBe('As written: “$4.65 billion”, “RMB 465 million”, “about $470 million”, “$465 million”');
  expect([...minimax!.querySelectorAll('.source')].map((s) => s.textContent)).toEqual(['US$465 million · Reuters', 'US$465 million · Caixin']);
  expect(text(minimax, '.mentions')).toBe('Show on the page · 4 mentions');
  // A card with no sentence in the report falls back on the explanation; one mention is "1 mention".
  const moonshot = cards().find((c) => c.dataset.fact === 'moonshot|valuation|2025');
  expect(text(moonshot, '.fact-sentence')).toBe('why 8');
  expect(text(moonshot, '.mentions')).toBe('Show on the page · 1 mention');
  expect(moonshot?.querySelector('.sources')).toBeNull();
});

test('figures of no known company or metric share a card per verdict and explanation', async () => {
  deps.getReport = async () => ({
    ...report,
    figures: [...report.figures, figure(9, 'unverified', '9 million', { ...unknown, explanation: 'Not checked: unclear.' })],
  });
  await renderPopup(root, deps);
  const groups = cards().filter((c) => c.dataset.fact?.startsWith('?|'));
  expect(groups.map((c) => [c.dataset.indices, text(c, '.fact-title'), text(c, '.fact-sentence')])).toEqual([
    ['3 7', 'Not in the database', 'No source in the database states this figure.'],
    ['9', 'Not in the database', 'Not checked: unclear.'],
  ]);
});

test('a one-line summary on top: disagreements, agreements, figures without sources', async () => {
  deps.getReport = async () => ({ ...report, unmarked: 38 });
  await renderPopup(root, deps);
  expect(text(root, '.summary')).toBe('1 disagreement · 1 agreement · 40 figures without sources');
  expect(root.querySelector('.summary')?.getAttribute('data-state')).toBe('flagged');
});

test('the summary says plural forms right', async () => {
  deps.getReport = async () => ({
    ...report,
    figures: [
      figure(0, 'conflict'),
      figure(1, 'magnitude', 'x', zhipu),
      figure(2, 'consistent', 'y', { entity: 'baidu' }),
      figure(3, 'consistent', 'z', { entity: 'tencent' }),
      figure(4, 'unverified', 'w', unknown),
    ],
    unmarked: 0,
  });
  await renderPopup(root, deps);
  expect(text(root, '.summary')).toBe('2 disagreements · 2 agreements · 1 figure without sources');
});

test('a rounding gap is an agreement at the default sensitivity and a warning of its own when asked for', async () => {
  const rounding = { ...report, figures: [figure(0, 'rounding', 'about $470 million'), figure(1, 'consistent', '724m', zhipu)] };
  deps.getReport = async () => rounding;
  await renderPopup(root, deps);
  expect(text(root, '.summary')).toBe('2 agreements');
  expect(root.querySelector('.flagged')).toBeNull();
  // Nothing to warn about: the list is still folded (the summary says what it holds).
  expect(root.querySelector<HTMLDetailsElement>('details.quiet')?.open).toBe(false);
  settings.sensitivity = 'rounding';
  await renderPopup(root, deps);
  expect(text(root, '.summary')).toBe('1 rounding gap · 1 agreement');
  expect(keys('.flagged')).toEqual(['minimax|net-loss|2024']);
});

test('the mentions control cycles the page through the fact\'s marks and says which', async () => {
  await renderPopup(root, deps);
  const button = root.querySelector<HTMLButtonElement>('.flagged .fact .mentions')!;
  const status = root.querySelector('.status')!;
  const shown: string[] = [];
  for (let i = 0; i < 5; i++) {
    button.click();
    await vi.waitFor(() => expect(deps.reveal).toHaveBeenCalledTimes(i + 1));
    await vi.waitFor(() => expect(status.textContent).not.toBe(shown.at(-1)));
    shown.push(status.textContent ?? '');
  }
  expect(deps.reveal.mock.calls.map(([index]) => index)).toEqual([2, 4, 1, 0, 2]);
  expect(shown).toEqual([
    'Showing “$4.65 billion” on the page (1 of 4).',
    'Showing “RMB 465 million” on the page (2 of 4).',
    'Showing “about $470 million” on the page (3 of 4).',
    'Showing “$465 million” on the page (4 of 4).',
    'Showing “$4.65 billion” on the page (1 of 4).',
  ]);
  expect(text(button, '.mention-count')).toBe('1 of 4');
  // The control is a real button, named by its card's title for a screen reader.
  expect(button.type).toBe('button');
  expect(root.querySelector(`#${button.getAttribute('aria-describedby')}`)?.textContent).toBe('MiniMax · net loss · 2024');
});

test('a page that no longer answers: the status says so', async () => {
  deps.reveal.mockRejectedValue(new Error('gone'));
  await renderPopup(root, deps);
  root.querySelector<HTMLButtonElement>('.mentions')?.click();
  await vi.waitFor(() => expect(root.querySelector('.status')?.textContent).toBe('The page no longer answers; reload it and try again.'));
});

test('page text is inserted as text, never as markup', async () => {
  deps.getReport = async () => ({
    ...report,
    figures: [figure(0, 'conflict', '<img src=x onerror=alert(1)>', { sources: [{ name: '<b>x</b>', value: '<i>1</i>', verdict: 'conflict' }] })],
  });
  await renderPopup(root, deps);
  expect(root.querySelector('img, b, i')).toBeNull();
  expect(text(root, '.fact-figures')).toBe('As written: “<img src=x onerror=alert(1)>”');
  expect(text(root, '.source')).toBe('<i>1</i> · <b>x</b>');
});

test('the export actions sit on top, under the summary, and download only the flagged figures', async () => {
  settings.sensitivity = 'rounding';
  await renderPopup(root, deps);
  const actions = root.querySelector('.actions')!;
  expect(root.querySelector('.summary')?.nextElementSibling).toBe(actions);
  const firstCard = root.querySelector('.fact')!;
  expect(actions.compareDocumentPosition(firstCard) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  const [csv, json] = actions.querySelectorAll<HTMLButtonElement>('button');
  expect([csv?.textContent, json?.textContent]).toEqual(['Export warnings (CSV)', 'Export warnings (JSON)']);
  csv?.click();
  json?.click();
  const [csvName, csvMime, csvText] = deps.download.mock.calls[0] ?? [];
  const [jsonName, , jsonText = ''] = deps.download.mock.calls[1] ?? [];
  expect(csvName).toBe('figure-check-news.example.org-2026-11-22.csv');
  expect(csvMime).toMatch(/^text\/csv/);
  expect(csvText?.trim().split('\r\n')).toHaveLength(4);
  expect(jsonName).toBe('figure-check-news.example.org-2026-11-22.json');
  const exported = JSON.parse(jsonText).figures as Record<string, unknown>[];
  expect(exported.map((f) => f.index)).toEqual([1, 2, 4]);
  // The popup's own extras (sentence, sources) are not part of the export: it keeps its content.
  expect(Object.keys(exported[1]!).sort()).toEqual(['context', 'entity', 'explanation', 'index', 'metric', 'period', 'text', 'unit', 'value', 'verdict']);
});

test('no figures: an empty state that says what the extension looks for, and no export', async () => {
  deps.getReport = async () => ({ ...report, figures: [] });
  await renderPopup(root, deps);
  expect(root.querySelector('[data-state="empty"]')?.textContent).toBe('No figures about Chinese AI companies on this page.');
  expect(root.querySelector('.about')?.textContent).toMatch(/revenue, losses, valuations.*Zhipu AI.*MiniMax.*Moonshot/);
  expect(root.querySelector('.actions')).toBeNull();
});

test('figures but none flagged: export is disabled', async () => {
  deps.getReport = async () => ({ ...report, figures: [figure(0, 'consistent')] });
  await renderPopup(root, deps);
  expect(text(root, '.summary')).toBe('1 agreement');
  expect(root.querySelector('.summary')?.getAttribute('data-state')).toBe('clean');
  expect(root.querySelector<HTMLButtonElement>('.actions button')?.disabled).toBe(true);
});

test('in a Chinese browser the popup speaks Chinese', async () => {
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('zh-CN');
  deps.getReport = async () => ({
    ...report,
    figures: [
      figure(0, 'conflict'),
      figure(1, 'conflict', 'a', zhipu),
      figure(2, 'currency', 'b', { entity: 'baidu' }),
      ...['tencent', 'alibaba', 'bytedance', 'deepseek', 'stepfun'].map((entity, i) => figure(3 + i, 'consistent', `c${i}`, { entity })),
    ],
    unmarked: 40,
  });
  await renderPopup(root, deps);
  expect(text(root, '.summary')).toBe('3处分歧 · 5处一致 · 40个数字无来源');
  expect(text(root, '.flagged h2')).toBe('警告');
  expect(text(root, '.mentions')).toBe('在页面上显示 · 1处提及');
});

test("the language setting wins over the browser's: 中文 in an English browser, English in a Chinese one", async () => {
  settings = { ...settings, language: 'zh' };
  await renderPopup(root, deps);
  expect(document.documentElement.lang).toBe('zh-CN');
  expect(root.textContent).toMatch(/[\u4e00-\u9fff]/);
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('zh-CN');
  settings = { ...settings, language: 'en' };
  await renderPopup(root, deps);
  expect(document.documentElement.lang).toBe('en');
  expect(root.textContent).not.toMatch(/[\u4e00-\u9fff]/);
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
  expect(text(root, '.summary')).toMatch(/ · 7 figures without sources$/);
  expect(root.querySelector('.unmarked')?.textContent).toBe('Figures without sources are not marked on the page (options: “Mark every figure read”).');
  expect(cards().filter((c) => c.dataset.verdict === 'unverified')).toEqual([]);
});

test('a page whose figures all have nothing to compare says so instead of "no figures"', async () => {
  deps.getReport = vi.fn(async () => ({ ...report, figures: [], unmarked: 1 }));
  await renderPopup(root, deps);
  expect(root.querySelector('.notice')?.textContent).toBe('No figure on this page has anything to compare.');
  expect(text(root, '.summary')).toBe('1 figure without sources');
  expect(root.querySelector('.unmarked')).not.toBeNull();
});

test('the reading-memory question comes once, after the summary and the exports, before the cards', async () => {
  settings = { ...settings, memoryAsked: false, memory: false };
  await renderPopup(root, deps);
  const order = [...root.children].map((c) => c.className);
  const prompt = root.querySelector('.memory-prompt');
  expect(prompt?.textContent).toContain('Turn on');
  const at = (cls: string) => order.findIndex((c) => c.split(' ').includes(cls));
  expect(at('actions')).toBeLessThan(at('memory-prompt'));
  expect(at('memory-prompt')).toBeLessThan(at('flagged'));
  settings = { ...settings, memoryAsked: true };
  await renderPopup(root, deps);
  expect(root.querySelector('.memory-prompt')).toBeNull();
});
