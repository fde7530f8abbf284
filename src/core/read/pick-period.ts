// The period of a figure: one named right after it ("RMB168mn in 1H24"), else in its clause or a topic clause
// ("In 2025, ..."), else earlier in its sentence; point-in-time metrics then take the page date; else the period in
// force (the last year, half or quarter named before, while the text stays on the same company).
import { periodEnd, periodStart } from '../check/periods';
import { isPastClause } from './fact-basis';
import type { RawFigure } from './find-figures';
import { lowerBound } from './lower-bound';
import { BALANCE_SHEET_METRICS } from './metrics';
import { COMPARED_BEFORE, COMPARED_VALUE_BEFORE, EVENT_AFTER, EVENT_NAMED, firstUndatedPart, monthNum, NOW, partOfYear, REPORT_PERIOD, reportPeriodOf, sentenceStartBefore, type PeriodMention } from './periods';
import { clauseStart, insideClosedRelative, insideIngAside } from './sentences';

/** Point-in-time metrics take the page date when the sentence names no period. */
export const POINT_IN_TIME = new Set<string>([...BALANCE_SHEET_METRICS, 'price-per-mtok', 'share-price', 'stock-change', 'market-cap', 'valuation', 'price-to-sales', 'funding', 'ipo-proceeds', 'arr', 'headcount', 'other:rd-headcount', 'other:rd-staff-share', 'users', 'other:daily-active-users', 'other:daily-tokens', 'other:daily-api-calls', 'other:developers', 'paying-users', 'other:enterprise-customers', 'other:index-change', 'other:turnover']);

/** The value of one trading day (a share price, a day's move, a market value): never of a reporting period in force. */
export const DAY_VALUES = new Set<string>(['share-price', 'stock-change', 'market-cap', 'other:turnover']);

/** Target prices, valuation multiples and model facts take only a period written with them, never one in force. */
const CHANGE_VERB = /增长|增加|上涨|上升|提升|提高|下降|下跌|减少|扩大|收窄|(?<![a-z])(?:rose|grew|increased|added|fell|declined|dropped|jumped|climbed)(?![a-z])/;

export const OWN_PERIOD_ONLY = new Set<string>(['other:target-price', 'other:ev-to-sales', 'github-stars', 'parameters', 'other:active-parameters', 'other:context-length', 'other:benchmark-score']);

// "is valued at", "now", "currently", "today", "trades at", "目前": a value the sentence gives as of the present
const PRESENT =
  /(?<![a-z])(?:now|currently|current|today|at present|so far)(?![a-z])|(?<![a-z])(?:is|are|remains?|stays?) (?:(?:now|currently|still|already) )?(?:valued|worth|priced|trading)(?![a-z])|(?<![a-z])(?:stands?|trades?|sits?|hovers?) (?:at|near|around)(?![a-z])|(?<![a-z])(?:valuation|value|cap|capitali[sz]ation|price) (?:is|are)(?![a-z])|(?<![a-z])(?:has|have) an? (?:current |market )?(?:valuation|market (?:value|cap|capitali[sz]ation))(?![a-z])|(?<![a-z])(?:has|have) (?:now |already |just )?(?:passed|topped|exceeded|surpassed|crossed|reached)(?![a-z])|(?<![a-z])(?:is|are) in (?:advanced |early |final )?talks(?![a-z])|(?<![a-z])(?:charges|costs|lists (?:[a-z0-9.-]+ ){0,3}at|(?:is|are) priced at)(?![a-z])|目前|当前|现为|现在|如今|正在|已经?(?:超过|突破|达到|超)/;
// "its annualised revenue is close to US$200 million", "users are about 40 million": a level said to be, right before it
const PRESENT_COPULA = /(?<![a-z])(?:is|are) (?:now |currently |still )?(?:about |around |roughly |nearly |almost |close to |more than |over |just over |just under |at )?(?:us|hk|rmb)?\s?[$¥]?$/;
// "will stabilize at $300 billion", "could drop to $20 billion within a year": a value expected after the page's date
const LATER = /(?<![a-z])(?:will|would|could|might|shall|going to|within (?:a|the next|\d+)|by (?:the end of )?(?:19|20)\d\d)(?![a-z])|将|有望|可能/;

/**
 * Whether the page's date is the period of a point-in-time figure whose sentence names none: only when the figure's
 * clause speaks of the present ("is valued at $4 billion", "now trades at", "目前估值"), or, for a target, when it
 * does not place the value later ("targets a $10 billion valuation", not "will stabilize at $300 billion"). A share
 * price, a stock move, a funding round or an IPO told in the past tense ("shares closed at HK$496", "its recent
 * US$558 million IPO", "raised $500 million") could be of any day before the page's: no evidence of a period. (A
 * sentence that says when, "on Friday", "today", "last month", names the date itself: see periods.ts.)
 */
export function pageDateHolds(norm: string, figStart: number, figEnd: number, sentStart: number, sentEnd: number, forecast: boolean): boolean {
  const cs = clauseStart(norm, figStart, sentStart);
  const rest = /^[^,;:，；：。]*/.exec(norm.slice(figEnd, Math.min(sentEnd, figEnd + 60)))?.[0] ?? '';
  if (LATER.test(norm.slice(sentStart, figEnd + rest.length))) return false;
  return forecast || PRESENT.test(norm.slice(cs, figEnd + rest.length)) || PRESENT_COPULA.test(norm.slice(cs, figStart));
}

/** Counts of a month's users: a ranking or data release names its month once for all of them. */
export const MONTH_COUNTS = new Set<string>(['users', 'other:daily-active-users', 'other:weekly-active-users']);

/** Start of the paragraph before the one holding `pos` (blank lines skipped), or of this one when it is the first. */
function paragraphsBack(norm: string, pos: number): number {
  const own = norm.lastIndexOf('\n', pos - 1) + 1;
  let i = own - 1;
  while (i > 0 && /\s/.test(norm[i - 1]!)) i--;
  return i > 0 ? norm.lastIndexOf('\n', i - 1) + 1 : 0;
}

/** A clause that holds only the period: "In 2025, ...", "2025年上半年,", "半年报显示,2025年上半年,". */
function isTopicClause(norm: string, p: PeriodMention, sentStart: number): boolean {
  const cs = clauseStart(norm, p.start, sentStart);
  const before = norm.slice(cs, p.start);
  const rest = /^[^,;:，；：。]*/.exec(norm.slice(p.end, p.end + 40))?.[0] ?? '';
  // (a quotation may open with it: "“过去12个月,我们……")
  // (and "單計第二季，…": the quarter counted alone)
  if (!(/^[\s"“'‘「『]*(?:(?:in|for|during|as of|by|at the end of|over)(?: the| its)?|截至|在|到了?|單計|单计|單以|单以|單就|单就)?\s*(?:the\s)?$/.test(before) && /^\s*$/.test(rest))) return false;
  // (never one inside a parenthesis: "US$96mn (2Q26: US$118mn; 3Q25: US$131mn), implying a margin of -86%")
  const opened = norm.slice(Math.max(sentStart, p.start - 200), p.start);
  return (opened.match(/[(（]/g)?.length ?? 0) <= (opened.match(/[)）]/g)?.length ?? 0);
}

// "grew by 100% YoY to RMB168mn in 1H24": a change and the level it reached are one fact, one period
// (and "247.8 billion yuan ($34.8 billion) for the quarter": a conversion in parentheses restates the figure)
const SAME_FACT = /^\s?(?:(?:(?:yoy|y-o-y|year-on-year|year-over-year|qoq)\s)?(?:to|at|至|达)|[(（]\s?(?:about |approximately |around |roughly |约)?(?:us)?)\s?$/;

const SAID_IN = /(?<![a-z])(?:pledged|announced|unveiled|promised|committed|set out|laid out|disclosed|outlined|said|told [a-z]+|reported|published|posted|filed|revealed|cited|quoted|gave|mentioned|described|set|issued|indicated|flagged|signall?ed|guided)\s(?:(?:in|on)\s)?$/;
// (and the present perfect of a level reached: "and Alibaba's has risen to HK$3.27 trillion")
// (and a plan in the present tense after a past event: "was valued at $10 billion in February and is in talks to raise $700
// million more", "2月完成融资，正在洽谈新一轮7亿美元融资")
const NOW_SAID = /(?<![a-z])(?:now|currently|at present|today|(?:has|have) (?:since )?(?:risen|climbed|grown|jumped|surged|fallen|dropped|slipped|swelled|shrunk) to|(?:is|are) (?:also )?(?:in (?:advanced |early |final |late-stage )?(?:talks|discussions)|seeking|looking|planning|hoping|aiming|raising|preparing|weighing|considering) to)(?![a-z])|目前|现在|現在|现时|現時|正在|正(?:洽谈|洽談|寻求|尋求|筹划|籌劃)/;
// ("up from about 1 trillion at the start of the year": a value compared with, then a period that opens with its own
// preposition; that period is the compared value's)
const COMPARED_VALUE_AT = /(?<![a-z])(?:up|down|rising|falling|rose|fell|climbing|grew|growing) from (?:about |around |roughly |nearly |some )?(?:us|hk|rmb)?[$¥]?\d[\d.,]*\s?(?:%|percent|per cent|trillion|billion|million|bn|mn|tn|[亿万]元?|元)?\s?(?:yuan|dollars|tokens|users|customers|developers)?\s?$/;
// ("Zhipu's first-half results in August showed revenue of …": the month a report came out, not a period of its figures)
const REPORT_OUT_IN = /(?<![a-z])(?:results|earnings|report|filing|accounts)\s(?:(?:released|published|announced|issued|filed|out)\s)?(?:(?:in|on)\s)?$/;
const AT_VALUATION = /^,?\s?(?:at|valuing (?:it|the company|the start-?up) at)\s(?:a |an )?(?:(?:pre|post)-money )?(?:valuation (?:of )?)?(?:about |around |roughly |more than |over )?(?:us|hk|rmb)?$/;
const DATA_FOR = /(?<![a-z])(?:data|figures|statistics|numbers|rankings?) (?:(?:for|as of|in)\s?)?$/;
const ONE_FACT_AFTER = /^\s?(?:to|at)\s(?:a |an )?(?:record |new |all-time |fresh )?(?:high |low )?(?:of )?(?:us|hk|rmb)?$/;

/** How far back a period set for all is carried past the periods of other companies (see READ_CONTEXT_CHARS in page/analyze-page.ts). */
const PASS_OVER_REACH = 2_500;
const AT_WHICH_GAP = /^\s?(?:at which|when) (?:it|they|the company|the start-?up|the firm|[a-z]+) (?:raised|was valued at|sold|took in|brought in|secured)\s(?:about |around |roughly |some |nearly )?(?:us|hk|rmb)?[$¥]?\s?$/;
const PREV_QUARTER = /^(?:(?:previous|prior|preceding|last|sequential) quarter|上一?个?季)/;
// the words before a period a change is counted from: "from the", "than", "on", 较, 比
const BASE_BEFORE = /(?:(?<![a-z])(?:from|than(?: in)?|over|versus|vs\.?|compared (?:with|to)|on)\s(?:the\s)?|较\s?|比\s?)$/;
const YEAR_AGO = /a year (?:earlier|ago)|year-ago|year-earlier|last year|prior-year|去年同期|上年同期/;

// (the name of a report after its period: "third-quarter results", "中期業績")
const RESULTS_NAMED = /^\s?(?:results?|earnings|report|figures|numbers|业绩|業績|财报|財報|报告|報告)/;
// (an event a clause dates: "the company listed in Hong Kong in", "a round that closed in", "raised … in")
const EVENT_BEFORE = /(?<![a-z])(?:listed|debuted|went public|raised|closed|completed|secured|fetched|launched|relaunched|released|founded|bought|acquired|sold|placed|priced|announced)(?![a-z])[^,;.，；。]{0,36}?(?:(?:in|on)\s(?:early |mid-|late )?)?$/;
const PRESENT_VALUE = /(?<![a-z])(?:charges|costs|lists at|is priced at|are priced at|sells for|asks|is worth|are worth|is valued at|trades at)(?![a-z])/;
// (and "burned about US$240 million in the six months": the half just reported, as "the three months" is the quarter)
// (not "the half to June", a half named by its end; but "fell 12% in the half to 403 million yuan" is the half just told)
const BACK_KIND = /(?<![a-z])(?:(?:in|for|during|over) (?:the|that) (?:same )?(quarter|half|six months|three months)(?![a-z-])(?! (?:ended|ending|to|through) (?:the end of |end-)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d{1,2}(?![\d.,]*\s?(?:billion|million|bn|mn|%|per cent|percent|yuan)))(?![a-z]))|(?:this|the|that) (quarter|half)'s)|当季|本季|单季|季内/;

// (and what an amount of money is an amount of, "a goal of 2.5 billion yuan of Kling revenue for 2026", "$40 million in
// sales in 2025"; not a share's "60% of total revenue in 1H24", whose period a list of figures may share)
const AMOUNT_OF_GAP = /^\s(?:in|of) (?:(?!total |group )[a-z][a-z0-9.-]* )?(?:revenue|sales|net profit|profit) (?:in|for|during|over)\s?(?:the )?(?:(?:whole|full|entire) (?:of )?)?(?:fiscal )?$/;

const FOUR_QUARTERS = /(?<![a-z])(?:the |its |each of the |all )?four quarters(?![a-z])|[四4]个季度|[四4]個季度|各季度?|每个季度|每季/;

const CJK_START = /^[\u3400-\u9fff]/;
// ("the 17.1 billion yuan spent a year ago": a participle between a figure and its period)
// (and what money went on, "spent 168 billion yuan on capex over the past four quarters")
// (and the result an amount was, "narrower than the 231 million yuan loss a year earlier")
const BOUND_GAP = /^[\s)]*(?:(?:a|per) (?:year|month) |annually )?(?:(?:monthly |daily |weekly |active |paying |registered )*(?:users|subscribers|customers|developers|employees|people|downloads|visits|tokens) |(?:net |operating |adjusted |quarterly |annual )?(?:loss|losses|profit|profits|revenue|sales) |in cash(?: and (?:cash )?equivalents)? )?(?:(?:it |they |we |that |which )?(?:spent|earned|made|recorded|reported|posted|booked|generated|raised|invested|lost|fetched|commanded|secured|won|got|had) )?(?:on (?!an? |the |its )(?:(?!from |than |to |in |over |during )[a-z&-]+ ){1,3})?(?:in|on|for|during|of|over|at|as of|by|at the end of|through)?\s?(?:the )?(?:(?:whole|full|entire|all) (?:of )?)?(?:fiscal )?$/;

// (a span or a slash list of years a few words after the last item of a slash list of figures: "for 2026-28", "in 2026/27")
const SLASH_LIST_YEARS_AFTER = /^[^,;.。，；]{0,40}?(?<![a-z])(?:for|in|over|across) (?:fy ?)?(20\d\d) ?(?:-|–|\/) ?(\d{2}|20\d\d)(?![\d%]|\.\d)/;

/** The years of a span or slash list right after a slash list of figures, when as many as its items; else null. */
function slashListYears(norm: string, fig: RawFigure, sentEnd: number): PeriodMention | null {
  // (from the end of the list's last item: the figure's own end when it is the last)
  let end = fig.end;
  for (let k = fig.listIndex; k < fig.listSize - 1; k++) {
    const next = /^\s?\/\s?(?:us|hk|rmb)?[$¥]?\s?[\d.,]+\s?(?:bn|mn|m|b|k|billion|million|trillion|亿元|亿|万)?(?: (?:yuan|dollars|us dollars|hong kong dollars))?/.exec(norm.slice(end, sentEnd));
    if (!next) return null;
    end += next[0].length;
  }
  const m = SLASH_LIST_YEARS_AFTER.exec(norm.slice(end, sentEnd));
  if (!m) return null;
  const a = Number(m[1]);
  const b = m[2]!.length === 2 ? Math.floor(a / 100) * 100 + Number(m[2]) : Number(m[2]);
  if (b - a + 1 !== fig.listSize) return null;
  const years = Array.from({ length: fig.listSize }, (_, k) => String(a + k));
  const start = end + m.index + m[0].search(/20\d\d/);
  return { start, end: end + m.index + m[0].length, kind: 'years', period: `${years[0]}..${years.at(-1)}`, years, estimate: false, anchor: false };
}

/**
 * Whether year-ago words open the clause before the figure's, set off by a comma alone: "…; a year earlier, there were 2.3
 * million", "；一年前，这一数字为230万".
 */
function yearAgoOpensClauseBefore(norm: string, p: PeriodMention, clause: number, sentStart: number): boolean {
  return p.end <= clause && /^\s?[,，]\s?$/.test(norm.slice(p.end, clause)) && /(?:^|[;；:：]\s?|(?<![a-z])(?:but|and|while) |[而但])\s?$/.test(norm.slice(sentStart, p.start));
}

export interface PeriodChoice {
  period: string | null;
  estimate: boolean;
  fromList: boolean;
  /** Named in the figure's own sentence (not the page date or the period in force). */
  own: boolean;
  /** The mention the period comes from (null for the page date or none). */
  mention: PeriodMention | null;
}

/**
 * The quarter a nine-month or half-year total `periods[j]` ends with, named before it in its sentence (anchoring, of the
 * same year), or null: "第三季收入…；首三季收入…" tells of the quarter, the nine months an aside.
 */
function quarterBeforeTotal(periods: PeriodMention[], j: number, norm: string): PeriodMention | null {
  const p = periods[j]!;
  if ((p.kind !== '9m' && p.kind !== 'half') || p.period === null) return null;
  const last = p.kind === '9m' ? 'Q3' : /-H1$/.test(p.period) ? 'Q2' : /-H2$/.test(p.period) ? 'Q4' : null;
  if (last === null) return null;
  const ss = sentenceStartBefore(norm, p.start);
  const quarter = `${p.period.slice(0, 4)}-${last}`;
  // ("R&D expenses were 5.2 billion yuan in the quarter, bringing spending for the first half to 10.6 billion yuan": the
  // quarter in force, said again before the total)
  const saidAgain = THE_QUARTER.test(norm.slice(ss, p.start));
  for (let k = j - 1; k >= 0 && (periods[k]!.start >= ss || (saidAgain && ss - periods[k]!.start <= 1500)); k--) {
    const q = periods[k]!;
    if (q.kind === 'quarter' && q.anchor && !q.alone && q.period === quarter) return q;
  }
  return null;
}
const THE_QUARTER = /(?<![a-z])(?:in|for|during|over) the (?:quarter|three months)(?![a-z])|当季|本季度?|单季度?/;

export function pickPeriod(
  periods: PeriodMention[],
  figures: RawFigure[],
  figIndex: number,
  norm: string,
  sentStart: number,
  sentEnd: number,
  pointInTime: boolean,
  pageMonth: string | null,
  /** The company the text is about at a position; a period in force for another company is not carried. */
  sameSubject: (pos: number) => boolean = () => true,
  ownOnly = false,
  /** End of the next sentence: a headline or lead figure before any period is named takes the one stated just after. */
  leadEnd = sentEnd,
  /** A value of one trading day (DAY_VALUES): "截至8月21日收盘，股价上涨2.43%" is not a figure of the first half named before. */
  ofADay = false,
  /** A count of a month's users (MONTH_COUNTS): the month a ranking opens with holds for the counts after it. */
  monthCount = false,
): PeriodChoice {
  const fig = figures[figIndex]!;
  const usable = (p: PeriodMention) => p.period !== null && (pointInTime || p.kind !== 'date');
  // a period the sentence names but no year fixes ("In the third quarter" with no year in the paragraph nor a page
  // date, "this year" on an undated page, "in the same period" after two): the figure's period is unknown, and no
  // other period (the one in force, the page's) stands in for it
  const undated = (p: PeriodMention) =>
    p.period === null && (pointInTime || p.kind !== 'date') && (p.kind !== 'relative' || /same (?:period|timeframe|time frame)$/.test(norm.slice(p.start, p.end)));
  const NONE: PeriodChoice = { period: null, estimate: false, fromList: false, own: false, mention: null };
  // (a period of the figure's own that no year fixes: "up from about 150bn yuan this year" on an undated page is not
  // the year of the figure it is compared with)
  const OWN_UNDATED: PeriodChoice = { ...NONE, own: true };
  // ("the 380 billion yuan it pledged in February 2025": the day a plan was announced is not the span it covers)
  // (and "由去年2月公布的3800亿元": the month a target was announced in)
  const announcedOn = (p: PeriodMention) => !pointInTime && (p.kind === 'month' || p.kind === 'date') && (SAID_IN.test(norm.slice(Math.max(sentStart, p.start - 24), p.start)) || REPORT_OUT_IN.test(norm.slice(Math.max(sentStart, p.start - 24), p.start)) || /^\s?(?:公布|宣布|发布|披露|提出|定下|订下|设定|设下|制定|订立)的?/.test(norm.slice(p.end, p.end + 4)));
  // (Chinese names a figure's period before it: "前三季度营收186.4亿元 第三季度单季扭亏" is two headline clauses)
  const boundTo = (p: PeriodMention, f: RawFigure) =>
    p.start >= f.end && p.start - f.end <= 32 && (BOUND_GAP.test(norm.slice(f.end, p.start)) || (f.kind === 'money' && AMOUNT_OF_GAP.test(norm.slice(f.end, p.start)))) && !(CJK_START.test(norm.slice(p.start, p.start + 1)) && !/[)）]/.test(norm.slice(f.end, p.start)));
  // (and "上年同期为净亏损112.3亿元", "(Previous Year: approximately RMB1,595 million)": a period, then what it was)
  const boundBefore = (p: PeriodMention, f: RawFigure) =>
    p.end <= f.start && f.start - p.end <= 24 && /^\s?(?:则|亦|仍)?(?:[:：]|为|的|是)?\s?(?:净亏损|净利润|亏损|盈利|净利|净流入|净流出)?\s?(?:约|約|近|逾|(?:approximately|approx\.|about|around|roughly)\s)?\s?$/.test(norm.slice(p.end, f.start));
  // ("an 8-fold increase from September", "up 12% from the first quarter": what a change is counted from, not its period)
  // (and "12% lower than in the second quarter": the period compared with; "up 90% on a year earlier")
  const countedFrom = (p: PeriodMention) =>
    (fig.kind === 'multiple' || fig.kind === 'change' || fig.direction !== 0 || /^\s?(?:lower|higher|more|less|above|below) than/.test(norm.slice(fig.end, fig.end + 14)) || (fig.kind === 'percent' && /^\s?(?:from|on|over|versus|vs\.?) (?:the )?$/.test(norm.slice(fig.end, p.start)))) && (p.kind !== 'span' || p.prevFiscal === true) && (/(?<![a-z])(?:from|than(?: in)?|versus|vs\.?|compared (?:with|to))\s(?:the\s|(?:a|an)\s(?:[a-z-]+\s){0,3})?$/.test(norm.slice(Math.max(0, p.start - 40), p.start)) || (p.kind === 'relative' && /(?<![a-z])on\s(?:the\s)?$/.test(norm.slice(Math.max(0, p.start - 8), p.start))) ||
      // ("a 36% increase on the first quarter", "up 12% on the first half": a quarter or half a change is counted on; not "fell
      // 3% on Monday", the day's own)
      ((p.kind === 'quarter' || p.kind === 'half' || p.kind === '9m' || p.kind === 'year') && /(?<![a-z])(?:(?:increase|rise|gain|jump|growth|drop|fall|decline)|(?:up|down)\s\d[\d.]*\s?(?:%|percent|per cent))\son\s(?:the\s)?$/.test(norm.slice(Math.max(0, p.start - 40), p.start))) || /^(?:from|than)\s/.test(norm.slice(p.start, p.end)));
  const nextFig = figures[figIndex + 1];
  const i = lowerBound(periods, fig.start);

  // a slash list with a list of years: FY24-26E
  if (fig.listSize > 1) {
    for (let j = lowerBound(periods, sentStart); j < periods.length && periods[j]!.start < sentEnd; j++) {
      const p = periods[j]!;
      if (p.years && p.years.length === fig.listSize) return { period: p.years[fig.listIndex] ?? null, estimate: p.estimate, fromList: true, own: true, mention: p };
    }
    // ("1.52/2.64/4.10 billion yuan for 2026-28", "$352m/$596m of revenue in 2026/27": brokers' shorthand, the years as a
    // span or a slash list as long as the list of figures, one year per item, written without the "E" of estimates)
    const years = slashListYears(norm, fig, sentEnd);
    if (years) return { period: years.years![fig.listIndex] ?? null, estimate: false, fromList: true, own: true, mention: years };
  }
  // "2026年至2028年营业收入分别为285亿元、338亿元和395亿元", "RMB1.2bn, RMB1.8bn and RMB2.5bn in 2026, 2027 and 2028,
  // respectively": a list of figures and a list of years taken item by item
  const respective = respectiveYear(periods, figures, figIndex, norm, sentStart, sentEnd);
  if (respective) return { period: respective.year, estimate: respective.mention.estimate, fromList: true, own: true, mention: respective.mention };
  // ("another 4 billion yuan in 2024, when it was valued at 20 billion yuan": a clause opened by "when" after a period tells
  // of that period)
  const whenOf = periods[i - 1];
  // (and a fiscal year told as the months it ran: "the fiscal year that ended March 31, when cloud revenue reached")
  if (whenOf && whenOf.start >= sentStart && whenOf.period !== null && whenOf.kind !== 'relative' && (whenOf.kind !== 'span' || whenOf.sincePage || /fiscal|financial year|[财財]年/.test(norm.slice(whenOf.start, whenOf.end))) && /^\s?(?:debut|listing|ipo|flotation)?\s?,\s(?:when|by which time)\s(?:[^,;.]|\.(?=\d))*$/.test(norm.slice(whenOf.end, fig.start))) {
    // (after "since its January debut, when …": the month of the debut, where the span to now starts)
    const period = whenOf.sincePage ? whenOf.period.split('..')[0]! : whenOf.period;
    return { period, estimate: whenOf.estimate, fromList: false, own: true, mention: whenOf };
  }
  // 1. bound right after the figure: "RMB168mn in 1H24", "12.7 trillion tokens in March"
  const after = periods[i];
  // ("posted 2025 revenue of $312 million earlier this month": when a flow was reported is not its period)
  // (and "about 60 per cent of the 24.8 billion yuan the unit booked in the whole of 2025": the period that dates a value
  // compared with is that value's, past a longer relative clause)
  const datesThisCompared = (p: PeriodMention) => p.start - fig.end <= 48 && !/\d/.test(norm.slice(fig.end, p.start)) && COMPARED_VALUE_BEFORE.test(norm.slice(Math.max(sentStart, fig.start - 64), p.start));
  if (after && after.start < sentEnd && (usable(after) || undated(after)) && (boundTo(after, fig) || datesThisCompared(after)) && !(nextFig && nextFig.start < after.start) && !(after.relative && !pointInTime) && !countedFrom(after) && !announcedOn(after)) {
    if (undated(after)) return OWN_UNDATED;
    // ("posted a first-half adjusted net loss of 1.09 billion yuan in 2025": a half, quarter or nine months named without
    // a year before the figure in its clause, and the year after it, are one period: that part of that year)
    if (after.kind === 'year' && after.period !== null && /^\d{4}$/.test(after.period)) {
      const clauseAt = clauseStart(norm, fig.start, sentStart);
      for (let j = i - 1; j >= 0 && periods[j]!.start >= clauseAt; j--) {
        const p = periods[j]!;
        // (only the part as the adjective of the figure's own words, "a first-half loss of … in 2025": not "in the fourth
        // quarter and RMB17.3 billion for 2025", two periods of two figures)
        if ((p.kind === 'half' || p.kind === 'quarter' || p.kind === '9m') && p.period !== null && /^(?:first|second|third|fourth|nine|six|three)-(?:half|quarter|month)$/.test(norm.slice(p.start, p.end)) && !p.relative && /^\d{4}-/.test(p.period) && !/[\d,;]/.test(norm.slice(p.end, fig.start)) && /^\s?in\s$/.test(norm.slice(fig.end, after.start))) {
          return { period: `${after.period}${p.period.slice(4)}`, estimate: after.estimate, fromList: false, own: true, mention: after };
        }
      }
    }
    return { period: after.period, estimate: after.estimate, fromList: false, own: true, mention: after };
  }
  // 2. the nearest before in the figure's clause, or a topic clause of the sentence ("In 2025, ...", "2025年上半年,"),
  //    unless it is bound to an earlier figure ("48 million yuan in 2024 to 190 million yuan")
  const clause = clauseStart(norm, fig.start, sentStart);
  // ("今年首三季收入19.4億元，其中第三季收入9.53億元；期內經調整虧損淨額29.6億元": "期内" after a part named with "其中" is
  // the period of the report the part is of, not the part)
  const reportWord = ofADay ? null : REPORT_PERIOD.exec(norm.slice(sentStart, fig.start));
  const reportAt = reportWord ? sentStart + reportWord.index : -1;
  // (asked once for the sentence's opening clauses, not for every period in them)
  const afterWhenClause = clause > sentStart && WHEN_CLAUSE.test(norm.slice(sentStart, clause));
  let earlierInSentence: PeriodMention | 'undated' | null = null;
  for (let j = i - 1; j >= 0 && periods[j]!.start >= sentStart; j--) {
    const p = periods[j]!;
    if (reportWord && p.end <= reportAt && /其中\s?$/.test(norm.slice(Math.max(sentStart, p.start - 3), p.start))) continue;
    if (!usable(p) && !undated(p)) continue;
    // ("So far this year, the shares have gained 35%": a move so far is counted to the page's day, not to a quarter's end)
    if (ofADay && p.toDate) continue;
    // (a share price or a day's move is no value of a span: "gained 187% since its January listing but fell 6.2% on
    // Thursday to HK$598.5")
    if (ofADay && fig.kind === 'money' && p.kind === 'span') continue;
    // (nor of the results it moved on: "fell 1.2% after its third-quarter results", "公布中期業績後股價……跌1.2%")
    if (ofADay && RESULTS_NAMED.test(norm.slice(p.end, p.end + 12))) continue;
    // ("from last year's US$412 million", "the year-ago quarter's 1.1 billion yuan": a period's own value, in the possessive)
    if (p.period !== null && /^(?:'s|’s)\s(?:[a-z-]+\s)?(?:about |around |roughly |nearly |some )?(?:us|hk|rmb)?\s?[$¥]?$/.test(norm.slice(p.end, fig.start))) return { period: p.period, estimate: false, fromList: false, own: true, mention: p };
    if (announcedOn(p)) continue;
    // ("Qwen overtook DeepSeek in September, data firm Kestrel said on Friday, while Doubao led with 262 million monthly
    // users": the day a source spoke is not the month its data are of, where the sentence names that month)
    // (only an attribution set off by commas: "Moonshot said on Thursday it would match … at 4 yuan" is that day's own)
    if (pointInTime && p.kind === 'date' && SAID_IN.test(norm.slice(Math.max(sentStart, p.start - 24), p.start)) && /^\s?(?:(?:evening|morning|afternoon|night)\s?)?,/.test(norm.slice(p.end, p.end + 12)) && periods.some((q) => q.start >= sentStart && q.end <= p.start && q.kind === 'month' && q.period !== null)) continue;
    // ("Baidu, which made its models free in 2024, said it would cut prices by 40%": a period of the relative clause)
    if (insideClosedRelative(norm, p, fig.start, sentStart)) continue;
    // ("made a profit in the second quarter, after losing 90 million yuan in the first quarter, on sales of 3.1 billion
    // yuan": a flow after the aside is of the clause the sentence goes on with; not a value as of a day, "after raising
    // $500 million in January, it was valued at $4 billion", which the aside may date)
    if (!pointInTime && insideIngAside(norm, p, fig.start, sentStart)) continue;
    if (undated(p)) {
      if (boundBefore(p, fig) || p.start >= clause || isTopicClause(norm, p, sentStart)) return OWN_UNDATED;
      // ("In the third quarter, ..." with no year: the sentence's period, unknown)
      if (earlierInSentence === null && p.kind !== 'relative' && (p.kind !== 'date' && p.kind !== 'month' ? true : pointInTime)) earlierInSentence = 'undated';
      continue;
    }
    // ("是去年同期的2.6倍": a multiple of the year-ago value is this period's growth)
    // ("约为去年的5倍", "five times last year's": a multiple of last year's value is this year's growth)
    const multipleOfYearAgo = fig.kind === 'multiple' && ((p.kind === 'relative' && YEAR_AGO.test(norm.slice(p.start, p.end))) || /^(?:去年|上年|last year)$/.test(norm.slice(p.start, p.end)));
    // ("ARR突破1.5亿美元，是年初的3倍": a multiple of an earlier moment's value is a growth since then, not of that moment)
    if (fig.kind === 'multiple' && /^\s?的\s?(?:约|近|超过)?\s?$/.test(norm.slice(p.end, fig.start))) continue;
    if (boundBefore(p, fig) && !multipleOfYearAgo) return { period: p.period, estimate: p.estimate, fromList: false, own: true, mention: p };
    if (multipleOfYearAgo) continue;
    // ("up 8% from the second quarter and 31% from a year earlier": a period a change is counted from is no figure's)
    if (p.start >= clause && /(?<![a-z])(?:from|than|versus|vs\.?|compared (?:with|to))\s(?:the\s)?$/.test(norm.slice(Math.max(sentStart, p.start - 16), p.start)) && /\d\s?(?:%|percent|per cent)\s(?:[a-z]+\s)?(?:from|than|versus|vs\.?|compared (?:with|to))\s(?:the\s)?$/.test(norm.slice(Math.max(sentStart, p.start - 40), p.start))) continue;
    // ("rose 30% from 2024 to 5 billion yuan": the year a value moved from is not the value's)
    // (and "rose 6.6% from March to 226 million", where the month's words open with "from")
    if ((/(?<![a-z])from\s?(?:the\s)?$/.test(norm.slice(Math.max(sentStart, p.start - 10), p.start)) || /^from\s/.test(norm.slice(p.start, p.end))) && /^\s?(?:levels?\s)?to\s?(?:about |around |roughly |nearly )?(?:us|hk|rmb)?[$¥]?$/.test(norm.slice(p.end, fig.start))) continue;
    // "slipped 3% from a year earlier to 30.2 billion yuan", "较去年同期增长5%": the year-ago period is what the figure
    // is compared with, not its own
    // (but a clause that opens with it tells of that period: "…，去年同期每一元收入虧損更高達12元")
    if (p.kind === 'relative' && YEAR_AGO.test(norm.slice(p.start, p.end)) && (fig.kind === 'money' || fig.kind === 'count' || (fig.kind === 'percent' && fig.direction === 0 && /^\s?(?:的?(?:比例|占比|比重|水平))?\s?(?:约|約)?(?:是|为|為|达|達)?\s?(?:约|約)?\s?$/.test(norm.slice(p.end, fig.start)))) && ((p.start >= clause && /^[\s,，;；]*(?:but |while |and |而|但)?$/.test(norm.slice(clause, p.start))) || yearAgoOpensClauseBefore(norm, p, clause, sentStart)) && p.period !== null) return { period: p.period, estimate: false, fromList: false, own: true, mention: p };
    // (and one that opens the sentence as a clause of its own: "去年同期，腾讯营收和净利润分别为1928.7亿元和705.5亿元", "A year
    // earlier, revenue was 192 billion yuan")
    if (p.kind === 'relative' && YEAR_AGO.test(norm.slice(p.start, p.end)) && p.period !== null && p.start - sentStart <= 4 && isTopicClause(norm, p, sentStart)) return { period: p.period, estimate: false, fromList: false, own: true, mention: p };
    if (p.kind === 'relative' && YEAR_AGO.test(norm.slice(p.start, p.end))) continue;
    // ("up 18% from the previous quarter and beat the 585 million yuan average of estimates": the quarter a change is counted
    // from is no figure's period)
    if (p.kind === 'relative' && PREV_QUARTER.test(norm.slice(p.start, p.end)) && BASE_BEFORE.test(norm.slice(Math.max(0, p.start - 16), p.start))) continue;
    // ("较2024年12月增长超过10倍", "up 20% compared with 2024": the period a change is counted from; a level after it,
    // "较2024年同期的亏损额4亿元", is the value of that period)
    // (nor, right after it, "较年初增加约80人", "较年初增长约3倍": what was added since then, over a span the text leaves open)
    // (and "较去年多约29%", "比上年高出12%": more or less than then, a change too)
    if (COMPARED_BEFORE.test(norm.slice(Math.max(0, p.start - 48), p.start)) && ((!boundBefore(p, fig) && (fig.kind === 'multiple' || fig.kind === 'change' || fig.direction !== 0)) || CHANGE_VERB.test(norm.slice(p.end, fig.start)) || /^\s?(?:同期)?\s?(?:多出?|少|高出?|低)\s?(?:了)?\s?(?:约|近|逾|超过)?\s?$/.test(norm.slice(p.end, fig.start)))) continue;
    // (only within the figure's own clause: "US$53.4 million for the first nine months of 2025, up 174.7%" shares it)
    let boundToEarlier = false;
    for (let k = figIndex - 1; p.start >= clause && k >= 0 && figures[k]!.end >= p.start - 20; k--) {
      const f = figures[k]!;
      // (not when both are one fact: "jumped 23.4% on Friday to a record HK$496")
      // (nor "raised $700 million in July at a valuation of $12 billion": the round's value then)
      if ((f.end <= p.start && boundTo(p, f) && !(f.kind !== fig.kind && ONE_FACT_AFTER.test(norm.slice(p.end, fig.start))) && !AT_VALUATION.test(norm.slice(p.end, fig.start))) || (f.start >= p.end && boundBefore(p, f))) boundToEarlier = true;
    }
    if (boundToEarlier) continue;
    // ("Zhipu, which listed in January and now has a market value of HK$180 billion", "1月上市，目前市值约1800亿港元": a value
    // said to hold now is not of the moment named before "now")
    // (not a day told relative to the page's: "cut prices on Tuesday: input now costs 2 yuan")
    if (pointInTime && !p.relative && NOW_SAID.test(norm.slice(Math.max(p.end, clause), fig.start))) continue;
    // ("a one-off charge tied to its January listing pushed its reported loss to 2.87 billion yuan": the month of an event
    // is not the span of a flow)
    if (!pointInTime && (p.kind === 'month' || p.kind === 'date') && (EVENT_AFTER.test(norm.slice(p.end, p.end + 12)) || EVENT_NAMED.test(norm.slice(p.start, p.end)))) continue;
    if (p.start >= clause || isTopicClause(norm, p, sentStart)) return { period: p.period, estimate: p.estimate, fromList: false, own: true, mention: p };
    // ("When SoftBank led a round in 2018, the company was valued at $4.5 billion", "2018年软银领投时，公司估值已超过45亿美元":
    // a clause of time opening the sentence dates the clause after it, a value as of a day too)
    if (afterWhenClause && p.kind !== 'relative' && !p.relative && p.kind !== 'span') return { period: p.period, estimate: p.estimate, fromList: false, own: true, mention: p };
    // (a value as of a date takes a date or month named in another clause, not the year of a flow named there: "MiniMax
    // 2025年营收为1.79亿美元,市值约1,700亿港元")
    const named = !(pointInTime && (fig.kind === 'money' || fig.kind === 'count')) && (p.anchor || p.alone === true || (p.estimate && (p.kind === 'half' || p.kind === 'quarter' || p.kind === 'year')));
    // (a date in another clause is not that of a value its own clause puts before it: "talks began in late January,
    // a month after securing $500 million")
    // (nor the date of a value another clause compares with: "up from $90 million at the end of 2025, …, which
    // developers pay for at 4 yuan")
    // (nor the month of an event another clause tells of: "较1月上市时招股价…，市值约1600亿元")
    // (nor, for a market value or a share price, the month of another figure or of an event its clause tells of:
    // "StepFun raised 5 billion yuan in January, while Zhipu … with market values of $23 billion", "since the company
    // listed in Hong Kong in January, valuing it at", "after a round that closed in December"; but a day told relative
    // to the page's is the sentence's: "rose 11.6% to HK$468 on Thursday, taking their gain to 180%")
    const datesCompared = COMPARED_VALUE_BEFORE.test(norm.slice(Math.max(sentStart, p.start - 64), p.start)) || (/^(?:at|in|by|as of|on) /.test(norm.slice(p.start, p.end)) && COMPARED_VALUE_AT.test(norm.slice(Math.max(sentStart, p.start - 50), p.start))) || EVENT_AFTER.test(norm.slice(p.end, p.end + 12)) || EVENT_NAMED.test(norm.slice(p.start, p.end)) || (ofADay && !p.relative && (figures.some((f, k) => k !== figIndex && f.end <= p.start && boundTo(p, f)) || EVENT_BEFORE.test(norm.slice(Math.max(sentStart, p.start - 50), p.start))));
    const dated = pointInTime && (p.kind === 'date' || p.kind === 'month') && !datesCompared && !isPastClause(norm.slice(clause, Math.min(sentEnd, fig.end + 40)));
    // ("annual revenue stands at 700 million yuan, ... a $300B valuation": a whole year is the span of the flow it
    // names, not the date of a value as of a day)
    if (earlierInSentence === null && ((named && !(pointInTime && p.whole)) || dated)) earlierInSentence = p;
  }
  const boundToLater = (p: PeriodMention) => {
    for (let k = figIndex + 1; k < figures.length && figures[k]!.start < p.start; k++) {
      const f = figures[k]!;
      // ("the US$4.3 billion at which it raised US$500 million last December": a relative clause that dates the deal the
      // value was set in dates the value too)
      if (k === figIndex + 1 && AT_WHICH_GAP.test(norm.slice(fig.end, f.start))) return false;
      // (a conversion in parentheses restates the figure before it: bound to it is bound to that one, "rose 13% to
      // 204.6 billion yuan ($28.3 billion) in the January-March quarter")
      const of = f.inParens && k - 1 > figIndex ? k - 1 : k;
      if (boundTo(p, f)) return of > figIndex + 1 || !SAME_FACT.test(norm.slice(fig.end, figures[of]!.start));
    }
    return false;
  };
  // 3. later in the same clause ("grew by 100% YoY to RMB168mn in 1H24")
  for (let j = i; j < periods.length && periods[j]!.start < sentEnd; j++) {
    const p = periods[j]!;
    if (/[,;，；。]/.test(norm.slice(fig.end, p.start))) break;
    // ("has about 450 employees and plans to add 150 more this year", "closed up 1.1% … and have gained 58% so far this
    // year": a period after "and" and another figure is that figure's)
    const conj = /\s(?:and|but|while|whereas)\s([^,;]*\d[^,;]*)$/.exec(norm.slice(fig.end, p.start));
    // ("beating the 53.4 billion yuan expected by analysts and up from 34% growth in the June quarter": a value compared with)
    if (conj && (/(?<![a-z])(?:plans?|planned|expects?|aims?|will|would|pledged|promised|vowed|repeated|reiterated|targets?|intends?|hopes?|has|have|(?:up|down) from|compared with)(?![a-z])/.test(conj[1]!) || /this year|so far|to date/.test(norm.slice(p.start, p.end)))) break;
    // "HK$1.36 based on 6.5x FY25E": a period after another figure is that figure's
    //  (or after any later figure: "one trillion yuan ($140 billion) while reporting 7 billion yuan in annual revenue")
    if (boundToLater(p)) break;
    // ("would keep its list price of 2.4 yuan … but offer a discount until the end of March": how long something lasts is
    // no date of a price or a value)
    if (pointInTime && /(?<![a-z])(?:until|till)\s$/.test(norm.slice(Math.max(0, p.start - 7), p.start))) break;
    // "(44% of total vs. 1H25: 30%)": a period named for a comparison, or bound to a later figure, is not this one's
    if (COMPARED_BEFORE.test(norm.slice(Math.max(0, p.start - 48), p.start))) break;
    if (countedFrom(p)) break;
    // ("Kling revenue of 1.52 billion yuan was up 37% from the second quarter": the period a later change is counted from
    // is no period of the level before it)
    // (not "will pay 0.8 yuan … and 3.2 yuan … from July 1": a date prices run from)
    if (nextFig && nextFig.start < p.start && (nextFig.kind === 'change' || nextFig.kind === 'percent' || nextFig.kind === 'multiple') && BASE_BEFORE.test(norm.slice(Math.max(0, p.start - 16), p.start))) break;
    let boundToNext = false;
    for (let k = figIndex + 1; k < figures.length && figures[k]!.start < sentEnd && !boundToNext; k++) boundToNext = figures[k]!.start >= p.end && boundBefore(p, figures[k]!);
    if (boundToNext) break;
    if (ofADay && RESULTS_NAMED.test(norm.slice(p.end, p.end + 12))) continue;
    if (undated(p)) return OWN_UNDATED;
    if (!usable(p) || p.kind === 'relative') continue;
    if (announcedOn(p)) continue;
    return { period: p.period, estimate: p.estimate, fromList: false, own: true, mention: p };
  }
  // 3a. "…, according to QuestMobile data for May": the period a source's data cover is that of every figure it gives
  for (let j = i; j < periods.length && periods[j]!.start < sentEnd; j++) {
    const p = periods[j]!;
    if (usable(p) && p.kind !== 'relative' && DATA_FOR.test(norm.slice(Math.max(sentStart, p.start - 16), p.start))) return { period: p.period, estimate: p.estimate, fromList: false, own: true, mention: p };
  }
  if (ownOnly) return NONE;
  // 3b. a year, half or quarter named earlier in the sentence, in another clause (not for a value "now": "智谱2025年营收为
  //     6.8亿元,目前港股市值约2,000亿港元")
  // (nor for a price or a value its own clause tells in the present tense: "Alibaba lowered Qwen prices by 80% last
  // month, ByteDance's Doubao charges 0.6 yuan", "while MiniMax is worth about HK$150 billion")
  // (and "…passed 2 million in August, and its annualised revenue is close to US$200 million": a level its own clause says
  // is, in the present tense)
  if (pointInTime && earlierInSentence !== null && (NOW.test(norm.slice(clause, fig.start)) || NOW_SAID.test(norm.slice(clause, fig.start)) || PRESENT_VALUE.test(norm.slice(clause, fig.start)) || PRESENT_COPULA.test(norm.slice(clause, fig.start)))) earlierInSentence = null;
  if (earlierInSentence === 'undated') return NONE;
  if (earlierInSentence) return { period: earlierInSentence.period, estimate: false, fromList: false, own: true, mention: earlierInSentence };
  // 3c. a value as of a day, in a sentence that says which day relative to the page's ("raised 5 billion yuan, the
  //     company said on Thursday"), unless its clause puts it earlier or the day is another figure's
  if (pointInTime && !isPastClause(norm.slice(clause, Math.min(sentEnd, fig.end + 40)))) {
    for (let j = i; j < periods.length && periods[j]!.start < sentEnd; j++) {
      const p = periods[j]!;
      if (p.relative && p.kind === 'date' && p.period !== null && !boundToLater(p)) return { period: p.period, estimate: false, fromList: false, own: true, mention: p };
    }
  }
  // 4a. a count of a month's users after the month a ranking or a data release opens with ("2026年10月，国内AI原生App月活
  //     …。从具体产品看，豆包以3.4亿月活继续领跑", "In October, Doubao had 172 million monthly users … Qwen had 152
  //     million"): that month, named as the topic of its clause in this paragraph or the one before, with no other period
  //     named since
  if (monthCount) {
    // (2,500 characters back at most: a long page is read in chunks with 4,000 characters of text before each)
    const from = Math.max(paragraphsBack(norm, sentStart), sentStart - 2500);
    for (let j = lowerBound(periods, sentStart) - 1; j >= 0 && periods[j]!.start >= from; j--) {
      const p = periods[j]!;
      if (p.kind === 'date' || (p.relative && p.kind !== 'month')) continue;
      if (p.kind !== 'month' || p.period === null || p.relative || p.ahead) break;
      if (isTopicClause(norm, p, sentenceStartBefore(norm, p.start))) return { period: p.period, estimate: false, fromList: false, own: false, mention: p };
      break;
    }
  }
  // 4. point-in-time figures: the page date
  if (pointInTime && pageMonth !== null) return { period: pageMonth, estimate: false, fromList: false, own: false, mention: null };
  // 5. the period in force: the last year/half/quarter named before this sentence; "in the quarter", "当季" refer
  //    back to the last quarter named (not to the first half or nine months named since)
  let anchorBefore = false;
  let passedOver = false;
  // ("报告期内": the period of the report, the first its paragraph or the text states, not a quarter named since; the
  // word was looked for above)
  if (reportWord) {
    const whose = reportPeriodOf(periods, norm, sentStart);
    if (whose) return sameSubject(whose.start) ? { period: whose.period!, estimate: false, fromList: false, own: false, mention: whose } : NONE;
  }
  // (a period that opens its sentence: "Third-quarter results beat on cloud.", "In the third quarter, …", "第三季度，…")
  const opensSentence = (p: PeriodMention) => /^\s*(?:(?:in|for|during) (?:the )?)?$/.test(norm.slice(sentenceStartBefore(norm, p.start), p.start));
  const back = BACK_KIND.exec(norm.slice(sentStart, sentEnd));
  const backWord = back ? (back[1] ?? back[2]) : undefined;
  const backKind = back ? (backWord === 'six months' ? 'half' : backWord === 'three months' ? 'quarter' : backWord ?? (back[0].includes('季') ? 'quarter' : 'half')) : null;
  for (let j = lowerBound(periods, sentStart) - 1; j >= 0 && !ofADay; j--) {
    const p = periods[j]!;
    // ("…gained 38% so far in 2026. Third-quarter results beat: revenue was …" on an undated page: the text has moved on
    // to a quarter whose year it does not say)
    if (p.period === null && (p.kind === 'quarter' || p.kind === 'half' || p.kind === '9m') && !p.relative && opensSentence(p) && (backKind === null || p.kind === backKind)) return NONE;
    if (p.period === null || !p.anchor || p.ahead) continue;
    anchorBefore = true;
    // (a period named in force for another company is passed over, not carried; one the text set for all before any
    // company, "Three platforms reported results for the July-September quarter", or for this one, still is, if named
    // near: the text a long page's chunk is read with reaches 4,000 characters back, one read of the whole page must agree
    // with the chunked one, and a page of many stories is not walked back to its start for every figure)
    if (passedOver && sentStart - p.start > PASS_OVER_REACH) break;
    if (!sameSubject(p.start)) {
      passedOver = true;
      continue;
    }
    if (backKind !== null && p.kind !== backKind) continue;
    // ("…first-quarter 2026 report. At the end of 2025 it had 5,200 staff, an increase of 400, or 8.3%", "截至2025年末，
    // 员工总数为5,200人，增加400人": a sentence that dates itself outside the period in force has moved to another time;
    // a change it tells is not of the period carried)
    if (datedOutside(norm, periods, sentStart, fig.start, p.period)) return NONE;
    // ("第三季收入1.186億美元，按年增長176%；首三季收入3.014億美元。毛利率由去年同期的12.2%升至31.4%", "Third-quarter revenue rose
    // 176% to $118.6 million, taking the nine-month total to $301.4 million. Gross margin …": a running total told after the
    // quarter it ends with is an aside; the text goes on in the quarter)
    const quarter = backKind === null ? quarterBeforeTotal(periods, j, norm) : null;
    if (quarter) return { period: quarter.period, estimate: false, fromList: false, own: false, mention: quarter };
    return { period: p.period, estimate: false, fromList: false, own: false, mention: p };
  }
  // 6. a headline or lead figure, before the text names any period: the period the next sentence states
  //    ("生成式AI收入增72%" over "今年上半年收入按年增36%")
  // (not after a quarter or half the text named without a year, nor one of another kind than "in the quarter" asks for:
  // "reported third-quarter revenue … Capex fell to 21.4 billion yuan in the quarter. … the whole of 2025" on an undated
  // page)
  if (!anchorBefore && !pointInTime && firstUndatedPart(periods) >= sentStart) {
    for (let j = lowerBound(periods, sentEnd); j < periods.length && periods[j]!.start < leadEnd; j++) {
      const p = periods[j]!;
      if (p.anchor && !p.ahead && (backKind === null || p.kind === backKind)) return { period: p.period, estimate: false, fromList: false, own: false, mention: p };
    }
  }
  return { period: null, estimate: false, fromList: false, own: false, mention: null };
}

const OPENS_WITH_TIME = /^[\s"“「]*(?:(?:in|by|as of|as at|at|(?:at|by) the end of)\s(?:the\s)?)?$/;
/** Whether the sentence, before `before`, opens on a day or month (not said relative to the page's) outside `period`. */
function datedOutside(norm: string, periods: PeriodMention[], sentStart: number, before: number, period: string): boolean {
  const from = periodStart(period);
  const to = periodEnd(period);
  if (from === null || to === null) return false;
  for (let j = lowerBound(periods, sentStart); j < periods.length && periods[j]!.end <= before; j++) {
    const q = periods[j]!;
    if ((q.kind !== 'date' && q.kind !== 'month') || q.relative || q.period === null) continue;
    // (the time the sentence is set in: it opens the sentence, or a clause of its own, not "which listed in January")
    if (!OPENS_WITH_TIME.test(norm.slice(sentStart, q.start)) && !isTopicClause(norm, q, sentStart)) continue;
    const a = periodStart(q.period);
    const b = periodEnd(q.period);
    if (a !== null && b !== null && (b < from || a > to)) return true;
  }
  return false;
}

const RESPECTIVELY = /分别|respectively/;
// (asked once per sentence, not once per figure: a sentence of many figures is read once)
let respectivelyMemo = { norm: '', start: -1, end: -1, says: false };
function saysRespectively(norm: string, start: number, end: number): boolean {
  const m = respectivelyMemo;
  if (m.norm !== norm || m.start !== start || m.end !== end) respectivelyMemo = { norm, start, end, says: RESPECTIVELY.test(norm.slice(start, end)) };
  return respectivelyMemo.says;
}
export const LIST_GAP = /^\s?(?:、|,|，|和|及|与|以及|and|,\s?and|\/)\s?$/;
// (the kinds of period a list said "respectively" goes through: whole years, and a part of a year closing it)
const LIST_KINDS = new Set(['year', 'half', '9m', 'quarter']);
const YEAR_TO_YEAR = /^\s?(?:至|到|-|–|—|~|～|to|through)\s?$/;
const RANGE_AFTER_LIST = /^\s?(?:for|in|over)\s(?:the\s(?:years|fiscal years)\s)?$/;
/** The years of a range "2023年至2025年", "2026-2028" written as two year mentions, when there are `size` of them; else null. */
function yearsOfRange(norm: string, a: PeriodMention, b: PeriodMention, size: number): string[] | null {
  if (a.kind !== 'year' || b.kind !== 'year' || a.period === null || b.period === null || !YEAR_TO_YEAR.test(norm.slice(a.end, b.start))) return null;
  const from = Number(a.period);
  return Number(b.period) - from + 1 === size ? Array.from({ length: size }, (_, k) => String(from + k)) : null;
}

// (a list of percentages is one list whether its first item carries the verb or not: "分别升约210%及145%")
const PERCENTS = new Set(['percent', 'change']);
const sameKind = (a: RawFigure, b: RawFigure) => a.kind === b.kind || (PERCENTS.has(a.kind) && PERCENTS.has(b.kind));

/**
 * In a sentence that says "respectively" (分别), the run of figures of one kind joined only by list words that holds
 * figure `figIndex`: its first and last indexes, when it has two or more; else null.
 */
export function respectiveRun(norm: string, figures: RawFigure[], figIndex: number, sentStart: number, sentEnd: number, unsaid = false): [number, number] | null {
  if (!unsaid && !saysRespectively(norm, sentStart, sentEnd)) return null;
  const fig = figures[figIndex]!;
  let first = figIndex;
  while (first > 0 && figures[first - 1]!.start >= sentStart && sameKind(figures[first - 1]!, fig) && LIST_GAP.test(norm.slice(figures[first - 1]!.end, figures[first]!.start))) first--;
  let last = figIndex;
  while (last + 1 < figures.length && figures[last + 1]!.start < sentEnd && sameKind(figures[last + 1]!, fig) && LIST_GAP.test(norm.slice(figures[last]!.end, figures[last + 1]!.start))) last++;
  return last > first ? [first, last] : null;
}

/**
 * The year of a figure in a list said "respectively" of a list of years (or of a range of years, "2026年至2028年"),
 * when the two lists are as long as each other; else null. A list of years named before the figures needs no
 * "respectively": "cut its 2026 and 2027 forecasts to 20.5 billion yuan and 23.1 billion yuan, from 21.0 billion yuan
 * and 24.6 billion yuan", "将2026—2027年营收预测上调至250亿元和300亿元" go item by item as plainly.
 */
/** A run of `size` years joined by list words (its last may close on a part of a year), or a range of two, among `years`. */
function yearList(years: PeriodMention[], size: number, norm: string): { list: string[] | null; mention: PeriodMention | null } {
  for (let a = 0; a < years.length; a++) {
    if (years[a]!.kind !== 'year') continue;
    let b = a;
    while (b + 1 < years.length && years[b]!.kind === 'year' && LIST_GAP.test(norm.slice(years[b]!.end, years[b + 1]!.start).replace(/^\s?(?:the\s)?/, ' ').replace(/\s(?:the\s)?$/, ' '))) b++;
    if (b - a + 1 === size) {
      const list = years.slice(a, b + 1).map((y) => y.period!);
      // (the last year may only say whose part closes the list: "2024年、2025年前三季度" are the year 2024 and the first
      // nine months of 2025)
      list[size - 1] = partOfYear(years[b]!, years[b + 1], norm).period!;
      return { list, mention: years[a]! };
    }
    if (a + 1 < years.length) {
      const range = yearsOfRange(norm, years[a]!, years[a + 1]!, size);
      if (range) return { list: range, mention: years[a]! };
    }
  }
  return { list: null, mention: null };
}

const EACH_REPORT_PERIOD = /报告期(?:内)?各期|各报告期|報告期(?:內)?各期|各報告期/;
// ("报告期内（2023年、2024年、2025年及2026年1-3月）", "報告期（2023年至2025年）": where a prospectus story names its periods)
const REPORT_PERIODS_NAMED = /(?:报告期|報告期)(?:内|內)?\s?[（(]([^()（）]{6,60})[)）]/g;

/** The periods a text named as those of its report, in the last parentheses after 报告期 before `before` (4,000 characters back at most). */
function reportPeriodsNamed(norm: string, periods: PeriodMention[], before: number): PeriodMention[] | null {
  const from = Math.max(0, before - 4000);
  let last: RegExpExecArray | null = null;
  REPORT_PERIODS_NAMED.lastIndex = from;
  for (let m = REPORT_PERIODS_NAMED.exec(norm); m && m.index < before; m = REPORT_PERIODS_NAMED.exec(norm)) last = m;
  if (!last) return null;
  const start = last.index + last[0].indexOf(last[1]!);
  const end = start + last[1]!.length;
  const inside: PeriodMention[] = [];
  for (let j = lowerBound(periods, start); j < periods.length && periods[j]!.start < end; j++) if (LIST_KINDS.has(periods[j]!.kind) && periods[j]!.period !== null) inside.push(periods[j]!);
  return inside.length > 0 ? inside : null;
}

function respectiveYear(periods: PeriodMention[], figures: RawFigure[], figIndex: number, norm: string, sentStart: number, sentEnd: number): { year: string; mention: PeriodMention } | null {
  const said = saysRespectively(norm, sentStart, sentEnd);
  const run = respectiveRun(norm, figures, figIndex, sentStart, sentEnd, true);
  if (!run) return null;
  const [first, last] = run;
  const size = last - first + 1;
  // the years of the sentence: a run of years joined by list words, or a range of two
  // (the run may close on a part of a year: "2023年、2024年、2025年及2026年1-6月", "2023, 2024 and the first half of 2025")
  const years: PeriodMention[] = [];
  for (let j = lowerBound(periods, sentStart); j < periods.length && periods[j]!.start < sentEnd; j++) if (LIST_KINDS.has(periods[j]!.kind) && periods[j]!.period !== null) years.push(periods[j]!);
  let { list, mention } = yearList(years, size, norm);
  // ("报告期各期，前五大客户收入占比分别为71.6%、68.9%、62.3%和58.7%": each period of the report, as the text listed them
  // where it named the report's periods, "报告期内（2023年、2024年、2025年及2026年1-3月）")
  if (!list && said && EACH_REPORT_PERIOD.test(norm.slice(sentStart, figures[first]!.start))) {
    const named = reportPeriodsNamed(norm, periods, sentStart);
    if (named) ({ list, mention } = yearList(named, size, norm));
  }
  // (or one mention of a range of years as long as the list, before it: "将2026-2028年…预测…，对应EPS分别为0.44元、0.73元和1.01元",
  // "EPS for 2026-28 of 0.44, 0.73 and 1.01 yuan respectively")
  if (!list) {
    for (let j = lowerBound(periods, sentStart); j < periods.length && periods[j]!.start < figures[first]!.start; j++) {
      const q = periods[j]!;
      if (q.kind === 'years' && q.years && q.years.length === size) {
        list = [...q.years];
        mention = q;
      }
    }
  }
  // ("revenue of US$182 million in 2026 and US$305 million in 2027, up 138% and 68% respectively": the years the figures
  // just before the list were each given, in their order)
  if (!list && said) {
    const size2 = last - first + 1;
    const before: PeriodMention[] = [];
    for (let k = first - size2; k >= 0 && k < first; k++) {
      const f = figures[k]!;
      if (f.start < sentStart) break;
      const j = lowerBound(periods, f.end);
      const p = periods[j];
      if (!p || p.kind !== 'year' || p.period === null || p.start > figures[k + 1]!.start || !/^\s?(?:in|for|during)\s(?:the\s)?$/.test(norm.slice(f.end, p.start))) break;
      before.push(p);
    }
    if (before.length === size2 && new Set(before.map((p) => p.period)).size === size2) return { year: before[figIndex - first]!.period!, mention: before[figIndex - first]! };
  }
  // ("revenue of RMB126.5 billion in 2026, RMB128.8 billion in 2027 and RMB134 billion in 2028, …, and net profit of RMB19.2
  // billion, RMB18.6 billion and RMB21.0 billion": a list with no years of its own, after a list as long of the same unit
  // each given its year, goes through those years in their order)
  if (!list && !said && !periods.some((q) => q.start > figures[first]!.start && q.start < sentEnd)) {
    const unit = figures[first]!.unit;
    const parallel: PeriodMention[] = [];
    for (let k = first - 1; k >= 0 && figures[k]!.start >= sentStart && parallel.length < size; k--) {
      const f = figures[k]!;
      if (f.unit !== unit) continue;
      const p = periods[lowerBound(periods, f.end)];
      if (!p || p.kind !== 'year' || p.period === null || !/^\s?(?:in|for)\s$/.test(norm.slice(f.end, p.start))) break;
      parallel.unshift(p);
    }
    if (parallel.length === size && parallel.every((p, k) => k === 0 || Number(p.period) === Number(parallel[k - 1]!.period) + 1)) return { year: parallel[figIndex - first]!.period!, mention: parallel[figIndex - first]! };
  }
  // (unsaid, the years come first: "revenue of 1 billion yuan and 2 billion yuan in 2025 and 2026" could be either; but a
  // range of as many years right after the list, "1.12 billion yuan, 2.05 billion yuan and 2.86 billion yuan for 2026
  // through 2028", can only go item by item)
  if (!said && list && mention && mention.start > figures[last]!.end && RANGE_AFTER_LIST.test(norm.slice(figures[last]!.end, mention.start))) {
    const next = periods[lowerBound(periods, mention.end)];
    if (next && yearsOfRange(norm, mention, next, size)) return { year: list[figIndex - first]!, mention };
  }
  if (!said) return list && mention && mention.start < figures[run[0]]!.start ? { year: list[figIndex - first]!, mention } : null;
  // ("可灵在2025年四个季度分别贡献收入1.96亿元、3.18亿元、4.12亿元和4.86亿元", "in the four quarters of 2025 it earned A, B, C and D
  // respectively": a list as long as the quarters of the year named, item by item)
  if (!list && size === 4 && FOUR_QUARTERS.test(norm.slice(sentStart, figures[first]!.start))) {
    let year: PeriodMention | undefined;
    for (let j = lowerBound(periods, sentStart); j < periods.length && periods[j]!.start < figures[first]!.start; j++) if (periods[j]!.kind === 'year' && periods[j]!.period !== null) year = periods[j];
    if (year) return { year: `${year.period}-Q${figIndex - first + 1}`, mention: year };
  }
  // ("Net losses over the same periods were A, B, C and D respectively": the periods the text has just gone through, in
  // their order)
  if (!list && SAME_PERIODS.test(norm.slice(sentStart, sentEnd))) {
    // (a range of as many years just before, "2023年至2025年，营收分别为…。同期净亏损分别为7.88亿元、29.6亿元、47.2亿元": its years)
    for (let j = lowerBound(periods, sentStart) - 1; j > 0 && periods[j]!.start >= sentStart - 300; j--) {
      const range = yearsOfRange(norm, periods[j - 1]!, periods[j]!, size);
      if (range) return { year: range[figIndex - first]!, mention: periods[j - 1]! };
    }
    const seen: PeriodMention[] = [];
    for (let j = lowerBound(periods, sentStart) - 1; j >= 0 && seen.length < size && periods[j]!.start >= sentStart - 600; j--) {
      const q = periods[j]!;
      if (LIST_KINDS.has(q.kind) && q.period !== null && !seen.some((x) => x.period === q.period)) seen.unshift(q);
    }
    if (seen.length === size) return { year: seen[figIndex - first]!.period!, mention: seen[figIndex - first]! };
  }
  return list && mention ? { year: list[figIndex - first]!, mention } : null;
}
// (a clause of time opening the sentence: "When SoftBank led a round in 2018,", "2018年软银领投6.2亿美元时，")
const WHEN_CLAUSE = /^\s*(?:when|by the time|at the time)\s[^.;,]*,\s*$|^[^，,。；;]{2,40}(?:时|時|之时|之際|之际)\s?[，,]\s*$/;
// (and "同期净亏损分别为…": the same periods, opening a sentence of its own; not "去年同期分别为", the year before each)
const SAME_PERIODS = /(?<![a-z])(?:over|in|for|during) (?:the )?(?:same|respective) (?:periods|years)(?![a-z])|(?<!去年|上年|前年)同期(?=[^，,。；;\d]{0,12}分别)/;

// "bringing the total for the fiscal year to about 131 billion yuan", "累计": a running total told in passing
export const RUNNING_TOTAL_BEFORE = /(?<![a-z])(?:bringing|taking|lifting|pushing) (?:the |its |their )?(?:total|tally|sum)|累计|累積/;
// "lifts AI spending plan to 480 billion yuan", "raised its capex budget to", "投资计划上调至4800亿元": a plan's amount, spread
// over years the clause may not name; no reporting period told before it is its period
export const PLAN_AMOUNT_BEFORE = /(?<![a-z])(?:plan|budget|pledge|programme|program)s?\s(?:for\s[^,;.]{1,40}\s)?(?:to|of|at)\s(?:about |around |roughly |nearly |more than |over |some )?(?:us|hk|rmb)?\s?[$¥]?$|(?:计划|预算|规划|計劃|預算|規劃)(?:金额|規模|规模)?(?:提高|上调|上調|增加|提升|扩大|擴大)?(?:至|到|为|為)\s?$/;
const YEAR_COUNT: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, 2: 2, 3: 3, 4: 4, 5: 5, 两: 2, 三: 3, 四: 4, 五: 5 };
// ("in the three years to March 2028", "for the three years through 2028" too; not "tripled in three years", a level reached)
const OVER_YEARS_AFTER = /^[^,;，；。]{0,60}?(?<![a-z])(?:(?:over|across|during) (?:the )?|(?:in|for) the )(?:next |coming |following )?(two|three|four|five|[2-5]) years(?![a-z])/;
const OVER_YEARS_BEFORE = /(?:未来|今后|(?<![a-z])over the (?:next |coming )?)(两|三|四|五|[2-5]|two|three|four|five)\s?(?:年|years)[^，；。,;]{0,16}$/;
// ("三年AI投入大概率超3800亿元", "三年 AI 与云基础设施投入“大概率超过”3800亿元": spending over so many years, named before
// its amount; not "过去三年", "三年前", "三年来", "第三年")
const YEARS_SPENDING_ZH = /(?<![过過近这這前第\d上下去今明])(两|三|四|五)\s?年(?!前|来|來|以来|以來|后|後|期|度|底|末|间|間)(?=[^，；。,;\d]{0,24}(?:投入|投资|投資|开支|開支|支出|预算|預算))[^，；。,;\d]{0,30}$/;
const YEARS_TO_AFTER = /^\s?(?:to|through|ending(?: in)?|that end(?:s)? in)\s(?:the end of\s)?(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s)?((?:19|20)\d\d)(?!\d)/;
const CUMULATIVE_WORD = /(?<![a-z])(?:cumulative(?:ly)?|in total)(?![a-z])/;
const AS_OF_END = /(?:(?<![a-z])(?:as of|as at|by the end of|at the end of|through|by)|截至|截止)\s?$/;

/**
 * The period the wording of a figure's clause gives it over the one picked: a running total is as of the day its clause
 * names ("截至7月底累计服务次数超过2000万次", "a cumulative 20 million rides as of July"); an amount spread over several
 * years is of the years from the one named ("pledged in February 2025 to invest 380 billion yuan over three years",
 * "未来三年投入3800亿元"), and of none when no start is named. Undefined when no such wording holds.
 */
export function periodByWording(period: string | null, w: { norm: string; fig: RawFigure; ss: number; se: number; periods: PeriodMention[]; table: boolean }): { period: string | null; mention: PeriodMention | null } | undefined {
  const { norm, fig, ss, se, periods } = w;
  const cs = clauseStart(norm, fig.start, ss);
  let out: { period: string | null; mention: PeriodMention | null } | undefined;
  const before = norm.slice(cs, fig.start);
  if (RUNNING_TOTAL_BEFORE.test(before) || CUMULATIVE_WORD.test(before)) {
    // (the date may open the sentence in a clause of its own, with no other figure after it: "截至本月，累計服務次數超過2,100萬次")
    for (let j = lowerBound(periods, ss); j < periods.length && periods[j]!.end <= fig.start; j++) {
      const q = periods[j]!;
      if (q.start < cs && /\d/.test(norm.slice(q.end, fig.start))) continue;
      const from = Math.max(q.start < cs ? ss : cs, q.start - 12);
      if ((q.kind === 'date' || q.kind === 'month') && q.period !== null && (AS_OF_END.test(norm.slice(from, q.start)) || /^(?:截至|截止)/.test(norm.slice(q.start, q.start + 2)) || /(?:截至|截止)\s?$/.test(norm.slice(from, q.start)))) out = { period: q.period, mention: q };
    }
  }
  if (fig.kind === 'money' && !w.table) {
    const overAfter = OVER_YEARS_AFTER.exec(norm.slice(fig.end, Math.min(se, fig.end + 80)));
    const near = norm.slice(Math.max(cs, fig.start - 30), fig.start);
    const over = overAfter ?? OVER_YEARS_BEFORE.exec(near) ?? YEARS_SPENDING_ZH.exec(near);
    const n = over ? YEAR_COUNT[over[1]!] : undefined;
    // ("over the three years to March 2028", "over the next three years through 2028": the years that end there)
    const to = n !== undefined && n > 1 && overAfter ? YEARS_TO_AFTER.exec(norm.slice(fig.end + overAfter.index + overAfter[0].length, Math.min(se, fig.end + overAfter.index + overAfter[0].length + 30))) : null;
    if (to && n !== undefined) {
      const endYear = Number(to[2]);
      const month = to[1] ? monthNum(to[1]) : 0;
      out = { period: month > 0 && month < 12 ? `${endYear - n}-${String(month + 1).padStart(2, '0')}..${endYear}-${String(month).padStart(2, '0')}` : `${endYear - n + 1}..${endYear}`, mention: null };
    } else if (n !== undefined && n > 1) {
      // (the start is the year of the figure's period, or of the date the sentence names before it: "in May 2025")
      let named = out ? out.period : period;
      if (named === null) for (let j = lowerBound(periods, ss); j < periods.length && periods[j]!.end <= fig.start; j++) if (periods[j]!.period !== null) named = periods[j]!.period;
      const start = named !== null && /^\d{4}(?:-\d\d)?$/.test(named) ? Number(named.slice(0, 4)) : null;
      out = { period: start === null ? null : `${start}..${start + n - 1}`, mention: null };
    }
  }
  return out;
}
