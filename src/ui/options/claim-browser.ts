// Browse the claim database (bundled + imported): filter by company, metric and period; each claim with its value,
// source and quote; one chart per company + metric showing how the sources compare over periods.
import type { FxTable } from '../../core/schema';
import { clear, el } from '../shared/dom';
import { periodInWords } from '../../core/check/periods';
import { entityLabel, formatRange, metricLabel } from '../shared/format';
import { message, uiLanguage, type MessageKey } from '../shared/i18n';
import { chartPoints, renderChart } from './claim-chart';
import type { ClaimRow } from './claim-rows';
import { normalise, periodEnd } from './normalise-value';

const MAX_CHARTS = 12;
const MAX_LISTED = 300;

const QUALIFIER_KEYS: Record<string, MessageKey> = {
  approx: 'qualifierApprox',
  over: 'qualifierOver',
  under: 'qualifierUnder',
  forecast: 'qualifierForecast',
};

function select(id: string, label: string, options: [string, string][]): { box: HTMLElement; input: HTMLSelectElement } {
  const input = el('select', { id }, el('option', { value: '', text: message('browserAll') }), ...options.map(([value, text]) => el('option', { value, text })));
  return { box: el('label', { for: id, class: 'filter' }, `${label} `, input), input };
}

/** The period as the data gives it in English ("2025-H1"), in words in Chinese (2025年上半年). */
function periodLabel(period: string | null): string {
  if (!period) return message('noPeriod');
  return uiLanguage() === 'zh' ? periodInWords(period, null, 'zh') : period;
}

function claimItem(row: ClaimRow): HTMLElement {
  const { claim, source } = row;
  const lang = uiLanguage();
  const qualifier = QUALIFIER_KEYS[claim.qualifier];
  const value = `${qualifier ? message(qualifier) : ''}${formatRange(claim.value, claim.valueMax, claim.unit, lang)}`;
  const where = [row.sourceLabel, source?.date ?? message('browserUndated'), row.pack ? message('browserImportedPack', [row.pack]) : null]
    .filter(Boolean)
    .join(' · ');
  return el(
    'li',
    { class: 'claim', 'data-claim': claim.id },
    el(
      'div',
      { class: 'claim-head' },
      el('strong', { class: 'claim-value', text: value }),
      el('span', { class: 'reading', text: ` ${entityLabel(claim.entity, lang)} · ${metricLabel(claim.metric, lang)} · ${periodLabel(claim.period)}` }),
    ),
    el('blockquote', { class: 'quote', text: claim.quote }),
    el('div', { class: 'claim-source muted', text: where }),
  );
}

export function renderClaimBrowser(root: HTMLElement, rows: ClaimRow[], fx: FxTable): void {
  clear(root);
  const entities = [...new Set(rows.map((r) => r.claim.entity))].sort();
  const metrics = [...new Set(rows.map((r) => r.claim.metric))].sort();
  const periods = [...new Set(rows.map((r) => r.claim.period ?? ''))].filter(Boolean).sort((a, b) => periodEnd(a) - periodEnd(b));
  const lang = uiLanguage();
  const company = select('filter-entity', message('browserCompany'), entities.map((e) => [e, entityLabel(e, lang)]));
  const metric = select('filter-metric', message('browserMetric'), metrics.map((m) => [m, metricLabel(m, lang)]));
  const period = select('filter-period', message('browserPeriod'), periods.map((p) => [p, periodLabel(p)]));
  const count = el('p', { class: 'count', role: 'status' });
  const charts = el('div', { class: 'charts' });
  const list = el('ul', { class: 'claims' });
  root.append(el('div', { class: 'filters' }, company.box, metric.box, period.box), count, charts, list);

  const update = () => {
    const shown = rows.filter(
      (r) =>
        (!company.input.value || r.claim.entity === company.input.value) &&
        (!metric.input.value || r.claim.metric === metric.input.value) &&
        (!period.input.value || r.claim.period === period.input.value),
    );
    count.textContent = rows.length
      ? shown.length > MAX_LISTED
        ? message('browserCountListed', [shown.length, rows.length, MAX_LISTED])
        : message('browserCount', [shown.length, rows.length])
      : message('browserEmpty');
    clear(charts);
    clear(list);
    const groups = new Map<string, ClaimRow[]>();
    for (const r of shown) {
      const unit = normalise(fx, r.claim.value, r.claim.unit, r.claim.period)?.unit ?? r.claim.unit;
      const key = `${r.claim.entity}|${r.claim.metric}|${unit}`;
      groups.set(key, [...(groups.get(key) ?? []), r]);
    }
    const charted = [...groups.values()]
      .map((g) => ({ g, points: chartPoints(g, fx) }))
      .filter(({ points }) => points.length > 0)
      .sort((a, b) => b.points.length - a.points.length)
      .slice(0, MAX_CHARTS);
    for (const { g, points } of charted) {
      const first = g[0]!.claim;
      charts.append(renderChart(`${entityLabel(first.entity, lang)} · ${metricLabel(first.metric, lang)}`, points));
    }
    list.append(...shown.slice(0, MAX_LISTED).map(claimItem));
  };
  for (const s of [company, metric, period]) s.input.addEventListener('change', update);
  update();
}
