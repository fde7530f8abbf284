// The toolbar popup: the current tab's figures, flagged first and grouped by verdict; a per-site switch; an
// explanation when there is nothing to show; export of the flagged figures. Browser access comes in as `deps`
// so the same code runs against hand-made reports in tests.
import type { FigureSummary, PageReport } from '../../core/messages';
import { hostMatches, siteEnabled, type Settings } from '../../core/settings';
import { ENTITIES } from '../../core/vocabulary';
import { clear, el } from '../shared/dom';
import { readingOf } from '../shared/format';
import { VERDICT_LABELS, VERDICT_ORDER, isFlagged } from '../shared/verdicts';
import { mountMemoryPrompt } from './memory-prompt';
import { exportFilename, figuresToCsv, figuresToJson } from './export-figures';

export interface PopupDeps {
  /** The tab's report; rejects when no content script answers (a browser page, a store page, an old tab). */
  getReport(): Promise<PageReport>;
  reveal(index: number): Promise<void>;
  rescan(): Promise<void>;
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  download(filename: string, mime: string, text: string): void;
  now?: () => Date;
}

const CHINESE_COMPANIES = ['zhipu', 'minimax', 'moonshot', 'baidu', 'alibaba', 'bytedance', 'tencent', 'deepseek', 'stepfun', 'baichuan', '01ai', 'iflytek', 'sensetime'] as const;

function whatWeLookFor(): HTMLElement {
  const companies = CHINESE_COMPANIES.map((id) => ENTITIES[id]).join(', ');
  return el(
    'p',
    { class: 'about' },
    'Figure Check looks for figures about Chinese AI companies — revenue, losses, valuations, funding, IPO ' +
      `proceeds, users, prices and market share — about ${companies}, and checks them against a bundled ` +
      'database of sourced claims. Nothing is sent anywhere.',
  );
}

function hostOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : null;
  } catch {
    return null;
  }
}

export function toggledSettings(settings: Settings, host: string, on: boolean): Settings {
  const disabledSites = settings.disabledSites.filter((s) => !hostMatches(host, s));
  if (!on) return { ...settings, disabledSites: [...disabledSites, host] };
  const sites =
    settings.scope === 'listed' && !settings.sites.some((s) => hostMatches(host, s)) ? [...settings.sites, host] : settings.sites;
  return { ...settings, disabledSites, sites };
}

function figureItem(f: FigureSummary, deps: PopupDeps, status: HTMLElement): HTMLElement {
  const button = el(
    'button',
    { type: 'button', class: `figure verdict-${f.verdict}`, 'data-index': f.index, 'data-verdict': f.verdict },
    el('span', { class: 'figure-text', text: f.text }),
    el('span', { class: 'reading', text: readingOf(f) }),
    f.explanation ? el('span', { class: 'explanation', text: f.explanation }) : null,
  );
  button.addEventListener('click', () => {
    deps.reveal(f.index).then(
      () => (status.textContent = `Showing “${f.text}” on the page.`),
      () => (status.textContent = 'The page no longer answers; reload it and try again.'),
    );
  });
  return el('li', {}, button);
}

function groups(figures: FigureSummary[], sensitivity: Settings['sensitivity'], deps: PopupDeps, status: HTMLElement) {
  const flagged = el('div', { class: 'flagged' });
  const quiet = el('div', { class: 'quiet' });
  for (const verdict of VERDICT_ORDER) {
    const these = figures.filter((f) => f.verdict === verdict);
    if (!these.length) continue;
    const list = el('ul', { class: 'figures' }, ...these.map((f) => figureItem(f, deps, status)));
    const title = `${VERDICT_LABELS[verdict]} (${these.length})`;
    if (isFlagged(verdict, sensitivity)) {
      flagged.appendChild(el('section', { class: 'group', 'data-group': verdict }, el('h2', { text: title }), list));
    } else {
      quiet.appendChild(el('details', { class: 'group', 'data-group': verdict }, el('summary', { text: title }), list));
    }
  }
  return { flagged, quiet };
}

/** The page rescans on its own time; wait (briefly) until its report shows the switch's new state. */
async function settled(deps: PopupDeps, enabled: boolean, tries = 20, delay = 100): Promise<void> {
  for (let i = 0; i < tries; i++) {
    const report = await deps.getReport().catch(() => null);
    if (!report || report.enabled === enabled) return;
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}

export async function renderPopup(root: HTMLElement, deps: PopupDeps): Promise<void> {
  clear(root);
  const status = el('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const header = el('header', {}, el('h1', { text: 'Figure Check' }));
  root.append(header);
  void mountMemoryPrompt(header, deps);

  let report: PageReport;
  try {
    report = await deps.getReport();
  } catch {
    root.append(
      el(
        'p',
        { class: 'notice', 'data-state': 'unreachable' },
        'Figure Check cannot read this tab. Browser pages (chrome://, about:, settings, the extension store) and ' +
          'tabs opened before the extension was installed or updated are out of reach — reload the tab to try again.',
      ),
      whatWeLookFor(),
    );
    return;
  }
  const settings = await deps.loadSettings();
  const host = hostOf(report.url);

  if (host) {
    const on = siteEnabled(settings, host);
    const input = el('input', { type: 'checkbox', role: 'switch', id: 'site-switch', checked: on });
    input.addEventListener('change', async () => {
      input.disabled = true;
      const want = input.checked;
      await deps.saveSettings(toggledSettings(await deps.loadSettings(), host, want));
      await deps.rescan().catch(() => undefined);
      await settled(deps, want);
      await renderPopup(root, deps);
      root.querySelector<HTMLInputElement>('#site-switch')?.focus();
    });
    header.append(el('label', { class: 'switch', for: 'site-switch' }, input, ` Check figures on ${host}`));
  }

  if (!report.enabled) {
    const why =
      host && settings.disabledSites.some((s) => hostMatches(host, s))
        ? `You switched Figure Check off on ${host}.`
        : host
          ? `${host} is not in the list of sites Figure Check runs on (see the options page).`
          : 'Figure Check does not run on this kind of page.';
    root.append(el('p', { class: 'notice', 'data-state': 'disabled', text: why }), status);
    return;
  }

  const flaggedFigures = report.figures.filter((f) => isFlagged(f.verdict, settings.sensitivity));
  // Figures with nothing to compare are not marked (unless the reader asked for every figure); the popup counts them.
  const unmarked = report.unmarked ?? 0;
  const unmarkedNote = unmarked
    ? el('p', {
        class: 'unmarked',
        text: `${unmarked} ${unmarked === 1 ? 'figure has' : 'figures have'} nothing to compare with and ${unmarked === 1 ? 'is' : 'are'} not marked (options: “Mark every figure read”).`,
      })
    : null;
  if (!report.figures.length) {
    if (unmarkedNote) {
      root.append(el('p', { class: 'notice', 'data-state': 'empty', text: 'No figure on this page has anything to compare.' }), unmarkedNote);
      return;
    }
    root.append(
      el('p', { class: 'notice', 'data-state': 'empty', text: 'No figures about Chinese AI companies on this page.' }),
      whatWeLookFor(),
    );
    return;
  }

  const summary = flaggedFigures.length
    ? `${flaggedFigures.length} of ${report.figures.length} figures flagged`
    : `None of the ${report.figures.length} figures is flagged`;
  const { flagged, quiet } = groups(report.figures, settings.sensitivity, deps, status);
  const now = deps.now ?? (() => new Date());
  const csv = el('button', { type: 'button', class: 'export', disabled: !flaggedFigures.length, text: 'Export CSV' });
  const json = el('button', { type: 'button', class: 'export', disabled: !flaggedFigures.length, text: 'Export JSON' });
  csv.addEventListener('click', () =>
    deps.download(exportFilename(report.url, now(), 'csv'), 'text/csv;charset=utf-8', figuresToCsv(report, flaggedFigures)),
  );
  json.addEventListener('click', () =>
    deps.download(exportFilename(report.url, now(), 'json'), 'application/json', figuresToJson(report, flaggedFigures, now())),
  );
  root.append(
    el('p', { class: 'summary', 'data-state': flaggedFigures.length ? 'flagged' : 'clean', text: summary }),
    ...(unmarkedNote ? [unmarkedNote] : []),
    flagged,
    quiet,
    status,
    el('footer', {}, csv, json),
  );
}
