// A small inline SVG per company + metric: one mark per source per period, values on one scale (money in US$),
// so a reader sees at a glance where the sources agree and where one stands apart. The axis is logarithmic when
// every value is positive (log-scale.ts, the popover's strip uses the same): on a linear axis 724 million and
// 7 billion yuan both sat on "US$0" beside a trillion-yuan valuation.
import type { FxTable } from '../../core/schema';
import { message, uiLanguage } from '../shared/i18n';
import { el } from '../shared/dom';
import { formatRange, formatValue } from '../shared/format';
import { logDomain, logPosition } from '../shared/log-scale';
import { tickLabel } from '../shared/strip-chart';
import { normalise, periodEnd } from './normalise-value';
import type { ClaimRow } from './claim-rows';

const SVG_NS = 'http://www.w3.org/2000/svg';
export const SOURCE_COLOURS = ['#1a73e8', '#d93025', '#188038', '#e37400', '#9334e6', '#007b83', '#b0600b', '#c5221f'];
const MIN_W = 360;
const BAND = 72;
const H = 150;
const M = { left: 84, right: 12, top: 10, bottom: 26 };

/** Short axis labels: "US$62.5 billion" → "US$62.5bn", "1.2 trillion parameters" → "1.2tn". */
export const axisLabel = tickLabel;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

export interface ChartPoint {
  period: string;
  sourceId: string;
  label: string;
  value: number;
  unit: string;
  original: string;
  forecast: boolean;
}

/** One point per source per period (the first claim wins; a range is drawn at its midpoint). */
export function chartPoints(rows: ClaimRow[], fx: FxTable): ChartPoint[] {
  const seen = new Set<string>();
  const points: ChartPoint[] = [];
  for (const { claim, sourceLabel } of rows) {
    const key = `${claim.sourceId}|${claim.period ?? ''}`;
    if (seen.has(key)) continue;
    const mid = claim.valueMax === undefined ? claim.value : (claim.value + claim.valueMax) / 2;
    const n = normalise(fx, mid, claim.unit, claim.period);
    if (!n) continue;
    seen.add(key);
    points.push({
      period: claim.period ?? 'no period',
      sourceId: claim.sourceId,
      label: sourceLabel,
      value: n.value,
      unit: n.unit,
      original: formatRange(claim.value, claim.valueMax, claim.unit, uiLanguage()),
      forecast: claim.qualifier === 'forecast',
    });
  }
  return points;
}

export function renderChart(title: string, points: ChartPoint[]): HTMLElement {
  const periods = [...new Set(points.map((p) => p.period))].sort((a, b) => periodEnd(a) - periodEnd(b));
  const sources = [...new Set(points.map((p) => p.sourceId))];
  const unit = points[0]?.unit ?? 'count';
  // Each period gets a band wide enough for its label; many periods make a wider chart.
  const W = Math.max(MIN_W, M.left + M.right + periods.length * BAND);
  const values = points.map((p) => p.value);
  let lo = Math.min(0, ...values);
  let hi = Math.max(0, ...values);
  if (lo === hi) hi = lo + 1;
  const x = (period: string) => {
    const i = periods.indexOf(period);
    // Marks sit in the middle of their period's band so the labels at both ends stay inside.
    return M.left + ((W - M.left - M.right) * (i + 0.5)) / periods.length;
  };
  const log = logDomain(values);
  const plot = H - M.top - M.bottom;
  const y = log
    ? (v: number) => M.top + (1 - logPosition(v, log)) * plot
    : (v: number) => M.top + ((hi - v) / (hi - lo)) * plot;

  const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: 'img', class: 'chart' });
  chart.setAttribute(
    'aria-label',
    message('chartLabel', [title, points.length, sources.length, unit === 'USD' ? message('chartUsDollars') : unit, log ? message('chartLog') : '']),
  );
  chart.append(svg('title', {}, title));
  chart.dataset.scale = log ? 'log' : 'linear';
  // Log: a line per power of ten (at most five labelled); linear: top, bottom and zero.
  const every = log ? Math.ceil(log.ticks.length / 5) : 1;
  const lines = log ? log.ticks.filter((_, i) => i % every === 0) : [hi, lo, ...(lo < 0 && hi > 0 ? [0] : [])];
  for (const v of lines) {
    chart.append(svg('line', { x1: M.left - 4, x2: W - M.right, y1: y(v), y2: y(v), class: 'grid' }));
    chart.append(svg('text', { x: M.left - 8, y: y(v) + 4, 'text-anchor': 'end', class: 'axis' }, axisLabel(v, unit, uiLanguage())));
  }
  for (const period of periods) {
    chart.append(svg('text', { x: x(period), y: H - 8, 'text-anchor': 'middle', class: 'axis' }, period));
  }
  points.forEach((p) => {
    const s = sources.indexOf(p.sourceId);
    // Sources at the same period sit side by side so equal values stay visible.
    const dx = (s - (sources.length - 1) / 2) * 7;
    const colour = SOURCE_COLOURS[s % SOURCE_COLOURS.length]!;
    // A forecast is drawn hollow: it is a claim about the future, not a reported figure.
    const mark = svg('circle', {
      cx: x(p.period) + dx,
      cy: y(p.value),
      r: 5,
      fill: p.forecast ? 'none' : colour,
      stroke: colour,
      'stroke-width': p.forecast ? 2 : 0,
      'data-source': p.sourceId,
      'data-period': p.period,
      class: p.forecast ? 'mark forecast' : 'mark',
    });
    // A dollar figure is shown as it is; any other with its value in dollars ("US$1 billion", "10亿美元").
    const dollars = p.unit === 'USD' && (p.original.startsWith('US$') || p.original.endsWith('美元'));
    const shown = dollars ? p.original : `${p.original} ≈ ${formatValue(p.value, p.unit, uiLanguage())}`;
    mark.append(svg('title', {}, `${p.label}, ${p.period}: ${p.forecast ? message('chartForecast') : ''}${shown}`));
    chart.append(mark);
  });
  const legend = el(
    'ul',
    { class: 'legend' },
    ...sources.map((id, s) => {
      const label = points.find((p) => p.sourceId === id)?.label ?? id;
      return el('li', {}, el('span', { class: 'swatch', style: `background:${SOURCE_COLOURS[s % SOURCE_COLOURS.length]}` }), label);
    }),
    points.some((p) => p.forecast) ? el('li', { class: 'muted', text: message('chartForecasts') }) : null,
  );
  return el('figure', { class: 'chart-box' }, el('figcaption', { text: title }), chart as unknown as Node, legend);
}
