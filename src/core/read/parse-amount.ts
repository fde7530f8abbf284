// The pieces around a number: scale words (`million`, `bn`, `亿`), currency markers before (`US$`, `RMB`,
// `人民币`) and after (`yuan`, `HKD`, `元`, `亿元人民币`), percent and multiple markers. All patterns are anchored
// and run on short slices of the normalised text next to the number.
import type { Currency } from '../vocabulary';

/**
 * Scale after the number: `1.7 billion`, `1.74bn`, `705k`, `2.7M`, `130-billion`, `7.24亿`, `724百万`, `1.5万亿`; and 亿
 * and 万 translated word for word, `31.2 hundred million`, `4,600 ten thousand`.
 */
export const SCALE_AFTER =
  /^(?:[ -]?(hundred million|hundred-million|ten thousand|ten-thousand|trillion|billion|million|thousand|bn|mn|mln|bln|tn|trn)(?![a-z])|(k|m|b|t)(?![a-z])|\s?(?:多|余)?\s?(万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千))/;

const SCALE_VALUES: Record<string, number> = {
  'hundred million': 1e8,
  'hundred-million': 1e8,
  'ten thousand': 1e4,
  'ten-thousand': 1e4,
  trillion: 1e12,
  tn: 1e12,
  trn: 1e12,
  t: 1e12,
  billion: 1e9,
  bn: 1e9,
  bln: 1e9,
  b: 1e9,
  million: 1e6,
  mn: 1e6,
  mln: 1e6,
  m: 1e6,
  thousand: 1e3,
  k: 1e3,
  万亿: 1e12,
  千亿: 1e11,
  百亿: 1e10,
  十亿: 1e9,
  亿: 1e8,
  千万: 1e7,
  百万: 1e6,
  十万: 1e5,
  万: 1e4,
  千: 1e3,
};
export const scaleValue = (word: string): number => SCALE_VALUES[word] ?? 1;

/** Currency written before the number (`US$`, `HK$ `, `RMB`, `¥`, `人民币`), anchored at the end of the slice. */
export const CURRENCY_BEFORE =
  /(?:(?<![a-z])(us|u\.s\.|hk|sg|nt|mop)\s?\$|(?<![a-z])(s|a|c|r)\$|(\$)|(¥|€|£)|(?<![a-z])(rmb|cny|usd|hkd|sgd|eur|gbp|jpy|twd)|(人民币))\s?$/;

export function currencyFromPrefix(m: RegExpExecArray): Currency | 'other' {
  const [, longPrefix, letterPrefix, dollar, symbol, code, zh] = m;
  const dollarPrefix = longPrefix ?? letterPrefix;
  if (dollarPrefix !== undefined) {
    if (dollarPrefix === 'us' || dollarPrefix === 'u.s.') return 'USD';
    if (dollarPrefix === 'hk') return 'HKD';
    if (dollarPrefix === 's' || dollarPrefix === 'sg') return 'SGD';
    return 'other';
  }
  if (dollar !== undefined) return 'USD';
  if (symbol === '¥') return 'CNY';
  if (symbol === '€') return 'EUR';
  if (symbol !== undefined) return 'other';
  if (code !== undefined) return CODE_CURRENCY[code] ?? 'other';
  if (zh === '人民币') return 'CNY';
  if (zh === '美元') return 'USD';
  if (zh === '港元' || zh === '港币') return 'HKD';
  return 'other';
}

const CODE_CURRENCY: Record<string, Currency> = { rmb: 'CNY', cny: 'CNY', usd: 'USD', hkd: 'HKD', sgd: 'SGD', eur: 'EUR' };

/** Currency written after the number (and its scale): `yuan`, `RMB`, `HKD`, `元`, `美元`, `元人民币`, `-dollar`. */
export const CURRENCY_AFTER =
  /^(?:\s?(?:(yuan|renminbi|rmb|cny)(?![a-z])|(usd|us dollars?|u\.s\. dollars?)(?![a-z])|(hkd|hong kong dollars?|hk dollars?)(?![a-z])|(sgd|singapore dollars?)(?![a-z])|(eur|euros?)(?![a-z])|(dollars?)(?![a-z]))|\s?(元人民币|人民币|元|美元|港元|港币|欧元|新加坡元|新元))/;

export function currencyFromSuffix(m: RegExpExecArray): Currency {
  const [, cny, usd, hkd, sgd, eur, dollar, zh] = m;
  if (cny !== undefined) return 'CNY';
  if (usd !== undefined || dollar !== undefined) return 'USD';
  if (hkd !== undefined) return 'HKD';
  if (sgd !== undefined) return 'SGD';
  if (eur !== undefined) return 'EUR';
  if (zh === '美元') return 'USD';
  if (zh === '港元' || zh === '港币') return 'HKD';
  if (zh === '欧元') return 'EUR';
  if (zh === '新加坡元' || zh === '新元') return 'SGD';
  return 'CNY';
}

/** Percent, percentage points and multiples after the number. */
export const PERCENT_AFTER = /^\s?(?:%|per ?cent(?![a-z])|percent(?![a-z])|pct(?![a-z])|pc(?![a-z]))/;
/** Basis points: 50bps → 0.005 percentage points. */
export const BASIS_POINTS_AFTER = /^\s?(?:bps|bp|basis points?|个基点|基点)(?![a-z])/;
export const POINTS_AFTER = /^\s?(?:ppts?(?![a-z])|pp(?![a-z])|percentage[ -]points?(?![a-z])|个百分点|百分点)/;
export const MULTIPLE_AFTER = /^(?:(?:x|×)(?![a-z])|[ -]fold(?![a-z])|\s?times(?![a-z])|\s?倍)/;
export const UNIT_NOUN_AFTER = /^[ -](?:(tokens?)|(parameters?|params))(?![a-z])/;

/** Parse `1,234.5` → 1234.5. */
export const parseNumber = (digits: string): number => Number(digits.replace(/,/g, ''));

/** Round away binary noise: 1.74 * 1e9 → 1740000000, 31.8 / 100 → 0.318. */
export const clean = (x: number): number =>
  Number.isInteger(x) && Math.abs(x) < 1e15 ? x : Number.isFinite(x) ? Number(x.toPrecision(12)) : x;

/** Chinese digits, 一 to 九 (and 两, 〇). */
export const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_SMALL: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const CN_BIG: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Parse a Chinese numeral: `三` → 3, `两千万` → 2e7, `一万亿` → 1e12, `十二` → 12. NaN on odd input. */
export function parseChineseNumeral(s: string): number {
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch in CN_DIGITS) digit = CN_DIGITS[ch]!;
    else if (ch in CN_SMALL) {
      section += (digit || 1) * CN_SMALL[ch]!;
      digit = 0;
    } else if (ch in CN_BIG) {
      const big = CN_BIG[ch]!;
      section += digit;
      digit = 0;
      if (big === 1e8) {
        // 一万亿: the 万 section multiplies into 亿
        total = (total + section) * big;
      } else total += section * big;
      section = 0;
    } else return NaN;
  }
  return total + section + digit;
}
