// Period arithmetic for the cross-check. Periods look like `2025`, `2025-H1`, `2025-Q2`, `2025-9M`, `2026-02` or a
// span `2021..2024-H1` (see vocabulary.ts). Months are counted as year * 12 + month so periods can be ordered.
import type { Lang } from '../i18n/translate';
import type { Period } from '../vocabulary';

const ONE_RE = /^(\d{4})(?:-(H[12]|Q[1-4]|9M|\d{2}))?$/;

interface Bounds {
  year: number;
  /** First and last month (1–12) the period covers. */
  first: number;
  last: number;
}

// Period strings repeat across the figures of a page and the claims: each is parsed once (a page can only name a
// bounded number of periods; the memo is cleared if one ever names more).
const BOUNDS = new Map<string, Bounds | null>();
const NORMALISED = new Map<string, Period | null>();
const MEMO_LIMIT = 5000;

function remember<V>(memo: Map<string, V>, key: string, value: V): V {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
  return value;
}

function boundsOf(one: string): Bounds | null {
  const known = BOUNDS.get(one);
  return known !== undefined ? known : remember(BOUNDS, one, parseBounds(one));
}

function parseBounds(one: string): Bounds | null {
  const m = ONE_RE.exec(one);
  if (!m) return null;
  const year = Number(m[1]);
  const part = m[2];
  if (part === undefined) return { year, first: 1, last: 12 };
  if (part === 'H1') return { year, first: 1, last: 6 };
  if (part === 'H2') return { year, first: 7, last: 12 };
  if (part === '9M') return { year, first: 1, last: 9 };
  if (part.startsWith('Q')) {
    const q = Number(part.slice(1));
    return { year, first: q * 3 - 2, last: q * 3 };
  }
  const month = Number(part);
  return { year, first: month, last: month };
}

/** `2025..2025`, `2025-H1..2025-H2`, `2025-Q1..2025-Q4` and `2025-01..2025-12` all mean the year `2025`. */
export function normalisePeriod(period: Period | null | undefined): Period | null {
  if (!period) return null;
  const known = NORMALISED.get(period);
  return known !== undefined ? known : remember(NORMALISED, period, normaliseSpan(period));
}

function normaliseSpan(period: Period): Period | null {
  const [a, b] = period.split('..');
  if (a === undefined || b === undefined) return period;
  const start = boundsOf(a);
  const end = boundsOf(b);
  if (start && end && start.year === end.year && start.first === 1 && end.last === 12) return String(start.year);
  if (a === b) return a;
  return period;
}

export function samePeriod(a: Period | null, b: Period | null): boolean {
  return a !== null && b !== null && normalisePeriod(a) === normalisePeriod(b);
}

export function isSpan(period: Period | null): boolean {
  return normalisePeriod(period)?.includes('..') ?? false;
}

/** The year a period ends in (a span or half-year uses the year it ends in), or null. */
export function periodYear(period: Period | null | undefined): number | null {
  if (!period) return null;
  const last = period.split('..').pop() ?? '';
  const b = boundsOf(last);
  return b ? b.year : null;
}

/** The month a period ends in, as year * 12 + month; used to order periods and compare with the page date. */
export function periodEnd(period: Period | null | undefined): number | null {
  if (!period) return null;
  const last = period.split('..').pop() ?? '';
  const b = boundsOf(last);
  return b ? b.year * 12 + b.last : null;
}

/** The year and month a period ends in ("2026-H1" → 2026, 6; "2025-9M" → 2025, 9). */
export function endMonthOf(period: Period | null | undefined): { year: number; month: number } | null {
  if (!period) return null;
  const b = boundsOf(period.split('..').pop() ?? '');
  return b ? { year: b.year, month: b.last } : null;
}

/** The month a period starts in, as year * 12 + month. */
export function periodStart(period: Period | null | undefined): number | null {
  if (!period) return null;
  const first = period.split('..')[0] ?? '';
  const b = boundsOf(first);
  return b ? b.year * 12 + b.first : null;
}

/** Does `inner` lie inside `outer` without being the same period (2023 inside 2021..2024-H1)? */
export function strictlyWithin(inner: Period | null, outer: Period | null): boolean {
  const is = periodStart(inner);
  const ie = periodEnd(inner);
  const os = periodStart(outer);
  const oe = periodEnd(outer);
  if (is === null || ie === null || os === null || oe === null) return false;
  return is >= os && ie <= oe && (is !== os || ie !== oe);
}

/**
 * The single periods a cumulative span adds up from: `2021..2024-H1` is 2021 + 2022 + 2023 + H1 2024. Null when
 * the span does not start at the beginning of a year or ends mid-quarter.
 */
export function spanTiles(period: Period | null): Period[] | null {
  const p = normalisePeriod(period);
  if (!p || !p.includes('..')) return null;
  const [a, b] = p.split('..') as [string, string];
  const start = boundsOf(a);
  const end = boundsOf(b);
  if (!start || !end || start.first !== 1 || end.year < start.year) return null;
  const last = END_PIECE[end.last];
  if (last === undefined) return null;
  const tiles: Period[] = [];
  for (let y = start.year; y < end.year; y++) tiles.push(String(y));
  tiles.push(`${end.year}${last}`);
  return tiles;
}
/** How the last year of a span is reported, by the month it ends in. */
const END_PIECE: Record<number, string> = { 3: '-Q1', 6: '-H1', 9: '-9M', 12: '' };

/** A page date (`2026`, `2026-06`, `2026-06-15`) as year * 12 + month. */
export function dateEnd(date: string | null | undefined): number | null {
  const m = date ? /^(\d{4})(?:-(\d{2}))?/.exec(date) : null;
  if (!m) return null;
  return Number(m[1]) * 12 + (m[2] ? Number(m[2]) : 12);
}

/** The same period one year earlier (`2025-H1` → `2024-H1`), for year-over-year growth; null for spans. */
export function previousPeriod(period: Period | null): Period | null {
  const p = normalisePeriod(period);
  if (!p || p.includes('..')) return null;
  const m = ONE_RE.exec(p);
  if (!m) return null;
  return `${Number(m[1]) - 1}${m[2] ? `-${m[2]}` : ''}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** For people: `2025`, `H1 2025`, `Q1 2026`, `Jun 2026`, `2021 to H1 2024`. */
export function formatPeriod(period: Period | null): string {
  const p = normalisePeriod(period);
  if (!p) return 'no period';
  return p
    .split('..')
    .map((one) => {
      const m = ONE_RE.exec(one);
      if (!m || !m[2]) return one;
      if (/^[HQ]/.test(m[2])) return `${m[2]} ${m[1]}`;
      if (m[2] === '9M') return `9 months to Sep ${m[1]}`;
      return `${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
    })
    .join(' to ');
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const HALVES: Record<string, string> = { H1: 'first half', H2: 'second half' };
const QUARTERS: Record<string, string> = { Q1: 'first quarter', Q2: 'second quarter', Q3: 'third quarter', Q4: 'fourth quarter' };

/**
 * For a reader without the codes: `2025-9M` → "first nine months of 2025", `2026-03` with a point-in-time basis →
 * "as of March 2026", `2025-H1` → "first half of 2025", `2021..2024-H1` → "from 2021 to the first half of 2024".
 */
export function periodInWords(period: Period | null, basis: string | null = null, lang: Lang = 'en'): string {
  if (lang === 'zh') return periodInChinese(period, basis);
  const p = normalisePeriod(period);
  if (!p) return 'not stated';
  const one = (part: string): string => {
    const m = ONE_RE.exec(part);
    if (!m) return part;
    const [, year, sub] = m;
    if (!sub) return basis === 'fy' ? `the year ${year}` : (year as string);
    if (sub === '9M') return `first nine months of ${year}`;
    if (HALVES[sub]) return `${HALVES[sub]} of ${year}`;
    if (QUARTERS[sub]) return `${QUARTERS[sub]} of ${year}`;
    const month = `${MONTH_NAMES[Number(sub) - 1] ?? sub} ${year}`;
    return basis === 'point' ? `as of ${month}` : month;
  };
  const parts = p.split('..');
  if (parts.length === 2) return `from ${one(parts[0] as string)} to ${one(parts[1] as string).replace(/^(first|second|third|fourth)/, 'the $1')}`;
  return one(p);
}

/** "more than", "about": the words a qualifier stands for (empty for an exact figure). */
export const QUALIFIER_WORDS: Record<string, string> = {
  exact: '',
  approx: 'about',
  over: 'more than',
  under: 'less than',
  range: 'between',
  forecast: 'forecast',
};

const ZH_PARTS: Record<string, string> = {
  H1: '上半年',
  H2: '下半年',
  Q1: '第一季度',
  Q2: '第二季度',
  Q3: '第三季度',
  Q4: '第四季度',
  '9M': '前三季度',
};

/**
 * As a Chinese financial report says it: `2025` → 2025年, `2025-H1` → 2025年上半年, `2025-9M` → 2025年前三季度,
 * `2026-03` at a point in time → 截至2026年3月, `2021..2024-H1` → 2021年至2024年上半年.
 */
export function periodInChinese(period: Period | null, basis: string | null = null): string {
  const p = normalisePeriod(period);
  if (!p) return '未说明';
  const one = (part: string): string => {
    const m = ONE_RE.exec(part);
    if (!m) return part;
    const [, year, sub] = m;
    if (!sub) return basis === 'fy' ? `${year}年全年` : `${year}年`;
    if (ZH_PARTS[sub]) return `${year}年${ZH_PARTS[sub]}`;
    return `${year}年${Number(sub)}月`;
  };
  const parts = p.split('..');
  if (parts.length === 2) return `${one(parts[0] as string)}至${one(parts[1] as string)}`;
  return basis === 'point' && /-\d{2}$/.test(p) ? `截至${one(p)}` : one(p);
}

/** The words a qualifier stands for, in Chinese (before the number: 约7亿元, 超过7亿元). */
export const QUALIFIER_WORDS_ZH: Record<string, string> = {
  exact: '',
  approx: '约',
  over: '超过',
  under: '不到',
  range: '',
  forecast: '预计',
};

export function qualifierWords(lang: Lang): Record<string, string> {
  return lang === 'zh' ? QUALIFIER_WORDS_ZH : QUALIFIER_WORDS;
}
