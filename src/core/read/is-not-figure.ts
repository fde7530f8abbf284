// Digit runs that are not figures: years and dates, clock times, durations, ordinals, list numbers, tickers and
// codes, version and model names, phone numbers. Each test looks only at a few characters around the number.

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const MONTH_BEFORE = new RegExp(`(?<![a-z])${MONTH}\\.?\\s$`);
// "27 Aug", "30th September"
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s${MONTH}(?![a-z])`);
// 2026年, 3月, 21日, 12 个月, 第3季 is caught by ORDINAL_BEFORE
const CJK_TIME_AFTER = /^\s?(?:年|月|日|号|个月|个多月|天|周|小时|分钟|季|点|时|岁|届|期|代|楼|层)/;
// (and "for 10 straight quarters", "3 consecutive years": a run of periods is a duration too)
const DURATION_AFTER =
  /^(?:\s|-)(?:(?:straight|consecutive|successive)\s)?(?:years?|yrs?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|milliseconds?|ms|quarters?|decades?|am|pm|a\.m\.|p\.m\.|o'clock)(?![a-z])/;
const ORDINAL_BEFORE = /(?:第|(?<![a-z])(?:no\.|number|top|rank(?:ed)?|grade|level|phase|round|chapter|section|paragraph|para\.?|article|page|step|item|footnote|table|slide|#))\s?$/;
const RANK_BEFORE = /(?:第|(?<![a-z])(?:no\.|number|top|rank(?:ed)?|#))\s?$/;
const PER_BEFORE = /(?<![a-z])(?:per|every|each)\s$/;
// ("for every RMB1 of revenue", "每赚1元收入": the unit a ratio is counted per, not an amount)
const PER_MONEY_BEFORE = /(?:(?<![a-z])(?:per|every|each)\s(?:rmb|us\$|hk\$|\$|¥)\s?|每\s?(?:赚|赚取|获得|录得|取得|产生)?\s?)$/;
const TIME_AROUND = /^[:.]\d{2}\s?(?:am|pm)/;

/** Letters directly before a number that make it part of a currency code (`RMB1.74bn`, `US$`), not a name. */
const CURRENCY_LETTERS = /(?:rmb|cny|usd|hkd|sgd|eur|us|hk)$/;

// (what is counted right after a number: people, firms, staff)
const COUNTED_AFTER = /^\s?(?:人|名|家|位|employees|staff|people|workers|engineers|researchers)(?![a-z])/;

export type Skip = false | 'identifier' | 'date' | 'time' | 'duration' | 'ordinal' | 'code' | 'per';

/**
 * Why the number at [start, end) of `norm` is not a figure, or false. `hasUnit` says whether a currency, scale,
 * percent or multiple marker is attached (then years and durations can still be figures: `2048 tokens`).
 */
export function isNotFigure(norm: string, start: number, end: number, hasUnit: boolean, glued = false): Skip {
  const digits = norm.slice(start, end);
  const prev = norm[start - 1] ?? '';
  const prev2 = norm[start - 2] ?? '';
  const next = norm[end] ?? '';
  const before = norm.slice(Math.max(0, start - 14), start);
  const after = norm.slice(end, end + 24);

  // Q3, FY24, V3, R1, K2.5, Qwen2: letters glued before the number (but RMB1.74bn is money)
  // (a scraped table cell glued to its label, "Listing51B+ HKD", is still a figure)
  if (/[a-z]/.test(prev) && !CURRENCY_LETTERS.test(before) && !glued) return 'identifier';
  // GLM-4.6, GLM-130B, FY24-26E, 2025-01-01, Qwen2.5-72B
  // (not "c.55%", a broker's circa)
  if ((prev === '-' || prev === '_' || prev === '.') && /[a-z0-9]/.test(prev2) && !(hasUnit && /(?<![a-z])c\.$/.test(before))) return 'identifier';
  // 1H24, 5Y, GPT-4o, 3rd: letters glued after that are not a scale or unit marker
  if (/[a-z]/.test(next)) {
    const word = /^[a-z]+/.exec(after)?.[0] ?? '';
    if (!/^(?:k|m|mn|mln|b|bn|bln|t|tn|trn|x|pp|ppt|ppts|pct|pc|bps|bp)$/.test(word)) return 'identifier';
  }
  // 2513.HK, 20.HK
  if (next === '.' && /[a-z]/.test(norm[end + 1] ?? '')) return 'code';
  // 12:30, 12.30am
  if (next === ':' && /\d/.test(norm[end + 1] ?? '')) return 'time';
  if (prev === ':' && /\d/.test(prev2)) return 'time';
  if (TIME_AROUND.test(after)) return 'time';
  if (/^\d{2}\s?(?:am|pm)/.test(after.slice(0)) && prev === '.') return 'time';
  // 0020, 01, 02513: a leading zero marks a code or list number
  if (/^0\d/.test(digits)) return 'code';
  // (a number with a unit is no page, slide or chapter: "shares slide 6.5%"; it may still be a rank, "the top 10%")
  if ((hasUnit ? RANK_BEFORE : ORDINAL_BEFORE).test(before)) return 'ordinal';
  if (CJK_TIME_AFTER.test(after)) return 'date';
  if (!hasUnit) {
    // (not "逾2000人", "2000 employees": a count of people or firms that looks like a year)
    if (/^(?:1[89]|20|21)\d\d$/.test(digits) && !COUNTED_AFTER.test(after)) return 'date';
    if (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after)) return 'date';
    if (DURATION_AFTER.test(after)) return 'duration';
    if (PER_BEFORE.test(before)) return 'per';
    // phone numbers and long codes
    if (/^\d{7,}$/.test(digits)) return 'code';
  } else if ((PER_BEFORE.test(before) || PER_MONEY_BEFORE.test(before)) && /^(?:1|one)$/.test(digits)) return 'per';
  return false;
}

/** Whether the number at `start` is a rank or a reference ("paragraph 3", "No. 2", "第3"), so no range starts there. */
export const isOrdinalAt = (norm: string, start: number): boolean => ORDINAL_BEFORE.test(norm.slice(Math.max(0, start - 14), start));

export { MONTH };
