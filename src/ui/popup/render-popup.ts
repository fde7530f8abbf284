// The toolbar popup: the current tab's figures as one card per fact (company · metric · period), warnings first,
// each with its mentions on the page (a click cycles the page through them), the verdict sentence and the sources'
// values; a one-line summary and the export actions on top; a per-site switch; an explanation when there is nothing
// to show. Browser access comes in as `deps` so the same code runs against hand-made reports in tests. Every string
// comes from the message catalogs.
import { QUIET_VERDICTS } from '../../core/check/severity';
import type { FigureSummary, PageReport, SourceValue } from '../../core/messages';
import { hostMatches, siteEnabled, type Settings } from '../../core/settings';
import type { Verdict } from '../../core/types';
import { ENTITIES } from '../../core/vocabulary';
import { clear, el } from '../shared/dom';
import { readingOf } from '../shared/format';
import { localise, message, setLanguage, type MessageKey } from '../shared/i18n';
import { VERDICT_LABELS, VERDICT_ORDER, isConflict, isFlagged } from '../shared/verdicts';
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

const CHINESE_COMPANIES = ['zhipu', 'minimax', 'moonshot', 'baidu', 'alibaba', 'bytedance', 'tencent', 'deepseek', 'stepfun', 'baichuan', '01ai', 'iflytek', 'sensetime', 'kuaishou'] as const;

/** "1 agreement", "5 agreements" (the catalogs have a message for one and one for any other count). */
function counted(n: number, one: MessageKey, other: MessageKey): string {
  return message(n === 1 ? one : other, String(n));
}

function whatWeLookFor(): HTMLElement {
  const companies = CHINESE_COMPANIES.map((id) => ENTITIES[id]).join(', ');
  return el('p', { class: 'about', text: message('popupAbout', companies) });
}

function hostOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : null;
  } catch {
    return null;
  }
}

/**
 * One card's figures: a fact (the same company, metric and period), or, for figures whose company or metric the
 * reader could not tell, those with the same verdict and explanation.
 */
export interface Fact {
  key: string;
  /** Company and metric known (a fact); false for a group of figures without that identity. */
  identified: boolean;
  /** The worst verdict among its figures. */
  verdict: Verdict;
  /** Worst verdict first, then in document order: the first is the one the card speaks of. */
  figures: FigureSummary[];
}

const rank = (v: Verdict) => VERDICT_ORDER.indexOf(v);

export function factKey(f: Pick<FigureSummary, 'entity' | 'metric' | 'period'>): string | null {
  return f.entity && f.metric ? `${f.entity}|${f.metric}|${f.period ?? ''}` : null;
}

/** The page's figures as facts, warnings first (in verdict order), then by where each first appears on the page. */
export function groupFacts(figures: readonly FigureSummary[]): Fact[] {
  const byKey = new Map<string, FigureSummary[]>();
  for (const f of figures) {
    const key = factKey(f) ?? `?|${f.verdict}|${f.explanation}`;
    const list = byKey.get(key);
    if (list) list.push(f);
    else byKey.set(key, [f]);
  }
  const facts: Fact[] = [...byKey].map(([key, list]) => {
    const sorted = [...list].sort((a, b) => rank(a.verdict) - rank(b.verdict) || a.index - b.index);
    return { key, identified: !key.startsWith('?|'), verdict: sorted[0]!.verdict, figures: sorted };
  });
  const first = (fact: Fact) => Math.min(...fact.figures.map((f) => f.index));
  return facts.sort((a, b) => rank(a.verdict) - rank(b.verdict) || first(a) - first(b));
}

export interface Tally {
  disagreements: number;
  /** Rounding gaps that are warnings (at the "rounding" sensitivity); otherwise they count as agreements. */
  roundingGaps: number;
  agreements: number;
  /** Figures, not facts: those with nothing to compare, marked or not. */
  withoutSources: number;
}

export function tallyFacts(facts: readonly Fact[], unmarked: number, sensitivity: Settings['sensitivity']): Tally {
  const tally: Tally = { disagreements: 0, roundingGaps: 0, agreements: 0, withoutSources: unmarked };
  for (const fact of facts) {
    if (isConflict(fact.verdict)) tally.disagreements += 1;
    else if (fact.verdict === 'rounding' && isFlagged('rounding', sensitivity)) tally.roundingGaps += 1;
    else if (fact.verdict === 'rounding' || fact.verdict === 'consistent') tally.agreements += 1;
    tally.withoutSources += fact.figures.filter((f) => QUIET_VERDICTS.has(f.verdict)).length;
  }
  return tally;
}

/**
 * "3 disagreements · 5 agreements · 40 figures without sources" (the parts that are not zero; one line at 400 px, so
 * the facts the sources give only for other periods are counted in the folded list's heading, not here).
 */
export function summaryLine(tally: Tally): string {
  const parts: [number, MessageKey, MessageKey][] = [
    [tally.disagreements, 'popupDisagreementsOne', 'popupDisagreementsOther'],
    [tally.roundingGaps, 'popupRoundingGapsOne', 'popupRoundingGapsOther'],
    [tally.agreements, 'popupAgreementsOne', 'popupAgreementsOther'],
    [tally.withoutSources, 'popupWithoutSourcesOne', 'popupWithoutSourcesOther'],
  ];
  return parts
    .filter(([n]) => n > 0)
    .map(([n, one, other]) => counted(n, one, other))
    .join(' · ');
}

const MAX_TEXTS = 4;

function sourceList(rows: readonly SourceValue[]): HTMLElement {
  return el(
    'ul',
    { class: 'sources' },
    ...rows.map((row) =>
      el(
        'li',
        { class: 'source', 'data-verdict': row.verdict },
        el('span', { class: 'source-value', text: row.value }),
        ' · ',
        el('span', { class: 'source-name', text: row.name }),
      ),
    ),
  );
}

function factCard(fact: Fact, n: number, deps: PopupDeps, status: HTMLElement): HTMLElement {
  const lead = fact.figures[0]!;
  const titleId = `fact-${n}`;
  const total = fact.figures.length;
  const texts = [...new Set(fact.figures.map((f) => f.text))];
  const written = texts.slice(0, MAX_TEXTS).map((t) => `“${t}”`).join(', ') + (texts.length > MAX_TEXTS ? ', …' : '');
  const rows = fact.figures.find((f) => f.sources?.length)?.sources ?? [];
  const count = el('span', { class: 'mention-count', text: counted(total, 'popupMentionsOne', 'popupMentionsOther') });
  const button = el(
    'button',
    { type: 'button', class: 'mentions', 'aria-describedby': titleId },
    el('span', { text: message('popupShowOnPage') }),
    ' · ',
    count,
  );
  let next = 0;
  button.addEventListener('click', () => {
    const at = next;
    const figure = fact.figures[at]!;
    next = (at + 1) % total;
    deps.reveal(figure.index).then(
      () => {
        count.textContent = message('popupMentionOf', [String(at + 1), String(total)]);
        status.textContent = message('popupShowing', [figure.text, String(at + 1), String(total)]);
      },
      () => (status.textContent = message('popupPageGone')),
    );
  });
  return el(
    'li',
    {
      class: `fact verdict-${fact.verdict}`,
      'data-fact': fact.key,
      'data-verdict': fact.verdict,
      'data-indices': fact.figures.map((f) => f.index).join(' '),
    },
    el('h3', { class: 'fact-title', id: titleId, text: fact.identified ? readingOf(lead) : VERDICT_LABELS[fact.verdict] }),
    fact.identified ? el('p', { class: 'fact-verdict', text: VERDICT_LABELS[fact.verdict] }) : null,
    el('p', { class: 'fact-sentence', text: lead.sentence ?? lead.explanation }),
    el('p', { class: 'fact-figures', text: message('popupAsWritten', written) }),
    rows.length ? el('p', { class: 'sources-label', text: message('popupSourcesLabel') }) : null,
    rows.length ? sourceList(rows) : null,
    button,
  );
}

function factSections(facts: readonly Fact[], sensitivity: Settings['sensitivity'], deps: PopupDeps, status: HTMLElement) {
  const warnings = facts.filter((f) => isFlagged(f.verdict, sensitivity));
  const others = facts.filter((f) => !isFlagged(f.verdict, sensitivity));
  let n = 0;
  const list = (these: readonly Fact[]) => el('ul', { class: 'facts' }, ...these.map((f) => factCard(f, n++, deps, status)));
  const flagged = warnings.length
    ? el('section', { class: 'flagged', 'aria-labelledby': 'warnings-heading' }, el('h2', { id: 'warnings-heading', text: message('popupWarningsHeading') }), list(warnings))
    : null;
  const quiet = others.length
    ? el(
        'details',
        // Folded even with no warning above it: the summary says what it holds, and the popup stays short.
        { class: 'quiet' },
        el('summary', {}, el('h2', { text: message('popupQuietHeading', String(others.length)) })),
        list(others),
      )
    : null;
  return { flagged, quiet };
}

export function toggledSettings(settings: Settings, host: string, on: boolean): Settings {
  const disabledSites = settings.disabledSites.filter((s) => !hostMatches(host, s));
  if (!on) return { ...settings, disabledSites: [...disabledSites, host] };
  const sites =
    settings.scope === 'listed' && !settings.sites.some((s) => hostMatches(host, s)) ? [...settings.sites, host] : settings.sites;
  return { ...settings, disabledSites, sites };
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
  // The reader's language first (the setting may differ from the browser's), then every string in it.
  const settings = await deps.loadSettings();
  setLanguage(settings.language);
  localise(root.ownerDocument);
  const status = el('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const header = el('header', {}, el('h1', { text: message('extName') }));
  root.append(header);
  // The one question about the reading memory comes after the summary and the exports (which stay on top), or
  // under the header when there are none.
  const slot = el('div', { class: 'memory-slot' });
  await fill();
  if (!slot.isConnected) header.after(slot);
  await mountMemoryPrompt(slot, deps);

  async function fill(): Promise<void> {

    let report: PageReport;
    try {
      report = await deps.getReport();
    } catch {
      root.append(el('p', { class: 'notice', 'data-state': 'unreachable', text: message('popupUnreachable') }), whatWeLookFor());
      return;
    }
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
      header.append(el('label', { class: 'switch', for: 'site-switch' }, input, ` ${message('popupSiteSwitch', host)}`));
    }

    if (!report.enabled) {
      const why =
        host && settings.disabledSites.some((s) => hostMatches(host, s))
          ? message('popupSwitchedOff', host)
          : host
            ? message('popupNotListed', host)
            : message('popupWrongKind');
      root.append(el('p', { class: 'notice', 'data-state': 'disabled', text: why }), status);
      return;
    }

    const facts = groupFacts(report.figures);
    // Figures with nothing to compare are not marked (unless the reader asked for every figure); the summary counts them.
    const unmarked = report.unmarked ?? 0;
    const tally = tallyFacts(facts, unmarked, settings.sensitivity);
    const unmarkedNote = unmarked ? el('p', { class: 'unmarked', text: message('popupUnmarkedNote') }) : null;
    const flaggedFigures = report.figures.filter((f) => isFlagged(f.verdict, settings.sensitivity));
    const summary = el('p', {
      class: 'summary',
      'data-state': flaggedFigures.length ? 'flagged' : 'clean',
      text: summaryLine(tally),
    });
    if (!report.figures.length) {
      if (unmarkedNote) {
        root.append(el('p', { class: 'notice', 'data-state': 'empty', text: message('popupNothingToCompare') }), summary, unmarkedNote);
        return;
      }
      root.append(el('p', { class: 'notice', 'data-state': 'empty', text: message('popupNoFigures') }), whatWeLookFor());
      return;
    }

    const now = deps.now ?? (() => new Date());
    const csv = el('button', { type: 'button', class: 'export', 'data-format': 'csv', disabled: !flaggedFigures.length, text: message('popupExportCsv') });
    const json = el('button', { type: 'button', class: 'export', 'data-format': 'json', disabled: !flaggedFigures.length, text: message('popupExportJson') });
    csv.addEventListener('click', () =>
      deps.download(exportFilename(report.url, now(), 'csv'), 'text/csv;charset=utf-8', figuresToCsv(report, flaggedFigures)),
    );
    json.addEventListener('click', () =>
      deps.download(exportFilename(report.url, now(), 'json'), 'application/json', figuresToJson(report, flaggedFigures, now())),
    );
    const { flagged, quiet } = factSections(facts, settings.sensitivity, deps, status);
    root.append(summary, el('div', { class: 'actions' }, csv, json), status, slot, flagged ?? '', quiet ?? '', unmarkedNote ?? '');
  }
}
