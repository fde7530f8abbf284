// Numbers for people: 724 million yuan, US$1.2 billion, HK$309.2 billion, 31.8%, 60×, 2.7 million.
import type { Lang } from '../i18n/translate';
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

export function formatValue(value: number, unit: Unit, digits = 4, valueMax: number | null = null, lang: Lang = 'en'): string {
  if (lang === 'zh') return formatValueZh(value, unit, digits, valueMax);
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

// Chinese counts in 万 (10⁴), 亿 (10⁸) and 万亿 (10¹²), the unit after the number: 70亿元, 7.24亿元, 1400亿美元,
// 270万用户 is written 270万 (the metric says what is counted), 31.8%, 60倍, 3个百分点.
const ZH_SCALES: [number, string][] = [
  [1e12, '万亿'],
  [1e8, '亿'],
  [1e4, '万'],
];
const ZH_SUFFIX: Partial<Record<Unit, string>> = {
  CNY: '元',
  USD: '美元',
  HKD: '港元',
  SGD: '新加坡元',
  EUR: '欧元',
  tokens: '个token',
  parameters: '个参数',
};

/** A plain number without grouping (1400, 7.24): Chinese scale words keep numbers short. */
function zhNumber(n: number, digits: number): string {
  if (!Number.isFinite(n)) return String(n);
  const a = Math.abs(n);
  const x = Number(a.toPrecision(digits));
  const s = a >= 1e16 ? a.toExponential(2) : String(x).includes('e') ? PLAIN.format(x).replace(/,/g, '') : String(x);
  return (n < 0 ? '-' : '') + s;
}

/** A magnitude with its Chinese scale word: 7.24亿, 270万, 1.2万亿, 6600. */
export function formatAmountZh(n: number, digits = 4): string {
  const a = Math.abs(n);
  for (const [size, word] of ZH_SCALES) {
    if (a >= size * 0.99995) return `${zhNumber(n / size, digits)}${word}`;
  }
  return zhNumber(n, digits);
}

function formatValueZh(value: number, unit: Unit, digits: number, valueMax: number | null): string {
  const range = (one: (v: number) => string, after: string) =>
    valueMax === null ? `${one(value)}${after}` : `${one(value)}至${one(valueMax)}${after}`;
  if (unit === 'percent') return valueMax === null ? `${zhNumber(value * 100, digits)}%` : `${zhNumber(value * 100, digits)}%至${zhNumber(valueMax * 100, digits)}%`;
  if (unit === 'percentage-points') return `${zhNumber(value * 100, digits)}个百分点`;
  if (unit === 'ratio') return range((v) => zhNumber(v, digits), '倍');
  return range((v) => formatAmountZh(v, digits), ZH_SUFFIX[unit] ?? '');
}

/** How many times apart, in words of the language: "9.7" → "9.7 times", "9.7倍". */
export function formatTimesIn(lang: Lang, ratio: number): string {
  const n = formatTimes(ratio).replace('×', '');
  return lang === 'zh' ? `${n.replace(/,/g, '')}倍` : `${n} times`;
}
