// Numbers for people: 724 million yuan, US$1.2 billion, HK$309.2 billion, 31.8%, 60×, 2.7 million.
import type { Unit } from '../vocabulary';

const SCALES: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

const PREFIX: Partial<Record<Unit, string>> = { USD: 'US$', HKD: 'HK$', SGD: 'S$', EUR: '€' };
const SUFFIX: Partial<Record<Unit, string>> = {
  CNY: ' yuan',
  tokens: ' tokens',
  parameters: ' parameters',
  'percentage-points': ' percentage points',
};

// One formatter for the whole module: toLocaleString with options builds a new one per call (slow).
let plain: Intl.NumberFormat | undefined;
const PLAIN = { format: (n: number) => (plain ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 })).format(n) };

/** A plain number with up to `digits` significant digits and no trailing zeros: 724, 1.7, 25.96, 0.139. */
export function formatNumber(n: number, digits = 4): string {
  if (!Number.isFinite(n)) return String(n);
  const a = Math.abs(n);
  const s = a >= 1e15 ? a.toExponential(2) : grouped(Number(a.toPrecision(digits)));
  return (n < 0 ? '-' : '') + s;
}

/**
 * What PLAIN.format gives (en-US grouping, at most 6 decimals) for a non-negative number, without Intl for the
 * usual case (Intl formatting is slow, and every explanation line formats several numbers).
 */
function grouped(x: number): string {
  const s = String(x);
  const dot = s.indexOf('.');
  if (s.includes('e') || (dot >= 0 && s.length - dot - 1 > 6)) return PLAIN.format(x);
  const int = dot < 0 ? s : s.slice(0, dot);
  let out = int.length > 3 ? int.replace(/\B(?=(\d{3})+$)/g, ',') : int;
  if (dot >= 0) out += s.slice(dot);
  return out;
}

/** A magnitude with its scale word: 724 million, 1.7 billion, 660,000. */
export function formatAmount(n: number, digits = 4): string {
  const a = Math.abs(n);
  for (const [size, word] of SCALES) {
    if (a >= size * 0.9995) return `${formatNumber(n / size, digits)} ${word}`;
  }
  return formatNumber(n, digits);
}

export function formatValue(value: number, unit: Unit, digits = 4, valueMax: number | null = null): string {
  if (unit === 'percent') {
    const one = (v: number) => formatNumber(v * 100, digits);
    return valueMax === null ? `${one(value)}%` : `${one(value)}–${one(valueMax)}%`;
  }
  if (unit === 'percentage-points') return `${formatNumber(value * 100, digits)}${SUFFIX[unit]}`;
  if (unit === 'ratio') return valueMax === null ? `${formatNumber(value, digits)}×` : `${formatNumber(value, digits)}–${formatNumber(valueMax, digits)}×`;
  const body = valueMax === null ? formatAmount(value, digits) : `${formatAmount(value, digits)}–${formatAmount(valueMax, digits)}`;
  const sign = value < 0 && valueMax === null ? '-' : '';
  const plain = sign ? body.slice(1) : body;
  return `${sign}${PREFIX[unit] ?? ''}${plain}${SUFFIX[unit] ?? ''}`;
}

/** A multiple for explanations: 9.7×, 60×, 1.04×. */
export function formatTimes(ratio: number): string {
  const r = Math.abs(ratio);
  return `${formatNumber(r, r >= 100 ? 4 : r >= 10 ? 3 : 2)}×`;
}

export function formatPercentGap(gap: number): string {
  return `${formatNumber(gap * 100, 2)}%`;
}
