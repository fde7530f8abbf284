// The popover's strip: this figure and each source's value (converted into the figure's unit) on one
// logarithmic axis, so "7 billion against 724 million" is seen as a tenfold gap, not read. The same scale as the
// options page's chart (log-scale.ts).
import { translate, type Lang } from '../../core/i18n/translate';
import { formatValue } from './format';
import { logDomain, logPosition } from './log-scale';

const SVG_NS = 'http://www.w3.org/2000/svg';
const W = 300;
const H = 46;
const PAD = 14;

export interface StripPoint {
  /** "This page" or the outlet. */
  label: string;
  value: number;
  own: boolean;
}

/** Short labels for the axis ticks: "1bn", "100m". */
export function tickLabel(value: number, unit: string, lang: Lang = 'en'): string {
  if (lang === 'zh') return formatValue(value, unit, lang).replace(/(个token|个参数)$/, '');
  return formatValue(value, unit)
    .replace(/ (tokens|parameters)$/, '')
    .replace(' trillion', 'tn')
    .replace(' billion', 'bn')
    .replace(' million', 'm');
}

function svg(doc: Document, tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const node = doc.createElementNS(SVG_NS, tag) as SVGElement;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The strip, or null when there is nothing to set side by side (no source value, or values not all positive). */
export function renderStripChart(doc: Document, points: readonly StripPoint[], unit: string, lang: Lang = 'en'): SVGElement | null {
  if (points.length < 2 || !points.some((p) => !p.own)) return null;
  const domain = logDomain(points.map((p) => p.value));
  if (!domain) return null;
  const x = (v: number) => PAD + logPosition(v, domain) * (W - 2 * PAD);
  const values = points.map((p) => `${p.label} ${formatValue(p.value, unit, lang)}`).join(translate(lang, 'entrySeparator'));
  const chart = svg(doc, 'svg', { viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: 'img', class: 'fc-strip' });
  chart.setAttribute('aria-label', translate(lang, 'stripLabel', [values]));
  chart.append(svg(doc, 'line', { x1: PAD, x2: W - PAD, y1: 20, y2: 20, class: 'fc-strip-axis' }));
  // At most five labelled ticks (every power of ten when they fit, else every other).
  const every = Math.ceil(domain.ticks.length / 5);
  domain.ticks.forEach((t, i) => {
    chart.append(svg(doc, 'line', { x1: x(t), x2: x(t), y1: 16, y2: 24, class: 'fc-strip-tick' }));
    // The end labels are anchored inward, so they stay inside the strip ("100m yuan", not "0m yuan").
    const anchor = i === 0 ? 'start' : i === domain.ticks.length - 1 ? 'end' : 'middle';
    const at = i === 0 ? x(t) - 4 : i === domain.ticks.length - 1 ? x(t) + 4 : x(t);
    if (i % every === 0) chart.append(svg(doc, 'text', { x: at, y: 40, 'text-anchor': anchor, class: 'fc-strip-label' }, tickLabel(t, unit, lang)));
  });
  for (const p of [...points].sort((a, b) => Number(a.own) - Number(b.own))) {
    const dot = p.own
      ? svg(doc, 'rect', { x: x(p.value) - 5, y: 15, width: 10, height: 10, transform: `rotate(45 ${x(p.value)} 20)`, class: 'fc-strip-own' })
      : svg(doc, 'circle', { cx: x(p.value), cy: 20, r: 5, class: 'fc-strip-source' });
    dot.setAttribute('data-value', String(p.value));
    dot.append(svg(doc, 'title', {}, `${p.label}${lang === 'zh' ? '：' : ': '}${formatValue(p.value, unit, lang)}`));
    chart.append(dot);
  }
  return chart;
}
