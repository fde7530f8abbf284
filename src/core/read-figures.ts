// The figure reader: find, parse and attribute every figure in an English or Chinese news text. Pure and
// synchronous; never throws (odd input gives []). Figures come in text order with UTF-16 offsets into `text`.
//
// Cost: one normalisation pass, one regex pass each for numbers, sentences, entity mentions, metric cues and
// period mentions, then bounded local work per figure (binary searches into those lists). No NLP library runs:
// compromise costs ~0.5 s per 12 KB and the cue tables settle the subject and metric well enough on news text.
import { findMentions, fiscalYearEndOf, isProductName, UNIT_NAMES } from './read/aliases';
import { lowerBound } from './read/lower-bound';
import { companyByConstruction, pickEntity } from './read/pick-entity';
import { amountChange, countOfCalls, earlierInSentence, finalMetric, MULTIPLE_OF_EARLIER, PART_MARGIN, metricByConstruction, MARKET_REPORT_WORDS, metricByWording, moveToPriceWords, peopleCut, pickBaseMetric, respectiveCue, tokensADayWords, VALUATION_MULTIPLES, RUN_EXTENDED_BEFORE, halfOnHalfOf, QOQ_EN, sequentialOf } from './read/pick-metric';
import { DAY_VALUES, LIST_GAP, MONTH_COUNTS, OWN_PERIOD_ONLY, pageDateHolds, periodByWording, pickPeriod, PLAN_AMOUNT_BEFORE, POINT_IN_TIME, RUNNING_TOTAL_BEFORE } from './read/pick-period';
import { findFigures, type RawFigure } from './read/find-figures';
import { BALANCE_SHEET_METRICS, findCues, growthOf, MONEY_METRICS, OVERSEAS_SHARE_CUE, PEOPLE_COUNTS, PEOPLE_METRICS, type Cue } from './read/metrics';
import { normalizeText } from './read/normalize';
import { findPeriodMentions, monthNum, periodContextOf, spanFromMonth, type PeriodContext, type PeriodMention } from './read/periods';
import { clauseStart, findSentences, sentenceIndexAt } from './read/sentences';
import { isForecast, isPastBase } from './read/qualifiers';
import { cellAt, findTableRows, type TableRow } from './read/tables';
import { fromTable } from './read/from-table';
import { yuanNear } from './read/yuan-near';
import { CN_DIGITS } from './read/parse-amount';
import { abroadOf, basisOf, customerShare, PART_NAMED_AFTER, isOfferPrice, isDateline, isPastClause, isPastPeak, MODEL_METRICS, modelNear, isRegionSegment, normaliseSegment, pickBasis, segmentAfter, segmentBefore, shareOfPart, shareMarket, THIS_YEAR, valueKind, isYardstick, withMarket, YTD } from './read/fact-basis';
import type { Cue as EvidenceCue, Evidence, EvidenceScope, Figure } from './types';
import { isCurrency, type Currency, type EntityId, type MetricId, type Unit } from './vocabulary';
import { endMonthOf } from './check/periods';

export interface ReadOptions {
  /** Year for months and quarters named without one, when the text gives none before. */
  defaultYear?: number;
  /** The page's publication date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  pageDate?: string;
  /**
   * The text is a window into a longer page that starts after the page's opening (a chunk read with its context): its
   * first lines are no headline or lead, so no company is taken from them as the one the text opens on.
   */
  midPage?: boolean;
}

// (the bases a reporting period implies: a year, a half, a quarter, nine months)
const REPORT_BASES = new Set(['fy', 'h1', 'h2', 'q', '9m']);
const REVENUE_ABROAD_AFTER = /^\s?(?:\([^)]{0,40}\)\s?)?of (?:its |their |the company's |the group's )?(?:[a-z-]+ ){0,2}(?:revenues?|sales) (?:abroad|overseas|outside (?:of )?(?:mainland china|china|the mainland))(?![a-z])/;
// the shares of revenue a part's amount may restate
const SHARE_OF_REVENUE = /^(?:other:(?:segment-|overseas-)?revenue-share|api-revenue-share)$/;
const OR_SHARE_GAP = /^\s?(?:\([^)]{0,40}\)\s?)?[^,;.:()\d%]{0,60},\s?or\s(?:about |around |roughly |nearly |almost |some |just over |just under )?$/;
const CHANGE_WORD_AFTER = /^\s?(?:more|less|higher|lower|above|below|up|down|from|year-on-year|year-over-year|yoy|y\/y|on the year|growth|increase|rise|gain|drop|decline|fall|of growth)(?![a-z])/;
const CHANGE_OF_FORECAST_GAP = /^\s?(?:\([^)]{0,40}\)\s?)?[,，]\s?(?:(?:同比|环比|按年|按季|较上年同期|较去年同期)?\s?(?:增长|增加|上升|上涨|下降|减少|下跌|增幅|降幅)(?:约|超过|逾|近|为|達|达)?|(?:up|down|rising|falling|growing|a rise of|an increase of|a drop of|a decline of|growth of)\s(?:about |around |roughly |some |more than |nearly )?)\s?$/;

// "since its January debut", "since listing in January", "1月上市", "1月在港上市": the month of a listing
const MONTH_WORD = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*';
const LISTING_MONTH = /(?<![a-z])(?:since (?:its |their |the )?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?: \d{1,2})? (?:debut|listing|ipo|float)|since (?:listing|its listing|its debut|debuting|going public) in (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)(?![a-z])|(?<!\d)(1[0-2]|[1-9])\s?月(?:\d{1,2}日)?(?:在港|于港交所|在香港)?(?:上市|挂牌)/;

// the month of a listing as a text tells it anywhere: "listed in Hong Kong in January", "its January IPO", "debuted on
// Jan. 9", "1月8日在港交所挂牌", "今年1月在港上市", "1月以每股165港元招股"
const LISTED_IN = new RegExp(
  String.raw`(?<![a-z])(?:(?:(?:listed|debuted|went public|floated|began trading|started trading)(?: (?:shares |its shares |in hong kong|in shanghai|on the [a-z ]{2,20}?))?|(?:debut|listing|ipo|flotation)(?: in hong kong| in shanghai)?) (?:in|on) (?:early |mid-|late )?(${MONTH_WORD})|(?:its|their|the) (${MONTH_WORD})\.?(?: \d{1,2})?(?:,? \d{4})? (?:hong kong |shanghai )?(?:debut|listing|ipo|initial public offering|float|flotation))(?![a-z])|(?<!\d)(1[0-2]|[1-9])\s?月(?:\d{1,2}日)?(?:在港|于港交所|在香港|在港交所|登陆港股|于香港|以每股[\d.]+港元)?(?:正式)?(?:上市|挂牌|招股)(?!前|计划|申请)|(?<![a-z])(?:(?:listed|debuted|began trading|started trading)(?: in hong kong| in shanghai)? (today|yesterday|on (?:monday|tuesday|wednesday|thursday|friday))|(?:debut|first day of trading|first trading day) (today|yesterday|on (?:monday|tuesday|wednesday|thursday|friday)))(?![a-z])|(今日|今天|昨日|昨天)[^，。；,;]{0,12}(?:上市|挂牌)(?!前)`,
  'g',
);

// ("the 380 billion yuan the company pledged a year ago", "the $50 billion it has committed to AI": an amount promised,
// spread over years the clause does not name)
const PLEDGED_AFTER = /^\s(?:that |which )?(?:it|they|the (?:company|group|firm))\s(?:had |has |have )?(?:pledged|promised|committed|earmarked|budgeted)(?![a-z])/;

/**
 * The one month the text says a listing took place in (the page's month for a listing "today" or "on its first day"),
 * or null when it names none or several.
 */
function listingMonthOfText(norm: string, pageMonth: number | null): number | null {
  const months = new Set<number>();
  for (const m of norm.matchAll(LISTED_IN)) {
    const month = m[3] ? Number(m[3]) : m[1] || m[2] ? monthNum((m[1] ?? m[2])!) : pageMonth;
    if (month !== null) months.add(month);
  }
  return months.size === 1 ? [...months][0]! : null;
}

// (what stands between a change said year on year and the value it moved from: " yoy from ", " year-on-year, from ")
const YOY_FROM = /^\s?(?:yoy|y\/y|y-o-y|year[- ]on[- ]year|year[- ]over[- ]year)\s?,?\s(?:up |down )?from\s(?:about |around |roughly |nearly )?$/;

// the year-ago value of the figure just given: "，去年同期是77%", "，上年同期为"
const YEAR_AGO_VALUE_BEFORE = /^[^。；;.\d]{0,6}[，,]\s?(?:而|则)?(?:去年同期|上年同期|一年前)(?:(?:的|这一|该)?(?:比例|占比|比重|水平))?(?:则)?(?:约|約)?(?:是|为|為|仅为|僅為|达|達)?\s?(?:约|約)?\s?$/;
// (things counted, named right after a count: no people)
const THINGS_COUNTED_AFTER = /^\s?(?:(?:[a-z0-9.&-]+\s){0,3}?(?:chips|gpus|accelerators|graphics cards|cards|servers|processors|data cent(?:re|er)s|clusters|racks|cars|vehicles|robotaxis|robots|patents|contracts|orders|stores)(?![a-z])|(?:张|块|颗|台|辆|项|份)(?:[^，。；,;\s]{0,8})?(?:芯片|显卡|gpu|卡|服务器|车|专利|合同|订单))/;
const SAME_LEVEL_LATER = /^(?:\s?of (?:[a-z0-9'-]+\s){0,3}(?:revenues?|sales|the total|total))?(?:\s[a-z0-9'-]+){0,3}\s(?:and|but)\s(?:(?:is|are|should|could|would|will|may|might)\s)?(?:(?:expected|forecast|seen|set|likely) to\s)?(?:reach|rise to|climb to|fall to|grow to|hit|exceed)\s(?:about |around |roughly |nearly |more than |over )?$/;
// (and of an amount: "，上年同期为亏损1.57亿元", "，去年同期盈利2亿元")
const YEAR_AGO_AMOUNT_BEFORE = /^[^。；;.\d]{0,6}[，,]\s?(?:而|则)?(?:去年同期|上年同期)(?:则)?(?:是|为|為)?\s?(亏损|净亏损|虧損|淨虧損|盈利|净利润|淨利潤)?\s?(?:约|約)?\s?$/;
// (the profit and the loss form of each profit metric)
const PROFIT_OR_LOSS: Record<string, [MetricId, MetricId]> = {
  'net-profit': ['net-profit', 'net-loss'],
  'net-loss': ['net-profit', 'net-loss'],
  'other:net-profit-excl-nonrecurring': ['other:net-profit-excl-nonrecurring', 'other:net-loss-excl-nonrecurring'],
  'other:net-loss-excl-nonrecurring': ['other:net-profit-excl-nonrecurring', 'other:net-loss-excl-nonrecurring'],
};
// (shares and margins: levels whose year-ago value is told the same way)
const LEVEL_METRIC = /share|margin|ratio/;
const UNITS_COUNTED_AFTER = /^\s?(?:(?:[a-z-]+\s){0,2}?(?:units|pairs|handsets|phones|devices|humanoids|glasses|pcs|laptops|tablets)(?![a-z])|(?:台|辆|部|套|件|副|架))/;
const STAKE_BEFORE = /(?:持股(?:比例)?|持有[^，,。；;\d]{0,12}?|股权比例|股權比例)\s?(?:(?:提升|提高|增加|升|增|降|减少|減少|降低)至)?\s?(?:约|約|近)?\s?$|(?<![a-z])(?:stake|holding|shareholding)s?\s(?:of|to|at|from)\s(?:about |around |roughly |nearly )?$/;
const PER_PERIOD_AFTER = /^\s?(?:(?:a|per|each|every) (?:year|month|quarter)|annually|yearly)(?![a-z])|^\s?(?:一年|每年|每月|每季|\/年)/;
// (the words between a part's revenue and a margin said of it: "$61.8 million, at a gross margin of", "，毛利率约为")
const MARGIN_OF_PART_GAP = /^[^.;:!?。；：！？]{0,60}?(?:margins?|毛利率|利润率|利潤率)[^.;:!?。；：！？\d]{0,24}$/;

// the users of a part: a version of an app or a region, named in the figure's own clause
const USER_METRICS_OF_PART: Partial<Record<string, string>> = { users: 'users', 'paying-users': 'paying-users', 'other:daily-active-users': 'daily-active-users' };
const OVERSEAS_USERS = /(?<![a-z])(?:international (?:version|app|edition)|overseas (?:version|app|edition|users)|global version|international users|users (?:outside|beyond) (?:mainland )?china|outside (?:mainland )?china|abroad)(?![a-z])|国际版|海外版|海外(?:月活|日活|用户|付费用户)/;
const USERS_IN_ALL = /(?<![a-z])(?:worldwide|globally|global(?! version)|in total|across (?:its|all) apps|includ(?:es|ing|ed) (?:overseas|international))(?![a-z])|全球|合计|总计/;
const DOMESTIC_USERS = /(?<![a-z])(?:chinese version|domestic version|(?:of them|of whom|of which) in (?:mainland )?china)(?![a-z])|国内版/;
/**
 * The part of an app or a region whose users a figure counts, named between `from` (the sentence or the figure before)
 * and it, or in its own clause after it.
 */
function userPart(norm: string, fig: { start: number; end: number }, from: number, se: number): 'overseas' | 'domestic' | null {
  const rest = norm.slice(fig.end, Math.min(se, fig.end + 50));
  // (from the figure's own clause: "150 million were outside China, and paying users rose to 3.1 million" counts all paying
  // users, "110 million users worldwide, with 40 million of them in China" a part; a Chinese sentence goes on past its commas:
  // "Qwen應用國際版上線四個月，10月月活躍用戶達到1,800萬")
  const before = norm.slice(from, fig.start);
  const joined = Math.max(before.lastIndexOf(', '), before.lastIndexOf('; '));
  const own = before.slice(joined + 1) + ' ' + rest.slice(0, Math.max(0, rest.search(/[,;，；。]|$/)));
  // (the whole said as such: "全球月活躍用戶超過2.1億", "26 million monthly users worldwide", "which includes overseas users")
  if (USERS_IN_ALL.test(own)) return null;
  if (OVERSEAS_USERS.test(own)) return 'overseas';
  if (DOMESTIC_USERS.test(own)) return 'domestic';
  return null;
}


// "三年累计", "两年合计": a total over that many years
const CUMULATIVE_YEARS_ZH = /([两二三四五六七八九]|\d+)\s?年(?:来|间)?\s?(?:合计|累计|共计|总计|累积)[^，。,;；\d]{0,8}$/;

// the side of a token price its cue names ("per million input tokens", "输出价格")
const PRICE_SIDE = /input|output|输入|输出|輸入|輸出/;
const SIDE_AFTER = /^\s?(?:per (?:million|1 million|mn|m) |a million )?(?:for |on |of )?(input|output)(?![a-z])/;

// "(2Q26: ", "(1H25: ", "(vs. 3Q25: ", "(FY24: ": a period's tag opening a parenthesis, then its value
const PERIOD_TAG_IN_PARENS = /^\(\s?(?:vs\.?\s?)?(?:[1-4]q\s?\d{2,4}|q[1-4]\s?\d{2,4}|[12]h\s?\d{2,4}|h[12]\s?\d{2,4}|fy\s?\d{2,4}|9m\s?\d{2,4}|20\d\d)\s?[:：]\s?$/;
// (and "was 27% higher than in the first quarter", "10% above the second quarter's")
// (words that name the whole company between a part's figure and a margin: "整体毛利率", "the group's gross margin")
const WHOLE_WORD = /(?<![a-z])(?:overall|group|company|total|consolidated|blended)(?![a-z])|整体|集团|公司|综合|总体/;
const MARGIN_ON_PART_AFTER = /^\s?(?:\([^)]{0,30}\)\s?)?(?:on|at|for|in) (?:the |its |their |[a-z0-9.-]+'s )?((?:[a-z0-9-]+ ){0,2}?(?:[a-z0-9-]+)) (?:unit|division|segment|business|arm|platform)(?![a-z])/;
// ("from the 534.7 million yuan booked in the second half of 2025", "than in the second half", "versus the first half")
const FROM_HALF_AFTER = /^(?:[^.;]|\.\d){0,50}?(?:from|over|than|versus|vs\.?|compared (?:with|to))\s(?:(?:[^.;,]|\.\d){0,40}?\s)?(?:in |during |for )?the (first|second) half(?: of (\d{4}))?(?![a-z])/;
// ("较去年下半年的34.1亿元减少", "较上半年增长")
const FROM_HALF_BEFORE_ZH = /较\s?(去年|上年)?\s?(上|下)半年[^，。；;,]{0,20}$/;
// (the next company and "at", after a multiple said of the first: "; MiniMax at some", ", and MiniMax at about")
const PARALLEL_AT_BEFORE = /^[^.;]{0,40}?[;,]\s(?:and |while |against |with )?[a-z0-9.\s'’-]{2,30}?\s(?:at|on)\s(?:about |around |some |roughly |nearly |just )?$/;
const STOCK_AT_END = new Set<string>([...BALANCE_SHEET_METRICS, 'paying-users', 'headcount', 'other:rd-headcount', 'other:rd-staff-share']);
const ALONE_QUARTER = /单季|單季/;
// (a period named by the day it ended: "the year ended 31 December 2025", "截至2026年6月30日止六个月")
const ENDED_ON = /(?<![a-z])(?:ended|ending)\s|止/;
// (a stock its own clause says the company has now: "and has cash of", "目前账上现金")
const PRESENT_STOCK_BEFORE = /(?<![a-z])(?:has|have|now|currently|still)(?![a-z])|目前|现有|現有|如今|当前|當前/;
const AVERAGE_SAID = /(?<![a-z])(?:average|averaged|on average)(?![a-z])|平均|均值|日均|月均/;
const PART_COUNT = /^(?:other:)?((?:users|paying-users|headcount|daily-active-users)(?:-growth(?:-qoq)?)?)$/;
// (and the quarter named by its months: "down 40% from the first three months of the year")
// (and "a 36% increase on the first quarter": past the noun of the change)
// (and past the value it was: "6% more than the 38.9 billion yuan spent in the June quarter"; and "the April-June period")
const FROM_QUARTER_AFTER = /^\s?(?:(?:increase|rise|gain|jump|growth|drop|fall|decline)\s)?(?:from|over|on|(?:higher|lower|more|less|above|below|up|down)(?: than)?(?: in| during| that of| that in)?|compared (?:with|to)) (?:the (?:us|hk|rmb)?[$¥]?\s?\d[\d.,]*\s?(?:trillion|billion|million|bn|mn)?\s?(?:yuan|dollars)?(?: [a-z]+){0,2} (?:in|during) )?(?:the |its )?(?:(first|second|third|fourth|march|june|september|december) quarter|(first|january-march|april-june|july-september|october-december) (?:three months|period|quarter))(?![a-z])/;
const FROM_QUARTER_BEFORE_ZH = /(?:较|比|相比)\s?(?:今年)?(?:首|第([一二三四1-4]))季度?(?:的[^，,；;。]{0,16})?(?:增长|增加|上升|下降|减少|增|升|降|减)\s?(?:约|近|逾|超过?)?\s?$/;
const FROM_QUARTER_OPENING = /^\s*(?:from|compared (?:with|to)|against|versus|relative to) (?:the |its )?(?:(first|second|third|fourth|march|june|september|december) quarter|(?:previous|prior|preceding) quarter)\s?,[^,;.]*$/;
const ORDINAL_QUARTER: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, march: 1, june: 2, september: 3, december: 4, 'january-march': 1, 'april-june': 2, 'july-september': 3, 'october-december': 4 };
const QUICK_GATE = /[0-9０-９]|[一二两三四五六七八九十][千百十]?[万亿成倍]|illion/;
// a value revised before its 'from' ('restated its 2025 revenue to … from …', 下调全年目标至…): one period's two values
const REVISED_BEFORE = /(?<![a-z])(?:restat|revis|correct|amend)(?:ed|es|ing|s)?\s[^.;!?]*$|(?<![a-z])(?:rais|lift|cut|lower|trimm?|reduc|boost|upgrad|downgrad)\w*\s(?:its |the |their |our |his |her )?(?:[a-z0-9-]+\s){0,3}(?:forecasts?|guidance|targets?|estimates?|outlook|projections?)\s[^.;!?]*$|(?:重述|修正|更正)[^。；;]*$|(?:上调|下调|调高|调低)[^。；;]{0,10}(?:目标|预测|指引|预期)[^。；;]*$/;
// a move that ends at a price: to it, or closing at it in the next words
const MOVE_TO_CLOSE_AFTER = /^\s?(?:to (?:a record |a low of |a high of |close at )?(?:hk|us|s)?\$\s?\d|[，,]\s?(?:收报|收于|报)\s?\d)/;
// a part of the company as the subject of a verb of growth, past an aside
const PART_GREW_BEFORE = /(?<![a-z])(?:segment|unit|division|business|arm)(?:'s|’s)?(?:,[^,;.]{0,50},)?\s(?:grew|rose|jumped|climbed|surged|expanded|fell|declined|shrank|slipped)\s(?:by\s)?(?:about |around |nearly |more than |almost )?$/;
// ("$1.40 for every dollar of revenue, against $4.13 a year earlier": the same measure, compared)
// (a pair of values, one moved from and one reached: "from about 10 billion yuan to 150 billion yuan", "从约100亿元增至约1500亿元")
const PAIR_FROM_BEFORE = /(?:(?<![a-z])from|从|由)\s?(?:about |around |roughly |some |nearly |约|近)?\s?$/;
const PAIR_GAP = /^\s?(?:to|[^\d，,。；;]{0,8}(?:至|到))\s?(?:about |around |roughly |some |nearly |约|近)?\s?$/;
/** Whether figure `k` is the first ('from') or the second ('to') of such a pair within its sentence; else null. */
function fromToPair(norm: string, raws: RawFigure[], k: number, ss: number, se: number): 'from' | 'to' | null {
  const fig = raws[k]!;
  const next = raws[k + 1];
  const prev = raws[k - 1];
  if (next && next.start < se && PAIR_FROM_BEFORE.test(norm.slice(Math.max(ss, fig.start - 12), fig.start)) && PAIR_GAP.test(norm.slice(fig.end, next.start))) return 'from';
  if (prev && prev.start >= ss && PAIR_FROM_BEFORE.test(norm.slice(Math.max(ss, prev.start - 12), prev.start)) && PAIR_GAP.test(norm.slice(prev.end, fig.start))) return 'to';
  return null;
}
// (past the period of the value reached: "narrowed to 2.05 billion yuan in the nine months from 2.6 billion yuan")
// (and "down to 64.5% of revenue from 91.6%": what the share is of, between)
const FROM_AFTER_TO = /^\s?(?:\([^()]*\))?\s?,?\s?(?:(?:in|for|during|over|of) (?:the )?(?:[a-z0-9-]+ ){1,4}?)?from\s(?:about |around |roughly |nearly )?$/;
// ("adjusted profit was 5 billion yuan, compared with 6 billion yuan": a value set beside it for comparison)
const COMPARED_AFTER = /^\s?(?:\([^()]*\))?\s?,?\s?(?:compared (?:with|to)|versus|vs\.?|against)\s(?:about |around |roughly |nearly )?$/;
// ("投后估值达280亿美元，较去年12月上一轮融资时的43亿美元": the value it is compared with, of the same measure)
// (and "lower than the \"more than 1.2 billion yuan\" its chief executive cited", "below the $14 billion discussed": the
// figure compared with, named with "the")
const REFERS_BACK = /(?:previous|prev\.|prior|vs\.?|versus|from|against|compared (?:with|to)|(?:[12]h|q[1-4]|fy)\d{2}e?|较[^，。；,;]{0,24}的|(?<![a-z])(?:than|below|above|short of) the\s["“]?(?:more than |less than |over |under )?)\s?[:：]?\s?(?:about |around |roughly |约|less than |more than |nearly |almost |just over |just under )?$/;

// (a clause that opens with a new subject, "…, while the loss", "; its net loss", and the verb that moves it)
const NEW_CLAUSE_SUBJECT_BEFORE = /(?:[,;]\s(?:while|and|but|whereas)|;)\s(?:the |its |their )?(?:[a-z-]+\s){0,2}$/;
const MOVES_AFTER_SUBJECT = /^\s(?:narrowed|widened|shrank|rose|fell|grew|increased|decreased|declined|dropped|jumped|climbed|slipped|improved|swelled|deepened)(?![a-z])/;

// (", or 9.2%" right after a change: the change restated)
const RESTATED_AS_PERCENT_GAP = /^\s?(?:people|employees|staff|jobs|positions|workers|roles)?\s?,\s?or\s(?:about |around |roughly |nearly |some |almost )?$/;

const MARKETS_AMOUNT_BEFORE = /(?<![a-z])(?:the|this|that|whole|entire|overall)\s(?:[a-z-]+\s){0,2}?market(?:'s|’s)\s(?:about |some |roughly |nearly |total of )?(?:us|hk|rmb)?[$¥]?\s?$/;
const RATE_OF_NOTES_AFTER = /^\s?(?:(?:senior|unsecured|secured|convertible|exchangeable|fixed-rate|dollar|yuan|offshore|green|perpetual|[a-z]+-year)\s){0,2}(?:notes|bonds|debentures)(?![a-z])/;
const DIVIDEND_PER_SHARE_AFTER = /^\s?(?:a|per|each) share\s(?:in\s(?:(?:cash|final|interim|special)\s)?dividends?|as\s(?:an?\s)?(?:(?:final|interim|special)\s)?dividend)(?![a-z])/;
const DIVIDEND_OF_BEFORE = /(?<![a-z])(?:(?:final|interim|special|annual|cash|quarterly)\s)?dividends?\s(?:of|at)\s(?:about |around |roughly )?(?:us|hk|rmb)?[$¥]?\s?$/;
const PER_SHARE_AFTER = /^\s?(?:a|per|each) share(?![a-z])/;
const DIVIDEND_ZH_BEFORE = /每股(?:派息|派发股息|派發股息|股息|派现|派現|分红|分紅|现金红利|現金紅利)(?:为|為)?\s?(?:约|約)?\s?(?:人民币|港币|港幣)?\s?$/;

// the facts an app has of its own: what is spent to promote it (not its users: writers name the app for the group's
// users as often as for its own, and splitting them lost as many right warnings as wrong ones on unread sets)
const PRODUCT_PARTS: ReadonlySet<string> = new Set(['other:marketing-expense', 'other:marketing-expense-growth']);
// "其中中国区员工约11.4万人": a part of the staff, named after 其中 ("of which")
const STAFF_OF_WHICH_ZH = /其中\s?([^，。；,;\d\s]{1,10}?)的?(?:员工|雇员|人员|员工人数|员工数)(?:数)?\s?(?:为|达|达到|有)?\s?(?:约|近|超过|逾)?\s?$/;

/** Whether the words around a money figure make it a dividend per share ("HK$4.50 a share in dividends", "每股派息0.5港元"). */
function isDividendPerShare(norm: string, fig: RawFigure, ss: number): boolean {
  return (
    DIVIDEND_PER_SHARE_AFTER.test(norm.slice(fig.end, fig.end + 48)) ||
    DIVIDEND_ZH_BEFORE.test(norm.slice(Math.max(ss, fig.start - 20), fig.start)) ||
    (DIVIDEND_OF_BEFORE.test(norm.slice(Math.max(ss, fig.start - 40), fig.start)) && PER_SHARE_AFTER.test(norm.slice(fig.end, fig.end + 16)))
  );
}

// words of a running total of money raised (in total, to date, 累计)
const CUMULATIVE_FUNDING = /累计|累積|合共|共计|总计|(?<![a-z])(?:in total|in all|all told|altogether|to date|so far|since (?:its )?(?:founding|inception|launch)|a total of|total funding|cumulative(?:ly)?|across (?:\w+ )?rounds|over (?:\w+ )?rounds)(?![a-z])/;

// a value named with "the" for comparison ("lower than the", "below the")
const COMPARED_THE = /(?<![a-z])(?:than|below|above|short of) the\s["“]?(?:more than |less than |over |under )?\s?(?:about |around |roughly )?$/;

const GROWTH_SINCE_YEAR = /(?:较|相比|比|(?<![a-z])(?:compared with|from|since|over)\s)((?:19|20)\d\d)\s?年?(?:同期)?\s?(?:[^\d,，;；]{0,8})$/;


export function readFigures(text: string, options: ReadOptions = {}): Figure[] {
  try {
    if (typeof text !== 'string' || !QUICK_GATE.test(text)) return [];
    return read(text, options);
  } catch {
    return [];
  }
}

function pageParts(options: ReadOptions): PeriodContext {
  const page = periodContextOf(options.pageDate);
  if (page.pageYear !== null) return page;
  return { pageYear: typeof options.defaultYear === 'number' ? options.defaultYear : null, pageMonth: null, pageDay: null };
}

function read(text: string, options: ReadOptions): Figure[] {
  const norm = normalizeText(text);
  const raws = findFigures(norm, text);
  if (raws.length === 0) return [];
  const sentences = findSentences(norm, text);
  const mentions = findMentions(norm, text, !options.midPage);
  // metric cues are only needed around figures: their sentence and the two before it
  const ranges: [number, number][] = [];
  for (const f of raws) {
    const si = sentenceIndexAt(sentences, f.start);
    const from = sentences.starts[Math.max(0, si - 2)] ?? 0;
    const to = sentences.ends[si] ?? norm.length;
    const last = ranges[ranges.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else ranges.push([from, to]);
  }
  const cues = findCues(norm, ranges);
  const page = { ...pageParts(options), fiscalYearEnd: fiscalYearEndOf(mentions) };
  const periods = findPeriodMentions(norm, page);
  const pageMonth = page.pageYear !== null && page.pageMonth !== null ? `${page.pageYear}-${String(page.pageMonth).padStart(2, '0')}` : null;
  // (the month the text says a listing took place in, looked for once, when a move since listing first needs it)
  let textListingMonth: number | null | undefined;
  const currencyNear = yuanNear(norm);

  const rows = findTableRows(norm);
  const headerCues = new Map<TableRow, Cue[]>();
  const headerCuesOf = (h: TableRow) => {
    let c = headerCues.get(h);
    // (with the caption line above the header, which may name the table's metric)
    if (!c) headerCues.set(h, (c = findCues(norm, [[Math.max(0, norm.lastIndexOf('\n', h.start - 2) + 1), h.end]])));
    return c;
  };

  const sentenceStartAt = (pos: number) => sentences.starts[sentenceIndexAt(sentences, pos)] ?? 0;
  const out: Figure[] = [];
  let sentenceOfPrev = -1;
  for (let k = 0; k < raws.length; k++) {
    const fig = raws[k]!;
    // a figure in a table takes metric, company and year from its column header and row; a bare number in a cell
    // is a figure only under a header that names a metric
    const at = rows.length ? cellAt(rows, fig.start) : null;
    const table = at && at.row.header ? fromTable(norm, at.row, at.col, headerCuesOf(at.row.header), mentions, periods, fig) : null;
    if (fig.cell && !table) continue;
    // ("9M26 revenue", "1H26": a broker's name for a period is no figure)
    const inPeriod = periods[lowerBound(periods, fig.start + 1) - 1];
    if (inPeriod && inPeriod.start <= fig.start && fig.end <= inPeriod.end && /^\d[mhq]$/.test(norm.slice(fig.start, fig.end))) continue;
    const si = sentenceIndexAt(sentences, fig.start);
    const ss = sentences.starts[si] ?? 0;
    const se = sentences.ends[si] ?? norm.length;
    const prevSS = sentences.starts[Math.max(0, si - 2)] ?? 0;
    const before = norm.slice(Math.max(ss, fig.start - 30), fig.start);
    const prev = k > 0 && sentenceOfPrev === si ? out[out.length - 1] : undefined;

    const who = pickEntity(norm, mentions, fig, ss, se, sentenceStartAt);
    let entity: EntityId | null = who.entity;
    let entityCue: EvidenceCue | null = who.mention && who.scope ? { text: text.slice(who.mention.start, who.mention.end), scope: who.scope } : null;
    // a company a construction of the sentence names for the figure, over the nearest one ("DeepSeek, which overtook
    // Doubao, slipped to 81 million", "ahead of Alibaba Cloud at 27%", "… respectively")
    const named = companyByConstruction(norm, mentions, raws, k, ss, se, who.mention);
    if (named) {
      entity = named.entity;
      entityCue = named.entity === null ? null : { text: text.slice(named.start, named.end), scope: 'sentence' };
    }
    // ("counted 12 model-layer funding rounds in the sector", "31 funding rounds in China"): a count of deals across a
    // sector is no company's, whichever company the sentence named first (the market's when they were in China)
    if (fig.kind === 'count' && entity !== null) {
      const next = mentions[lowerBound(mentions, fig.end)];
      if (next && (next.deals || (next.group && next.entity === 'china-market')) && next.start - fig.end <= 30 && /^[\sa-z-]*$/.test(norm.slice(fig.end, next.start))) {
        entity = next.entity;
        entityCue = next.entity === null ? null : { text: text.slice(next.start, next.end), scope: 'sentence' };
      }
    }
    const choice = pickBaseMetric(norm, cues, fig, ss, se, prevSS, respectiveCue(norm, cues, raws, k, ss, se));
    let unit: Unit | null = fig.unit;

    // an amount in parentheses or after "previous:" restates the one before it: same metric, same entity
    const earlier = findEarlierSameClass(out, ss, fig);
    const openParen = fig.inParens ? norm.lastIndexOf('(', fig.start) : -1;
    const restates =
      earlier !== null &&
      ((fig.inParens && openParen - earlier.end <= 2 && openParen >= earlier.end) || REFERS_BACK.test(before)) &&
      !hasOwnCueInParens(norm, cues, fig) &&
      // (not one whose clause names another metric since the earlier figure: "Revenue rose 13.5% to 5.28 billion yuan,
      // while the loss narrowed 11% from 193 million yuan" compares the loss with its own year-ago value)
      // (a clause of its own whose subject is that metric and whose verb moves it: not "30% of revenue, up from 25%", whose
      // "revenue" is the share's whole, nor "估值约180亿美元，较上一轮融资时的约100亿美元", whose round only dates the value)
      !(choice.cue !== null && !choice.carried && choice.cue.start >= earlier.end && choice.cue.end <= fig.start && choice.base !== earlier.metric && NEW_CLAUSE_SUBJECT_BEFORE.test(norm.slice(earlier.end, choice.cue.start)) && MOVES_AFTER_SUBJECT.test(norm.slice(choice.cue.end, choice.cue.end + 16))) &&
      // (not a compared value that names its own metric: "below the 120% growth rate of revenue")
      !(COMPARED_THE.test(before) && choice.cue !== null && choice.cue.start >= fig.end && choice.cue.start - fig.end <= 30) &&
      // (nor one whose own metric word follows it at once: "较5月一轮的180亿美元估值")
      !(!fig.inParens && choice.cue !== null && choice.cue.start >= fig.end && /^\s?的?\s?$/.test(norm.slice(fig.end, choice.cue.start)));
    let metric: MetricId | null;
    if (unit === null) unit = settleUnit(fig, choice.carried ? null : choice.base, prev, currencyNear(fig.start), norm);
    // "日均tokens使用量突破30万亿": a count of tokens
    if (unit === 'count' && fig.scaled && (choice.base === 'other:daily-tokens' || choice.base === 'training-tokens') && !countOfCalls(norm, fig)) unit = 'tokens';
    const settled: RawFigure = withUnit(fig, unit);
    let metricCue: EvidenceCue | null =
      choice.cue !== null ? { text: text.slice(choice.cue.start, choice.cue.end), scope: choice.carried ? 'carried' : 'sentence' } : null;
    // ("46.4% …, compared with 27% for Alibaba": a compared figure the sentence gives to another company named right
    // after it is that company's, of the same metric; "… for Nvidia", "… for the four largest US spenders": no tracked
    // company's)
    const forOther = restates && earlier && named !== null && named.start >= fig.end && named.entity !== earlier.entity;
    if (restates && earlier) {
      metric = earlier.metric;
      entity = forOther && named ? named.entity : earlier.entity;
      // a restatement ("247.8 billion yuan ($34.8 billion)") is one statement with what it restates
      entityCue = forOther && named ? { text: text.slice(named.start, named.end), scope: 'sentence' } : earlier.evidence.entity;
      metricCue = earlier.evidence.metric;
    } else {
      metric = finalMetric(norm, settled, choice, cues, ss);
      // ("日均对话次数超过25亿次", "企业客户超过100万家": a count whose measure word says it counts times or firms counts no
      // users, whatever users a cue before it named; "had about 260 employees and access to roughly 50,000 Nvidia chips",
      // "5万张GPU卡": things named right after it are no staff or users either)
      if (metric !== null && fig.kind === 'count' && ((PEOPLE_METRICS.has(metric) && /^\s?(?:家|次|笔|台|辆|款|个项目|个模型|个应用|项|多?个国家|多?个城市|(?:多个)?国家(?:和|及)地区)/.test(norm.slice(fig.end, fig.end + 8))) || (PEOPLE_COUNTS.has(metric) && table === null && THINGS_COUNTED_AFTER.test(norm.slice(fig.end, fig.end + 48))))) metric = null;
      // ("shipments will reach 41,000 units", "出货量为1.46万台": a count of things, told with what it counts, is no sum of money)
      if (metric !== null && fig.kind === 'count' && MONEY_METRICS.has(metric) && table === null && (UNITS_COUNTED_AFTER.test(norm.slice(fig.end, fig.end + 24)) || THINGS_COUNTED_AFTER.test(norm.slice(fig.end, fig.end + 48)))) metric = null;
      // ("腾讯持股比例提升至7.2%", "持股3.7%", "raised its stake to 7.2%": a holder's stake, no change in a round or a valuation)
      if (metric !== null && fig.unit === 'percent' && /^(?:funding|valuation|other:(?:funding|valuation)-(?:growth|share|change))$/.test(metric) && STAKE_BEFORE.test(norm.slice(Math.max(ss, fig.start - 24), fig.start))) metric = null;
      // ("an arrangement worth about 45 million yuan a year": an amount a year is a flow, never what a company is worth)
      if ((metric === 'valuation' || metric === 'market-cap') && PER_PERIOD_AFTER.test(norm.slice(fig.end, fig.end + 16))) metric = null;
      // (a model's size is told with its word beside it, "671 billion parameters", "参数量达2300亿": a figure further from
      // 参数 is of something else, as in a firm's name, "据智能超参数统计，中标项目金额合计58.7亿元")
      if ((metric === 'parameters' || metric === 'other:parameters-growth') && fig.unit !== 'parameters' && choice.cue && (choice.carried || Math.min(Math.abs(fig.start - choice.cue.end), Math.abs(choice.cue.start - fig.end)) > 12)) metric = null;
      // "held 46.4% of the market, ahead of Alibaba Cloud at 27%", "阿里云和百度智能云分别以27.1%和17.8%位列其后": a
      // percentage after a unit's bare name, in a sentence that gave a market share, is that unit's share too
      if ((metric === 'other:segment-revenue-growth' || metric === 'other:segment-revenue-share') && choice.cue && choice.base === 'other:segment-revenue' && fig.unit === 'percent') {
        // (or in the sentence before: "ByteDance held 41.2% of it … Tencent Cloud had 5.3% and Zhipu 4.9%")
        if (earlierInSentence(out, ss, (o) => o.metric === 'market-share') || (fig.direction === 0 && earlierInSentence(out, prevSS, (o) => o.metric === 'market-share' && o.start >= (sentences.starts[Math.max(0, si - 1)] ?? 0)))) metric = 'market-share';
      }
      // "355 billion parameters", "15% of China's AI market", "50x sales": the figure's own words name the metric
      // (and "14.2% of all tokens", "41.2% of it": a market share its own words name, whatever cue stood nearest)
      if (metric !== null && (choice.base === null || (metric === 'market-share' && choice.base !== 'market-share'))) metricCue = { text: text.slice(fig.start, Math.min(se, fig.end + 24)).trim(), scope: 'clause' };
    }
    // ("占总收入的81%，去年同期是77%", "81% of revenue, up from 77% a year earlier": the year-ago value of the figure just
    // given is of its metric, whatever cue stands nearest)
    // (and the level the same share is to reach: "made up 24% of 1H26 revenue and should reach about 35% by 2028E")
    if (!restates && prev && prev.unit === 'percent' && fig.unit === 'percent' && prev.metric !== null && LEVEL_METRIC.test(prev.metric) && (YEAR_AGO_VALUE_BEFORE.test(norm.slice(Math.max(ss, prev.end), fig.start)) || SAME_LEVEL_LATER.test(norm.slice(Math.max(ss, prev.end), fig.start)))) {
      metric = prev.metric;
      entity = prev.entity;
      entityCue = prev.evidence.entity;
      metricCue = prev.evidence.metric;
    }
    // ("扣非净利润预计为1.9亿元至2.7亿元，上年同期为亏损1.57亿元": the year-ago amount of the figure just given is of its
    // metric, a loss or a profit as the words say, whatever cue stands nearest)
    if (!restates && prev && fig.kind === 'money' && prev.kind === 'money' && prev.metric !== null && PROFIT_OR_LOSS[prev.metric] !== undefined) {
      const m = YEAR_AGO_AMOUNT_BEFORE.exec(norm.slice(Math.max(ss, prev.end), fig.start));
      // (only where the nearest cue named another family: a loss read from 亏损 already keeps its own sign rules)
      if (m && (metric === null || PROFIT_OR_LOSS[metric]?.[0] !== PROFIT_OR_LOSS[prev.metric]![0])) {
        const [profit, loss] = PROFIT_OR_LOSS[prev.metric]!;
        metric = m[1] ? (/亏|虧/.test(m[1]) ? loss : profit) : prev.metric;
        entity = prev.entity;
        entityCue = prev.evidence.entity;
        metricCue = prev.evidence.metric;
      }
    }
    // ("more than 9 trillion tokens a day, 4.5 times the daily volume in January": a multiple set after a figure, of that
    // figure's measure at an earlier time, is its growth, whatever cue stands nearer)
    // (and of the period that figure is of: "4.2 trillion in June, 6.3 times the level a year earlier")
    let multipleOf: Figure | null = null;
    if (!restates && prev && fig.kind === 'multiple' && prev.metric !== null && prev.kind !== 'multiple' && /^[^.;:。；]{0,80},\s?(?:or |about |roughly |nearly |almost |more than |some )?$/.test(norm.slice(prev.end, fig.start)) && MULTIPLE_OF_EARLIER.test(norm.slice(fig.end, fig.end + 60))) {
      multipleOf = prev;
      metric = growthOf(prev.metric);
      entity = prev.entity;
      entityCue = prev.evidence.entity;
      metricCue = prev.evidence.metric;
    }
    if (entity === null && fig.unit === 'percent' && hasIndexBefore(mentions, fig, ss)) metric = 'other:index-change';
    // ("Volcano Engine took 38.6% of the market's 9.7 billion yuan in first-half sales": an amount the market is said to
    // own is the market's size, Chinese where the sentence says so, no company's)
    if (fig.kind === 'money' && !table && MARKETS_AMOUNT_BEFORE.test(norm.slice(Math.max(ss, fig.start - 40), fig.start))) {
      metric = 'market-size';
      metricCue = { text: text.slice(Math.max(ss, fig.start - 40), fig.start).replace(/^.*?(?=\b(?:the|this|that|whole|entire|overall)\s)/is, '').trim(), scope: 'clause' };
      const chinese = /(?<![a-z])(?:china|chinese)(?![a-z])|中国|国内/.test(norm.slice(ss, se));
      entity = chinese ? 'china-market' : null;
      entityCue = chinese ? { text: 'China', scope: 'sentence' } : null;
    }
    // what the construction of a market report, an offering or a broker's revision makes of it ("Zhipu jumped 14.6% to a
    // record HK$612", "较上日收市价折让9.2%", "raise our forecasts by 8-11%"): see pick-metric.ts
    metric = metricByConstruction(metric, { norm, fig, unit, entity, inTable: table !== null, cueOfItsOwn: !(choice.base === null || choice.carried), mentions, ss, se, read: out });
    // ("US$1.5 billion of 3.6% notes", "2.8% bonds due 2031": a rate written before the notes it is paid on is their coupon)
    // (a coupon is the notes', of no period: "notes that fall due in November" dates their end, not the rate)
    const couponOfNotes = settled.unit === 'percent' && !table && RATE_OF_NOTES_AFTER.test(norm.slice(fig.end, fig.end + 40));
    if (couponOfNotes) metric = 'other:coupon-rate';
    // ("百度以109个项目保持数量第一" after a share was named: a share is a ratio; a count or an amount is none)
    if (metric === 'market-share' && settled.unit !== 'percent' && !table) metric = null;
    // ("paid HK$4.50 a share in dividends", "a final dividend of HK$2.40 per share", "每股派息0.5港元": what a share was
    // paid, not its price; no metric of the vocabulary)
    if (fig.kind === 'money' && !table && metric !== null && isDividendPerShare(norm, fig, ss)) metric = null;
    // ("Zhipu fell 7.8 per cent to HK$352.40": a move to a price per share names the shares' move and price by its words,
    // and the move is the day's, see the basis below)
    const moveWords = metric === 'stock-change' || metric === 'share-price' ? moveToPriceWords(norm, fig, ss) : null;
    if (moveWords && (metricCue === null || metricCue.scope === 'carried') && entity !== null) metricCue = { text: text.slice(moveWords[0], moveWords[1]).replace(/[\s,.;]+$/, ''), scope: 'clause' };
    // ("processed 58 trillion tokens a day": the figure's own words name daily tokens)
    if (metric === 'other:daily-tokens' && (metricCue === null || metricCue.scope === 'carried')) {
      const end = tokensADayWords(norm, fig, unit);
      if (end !== null) metricCue = { text: text.slice(fig.start, end), scope: 'clause' };
    }
    // ("capex was 13.1% of revenue (2Q26: 14.2%)", "gross margin of 41.2% (1H25: 38.0%)": a value in parentheses after a
    // period's tag is the same measure of that period, set beside the figure before it)
    if (fig.inParens && prev && prev.metric !== null && prev.unit === unit && table === null) {
      const open = norm.lastIndexOf('(', fig.start);
      if (open >= prev.end && PERIOD_TAG_IN_PARENS.test(norm.slice(open, fig.start))) {
        metric = prev.metric;
        entity = prev.entity;
        entityCue = prev.evidence.entity;
        metricCue = prev.evidence.metric;
      }
    }
    // "Zhipu must capture 25% of a $250 billion market": a market's size is no company's figure; it is China's market
    // when the sentence names that market, else one the reader cannot name
    // (and its growth: "明年大模型API市场规模或只增长40%至50%" is the market's, not the last company named)
    if ((metric === 'market-size' || metric === 'other:market-size-growth' || metric === 'other:market-size-cagr') && entity !== 'china-market' && !(restates && earlier)) {
      const market = mentions.find((m) => m.start >= ss && m.start < se && m.entity === 'china-market');
      entity = market ? 'china-market' : null;
      entityCue = market ? { text: text.slice(market.start, market.end), scope: 'sentence' } : null;
    }
    // ("MiniMax is worth around HK$95 billion": a value in Hong Kong dollars is what the market puts on a company listed
    // there, its market value, not the price of a private round, which Chinese start-ups raise in dollars or yuan)
    if (metric === 'valuation' && unit === 'HKD' && !(restates && earlier) && !/(?<![a-z])(?:round|funding|financing|raise|pre-ipo|private)(?![a-z])|融资|轮/.test(norm.slice(ss, se))) metric = 'market-cap';
    // ("The Hang Seng Index lost 1.2%. Turnover rose to HK$280 billion": in a market report turnover is the value of shares
    // traded on the exchange, no company's revenue)
    if ((metric === 'revenue' || metric === 'revenue-growth') && choice.cue && !choice.carried && /^turnover$/.test(norm.slice(choice.cue.start, choice.cue.end)) && !/(?:'s|’s)\s?$/.test(norm.slice(Math.max(ss, choice.cue.start - 3), choice.cue.start)) && MARKET_REPORT_WORDS.test(norm.slice(prevSS, se))) {
      metric = metric === 'revenue' ? 'other:market-turnover' : 'other:market-turnover-growth';
      entity = null;
      entityCue = null;
    }
    // ("Its business services segment, which includes cloud, grew 20%": a part said to grow, no metric named in its
    // sentence, grew its revenue, whatever metric the sentence before named)
    if (choice.carried && fig.unit === 'percent' && !(restates && earlier) && PART_GREW_BEFORE.test(norm.slice(Math.max(ss, fig.start - 90), fig.start))) metric = 'other:segment-revenue-growth';
    // (the market's turnover and the money flowing in through the Stock Connect are no company's)
    if ((metric === 'other:market-turnover' || metric === 'other:southbound-flow') && !(restates && earlier)) {
      entity = null;
      entityCue = null;
    }
    // what the wording around it makes of the metric: an adjusted measure, a business unit's figure (pick-metric.ts)
    let unitPart: string | null = null;
    if (!(restates && earlier) && metric !== null) ({ metric, part: unitPart } = metricByWording(metric, { norm, text, fig, prev, ss, choice, entity, entityCue, mentions }));

    let value = fig.value;
    let valueMax = fig.valueMax;
    // ("extending its loss this week to 11%": a run of losses is a fall)
    if (metric === 'stock-change' && value > 0) {
      const run = RUN_EXTENDED_BEFORE.exec(norm.slice(Math.max(ss, fig.start - 60), fig.start));
      if (run && /(?:loss|decline|slide|fall|drop|slump|rout)/.test(run[0])) value = -value;
    }
    // a cash flow out is negative: "Operating cash outflow was US$158mn" (the operating cash flow; what the outflow
    // changed by stays a change of the outflow), what restates or is compared with it ("… versus US$301mn a year
    // earlier"), "free cash flow was an outflow of 18.8 billion yuan", "经营现金流净流出3亿元"
    // ("自由现金流为净流出126亿元，去年同期则为净流入174亿元": the flow the sentence named, out or in)
    if ((metric === 'other:operating-cash-outflow' || metric === 'other:operating-cash-flow') && settled.kind === 'money' && /自由现金流|free cash flow/.test(norm.slice(ss, fig.start)) && !/经营|operating/.test(norm.slice(ss, fig.start))) metric = 'other:free-cash-flow';
    if (metric === 'other:operating-cash-outflow' && settled.kind === 'money') metric = 'other:operating-cash-flow';
    const inflow = /(?:净流入|inflow of)\s?(?:about |around |nearly |约)?$/.test(norm.slice(Math.max(ss, fig.start - 24), fig.start));
    const outflow =
      metric !== null && /cash-flow$/.test(metric) && settled.kind === 'money' && !inflow &&
      (/outflow|流出|cash used/.test(normalizeText(metricCue?.text ?? '').toLowerCase()) || /(?:outflow of|净流出)\s?(?:about |around |nearly |约)?$/.test(norm.slice(Math.max(ss, fig.start - 24), fig.start)));
    if (outflow && value > 0) {
      value = -value;
      if (valueMax !== null) [value, valueMax] = [-valueMax, value];
    }
    // (a discount is a price below the market's)
    if (metric === 'other:placement-discount' && value > 0) value = -value;
    // an amount written as a fall ("减少2亿元", "fell by $1 billion") is a negative change
    if (metric !== null && metric.endsWith('-increase') && settled.kind === 'money' && value > 0 && amountChange(norm.slice(Math.max(ss, fig.start - 24), fig.start)) === -1) {
      value = -value;
      if (valueMax !== null) [value, valueMax] = [-valueMax, value];
    }
    // (people cut are a fall in the headcount, as a percentage cut already is: "減少546人，減幅約14%")
    if (metric === 'other:headcount-change' && settled.kind === 'count' && value > 0 && peopleCut(norm, fig, ss)) value = -value;
    // ("a reduction of about 450 people, or 9.2%": the same change of the staff restated as a percentage, which falls as
    // the count does)
    if (prev && prev.metric === 'other:headcount-change' && prev.unit === 'count' && settled.unit === 'percent' && !table && RESTATED_AS_PERCENT_GAP.test(norm.slice(prev.end, fig.start))) {
      metric = prev.metric;
      metricCue = prev.evidence.metric;
      if (Math.sign(value) !== Math.sign(prev.value) && prev.value !== 0) value = -value;
    }
    // a loss written as a negative profit is a positive loss: 归母净利润为-2.39亿元 → net-loss 239000000
    if ((metric === 'net-loss' || metric === 'other:net-loss-excl-nonrecurring' || metric === 'adjusted-net-loss') && value < 0 && settled.kind === 'money') {
      value = -value;
      if (valueMax !== null) valueMax = -valueMax;
    }

    const pointInTime = metric !== null && POINT_IN_TIME.has(metric);
    const subject = entity;
    const sameSubject = (pos: number) => {
      if (subject === null) return true;
      const before = lastEntityBefore(mentions, pos);
      return before === null || before === subject || before === 'china-market';
    };
    const p = pickPeriod(periods, raws, k, norm, ss, se, pointInTime, pageMonth, sameSubject, metric !== null && OWN_PERIOD_ONLY.has(metric), sentences.ends[si + 1] ?? se, metric !== null && DAY_VALUES.has(metric), metric !== null && MONTH_COUNTS.has(metric));
    let period = p.period;
    // (a dateline, "(Feb 13):", is the report's date: as weak as the page date)
    let periodCue: EvidenceCue | null = p.mention
      ? { text: text.slice(p.mention.start, p.mention.end), scope: !p.own ? 'carried' : (p.mention.kind === 'date' || p.mention.kind === 'month') && isDateline(norm, p.mention.start, p.mention.end) ? 'page' : 'sentence' }
      : period !== null
        ? { text: period, scope: 'page' }
        : null;
    // ("… has gained 60% this year; Baidu fell 3.2% to HK$112.4", "今年累升超過60%；百度則跌3.2%，收報112.4港元": a move to a
    // closing price is the day's, whatever span an earlier clause named)
    // (nor a period the news that moved it tells of: "SenseTime rose 7.9% to HK$2.87 after saying … revenue in the first nine
    // months grew about 60%")
    const newsAfter = p.mention !== null && p.mention.start > fig.end && /(?<![a-z])(?:after|as|when|following)\s/.test(norm.slice(fig.end, p.mention.start));
    if (metric === 'stock-change' && pageMonth !== null && p.mention && ((p.mention.end <= clauseStart(norm, fig.start, ss) && (p.mention.kind === 'year' || p.mention.kind === 'span')) || newsAfter) && MOVE_TO_CLOSE_AFTER.test(norm.slice(fig.end, fig.end + 30))) {
      period = pageMonth;
      periodCue = { text: pageMonth, scope: 'page' };
    }
    // ("taking their gain this year to more than 150% and valuing the company at roughly HK$129 billion": a market value or a
    // share price is a day's, never a year's or a quarter's; in the page's own year, it is the page's month)
    if ((metric === 'market-cap' || metric === 'share-price') && pageMonth !== null && period !== null && /^\d{4}(?:-H[12]|-Q[1-4]|-9M)?$/.test(period) && period.slice(0, 4) === pageMonth.slice(0, 4)) {
      period = pageMonth;
      periodCue = { text: pageMonth, scope: 'page' };
    }
    // "bringing the total for the fiscal year to about 131 billion yuan": a running total is not a figure of the period
    // in force
    // (nor is a plan's amount: "lifts AI spending plan to 480 billion yuan")
    if (!p.own && period !== null && (RUNNING_TOTAL_BEFORE.test(norm.slice(clauseStart(norm, fig.start, ss), fig.start)) || (settled.kind === 'money' && PLAN_AMOUNT_BEFORE.test(norm.slice(Math.max(ss, fig.start - 80), fig.start))))) {
      period = null;
      periodCue = null;
    }
    // ("whose capital spending fell 6% quarter on quarter to 17.4 billion yuan in the same period", after "this year" was
    // named: a figure counted against the quarter before is a quarter's, so a whole year read for it is wrong; no period)
    if (period !== null && /^\d{4}$/.test(period) && QOQ_EN.test(norm.slice(clauseStart(norm, fig.start, ss), Math.min(se, fig.end + 30)))) {
      period = null;
      periodCue = null;
    }
    // a running total as of the day its clause names, an amount spread over several years (pick-period.ts)
    const byWording = periodByWording(period, { norm, fig, ss, se, periods, table: table !== null });
    if (byWording !== undefined) {
      period = byWording.period;
      periodCue = byWording.mention ? { text: text.slice(byWording.mention.start, byWording.mention.end), scope: 'sentence' } : period === null ? null : periodCue;
    }
    // (and "the 380 billion yuan the company pledged a year ago": the time said is the pledge's, not the amount's; the years
    // it is spent over, "pledged … to spend from 2025 through 2027", "earmarked for the three years to March 2028", stay)
    if (byWording === undefined && settled.kind === 'money' && period !== null && !period.includes('..') && PLEDGED_AFTER.test(norm.slice(fig.end, fig.end + 40))) {
      period = null;
      periodCue = null;
    }
    // ("2025至2029年的年均複合增長率約為85%", "三年复合增长率超过140%" after 2023, 2024 and 2025): a yearly rate compounded
    // over the years the sentence names before it, from the first to the last
    if (metric !== null && metric.endsWith('-cagr') && (period === null || !period.includes('..'))) {
      const years: number[] = [];
      for (let j = lowerBound(periods, ss); j < periods.length && periods[j]!.end <= fig.start; j++) if (periods[j]!.kind === 'year' && periods[j]!.period !== null && /^\d{4}$/.test(periods[j]!.period!)) years.push(Number(periods[j]!.period));
      if (years.length >= 2 && Math.max(...years) > Math.min(...years)) {
        period = `${Math.min(...years)}..${Math.max(...years)}`;
        periodCue = { text: period, scope: 'sentence' };
      }
    }
    // "2025年营业收入约7.42亿元，较2023年增长近5倍": growth over more than a year is growth over the span since then
    if (period !== null && /^\d{4}$/.test(period) && metric !== null && /growth$/.test(metric)) {
      const since = GROWTH_SINCE_YEAR.exec(norm.slice(Math.max(clauseStart(norm, fig.start, ss), fig.start - 24), fig.start));
      if (since && Number(since[1]) <= Number(period) - 2) period = `${since[1]}..${period}`;
    }
    // ("2023年至2025年……三年累计亏损约83.8亿元": a total over the years the sentence named, from the first to the last)
    const cum = CUMULATIVE_YEARS_ZH.exec(norm.slice(Math.max(ss, fig.start - 20), fig.start));
    if (cum) {
      const n = /\d/.test(cum[1]!) ? Number(cum[1]) : CN_DIGITS[cum[1]!]!;
      const years = periods.filter((m) => m.start >= ss && m.end <= fig.start && m.kind === 'year' && m.period !== null && /^\d{4}$/.test(m.period)).map((m) => Number(m.period));
      if (years.length >= 2 && Math.max(...years) - Math.min(...years) + 1 === n) {
        period = `${Math.min(...years)}..${Math.max(...years)}`;
        periodCue = { text: cum[0], scope: 'sentence' };
      }
    }
    // ("From 2023 to 2025, capex rose from about 10 billion yuan to 150 billion yuan", "从2023年到2025年，资本开支从约100亿元增至
    // 约1500亿元": a level moved from and a level reached over a span of years are its first year's and its last's)
    const spanPair = period !== null && /^\d{4}\.\.\d{4}$/.test(period) && (metric === null || !/-(?:growth|change)|other:.*-(?:share|ratio)/.test(metric)) ? fromToPair(norm, raws, k, ss, se) : null;
    if (spanPair !== null) {
      period = period!.split('..')[spanPair === 'from' ? 0 : 1]!;
      periodCue = { text: text.slice(fig.start, fig.end), scope: 'sentence' };
    }
    // a restatement without a period of its own ("($34.8 billion)") shares the period of what it restates
    if (restates && earlier && earlier.period !== null && !p.own && !hasPeriodJustBefore(periods, fig)) {
      period = earlier.period;
      periodCue = earlier.evidence.period;
    }
    // ("将全年资本开支指引上调至1800亿至1900亿美元，此前为1750亿至1850亿美元": the value before a revision is of the period of the
    // value revised; not a price or another level, which held before the change: "下调至每百万tokens 12元，此前为16元")
    if (prev && prev.period !== null && metric !== null && !pointInTime && prev.metric === metric && /[，,（(]\s?(?:此前|之前|先前|原先?)(?:为|是)\s?(?:约)?\s?$/.test(norm.slice(Math.max(ss, fig.start - 10), fig.start))) {
      period = prev.period;
      periodCue = prev.evidence.period;
    }
    // "widened to 4.58 billion yuan from 2.96 billion yuan": the value it moved from is the period before's, a year
    // before a year's or nine months'; which period before a half or a quarter (a year earlier, or the one just before)
    // goes unsaid
    // (and "net loss was RMB744 million, compared with RMB1,162 million.": a value set beside it, closing the clause)
    // (not a value revised: "restated its 2025 revenue to 1.24 billion yuan from 1.27 billion yuan", "下调全年目标至…，此前为…"
    // are two values of one period)
    // (the value moved to, not its conversion in brackets: "to 652 million yuan ($92 million) in 2025 from 563 million yuan")
    const movedTo = prev && /[(（]\s?$/.test(norm.slice(Math.max(ss, prev.start - 2), prev.start)) && out.length > 1 && out[out.length - 2]!.start >= ss ? out[out.length - 2]! : prev;
    if (period !== null && spanPair === null && (p.mention === null || p.mention.end <= fig.start || p.mention.start >= se) && prev && movedTo && !REVISED_BEFORE.test(norm.slice(Math.max(ss, prev.start - 80), prev.start))) {
      const gap = norm.slice(prev.end, fig.start);
      const movedFrom = FROM_AFTER_TO.test(norm.slice(movedTo.end, fig.start)) && /(?:(?<![a-z])(?:to|at)|至)\s?$/.test(norm.slice(Math.max(ss, movedTo.start - 6), movedTo.start));
      const comparedWith = prev.start >= ss && COMPARED_AFTER.test(gap) && /^\s?\)?\s?(?:[.;,]|$)/.test(norm.slice(fig.end, fig.end + 4));
      // (nine months are set only beside the same nine months a year before)
      if (movedFrom || comparedWith) period = /^\d{4}$/.test(period) ? String(Number(period) - 1) : /^\d{4}-9M$/.test(period) ? `${Number(period.slice(0, 4)) - 1}-9M` : null;
      // ("up 27% YoY from RMB2.53bn", "down 8% year on year from 4.1 billion yuan": a change said to be from a year
      // earlier moved from the value of the same period a year before, whatever its length)
      else if (prev.unit === 'percent' && prev.metric !== null && /-(?:growth|change)$/.test(prev.metric) && YOY_FROM.test(gap)) period = period.replace(/\d{4}/g, (y) => String(Number(y) - 1));
    }
    const nextRaw = raws[k + 1];
    // ("narrowed to US$298mn from US$465mn in FY24", "improved to 25.2% from 12.2% in 2024": the level reached is of the
    // year after the one the move started from)
    if (nextRaw && nextRaw.start < se && FROM_AFTER_TO.test(norm.slice(fig.end, nextRaw.start)) && /(?:(?<![a-z])(?:to|at))\s?(?:about |around |roughly )?$/.test(norm.slice(Math.max(ss, fig.start - 16), fig.start)) && !p.own) {
      const y = periods[lowerBound(periods, nextRaw.end)];
      const gap = y ? norm.slice(nextRaw.end, y.start) : '';
      // (a ratio of a part of that next year in force stays: "gross margin improved to 41.2% from 29.7% for full-year 2025"
      // in a story of the first half of 2026 is the half's; amounts are set beside amounts of as long a period)
      if (y && y.kind === 'year' && y.period !== null && /^\d{4}$/.test(y.period) && (/^\s?(?:in|for)\s$/.test(gap) || (/^\s?$/.test(gap) && /^(?:in|for)\s/.test(norm.slice(y.start, y.end)))) && !(fig.kind === 'percent' && period !== null && period.startsWith(`${Number(y.period) + 1}-`))) {
        period = String(Number(y.period) + 1);
        periodCue = { text: text.slice(y.start, y.end), scope: 'sentence' };
      }
    }
    // ("毛利率由12.1%升至23.0%": the same, said first)
    // (not a revision: "全年收入目标由30亿元上调至35亿元" gives one period's old and new targets)
    if (period !== null && spanPair === null && nextRaw && nextRaw.start < se && /(?:由|从)\s?(?:约)?\s?$/.test(norm.slice(Math.max(ss, fig.start - 3), fig.start)) && /^\s?[^\d，,。；;]{0,16}至\s?$/.test(norm.slice(fig.end, nextRaw.start)) && !(/(?:上调|下调|调高|调低|上修|下修|調高|調低|上調|下調|降|升|削减|减|提高|提升|下降|上升)\s?至\s?$/.test(norm.slice(fig.end, nextRaw.start)) && /目标|目標|预测|預測|指引|预期|預期|预估|預估/.test(norm.slice(ss, fig.start))) && (p.mention === null || p.mention.end < fig.start - 3)) {
      period = /^\d{4}$/.test(period) ? String(Number(period) - 1) : null;
    }

    // ("up 14.5% from the 534.7 million yuan booked in the second half of 2025", "較去年下半年的34.1億元減少10%", in a story of
    // the first half: a change from the half just before is a half-on-half one, not a year-on-year one)
    if (metric !== null && /-(?:growth|change)$/.test(metric) && period !== null && /^\d{4}-H[12]$/.test(period)) {
      const prevHalf = period.endsWith('H1') ? { sub: 'H2', year: Number(period.slice(0, 4)) - 1 } : { sub: 'H1', year: Number(period.slice(0, 4)) };
      const after = FROM_HALF_AFTER.exec(norm.slice(fig.end, Math.min(se, fig.end + 90)));
      const before = FROM_HALF_BEFORE_ZH.exec(norm.slice(Math.max(ss, fig.start - 30), fig.start));
      const half = after ? { sub: after[1] === 'first' ? 'H1' : 'H2', year: after[2] ? Number(after[2]) : null, last: false } : before ? { sub: before[2] === '上' ? 'H1' : 'H2', year: null, last: before[1] !== undefined } : null;
      if (half && half.sub === prevHalf.sub && (half.year === null || half.year === prevHalf.year) && (!half.last || prevHalf.year === Number(period.slice(0, 4)) - 1)) metric = halfOnHalfOf(metric);
    }
    // ("revenue climbed 24% year on year and 11% from the second quarter", "was 27% higher than in the first quarter", in a
    // story of the following quarter: a change from the quarter just before is a sequential one)
    if (metric !== null && /-growth$/.test(metric) && period !== null && /^\d{4}-Q[1-4]$/.test(period)) {
      const from = FROM_QUARTER_AFTER.exec(norm.slice(fig.end, fig.end + 90));
      const q = Number(period.slice(-1));
      // (and "第二季……收入约15.1亿元，较首季的11.3亿元增长约34%": the quarter before, named before the change)
      const fromZh = FROM_QUARTER_BEFORE_ZH.exec(norm.slice(Math.max(clauseStart(norm, fig.start, ss), fig.start - 30), fig.start));
      // (and a sentence that opens on the quarter it counts from: "From the June quarter, cloud revenue grew 9.5%",
      // "Compared with the second quarter, revenue grew 2.5 per cent")
      const opening = from || fromZh ? null : FROM_QUARTER_OPENING.exec(norm.slice(ss, fig.start));
      const base = from ? ORDINAL_QUARTER[(from[1] ?? from[2])!] : fromZh ? (fromZh[1] === undefined ? 1 : CN_DIGITS[fromZh[1]] ?? Number(fromZh[1])) : opening ? (opening[1] ? ORDINAL_QUARTER[opening[1]] : q === 1 ? 4 : q - 1) : undefined;
      if (base === (q === 1 ? 4 : q - 1)) metric = sequentialOf(metric);
    }
    let qualifier = fig.qualifier;
    if (table) {
      const tableCue = (t: string | null): EvidenceCue | null => (t === null ? null : { text: t, scope: 'table' });
      if (table.metric) {
        metric = table.metric;
        metricCue = tableCue(table.cues.metric);
      }
      if (table.entity !== undefined) {
        entity = table.entity;
        entityCue = tableCue(table.cues.entity);
      }
      // (a valuation column is as of the page date even when the row's own cue word was something else)
      // (a table of aligned columns with no period of its own, in plain text, stands in the text's flow: the period in
      // force, "Figures are for the six months to June 30 unless stated", is its figures' as a sentence's)
      const inFlow = table.period === null && at!.row.header!.aligned === true && !(metric !== null && POINT_IN_TIME.has(metric));
      if (!inFlow) {
        period = table.period ?? (metric !== null && POINT_IN_TIME.has(metric) ? pageMonth : null);
        periodCue = table.period !== null ? tableCue(table.cues.period) : period !== null ? { text: period, scope: 'page' } : null;
      }
      if (table.unit) unit = table.unit;
      if (table.scale && unit !== 'percent') {
        // (to twelve digits: 8.3 × 1e9 is 8,300,000,000, not 8,300,000,000.000001)
        value = Number((value * table.scale.factor).toPrecision(12));
        if (valueMax !== null) valueMax = Number((valueMax * table.scale.factor).toPrecision(12));
        if (table.scale.unit) unit = table.scale.unit;
      }
      if (table.approx && qualifier === 'exact') qualifier = 'approx';
    }
    if (unit === 'percent' && fig.cell) value = value / 100;
    if (qualifier !== 'range') {
      // (a list taken item by item shares the words before the list: "预计……分别为285亿元、338亿元和395亿元")
      const clause = norm.slice(p.fromList ? ss : clauseStart(norm, fig.start, ss), fig.start);
      const after = norm.slice(fig.end, Math.min(se, fig.end + 40));
      // (and the change that follows a forecast amount in a clause of its own, "预计营收约386亿元，同比增长7.4%", "expect revenue
      // of 38.6 billion yuan, up 7.4%": the change the forecast implies)
      const changeOfForecast = prev !== undefined && prev.qualifier === 'forecast' && prev.entity === entity && (settled.kind === 'percent' || settled.kind === 'change') && CHANGE_OF_FORECAST_GAP.test(norm.slice(prev.end, fig.start));
      if ((isForecast(clause, after) || p.estimate || (restates && earlier?.qualifier === 'forecast') || changeOfForecast) && !isPastBase(clause, after)) qualifier = 'forecast';
      // "about 5 billion yuan (US$687.6 million)": a conversion of a rounded amount is rounded too
      else if (qualifier === 'exact' && restates && fig.inParens && earlier && earlier.qualifier !== 'exact' && earlier.qualifier !== 'range') qualifier = earlier.qualifier;
    }
    const clauseText = norm.slice(clauseStart(norm, fig.start, ss), Math.min(se, fig.end + 60));
    // "had raised over 16 billion yuan in total", "累计融资约90亿元", "has raised $1.5 billion to date": money raised over
    // all rounds so far, not one round's (a round compared with it would be a false disagreement)
    if (metric === 'funding' && !table && CUMULATIVE_FUNDING.test(norm.slice(clauseStart(norm, fig.start, ss), fig.start) + /^[^,;，；。]*/.exec(norm.slice(fig.end, Math.min(se, fig.end + 40)))![0])) metric = 'other:cumulative-funding';
    // (a range given as guidance, "expects revenue of 31 billion yuan to 32.5 billion yuan", is a forecast in time)
    const forecastRange = qualifier === 'range' && isForecast(norm.slice(clauseStart(norm, fig.start, ss), fig.start), norm.slice(fig.end, Math.min(se, fig.end + 40)));
    // (the words of the time basis stop where a later clause gives a figure of its own: "全日上涨1.7%，年内累计涨幅约29%")
    // (its own words first, after an earlier figure's: "has gained 187% since its January listing but fell 6.2% on
    // Thursday"; then the whole clause's, which may give the time for both: "fell 12% this year while X's gained 64%")
    const clauseEnd = ownClauseEnd(clauseText, fig.end - clauseStart(norm, fig.start, ss));
    const ownText = clauseText.slice(ownClauseStart(clauseText, fig.start - clauseStart(norm, fig.start, ss)), clauseEnd);
    const wholeText = clauseText.slice(0, clauseEnd);
    const basisOfText = (text: string) => pickBasis(text, period, metric, forecastRange ? 'forecast' : qualifier);
    const ownBasis = basisOfText(ownText);
    const basisText = ownBasis === basisOfText('') && ownText !== wholeText ? wholeText : ownText;
    // (the past outcome a forecast is set against keeps a basis of its own: "…for 2026, against 724 million yuan last year")
    let basis = restates && earlier && !(earlier.qualifier === 'forecast' && qualifier !== 'forecast') ? earlier.basis : basisOfText(basisText);
    // (but a compared value whose own period is another length of report keeps that period's: "second-half revenue came to
    // 852 million yuan, against 528 million yuan in the first six months" is a half's, not the second half's)
    if (restates && earlier && basis !== null && REPORT_BASES.has(basis)) {
      const own = basisOf(period, metric, qualifier);
      if (own !== null && REPORT_BASES.has(own) && own !== basis) basis = own;
    }
    // ("昨日收报362港元，升3.2%", "closed at HK$402 on Thursday, up 3.2%": the day an earlier clause names is the move's)
    // (not for a move its own clause counts from elsewhere: "trimming their gain since the Jan. 9 debut to about 93%")
    if (basis === null && metric === 'stock-change' && !(restates && earlier) && !/(?<![a-z])(?:since|gains?|from)(?![a-z])|以来|累计|累升|累跌|较/.test(basisText)) basis = pickBasis(norm.slice(ss, fig.start) + basisText.slice(fig.start - clauseStart(norm, fig.start, ss)), period, metric, qualifier);
    // ("Zhipu fell 7.8 per cent to HK$352.40": a move to the price the shares stand at is the day's move)
    if (basis === null && metric === 'stock-change' && !(restates && earlier) && !table && moveWords) basis = 'daily';
    // "shares have risen 54% YTD", "year to date": a move over the page's year so far
    if (metric === 'stock-change' && basis === 'ytd' && page.pageYear !== null && !table && (period === null || period.startsWith(`${page.pageYear}-`))) {
      const ytd = YTD.exec(basisText) ?? THIS_YEAR.exec(basisText);
      if (ytd) {
        period = String(page.pageYear);
        periodCue = { text: ytd[0], scope: 'sentence' };
      }
    }
    // ("up 240% since its January debut", "较1月上市时的招股价高出2.5倍": a move since a listing whose month the sentence
    // gives runs from that month to the month of the move)
    if (metric === 'stock-change' && basis === 'since-listing' && period !== null && !table) {
      // (the phrase right after the move, "240% since its January debut", or before it with no other move between,
      // "較今年1月上市時的招股價116.2港元仍高出2.5倍"; not "gained 187% since its January listing but fell 6.2%")
      const after = norm.slice(fig.end, Math.min(se, fig.end + 60));
      const before = norm.slice(Math.max(ss, fig.start - 50), fig.start);
      const a = LISTING_MONTH.exec(after);
      const b = LISTING_MONTH.exec(before);
      const listed = a && a.index <= 20 && !/\d/.test(after.slice(0, a.index)) ? a : b && b[3] !== undefined && !/[%倍]|per ?cent/.test(before.slice(b.index)) ? b : null;
      if (textListingMonth === undefined) textListingMonth = listingMonthOfText(norm, page.pageMonth);
      const month = listed ? (listed[3] ? Number(listed[3]) : monthNum((listed[1] ?? listed[2])!)) : textListingMonth;
      // (a move runs to the month it is told in, not to the listing's month the sentence also names: "169% above the
      // offer price of the January IPO" on a July page)
      const end = month !== null && pageMonth !== null && period === `${period.slice(0, 4)}-${String(month).padStart(2, '0')}` && pageMonth > period ? pageMonth : period;
      const span = month !== null ? spanFromMonth(end, month) : null;
      if (span !== null) period = span;
      // (a move since a listing whose month the text never gives runs from a month no one can say: the month of the
      // move alone would take a gain of many months for one month's; say nothing of its period)
      else if (month === null && periodCue !== null && periodCue.scope !== 'table') periodCue = null;
    }
    // a value as of an earlier moment ("a month after securing … at a $4.3 billion valuation"), an offering's price, or
    // one the sentence does not give as of the present ("shares closed at HK$496"): the page's date says nothing of its period
    if (periodCue?.scope === 'page' && (isPastClause(norm.slice(ss, Math.min(se, fig.end + 40))) || isOfferPrice(norm, fig.start, fig.end) || !pageDateHolds(norm, fig.start, fig.end, ss, se, qualifier === 'forecast'))) periodCue = null;
    // (an offering's price is of the offering's day, not of the day the sentence tells of: "rose 10% on Thursday, from the HK$120 offer price")
    if (periodCue !== null && (periodCue.scope === 'page' || p.mention?.relative) && isOfferPrice(norm, fig.start, fig.end)) periodCue = null;
    // ("cash stood at US$4.1 billion at the end of June, bolstered by the HK$4.2 billion raised in its IPO": the date of
    // another clause's balance is not the date of the listing that raised the money)
    if (metric === 'ipo-proceeds' && periodCue !== null && p.mention && p.mention.end <= clauseStart(norm, fig.start, ss) && (p.mention.kind === 'date' || p.mention.kind === 'month')) {
      const at = p.mention.start;
      if (raws.some((r, j) => j !== k && r.end <= at && at - r.end <= 25 && /^\s?(?:at|as of|on|by|in)?\s?(?:the\s)?(?:end\s(?:of\s)?)?$/.test(norm.slice(r.end, at)))) periodCue = null;
    }
    // ("shrunk to HK$71 billion from a peak of HK$268 billion": a peak's value is of its own, earlier, moment)
    if (periodCue?.scope === 'page' && isPastPeak(norm, fig.start)) periodCue = null;
    // (a compared value given to another company is of that company's part or model, not the earlier figure's: "cheaper
    // than DeepSeek's V4, …, but above the 0.24 yuan Alibaba charges for Qwen3.5-Plus")
    const sameOwner = restates && earlier && !forOther;
    const kind = sameOwner ? null : valueKind(metric, clauseText, norm.slice(ss, fig.start), norm.slice(fig.end, se));
    let segment: string | null = sameOwner ? earlier.segment : isYardstick(kind) ? unitPart : (kind ?? unitPart);
    if (!sameOwner && metric !== null && segment === null) {
      if (MODEL_METRICS.has(metric)) {
        segment = modelNear(norm.slice(ss, se), fig.start - ss, entity);
        // (a model's price per million input tokens is not its price per million output tokens)
        // (the side said right after the figure first: "0.8 yuan per million input tokens and 4.8 yuan for output")
        const sideAfter = metric === 'price-per-mtok' && segment !== null ? SIDE_AFTER.exec(norm.slice(fig.end, fig.end + 30)) : null;
        const side = sideAfter ? sideAfter[1]! : metric === 'price-per-mtok' && segment !== null && metricCue ? (PRICE_SIDE.exec(metricCue.text.toLowerCase())?.[0] ?? null) : null;
        if (side) segment = `${segment} ${/input|输入|輸入/.test(side) ? 'input' : 'output'}`;
      }
      else if (choice.cue !== null && !choice.carried) {
        const c = choice.cue;
        // ("the overseas share": the part is in the cue's own words)
        // (and "cloud revenue from outside China": the part's own business abroad, not the part)
        segment = c.metric === 'other:segment-revenue' ? normaliseSegment(norm.slice(c.start, c.end)) : c.metric === 'other:revenue-share' && OVERSEAS_SHARE_CUE.test(norm.slice(c.start, c.end)) ? 'overseas' : (segmentBefore(norm.slice(clauseStart(norm, c.start, ss), c.start)) ?? segmentAfter(norm.slice(c.end, c.end + 40)));
        if (segment !== null) segment = abroadOf(segment, norm.slice(c.end, c.end + 40));
      }
    }
    // ("generated 471 million yuan of its first-half revenue overseas": the amount of its revenue earned abroad)
    if (segment === null && !sameOwner && fig.kind === 'money' && (metric === 'revenue' || metric === 'other:segment-revenue') && !table && REVENUE_ABROAD_AFTER.test(norm.slice(fig.end, Math.min(se, fig.end + 80)))) segment = 'overseas';
    // ("Overseas customers accounted for 38% of revenue": the part is the subject of the share)
    const share = metric === 'other:revenue-share' && segment === null && !table ? shareOfPart(norm, fig.start, fig.end, clauseStart(norm, fig.start, ss)) : null;
    if (share) segment = share.part;
    // (a share of revenue whose part is named is that part's share: one name for it, as for its revenue and growth)
    if (metric === 'other:revenue-share' && (segment !== null || share)) metric = 'other:segment-revenue-share';
    // ("the computing-leasing business, which accounted for roughly 40 per cent of first-half generative AI revenue": a
    // share of a part's revenue, the part named after "of", is a share within that part, not the part's share of the
    // whole, nor the subject's)
    if (metric === 'other:segment-revenue-share' && !share && segment !== null && !table && choice.cue !== null && !choice.carried && choice.cue.start > fig.end && SHARE_OF_BEFORE_PART.test(norm.slice(fig.end, choice.cue.start)) && norm.slice(fig.end, choice.cue.start).includes(segment.split(' ')[0]!)) metric = null;
    // (and the share the top customers bring is none of a part's: "The five largest customers accounted for 44.8% of revenue")
    // (named anywhere since the figure before it in the sentence that is no item of its list: "其中第一大客户为某手机品牌，2025年
    // 贡献收入占比24.8%", "前五大客户收入占比分别为71.6%、68.9%和62.3%")
    if (metric !== null && /^(?:other:(?:segment-)?revenue-share|api-revenue-share)$/.test(metric) && !table) {
      let from = ss;
      for (let j = k - 1; j >= 0 && raws[j]!.start >= ss; j--) {
        if (LIST_GAP.test(norm.slice(raws[j]!.end, raws[j + 1]!.start))) continue;
        from = raws[j]!.end;
        break;
      }
      const customers = customerShare(norm.slice(from, fig.start));
      if (customers) [metric, segment] = [customers, null];
    }
    // ("Kling brought in 1.2 billion yuan, or 8%", "471 million yuan of its revenue overseas, or 16.3 per cent": a bare
    // percentage set after a part's amount with "or" restates that amount as its share of the whole, no growth)
    if (settled.kind === 'percent' && !table && prev && prev.entity === entity && isCurrency(prev.unit) && (prev.metric === 'other:segment-revenue' || prev.metric === 'other:overseas-revenue') && OR_SHARE_GAP.test(norm.slice(prev.end, fig.start)) && !CHANGE_WORD_AFTER.test(norm.slice(fig.end, fig.end + 24))) {
      metric = prev.metric === 'other:overseas-revenue' ? 'other:overseas-revenue-share' : 'other:segment-revenue-share';
      segment = prev.segment;
    }
    // ("accounted for 43% of revenue, or 1.28 billion yuan": an amount set after a part's share with "or" restates that share
    // as the part's revenue, never the whole's)
    if (settled.kind === 'money' && settled.unit !== null && isCurrency(settled.unit) && !table && prev && prev.start >= ss && prev.entity === entity && prev.value > 0 && prev.value < 1 && prev.metric !== null && SHARE_OF_REVENUE.test(prev.metric) && (metric === 'revenue' || metric === 'other:segment-revenue') && OR_SHARE_GAP.test(norm.slice(prev.end, fig.start))) {
      metric = prev.metric === 'other:overseas-revenue-share' ? 'other:overseas-revenue' : prev.metric === 'api-revenue-share' ? 'api-revenue' : 'other:segment-revenue';
      segment = prev.segment;
    }
    // ("made up 47% of revenue, down 5 percentage points", "占总营收的58%，较2025年全年的64%下降6个百分点": points moved by a
    // share told just before are that share's change, never revenue growth)
    // (past the share's amount restated: "accounted for 43% of revenue, or 1.28 billion yuan, up 8 percentage points")
    const shareBefore = prev && out.length > 1 && prev.metric === 'other:segment-revenue' && OR_SHARE_GAP.test(norm.slice(out[out.length - 2]!.end, prev.start)) ? out[out.length - 2]! : prev;
    if (settled.unit === 'percentage-points' && !table && prev && shareBefore && shareBefore.start >= ss && shareBefore.entity === entity && shareBefore.metric !== null && /share$/.test(shareBefore.metric) && metric !== null && /growth$/.test(metric) && !/\d/.test(norm.slice(prev.end, fig.start))) {
      metric = `other:${shareBefore.metric.replace(/^other:/, '')}-change` as MetricId;
      segment = shareBefore.segment;
    }
    // (the share from outside China is a figure news names on its own: "overseas revenue share", "海外收入占比")
    // (and so are the revenue from outside China and its growth: "overseas revenue rose 120% to 186 million yuan")
    // ("revenue generated overseas reached US$209.6 million": the revenue word alone, its part named after it)
    if (segment === 'overseas' && metric !== null && /^(?:other:segment-revenue|revenue)(?:-share|-growth(?:-qoq)?)?$/.test(metric)) metric = metric.replace(/^(?:other:segment-revenue|revenue)/, 'other:overseas-revenue') as MetricId;
    // ("MiniMax's sales were roughly 30% larger than Zhipu's", "a margin 5 points above Baidu's": a gap to another company,
    // no growth nor level of the figure's own)
    if (metric !== null && entity !== null && !table && (settled.kind === 'percent' || settled.kind === 'change')) {
      const gap = THAN_PEER_AFTER.exec(norm.slice(fig.end, fig.end + 40));
      const other = gap ? mentions[lowerBound(mentions, fig.end + gap[0].length)] : undefined;
      if (gap && other && other.start === fig.end + gap[0].length && other.entity !== null && other.entity !== entity && other.kind !== 'index') metric = null;
    }
    // ("Doubao's margin over DeepSeek is now 34 million users", "its lead over Kimi widened to 20 million": a gap between
    // two, no level of either)
    // (and the gap it is compared with: "…is now 34 million users, up from 27 million in March")
    if (metric !== null && !table && (LEAD_OVER_BEFORE.test(norm.slice(Math.max(ss, fig.start - 80), fig.start)) || (prev && prev.start >= ss && COMPARED_FROM_GAP.test(norm.slice(prev.end, fig.start)) && LEAD_OVER_BEFORE.test(norm.slice(Math.max(ss, prev.start - 80), prev.start))))) metric = null;
    // (a sum of money is no share, margin or rate: "could generate as much as 480 billion yuan" is no market share, "issued
    // US$3.2 billion of zero-coupon convertibles" names no coupon rate; a ratio may be said in money, "1.6 yuan on research
    // for each yuan of revenue")
    if (settled.kind === 'money' && metric !== null && /(?:^|-)(?:share|margin|rate|yield|penetration)$/.test(metric.replace(/^other:/, '')) && !table) metric = null;
    // (nor is a percent a count of people: "about 3% of Doubao users pay", "Kimi loses 2% of its users a month")
    if (settled.kind === 'percent' && metric !== null && PEOPLE_COUNTS.has(metric) && !table) metric = null;
    // ("The international Qwen app had 18 million monthly active users, against roughly 160 million for the Chinese version",
    // "47 million of them in China", "國內版千問應用月活躍用戶約1.6億": the users of one version or one region, not the total)
    if (metric !== null && USER_METRICS_OF_PART[metric] && !table) {
      const part = userPart(norm, fig, prev && prev.end > ss && prev.end <= fig.start ? prev.end : ss, se);
      if (part) metric = `other:${part}-${USER_METRICS_OF_PART[metric]}` as MetricId;
    }
    // ("Zhipu trades at about 120 times forecast 2026 sales; MiniMax at some 60 times": the same multiple for the next
    // company, said once)
    if (settled.kind === 'multiple' && prev && prev.kind === 'multiple' && prev.metric !== null && VALUATION_MULTIPLES.has(prev.metric) && !table && PARALLEL_AT_BEFORE.test(norm.slice(prev.end, fig.start)) && /^\s?(?:times|x)?\s?(?:[.;,]|$)/.test(norm.slice(fig.end, fig.end + 8))) {
      metric = prev.metric;
      metricCue = prev.evidence.metric;
      if (prev.period !== null) {
        period = prev.period;
        periodCue = prev.evidence.period;
      }
    }
    // ("earns less than 0.5 yuan per million tokens, or under 9 billion yuan a year": no price per million tokens runs to
    // billions; such an amount is something else the words do not name)
    if (metric === 'price-per-mtok' && settled.kind === 'money' && (fig.scaled || value >= 1000) && !table) metric = null;
    // ("海螺視頻訂閱用戶破300萬" in a third-quarter report, "cash of 14.7 billion yuan" in the half): a stock counted at a
    // moment is as of the end of the quarter or half it is told in, not a figure of the span (an average is the span's;
    // said in the figure's own clause: "served an average of 212 million users, and paying users reached 3.6 million")
    // ("reported revenue … for the year ended 31 December 2025 and had cash of US$1.09 billion", "截至2026年6月30日止六个月，
    // 收入为…，账上现金为…"): a stock told in the past beside a period the sentence names by the day it ended is as of that
    // day, not of the page; a period named without its last day ("for 2025 and has cash of") leaves the stock's date open
    if (metric !== null && STOCK_AT_END.has(metric) && (periodCue === null || periodCue.scope === 'page') && (period === null || period === pageMonth) && !table && !PRESENT_STOCK_BEFORE.test(norm.slice(clauseStart(norm, fig.start, ss), fig.start))) {
      let ended: PeriodMention | null = null;
      for (let j = lowerBound(periods, ss); j < periods.length && periods[j]!.end <= fig.start; j++) if (periods[j]!.period !== null && ENDED_ON.test(norm.slice(periods[j]!.start, periods[j]!.end))) ended = periods[j]!;
      const end = ended ? endMonthOf(ended.period) : null;
      if (ended && end) {
        period = `${end.year}-${String(end.month).padStart(2, '0')}`;
        periodCue = { text: text.slice(ended.start, ended.end), scope: 'sentence' };
      }
    }
    if (period !== null && metric !== null && STOCK_AT_END.has(metric) && !table && !AVERAGE_SAID.test(norm.slice(clauseStart(norm, fig.start, ss), Math.min(se, fig.end + 24)))) {
      const end = /^\d{4}-(?:Q[1-4]|H[12]|9M)$/.test(period) ? endMonthOf(period) : null;
      if (end) period = `${end.year}-${String(end.month).padStart(2, '0')}`;
    }
    // ("百度智能云单季收入已接近49亿元", "单季来看，营收同比增长12%" after a half or nine months: the quarter counted alone,
    // the last of the span in force)
    if (period !== null && !table && /^\d{4}(?:-H[12]|-9M)?$/.test(period)) {
      // (within the figure's sentence: never a scan back through the whole text)
      const before = norm.slice(ss, fig.start);
      const part = before.slice(Math.max(before.lastIndexOf('；'), before.lastIndexOf(';')) + 1);
      // (not past a period named after it: "单季收入好于预期，但……维持2026年全年营收305亿元的预测" is the year's)
      const alone = ALONE_QUARTER.exec(part);
      const aloneAt = alone ? fig.start - part.length + alone.index : -1;
      if (alone && !/第\s?[一二三四1-4]\s?季|[一二三四]季度|q[1-4]/.test(part) && !(p.mention !== null && p.mention.start > aloneAt)) {
        const end = endMonthOf(period)!;
        period = `${end.year}-Q${Math.ceil(end.month / 3)}`;
      }
    }
    // ("generative AI carries a gross margin of 36.8%, against 58.2% for vision AI": a part named right after a margin is
    // its part, whatever part the margin's words were said of)
    if ((metric === 'gross-margin' || metric === 'other:gross-margin-change' || metric === 'other:segment-gross-margin') && !table) {
      const named = PART_NAMED_AFTER.exec(norm.slice(fig.end, fig.end + 40));
      if (named) segment = normaliseSegment(named[1]!);
    }
    // ("a gross margin of just 9% on its open-platform business": the margin of the part named after the figure)
    if ((metric === 'gross-margin' || metric === 'other:gross-margin-change') && segment === null && !table) {
      const part = MARGIN_ON_PART_AFTER.exec(norm.slice(fig.end, fig.end + 60));
      if (part) segment = normaliseSegment(part[1]!);
      // ("开放平台API收入2.1亿元，毛利率仅为18%", "API revenue rose to $81 million, with a gross margin of 20%": the margin
      // of the part whose revenue the sentence has just given)
      // (and its change right after it: "毛利率仅为18%，较去年同期下滑12个百分点")
      else if (prev && (prev.metric === 'other:segment-revenue' || prev.metric === 'api-revenue' || (metric === 'other:gross-margin-change' && prev.metric === 'other:segment-gross-margin')) && prev.entity === entity && !WHOLE_WORD.test(norm.slice(prev.end, fig.start)) && !companyMarginClause(norm, mentions, prev.end, fig.start, ss)) {
        if (prev.segment !== null) segment = prev.segment;
        // (a part the reader cannot name, "Open platform revenue: $61.8 million, at a gross margin of 68.9%", "brought in 495
        // million yuan at a gross margin of 58.4 per cent": the margin right after its revenue is still the part's)
        else if (MARGIN_OF_PART_GAP.test(norm.slice(prev.end, fig.start))) metric = metric === 'gross-margin' ? 'other:segment-gross-margin' : 'other:segment-gross-margin-change';
      }
    }
    // (and a part's EBITA or operating margin: "cloud revenue reached 188.3 billion yuan at an adjusted EBITA margin of 9.1%")
    if (metric !== null && metric !== 'gross-margin' && PART_MARGIN[metric] !== undefined && prev && (prev.metric === 'other:segment-revenue' || prev.metric === 'api-revenue') && prev.entity === entity && !table) {
      const gap = norm.slice(prev.end, fig.start);
      if (MARGIN_OF_PART_GAP.test(gap) && !WHOLE_WORD.test(gap) && !companyMarginClause(norm, mentions, prev.end, fig.start, ss)) {
        metric = PART_MARGIN[metric]!;
        if (segment === null) segment = prev.segment;
      }
    }
    // ("Its cloud platform … earned 300 million yuan. Its gross margin rose to 15% from 9%": a sentence opening on "its
    // margin" right after a sentence about a part alone, whose subject is that part, speaks of the part's margin)
    if (metric !== null && PART_MARGIN[metric] !== undefined && segment === null && !table && si > 0 && ITS_MARGIN_START.test(norm.slice(ss, fig.start)) && !WHOLE_WORD.test(norm.slice(ss, fig.start))) {
      const part = partOfSentence(norm, out, mentions, sentences.starts[si - 1] ?? 0, sentences.ends[si - 1] ?? ss, entity);
      if (part !== undefined) {
        metric = PART_MARGIN[metric]!;
        segment = part;
      }
    }
    // (a part's margin is named as the part's, "DeepSeek's API gross margin", as a part's revenue is: never the company's)
    if ((metric === 'gross-margin' || metric === 'other:gross-margin-change') && segment !== null) metric = metric === 'gross-margin' ? 'other:segment-gross-margin' : 'other:segment-gross-margin-change';
    // (the users or staff of a place are named as that part's, "users abroad", "users in Korea", so that no part is taken
    // for the company's total; a platform's paying developers stay its paying users)
    // ("Volcano Engine has about 14,000 employees": the staff of a unit the sentence names by its own name are that
    // unit's, never the group's)
    if (metric === 'headcount' && segment === null && entityCue !== null && UNIT_NAMES.has(entityCue.text.toLowerCase().trim())) segment = normaliseSegment(entityCue.text);
    // ("员工约16.2万人，其中中国区员工约11.4万人": the staff of one part or place, told after the whole, are that part's)
    if (metric === 'headcount' && segment === null && !table) {
      const part = STAFF_OF_WHICH_ZH.exec(norm.slice(Math.max(ss, fig.start - 30), fig.start));
      if (part) segment = normaliseSegment(part[1]!);
    }
    // ("元宝的推广费用约为31亿元", "marketing spending on Yuanbao": what is spent to promote one app is that app's, never the
    // group's selling and marketing expenses; an app named sentences before is no part of this sentence's spending)
    if (metric !== null && PRODUCT_PARTS.has(metric) && segment === null && entityCue !== null && entityCue.scope !== 'carried' && isProductName(entityCue.text)) segment = normaliseSegment(entityCue.text);
    // (a unit's share keeps both its unit and its yardstick: "Alibaba Cloud's share by revenue" is "cloud by revenue")
    if (metric === 'market-share' && isYardstick(kind)) segment = segment === null ? kind : `${segment} ${kind}`;
    // (and the market it is of, where its sentence names one: "46% of model API calls", "33.1% of China's AI cloud market")
    if (metric === 'market-share' && !table) segment = withMarket(segment, shareMarket(norm.slice(ss, fig.start), norm.slice(fig.end, se)));
    const partCount = metric !== null && segment !== null && isRegionSegment(segment) ? PART_COUNT.exec(metric) : null;
    if (partCount) metric = `other:${segment === 'overseas' ? 'overseas' : 'segment'}-${partCount[1]}` as MetricId;
    if (multipleOf) {
      period = multipleOf.period;
      periodCue = multipleOf.evidence.period;
      basis = multipleOf.basis;
    }
    if (couponOfNotes && metric === 'other:coupon-rate') period = null;
    const evidence: Evidence = { entity: entity === null ? null : entityCue, metric: metric === null ? null : metricCue, period: period === null ? null : periodCue };
    out.push({
      text: text.slice(fig.start, fig.end),
      start: fig.start,
      end: fig.end,
      value,
      valueMax,
      unit: unit ?? 'count',
      kind: unit !== null && isCurrency(unit) ? 'money' : unit === 'percent' && settled.kind === 'count' ? 'percent' : settled.kind,
      qualifier,
      entity,
      metric,
      period,
      basis,
      segment,
      evidence,
    });
    sentenceOfPrev = si;
  }
  return out;
}

/** The figure with its unit settled (a copy with the same shape as the reader's others: see finish in find-figures.ts). */
function withUnit(fig: RawFigure, unit: Unit | null): RawFigure {
  const copy = Object.assign({}, fig);
  copy.unit = unit;
  copy.kind = unit !== null && isCurrency(unit) ? 'money' : fig.kind;
  return copy;
}

/** Currency for an amount written without one: "revenue of 7 billion" in a yuan article, "MiniMax reaches 1.26 million". */
function settleUnit(fig: RawFigure, base: MetricId | null, prev: Figure | undefined, docCurrency: Currency | null, norm: string): Unit {
  if (!fig.scaled) return 'count';
  // ("hold 14.2 million of those shares", "sold 60 million new shares", "配售3850万股H股": a number of shares, whatever money
  // is near)
  if (/^\s?(?:of (?:those |the |its |their |these |the company's )?)?(?:new |existing |ordinary |class [ab] |h[- ]|a[- ])?shares(?![a-z])|^\s?(?:新|旧|舊)?股(?!东|東|价|價|份有限|权|權|息|本)/.test(norm.slice(fig.end, fig.end + 40))) return 'count';
  const nounAfter = /^\s?(?:[a-z-]+\s)?[a-z]{3,}/.test(norm.slice(fig.end, fig.end + 20)) && !/^\s?(?:in|of|for|and|to|at|by|on|with|from|yuan|dollars)\b/.test(norm.slice(fig.end, fig.end + 12));
  if (base !== null && MONEY_METRICS.has(base)) {
    if (prev && isCurrency(prev.unit)) return prev.unit;
    if (docCurrency) return docCurrency;
    return 'count';
  }
  if (!nounAfter && prev && isCurrency(prev.unit) && /^\s?(?:[.,;。，；]|$)/.test(norm.slice(fig.end, fig.end + 2))) return prev.unit;
  return 'count';
}

/** The company last named (not as an investor or rival) before `pos`. */
// (a clause of its own about the margin, "…, but its gross margin fell to", "… and the gross margin to stabilise at")
const MARGIN_CLAUSE = /(?<![a-z])(?:and|but|while|whereas|though|although|yet)\s(the|its|their)\s(?:[a-z-]+\s){0,2}margins?(?![a-z])/;
const COMPANY_PRONOUN_START = /^\s?(?:it|they|the (?:company|group|firm|start-?up))(?![a-z])/;

/** Whether the sentence from `ss` opens on the company: "It", "The company", or its name not said as an owner ("Baidu said", not "Baidu's cloud platform"). */
function opensOnCompany(norm: string, mentions: readonly { start: number; end: number }[], ss: number): boolean {
  if (COMPANY_PRONOUN_START.test(norm.slice(ss, ss + 20))) return true;
  const first = mentions[lowerBound(mentions, ss)];
  return first !== undefined && first.start - ss <= 2 && !/^(?:'s|’s)/.test(norm.slice(first.end, first.end + 2));
}

/**
 * Whether the words between a part's revenue and a margin open a clause about the company's margin: "the gross margin"
 * always; "its gross margin" when the sentence opens on the company ("Zhipu said its API revenue rose …, but its gross
 * margin fell"), not when it opens on the part ("Generative AI revenue rose …, but its gross margin slid").
 */
function companyMarginClause(norm: string, mentions: readonly { start: number; end: number }[], from: number, to: number, ss: number): boolean {
  const clause = MARGIN_CLAUSE.exec(norm.slice(from, to));
  if (!clause) return false;
  return clause[1] !== 'its' || opensOnCompany(norm, mentions, ss);
}

/** A sentence opening on the margin of "it": "Its gross margin rose to", "But its adjusted operating margin slid to". */
const ITS_MARGIN_START = /^\s?(?:(?:but|and|yet|meanwhile|however|still),?\s)?its\s(?:[a-z-]+\s){0,2}?margins?(?![a-z])[^;]{0,80}$/;
// (a share "of" a part's revenue: "40 per cent of first-half generative AI revenue")
const SHARE_OF_BEFORE_PART = /^\s?(?:\([^)]{0,30}\)\s?)?of\s/;
// (a lead over a rival before the figure: "Doubao's margin over DeepSeek is now", "its lead over Kimi widened to")
const LEAD_OVER_BEFORE = /(?<![a-z])(?:(?:margin|lead|advantage)\sover|lead\son|gap\s(?:to|with|over))\s[^,.;:]{1,40}?\s(?:is|was|has been|stands at|stood at|of|to|at|(?:widened|narrowed|grew|shrank|rose|fell) to)\s(?:now\s)?(?:about |around |roughly |nearly |some |more than |almost )?$/;
// (the words between a figure and the earlier value it is compared with: "34 million users, up from 27 million")
const COMPARED_FROM_GAP = /^\s?(?:[a-z]+)?,?\s?(?:up |down )?from\s(?:about |around |roughly )?$/;
// (the words between a percent and the company it is set against: "30% larger than", "5 points above", "12% ahead of")
const THAN_PEER_AFTER = /^\s?(?:(?:percentage )?points?\s)?(?:higher|lower|larger|smaller|bigger|greater|wider|narrower|more|less|above|below|ahead of|behind)\s(?:than\s)?(?:that of\s|those of\s|the\s)?(?:(?:its\s)?(?:rival|peer|competitor)\s)?/;
/** Revenue that is a part's. */
const PART_REVENUE: ReadonlySet<MetricId | null> = new Set(['other:segment-revenue', 'api-revenue']);
/** Sentence openings whose subject is a figure rather than a part: "Cloud revenue rose", "Revenue from the unit", "Sales at its cloud arm". */
const FIGURE_SUBJECT_START = /^\s?(?:[a-z0-9'’-]+ ){0,3}(?:revenues?|sales|income)(?![a-z])/;

/**
 * The part (its segment, or null when unnamed) a sentence is about, when its subject is a part of `entity` and every
 * figure it gives of `entity` is the part's with a part's revenue among them; else undefined.
 */
function partOfSentence(norm: string, out: readonly Figure[], mentions: readonly { start: number; end: number; entity: EntityId | null }[], ps: number, pe: number, entity: EntityId | null): string | null | undefined {
  // (a sentence that opens on the company, "Baidu said", "It", is the company's; "Baidu's cloud platform" a part's)
  if (entity === null || FIGURE_SUBJECT_START.test(norm.slice(ps, ps + 20)) || opensOnCompany(norm, mentions, ps)) return undefined;
  let part: Figure | undefined;
  for (let j = lowerBound(out, ps); j < out.length && out[j]!.start < pe; j++) {
    const f = out[j]!;
    if (f.entity !== entity) continue;
    if (!f.metric || !/^(?:other:segment-|api-)/.test(f.metric)) return undefined;
    if (PART_REVENUE.has(f.metric)) part ??= f;
  }
  return part === undefined ? undefined : part.segment;
}

function lastEntityBefore(mentions: { start: number; entity: EntityId | null; weak: boolean }[], pos: number): EntityId | null {
  for (let j = lowerBound(mentions, pos) - 1, n = 0; j >= 0 && n < 40; j--, n++) {
    const m = mentions[j]!;
    if (!m.weak && m.entity !== null) return m.entity;
  }
  return null;
}

function unitClass(u: Unit | null): string {
  if (u === null) return 'none';
  return isCurrency(u) ? 'money' : u;
}

/** The last figure read before this one in its sentence with the same kind of unit (money with money). */
function findEarlierSameClass(out: Figure[], ss: number, fig: RawFigure): Figure | null {
  const cls = unitClass(fig.unit);
  for (let j = out.length - 1; j >= 0; j--) {
    const f = out[j]!;
    if (f.start < ss) break;
    if (unitClass(f.unit) === cls || (cls === 'none' && unitClass(f.unit) === 'money')) return f;
  }
  return null;
}

/** "(幅度14.99%)", "(1H23: 21%)" vs "(5.2x)": a parenthesis with its own metric word is not a restatement. */
function hasOwnCueInParens(norm: string, cues: { start: number; end: number }[], fig: RawFigure): boolean {
  if (!fig.inParens) return false;
  const open = norm.lastIndexOf('(', fig.start);
  if (open < fig.start - 120) return false;
  const c = cues[lowerBound(cues, open)];
  return (c !== undefined && c.end <= fig.start) || /幅度|增|减|涨|跌/.test(norm.slice(open, fig.start));
}

function hasIndexBefore(mentions: { start: number; kind: string }[], fig: RawFigure, ss: number): boolean {
  for (let j = lowerBound(mentions, ss); j < mentions.length && mentions[j]!.start < fig.start; j++) {
    if (mentions[j]!.kind === 'index') return true;
  }
  return false;
}

function hasPeriodJustBefore(periods: { end: number; start: number }[], fig: RawFigure): boolean {
  const p = periods[lowerBound(periods, fig.start) - 1];
  return p !== undefined && p.end <= fig.start && fig.start - p.end <= 3;
}

/** Where the figure's own clause ends in `text` (from `from`, its end): at a clause break followed by another figure, else the end. */
/** Where the words of the figure at `at` begin in its clause: after "but" or "and" that close an earlier figure's words. */
function ownClauseStart(text: string, at: number): number {
  // ("has gained 187% since its January listing but fell 6.2% on Thursday": the 6.2% is no move since listing)
  let start = 0;
  for (const m of text.slice(0, at).matchAll(/\s(?:but|while|whereas|and)\s|但|而/g)) if (/\d/.test(text.slice(0, m.index))) start = m.index + m[0].length;
  return start;
}

function ownClauseEnd(text: string, from: number): number {
  // (and at "but", "while", "whereas": "slipped 2.3% on Thursday but remain up 58% since the start of the year")
  // (and at "and" before the next figure, a few words on: "up 4.8% on the day and 427% above its offer price", "fell 2.7% on
  // Friday and are up 41% year to date")
  const m = /[,;，；](?!\d)|\s(?:but|while|whereas|although|though)\s|\sand\s(?=(?:[a-z]+\s){0,3}(?:about |nearly |almost |roughly |some |more than |over )?(?:hk|us|rmb)?\$?\d)|但|而/.exec(text.slice(from));
  if (!m) return text.length;
  const at = from + m.index;
  return /\d/.test(text.slice(at)) ? at : text.length;
}
