// Numbers for people in the popover: the core's formatter (the one the explanation lines use), so a figure reads
// the same in the card as in its explanation; only the minus sign is typographic here.
import { formatValue as formatCore } from '../../core/check/format-value';
import type { Unit } from '../../core/vocabulary';

const typographic = (s: string) => s.replace(/^-/, '−');

export function formatValue(value: number | null, unit: Unit | string): string {
  if (value === null || !Number.isFinite(value)) return '—';
  return typographic(formatCore(value, unit as Unit));
}

/** A value or a range: 300–500 million yuan. */
export function formatRange(value: number | null, valueMax: number | null, unit: Unit | string): string {
  if (valueMax === null || valueMax === value || value === null) return formatValue(value, unit);
  return typographic(formatCore(value, unit as Unit, 4, valueMax));
}
