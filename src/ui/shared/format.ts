// People-facing labels and numbers for the popover, popup and options page: "Zhipu AI (Z.ai)", "revenue",
// "US$1.2 billion", "31.8%".
import { formatValue as formatCore } from '../../core/check/format-value';
import { ENTITIES, METRICS, type Unit } from '../../core/vocabulary';

export function entityLabel(id: string | null): string {
  if (!id) return 'unknown company';
  return (ENTITIES as Record<string, string>)[id] ?? id;
}

export function metricLabel(id: string | null): string {
  if (!id) return 'unknown metric';
  if (id.startsWith('other:')) return id.slice(6).replace(/-/g, ' ');
  return (METRICS as Record<string, string>)[id] ?? id;
}

const typographic = (s: string) => s.replace(/^-/, '−');

/**
 * A value for people, with the core's formatter (the one the explanation lines use), so a figure reads the same in
 * the popover, the popup, the options page and every explanation: 724 million yuan, US$1.2 billion, 31.8%, 60×.
 * Only the minus sign is typographic here.
 */
export function formatValue(value: number | null, unit: Unit | string): string {
  if (value === null || !Number.isFinite(value)) return '—';
  return typographic(formatCore(value, unit as Unit));
}

/** A value or a range: 300–500 million yuan. */
export function formatRange(value: number | null, valueMax: number | null | undefined, unit: Unit | string): string {
  if (valueMax === null || valueMax === undefined || valueMax === value || value === null) return formatValue(value, unit);
  return typographic(formatCore(value, unit as Unit, 4, valueMax));
}

/** "Zhipu AI (Z.ai) · revenue · 2025" */
export function readingOf(f: { entity: string | null; metric: string | null; period: string | null }): string {
  return [entityLabel(f.entity), metricLabel(f.metric), f.period ?? 'no period'].join(' · ');
}
