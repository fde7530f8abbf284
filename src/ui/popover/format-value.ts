// Numbers for people: 724000000 CNY → "724 million yuan", 0.318 percent → "31.8%", 60 ratio → "60×".
import type { Unit } from '../../core/vocabulary';

const CURRENCY_WORD: Record<string, [prefix: string, suffix: string]> = {
  CNY: ['', ' yuan'],
  USD: ['US$', ''],
  HKD: ['HK$', ''],
  SGD: ['S$', ''],
  EUR: ['€', ''],
};

const SCALES: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** Up to 3 significant decimals, no trailing zeros: 1.7000 → "1.7", 0.04123 → "0.0412". */
export function trimNumber(n: number, maxDecimals = 2): string {
  if (!Number.isFinite(n)) return String(n);
  const abs = Math.abs(n);
  const decimals = abs >= 100 ? Math.min(maxDecimals, 1) : abs >= 1 ? maxDecimals : Math.max(maxDecimals, 4);
  const fixed = n.toFixed(decimals);
  const trimmed = fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
  const [int, frac] = trimmed.split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${grouped}.${frac}` : grouped;
}

/** A plain magnitude with a scale word: 724000000 → "724 million". */
export function scaleNumber(n: number): string {
  const abs = Math.abs(n);
  for (const [size, word] of SCALES) if (abs >= size) return `${trimNumber(n / size)} ${word}`;
  return trimNumber(n);
}

export function formatValue(value: number | null, unit: Unit | string): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const currency = CURRENCY_WORD[unit];
  if (currency) {
    const [prefix, suffix] = currency;
    const sign = value < 0 ? '−' : '';
    return `${sign}${prefix}${scaleNumber(Math.abs(value))}${suffix}`;
  }
  switch (unit) {
    case 'percent':
      return `${trimNumber(value * 100, 2)}%`;
    case 'percentage-points':
      return `${trimNumber(value * 100, 2)} percentage points`;
    case 'ratio':
      return `${trimNumber(value, 2)}×`;
    case 'tokens':
      return `${scaleNumber(value)} tokens`;
    case 'parameters':
      return `${scaleNumber(value)} parameters`;
    default:
      return scaleNumber(value);
  }
}

/** A value or a range: "300 million – 500 million yuan" is written "300–500 million yuan" only when easy. */
export function formatRange(value: number | null, valueMax: number | null, unit: Unit | string): string {
  if (valueMax === null || valueMax === value) return formatValue(value, unit);
  return `${formatValue(value, unit)} – ${formatValue(valueMax, unit)}`;
}
