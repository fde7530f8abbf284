// People-facing labels and numbers for the popover, popup and options page: "Zhipu AI (Z.ai)", "revenue",
// "US$1.2 billion", "31.8%"; in Chinese "智谱", "营收", "12亿美元".
import { formatValue as formatCore } from '../../core/check/format-value';
import { entityLabel, metricLabel } from '../../core/i18n/labels';
import { translate, type Lang } from '../../core/i18n/translate';
import type { Unit } from '../../core/vocabulary';

export { entityLabel, metricLabel };

const typographic = (s: string) => s.replace(/^-/, '−');

/**
 * A value for people, with the core's formatter (the one the explanation lines use), so a figure reads the same in
 * the popover, the popup, the options page and every explanation: 724 million yuan, US$1.2 billion, 31.8%, 60×.
 * Only the minus sign is typographic here.
 */
export function formatValue(value: number | null, unit: Unit | string, lang: Lang = 'en'): string {
  if (value === null || !Number.isFinite(value)) return '—';
  return typographic(formatCore(value, unit as Unit, 4, null, lang));
}

/** A value or a range: 300–500 million yuan. */
export function formatRange(value: number | null, valueMax: number | null | undefined, unit: Unit | string, lang: Lang = 'en'): string {
  if (valueMax === null || valueMax === undefined || valueMax === value || value === null) return formatValue(value, unit, lang);
  return typographic(formatCore(value, unit as Unit, 4, valueMax, lang));
}

/** "Zhipu AI (Z.ai) · revenue · 2025" */
export function readingOf(f: { entity: string | null; metric: string | null; period: string | null }, lang: Lang = 'en'): string {
  return [entityLabel(f.entity, lang), metricLabel(f.metric, lang), f.period ?? translate(lang, 'noPeriod')].join(' · ');
}
