// Period mentions ("in 2025", "1H24", "first half of 2025", "Q3", "third quarter", "quarter ended September 30",
// "2025年上半年", "第3季", "as of February 2026", "from 2021 to June 2024", "去年同期", "on Friday", "last month"),
// found once per text with hoisted regexes and resolved left to right. A mention without a year takes one only from
// what fixes it: a calendar date or month ("On March 31", "in late January") a year stated earlier in its sentence,
// else the page date (the last such day on or before it); a quarter or half a year stated earlier in its paragraph,
// else the page date; "annual revenue" without a year the last finished year before the page date. A year named
// elsewhere in the text about another matter dates none of them, and without a page date they stay undated (null),
// as do "this year", "last year" and "on Friday". A relative one ("去年同期", "previous quarter") is resolved against
// the period in force.
import { MONTH } from './is-not-figure';
import { CAP_WORDS } from './qualifiers';
import { lowerBound } from './lower-bound';

// ("the nine months ended September 30", "six months to June", with no year after the month)
const INTERIM_ENDED = /(?:ended|ending|to|through)\s(?:the end of\s)?(?:\d{1,2}\s)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s\d{1,2}(?:st|nd|rd|th)?)?(?![a-z0-9]|,?\s(?:19|20)\d\d)/;

export type MentionKind = 'year' | 'half' | 'quarter' | '9m' | 'month' | 'date' | 'span' | 'years' | 'relative';

export interface PeriodMention {
  start: number;
  end: number;
  kind: MentionKind;
  /** Resolved period, or null when no year can be found. */
  period: string | null;
  /** FY24-26E: one year per item of a slash list. */
  years: string[] | null;
  /** An estimate tag (`2H24E`, `FY25E`). */
  estimate: boolean;
  /** A year, half, quarter or nine months stated as such (not last year's, not a date): it sets the period in force. */
  anchor: boolean;
  /** An anchor a forecast looks ahead to ("forecast sales of $420 million in 2026"): the figure's own, not the text's period in force. */
  ahead?: boolean;
  /** "Year to date," opening a sentence: the year up to the end of the last quarter the text stated (not a share's move). */
  toDate?: boolean;
  /** "annual", "full-year" without a year: the whole year of the flow it names. */
  whole?: boolean;
  /** Said relative to the page's date ("on Friday", "today", "last month"). */
  relative?: boolean;
  /** A part of the period in force counted alone ("the second quarter alone", "單計第二季"): its own sentence's only. */
  alone?: boolean;
  /** A span from a past event to the page's date ("since its January listing"): what a move is counted over, not a reporting period. */
  sincePage?: boolean;
  /** "上一财年", "the previous fiscal year": a fiscal year named as what the one in force is compared with. */
  prevFiscal?: boolean;
}

interface Raw {
  start: number;
  end: number;
  kind: MentionKind;
  year: number | null;
  sub: string | null; // H1, Q3, 9M, 03 (month)
  rel: 'same-last-year' | 'same-of-year' | 'same-period' | 'same-quarter' | 'prev-quarter' | 'trailing-year' | 'year-to-date' | 'last-year' | 'this-year' | 'next-year' | 'months-earlier' | null;
  /** "the quarter ended June 30": a quarter named by the day it ended, whose year is found as a date's is. */
  endDated?: boolean;
  /** "six months earlier": how many months before the month its sentence named. */
  monthsBack?: number;
  /** "full-year", "annual revenue", "全年" without a year: a whole year, finished unless the text looks ahead. */
  whole?: boolean;
  /** "上一财年", "the previous fiscal year": the fiscal year before the last one the text named. */
  prevFiscal?: boolean;
  /** "the fiscal year that began in April": the fiscal year under way, whose end month is `fiscalEnd`. */
  fyBegan?: boolean;
  /** A fiscal year named with the month it ends ("fiscal 2026, which ended in March 2026", "2026财年(截至今年3月31日)"): a year, in force as one. */
  fyNamed?: boolean;
  /** A date said relative to the page's ("on Friday", "today", "last month", "上周五"): resolved from the page date only. */
  ago?: Ago;
  /** The day of a date written without a year ("March 31"), to tell whether it falls after the page date. */
  day?: number;
  /** "in November that year": the month of the year named last, wherever it was named. */
  thatYear?: boolean;
  /** "当日", "同日": the day the text named last, when it named one in the paragraph. */
  thatDay?: boolean;
  /** 上年: the year before the year the text reports on (not before the page's, as 去年). */
  beforeReport?: boolean;
  /** 前年: the year before last year. */
  twoBack?: boolean;
  /** A quarter of a fiscal year ("fiscal first quarter"): which calendar quarter is not said. */
  fiscal?: boolean;
  /** The month a fiscal year ends ("the fiscal year ended March 31"): the span is the four quarters to it. */
  fiscalEnd?: number;
  /** Named as a fiscal year ("FY27", "fiscal 2027", "2027财年"): calendar, unless the company's fiscal year ends earlier. */
  fy?: boolean;
  /** A fiscal quarter whose number and fiscal year are written ("1QFY27", "fiscal first quarter of 2027"). */
  fyQuarter?: { n: number; year: number };
  /** A fiscal quarter whose number only is written ("the company's fiscal second quarter"). */
  fyQuarterN?: number;
  /** A half of a fiscal year ("2027财年上半年", "the first half of its fiscal year"): which half, and the fiscal year if named. */
  fyHalf?: { n: 1 | 2; year: number | null };
  /** "interim results": the first half of the company's year, a fiscal one where its year does not end in December. */
  interim?: boolean;
  /** "今明两年", "明后两年": years counted from the page's, one per item of a list said 分别. */
  yearOffsets?: number[];
  /** "… in the second quarter and 960 million yuan in the first": a quarter or half whose noun is left out, a later item of a list. */
  elided?: boolean;
  /** A date whose month cannot be told ("03/04 2025"), or a span without ends ("over the past three years"): no period. */
  vague?: boolean;
  span: [Raw, Raw] | null;
  years: number[] | null;
  estimate: boolean;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** The number of a month named in English ("jan", "January", "sept"): 1 to 12, 0 if none. */
export const monthNum = (m: string) => MONTHS.indexOf(m.slice(0, 3)) + 1;

/**
 * The span from the last `month` on or before the month `end` ("2026-10") to `end`: "2026-01..2026-10" for January;
 * null when that month is `end` itself or `end` is no month.
 */
export function spanFromMonth(end: string, month: number): string | null {
  const m = /^(\d{4})-(\d{2})$/.exec(end);
  if (!m || month < 1 || month > 12) return null;
  const to = Number(m[2]);
  if (month === to) return null;
  const year = month < to ? Number(m[1]) : Number(m[1]) - 1;
  return `${year}-${pad(month)}..${end}`;
}
const pad = (n: number) => String(n).padStart(2, '0');
/** The month a part of a year ends: `Q1`…`Q4`, `H1`, `H2`, `9M`. */
const subEndMonth = (sub: string): number => (sub === '9M' ? 9 : sub.startsWith('H') ? 6 * Number(sub[1]) : 3 * Number(sub[1]));
const year2 = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y.replace(/'/, '')));
const NUM_MONTHS: Record<string, number> = { 2: 2, 4: 4, 5: 5, 7: 7, 8: 8, 10: 10, 11: 11, 二: 2, 两: 2, 四: 4, 五: 5, 七: 7, 八: 8, 十: 10, 十一: 11, two: 2, four: 4, five: 5, seven: 7, eight: 8, ten: 10, eleven: 11, 9: 9, nine: 9 };
const ORD: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, 一: 1, 二: 2, 三: 3, 四: 4, 1: 1, 2: 2, 3: 3, 4: 4 };
const M = MONTH;

type Maker = (m: RegExpExecArray) => Omit<Raw, 'start' | 'end'> | null;

/** Days before the page date (a range for a week), a weekday (the last one on or before the page date), or months before. */
type Ago = { days: [number, number] } | { weekday: number; last: boolean; ambiguous: boolean; prevWeek?: boolean } | { months: number } | { month: number; last: boolean };

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const ZH_WEEKDAYS = '日一二三四五六';
const RELATIVE_DAYS: Record<string, Ago> = {
  today: { days: [0, 0] },
  yesterday: { days: [1, 1] },
  'this week': { days: [0, 6] },
  'earlier this week': { days: [0, 6] },
  'last week': { days: [7, 13] },
  'on the week': { days: [0, 6] },
  'for the week': { days: [0, 6] },
  'on the day': { days: [0, 0] },
  'this month': { months: 0 },
  'earlier this month': { months: 0 },
  'last month': { months: 1 },
  今天: { days: [0, 0] },
  今日: { days: [0, 0] },
  昨天: { days: [1, 1] },
  昨日: { days: [1, 1] },
  本周: { days: [0, 6] },
  上周: { days: [7, 13] },
  本月: { months: 0 },
  上月: { months: 1 },
  上个月: { months: 1 },
};
const MONTH_COUNT: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, nine: 9, eight: 8, ten: 10, eleven: 11, 两: 2, 四: 4, 五: 5, 七: 7, 八: 8, 十: 10, 十一: 11, 2: 2, 4: 4, 5: 5, 7: 7, 8: 8, 10: 10, 11: 11 };
const COUNT_WORDS = '\\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|few|a few|[一二两三四五六七八九十]+';

/**
 * A cheap regex for a word every match of a pattern has, starting at most `back` characters into the match. A
 * pattern with an anchor is tried only just before each anchor (V8 scans a literal like "half" in a fraction of
 * the time it takes to try an alternation of month names at every position); the matches are exactly those of a
 * scan over the whole text.
 */
interface Anchor {
  re: RegExp;
  back: number;
}
// every month name in M starts with one of these at a word start
const MONTH_WORD: RegExp = /(?<![a-z])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/g;
const anchor = (re: RegExp, back: number): Anchor => ({ re, back });
const base = { year: null, sub: null, rel: null, span: null, years: null, estimate: false } as const;

/** One year per item of a slash list, from `a` to `b` ("FY24-26E", "2026-28E"); null for a span backwards or over 7 years. */
function yearsFromTo(a: number, b: number, estimate: boolean): Omit<Raw, 'start' | 'end'> | null {
  if (b < a || b - a > 6) return null;
  const years: number[] = [];
  for (let y = a; y <= b; y++) years.push(y);
  return { ...base, kind: 'years', years, estimate };
}

const fiscalYears = (r: Omit<Raw, 'start' | 'end'> | null) => (r ? { ...r, fy: true } : null);

/** A slash list of consecutive years, "FY26E/27E/28E" or "2026E/27E": its first year and the rest as written. */
function slashYears(first: string, rest: string, estimate: boolean): Omit<Raw, 'start' | 'end'> | null {
  const years = [year2(first), ...[...rest.matchAll(/(\d{2,4})/g)].map((x) => year2(x[1]!))];
  for (let k = 1; k < years.length; k++) if (years[k]! !== years[k - 1]! + 1) return null;
  return { ...base, kind: 'years', years, estimate };
}

/** The months a span from one day to another runs through, in one year: a month, or a span of months. */
function daySpan(a: number, b: number, year: number | null): Omit<Raw, 'start' | 'end'> | null {
  if (a < 1 || b < 1 || b < a) return null;
  if (a === b) return { ...base, kind: 'month', year, sub: pad(a) };
  return { ...base, kind: 'span', span: [{ ...base, start: 0, end: 0, kind: 'month', year, sub: pad(a) }, { ...base, start: 0, end: 0, kind: 'month', year, sub: pad(b) }] };
}

const PATTERNS: [RegExp, Maker, Anchor?][] = [
  // spans: "from Jan to Jul 2024", "from 2021 to June 2024"
  // (and "from January to June", "between January and October": of the year the text is in)
  [new RegExp(`(?<![a-z])(?:from|between) (${M})\\.? (?:to|through|until|and) (${M})\\.?(?![a-z])(?:,? (\\d{4}))?`, 'g'), (m) => {
    const y = m[3] ? Number(m[3]) : null;
    return { ...base, kind: 'span', span: [{ ...base, start: 0, end: 0, kind: 'month', year: y, sub: pad(monthNum(m[1]!)) }, { ...base, start: 0, end: 0, kind: 'month', year: y, sub: pad(monthNum(m[2]!)) }] };
  }, anchor(MONTH_WORD, 8)],
  // (and from one day to another, "10月15日至11月11日", "from October 15 to November 11": the months they run through)
  [new RegExp(`(?<![a-z])(?:from|between) (${M})[a-z]*\\.? (\\d{1,2})(?:st|nd|rd|th)? (?:to|through|until|and) (${M})[a-z]*\\.? (\\d{1,2})(?!\\d)(?:st|nd|rd|th)?(?:,? (\\d{4}))?`, 'g'), (m) => daySpan(monthNum(m[1]!), monthNum(m[3]!), m[5] ? Number(m[5]) : null), anchor(MONTH_WORD, 8)],
  [/(?<!\d)(1[0-2]|0?[1-9])\s?月\s?(\d{1,2})\s?日\s?(?:至|到|-|—|~|～)\s?(1[0-2]|0?[1-9])\s?月\s?(\d{1,2})\s?日/g, (m) => daySpan(Number(m[1]), Number(m[3]), null)],
  // (and "over 2026 to 2028", "across 2025 through 2027": the same span, said with the words of a total over it)
  [new RegExp(`(?:(?<![a-z])(?:over|across|during|throughout) |from )(\\d{4}) (?:to|through|until) (?:(?:the )?end of )?(?:(${M}),? )?(\\d{4})`, 'g'), (m) => {
    const end = Number(m[3]);
    const mon = m[2] ? monthNum(m[2]) : 0;
    // a span ending in June closes a first half; in December a full year
    const sub = mon === 6 ? 'H1' : mon === 0 || mon === 12 ? null : pad(mon);
    return { ...base, kind: 'span', span: [{ ...base, start: 0, end: 0, kind: 'year', year: Number(m[1]) }, { ...base, start: 0, end: 0, kind: sub === 'H1' ? 'half' : sub ? 'month' : 'year', year: end, sub }] };
  }],
  // ("raised $850m across 2024 and 2025": one amount over both years)
  [/(?<![a-z])(?:across|over|throughout|between) ((?:19|20)\d\d) and ((?:19|20)\d\d)(?![\d])/g, (m) => {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (b <= a || b - a > 10) return null;
    return { ...base, kind: 'span', span: [{ ...base, start: 0, end: 0, kind: 'year', year: a }, { ...base, start: 0, end: 0, kind: 'year', year: b }] };
  }],
  // ("RMB24.5bn/33.8bn for 2026E/27E": estimates for a slash list of years)
  [/(?<![\d.])((?:19|20)\d\d)e((?:\s?\/\s?(?:\d{2}|\d{4})e)+)(?![a-z0-9])/g, (m) => slashYears(m[1]!, m[2]!, true)],
  // ("2025至2027年三年间", "2023年至2025年累计", "从2023年到2025年": the years from one to the other)
  [/(?<![\d.])(?:(?:从|由)\s?((?:19|20)\d\d)\s?年?\s?(?:至|到|—|~|～)\s?((?:19|20)\d\d)\s?年|((?:19|20)\d\d)\s?年?\s?(?:至|到|—|~|～)\s?((?:19|20)\d\d)\s?年(?=\s?(?:[一二三四五两]年)?(?:间|期间|内|累计|累積|合计|合計|共计|共計)))/g, (m) => {
    const a = Number(m[1] ?? m[3]);
    const b = Number(m[2] ?? m[4]);
    if (b <= a || b - a > 10) return null;
    return { ...base, kind: 'span', span: [{ ...base, start: 0, end: 0, kind: 'year', year: a }, { ...base, start: 0, end: 0, kind: 'year', year: b }] };
  }],
  // "FY26E/27E/28E": one year per item of a slash list written out
  // (fiscal years: a company whose year ends in March has them placed in the calendar, as "FY27" alone is)
  [/(?<![a-z])fy\s?(\d{2}|\d{4})e?((?:\s?\/\s?(?:fy)?\s?(?:\d{2}|\d{4})e?)+)(?![a-z0-9])/g, (m) => fiscalYears(slashYears(m[1]!, m[2]!, /e/.test(m[0])))],
  // FY24-26E: one year per item of a slash list
  [/(?<![a-z])fy\s?(\d{2}|\d{4})\s?-\s?(\d{2}|\d{4})(e?)(?![a-z])/g, (m) => fiscalYears(yearsFromTo(year2(m[1]!), year2(m[2]!), m[3] === 'e'))],
  // ("2026-28E", "2026-2028E": estimates for each year of the span, one per item of a slash list)
  [/(?<![a-z0-9.$¥-])(20\d\d)\s?-\s?(\d{2}|20\d\d)e(?![a-z0-9])/g, (m) => (year2(m[2]!) > Number(m[1]) ? yearsFromTo(Number(m[1]), year2(m[2]!), true) : null)],
  // ("2026—2028年归母净利润预测为6.8亿元/11.2亿元/15.9亿元": a range of years before a slash list of figures in its
  // sentence, one year per item)
  // (and "growing 150%/95%/70% in 2026-28": the range right after the list)
  [/(?<![\d.])(20\d\d)\s?年?\s?(?:—|–|-|至|到)\s?(20\d\d|\d\d)\s?年?(?![\d%])/g, (m) => {
    const a = Number(m[1]);
    const b = year2(m[2]!);
    if (b <= a) return null;
    const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 60).split(/[。；;！？]/)[0]!;
    const before = m.input.slice(Math.max(0, m.index - 40), m.index).split(/[。；;！？]|\.\s/).pop()!;
    // (in English only over three years or more, "estimates for 2026-28 to RMB1.3/2.5/4.0bn": "2025-26" may be one
    // fiscal year)
    const listAfter = /\d[^\s/]{0,8}\s?\/\s?\d/.test(after) && (/年/.test(m[0]) || b - a >= 2);
    const listBefore = /\d\s?(?:%|bn|mn|亿元|億元)?\s?\/\s?\d[\d.,]*\s?(?:%|bn|mn|亿元|億元)?\s?(?:in|for|over|during)\s$/.test(before);
    return listAfter || listBefore ? yearsFromTo(a, b, false) : null;
  }],
  // halves
  [/(?<![a-z0-9])([12])h\s?(\d{4}|\d{2})(e?)(?![a-z0-9])/g, (m) => ({ ...base, kind: 'half', year: year2(m[2]!), sub: `H${m[1]}`, estimate: m[3] === 'e' })],
  // H1 2025, H1'25, H2 FY25 (not the H100 or H20 chips)
  [/(?<![a-z0-9])h([12])(?:\s?(?:fy)?(\d{4})|\s?'(\d{2})|\s(?:fy)?(\d{2}))?(e?)(?![a-z0-9])/g, (m) => {
    const y = m[2] ?? m[3] ?? m[4];
    return { ...base, kind: 'half', year: y ? year2(y) : null, sub: `H${m[1]}`, estimate: m[5] === 'e' };
  }],
  // "the three months ended March 31": a quarter
  // (and "the three months to June": the quarter that month ends, its day unsaid)
  [new RegExp(`(?:three|3) months (?:ended|ending|to|through) (?:\\d{1,2} )?(${M})[a-z]*\\.?(?: \\d{1,2}(?!\\d))?(?:,? (\\d{4}))?`, 'g'), (m) => {
    const mon = monthNum(m[1]!);
    return mon % 3 === 0 ? { ...base, kind: 'quarter', year: m[2] ? Number(m[2]) : null, sub: `Q${mon / 3}` } : null;
  }, anchor(/months/g, 8)],
  // ("the first six months", "the last six months of 2025": a half)
  [/(?:six|6) months (?:ended|ending|to|through) (?:\d{1,2} )?(june|jun\.?|december|dec\.?)(?: \d{1,2}(?!\d))?(?:,? (\d{4}))?/g, (m) => ({ ...base, kind: 'half', year: m[2] ? Number(m[2]) : null, sub: m[1]!.startsWith('j') ? 'H1' : 'H2' }), anchor(/months/g, 10)],
  // ("the six months to September", the first half of a fiscal year that starts in April: two calendar quarters)
  [/(?:six|6) months (?:ended|ending|to|through) (?:\d{1,2} )?(?:september|sept?\.?)(?: \d{1,2}(?!\d))?(?:,? (\d{4}))?/g, (m) => {
    const year = m[1] ? Number(m[1]) : null;
    return { ...base, kind: 'span', span: [{ ...base, start: 0, end: 0, kind: 'quarter', year, sub: 'Q2' }, { ...base, start: 0, end: 0, kind: 'quarter', year, sub: 'Q3' }] };
  }, anchor(/months/g, 10)],
  // ("今年首8个月", "前7个月", "首两个月", "the first eight months of 2026": January to that month)
  [/(?:(今年|去年)|((?:19|20)\d\d)\s?年)?(?:首|前)\s?([24578]|1[01]|[二两四五七八]|十一|十)\s?个月|(?<![a-z])first (two|four|five|seven|eight|ten|eleven) months(?: of (?:(this|last|the) year|((?:19|20)\d\d)))?/g, (m) => {
    const n = NUM_MONTHS[(m[3] ?? m[4])!]!;
    const rel = m[1] === '去年' || m[5] === 'last' ? 'last-year' : m[1] === '今年' || m[5] === 'this' || m[5] === 'the' ? 'this-year' : null;
    const year = m[2] ? Number(m[2]) : m[6] ? Number(m[6]) : null;
    return { ...base, kind: 'span', rel, span: [{ ...base, start: 0, end: 0, kind: 'month', year, sub: '01', rel }, { ...base, start: 0, end: 0, kind: 'month', year, sub: pad(n), rel }] };
  }, anchor(/个月|months/g, 16)],
  // ("the five months ended May 31, 2026", "the eight months to August": January to that month, when the count of
  // months reaches back to January; and "the nine months ended December 31, 2025", "the four months to June": the months
  // counted back from the one named, within its year, or across the year before when the text names the year (a
  // fiscal span: April to December for a year that ends in March); not "the nine months ended September 30", read below)
  [new RegExp(`(?<![a-z])(two|four|five|seven|eight|nine|ten|eleven|[24579]|8|1[01]) months (?:ended|ending|to|through) (?:\\d{1,2} )?(${M})[a-z]*\\.?(?: \\d{1,2}(?!\\d))?(?:,? (\\d{4}))?`, 'g'), (m) => {
    const n = NUM_MONTHS[m[1]!]!;
    const last = monthNum(m[2]!);
    if (n === 9 && last === 9) return null;
    const year = m[3] ? Number(m[3]) : null;
    const first = last - n + 1;
    if (first < 1 && year === null) return null;
    const from = first < 1 ? { year: year! - 1, sub: pad(first + 12) } : { year, sub: pad(first) };
    return { ...base, kind: 'span', span: [{ ...base, start: 0, end: 0, kind: 'month', ...from }, { ...base, start: 0, end: 0, kind: 'month', year, sub: pad(last) }] };
  }, anchor(/months/g, 8)],
  // ("the first three months of 2026", "the last three months of the year": a quarter)
  [/(first|last|final) three months(?: of)?(?: (?:the )?(?:fiscal )?(?:year )?(\d{4}))?/g, (m) => ({ ...base, kind: 'quarter', year: m[2] ? Number(m[2]) : null, sub: m[1] === 'first' ? 'Q1' : 'Q4' }), anchor(/three months/g, 7)],
  [/(first|second|last|final) six months(?: of)?(?: (?:the )?(?:fiscal )?(?:year )?(\d{4}))?/g, (m) => ({ ...base, kind: 'half', year: m[2] ? Number(m[2]) : null, sub: m[1] === 'first' ? 'H1' : 'H2' }), anchor(/six months/g, 7)],
  // ("the first half of this year", "the third quarter of last year", "the first three months of this year": that
  // part of the year the words name)
  [/(?<![a-z])(first|second|third|fourth|1st|2nd|3rd|4th)[ -](half|quarter) of (this|last|next) year(?![a-z])|(?<![a-z])(first|last) (three|six|nine) months of (this|last|next) year(?![a-z])/g, (m) => {
    const rel = (m[3] ?? m[6]) === 'last' ? 'last-year' : (m[3] ?? m[6]) === 'next' ? 'next-year' : 'this-year';
    if (m[5]) return m[5] === 'nine' ? { ...base, kind: '9m', sub: '9M', rel } : { ...base, kind: m[5] === 'six' ? 'half' : 'quarter', sub: m[5] === 'six' ? (m[4] === 'first' ? 'H1' : 'H2') : m[4] === 'first' ? 'Q1' : 'Q4', rel };
    return m[2] === 'half' ? (ORD[m[1]!]! > 2 ? null : { ...base, kind: 'half', sub: `H${ORD[m[1]!]}`, rel }) : { ...base, kind: 'quarter', sub: `Q${ORD[m[1]!]}`, rel };
  }, anchor(/half|quarter|months/g, 12)],
  // ("the first half of its fiscal year": a half of a year that may not start in January, not placed by itself)
  // (the words of the fiscal year are part of the mention: "In the first half of its fiscal year, …" opens the sentence)
  [/(first|second|1st|2nd)[ -]half(?: of)?(?: (?:the )?(?:fiscal )?(?:year )?(\d{4}))?(\s(?:the |its |their |[a-z.]+'s )?(?:company's )?(?:fiscal|financial) year(?![- ]?\d))?/g, (m) =>
    !m[2] && m[3]
      ? { ...base, kind: 'half', vague: true, fiscal: true, fyHalf: { n: ORD[m[1]!] === 1 ? 1 : 2, year: null } }
      : { ...base, kind: 'half', year: m[2] ? Number(m[2]) : null, sub: `H${ORD[m[1]!]}` }, anchor(/half/g, 7)],
  // ("财政年度上半年", "上半财年", "2027财年上半年": the half of a year that may not start in January, placed by the months it
  // names, or by the month the company's year ends, see placeFiscal)
  [/(?:(\d{4})\s?)?(?:[财財]政年度|[财財]年)\s?(?:的)?\s?([上下])半年|([上下])半[财財]年/g, (m) => ({ ...base, kind: 'half', vague: true, fiscal: true, fyHalf: { n: (m[2] ?? m[3]) === '上' ? 1 : 2, year: m[1] ? Number(m[1]) : null } })],
  [/(\d{4})\s?年\s?(上|下)半年/g, (m) => ({ ...base, kind: 'half', year: Number(m[1]), sub: m[2] === '上' ? 'H1' : 'H2' })],
  [/(今年|去年)?(上|下)半年/g, (m) => ({ ...base, kind: 'half', sub: m[2] === '上' ? 'H1' : 'H2', rel: m[1] === '去年' ? 'last-year' : m[1] === '今年' ? 'this-year' : null })],
  // fiscal periods: "the first quarter of Alibaba's fiscal year", "the second quarter of its 2027 fiscal year", "fiscal
  // second quarter", "2027财年第一季度" name a
  // quarter of a year that may not start in January; which calendar quarter it is the text alone does not say
  [/(?<![a-z])(?:(?:first|second|third|fourth|1st|2nd|3rd|4th)[ -]quarter of (?:(?:the|its|their|this|that|[a-z.]+'s?) )?(?:company's )?(?:\d{4} )?(?:fiscal|financial)(?: year)?(?: \d{4})?|(?:fiscal|financial)[ -](?:first|second|third|fourth|1st|2nd|3rd|4th)[ -]quarter(?: (?:of )?\d{4})?|(?:first|second|third|fourth|1st|2nd|3rd|4th)[ -]fiscal[ -]quarter(?: (?:of )?\d{4})?|fiscal (?:year )?(?:\d{4} )?q[1-4]|f?q[1-4] fy\s?\d{2,4}|(?<![a-z0-9])[1-4]q\s?fy\s?\d{2,4}e?)(?![a-z0-9])|(?:\d{4}\s?)?(?:[财財]政年度|[财財]年)\s?(?:第\s?[1-4一二三四]|[一二三四])\s?季度?/g, (m) => ({ ...base, kind: 'quarter', vague: true, fiscal: true, ...fiscalQuarterOf(m[0]) }), anchor(/fiscal|financial|财年|財年|财政年度|財政年度|fy/g, 44)],
  // "the fiscal year that ended on March 31": the four quarters to that month (Alibaba's year runs April to March)
  // (and "the four quarters to September", "the 12 months ended June 30": a year ending with that quarter)
  // (and "the year ended Dec. 31": a calendar year, the last one finished by the page's date)
  // (and "the year ended 31 December 2024", "the year ended 31 March 2026": the day before the month, as filings in Hong
  // Kong write it; a year named by the day it ended is an accounting year, fiscal or not)
  [new RegExp(`(?<![a-z])(?:(?:fiscal|financial) year (?:that |which )?(?:ended|ending|to) (?:on |in (?=(?:mar|jun|sep)[a-z]*\\.? \\d{4}))?(?:3[01] )?(mar|jun|sep)[a-z]*\\.?(?: 3[01])?|(?:(?:fiscal|financial) )?year (?:that )?(?:ended|ending) (?:on )?(?:(dec)[a-z]*\\.? 31|31 (dec)[a-z]*)|(?:four|4) quarters (?:to|ended|ending|through) (mar|jun|sep|dec)[a-z]*(?:\\.? 3[01])?|(?:twelve|12) months (?:to|ended|ending|through) (?:3[01] )?(mar|jun|sep|dec)[a-z]*(?:\\.? 3[01])?|year (?:that )?(?:ended|ending) (?:on )?(?:3[01] (mar|jun|sep)[a-z]*|(mar|jun|sep)[a-z]*\\.? 3[01]))(?:,? (\\d{4}))?`, 'g'), (m) => ({ ...base, kind: m[2] || m[3] ? 'year' : 'span', fiscalEnd: monthNum((m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[7])!), year: m[8] ? Number(m[8]) : null }), anchor(/fiscal|financial|year|quarters|months/g, 10)],
  // "fiscal 2027, which ends in March 2027", "2026财年(截至2026年3月31日)": a fiscal year whose end is named
  [new RegExp(`(?<![a-z])fiscal (?:year )?(\\d{4}),? (?:\\(|which )?(?:ended|ending|ends|that ended|that ends|to) (?:on |in )?(mar|jun|sep)[a-z]*\\.?(?: 3[01])?,? (\\d{4})|(\\d{4})\\s?(?:[财財]政年度|[财財]年)\\s?[(（]?\\s?截至\\s?(?:(\\d{4})\\s?年|今年|本年)\\s?([369])\\s?月`, 'g'), (m) => ({ ...base, kind: 'span', fiscalEnd: m[2] ? monthNum(m[2]) : Number(m[6]), year: Number(m[3] ?? m[5] ?? m[4]), fyNamed: true }), anchor(/fiscal|财年|財年|财政年度|財政年度/g, 6)],
  // "the fiscal year that began in April", "the financial year that started in April": the one under way
  [/(?<![a-z])(?:fiscal|financial) year (?:that |which )?(?:began|started|begun|beginning|starting) (?:in |on )?(apr|jul|oct)[a-z]*(?:\.? 1)?(?![a-z])/g, (m) => ({ ...base, kind: 'span', fiscalEnd: (monthNum(m[1]!) + 10) % 12 + 1, fyBegan: true, fyNamed: true }), anchor(/fiscal|financial/g, 4)],
  // "上一财年", "上个财年", "the previous fiscal year": the one before the fiscal year the text is in
  [/(?<![以之])上一?个?财(?:政)?年度?|(?<![a-z])(?:the )?(?:previous|prior|preceding|last) (?:fiscal|financial) year(?![a-z])/g, () => ({ ...base, kind: 'span', prevFiscal: true }), anchor(/财|fiscal|financial/g, 16)],
  // quarters
  [/(?<![a-z0-9])([1-4])q\s?(\d{4}|\d{2})(e?)(?![a-z0-9])/g, (m) => ({ ...base, kind: 'quarter', year: year2(m[2]!), sub: `Q${m[1]}`, estimate: m[3] === 'e' })],
  [/(?<![a-z0-9])q([1-4])\s?(?:fy)?(\d{4}|'\d{2})?(?![a-z0-9])/g, (m) => ({ ...base, kind: 'quarter', year: m[2] ? year2(m[2]) : null, sub: `Q${m[1]}` })],
  [/(first|second|third|fourth|1st|2nd|3rd|4th)[ -]quarter(?: of)?(?: (?:fiscal )?(\d{4}))?/g, (m) => ({ ...base, kind: 'quarter', year: m[2] ? Number(m[2]) : null, sub: `Q${ORD[m[1]!]}` }), anchor(/quarter/g, 7)],
  // ("并将今明两年经调整亏损预测分别上调至14.5亿及9.8亿元": this year and next, counted from the page's year)
  [/(今明|明后)两年/g, (m) => ({ ...base, kind: 'years', yearOffsets: m[1] === '今明' ? [0, 1] : [1, 2] })],
  // ("1.23 billion yuan in the second quarter and 960 million yuan in the first": the noun left out after its ordinal, said
  // just before)
  [/(?<![a-z])(?:in|for|during) the (first|second|third|fourth)(?=[.,;]|\s(?:and|while|but)\s)/g, (m) => {
    const said = /(?:first|second|third|fourth)[ -](quarter|half)(?![a-z])[^.;]*$/.exec(m.input.slice(Math.max(0, m.index - 100), m.index));
    if (!said || (said[1] === 'half' && m[1] !== 'first' && m[1] !== 'second')) return null;
    return said[1] === 'half' ? { ...base, kind: 'half', sub: m[1] === 'first' ? 'H1' : 'H2', elided: true } : { ...base, kind: 'quarter', sub: `Q${ORD[m[1]!]}`, elided: true };
  }, anchor(/first|second|third|fourth/g, 12)],
  // "the July-to-September period of 2026", "the January-June period": a quarter or half counted in months
  [new RegExp(`(?<![a-z])(${M})[a-z]*\\.?\\s?(?:-|–|to|-to-)\\s?(${M})[a-z]*\\.? (?:quarter|period|months)(?: of (\\d{4}))?(?![a-z])`, 'g'), (m) => {
    const from = monthNum(m[1]!);
    const to = monthNum(m[2]!);
    const year = m[3] ? Number(m[3]) : null;
    if (to - from === 2 && to % 3 === 0) return { ...base, kind: 'quarter', year, sub: `Q${to / 3}` };
    if (to - from === 5 && to % 6 === 0) return { ...base, kind: 'half', year, sub: `H${to / 6}` };
    return null;
  }, anchor(MONTH_WORD, 0)],
  // ("net loss narrowed to 186 million yuan in January-September": a span of months after "in", "for", "during" or
  // "over", with no word after it, is that quarter, half or nine months)
  [new RegExp(`(?<![a-z])(?:in|for|during|over) (?:the )?(${M})[a-z]*\\.?\\s?(?:-|–|to)\\s?(${M})[a-z]*\\.?(?:,? (\\d{4}))?(?! (?:quarter|period|months))(?![a-z])`, 'g'), (m) => {
    const from = monthNum(m[1]!);
    const to = monthNum(m[2]!);
    const year = m[3] ? Number(m[3]) : null;
    if (from === 1 && to === 9) return { ...base, kind: '9m', year, sub: '9M' };
    if (to - from === 2 && to % 3 === 0) return { ...base, kind: 'quarter', year, sub: `Q${to / 3}` };
    if (to - from === 5 && to % 6 === 0) return { ...base, kind: 'half', year, sub: `H${to / 6}` };
    // ("raised RMB18.9 billion across 23 deals in January-April": the months from January, as "1-4月" is)
    if (from === 1 && to > 1 && to < 12) return { ...base, kind: 'span', year, span: [{ ...base, start: 0, end: 0, kind: 'month', year, sub: '01' }, { ...base, start: 0, end: 0, kind: 'month', year, sub: pad(to) }] };
    return null;
  }, anchor(MONTH_WORD, 12)],
  [new RegExp(`(?<![a-z])(${M}) quarter(?![a-z])`, 'g'), (m) => ({ ...base, kind: 'quarter', sub: `Q${Math.ceil(monthNum(m[1]!) / 3)}`, endDated: true }), anchor(MONTH_WORD, 0)],
  // ("3月季度云收入增速将维持在35%以上", "12月季度": the quarter named by the month it ends in, as "the March quarter")
  [/(?<![\d.年])(3|6|9|12)\s?月\s?(?:份\s?)?季度?(?![末底初度])/g, (m) => ({ ...base, kind: 'quarter', sub: `Q${Number(m[1]) / 3}`, endDated: true })],
  [new RegExp(`quarter (?:ended|to|through) (${M})[a-z]*\\.?(?: \\d{1,2}(?!\\d))?(?:,? (\\d{4}))?`, 'g'), (m) => ({ ...base, kind: 'quarter', year: m[2] ? Number(m[2]) : null, sub: `Q${Math.ceil(monthNum(m[1]!) / 3)}`, endDated: true })],
  // ("the quarter ended 30 June 2026": the day before the month)
  [new RegExp(`quarter ended \\d{1,2} (${M})[a-z]*\\.?(?:,? (\\d{4}))?`, 'g'), (m) => ({ ...base, kind: 'quarter', year: m[2] ? Number(m[2]) : null, sub: `Q${Math.ceil(monthNum(m[1]!) / 3)}`, endDated: true })],
  [/(\d{4})\s?年\s?第?([1-4一二三四])\s?季度?/g, (m) => ({ ...base, kind: 'quarter', year: Number(m[1]), sub: `Q${ORD[m[2]!]}` })],
  // (首季, 次季: the first and second quarters, in Hong Kong's financial press)
  [/首季(?!度?[以来])|次季/g, (m) => ({ ...base, kind: 'quarter', sub: m[0].startsWith('首') ? 'Q1' : 'Q2' })],
  // (not "同一季度", the same quarter, read below)
  [/(?:第([1-4一二三四])\s?季度?|(?<!同)([一二三四])季度)/g, (m) => ({ ...base, kind: 'quarter', sub: `Q${ORD[(m[1] ?? m[2])!]}` })],
  // ("今年一季度", "去年第四季度", "今年首季": that quarter of the year the word names)
  [/(今年|去年|明年)\s?(?:第\s?([1-4一二三四])\s?季度?|([一二三四])\s?季度?|(首|次)\s?季度?(?![以来]))/g, (m) => ({ ...base, kind: 'quarter', sub: m[4] ? (m[4] === '首' ? 'Q1' : 'Q2') : `Q${ORD[(m[2] ?? m[3])!]}`, rel: m[1] === '去年' ? 'last-year' : m[1] === '明年' ? 'next-year' : 'this-year' })],
  // "the nine months to September 2025": the first nine months of that year
  [/(?:nine|9) months (?:ended|ending|to|through) (?:\d{1,2} )?(?:sept?(?:ember)?\.?)(?: \d{1,2}(?!\d))?,? (\d{4})/g, (m) => ({ ...base, kind: '9m', year: Number(m[1]), sub: '9M' }), anchor(/months/g, 7)],
  // ("截至6月底止中期業績", "截至2026年6月30日止中期", "截至今年6月底止中期": interim results for the half that ends that
  // month, of the year named; the month also in words, as Hong Kong papers write it: "截至六月底止中期業績")
  [/截至\s?(?:((?:19|20)\d\d)\s?年\s?|(今年|去年|本年))?(6|12|六|十二)\s?月\s?(?:30|31)?\s?[日号]?\s?底?\s?止\s?(?:的\s?)?中期/g, (m) => ({ ...base, kind: 'half', year: m[1] ? Number(m[1]) : null, sub: m[3] === '6' || m[3] === '六' ? 'H1' : 'H2', rel: m[2] === '去年' ? 'last-year' : m[2] ? 'this-year' : null })],
  // ("年初至报告期末" in a third-quarter report: from the start of the year to the end of the quarter reported, the first
  // nine months; in a first-quarter report the quarter, in a half-year report the half)
  [/年初至(?:本)?(?:报告|報告)期末/g, (m) => {
    const t = m.input;
    if (/第三季度报告|三季度报告|三季报|第三季度報告|三季報/.test(t)) return { ...base, kind: '9m', sub: '9M' };
    if (/半年度报告|半年报|中期报告|半年度報告|半年報/.test(t)) return { ...base, kind: 'half', sub: 'H1' };
    if (/第一季度报告|一季度报告|一季报|第一季度報告|一季報/.test(t)) return { ...base, kind: 'quarter', sub: 'Q1' };
    return null;
  }],
  // (and "首9個月", "前九个月", "the first three quarters of 2025": the first nine months)
  // (and "nine-month capex", "nine-month revenue", "nine-month Kling revenue": the same nine months, told as an adjective;
  // not "a nine-month high")
  // ("今年前三季度", "去年首9个月": the nine months of the year the word names, as "今年上半年" is that year's half)
  [/(?:(今年|去年)\s?)?(?:前三季度|首三季度?|(?:首|前)\s?(?:9|九)\s?个月)|(?<![a-z])(?:(?:first )?nine months|first three quarters)(?: of)?(?: (\d{4}))?|(?<![a-z])nine-month(?= (?!(?:high|low|lock-?up|period|window|delay|stretch)(?![a-z]))(?:[a-z0-9.-]+ ){0,2}(?:revenue|sales|capex|capital|loss|losses|net|profit|results|figures|total|operating|adjusted|gross|r&d|research|cash|spending|free))|(?<![a-z0-9])9m\s?(\d{2}|\d{4})?(?![a-z0-9])/g, (m) => ({ ...base, kind: '9m', year: m[2] ? Number(m[2]) : m[3] ? year2(m[3]) : null, sub: '9M', rel: m[1] === '去年' ? 'last-year' : m[1] === '今年' ? 'this-year' : null })],
  // months
  [new RegExp(`(?<![a-z])(${M})\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})`, 'g'), (m) => ({ ...base, kind: 'date', year: Number(m[3]), sub: pad(monthNum(m[1]!)) }), anchor(MONTH_WORD, 0)],
  [new RegExp(`(?<![a-z])(${M})\\.?,? (\\d{4})`, 'g'), (m) => ({ ...base, kind: 'month', year: Number(m[2]), sub: pad(monthNum(m[1]!)) }), anchor(MONTH_WORD, 0)],
  [/(\d{4})\s?年\s?(\d{1,2})\s?月(?:\s?(\d{1,2})\s?日)?/g, (m) => ({ ...base, kind: m[3] ? 'date' : 'month', year: Number(m[1]), sub: pad(Number(m[2])) })],
  // "at the start of last year", "去年年初": the first month of that year
  // (and "at the start of the year", "比年初的约1亿美元": this year's; "2025年初": that year's; "今年初在港上市": the start
  // of this year, when something happened, never the whole year in force)
  [/(?<![a-z])(?:at|by|since) the (?:start|beginning) of (last|this|next|the) year|(?:(去年|今年)\s?年?|((?:19|20)\d\d)\s?年\s?年?|(?<![\d年])年)初(?!至今|以来|至|到|步|期|次|创|始|级|心|中)/g, (m) => ({ ...base, kind: 'month', sub: '01', year: m[3] ? Number(m[3]) : null, rel: m[3] ? null : m[1] === 'last' || m[2] === '去年' ? 'last-year' : m[1] === 'next' ? 'next-year' : 'this-year' }), anchor(/start|beginning|年初/g, 20)],
  // "October this year", "by March last year": that month of the year the words name
  [new RegExp(`(?<![a-z])(?:(?:in|by|for|since|until|through|from|of|as of|end of) )?(${M})\\.? (this|last|next) year(?![a-z])`, 'g'), (m) => ({ ...base, kind: 'month', sub: pad(monthNum(m[1]!)), rel: m[2] === 'last' ? 'last-year' : m[2] === 'next' ? 'next-year' : 'this-year' }), anchor(MONTH_WORD, 16)],
  // "at the start of 2024": its first month; "ended 2023 with": its last, a point in time
  [/(?<![a-z])(?:at|by|since|from) the (?:start|beginning) of ((?:19|20)\d\d)(?![\d])/g, (m) => ({ ...base, kind: 'month', year: Number(m[1]), sub: '01' }), anchor(/start|beginning/g, 20)],
  [/(?<![a-z])ended ((?:19|20)\d\d) with(?![a-z])/g, (m) => ({ ...base, kind: 'date', year: Number(m[1]), sub: '12' }), anchor(/ended/g, 0)],
  // "at the end of last year", "by year-end": December of that year, a point in time ("the end of that year": of a
  // year the words do not fix; "the end of the year", "year-end": of the year in force, else, told as past on a page before
  // December, last year's: "MiniMax had 412 employees at the end of the year", in March)
  [/(?<![a-z])(?:the )?end of (last|this|next|the|that) year|(?<![a-z])(?:by|at|until|before) (?:the )?year[- ]end(?![a-z])/g, (m) => ({ ...base, kind: 'date', sub: '12', rel: m[1] === 'last' ? 'last-year' : m[1] === 'next' ? 'next-year' : m[1] === 'this' ? 'this-year' : null, ...(m[1] === 'that' ? { thatYear: true } : {}) }), anchor(/end/g, 16)],
  // "2025年底", "去年底", "年末": the end of a year, a point in time
  // (and "较上年末的18,412人": the end of the year before the one the text reports on, see 上年 below)
  // ("预期付费用户于年底前突破200万": before the end of this year, a deadline)
  [/(?<![\d年今去上明前])年底前/g, () => ({ ...base, kind: 'date', sub: '12', rel: 'this-year' })],
  [/(?:((?:19|20)\d\d)\s?年|(今年|去年|上年))\s?(?:底|年底|年末|末)/g, (m) => ({ ...base, kind: 'date', year: m[1] ? Number(m[1]) : null, sub: '12', rel: m[2] === '去年' || m[2] === '上年' ? 'last-year' : m[2] === '今年' ? 'this-year' : null, ...(m[2] === '上年' ? { beforeReport: true } : {}) })],
  [/截至(今年|去年)?(\d{1,2})月底?(?!\s?\d)/g, (m) => ({ ...base, kind: 'date', sub: pad(Number(m[2])), rel: m[1] === '去年' ? 'last-year' : m[1] === '今年' ? 'this-year' : null })],
  // "在10月突破60万", "10月份": a month named alone (not "3个月", "6月30日", "月活")
  [/(?:(今年|去年)|(?<![\d年个.]))(1[0-2]|[1-9])\s?月份?(?!\s?\d{1,2}\s?[日号])(?!活|均|薪|度|底|末|初|上旬|中旬|下旬)/g, (m) => ({ ...base, kind: 'month', sub: pad(Number(m[2])), rel: m[1] === '去年' ? 'last-year' : m[1] === '今年' ? 'this-year' : null })],
  // "截至2026年6月30日止六个月", "截至6月底止半年", "截至9月底止第三季": a half, quarter, nine months or year ended on that day
  // (and "截至去年12月底止季度", "截至今年6月30日止六個月": a year said relative to the page's)
  [/截至\s?(?:(\d{4})\s?年\s?)?(\d{1,2}|[三六九]|十二)\s?月\s?(?:(\d{1,2})\s?日|底)\s?止\s?(?:的\s?)?(六个月|三个月|九个月|十二个月|[369]\s?个月|12\s?个月|半年度?|年度|季度|第[一二三四]季度?)|截至\s?(去年|今年)\s?(\d{1,2})\s?月\s?(?:\d{1,2}\s?日|底)?\s?止\s?(?:的\s?)?(季度|三个月|六个月|九个月|十二个月|半年度?|年度)/g, (m) => {
    if (m[5]) {
      const month = Number(m[6]);
      const rel = m[5] === '去年' ? 'last-year' : 'this-year';
      if (m[7] === '六个月' || m[7]!.startsWith('半年')) return month === 6 || month === 12 ? { ...base, kind: 'half', rel, sub: month === 6 ? 'H1' : 'H2' } : null;
      // ("截至今年9月30日止九個月", "截至去年12月底止年度")
      if (m[7] === '九个月') return month === 9 ? { ...base, kind: '9m', rel, sub: '9M' } : null;
      if (m[7] === '十二个月' || m[7] === '年度') return month === 12 ? { ...base, kind: 'year', rel } : null;
      return month % 3 === 0 ? { ...base, kind: 'quarter', rel, sub: `Q${month / 3}` } : null;
    }
    const year = m[1] ? Number(m[1]) : null;
    // ("截至九月底止九個月": the month in words)
    const month = ({ 三: 3, 六: 6, 九: 9, 十二: 12 } as Record<string, number>)[m[2]!] ?? Number(m[2]);
    // ("截至6月底止6個月": the count in digits)
    // (and "截至6月底止半年": the half-year)
    const span = m[4]!.replace(/\s/g, '').replace(/^12(?=个月)/, '十二').replace(/^[369](?=个月)/, (d) => ({ 3: '三', 6: '六', 9: '九' })[d]!).replace(/^半年度?$/, '六个月');
    if (span === '六个月') return month === 6 || month === 12 ? { ...base, kind: 'half', year, sub: month === 6 ? 'H1' : 'H2' } : null;
    if (span === '九个月') return month === 9 ? { ...base, kind: '9m', year, sub: '9M' } : null;
    if (span === '十二个月' || span === '年度') return month === 12 ? { ...base, kind: 'year', year } : null;
    return month % 3 === 0 ? { ...base, kind: 'quarter', year, sub: `Q${month / 3}` } : null;
  }],
  // ("阿里巴巴在截至9月的季度资本开支为386亿元", "截至6月的六个月", "截至2026年6月30日的季度业绩": the quarter, half or nine
  // months that ended that month, said without 止)
  [/截至\s?(?:(\d{4})\s?年\s?)?(\d{1,2})\s?月\s?(?:\d{1,2}\s?日|底|末)?\s?的\s?(季度|三个月|六个月|半年|九个月)/g, (m) => {
    const year = m[1] ? Number(m[1]) : null;
    const month = Number(m[2]);
    if (m[3] === '六个月' || m[3] === '半年') return month === 6 || month === 12 ? { ...base, kind: 'half', year, sub: month === 6 ? 'H1' : 'H2' } : null;
    if (m[3] === '九个月') return month === 9 ? { ...base, kind: '9m', year, sub: '9M' } : null;
    return month % 3 === 0 ? { ...base, kind: 'quarter', year, sub: `Q${month / 3}` } : null;
  }],
  // "2026年半年度报告", "中期业绩": the first half's report
  [/(?:(\d{4})\s?年\s?)(?:半年度|半年报|中期)/g, (m) => ({ ...base, kind: 'half', year: Number(m[1]), sub: 'H1' })],
  // ("中期業績", "中期虧損收窄36%", "interim results", "interim net loss": a company's interim is the first half of its
  // year, the year placed as for any half named without one; not "中期目标" or "中期票据", a medium term)
  [/(?<![a-z])interim(?= (?:results?|revenue|sales|net loss|loss|net profit|profit|earnings|report|figures|numbers)(?![a-z]))|(?<!\d\s?年\s?|止\s?(?:的\s?)?)中期(?=业绩|業績|亏损|虧損|收入|营收|營收|纯利|純利|盈利|净利|淨利|净亏损|淨虧損|报告|報告|经调整|經調整)(?!.{0,4}目[标標])/g, () => ({ ...base, kind: 'half', sub: 'H1', interim: true })],
  // "the first five months of this year", "前5个月", "2026年1-5月": the months from January, a span (three, six and
  // nine months are a quarter, a half and 9M, read above)
  [/(?<![a-z])first (two|four|five|seven|eight|ten|eleven|2|4|5|7|8|10|11) months(?: of (?:(this|last) year|(\d{4})))?|(?:(今年|去年)|(\d{4})\s?年\s?)?前\s?(两|四|五|七|八|十一|十|2|4|5|7|8|10|11)\s?个月|(?:(\d{4})\s?年\s?)?1\s?[-—–~至到]\s?(2|4|5|7|8|10|11)\s?月(?:份)?/g, (m) => {
    const n = MONTH_COUNT[(m[1] ?? m[6] ?? m[8])!]!;
    const y = m[3] ? Number(m[3]) : m[5] ? Number(m[5]) : m[7] ? Number(m[7]) : null;
    const end = (sub: string): Raw => ({ ...base, start: 0, end: 0, kind: 'month', year: y, sub });
    const rel = m[2] ?? m[4];
    return { ...base, kind: 'span', year: y, rel: rel === 'this' || rel === '今年' ? 'this-year' : rel === 'last' || rel === '去年' ? 'last-year' : null, span: [end('01'), end(pad(n))] };
  }, anchor(/months|个月|月/g, 12)],
  // "2026年1-3月", "1—6月", "7-9月": a quarter, a half, nine months or a year counted in months
  [/(?:(\d{4})\s?年\s?)?(1|4|7|10)\s?[-—–~至到]\s?(3|6|9|12)\s?月(?:份)?/g, (m) => {
    const a = Number(m[2]);
    const b = Number(m[3]);
    const year = m[1] ? Number(m[1]) : null;
    if (b - a === 2) return { ...base, kind: 'quarter', year, sub: `Q${b / 3}` };
    if (a !== 1) return null;
    if (b === 6) return { ...base, kind: 'half', year, sub: 'H1' };
    if (b === 9) return { ...base, kind: '9m', year, sub: '9M' };
    return { ...base, kind: 'year', year, whole: true };
  }],
  // ("1月至9月", "（即4月至9月）": the months from one to the other, each written with 月; the first nine months, a
  // quarter or a half where they are one, else the span, a fiscal half for one)
  [/(?:(\d{4})\s?年\s?|(今年|去年)|(?<![\d年]))(1[0-2]|[1-9])\s?月\s?(?:至|到|-|—|–|~)\s?(1[0-2]|[1-9])\s?月(?:份)?(?![\d底末初中])/g, (m) => {
    const a = Number(m[3]);
    const b = Number(m[4]);
    const year = m[1] ? Number(m[1]) : null;
    const rel = m[2] === '去年' ? 'last-year' : m[2] === '今年' ? 'this-year' : null;
    if (rel) return b - a === 5 && b % 6 === 0 ? { ...base, kind: 'half', sub: `H${b / 6}`, rel } : a === 1 && b === 9 ? { ...base, kind: '9m', sub: '9M', rel } : b - a === 2 && b % 3 === 0 ? { ...base, kind: 'quarter', sub: `Q${b / 3}`, rel } : null;
    if (b <= a) return null;
    if (a === 1 && b === 9) return { ...base, kind: '9m', year, sub: '9M' };
    if (b - a === 2 && b % 3 === 0) return { ...base, kind: 'quarter', year, sub: `Q${b / 3}` };
    if (b - a === 5 && b % 6 === 0) return { ...base, kind: 'half', year, sub: `H${b / 6}` };
    return { ...base, kind: 'span', span: [{ ...base, start: 0, end: 0, kind: 'month', year, sub: pad(a) }, { ...base, start: 0, end: 0, kind: 'month', year, sub: pad(b) }] };
  }],
  // "12月初", "6月底", "3月中旬": a part of a month (its end a point in time)
  [/(?<![\d年])(\d{1,2})\s?月\s?(初|上旬|中旬|下旬|中|底|末)/g, (m) => ({ ...base, kind: m[2] === '底' || m[2] === '末' ? 'date' : 'month', sub: pad(Number(m[1])) })],
  [/(?<!\d)(\d{1,2})\s?月\s?(\d{1,2})\s?日/g, (m) => ({ ...base, kind: 'date', sub: pad(Number(m[1])), day: Number(m[2]) })],
  // ("in November that year": the month of the year just named)
  // ("It raised 2.5 billion yuan that year", "同年"): the year named last
  [/(?<![a-z])(?:that|the same) year(?![a-z'’-])|同年(?!同期)/g, () => ({ ...base, kind: 'year', thatYear: true }), anchor(/year|同年/g, 9)],
  [new RegExp(`(?<![a-z])(?:in|by|until|from) (${M}) (?:of )?that year`, 'g'), (m) => ({ ...base, kind: 'month', sub: pad(monthNum(m[1]!)), thatYear: true }), anchor(MONTH_WORD, 8)],
  [new RegExp(`(?<![a-z])(?:(?:in|for|since|during|until|through|from|of|as of|by|end of) |end-)(${M})(?![a-z])(?!\\.? \\d)`, 'g'), (m) => ({ ...base, kind: 'month', sub: pad(monthNum(m[1]!)) }), anchor(MONTH_WORD, 8)],
  [new RegExp(`(?<![a-z])(${M.replace('may|', '')})\\.? (\\d{1,2})(?![\\d,.]*\\d)(?!\\s?(?:%|bn|billion|million))`, 'g'), (m) => ({ ...base, kind: 'date', sub: pad(monthNum(m[1]!)), day: Number(m[2]) }), anchor(MONTH_WORD, 0)],
  // "its January listing", "a March funding round": the month of that event
  [new RegExp(`(?<![a-z])(${M}) (?:ipo|listing|debut|initial public offering|share sale|(?:funding )?round)(?![a-z])`, 'g'), (m) => ({ ...base, kind: 'month', sub: pad(monthNum(m[1]!)) }), anchor(MONTH_WORD, 0)],
  // "in late January", "early March 2024", "mid-February": a month
  [new RegExp(`(?<![a-z])(?:early|mid|late|the (?:end|start|beginning|middle) of)[- ](${M})(?![a-z])(?:,? (\\d{4}))?(?!\\.? \\d{1,2}(?!\\d))`, 'g'), (m) => ({ ...base, kind: 'month', year: m[2] ? Number(m[2]) : null, sub: pad(monthNum(m[1]!)) }), anchor(MONTH_WORD, 18)],
  // "12/24 2025", "2025-12-24": a date (the page's, mostly), not a year the text is about
  [/(?<![\d/.])(\d{1,2})\/(\d{1,2})(?:\/|\s)((?:19|20)\d\d)(?![\d%])/g, (m) => {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const month = a >= 1 && a <= 12 && b > 12 && b <= 31 ? a : b >= 1 && b <= 12 && a > 12 && a <= 31 ? b : 0;
    return { ...base, kind: 'date', year: Number(m[3]), sub: month ? pad(month) : null, vague: !month };
  }],
  [/(?<![\d.])((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?![\d%])/g, (m) =>
    Number(m[2]) >= 1 && Number(m[2]) <= 12 && Number(m[3]) >= 1 && Number(m[3]) <= 31 ? { ...base, kind: 'date', year: Number(m[1]), sub: pad(Number(m[2])) } : null],
  // dates relative to the page's: "on Friday", "last Thursday", "today", "this week", "last month", "上周五", "今天"
  [/(?<![a-z])(?:(last|this|next) )?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?![a-z])/g, (m) =>
    m[1] === 'next' ? null : { ...base, kind: 'date', ago: { weekday: WEEKDAYS.indexOf(m[2]!), last: m[1] === 'last', ambiguous: m[1] === 'this' } }, anchor(/day(?![a-z])/g, 14)],
  // ("the US$4.3 billion it commanded last December", "this March": a month named from the page's date)
  [new RegExp(`(?<![a-z])(last|this) (${M})(?![a-z])(?! (?:this|last|next) year)`, 'g'), (m) => ({ ...base, kind: 'month', sub: pad(monthNum(m[2]!)), ago: { month: monthNum(m[2]!), last: m[1] === 'last' } }), anchor(MONTH_WORD, 6)],
  // (and a move's own span: "up 11.5% on the week", "fell 3% on the day")
  [/(?<![a-z])(?:today|yesterday|(?:earlier )?this (?:week|month)|last (?:week|month)|(?:on|for) the week|on the day)(?![a-z])/g, (m) => ({ ...base, kind: m[0].endsWith('month') ? 'month' : 'date', ago: RELATIVE_DAYS[m[0]]! }), anchor(/today|yesterday|week|month|day/g, 14)],
  [/今天|今日(?!头条)|昨天|昨日|本周|上周(?![一二三四五六日天])|本月|上个?月/g, (m) => ({ ...base, kind: m[0].endsWith('月') ? 'month' : 'date', ago: RELATIVE_DAYS[m[0]]! })],
  [/(上|本|这)?(?:周|星期|礼拜)([一二三四五六日天])(?!年)/g, (m) => ({ ...base, kind: 'date', ago: { weekday: m[2] === '天' ? 0 : ZH_WEEKDAYS.indexOf(m[2]!), last: false, prevWeek: m[1] === '上', ambiguous: m[1] === '本' || m[1] === '这' } }), anchor(/周|星期|礼拜/g, 1)],
  // "over the past three and a half years", "过去三年": a span counted back from some date the text does not give
  // "over the past 12 months", "过去四个季度": the four quarters to the quarter in force
  [/(?<![a-z])(?:(?:over |in |during )?the )?(?:past|last|trailing|previous) (?:12|twelve) months|(?<![a-z])(?:(?:over |in |during )?the )?(?:past|last|trailing|previous) (?:four|4) quarters|过去\s?(?:12|十二)\s?个月|过去\s?(?:四|4)\s?个季度/g, () => ({ ...base, kind: 'relative', rel: 'trailing-year' }), anchor(/past|last|trailing|previous|过去/g, 16)],
  // "三年内投入3,800亿元", "over the next three years": a plan over years not named, no period in force
  [new RegExp(`(?:未来|今后)(?:${COUNT_WORDS})(?:个)?年(?:内|间)?|(?<![\\d年月日])[两二三四五](?:个)?年(?:内|间)|(?<![a-z])(?:over|in|within|during) the (?:next|coming) (?:${COUNT_WORDS}) years|(?<![a-z])within (?:${COUNT_WORDS}) years`, 'g'), () => ({ ...base, kind: 'span', vague: true }), anchor(/未来|今后|年内|年间|next|coming|within/g, 12)],
  // ("吴泳铭称三年3800亿可能不够", "三年投入超3800亿元": a headline's years before an amount are the years the amount is spread
  // over, not the period in force)
  [/(?<![\d年月日今明去前后近过往第])[两二三四五](?:个)?年(?=\s?(?:投入|投资|砸|花|共|累计|合计)?\s?(?:超过?|逾|约|近)?\s?\d)/g, () => ({ ...base, kind: 'span', vague: true }), anchor(/[两二三四五]个?年/g, 0)],
  [new RegExp(`(?<![a-z])(?:over|in|during|for|across) the (?:past|last|previous|preceding) (?:(?:${COUNT_WORDS})(?: and a half)? )?(?:fiscal )?(?:years?|months|quarters)(?![a-z])|过去(?:${COUNT_WORDS})(?:个)?(?:年|季度)(?:半)?`, 'g'), () => ({ ...base, kind: 'span', vague: true }), anchor(/past|last|previous|preceding|过去/g, 12)],
  // relative
  // (and "from 14.4 billion yuan the year before, one of the people said": the same period a year back, said at the end)
  // (and "一年前为16.4万亿", "一年前，这一数字为230万": the value a year before the moment the sentence is about; "与一年前相比增长约4倍" is a base)
  [/去年同期|上年同期|同期|same (?:period|quarter|half) (?:of |a )?last year|same (?:period|quarter|half) (?:of|in) the (?:previous|prior|preceding) year|same (?:period|quarter|half) a year (?:earlier|ago)|a year (?:earlier|ago|before)|(?<![a-z])the year before(?=\s?[,.;)]|\s(?:and|while|but|one|according|people|the company|it said)(?![a-z]))|year-ago|year-earlier|prior-year period|一年(?:以)?前(?=\s?(?:[，,]\s?(?:这一?|该|此)(?:数字|数据|数值)\s?)?(?:为|為|是|则为|則為|时为|時為|的\s?\d))/g, (m) => ({ ...base, kind: 'relative', rel: m[0] === '同期' ? 'same-of-year' : 'same-last-year' }), anchor(/同期|same|year|一年/g, 6)],
  [/(\d{4})\s?年\s?同期/g, (m) => ({ ...base, kind: 'relative', year: Number(m[1]), rel: 'same-of-year' })],
  // "the same quarter of 2025": the quarter in force, in that year (and "the same period in 2025", "the corresponding
  // period of 2025")
  // (and "the same stretch of 2025", "the same nine months of 2025", "the same months in 2025")
  [/(?<![a-z])(?:the )?(?:same|corresponding|comparable) (?:quarter|half|period|stretch|months|(?:nine|six|three)[- ]months?(?: period)?|time ?frame) (?:of|in) (\d{4})/g, (m) => ({ ...base, kind: 'relative', year: Number(m[1]), rel: 'same-of-year' }), anchor(/same|corresponding|comparable/g, 4)],
  // "in the same period, MiniMax's revenue was ...": the period stated last (not "the same period last year")
  // "in the nine-month period", "over the six-month period": the nine months (half, quarter) the text named last
  [/(?<![a-z])(?:the|that|this) (nine|six|three)[- ]month period(?![a-z])/g, (m) => ({ ...base, kind: 'relative', rel: 'same-period', sub: m[1] === 'nine' ? '9M' : m[1] === 'six' ? 'H' : 'Q' }), anchor(/month period/g, 12)],
  // ("腾讯同一季度资本开支为338亿元": the quarter in force, not a year-ago one named since as a base)
  [/同一季度/g, () => ({ ...base, kind: 'relative', rel: 'same-quarter' })],
  [/(?<![a-z])(?:the|that) same (?:period|timeframe|time frame)(?! (?:of |a )?(?:last|the previous|the prior) year| a year)/g, () => ({ ...base, kind: 'relative', rel: 'same-period' }), anchor(/same/g, 5)],
  // (上季 alone is "last quarter" as Hong Kong papers say it, the one just reported; after 较 it is the one before, and so
  // it is opening an aside that gives a value: "按年增長52%（上季為103.6億元）")
  // ("9.6 billion yuan six months earlier", "three months before": months back from the month its sentence named)
  [/(?<![a-z])(two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01]) months (?:earlier|before|previously)(?![a-z])/g, (m) => ({ ...base, kind: 'relative', rel: 'months-earlier', monthsBack: MONTH_COUNT[m[1]!] ?? Number(m[1]) }), anchor(/months/g, 8)],
  // ("Year to date, Kling revenue has reached 3.71 billion yuan" in a story of the third quarter: the year up to the end of
  // the quarter the text reports on, its first nine months)
  [/(?:^|(?<=[.!?]\s|\n))(?:year to date|year-to-date|so far this year|for the year to date)(?=,)/g, () => ({ ...base, kind: 'relative', rel: 'year-to-date' }), anchor(/year|so far/g, 12)],
  [/(?:previous|prior|last|preceding|sequential) quarter|上一个?季度?(?![末底初])|上季度(?![末底初])|(?<=(?:较|比)\s?)上季(?![度末底初])|(?<=[(（，,]\s?)上季(?=\s?(?:[為为]|[:：]))|上季(?=\s?(?:收入|营收|营业|业绩|盈利|亏损|净利|纯利|毛利|经调整))/g, () => ({ ...base, kind: 'relative', rel: 'prev-quarter' }), anchor(/quarter|季/g, 11)],
  [/去年|last year/g, () => ({ ...base, kind: 'year', rel: 'last-year' })],
  // ("股东应占亏损38.6亿元，前年为25.5亿元": the year before last; not "提前年底", "此前年收入")
  [/(?<![提之以此目事先])前年(?!度|底|末|初)/g, () => ({ ...base, kind: 'year', rel: 'last-year', twoBack: true })],
  // ("3月31日，港岸证券发布报告……受此带动，智谱当日收涨5.7%": that day, the one just named; not "上市当日", the day of a listing)
  [/(?<!每|上市|挂牌|首发|首日)(?:当日|当天|同日)(?!内)/g, () => ({ ...base, kind: 'date', thatDay: true })],
  // ("份额从上年的24.2%升至31.6%": the year before the report's, see yearOf)
  [/上年(?!同期|度|末|底|[一二三四]季|上半|下半)/g, () => ({ ...base, kind: 'year', rel: 'last-year', beforeReport: true })],
  // ("expected to exceed RMB2,100 million for the Year (Previous Year: approximately RMB1,595 million)": in a filing's
  // parenthesis, the year before the one it reports on)
  [/(?<=[(（]\s?)(?:the )?(?:previous|prior|preceding) (?:financial )?year(?=\s?[:：])/g, () => ({ ...base, kind: 'year', rel: 'last-year', beforeReport: true })],
  // ("up from 1.26 billion yuan in the previous year", "净亏损从上一年的29.5亿元扩大至41.8亿元": the year before the one the
  // text reports on, as 上年 is; not "the same period of the previous year", a part of it)
  [/(?<![a-z])(?<!(?:period|quarter|half|months|time|stage) of (?:the )?)(?:the )?(?:previous|prior|preceding) year(?![a-z-])(?!\s?[:：])|上一年(?!度|末|底|同期|[一二三四]季|上半|下半)/g, () => ({ ...base, kind: 'year', rel: 'last-year', beforeReport: true })],
  [/今年|this year/g, () => ({ ...base, kind: 'year', rel: 'this-year' })],
  [/明年|next year/g, () => ({ ...base, kind: 'year', rel: 'next-year' })],
  // years
  [/(?<![a-z])(?:full[- ]year|fiscal(?: year)?|fy)\s?(\d{4}|\d{2})(e?)(?![a-z0-9])/g, (m) => ({ ...base, kind: 'year', year: year2(m[1]!), estimate: m[2] === 'e', whole: true, ...(/^f(?:y|iscal)/.test(m[0]) ? { fy: true } : {}) })],
  [/((?:19|20)\d\d)\s?(?:[财財]政年度|[财財]年)(?!\s?[(（]?\s?截至)(?!\s?(?:第\s?[1-4一二三四]|[一二三四])\s?季)/g, (m) => ({ ...base, kind: 'year', year: Number(m[1]), whole: true, fy: true })],
  [/(?<![\d.$¥]|\d,)((?:19|20)\d\d) (?:fiscal|financial|full|annual)[- ]year(?![a-z])/g, (m) => ({ ...base, kind: 'year', year: Number(m[1]), whole: true }), anchor(/year/g, 20)],
  // (not "annual revenue by fiscal 2030", "annual sales in 2025": the year said after it is the period)
  // ("2026年全年收入约22亿元": the whole of the year just named)
  [/((?:19|20)\d\d)\s?年\s?全年(?:度)?/g, (m) => ({ ...base, kind: 'year', year: Number(m[1]), whole: true })],
  // (and "AI Cloud revenue for the year grew 28%" after "For the whole of 2025, …": the year the text is in)
  // (not "customers pay late in the year": a time of year, no year reported on)
  [/(?:全年|(?<![a-z])(?:full[- ]year|(?<=(?:for|(?<!(?:late|early|later|earlier) )in|during|over) )the (?:full |whole )?year(?![- ]?(?:ago|earlier|before|to|ended|ending|through|on|so|in|of))|annual(?= (?:revenue|sales|income|net loss|loss|net profit|profit|results))(?! [a-z ]{0,20}?(?:in|by|for|of) (?:fiscal |fy\s?)?(?:19|20)\d\d)))(?![a-z])/g, () => ({ ...base, kind: 'year', whole: true }), anchor(/year|全年|annual/g, 10)],
  // (not the year that opens a filing's number: "公告编号：2026-071")
  [/(?<![\d.$¥]|\d,)((?:19|20)\d\d)(e?)(?:\s?年)?(?![\d%])(?!\.\d)(?![-–]\d{3}(?!\d))(?!\s?(?:bn|billion|million|亿|万|元|tokens|stars|人|名|家|个|位|台|款|项|次|张|块|employees|staff|people|workers|engineers|researchers|customers|users))/g, (m) => ({ ...base, kind: 'year', year: Number(m[1]), estimate: m[2] === 'e' })],
];

// (and "notes due 2032", "bonds maturing in 2029", "2029年到期": when a debt falls due, no period of a figure)
const FOUNDED_BEFORE = /(?:(?<![a-z])(?:founded|established|set up|launched|incorporated|started|born|created|since|since (?:its|their|the company's) (?:founding|creation|inception|launch)|(?<=(?:bonds?|notes?|debt|loans?|tranches?) )(?:due|maturing)|redeemable)(?: in)?(?: (?:early|late|mid-?))?|成立于|成立|创立于|创办于|创立|始于)\s?$/;

// "2019 年成立的智谱", "a 2021-founded start-up": the founding year said before the verb, as Chinese and compounds put it
const FOUNDED_AFTER = /^\s?(?:年\s?)?(?:(?:[0-9一二三四五六七八九十]{1,2}\s?月\s?)?(?:成立|创立|创办|创建|注册成立)(?!以来)|-(?:founded|established)(?![a-z]))/;
// ("shortly after its 2021 debut": the year of a listing told as its epithet, no period of the figures around it)
const LISTING_YEAR_AFTER = /^\s(?:debut|listing|ipo|flotation)(?![a-z])/;

const AS_OF_BEFORE = /(?:(?<![a-z])(?:as of|as at|at the end of|end of)|截至|截止)\s?$/;
// "vs. 1H25", "较第二季", "compared with the second quarter": a period (or value) named for a comparison
// "报告期内": the period of the report (the first the text names), not the last one named since
// (and "期内", "期間": the period of the report, as Hong Kong and mainland results stories use it)
// (not "年初至报告期末": the months to the report's end, a period the sentence names of its own)
export const REPORT_PERIOD = /(?<!年初至本?)报告期|期内|期间(?!内)/;

/**
 * The period "期内", "报告期内" refer to in a sentence starting at `sentStart`: the first stated period of its paragraph, or
 * of the text when the paragraph names none before it ("今年上半年，公司收入…。期内研发开支…" in a history of the company is the
 * half, not the first year the text named); a year that only says whose part follows hands over to that part.
 */
export function reportPeriodOf(mentions: PeriodMention[], norm: string, sentStart: number): PeriodMention | null {
  const para = norm.lastIndexOf('\n', sentStart - 1) + 1;
  let first: PeriodMention | null = null;
  // ("（2）2026年第三季度（2026年7月1日至2026年9月30日）预计业绩情况 [¶] 净利润　本报告期：… [¶] 扣除非经常性损益后的净利润　本报告期：…": a
  // notice in sections, each under a heading line that names its period; the last period named, when it is a heading's)
  let last: { at: number; whose: PeriodMention } | null = null;
  for (let j = 0; j < mentions.length && mentions[j]!.start < sentStart; j++) {
    const p = mentions[j]!;
    if (p.period === null || !p.anchor || p.ahead) continue;
    const whose = partOfYear(p, mentions[j + 1], norm);
    first ??= whose;
    if (p.start >= para) return whose;
    last = { at: p.start, whose };
  }
  const heading = last !== null && headingLine(norm, last.at) ? last.whose : null;
  // (until a heading that names no period opens another section: "二、业绩变动原因说明 [¶] 报告期内，…" is the notice's period)
  if (heading !== null) {
    for (let at = norm.indexOf('\n', heading.end); at >= 0 && at < para - 1; at = norm.indexOf('\n', at + 1)) {
      if (norm.slice(at + 1, at + 2).trim() !== '' && headingLine(norm, at + 1)) return first;
    }
  }
  return heading ?? first;
}

/** A short line that ends no sentence: a heading, as a notice names its sections. */
function headingLine(norm: string, at: number): boolean {
  const start = norm.lastIndexOf('\n', at - 1) + 1;
  const nl = norm.indexOf('\n', at);
  const end = nl < 0 ? norm.length : nl;
  return end - start <= 80 && !/[。.;；:：!?！？]/.test(norm.slice(start, end));
}

/**
 * A year that only says whose part comes next ("2025年前三季度", "今年首9個月", "2026年的上半年"): that part, the period
 * the text names; else the year itself.
 */
export function partOfYear(p: PeriodMention, next: PeriodMention | undefined, norm: string): PeriodMention {
  if (!next || p.kind !== 'year' || p.period === null || next.period === null) return p;
  if (next.kind !== 'half' && next.kind !== 'quarter' && next.kind !== '9m') return p;
  return next.period.startsWith(p.period) && /^\s?的?\s?$/.test(norm.slice(p.end, next.start)) ? next : p;
}
// (and "little changed from 2024", "up from 2025": the year a value is set against)
// (and "compared with the corresponding period in 2025", "up 30% from the same period of 2025": the year-ago period a
// filing or a results story measures against)
export const COMPARED_BEFORE = /(?:(?<![a-z])(?:vs\.?|versus|compared (?:with|to)|against|than|(?:little |largely |barely )?(?:changed|unchanged) from|(?:up|down) from)(?: in| during)?(?: the| its)?|(?<![a-z])(?:vs\.?|versus|compared (?:with|to)|against|than|from|over|on) the (?:same|corresponding|comparable) period (?:in|of)|相比|较|(?<![占同环对])比|对比|高于|低于|多于|少于)\s?$/;
// "current ARR", "now has", "目前": a sentence or clause speaking of the present, not of a period named before
export const NOW = /(?<![a-z])(?:current(?:ly)?|now|today|at present|so far|to date|latest)(?![a-z])|目前|当前|现在|现时|至今|截至目前/;
// "from 12.2% in 2024", "than $3 billion in 2024", "slower than the 42% growth of the first quarter", "against 40 billion yuan a year earlier",
// "well above the 1.21 billion yuan booked for the whole of 2025", "more than the 215 million yuan it booked for all of
// 2025", "rose to X last year, after
// 190 million yuan in 2024", "That compares with roughly 12.4 billion yuan in the first half of 2025", "That compares with a
// loss of 2.95 billion yuan in 2024": the period of a
// compared value (not "more than 1.5 billion yuan in the third quarter", a bound on the figure's own value; but "6% more
// than the 38.9 billion yuan spent in the June quarter" is a value compared with)
// "after growth of 31% to 7.05 billion yuan in the", "following a 12% drop in the", "compared with 4.1 billion yuan in
// the": a clause that tells what came before, its period past; not "after the fourth quarter" (a time after it)
const LOOKS_BACK_CLAUSE = /(?<![a-z])(?:after|following|compared with|versus)\s(?!the\s|this\s|next\s)[^,;:]+\s$/;

export const COMPARED_VALUE_BEFORE = /(?:(?<![a-z])(?:(?:%|per ?cent|percent) of|from|after|(?<!(?:more|less|fewer) )than|(?:more|less|fewer) than(?= the )|against|versus|vs\.?|compare[sd]? (?:with|to)|times|double|triple|above|below|beyond|exceeding|surpassing|ahead of|short of)\s(?:(?:an? |the |its )?(?:[a-z-]+ ){1,3}of\s)?(?:the |its )?(?:about |around |roughly |nearly |almost |more than |less than |over |under )?(?:us|hk|rmb)?[$¥]?)\d[\d.,]*\s?(?:%|percent|per cent|ppt|pp|percentage points?|trillion|thousand|billion|million|bn|mn|tn|[亿万]元?|元)?\s?(?:yuan|dollars|元)?\s?\)?\s?(?:(?:(?:it|they|[a-z]+(?: [a-z]+)?) )?(?:booked|recorded|reported|posted|generated|earned|made|seen|lost|spent|fetched|raised|commanded)\s)?(?:in|for|during|as of|at the end of|(?:growth|rise|increase|gain|decline|drop|fall|pace) (?:of|in))\s(?:the\s)?(?:(?:whole|full|entire|all) (?:of\s)?)?$/;
// "from 412 million yuan in 2024 and 56 million yuan in 2023", "That compares with growth of 34% a year earlier and 36% in
// the June quarter": the later items of a list of compared values
const COMPARED_LIST_BEFORE = /(?<![a-z])(?:from|after|than|against|versus|vs\.?|compare[sd]? (?:with|to))\s(?:[^.;]|\.(?=\d)){0,60}?(?:\sand|,)\s(?:about |around |roughly )?(?:us|hk|rmb)?[$¥]?\d[\d.,]*\s?(?:%|percent|per cent|trillion|thousand|billion|million|bn|mn|tn)?\s?(?:yuan|dollars)?\s?(?:in|for)\s(?:the\s)?$/;
const YEAR_END_BEFORE = /(?<![a-z])(?:(?:as of |as at )?(?:the )?end of|end-|year-end|at end)\s?$/;
const DATES_A_THING = /(?<![a-z])(?:it|they|which|that|the company|the group) (?:had |has |have |first )?(?:lit|made|launched|released|built|signed|bought|opened|unveiled|announced|set|started|switched on|put in place) (?:in|during) (?:early |late |mid-)?$/;
const NOT_IN_FORCE_BEFORE = /(?:(?<![a-z])(?:by|until|through|before|to|compared (?:with|to)|versus|vs\.?|than)|到|至|相较于|相比|较|高于|低于|多于|少于)\s?$/;

/**
 * "… and forecast that sales would climb to $420 million in 2026", "预计2026年收入将达", "The new outlook implies growth of
 * 99%, and second-half sales of at least $501 million": a period the clause looks ahead to is that of a forecast, not the
 * period the text reports on.
 */
const FORECAST_CLAUSE_BEFORE = /(?<![a-z])(?:forecasts?|forecasted|expects?|guided|projects?|projected|would|will|impl(?:y|ies|ied|ying))(?![a-z])(?:[^,;:.()]|,\s(?:and|or)\s){0,90}$|(?:预计|预期|指引|有望)[^，,；;。]{0,20}$/;

// ("全年资本开支将占收入的…", "full-year capex will be about …": a period whose clause goes on to say what will be)
// (or what is planned: "今年计划进一步增至2000亿元", "this year it plans to spend …")
const FORECAST_CLAUSE_AFTER = /^[^,;:.()，,；;。]{0,30}?(?:(?<![a-z])(?:will|plans? to|aims? to|intends? to)(?![a-z])|将(?![^，,；;。]{0,6}[由从])|计划|拟(?!定|任))/;

// ("今年", "this year", "今年前10个月": this year; not a month of it, "今年1月在港上市", "in January this year", a day things
// happened on)
const THIS_YEAR_SAID = /今年(?!\s?(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s?月)|本年度?|(?<![a-z])(?<!(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.? )this year(?![a-z])/;
// (and "taking the nine-month total to": the period named between the verb and its total)
const RUNNING_TOTAL = /累计|累積|(?<![a-z])(?:cumulative(?:ly)?|year[- ]to[- ]date|(?:bringing|taking|lifting|pushing) (?:the |its |their )?(?:[a-z0-9-]+ ){0,2}?(?:total|tally)|running total)(?![a-z])/;

const isRunningTotal = (norm: string, r: { start: number; end: number }): boolean =>
  RUNNING_TOTAL.test(norm.slice(Math.max(0, r.start - 16), Math.min(norm.length, r.end + 8))) ||
  // ("首九個月經調整虧損淨額累計2.747億美元": the word of the running total after the metric's name, in the same clause)
  /^[^，。,;；\d]{0,10}(?:累计|累積)/.test(norm.slice(r.end, r.end + 14));

// (and "since listing in Hong Kong in January", "since its Hong Kong debut on Jan 9")
// "自1月8日上市以来", "1月上市以来": since that day (and "创2021年以来新高": a year a span starts from, not one the text
// reports on)
const SINCE_AFTER_ZH = /^\s?(?:在港|于港交所|在香港)?(?:上市|挂牌)?以来/;
// ("is up about 500% from its January debut": a move counted from a listing to the page's date, as "since" says)
const FROM_ITS_BEFORE = /(?<![a-z])(?:up|down|higher|lower|gained|rose|risen|climbed|jumped|soared|fell|fallen|dropped|slid)\s[^.;]{0,40}?\sfrom (?:its |their )$/;
/** A listing named right after a month or day ("January debut", "1月上市", "Hong Kong IPO"), or closing its mention. */
export const EVENT_AFTER = /^\s?(?:以[^，。,;；]{0,12})?(?:上市|挂牌|(?:(?:hong kong|shanghai|stock market|market|trading) )?(?:ipo|listing|debut|flotation)(?![a-z]))/;
export const EVENT_NAMED = /(?:debut|listing|ipo|flotation)$/;
// (and "since peaking in March", "since a record high in March": a move counted from then to the page's date)
const SINCE_BEFORE = /(?<![a-z])since (?:its |the |their |mid-|early |late )?(?:(?:hong kong |shanghai |trading |market |stock market |share )?(?:listing|debut|ipo|flotation)(?: in (?:hong kong|shanghai|shenzhen|new york))? (?:on |in )?|(?:re)?(?:launch|release)(?:es|ed)? (?:on |in )?|(?:peaking|topping out|hitting (?:a |an |its )?(?:record|peak|high|all-time high)|(?:a |an |its )?(?:record |all-time )?(?:peak|high)) )?$/;
// ("For the fourth quarter, she said AI Cloud revenue growth would be no lower than 35%": what is said of the period after
// it, in the conditional of reported speech; before the period it may be a hypothesis about something else, "The valuation
// would be four times the $4.1 billion it fetched in December")
const WOULD_AFTER = /(?<![a-z])would (?:be|reach|rise|grow|exceed|top|come in)(?![a-z])/;
// (a company's results still to be told: "is expected to post", "will report", "which reports next week", "公布业绩前")
const RESULTS_TO_COME = /(?<![a-z])(?:(?:to|will|would|is due to|are due to) (?:post|report|announce|publish|deliver|unveil)|reports? (?:next|later|on|after)|(?:ahead of|before) (?:its|their|the company's) (?:results|earnings|report))(?![a-z])|(?:将|将于[^，。]{0,8})(?:公布|发布|披露)|(?:公布|发布|披露)(?:业绩|财报)前/;
// (and "aims for full-year revenue of more than 28 billion yuan", "全年收入有信心超过18亿元", "全年收入料16亿至18亿", "力争全年营业收入
// 同比增长15%至20%")
// (a cap on a figure, as a floor: "全年资本开支不超过160亿元" looks ahead)
const LOOKS_AHEAD = new RegExp(String.raw`expect|forecast|guidance|(?<![a-z])(?:guided?|guides|pencil(?:s|led|ling)? in|on course|on track|should|(?:is|are) (?:likely|set) to|no (?:lower|less) than|aims? (?:for|to)|aimed (?:for|to)|aiming (?:for|to)|hopes? (?:for|to)|intends? to)(?![a-z])|有信心|(?<=(?:全年|季度?|半年|年底|年末)[^，。；,;\d]{0,8})料(?=\s?(?:\d|介|达|将|超|逾|约|增|升|降|减|为))|(?:需要|需|须|必须)(?=\s?(?:实现|达到|达成|贡献|录得|完成))|(?<![a-z])(?:needs? to|would need to|must)(?= (?:deliver|generate|post|book|reach|achieve|bring in|make|earn|contribute)(?![a-z]))|不低于|不少于|outlook|project|target|(?<![a-z])goals?(?![a-z])|estimate|consensus|will|planned|scheduled|upcoming|(?<![a-z])due (?:to|on|in)(?![a-z])|将于|将自|将从|将(?=\s?[「“"]?\s?(?:计入|确认|入账|录得|带来|贡献|超过|达到|达|增至|增加|升至|降至|减少|超|突破|保持|维持|高于|低于|不低于|不少于|介乎|介于))|起生效|今日起|即日起|明日起|(?<![倘如])若(?![干])|倘若|假如|假设|预计|预期|预测|預測|预估|預估|估计|估算|预料|料将|目标|指引|有望|力争|力爭|争取|爭取|${CAP_WORDS}`);

/** "Revenue in the second half alone was …", "Second-half revenue alone": a part of the period in force, told as an aside. */
// (and "單計第二季，收入按季增長約27%", "单季度来看": a quarter counted alone inside a half's results)
const saidAlone = (norm: string, r: { start: number; end: number }): boolean => /^(?:\s[a-z-]+){0,2}\s?alone(?![a-z])/.test(norm.slice(r.end, r.end + 30)) || /(?:單計|单计|單以|单以|單就|单就)\s?$/.test(norm.slice(Math.max(0, r.start - 3), r.start));

// (the last year-end a sentence dates, "截至2025年末", "2025年12月31日")
const YEAR_END_SAID = /((?:19|20)\d\d)\s?年\s?(?:底|年底|年末|末|12\s?月(?:\s?31\s?日)?)(?![\s\S]*(?:19|20)\d\d\s?年)/;

/** "(1H25: RMB5.6)", "(vs. 1H25: 30%)", "（上年同期：2.1亿元）": a period given with a value in parentheses, for comparison. */
// (and the later items of such a list: "(2Q26: US$118mn; 3Q25: US$131mn)")
const inParensWithValue = (norm: string, r: { start: number; end: number }): boolean =>
  /[(（]\s?(?:vs\.?\s?|previous:?\s?|prior:?\s?)?(?:[^()（）]{1,40}[;；,，]\s?)?$/.test(norm.slice(Math.max(0, r.start - 52), r.start)) && /^\s?[:：]\s?[^)）]{0,20}\d/.test(norm.slice(r.end, r.end + 24));

/** "由2024年的12.2%提升至", "已接近去年全年的767.6亿元": a period's value named in passing ("X年的" and a number), for comparison. */
const valueOfPeriodAfter = (norm: string, r: { start: number; end: number }): boolean =>
  /^\s?(?:同期|全年|年底|年末)?\s?的\s?(?:约\s?)?[-−]?\d/.test(norm.slice(r.end, r.end + 10)) ||
  // ("是2025年的两倍多", "为去年的三倍": a multiple of that year's value)
  /^\s?(?:同期|全年)?\s?的\s?(?:约\s?)?(?:[两一二三四五六七八九十]+|\d+(?:\.\d+)?)\s?倍/.test(norm.slice(r.end, r.end + 10)) ||
  // ("2023年这一比例为52.8%": the value of that year, for comparison)
  // (and "2025年全年这一比例约为12%": 约 before the verb)
  /^\s?(?:这一|该|此一?)(?:比例|数字|比重|占比|数据|数值|指标)?\s?(?:约|仅)?\s?(?:为|是|仅为|达)\s?(?:约\s?)?[-−]?\d/.test(norm.slice(r.end, r.end + 14)) ||
  // ("毛利率升至34.6%，去年同期为15.1%，第二季则为31.9%": the value of another period, set beside the one reported)
  /^\s?则\s?(?:为|是)\s?(?:约\s?)?[-−]?\d/.test(norm.slice(r.end, r.end + 10)) ||
  // ("亏损扩大至5.17亿美元，2024年为4.65亿美元": a clause of a period and its value right after a reported value is that
  // value set beside it, not the period the text goes on in)
  (/^\s?(?:同期|全年)?\s?为\s?(?:约\s?)?[-−]?\d/.test(norm.slice(r.end, r.end + 10)) && /\d[^\d，。；,;:：]{0,6}[，,；;]\s?$/.test(norm.slice(Math.max(0, r.start - 12), r.start))) ||
  // ("两年前的2024财年仅为1,064亿元": an earlier period's smaller value, set beside it)
  (/^\s?(?:仅为|仅有|只有|才)\s?(?:约\s?)?[-−]?\d/.test(norm.slice(r.end, r.end + 10)) && /(?:年|个月|季度?)前的\s?$/.test(norm.slice(Math.max(0, r.start - 6), r.start)));

// "up 150 per cent from 2023", "a 30% rise over 2024", "a 36% increase on the first quarter": the period a change is counted from
// (and "down 10% HoH from a seasonally strong 2H25": past the words of the change's kind and an adjective or two)
const CHANGE_BASE_BEFORE = /\d(?:\s?%|\s?per ?cent|\s?percent|\s?times|-fold|\s(?:percentage )?points?|\s?ppts?|\s?pp)\s(?:(?:yoy|y-o-y|hoh|h-o-h|qoq|q-o-q)\s)?(?:(?:rise|increase|gain|jump|drop|fall|decline)\s)?(?:from|over|on|versus|vs\.?)\s(?:the same period (?:of|in)\s|(?:a|an|the)\s(?:[a-z-]+\s){0,3}|the\s)?$/;

/** A period named only for a value compared with, or told as an aside: never the period the text is in. */
const namesComparedValue = (norm: string, r: { start: number; end: number }): boolean => namesComparedPeriod(norm, r) || saidAlone(norm, r);

/** A period named only for a value compared with ("up 9% from the first quarter", "(1H25: RMB1.16bn)", "2024年的42亿元"). */
export const namesComparedPeriod = (norm: string, r: { start: number; end: number }): boolean =>
  COMPARED_VALUE_BEFORE.test(norm.slice(Math.max(0, r.start - 64), r.start)) ||
  // ("after a 2025 loss of 1.98 billion yuan", "compared with its 2024 revenue of", "almost six times its 2023 figure of": a
  // year told of a value set beside; and "more than offsetting a first-half loss of 154 million yuan")
  // (and, with no value after it, "more than three times its 2024 figure", "double the 2025 level")
  (/(?<![a-z])(?:after|against|versus|vs\.?|compared (?:with|to)|from|than|times|twice|double|triple|offsetting|offset|reversing|erasing|wiping out|making up for)\s(?:a|an|its|the|their)\s$/.test(norm.slice(Math.max(0, r.start - 24), r.start)) && (/^\s(?:[a-z-]+\s){1,3}of\s(?:about |around |roughly |nearly )?(?:us|hk|rmb)?[$¥]?\d/.test(norm.slice(r.end, r.end + 40)) || /^\s(?:figure|figures|level|levels|total|tally|number|result|results|amount|value|count|pace)(?![a-z])/.test(norm.slice(r.end, r.end + 10)))) ||
  CHANGE_BASE_BEFORE.test(norm.slice(Math.max(0, r.start - 50), r.start)) ||
  // ("较去年全年有所改善": a whole year named for a comparison, past the 去年 that says which)
  COMPARED_BEFORE.test(norm.slice(Math.max(0, r.start - 48), r.start).replace(/(?:去年|上年|前年)\s?$/, '')) ||
  COMPARED_LIST_BEFORE.test(norm.slice(Math.max(0, r.start - 110), r.start)) ||
  inParensWithValue(norm, r) ||
  // ("From the June quarter, when the unit booked 50.2 billion yuan, cloud revenue was up about 12%": a sentence opened by
  // "From" and a period sets the base of the change it goes on to tell; not "From 2023 to 2025, …", a span)
  (/(?:^|[.!?]\s|\n)\s*from (?:the )?$/.test(norm.slice(Math.max(0, r.start - 12), r.start)) && /^\s?,/.test(norm.slice(r.end, r.end + 2))) ||
  valueOfPeriodAfter(norm, r);

/** Start of the sentence holding `pos`: after a line break, "。", "！", "？", "!", "?" or a full stop before a space (600 characters back at most). */
// (a figure, then a clause that names its parts: ", with", ", including", "; of which", "，其中"; a decimal point in the
// part's amount is no full stop: ", including $79.6 million in the fourth quarter")
const PART_OF_TOTAL_BEFORE = /\d[^.;:。；：]*(?:,\s?(?:with|including)\s|;\s?of which\s|[，,；;]\s?其中\s?)(?:[^,;.。；，]|\.\d)*$/;

export function sentenceStartBefore(norm: string, pos: number): number {
  for (let i = pos - 1; i >= Math.max(0, pos - 600); i--) {
    const ch = norm[i]!;
    if (ch === '\n' || ch === '。' || ch === '！' || ch === '？' || ch === '!' || ch === '?' || (ch === '.' && /\s/.test(norm[i + 1] ?? ''))) return i + 1;
  }
  return Math.max(0, pos - 600);
}

/** The number and fiscal year of a fiscal quarter, where both are written ("1QFY27", "fiscal second quarter of 2027"). */
function fiscalQuarterOf(t: string): { fyQuarter: { n: number; year: number } } | { fyQuarterN: number } | Record<string, never> {
  const word = /(first|second|third|fourth|1st|2nd|3rd|4th)/.exec(t);
  const digit = /(?<![0-9])([1-4])q|q([1-4])|第\s?([1-4一二三四])|(?:[财財]政年度|[财財]年)\s?([一二三四])/.exec(t);
  const n = word ? ORD[word[1]!] : digit ? ORD[(digit[1] ?? digit[2] ?? digit[3] ?? digit[4])!] : undefined;
  const y = /((?:19|20)\d\d)|fy\s?(\d{2})(?![0-9])/.exec(t);
  const year = y ? (y[1] ? Number(y[1]) : 2000 + Number(y[2])) : null;
  return n !== undefined && year !== null ? { fyQuarter: { n, year } } : n !== undefined ? { fyQuarterN: n } : {};
}

/** The calendar quarter of a month counted from year 0 (`year * 12 + month - 1`), as a span's item. */
const quarterOfMonthIndex = (idx: number): Raw => ({ ...base, start: 0, end: 0, kind: 'quarter', year: Math.floor(idx / 12), sub: `Q${Math.floor((idx % 12) / 3) + 1}` });

/**
 * A fiscal year, quarter or half placed in the calendar, for a company whose fiscal year ends in `end` (a month other than
 * December): "FY27" the four quarters to March 2027, "1QFY27" the quarter to June 2026.
 */
function placeFiscal(r: Raw, end: number, ctx: PeriodContext): Raw {
  // ("2027财年上半年" for a year that ends in March: April to September 2026; "the first half of its fiscal year", "interim
  // results" with no year: the half that closed one to three months before the page)
  if ((r.fiscal && r.fyHalf) || r.interim) {
    const n = r.fyHalf?.n ?? 1;
    let lastIdx: number | null = null;
    if (r.fyHalf?.year) lastIdx = (r.fyHalf.year - 1) * 12 + end + 6 * n - 1;
    else if (ctx.pageYear !== null && ctx.pageMonth !== null) {
      const lastMonth = ((end + 6 * n - 1) % 12) + 1;
      const since = (ctx.pageMonth - lastMonth + 12) % 12;
      if (since >= 1 && since <= 3) lastIdx = ctx.pageYear * 12 + ctx.pageMonth - 1 - since;
    }
    if (lastIdx === null) return r.interim ? { ...r, vague: true } : r;
    return { ...r, kind: 'span', sub: null, span: [quarterOfMonthIndex(lastIdx - 5), quarterOfMonthIndex(lastIdx)], vague: false, fiscal: false };
  }
  if (r.fy && r.kind === 'years') return { ...r, fiscalEnd: end };
  if (r.fy && r.year !== null && r.fiscalEnd === undefined) return { ...r, kind: 'span', fiscalEnd: end, whole: false };
  if (r.fiscal && r.fyQuarter) {
    let month = end + 1 + 3 * (r.fyQuarter.n - 1);
    let year = r.fyQuarter.year - 1;
    if (month > 12) {
      month -= 12;
      year += 1;
    }
    return { ...r, kind: 'quarter', year, sub: `Q${Math.ceil(month / 3)}`, vague: false, fiscal: false };
  }
  // ("in the company's fiscal second quarter" on a November page, for a year that ends in March: the July-September quarter,
  // closed one to three months before the page, the quarter whose results are the news; further from the page, which
  // year's is not said)
  if (r.fiscal && r.fyQuarterN !== undefined && r.kind === 'quarter' && ctx.pageYear !== null && ctx.pageMonth !== null) {
    let last = end + 3 * r.fyQuarterN;
    while (last > 12) last -= 12;
    const since = (ctx.pageMonth - last + 12) % 12;
    if (since >= 1 && since <= 3) return { ...r, year: last <= ctx.pageMonth ? ctx.pageYear : ctx.pageYear - 1, sub: `Q${Math.ceil(last / 3)}`, vague: false, fiscal: false };
  }
  return r;
}

export interface PeriodContext {
  pageYear: number | null;
  pageMonth: number | null;
  /** The page's day of the month, when its date gives one (for "on Friday", "yesterday"). */
  pageDay?: number | null;
  /** The month the fiscal year of the company the text is about ends, where not December (FISCAL_YEAR_END). */
  fiscalYearEnd?: number | null;
}

/** The page date as a period context: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (anything else: no page date). */
export function periodContextOf(pageDate: string | null | undefined): PeriodContext {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(pageDate ?? '');
  return { pageYear: m ? Number(m[1]) : null, pageMonth: m?.[2] ? Number(m[2]) : null, pageDay: m?.[3] ? Number(m[3]) : null };
}

// "will report on Friday", "due next month", "scheduled for Thursday": a date ahead of the page's, not the last one
const AHEAD_BEFORE = /(?<![a-z])(?:will|would|to be|expects?|expected|scheduled|due|plans?|planned|set to|next|until|by)(?![a-z])|将|计划|预计|下周|下个?月/;
// a sentence ends at 。！？!? or at a full stop before a space (not inside "1.5"), and at a line break
const REPORTED_WORD = /(?<![a-z])(?:report(?:ed|s)?|results|filing|announce(?:d|ment)|published|released|disclosed|showed)(?![a-z])|财报|業績|业绩|公告|披露|发布|發布/;
// (the month a report came out, no period of its figures: "results, reported in late August, showed")
const TOLD_IN_BEFORE = /(?<![a-z])(?:reported|released|published|announced|filed|unveiled|disclosed|posted) (?:on |in )(?:early |mid-|mid |late |the end of )?$/;
const SENTENCE_BREAK = /[。！？!?\n]|\.(?:\s|$)/;
// words of releasing results: "发布2025年上半年财报", "reported its third-quarter 2025 results"
const RELEASED = /发布|公布|披露|released?|reports?|reported|published|posted|announced/;

const fmt = (year: number | null, sub: string | null): string | null => (year === null ? null : sub ? `${year}-${sub}` : `${year}`);

function allMatches(re: RegExp, norm: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(norm); m; m = re.exec(norm)) {
    if (m[0].length === 0) re.lastIndex++;
    else out.push(m);
  }
  return out;
}

const STICKY = new Map<RegExp, RegExp>();

/**
 * The matches a scan of `re` over the whole text finds (left to right, none overlapping, empty ones skipped), found
 * by trying `re` only at the places up to `at.back` before each anchor: every match has an anchor that near its start.
 */
function anchoredMatches(re: RegExp, at: Anchor, norm: string, cache: Map<RegExp, number[]>): RegExpExecArray[] {
  let places = cache.get(at.re);
  if (!places) cache.set(at.re, (places = allMatches(at.re, norm).map((m) => m.index)));
  let sticky = STICKY.get(re);
  if (!sticky) STICKY.set(re, (sticky = new RegExp(re.source, re.flags.replace('g', '') + 'y')));
  const out: RegExpExecArray[] = [];
  let end = 0;
  for (const a of places) {
    for (let s = Math.max(end, a - at.back); s <= a; s++) {
      sticky.lastIndex = s;
      const m = sticky.exec(norm);
      if (m && m[0].length > 0) {
        out.push(m);
        end = s + m[0].length;
        break;
      }
    }
  }
  return out;
}

// (remembered per list of mentions: asked for many figures of one text)
const firstUndatedPartMemo = new WeakMap<readonly PeriodMention[], number>();
/**
 * Where the text first names a quarter, half or nine months without a year it could place ("third-quarter revenue" on an
 * undated page), or Infinity: from there on, no whole year stands for the period the text reports.
 */
export function firstUndatedPart(periods: readonly PeriodMention[]): number {
  let at = firstUndatedPartMemo.get(periods);
  if (at === undefined) {
    at = periods.find((p) => p.period === null && (p.kind === 'quarter' || p.kind === 'half' || p.kind === '9m'))?.start ?? Infinity;
    firstUndatedPartMemo.set(periods, at);
  }
  return at;
}

// (a date that names its day: "3月31日", "March 31", "31 March"; what "当日" can go back to)
const NAMED_DAY = /\d\s?[日号]|[a-z]\.?\s\d{1,2}(?!\d)|(?<!\d)\d{1,2}\s[a-z]/;
// (the words after "the first quarter" that make it an ordinal of an event: "the first quarter in which revenue doubled")
const ORDINAL_EVENT_AFTER = /^\s(?:in which|that (?!ended|ends|ending)|when|where|ever)(?![a-z])/;
// (a period a filing defines as a term: `(the "Period")`, `(the “Year”)`, `(the "Reporting Period")`)
const DEFINED_TERM = /\(\s?the\s?["“'‘]((?:reporting |relevant |review |interim )?period|year|quarter)["”'’]\s?\)/g;

export function findPeriodMentions(norm: string, ctx: PeriodContext): PeriodMention[] {
  const raws: Raw[] = [];
  const founded: [number, number][] = [];
  const anchors = new Map<RegExp, number[]>();
  for (const [re, make, at] of PATTERNS) {
    for (const m of at ? anchoredMatches(re, at, norm, anchors) : allMatches(re, norm)) {
      const r = make(m);
      // "founded in 2019", "成立于2019年": a date in the company's history, not the period of a figure
      if (r && (FOUNDED_BEFORE.test(norm.slice(Math.max(0, m.index - 24), m.index)) || ((r.kind === 'year' || r.kind === 'month') && FOUNDED_AFTER.test(norm.slice(m.index + m[0].length, m.index + m[0].length + 12))) || (r.kind === 'year' && /(?:its|their|the)\s$/.test(norm.slice(Math.max(0, m.index - 6), m.index)) && LISTING_YEAR_AFTER.test(norm.slice(m.index + m[0].length, m.index + m[0].length + 12))))) {
        founded.push([m.index, m.index + m[0].length]);
        continue;
      }
      // "as of February 2026": a point in time, for balances, not for flows over a period
      if (r && r.kind === 'month' && AS_OF_BEFORE.test(norm.slice(Math.max(0, m.index - 20), m.index))) r.kind = 'date';
      // "over the three fiscal years ending March 2028": the end of a span, a point, not a month's flow
      if (r && r.kind === 'month' && /(?<![a-z])(?:ending|ended|through|until)\s$/.test(norm.slice(Math.max(0, m.index - 10), m.index))) r.kind = 'date';
      // "at the end of 2025", "as of end-2025": the year's last month, a point in time (for balances and valuations)
      if (r && r.kind === 'year' && r.year !== null && r.rel === null && !r.estimate && YEAR_END_BEFORE.test(norm.slice(Math.max(0, m.index - 20), m.index))) {
        r.kind = 'date';
        r.sub = '12';
      }
      // ("the first quarter in which revenue more than doubled", "its first half ever with a profit": an ordinal of an
      // event, not the year's first quarter)
      if (r && (r.kind === 'quarter' || r.kind === 'half') && r.year === null && ORDINAL_EVENT_AFTER.test(norm.slice(m.index + m[0].length, m.index + m[0].length + 16))) continue;
      if (r) raws.push({ ...r, start: m.index, end: m.index + m[0].length });
    }
  }
  // keep the first, longest mention where they overlap
  raws.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Raw[] = [];
  // (and "Founded in April 2023": not the year inside it either)
  founded.sort((a, b) => a[0] - b[0]);
  let fi = 0;
  for (const r of raws) {
    const last = kept[kept.length - 1];
    if (last && r.start < last.end) continue;
    while (fi < founded.length && founded[fi]![1] <= r.start) fi++;
    const f = founded[fi];
    if (f && f[0] <= r.start && r.end <= f[1]) continue;
    kept.push(r);
  }

  // ("for the nine months ended 30 September 2026 (the "Period")": a period a filing defines as a term, which "the Period"
  // later names again)
  for (const d of allMatches(DEFINED_TERM, norm)) {
    const k = kept.findIndex((r) => r.end <= d.index && d.index - r.end <= 2);
    if (k < 0) continue;
    const named = kept[k]!;
    const term = new RegExp(String.raw`(?<![a-z])the ${d[1]}(?![a-z"“”'’])`, 'g');
    term.lastIndex = d.index + d[0].length;
    for (let t = term.exec(norm); t; t = term.exec(norm)) {
      const at = t.index;
      const end = at + t[0].length;
      const over = kept.findIndex((r) => r.start < end && at < r.end);
      if (over >= 0 && (kept[over]!.start < at || kept[over]!.end > end)) continue;
      const copy: Raw = { ...named, start: at, end };
      if (over >= 0) kept[over] = copy;
      else kept.splice(lowerBound(kept, at), 0, copy);
    }
  }
  // "in the quarter ended June 30, the first quarter of Alibaba's fiscal year": a fiscal quarter beside the calendar
  // quarter it restates adds nothing; alone, it is a quarter the text does not place in the calendar
  for (let k = kept.length - 1; k >= 0; k--) {
    const r = kept[k]!;
    if (!r.fiscal) continue;
    // (and "the first half of its fiscal year, the six months to September": a fiscal half beside the months it restates)
    const near = (q: Raw | undefined) => q !== undefined && (q.kind === 'quarter' || (r.kind === 'half' && q.kind === 'span')) && !q.fiscal && !SENTENCE_BREAK.test(q.start < r.start ? norm.slice(q.end, r.start) : norm.slice(r.end, q.start));
    if (near(kept[k - 1]) || near(kept[k + 1])) kept.splice(k, 1);
  }
  // (a company whose fiscal year ends in March: its fiscal years and quarters in the calendar)
  const fyEnd = ctx.fiscalYearEnd;
  if (fyEnd && fyEnd !== 12) for (let k = 0; k < kept.length; k++) kept[k] = placeFiscal(kept[k]!, fyEnd, ctx);
  // "first-quarter performance for 2026": a quarter or half and the year just after it are one mention
  for (let k = 0; k + 1 < kept.length; k++) {
    const a = kept[k]!;
    const b = kept[k + 1]!;
    if ((a.kind === 'quarter' || a.kind === 'half' || a.kind === '9m') && a.year === null && a.rel === null && b.kind === 'year' && b.year !== null && b.rel === null) {
      // (not across a clause or past a figure: "第四季度资本开支预计在45亿元至50亿元之间，2027年对可灵的投入…")
      if (b.start - a.end <= 30 && !/[.;。；\n，,]|\d/.test(norm.slice(a.end, b.start))) {
        a.year = b.year;
        a.end = b.end;
        kept.splice(k + 1, 1);
      }
    }
  }
  // the year each month was last named with ("2026年7月", "July 2026"), for the same month named again without it
  const monthYears = new Map<string, number>();
  let ctxYear: number | null = null;
  // where the year in force was named: a calendar date takes it only from its own sentence, a quarter or half only
  // from its own paragraph
  let ctxYearAt = -1;
  // the year each half, quarter or nine months was last named with ("the first half of 2025")
  const subYears = new Map<string, number>();
  // and the year it was last read in without one, as the text's own period ("the nine months ended Sept. 30" on a page of
  // January: 2025)
  const subYearsRead = new Map<string, number>();
  // whether that year was named as a whole year ("$30.5 million in 2024"), not with a half, quarter or date
  let ctxYearWhole = false;
  let ctxPeriod: { year: number; sub: string | null } | null = null;
  // a month named in the sentence being read ("rose to 9.1% in May from 4.5% a year earlier": May of the year before)
  let sentenceMonth: { year: number; sub: string; at: number } | null = null;
  // (the last half, quarter, nine months or year its sentence named, even a running total: "前三季度累计实现营收…，上年同期为…")
  let sentencePart: { year: number; sub: string | null; at: number } | null = null;
  // the first reporting period the text names (what "报告期" refers to)
  let firstPeriod: { year: number; sub: string | null } | null = null;
  let lastStated: string | null = null;
  // where a half, quarter or nine months was last named without a year the text could give it ("前三季度" on an undated
  // page): "去年同期" after it is that part of a year no one can say, not last year as a whole
  let undatedSubAt = -1;
  let lastStatedAt = -1;
  // where the last span counted back from a date the text does not give was named ("over the past three years")
  let vagueSpanAt = -1;
  // (where the period in force was last set, and the last span of months within one year: "the five months ended May
  // 31, 2026 … the same period a year earlier" is those months of 2025)
  let ctxPeriodAt = -1;
  // ("第三季收入1.186億美元；首三季收入3.014億美元。毛利率由去年同期的12.2%升至31.4%": a nine-month or half-year total told after
  // the quarter it ends with, in the same sentence, is an aside; the quarter stays in force, see pickPeriod)
  const totalAfterItsQuarter = (r: Raw, year: number): boolean =>
    (r.kind === '9m' || r.kind === 'half') && ctxPeriod !== null && ctxPeriodAt >= sentenceStart(r.start) && ctxPeriod.year === year && ctxPeriod.sub === (r.kind === '9m' ? 'Q3' : r.sub === 'H1' ? 'Q2' : r.sub === 'H2' ? 'Q4' : '');
  // ("Revenue grew 33% to RMB5.02bn, with 2H25 revenue of RMB2.71bn after RMB2.31bn in 1H25. Adjusted net loss …", "全年收入
  // 50.2亿元，其中下半年27.1亿元。经调整亏损…": a half or quarter named in a clause that breaks down a figure of the year in
  // force, told before it in the same sentence, is an aside; the year stays in force)
  const partAfterItsYear = (r: Raw, year: number): boolean =>
    (r.kind === 'half' || r.kind === 'quarter') && ctxPeriod !== null && ctxPeriod.sub === null && ctxPeriod.year === year && PART_OF_TOTAL_BEFORE.test(norm.slice(sentenceStart(r.start), r.start));
  let monthSpan: { year: number; first: string; last: string; at: number } | null = null;
  // the last whole year named with its year ("full-year 2025 results", "the 2025 fiscal year"), for "the full year"
  let lastWhole: { year: number; at: number } | null = null;
  let lastFiscal: { period: string; at: number } | null = null;
  const lastOfKind = new Map<string, string>();
  // (the last quarter the text stated as its own, for "year to date")
  let lastQuarterStated: string | null = null;
  const pageDay = ctx.pageDay ?? null;
  // days already dated, by their words ("8月21日" → 2025)
  const datedDays = new Map<string, number>();
  // (the index of the mention being resolved, set by the loop below: no search for it)
  let current = 0;
  const releaseYear = (r: Raw): number | null => {
    for (let k = current + 1; k < kept.length; k++) {
      const q = kept[k]!;
      const between = norm.slice(r.end, q.start);
      if (SENTENCE_BREAK.test(between) || between.length > 60) return null;
      if (q.year === null || q.rel !== null || q.estimate) continue;
      if (!RELEASED.test(between)) return null;
      if (q.kind === 'half' || q.kind === 'quarter' || q.kind === '9m') return q.sub === 'H2' || q.sub === 'Q4' ? q.year + 1 : q.year;
      if (q.kind === 'year') return q.year + 1;
      return null;
    }
    return null;
  };
  // (within the mention's sentence: "… at the end of December. \"The guidance implies …\"" looks back)
  // (and a date a change takes effect from: "will cost 0.8 yuan … from July 1", "starting March 1")
  // "by 2027", "compared with 2024": named, but not the period the text is about (not "到2025年，" opening a clause
  // about a year past: "2023年，智谱营收1.25亿元；到2025年，智谱营收增至7.24亿元")
  // on an undated page, the year of the quarter's or half's report the text tells of, while no other year has been named
  // since (null otherwise)
  const reportYearUndated = (): number | null => (ctx.pageYear === null && ctxYear !== null && firstPeriod !== null && firstPeriod.sub !== null && firstPeriod.year === ctxYear ? ctxYear : null);
  const notInForce = (r: Raw): boolean => {
    // ("token prices have fallen by more than 90% since the start of 2024": the start of a span to now, not the year
    // the text goes on in)
    if (/^since\s/.test(norm.slice(r.start, r.end)) || /(?<![a-z])since\s(?:the\s)?$/.test(norm.slice(Math.max(0, r.start - 10), r.start))) return true;
    if (DATES_A_THING.test(norm.slice(Math.max(0, r.start - 30), r.start))) return true;
    // ("the two companies that listed earlier this year", "in early 2025", "by mid-2026": a time in the year when something
    // happened, not the year whose figures the text goes on to tell)
    if (r.kind === 'year' && /(?<![a-z])(?:earlier|early|later|late|mid-?)\s?$/.test(norm.slice(Math.max(0, r.start - 8), r.start))) return true;
    // ("有关影响今年起不再出现", "自2026年起": the start of a span that runs on, from then, not the year the text reports on)
    if (r.kind !== 'date' && r.kind !== 'month' && /^\s?(?:起|开始|開始)(?![步来來])/.test(norm.slice(r.end, r.end + 3))) return true;
    if (!NOT_IN_FORCE_BEFORE.test(norm.slice(Math.max(0, r.start - 16), r.start))) return false;
    const byThenPast = r.kind === 'year' && r.year !== null && (ctx.pageYear === null || r.year < ctx.pageYear) && /(?:^|[，,；;。\n])\s?(?:而)?到了?\s?$/.test(norm.slice(Math.max(0, r.start - 6), r.start)) && /^\s?[，,]/.test(norm.slice(r.end, r.end + 2));
    return !byThenPast;
  };
  const looksAhead = (r: Raw) => {
    const before = norm.slice(Math.max(0, r.start - 240), r.start).split(SENTENCE_BREAK).pop()!;
    // ("Analysts expect revenue of 7.4 billion yuan, after growth of 31% in the fourth quarter": a clause of what came
    // before the forecast looks back)
    if (LOOKS_BACK_CLAUSE.test(before)) return false;
    // (and a deadline in a plan: "plans to hire 200 more staff this year, bringing its headcount to around 500 by December")
    return LOOKS_AHEAD.test(before + norm.slice(r.start, r.end + 40).split(SENTENCE_BREAK)[0]!) || WOULD_AFTER.test(norm.slice(r.end, r.end + 80).split(SENTENCE_BREAK)[0]!) || /(?<![a-z])(?:from|starting|effective|beginning)\s$/.test(before) || ((/(?<![a-z])by\s$/.test(before) || /^by\s/.test(norm.slice(r.start, r.end))) && /(?<![a-z])(?:plans?|planned|aims?|intends?|expects?|wants?|hopes?|targets?|is set|are set|is due|on track)(?![a-z])/.test(before));
  };
  const yearOf = (r: Raw): { year: number | null; fromPage: boolean; lookedAhead?: boolean } => {
    // "this year", "last year", "今年": the page's year, and nothing else says which year that is
    if (r.rel === 'this-year') return { year: ctx.pageYear, fromPage: true };
    if (r.rel === 'last-year' || r.rel === 'next-year') {
      // (上年 is the year before the year the text reports on, when one is in force; else before the page's)
      // (and "截至2025年末……较上年末的18,412人": the year-end its sentence dated, before any year in force, "披露2025年年报及2026年
      // 一季报。截至2025年末……")
      const yearEndSaid = r.beforeReport && r.kind === 'date' ? YEAR_END_SAID.exec(norm.slice(sentenceStart(r.start), r.start)) : null;
      const y = yearEndSaid ? Number(yearEndSaid[1]) : r.beforeReport && ctxYear !== null ? ctxYear : ctx.pageYear;
      return { year: y === null ? null : y + (r.rel === 'next-year' ? 1 : r.twoBack ? -2 : -1), fromPage: true };
    }
    if (r.year !== null) return { year: r.year, fromPage: false };
    if (r.thatYear && r.kind === 'year') return { year: ctxYear, fromPage: false };
    const since = ctxYearAt >= 0 ? norm.slice(ctxYearAt, r.start) : null;
    const sameSentence = ctxYear !== null && since !== null && !SENTENCE_BREAK.test(since);
    const sameParagraph = ctxYear !== null && since !== null && !since.includes('\n');
    // "On March 31", "in late January": a year stated earlier in the sentence, else the page's (the last such date
    // on or before it); a year named before about another matter ("founded in 2019", "revenue in 2024 was") is not it
    // (and "the quarter ended June 30": a quarter named by its last day)
    if (r.kind === 'date' || r.kind === 'month' || (r.endDated && (sameSentence || ctx.pageYear !== null))) {
      if (r.thatYear && ctxYear !== null) return { year: ctxYear, fromPage: false };
      // ("founded in 2023. By the end of that year …": a year the text names for another matter is not in force, and the
      // page's is not "that year")
      if (r.thatYear) return { year: null, fromPage: false };
      // ("relaunched in November 2025, … reached 100 million users by March": a deadline after a month its sentence named,
      // earlier in the calendar, is in the year after)
      if (sameSentence && r.kind === 'month' && r.sub && sentenceMonth && sentenceMonth.year === ctxYear && Number(r.sub) < Number(sentenceMonth.sub) && (/(?<![a-z])(?:by|until|through)\s$/.test(norm.slice(Math.max(0, r.start - 8), r.start)) || /^(?:by|until|through)\s/.test(norm.slice(r.start, r.end))) && !SENTENCE_BREAK.test(norm.slice(sentenceMonth.at, r.start))) return { year: ctxYear! + 1, fromPage: false };
      if (sameSentence) return { year: ctxYear, fromPage: false };
      if (ctx.pageYear !== null) return { year: ctx.pageYear, fromPage: true };
      // without a page date: the same day named before ("8月21日 ... 截至8月21日收盘"), or the day results for a stated
      // period were released on ("8月21日,科大讯飞发布2025年上半年财报": a half or third quarter is reported in its own
      // year, a full year or fourth quarter in the next)
      const key = norm.slice(r.start, r.end).replace(/^\D+/, '');
      const seen = datedDays.get(key);
      if (seen !== undefined) return { year: seen, fromPage: false };
      const released = releaseYear(r);
      if (released !== null) return { year: released, fromPage: false };
      // ("2026年7月，国内AI应用……豆包7月月活达3.12亿": a month an undated text has named with its year, named again)
      const named = r.kind === 'month' && r.sub ? monthYears.get(r.sub) : undefined;
      if (named !== undefined) return { year: named, fromPage: false };
      return { year: null, fromPage: true };
    }
    // "annual revenue" without a year: the year its paragraph is about ("1H24 results ... full-year consensus"), when
    // finished or looked ahead to; else the last finished year before the page date, unless the text looks ahead
    // ("analysts expect full-year revenue of", in February: last year's, not yet reported, or this year's?): no year
    if (r.whole) {
      // ("今年全年", "去年全年", "明年全年": the whole of the year the word before names)
      const said = /(今年|本年|去年|上年|明年)\s?$/.exec(norm.slice(Math.max(0, r.start - 3), r.start));
      if (said && ctx.pageYear !== null) return { year: ctx.pageYear + (said[1] === '去年' || said[1] === '上年' ? -1 : said[1] === '明年' ? 1 : 0), fromPage: true, ...(said[1] === '明年' ? { lookedAhead: true } : {}) };
      // ("字节今年在国产芯片上的采购预算约为850亿元，占其全年约1600亿元资本开支的一半以上": this year, named earlier in the
      // sentence, is the whole year it goes on to name)
      if (ctx.pageYear !== null && THIS_YEAR_SAID.test(norm.slice(sentenceStart(r.start), r.start))) return { year: ctx.pageYear, fromPage: true };
      // (and "the full-year total would be somewhat below 140 billion yuan", "full-year capital expenditure would likely land
      // between …": a whole year said in the conditional, in the words after it)
      const ahead = looksAhead(r) || /^[^.;,]*?(?<![a-z])would(?![a-z])/.test(norm.slice(r.end, r.end + 40));
      // ("科大讯飞2026年归母净利润将达到6.8亿元，2027年进一步增至11.2亿元；全年营收增速预计在18%-22%", on an undated page:
      // a bare full year looked ahead to after forecasts of several years is the first of them, the year in progress; the
      // next would be said 明年, "next year")
      if (ahead && ctx.pageYear === null) {
        const years = [...norm.slice(sentenceStart(r.start), r.start).matchAll(/(?<![\d.])((?:19|20)\d\d)(?![\d.])/g)].map((m) => Number(m[1]));
        if (new Set(years).size >= 2) return { year: Math.min(...years), fromPage: false };
      }
      if (sameParagraph && (ahead || ctx.pageYear === null || ctxYear! < ctx.pageYear)) return { year: ctxYear, fromPage: false };
      // "released its full-year 2025 results. [¶] For the full year, revenue reached ...": the one just named
      if (lastWhole !== null && !/\n[^\n]*\S[^\n]*\n/.test(norm.slice(lastWhole.at, r.start)) && (ahead || ctx.pageYear === null || lastWhole.year < ctx.pageYear)) {
        return { year: lastWhole.year, fromPage: false };
      }
      // (on an undated page, the year of the report the text tells of, as for a quarter below)
      const reported = reportYearUndated();
      if (reported !== null) return { year: reported, fromPage: false };
      // ("公布第三季業績……公司預期全年收入介乎5.6億至5.8億美元": a full year looked ahead to beside a part of this year the text
      // reports is this year)
      if (ahead && ctx.pageYear !== null && firstPeriod !== null && firstPeriod.sub !== null && firstPeriod.year === ctx.pageYear) return { year: ctx.pageYear, fromPage: true, lookedAhead: true };
      if (ahead) return { year: null, fromPage: true };
      return { year: ctx.pageYear === null ? null : ctx.pageYear - 1, fromPage: true };
    }
    // "the nine months ended September 30", "the six months to June" without a year, after whole years ("$30.5 million
    // in 2024 … $53.4 million in the nine months ended September 30"): the latest such period, as an interim report
    // names it (the page's; on an undated page the year the text first gave it with), not a half of a year just told whole
    // (and "the first half" after whole years, when the text named that half earlier with a later year: the one it named)
    if (ctxYearWhole && ctxYear !== null) {
      const named = r.sub ? subYears.get(r.sub) : undefined;
      if (named !== undefined && named > ctxYear) return { year: named, fromPage: false };
      // (one read earlier, when the whole year is not named in its own sentence: not "2025年前三季度")
      const read = r.sub && !sameSentence ? subYearsRead.get(r.sub) : undefined;
      if (read !== undefined && read > ctxYear) return { year: read, fromPage: false };
      if (INTERIM_ENDED.test(norm.slice(r.start, Math.min(norm.length, r.end + 32))) && ctx.pageYear !== null) return { year: ctx.pageYear, fromPage: true };
      // ("Revenue more than doubled to 726 million yuan in 2025 …. First-quarter sales rose 131%", on a page of June 2026:
      // after last year told whole, a quarter or half this year has already ended is this year's, the latest; one not yet
      // ended this year is last year's)
      if (!sameSentence && ctx.pageYear !== null && ctx.pageMonth !== null && ctxYear === ctx.pageYear - 1 && r.sub && /^(?:Q[1-4]|H[12]|9M)$/.test(r.sub)) {
        if (subEndMonth(r.sub) < ctx.pageMonth) return { year: ctx.pageYear, fromPage: true };
        // (and one looked ahead to, "has guided for first-half revenue of …", is this year's too)
        if (looksAhead(r)) return { year: ctx.pageYear, fromPage: true, lookedAhead: true };
      }
    }
    // ("The interim report last month showed first-half revenue up 28%", "results on Tuesday showed third-quarter sales":
    // a half or quarter reported at a time said from the page's date is the latest one ended by then, whatever year an
    // earlier sentence named)
    if (!sameSentence && ctx.pageYear !== null && ctx.pageMonth !== null && r.sub && /^[HQ][1-4]$/.test(r.sub) && reportedLately(r)) {
      return { year: subEndMonth(r.sub) < ctx.pageMonth ? ctx.pageYear : ctx.pageYear - 1, fromPage: true };
    }
    // a quarter or half: the year stated in its paragraph ("2025 revenue ... in the third quarter"), else the page's
    if (sameParagraph) return { year: ctxYear, fromPage: false };
    // (on an undated page, the year of the quarter's or half's report the text tells of, while no other year has been
    // named since: "披露2026年三季报。……[¶]单看第三季度" is the third quarter of 2026; after a full year named first, a
    // later quarter may be the next year's)
    const reported = reportYearUndated();
    if (reported !== null) return { year: reported, fromPage: false };
    return { year: ctx.pageYear, fromPage: true };
  };
  /** Year and month of the day `back` days before the page date (null without a page day). */
  const dayBefore = (back: number): string | null => {
    if (ctx.pageYear === null || ctx.pageMonth === null || pageDay === null) return null;
    const d = new Date(Date.UTC(ctx.pageYear, ctx.pageMonth - 1, pageDay - back));
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
  };
  /** The period of a date said relative to the page's: its month, when the page date fixes it. */
  const fromPage = (r: Raw, ago: Ago): string | null => {
    if (ctx.pageYear === null || ctx.pageMonth === null) return null;
    if ('months' in ago) {
      const d = new Date(Date.UTC(ctx.pageYear, ctx.pageMonth - 1 - ago.months, 1));
      return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
    }
    // ("last December" on a page of September: the December before; "last March" then could be this year's or last
    // year's, so no month; "this March": the page year's)
    if ('month' in ago) {
      if (!ago.last) return `${ctx.pageYear}-${pad(ago.month)}`;
      return ago.month >= ctx.pageMonth ? `${ctx.pageYear - 1}-${pad(ago.month)}` : null;
    }
    const ss = Math.max(0, norm.lastIndexOf('\n', r.start - 1), norm.lastIndexOf('. ', r.start - 1));
    if (AHEAD_BEFORE.test(norm.slice(Math.max(ss, r.start - 60), r.start))) return null;
    if ('days' in ago) {
      const [near, far] = ago.days;
      if (far === 0) return `${ctx.pageYear}-${pad(ctx.pageMonth)}`;
      const a = dayBefore(near);
      return a !== null && a === dayBefore(far) ? a : null;
    }
    if (ago.ambiguous || pageDay === null) return null;
    const today = new Date(Date.UTC(ctx.pageYear, ctx.pageMonth - 1, pageDay)).getUTCDay();
    let back = (today - ago.weekday + 7) % 7;
    if (back === 0 && ago.last) back = 7;
    // "上周五": the Friday of the week before (weeks start on Monday)
    if (ago.prevWeek) back = ((today + 6) % 7) - ((ago.weekday + 6) % 7) + 7;
    return dayBefore(back);
  };
  const sentenceStart = (pos: number): number => sentenceStartBefore(norm, pos);
  // (a report, results or figures the sentence says came out at a time told from the page's date)
  // (looked for among the mentions next to this one, `kept[current]`: no copy of the rest of the text, no scan of them all)
  const reportedLately = (r: Raw): boolean => {
    const ss = sentenceStart(r.start);
    const tail = norm.slice(r.end, r.end + 600);
    const cut = tail.search(SENTENCE_BREAK);
    const se = r.end + (cut < 0 ? tail.length : cut);
    if (!REPORTED_WORD.test(norm.slice(ss, se))) return false;
    for (let k = current - 1; k >= 0 && kept[k]!.start >= ss; k--) if (kept[k]!.ago !== undefined) return true;
    for (let k = current + 1; k < kept.length && kept[k]!.end <= se; k++) if (kept[k]!.ago !== undefined) return true;
    return false;
  };
  const inForecastClause = (r: Raw) => FORECAST_CLAUSE_BEFORE.test(norm.slice(Math.max(0, r.start - 80), r.start)) || FORECAST_CLAUSE_AFTER.test(norm.slice(r.end, r.end + 40));
  const out: PeriodMention[] = [];
  // (the last day the text named, with its month: for "当日")
  let lastDay: { period: string; at: number } | null = null;
  for (const [index, r] of kept.entries()) {
    current = index;
    if (r.thatDay) {
      if (lastDay && r.start - lastDay.at <= 600 && !norm.slice(lastDay.at, r.start).includes('\n\n')) out.push({ start: r.start, end: r.end, kind: 'date', period: lastDay.period, years: null, estimate: false, anchor: false });
      continue;
    }
    let period: string | null = null;
    // (a half or quarter named for a part of a figure of the year in force: see partAfterItsYear)
    let asideOfYear = false;
    let future = false;
    let lookedAhead = false;
    let years: string[] | null = null;
    if (r.whole && r.year === null && lastFiscal !== null && ctxYearAt < lastFiscal.at) {
      // ("2026财年(截至2026年3月31日)，全年收入为…", "in fiscal 2026, which ended in March, full-year revenue …": the
      // fiscal year just named, while no other year has been named since)
      period = lastFiscal.period;
    } else if (r.prevFiscal) {
      // (a fiscal year that is the calendar year, "2026财年" of a company whose year ends in December: the year before)
      period = lastFiscal !== null ? lastFiscal.period.replace(/\d{4}/g, (y) => String(Number(y) - 1)) : ctxYear !== null && ctxYearWhole ? String(ctxYear - 1) : null;
    } else if (r.vague) {
      if (r.kind === 'span') vagueSpanAt = r.start;
    } else if (r.ago) {
      period = fromPage(r, r.ago);
    } else if (r.fiscalEnd !== undefined && r.kind !== 'years') {
      // (ended: the last such month on or before the page's; began: the year after the last month before its first)
      const ended = ctx.pageYear === null || ctx.pageMonth === null ? null : ctx.pageMonth >= r.fiscalEnd ? ctx.pageYear : ctx.pageYear - 1;
      const end = r.year ?? (ended === null ? null : r.fyBegan && ctx.pageMonth !== r.fiscalEnd ? ended + 1 : ended);
      const q = r.fiscalEnd / 3;
      if (end !== null) period = q === 4 ? String(end) : `${end - 1}-Q${q + 1}..${end}-Q${q}`;
      // (a fiscal year so named, not "the four quarters to September 2025", nor one named for a comparison)
      if (period !== null && q !== 4 && /fiscal|financial|财年|财政年度|fy/.test(norm.slice(r.start, r.end)) && !namesComparedValue(norm, r)) lastFiscal = { period, at: r.end };
      // (a calendar year so named is the text's year from then on, as "in 2025" would be)
      if (end !== null && r.kind === 'year') {
        ctxYear = end;
        ctxYearAt = r.start;
        ctxYearWhole = true;
        ctxPeriod = { year: end, sub: null };
        ctxPeriodAt = r.start;
        if (firstPeriod === null) firstPeriod = { year: end, sub: null };
      }
    } else if (r.kind === 'span' && r.span) {
      const [a, b] = r.span;
      // (the months of a year the text names elsewhere: "the first five months of this year", "前5个月")
      let y = a.year === null ? yearOf(r).year : null;
      // ("the six months to September" on a page of February: last year's)
      const endMonth = b.sub && /^Q[1-4]$/.test(b.sub) ? Number(b.sub.slice(1)) * 3 : null;
      if (y !== null && a.year === null && y === ctx.pageYear && ctx.pageMonth !== null && endMonth !== null && endMonth > ctx.pageMonth && !looksAhead(r)) y -= 1;
      if (a.year !== null) period = `${fmt(a.year, a.sub)}..${fmt(b.year, b.sub)}`;
      else if (y !== null) period = `${fmt(y, a.sub)}..${fmt(y, b.sub)}`;
      const spanYear = a.year ?? y;
      if (spanYear !== null && (b.year === null || b.year === spanYear) && a.sub && b.sub && /^\d\d$/.test(a.sub) && /^\d\d$/.test(b.sub)) monthSpan = { year: spanYear, first: a.sub, last: b.sub, at: r.start };
    } else if (r.kind === 'years' && r.yearOffsets) {
      if (ctx.pageYear !== null) {
        years = r.yearOffsets.map((o) => String(ctx.pageYear! + o));
        period = `${years[0]}..${years[years.length - 1]}`;
      }
    } else if (r.kind === 'years' && r.years) {
      // (a fiscal year ending in March, June or September: the four calendar quarters it covers)
      const q = r.fiscalEnd !== undefined ? r.fiscalEnd / 3 : 4;
      years = r.years.map((y) => (q === 4 ? String(y) : `${y - 1}-Q${q + 1}..${y}-Q${q}`));
      period = `${years[0]!.split('..')[0]}..${years[years.length - 1]!.split('..').pop()}`;
    } else if (r.kind === 'relative') {
      if (r.rel === 'trailing-year' && ctxPeriod?.sub?.startsWith('Q')) {
        const q = Number(ctxPeriod.sub.slice(1));
        period = q === 4 ? String(ctxPeriod.year) : `${ctxPeriod.year - 1}-Q${q + 1}..${ctxPeriod.year}-Q${q}`;
      } else if (r.rel === 'year-to-date' && lastQuarterStated !== null && (ctx.pageYear === null || lastQuarterStated.startsWith(String(ctx.pageYear)))) {
        const q = Number(lastQuarterStated.slice(-1));
        period = fmt(Number(lastQuarterStated.slice(0, 4)), q === 1 ? 'Q1' : q === 2 ? 'H1' : q === 3 ? '9M' : null);
      } else if (r.rel === 'prev-quarter' && ctxPeriod?.sub?.startsWith('Q')) {
        const q = Number(ctxPeriod.sub.slice(1));
        period = q === 1 ? `${ctxPeriod.year - 1}-Q4` : `${ctxPeriod.year}-Q${q - 1}`;
      } else if (r.rel === 'same-last-year' && sentenceMonth && !SENTENCE_BREAK.test(norm.slice(sentenceMonth.at, r.start))) period = fmt(sentenceMonth.year - 1, sentenceMonth.sub);
      else if (r.rel === 'months-earlier') {
        // (from the month its own sentence named, else from the page's)
        const from = sentenceMonth && !SENTENCE_BREAK.test(norm.slice(sentenceMonth.at, r.start)) ? { year: sentenceMonth.year, month: Number(sentenceMonth.sub) } : ctx.pageYear !== null && ctx.pageMonth !== null ? { year: ctx.pageYear, month: ctx.pageMonth } : null;
        if (from && r.monthsBack) {
          const at = from.year * 12 + from.month - 1 - r.monthsBack;
          period = fmt(Math.floor(at / 12), pad((at % 12) + 1));
        }
      }
      // ("前三季度,科大讯飞累计实现营收196.52亿元……归母净利润1.21亿元,上年同期为-0.67亿元": the same period a year before the
      // one its sentence named, though a running total left the text's period unchanged)
      else if (r.rel === 'same-last-year' && sentencePart && !SENTENCE_BREAK.test(norm.slice(sentencePart.at, r.start))) period = fmt(sentencePart.year - 1, sentencePart.sub);
      // ("报告期内……上年同期为-7.95亿元": the same period of the report, the first the text named)
      else if (r.rel === 'same-last-year' && firstPeriod && REPORT_PERIOD.test(norm.slice(sentenceStart(r.start), r.start))) {
        const report = reportPeriodOf(out, norm, sentenceStart(r.start));
        const [y, sub] = report?.period && /^\d{4}(?:-(?:H[12]|Q[1-4]|9M))?$/.test(report.period) ? [Number(report.period.slice(0, 4)), report.period.slice(5) || null] : [firstPeriod.year, firstPeriod.sub];
        period = fmt(y - 1, sub);
      }
      else if (r.rel === 'same-last-year' && monthSpan && monthSpan.at > ctxPeriodAt && r.start - monthSpan.at < 400) period = `${monthSpan.year - 1}-${monthSpan.first}..${monthSpan.year - 1}-${monthSpan.last}`;
      else if (r.rel === 'same-last-year' && ctxPeriod && !(ctxPeriod.sub === null && undatedSubAt >= 0 && r.start - undatedSubAt < 400)) period = fmt(ctxPeriod.year - 1, ctxPeriod.sub);
      // ("In the five months to May 31 … up 111% from 198.2 million yuan in the same period of 2025": those months of 2025)
      else if (r.rel === 'same-of-year' && r.year !== null && monthSpan && monthSpan.at >= ctxPeriodAt && r.start - monthSpan.at < 400) period = `${r.year}-${monthSpan.first}..${r.year}-${monthSpan.last}`;
      else if (r.rel === 'same-of-year' && r.year !== null) period = fmt(r.year, ctxPeriod?.sub ?? null);
      // "the same period": the one stated last, unless a span without ends was named about then too ("losses over the
      // past three and a half years, with revenue of 191 million yuan in the first half of 2025 ... in the same period")
      else if (r.rel === 'same-period' && r.sub !== null) period = lastOfKind.get(r.sub) ?? null;
      else if (r.rel === 'same-quarter') period = ctxPeriod?.sub?.startsWith('Q') ? fmt(ctxPeriod.year, ctxPeriod.sub) : null;
      else if (r.rel === 'same-period' && !(vagueSpanAt >= 0 && lastStatedAt >= 0 && vagueSpanAt >= sentenceStart(lastStatedAt))) period = lastStated;
    } else {
      const of = yearOf(r);
      let { year } = of;
      const { fromPage } = of;
      // (a full year looked ahead to is the figure's own, never the period the text goes on in)
      lookedAhead = of.lookedAhead === true;
      // a month or quarter named without a year, after the page date: last year's
      if (year !== null && (fromPage || r.year === null) && r.rel === null && ctx.pageYear === year && ctx.pageMonth !== null && r.sub) {
        // (a half or quarter reported as past must have ended by the page's date: "183 million yuan in the first six
        // months", on a page of March 2026, is 2025's; one looked ahead to is this year's)
        const lastMonth = r.sub.startsWith('Q') ? Number(r.sub.slice(1)) * 3 : r.sub === 'H2' || r.sub === '9M' ? (r.sub === 'H2' ? 12 : 9) : r.sub === 'H1' ? 6 : 0;
        // (but results a company is yet to report are of a half or quarter just ended: "Baidu, which reports next week, is
        // expected to post AI Cloud growth of about 33% for the fourth quarter", on a page of February, is last year's)
        const toBeReported = lastMonth > 0 && lastMonth > ctx.pageMonth && lastMonth - ctx.pageMonth >= 8 && RESULTS_TO_COME.test(norm.slice(sentenceStart(r.start), r.start));
        const ahead = looksAhead(r) && !toBeReported;
        const firstMonth = ahead ? 0 : lastMonth > 0 ? lastMonth : Number(r.sub) || 1;
        // ("On March 31" on a page of 15 March: last year's too)
        if (firstMonth > ctx.pageMonth || (r.kind === 'date' && firstMonth === ctx.pageMonth && r.day !== undefined && pageDay !== null && r.day > pageDay)) year -= 1;
      }
      period = fmt(year, r.sub);
      asideOfYear = year !== null && partAfterItsYear(r, year);
      if (r.kind === 'date' && year !== null && !fromPage) datedDays.set(norm.slice(r.start, r.end).replace(/^\D+/, ''), year);
      // a year after the page's own is a projection ("a $250 billion market by 2030", "| 2030 | $250B |"): never in force
      future = ctx.pageYear !== null && r.year !== null && r.year > ctx.pageYear;
      // (nor is the year of a value compared with: "improved to 25.2% from 12.2% in 2024")
      // ("lost RMB2.9 for every yuan (1H25: RMB5.6)": a period and its value in parentheses, for comparison)
      // (nor a year that dates a thing in a relative clause: "the 32,000-card cluster it lit in 2025", "the pledge it made in
      // February 2025")
      const ofCompared = namesComparedValue(norm, r) || DATES_A_THING.test(norm.slice(Math.max(0, r.start - 30), r.start));
      // (nor a year things wait for: "智谱则要到2029年以后", "not until after 2029", "beyond 2029"; nor, on an undated page, a
      // later year a forecast looks to, "预计MiniMax最早在2028年实现盈亏平衡", after the year the text reports on)
      const yearAfter = /^\s?(?:以后|之后)/.test(norm.slice(r.end, r.end + 4)) || /(?<![a-z])(?:until|beyond|after)\s$/.test(norm.slice(Math.max(0, r.start - 8), r.start)) || (ctx.pageYear === null && ctxYear !== null && r.year !== null && r.year > ctxYear && inForecastClause(r));
      if (r.year !== null && r.kind !== 'date' && !r.estimate && !future && !ofCompared && !yearAfter && !/(?<![a-z])by\s$/.test(norm.slice(Math.max(0, r.start - 4), r.start)) && !/^since\s/.test(norm.slice(r.start, r.end)) && !SINCE_AFTER_ZH.test(norm.slice(r.end, r.end + 3)) && !SINCE_BEFORE.test(norm.slice(Math.max(0, r.start - 60), r.start))) {
        ctxYear = r.year;
        ctxYearAt = r.start;
        ctxYearWhole = r.kind === 'year';
        if (r.whole) lastWhole = { year: r.year, at: r.start };
      } else if (r.rel === 'this-year' && (r.kind === 'half' || r.kind === 'quarter' || r.kind === '9m') && !future && !ofCompared) {
        // ("2023年至2025年……。今年上半年实现营收6.12亿元。公司预计前三季度营收…": "this year's" half names the year in force as
        // "2026年上半年" would; on an undated page, a year the text does not say)
        ctxYear = year;
        ctxYearAt = r.start;
        ctxYearWhole = false;
      }
      // ("this year" alone is no reporting period: "今年资本开支……" after a third-quarter report leaves 上年同期 the year-ago quarter)
      // (nor one named for a comparison: "较第二季的291亿元")
      // (but "今年首9個月", "this year's first half" is one: the part of the year the word names)
      if (year !== null && firstPeriod === null && (r.kind === 'year' || r.kind === 'half' || r.kind === 'quarter' || r.kind === '9m') && (r.rel === null || (r.rel === 'this-year' && r.kind !== 'year')) && !r.estimate) firstPeriod = { year, sub: r.sub };
      if (r.year !== null && r.kind === 'month' && r.sub && !future && !ofCompared) monthYears.set(r.sub, r.year);
      if (r.year !== null && (r.kind === 'half' || r.kind === 'quarter' || r.kind === '9m') && r.sub && r.rel === null && !future && !ofCompared) subYears.set(r.sub, r.year);
      // (a forecast's too: "预期今年上半年收入介乎8.8億至9.2億元，去年同期為3.52億元", "expects $1 billion in the fourth quarter,
      // against $600 million a year earlier" set the year-ago period beside the one forecast)
      if (year !== null && (r.kind === 'year' || r.kind === 'half' || r.kind === 'quarter' || r.kind === '9m') && r.rel !== 'next-year' && !ofCompared) sentencePart = { year, sub: r.sub, at: r.start };
      // (nor the month a report came out: "MiniMax's first-half results, reported in late August, showed revenue of $212
      // million, up from $88 million a year earlier" is the first half's year-ago value)
      // (not a month in a relative clause about something else: "The company, which listed in Hong Kong in January, said
      // … against 74 million yuan a year earlier")
      // (nor a month a change is counted from: "68.4 million in September, up 31% from June and almost three times the 23.6
      // million it had a year earlier" is September's year-ago month)
      const countedFromMonth = r.kind === 'month' && (ofCompared || (/^from\s/.test(norm.slice(r.start, r.end)) && CHANGE_BASE_BEFORE.test(`${norm.slice(Math.max(0, r.start - 50), r.start)}from `)));
      if (countedFromMonth) {
        // (the month the sentence is about stays)
      } else if (year !== null && r.kind === 'month' && !r.ago && r.sub && !/,\s(?:which|who)\s[^,]*$/.test(norm.slice(sentenceStart(r.start), r.start)) && !TOLD_IN_BEFORE.test(norm.slice(Math.max(0, r.start - 30), r.start))) sentenceMonth = { year, sub: r.sub, at: r.start };
      else if (year !== null && r.kind !== 'date') sentenceMonth = null;
      if (year !== null && r.kind !== 'date' && r.kind !== 'month' && (r.rel !== 'last-year' || (/^截至/.test(norm.slice(r.start, r.end)) && r.kind !== 'year')) && r.rel !== 'next-year' && !(r.kind === 'year' && r.rel === 'this-year') && !isRunningTotal(norm, r) && !notInForce(r) && !ofCompared && !inForecastClause(r) && !totalAfterItsQuarter(r, year) && !asideOfYear) {
        ctxPeriod = { year, sub: r.sub };
        ctxPeriodAt = r.start;
      }
    }
    if ((r.kind === 'half' || r.kind === 'quarter' || r.kind === '9m') && r.sub && r.rel === null) undatedSubAt = period === null ? r.start : -1;
    // "its gain since its Jan 8 debut": from that month to the page's
    let kind = r.kind;
    let sincePage = false;
    if ((kind === 'date' || kind === 'month') && period !== null && ctx.pageYear !== null && ctx.pageMonth !== null && (/^since /.test(norm.slice(r.start, r.start + 6)) || SINCE_BEFORE.test(norm.slice(Math.max(0, r.start - 60), r.start)) || SINCE_AFTER_ZH.test(norm.slice(r.end, r.end + 10)) || (FROM_ITS_BEFORE.test(norm.slice(Math.max(0, r.start - 60), r.start)) && (EVENT_AFTER.test(norm.slice(r.end, r.end + 24)) || EVENT_NAMED.test(norm.slice(r.start, r.end)))))) {
      const to = `${ctx.pageYear}-${pad(ctx.pageMonth)}`;
      if (period.length === 7 && period < to) {
        period = `${period}..${to}`;
        kind = 'span';
        sincePage = true;
      }
    }
    // "by 2027", "compared with 2024": named, but not the period the text is about
    const target = notInForce(r);
    // "首三季累计资本开支达788亿元", "bringing the nine-month total to": a running total told in passing; the text's
    // reporting period stays the one it was
    const runningTotal = isRunningTotal(norm, r);
    const forecastClause = inForecastClause(r);
    // ("截至去年12月底止季度": a reporting period said relative to the page's year)
    const endedLastYear = r.rel === 'last-year' && (r.kind === 'quarter' || r.kind === 'half') && /^截至/.test(norm.slice(r.start, r.end));
    // (and 去年 as the topic of a results clause, "智谱去年收入12.84亿元", "去年净亏损": an annual report told in the new year;
    // not "较去年", "去年同期", "去年推出的", said for a comparison or of an event)
    const lastYearTopic = r.rel === 'last-year' && r.kind === 'year' && !r.ago && /^去年$/.test(norm.slice(r.start, r.end)) && /^(?:全年)?(?:总)?(?:收入|营收|营业收入|净利润|净亏损|亏损|经调整)/.test(norm.slice(r.end, r.end + 6));
    // (and the first months of a year, "the five months to May 31", "2026年1-5月": a year to date reported as a period)
    const yearToDate = r.kind === 'span' && period !== null && /^(\d{4})-01\.\.\1-(?:0[2-9]|1[01])$/.test(period) && !sincePage;
    const anchor = period !== null && !asideOfYear && !future && !lookedAhead && !r.ago && (r.kind === 'year' || r.kind === 'half' || r.kind === 'quarter' || r.kind === '9m' || yearToDate || r.fyNamed === true) && (endedLastYear || lastYearTopic || (r.rel !== 'last-year' && r.rel !== 'next-year')) && !target && !r.estimate && !r.elided && !runningTotal && !namesComparedValue(norm, r) && !(r.year !== null && SINCE_AFTER_ZH.test(norm.slice(r.end, r.end + 3)));
    // ("this year it plans to spend …. Over the same period, revenue …": the same period is one with figures told, not
    // one looked ahead to)
    if (period !== null && (anchor || kind === 'span') && !forecastClause) {
      lastStated = period;
      lastStatedAt = r.start;
      if (/^\d{4}-Q[1-4]$/.test(period)) lastQuarterStated = period;
    }
    // ("Net loss was 2.41 billion yuan for the nine months, after losing 2.86 billion yuan in 2024 … the nine-month adjusted net
    // loss was 1.97 billion yuan": the nine months the text is about, not those of a year it named for a comparison since)
    if (anchor && period !== null && r.year === null && r.rel === null && r.sub && (r.kind === 'half' || r.kind === 'quarter' || r.kind === '9m')) subYearsRead.set(r.sub, Number(period.slice(0, 4)));
    if (period !== null && r.rel !== 'same-period') {
      const kindOf = /-9M$/.test(period) ? '9M' : /-H[12]$/.test(period) ? 'H' : /-Q[1-4]$/.test(period) ? 'Q' : null;
      if (kindOf !== null) lastOfKind.set(kindOf, period);
    }
    if (r.kind === 'date' && period !== null && /^\d{4}-\d\d$/.test(period) && NAMED_DAY.test(norm.slice(r.start, r.end))) lastDay = { period, at: r.end };
    // (the fiscal year before one the text has not named is left to the other words of time)
    if (r.prevFiscal && period === null) continue;
    out.push({ start: r.start, end: r.end, kind, period, years, estimate: r.estimate, anchor, ...(r.whole ? { whole: true } : {}), ...(r.ago ? { relative: true } : {}), ...(period !== null && saidAlone(norm, r) ? { alone: true } : {}), ...(sincePage ? { sincePage: true } : {}), ...(r.prevFiscal ? { prevFiscal: true } : {}), ...(r.rel === 'year-to-date' ? { toDate: true } : {}), ...((anchor || kind === 'span') && forecastClause ? { ahead: true } : {}) });
  }
  return out;
}
