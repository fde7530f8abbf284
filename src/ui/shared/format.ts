// People-facing labels and numbers for the toolbar UI: "Zhipu AI (Z.ai)", "revenue", "US$1.2 billion", "31.8%".
import { ENTITIES, METRICS } from '../../core/vocabulary';

export function entityLabel(id: string | null): string {
  if (!id) return 'unknown company';
  return (ENTITIES as Record<string, string>)[id] ?? id;
}

export function metricLabel(id: string | null): string {
  if (!id) return 'unknown metric';
  if (id.startsWith('other:')) return id.slice(6).replace(/-/g, ' ');
  return (METRICS as Record<string, string>)[id] ?? id;
}

const SCALES: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

function trim(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: Math.abs(n) < 10 ? 2 : 1 });
}

/** 1.2e9 → "1.2 billion"; 35000 → "35,000". */
export function scaled(value: number): string {
  const abs = Math.abs(value);
  for (const [size, word] of SCALES) if (abs >= size) return `${trim(value / size)} ${word}`;
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

const CURRENCY_PREFIX: Record<string, string> = { USD: 'US$', CNY: 'RMB ', HKD: 'HK$', SGD: 'S$', EUR: '€' };

export function formatValue(value: number, unit: string, valueMax?: number | null): string {
  const one = (v: number) => {
    const prefix = CURRENCY_PREFIX[unit];
    if (prefix !== undefined) return `${v < 0 ? '-' : ''}${prefix}${scaled(Math.abs(v))}`;
    switch (unit) {
      case 'percent':
        return `${trim(v * 100)}%`;
      case 'percentage-points':
        return `${trim(v * 100)} pp`;
      case 'ratio':
        return `${trim(v)}×`;
      case 'tokens':
        return `${scaled(v)} tokens`;
      case 'parameters':
        return `${scaled(v)} parameters`;
      default:
        return scaled(v);
    }
  };
  return valueMax !== null && valueMax !== undefined && valueMax !== value ? `${one(value)}–${one(valueMax)}` : one(value);
}

/** "Zhipu AI (Z.ai) · revenue · 2025" */
export function readingOf(f: { entity: string | null; metric: string | null; period: string | null }): string {
  return [entityLabel(f.entity), metricLabel(f.metric), f.period ?? 'no period'].join(' · ');
}
