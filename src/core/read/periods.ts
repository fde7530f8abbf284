// Period mentions ("in 2025", "1H24", "first half of 2025", "Q3", "third quarter", "quarter ended September 30",
// "2025年上半年", "第3季", "as of February 2026", "from 2021 to June 2024", "去年同期"), found once per text with
// hoisted regexes and resolved left to right: a mention without a year takes the year of the text so far (or of
// the page date); a relative one ("去年同期", "previous quarter") is resolved against the period in force.
import { MONTH } from './is-not-figure';

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
}

interface Raw {
  start: number;
  end: number;
  kind: MentionKind;
  year: number | null;
  sub: string | null; // H1, Q3, 9M, 03 (month)
  rel: 'same-last-year' | 'same-of-year' | 'same-period' | 'prev-quarter' | 'last-year' | 'this-year' | 'next-year' | null;
  /** "full-year", "annual revenue", "全年" without a year: a whole year, finished unless the text looks ahead. */
  whole?: boolean;
  span: [Raw, Raw] | null;
  years: number[] | null;
  estimate: boolean;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const monthNum = (m: string) => MONTHS.indexOf(m.slice(0, 3)) + 1;
const pad = (n: number) => String(n).padStart(2, '0');
const year2 = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y.replace(/'/, '')));
const ORD: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, 一: 1, 二: 2, 三: 3, 四: 4, 1: 1, 2: 2, 3: 3, 4: 4 };
const M = MONTH;

type Maker = (m: RegExpExecArray) => Omit<Raw, 'start' | 'end'> | null;

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

const PATTERNS: [RegExp, Maker, Anchor?][] = [
  // spans: "from Jan to Jul 2024", "from 2021 to June 2024"
  [new RegExp(`from (${M}) to (${M}),? (\\d{4})`, 'g'), (m) => {
    const y = Number(m[3]);
    return { ...base, kind: 'span', span: [{ ...base, start: 0, end: 0, kind: 'month', year: y, sub: pad(monthNum(m[1]!)) }, { ...base, start: 0, end: 0, kind: 'month', year: y, sub: pad(monthNum(m[2]!)) }] };
  }, anchor(MONTH_WORD, 5)],
  [new RegExp(`from (\\d{4}) (?:to|through|until) (?:(?:the )?end of )?(?:(${M}),? )?(\\d{4})`, 'g'), (m) => {
    const end = Number(m[3]);
    const mon = m[2] ? monthNum(m[2]) : 0;
    // a span ending in June closes a first half; in December a full year
    const sub = mon === 6 ? 'H1' : mon === 0 || mon === 12 ? null : pad(mon);
    return { ...base, kind: 'span', span: [{ ...base, start: 0, end: 0, kind: 'year', year: Number(m[1]) }, { ...base, start: 0, end: 0, kind: sub === 'H1' ? 'half' : sub ? 'month' : 'year', year: end, sub }] };
  }],
  // FY24-26E: one year per item of a slash list
  [/(?<![a-z])fy\s?(\d{2}|\d{4})\s?-\s?(\d{2}|\d{4})(e?)(?![a-z])/g, (m) => {
    const a = year2(m[1]!);
    const b = year2(m[2]!);
    if (b < a || b - a > 6) return null;
    const years: number[] = [];
    for (let y = a; y <= b; y++) years.push(y);
    return { ...base, kind: 'years', years, estimate: m[3] === 'e' };
  }],
  // halves
  [/(?<![a-z0-9])([12])h\s?(\d{4}|\d{2})(e?)(?![a-z0-9])/g, (m) => ({ ...base, kind: 'half', year: year2(m[2]!), sub: `H${m[1]}`, estimate: m[3] === 'e' })],
  // H1 2025, H1'25, H2 FY25 (not the H100 or H20 chips)
  [/(?<![a-z0-9])h([12])(?:\s?(?:fy)?(\d{4})|\s?'(\d{2})|\s(?:fy)?(\d{2}))?(e?)(?![a-z0-9])/g, (m) => {
    const y = m[2] ?? m[3] ?? m[4];
    return { ...base, kind: 'half', year: y ? year2(y) : null, sub: `H${m[1]}`, estimate: m[5] === 'e' };
  }],
  [/(first|second|1st|2nd)[ -]half(?: of)?(?: (?:the )?(?:fiscal )?(?:year )?(\d{4}))?/g, (m) => ({ ...base, kind: 'half', year: m[2] ? Number(m[2]) : null, sub: `H${ORD[m[1]!]}` }), anchor(/half/g, 7)],
  [/(\d{4})\s?年\s?(上|下)半年/g, (m) => ({ ...base, kind: 'half', year: Number(m[1]), sub: m[2] === '上' ? 'H1' : 'H2' })],
  [/(今年|去年)?(上|下)半年/g, (m) => ({ ...base, kind: 'half', sub: m[2] === '上' ? 'H1' : 'H2', rel: m[1] === '去年' ? 'last-year' : m[1] === '今年' ? 'this-year' : null })],
  // quarters
  [/(?<![a-z0-9])([1-4])q\s?(\d{4}|\d{2})(e?)(?![a-z0-9])/g, (m) => ({ ...base, kind: 'quarter', year: year2(m[2]!), sub: `Q${m[1]}`, estimate: m[3] === 'e' })],
  [/(?<![a-z0-9])q([1-4])\s?(?:fy)?(\d{4}|'\d{2})?(?![a-z0-9])/g, (m) => ({ ...base, kind: 'quarter', year: m[2] ? year2(m[2]) : null, sub: `Q${m[1]}` })],
  [/(first|second|third|fourth|1st|2nd|3rd|4th)[ -]quarter(?: of)?(?: (?:fiscal )?(\d{4}))?/g, (m) => ({ ...base, kind: 'quarter', year: m[2] ? Number(m[2]) : null, sub: `Q${ORD[m[1]!]}` }), anchor(/quarter/g, 7)],
  [new RegExp(`(?<![a-z])(${M}) quarter(?![a-z])`, 'g'), (m) => ({ ...base, kind: 'quarter', sub: `Q${Math.ceil(monthNum(m[1]!) / 3)}` }), anchor(MONTH_WORD, 0)],
  [new RegExp(`quarter ended (${M})[a-z]*\\.? \\d{1,2}(?:,? (\\d{4}))?`, 'g'), (m) => ({ ...base, kind: 'quarter', year: m[2] ? Number(m[2]) : null, sub: `Q${Math.ceil(monthNum(m[1]!) / 3)}` })],
  [/(\d{4})\s?年\s?第?([1-4一二三四])\s?季度?/g, (m) => ({ ...base, kind: 'quarter', year: Number(m[1]), sub: `Q${ORD[m[2]!]}` })],
  [/(?:第([1-4一二三四])\s?季度?|([一二三四])季度)/g, (m) => ({ ...base, kind: 'quarter', sub: `Q${ORD[(m[1] ?? m[2])!]}` })],
  [/前三季度|首三季度?|(?<![a-z])(?:first )?nine months(?: of)?(?: (\d{4}))?|(?<![a-z0-9])9m\s?(\d{2}|\d{4})?(?![a-z0-9])/g, (m) => ({ ...base, kind: '9m', year: m[1] ? Number(m[1]) : m[2] ? year2(m[2]) : null, sub: '9M' })],
  // months
  [new RegExp(`(?<![a-z])(${M})\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})`, 'g'), (m) => ({ ...base, kind: 'date', year: Number(m[3]), sub: pad(monthNum(m[1]!)) }), anchor(MONTH_WORD, 0)],
  [new RegExp(`(?<![a-z])(${M})\\.?,? (\\d{4})`, 'g'), (m) => ({ ...base, kind: 'month', year: Number(m[2]), sub: pad(monthNum(m[1]!)) }), anchor(MONTH_WORD, 0)],
  [/(\d{4})\s?年\s?(\d{1,2})\s?月(?:\s?(\d{1,2})\s?日)?/g, (m) => ({ ...base, kind: m[3] ? 'date' : 'month', year: Number(m[1]), sub: pad(Number(m[2])) })],
  // "2025年底", "去年底", "年末": the end of a year, a point in time
  [/(?:((?:19|20)\d\d)\s?年|(今年|去年))\s?(?:底|年底|年末|末)/g, (m) => ({ ...base, kind: 'date', year: m[1] ? Number(m[1]) : null, sub: '12', rel: m[2] === '去年' ? 'last-year' : m[2] === '今年' ? 'this-year' : null })],
  [/截至(今年|去年)?(\d{1,2})月底?/g, (m) => ({ ...base, kind: 'date', sub: pad(Number(m[2])), rel: m[1] === '去年' ? 'last-year' : m[1] === '今年' ? 'this-year' : null })],
  [/(?<!\d)(\d{1,2})\s?月\s?(\d{1,2})\s?日/g, (m) => ({ ...base, kind: 'date', sub: pad(Number(m[1])) })],
  [new RegExp(`(?<![a-z])(?:in|since|during|until|through|from|of|as of|by|end of) (${M})(?![a-z])(?! \\d)`, 'g'), (m) => ({ ...base, kind: 'month', sub: pad(monthNum(m[1]!)) }), anchor(MONTH_WORD, 8)],
  [new RegExp(`(?<![a-z])(${M.replace('may|', '')})\\.? (\\d{1,2})(?![\\d,.]*\\d)(?!\\s?(?:%|bn|billion|million))`, 'g'), (m) => ({ ...base, kind: 'date', sub: pad(monthNum(m[1]!)) }), anchor(MONTH_WORD, 0)],
  // relative
  [/去年同期|上年同期|同期|same (?:period|quarter|half) (?:of |a )?last year|same (?:period|quarter|half) a year (?:earlier|ago)|a year (?:earlier|ago)|year-ago|year-earlier|prior-year period/g, (m) => ({ ...base, kind: 'relative', rel: m[0] === '同期' ? 'same-of-year' : 'same-last-year' }), anchor(/同期|same|year/g, 6)],
  [/(\d{4})\s?年\s?同期/g, (m) => ({ ...base, kind: 'relative', year: Number(m[1]), rel: 'same-of-year' })],
  // "in the same period, MiniMax's revenue was ...": the period stated last (not "the same period last year")
  [/(?<![a-z])(?:the|that) same (?:period|timeframe|time frame)(?! (?:of |a )?(?:last|the previous|the prior) year| a year)/g, () => ({ ...base, kind: 'relative', rel: 'same-period' }), anchor(/same/g, 5)],
  [/(?:previous|prior|last|preceding|sequential) quarter|上一季度|上季度/g, () => ({ ...base, kind: 'relative', rel: 'prev-quarter' }), anchor(/quarter|季度/g, 11)],
  [/去年|last year/g, () => ({ ...base, kind: 'year', rel: 'last-year' })],
  [/今年|this year/g, () => ({ ...base, kind: 'year', rel: 'this-year' })],
  [/明年|next year/g, () => ({ ...base, kind: 'year', rel: 'next-year' })],
  // years
  [/(?<![a-z])(?:full[- ]year|fiscal(?: year)?|fy)\s?(\d{4}|\d{2})(e?)(?![a-z0-9])/g, (m) => ({ ...base, kind: 'year', year: year2(m[1]!), estimate: m[2] === 'e' })],
  [/(?<![a-z])(?:full[- ]year|全年|annual(?= (?:revenue|sales|income|net loss|loss|net profit|profit|results)))(?![a-z])/g, () => ({ ...base, kind: 'year', whole: true }), anchor(/year|全年|annual/g, 5)],
  [/(?<![\d.$¥]|\d,)((?:19|20)\d\d)(e?)(?:\s?年)?(?![\d%])(?!\s?(?:bn|billion|million|亿|万|元|tokens|stars))/g, (m) => ({ ...base, kind: 'year', year: Number(m[1]), estimate: m[2] === 'e' })],
];

const FOUNDED_BEFORE = /(?:(?<![a-z])(?:founded|established|set up|launched|incorporated|started|born|created|since)(?: in)?(?: (?:early|late|mid-?))?|成立于|成立|创立于|创办于|创立|始于)\s?$/;

const AS_OF_BEFORE = /(?:(?<![a-z])(?:as of|as at|at the end of|end of)|截至|截止)\s?$/;
const YEAR_END_BEFORE = /(?<![a-z])(?:(?:as of |as at )?(?:the )?end of|end-|year-end|at end)\s?$/;
const NOT_IN_FORCE_BEFORE = /(?:(?<![a-z])(?:by|until|through|before|to|compared (?:with|to)|versus|vs\.?|than)|到|至|相较于|相比|较)\s?$/;

const RUNNING_TOTAL = /累计|累積|(?<![a-z])(?:cumulative(?:ly)?|year[- ]to[- ]date|bringing (?:the |its )?(?:total|tally)|running total)(?![a-z])/;

const isRunningTotal = (norm: string, r: { start: number; end: number }): boolean =>
  RUNNING_TOTAL.test(norm.slice(Math.max(0, r.start - 16), Math.min(norm.length, r.end + 8)));

const SINCE_BEFORE = /(?<![a-z])since (?:its |the |their |mid-|early |late )?$/;
const LOOKS_AHEAD = /expect|forecast|guidance|outlook|project|target|estimate|consensus|will|预计|预期|目标|指引/;

export interface PeriodContext {
  pageYear: number | null;
  pageMonth: number | null;
}

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

export function findPeriodMentions(norm: string, ctx: PeriodContext): PeriodMention[] {
  const raws: Raw[] = [];
  const founded: [number, number][] = [];
  const anchors = new Map<RegExp, number[]>();
  for (const [re, make, at] of PATTERNS) {
    for (const m of at ? anchoredMatches(re, at, norm, anchors) : allMatches(re, norm)) {
      const r = make(m);
      // "founded in 2019", "成立于2019年": a date in the company's history, not the period of a figure
      if (r && FOUNDED_BEFORE.test(norm.slice(Math.max(0, m.index - 24), m.index))) {
        founded.push([m.index, m.index + m[0].length]);
        continue;
      }
      // "as of February 2026": a point in time, for balances, not for flows over a period
      if (r && r.kind === 'month' && AS_OF_BEFORE.test(norm.slice(Math.max(0, m.index - 20), m.index))) r.kind = 'date';
      // "at the end of 2025", "as of end-2025": the year's last month, a point in time (for balances and valuations)
      if (r && r.kind === 'year' && r.year !== null && r.rel === null && !r.estimate && YEAR_END_BEFORE.test(norm.slice(Math.max(0, m.index - 20), m.index))) {
        r.kind = 'date';
        r.sub = '12';
      }
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

  // "first-quarter performance for 2026": a quarter or half and the year just after it are one mention
  for (let k = 0; k + 1 < kept.length; k++) {
    const a = kept[k]!;
    const b = kept[k + 1]!;
    if ((a.kind === 'quarter' || a.kind === 'half' || a.kind === '9m') && a.year === null && a.rel === null && b.kind === 'year' && b.year !== null && b.rel === null) {
      if (b.start - a.end <= 30 && !/[.;。；\n]/.test(norm.slice(a.end, b.start))) {
        a.year = b.year;
        a.end = b.end;
        kept.splice(k + 1, 1);
      }
    }
  }
  let ctxYear: number | null = null;
  let ctxPeriod: { year: number; sub: string | null } | null = null;
  let lastStated: string | null = null;
  const yearOf = (r: Raw): { year: number | null; fromPage: boolean } => {
    if (r.rel === 'this-year') return { year: ctx.pageYear ?? ctxYear, fromPage: true };
    if (r.rel === 'last-year' || r.rel === 'next-year') {
      const y = ctx.pageYear ?? ctxYear;
      return { year: y === null ? null : y + (r.rel === 'next-year' ? 1 : -1), fromPage: true };
    }
    if (r.year !== null) return { year: r.year, fromPage: false };
    // "annual revenue" without a year on a page dated 2026: a finished year, so at latest 2025 (unless it looks ahead)
    if (r.whole && ctx.pageYear !== null && (ctxYear === null || ctxYear >= ctx.pageYear) && !LOOKS_AHEAD.test(norm.slice(Math.max(0, r.start - 40), r.end + 40))) {
      return { year: ctx.pageYear - 1, fromPage: true };
    }
    if (ctxYear !== null) return { year: ctxYear, fromPage: false };
    return { year: ctx.pageYear, fromPage: true };
  };
  const out: PeriodMention[] = [];
  for (const r of kept) {
    let period: string | null = null;
    let future = false;
    let years: string[] | null = null;
    if (r.kind === 'span' && r.span) {
      const [a, b] = r.span;
      period = `${fmt(a.year, a.sub)}..${fmt(b.year, b.sub)}`;
    } else if (r.kind === 'years' && r.years) {
      years = r.years.map(String);
      period = `${years[0]}..${years[years.length - 1]}`;
    } else if (r.kind === 'relative') {
      if (r.rel === 'prev-quarter' && ctxPeriod?.sub?.startsWith('Q')) {
        const q = Number(ctxPeriod.sub.slice(1));
        period = q === 1 ? `${ctxPeriod.year - 1}-Q4` : `${ctxPeriod.year}-Q${q - 1}`;
      } else if (r.rel === 'same-last-year' && ctxPeriod) period = fmt(ctxPeriod.year - 1, ctxPeriod.sub);
      else if (r.rel === 'same-of-year' && r.year !== null) period = fmt(r.year, ctxPeriod?.sub ?? null);
      else if (r.rel === 'same-period') period = lastStated;
    } else {
      let { year, fromPage } = yearOf(r);
      // a month or quarter named without a year, after the page date: last year's
      if (year !== null && fromPage && r.rel === null && ctx.pageYear === year && ctx.pageMonth !== null && r.sub) {
        const firstMonth = r.sub.startsWith('Q') ? (Number(r.sub.slice(1)) - 1) * 3 + 1 : r.sub === 'H2' ? 7 : r.sub === 'H1' ? 1 : Number(r.sub) || 1;
        if (firstMonth > ctx.pageMonth) year -= 1;
      }
      period = fmt(year, r.sub);
      // a year after the page's own is a projection ("a $250 billion market by 2030", "| 2030 | $250B |"): never in force
      future = ctx.pageYear !== null && r.year !== null && r.year > ctx.pageYear;
      if (r.year !== null && r.kind !== 'date' && !r.estimate && !future && !/(?<![a-z])by\s$/.test(norm.slice(Math.max(0, r.start - 4), r.start))) ctxYear = r.year;
      // ("this year" alone is no reporting period: "今年资本开支……" after a third-quarter report leaves 上年同期 the year-ago quarter)
      // (nor one named for a comparison: "较第二季的291亿元")
      if (year !== null && r.kind !== 'date' && r.kind !== 'month' && r.rel !== 'last-year' && r.rel !== 'next-year' && !(r.kind === 'year' && r.rel === 'this-year') && !isRunningTotal(norm, r) && !NOT_IN_FORCE_BEFORE.test(norm.slice(Math.max(0, r.start - 16), r.start))) ctxPeriod = { year, sub: r.sub };
    }
    // "its gain since its Jan 8 debut": from that month to the page's
    let kind = r.kind;
    if ((kind === 'date' || kind === 'month') && period !== null && ctx.pageYear !== null && ctx.pageMonth !== null && SINCE_BEFORE.test(norm.slice(Math.max(0, r.start - 12), r.start))) {
      const to = `${ctx.pageYear}-${pad(ctx.pageMonth)}`;
      if (period.length === 7 && period < to) {
        period = `${period}..${to}`;
        kind = 'span';
      }
    }
    // "by 2027", "compared with 2024": named, but not the period the text is about
    const target = NOT_IN_FORCE_BEFORE.test(norm.slice(Math.max(0, r.start - 16), r.start));
    // "首三季累计资本开支达788亿元", "bringing the nine-month total to": a running total told in passing; the text's
    // reporting period stays the one it was
    const runningTotal = isRunningTotal(norm, r);
    const anchor = period !== null && !future && (r.kind === 'year' || r.kind === 'half' || r.kind === 'quarter' || r.kind === '9m') && r.rel !== 'last-year' && r.rel !== 'next-year' && !target && !r.estimate && !runningTotal;
    if (period !== null && (anchor || r.kind === 'span')) lastStated = period;
    out.push({ start: r.start, end: r.end, kind, period, years, estimate: r.estimate, anchor });
  }
  return out;
}
