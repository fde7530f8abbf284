// Claims from any article: the figures whose company, metric and period all stand where the figure does (the
// evidence a warning needs, see check/evidence.ts), or whose company or period is carried from earlier in the text
// where nothing since could have changed it (read/continuity.ts: a claim records what the article says, a warning
// needs more), each with a verbatim quote of its sentence and the article as its source. Pure and deterministic: the same text and page facts give the same claims with the same ids, so a
// pack extracted twice from the same files is the same pack.
import { missingEvidence, type Missing } from './check/evidence';
import { basisOf, isOfferPrice, isPastClause, isPastPeak, MODEL_METRICS, TIMELESS_METRICS } from './read/fact-basis';
import { DAY_VALUES } from './read/pick-period';
import { VALUATION_MULTIPLES } from './read/pick-metric';
import { companyContinues, periodContinues, textFacts, type TextFacts } from './read/continuity';
import type { Claim, ClaimPack, Source } from './schema';
import type { Figure } from './types';
import { MONEY_METRICS, PEOPLE_COUNTS, PER_SHARE_METRICS } from './read/metrics';
import { normalizeText } from './read/normalize';
import { clauseStart, sentenceIndexAt } from './read/sentences';
import { isCurrency } from './vocabulary';

export interface ArticleFacts {
  /** The file or name the article came from (the source's `file`). */
  file: string;
  url: string | null;
  title: string | null;
  /** The site's own name (og:site_name), else the host is used. */
  siteName: string | null;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date: string | null;
  lang: string | null;
}

const MAX_QUOTE = 240;
const SENTENCE_END = /[!?。！？；;\n]/;

/** Whether a sentence ends at text[i]: a full stop only before a space or the end ("RMB1.74bn" goes on). */
function endsAt(text: string, i: number): boolean {
  const ch = text[i]!;
  if (SENTENCE_END.test(ch)) return true;
  return ch === '.' && (i + 1 >= text.length || /[\s"'”’)]/.test(text[i + 1]!));
}

/** A short stable hash (FNV-1a, 32 bits) as base-36, for ids that do not change between runs. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/^other:/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'x';

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** The article as a source: its id is made from its address (else its title, else its text), so it is stable. */
export function sourceOf(facts: ArticleFacts, text: string): Source {
  const host = hostOf(facts.url);
  const key = facts.url ?? facts.title ?? text.slice(0, 2000);
  const date = facts.date && /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(facts.date) ? facts.date : null;
  const cjk = (text.match(/[\u3400-\u9fff]/g)?.length ?? 0) > text.length / 10;
  const language = facts.lang?.toLowerCase().startsWith('zh') ? 'zh' : facts.lang?.toLowerCase().startsWith('en') ? 'en' : cjk ? 'zh' : 'en';
  return {
    id: `${slug(host ?? 'article')}-${hash(key)}`,
    title: facts.title ?? text.trim().split('\n')[0]!.slice(0, 120) ?? facts.file,
    outlet: facts.siteName ?? host,
    author: null,
    date,
    language,
    file: facts.file,
    url: facts.url && /^https?:\/\//.test(facts.url) ? facts.url : null,
  };
}

/**
 * The sentence around [start, end), verbatim, at most MAX_QUOTE characters: cut at sentence ends, else at word
 * boundaries around the figure.
 */
export function quoteAround(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && !endsAt(text, a - 1)) a--;
  let b = end;
  while (b < text.length && !endsAt(text, b)) b++;
  if (b < text.length && text[b] !== '\n') b++; // keep the sentence's own full stop
  let quote = text.slice(a, b);
  if (quote.length > MAX_QUOTE) {
    // a window around the figure, at spaces where there are any (Chinese has none: cut at characters)
    const room = MAX_QUOTE - (end - start);
    let from = Math.max(a, start - Math.floor(room / 2));
    let to = Math.min(b, from + MAX_QUOTE);
    from = Math.max(a, to - MAX_QUOTE);
    const space = text.indexOf(' ', from);
    if (space >= 0 && space < start && from > a) from = space + 1;
    const back = text.lastIndexOf(' ', to);
    if (back > end && to < b) to = back;
    quote = text.slice(from, to);
  }
  return quote.trim();
}

/**
 * What a figure's reading lacks for a claim: the evidence a warning needs, except a company or period carried
 * from earlier in the text that still holds there.
 */
export function missingForClaim(figure: Figure, facts: TextFacts): Missing[] {
  return missingEvidence(figure).filter(
    (m) =>
      !(m === 'company' && companyContinues(facts, figure)) &&
      !(m === 'period' && (periodContinues(facts, figure) || timelessModelFact(figure) || targetAsOfPage(figure) || marketDayOfPage(figure, facts) || roundOfPage(figure, facts) || staffNow(figure, facts))),
  );
}

// (a round told as news: "has raised $1.2 billion", "is in talks to raise", "近日完成7亿美元新一轮融资", "正在洽谈新一轮融资",
// dated as the devset dates "Moonshot Targets $10 Billion Valuation" on its page's month; and the same in a headline's
// words, "Moonshot AI in talks to raise $1.2 billion", "月之暗面完成8.5亿美元融资"; not "has raised more than $4.6
// billion since it was founded", a running total)
const ROUND_NOW = /(?<![a-z])(?:(?:has|have) (?:now |just )?(?:raised|closed|secured|completed|landed)|(?:is|are) (?:in (?:advanced |early |final |late-stage )?talks|seeking|looking|hoping|planning|aiming) to raise|(?:is|are) (?:raising|seeking)|raises|^[^.]{0,80}?in (?:advanced |early |final |late-stage )?talks to raise)(?![a-z])|近日完成|已完成|宣布完成|正在洽谈|洽谈新一轮|拟融资|^[^，。；,;]{0,16}完成[^，。；,;]{0,14}融资/;
// (nor a round of a time the text went back to: "彼时，月之暗面完成7亿美元融资", "当年10月，百川完成", "at the time")
const ROUND_TOTAL = /(?<![a-z])(?:since|so far|to date|in total|altogether|in all|cumulative(?:ly)?|at the time|that year)(?![a-z])|累计|迄今|至今|成立以来|彼时|当时|当年|那时|同年/;

// ("Moonshot has about 420 employees", "employs about 520 people", "目前约有2300人": staff counted in the present tense)
const HAS_STAFF_BEFORE = /(?<![a-z])(?:has|have|now has|employs|currently employs|now employs)\s(?:about |around |roughly |some |nearly |almost |more than |over |fewer than |just over |just under )?$|(?:目前|现有|现在)(?:约有|有|员工|共有)?\s?(?:约|近|超过|逾)?\s?$/;
const STAFF_AFTER = /^\s?(?:full-time )?(?:employees|staff|people|workers)(?![a-z])|^\s?(?:名|人)/;

/** Whether a figure is of a month though no words give it a period: the page's month, stood in for it. */
const ofPageMonthOnly = (figure: Figure): boolean => figure.evidence.period === null && figure.period !== null && /^\d{4}-\d{2}$/.test(figure.period);

/** A company's staff counted in the present tense ("has about 420 employees"): as of the page's month. */
function staffNow(figure: Figure, facts: TextFacts): boolean {
  if (figure.metric !== 'headcount' || !ofPageMonthOnly(figure)) return false;
  const before = facts.norm.slice(Math.max(0, figure.start - 40), figure.start);
  return HAS_STAFF_BEFORE.test(before) && STAFF_AFTER.test(facts.norm.slice(figure.end, figure.end + 20));
}

/**
 * A funding round, or the valuation it sets, told as news of the page's date ("is in talks to raise about $1.2
 * billion in a round that would value it at $18 billion", "近日完成7亿美元新一轮融资"): its period is the page's month.
 */
function roundOfPage(figure: Figure, facts: TextFacts): boolean {
  if (figure.metric !== 'funding' && figure.metric !== 'valuation') return false;
  if (!ofPageMonthOnly(figure) || figure.qualifier === 'range') return false;
  const si = sentenceIndexAt(facts.sentences, figure.start);
  const sentence = facts.norm.slice(Math.max(0, facts.sentences.starts[si] ?? 0), Math.min(facts.sentences.ends[si] ?? facts.norm.length, figure.end + 30));
  return ROUND_NOW.test(sentence) && !ROUND_TOTAL.test(sentence) && !isPastClause(sentence);
}

/**
 * A target or expected value as of a date ("targets a $10 billion valuation", "expects shares to reach HK$50"): as
 * of the article's date when the sentence names none, like a valuation the article reports (a warning needs more).
 */
const targetAsOfPage = (figure: Figure): boolean =>
  figure.qualifier === 'forecast' && figure.evidence.period?.scope === 'page' && basisOf(null, figure.metric, 'exact') === 'point';

/**
 * A share price, a market value or a day's move told in the past tense on a dated page ("shares closed at HK$496",
 * "fell 3.1% to HK$2.24"): news tells of the trading days just before it, so the page's month is the claim's period.
 * Not an offering's price, a move since listing or so far this year, a range or a forecast, nor a value the sentence
 * places at an earlier moment ("a month after listing at …"). (The checker never takes two prices or moves of one
 * month for one fact: see periodRelation.)
 */
function marketDayOfPage(figure: Figure, facts: TextFacts): boolean {
  if (figure.metric === null || !DAY_VALUES.has(figure.metric) || !ofPageMonthOnly(figure)) return false;
  if (figure.basis !== 'point' && figure.basis !== 'daily') return false;
  if (figure.qualifier === 'range' || figure.qualifier === 'forecast') return false;
  if (isOfferPrice(facts.norm, figure.start, figure.end) || isPastPeak(facts.norm, figure.start)) return false;
  const si = sentenceIndexAt(facts.sentences, figure.start);
  return !isPastClause(facts.norm.slice(Math.max(0, facts.sentences.starts[si] ?? 0), Math.min(facts.sentences.ends[si] ?? facts.norm.length, figure.end + 40)));
}

/** A model's size or context length is no figure of a period: its claim has none ("a context length of 128,000 tokens"). */
const timelessModelFact = (figure: Figure): boolean =>
  figure.period === null && figure.metric !== null && MODEL_METRICS.has(figure.metric) && TIMELESS_METRICS.has(figure.metric);

// "this portion of revenue", "that part of sales", "the segment's revenue": a part of the company named only by
// reference, so the claim could not say which part
const PART_BY_REFERENCE = /(?<![a-z])(?:this|that|these|those|the|its|their) (?:portion|part|parts|slice|segment|business|unit|division)(?:'s)?(?: of)?\s?(?:its |the |their |total )?$/;

// (amounts of money that are per share, per token or per person: small by nature)
const PER_UNIT_MONEY: ReadonlySet<string> = new Set([...PER_SHARE_METRICS, 'price-per-mtok', 'revenue-per-employee']);

const A_MONTH_AFTER = /^\s?(?:a|per|each|every) month(?![a-z])|^\s?monthly(?![a-z])/;

// (and a part of a capital budget the words do not name one way: chips, data centres, servers)
const VAGUE_METRICS = new Set<string>(['other:costs', 'other:performance', 'other:capex-part']);
const COUNT_METRICS = new Set<string>([
  'users', 'other:daily-active-users', 'paying-users', 'headcount', 'parameters', 'other:active-parameters', 'github-stars', 'other:app-downloads', 'other:developers',
  'other:registered-users', 'other:registered-developers', 'other:robotaxi-rides', 'other:vehicles-delivered', 'other:daily-tokens', 'training-tokens',
]);
// (and the later items of a list of them: "down from 4 yuan and 16 yuan respectively")
const HYPOTHETICAL = /^(?:[-•*]\s)?(?:[^,;.]{0,30},\s)?(?:(?:a|an|every|each)\s(?:further\s|hypothetical\s)?\d[\d.]*\s?(?:%|percent|per cent|ppt|pp|percentage points?)\s(?:cut|reduction|fall|drop|decline|rise|increase|change|move)(?![a-z])[^.;]*(?<![a-z])(?:would|could)(?![a-z])|if\s[^.;]*(?<![a-z])(?:would|could)(?![a-z]))|^(?:[^，,。；;]{0,12}[，,]\s?)?(?:若|如果|假设|假如|倘若)[^。；;]*(?:将|会|可)/;
// ("apps with more than 1 million Korean users", "月活超过1000万的平台": a threshold that sets a class of companies
// apart, no company's figure)
const THRESHOLD_BEFORE = /(?<![a-z])(?:apps?|applications|companies|firms|platforms|services|providers|operators|businesses|start-?ups|models|chatbots|products) (?:with|that have|having|that earn|earning|that serve|serving) (?:more than|over|at least|fewer than|less than|above|below|under|upwards of|a minimum of) (?:us|hk|rmb)?[$¥]?$/;
const THRESHOLD_AFTER = /^\s?(?:以上|以下|及以上)?的\s?(?:应用|企业|公司|平台|产品|app|服务|大模型|模型)/;
const HYPOTHETICAL_INSIDE_ZH = /(?:若|如果|假设|假如|倘若)[^。；;，,]{1,40}[，,][^。；;]*?(?:将|会|可能|可|或需|或将|需要|需)[^。；;]*$/;
const HYPOTHETICAL_INSIDE = /(?<![a-z])(?:a|an|every|each) (?:further |hypothetical )?\d[\d.]*\s?(?:%|percent|per cent) (?:cut|reduction|fall|drop|decline|rise|increase|change|move) [^.;]{0,80}?(?<![a-z])(?:would|could)(?![a-z])/;
const CHANGED_FROM_END = /(?<![a-z])(?:down|up|cut|lowered|reduced|raised|increased|rising|falling|higher|lower) from\s(?:about |around |roughly |nearly |almost |more than |less than )?(?:(?:us|hk|rmb)?[$¥]?\d[\d.,]*\s?(?:yuan|dollars|cents|%|percent)?(?:,\s|\sand\s|,\sand\s))?(?:us|hk|rmb)?[$¥]?$/;
const OWN_TIME_AFTER = /^(?:\s?\([^)]{0,40}\))?\s?(?:[a-z]+ ){0,3}?(?:in|at|as of|for|during|by|on|a year|a quarter|last|previously|earlier|before|the (?:same|previous|prior|year|quarter|month))(?![a-z])/;
const FROM_END = /(?:(?<![a-z])from|由|从)\s?$/;
const PRICE_RATIO_AFTER = /^\s(?:their|its|the)\s(?:[a-z0-9$.-]+\s){0,3}?(?:price|level|valuation)(?![a-z])/;
const BENCHMARK = /^(?:other:)?benchmark-/;
const CHANGE_METRIC = /-(?:growth|change|cagr)(?:-qoq)?$|^(?:price-change|stock-change|call-volume-change)$/;
// words that say a figure is a change: of direction, of pace, or of comparison ("grew 31%", "up 9%", "+31% YoY",
// "按年增長", "高出约67%", "a gain … to about 93%", "169% above the offer price")
const CHANGE_SAID = /(?<![a-z])(?:grow|grew|grown|growing|growth|gains?|gained|rise|rises|rose|risen|rising|increas\w*|jump\w*|climb\w*|surg\w*|soar\w*|recover\w*|accelerat\w*|decelerat\w*|slow\w*|pace|faster|decline\w*|fall|falls|fell|fallen|falling|drop\w*|down|up|higher|lower|slump\w*|slid|slide|sliding|tumbl\w*|plung\w*|shr[iau]nk\w*|narrow\w*|widen\w*|expan\w*|contract\w*|cut|cuts|lift\w*|boost\w*|above|below|more|less|yoy|y\/y|y-o-y|qoq|q\/q|year-on-year|year-over-year|quarter-on-quarter|sequential\w*|compound\w*|cagr|premium|discount|ahead|behind|than|versus|vs|compared)(?![a-z])|[+−]|增|升|涨|漲|跌|降|减|減|成长|成長|较|較|高出|高于|高於|低于|低於|收窄|扩大|擴大|翻/;

/**
 * Whether a reading says what its figure is a figure of: an amount of money under a money metric (not "30
 * provinces" under "contract"), a share of revenue with the part that makes it up, a metric word not about a part
 * named only by reference ("this portion of revenue") and more precise than "costs", and not the starting value of
 * a change whose earlier period goes unnamed ("from 15.5% to 26.3%").
 */
export function saysWhatItIs(figure: Figure, facts: TextFacts): boolean {
  const metric = figure.metric;
  if (metric === null) return false;
  // ("八成", "兩倍", "a third": a figure written only in words is a round approximation, not a figure a reader records)
  if (!/[0-9０-９]/.test(figure.text)) return false;
  if (MONEY_METRICS.has(metric) && !isCurrency(figure.unit)) return false;
  // ("每1美元收入亏损1.2美元", "raise our TP to HK$720": a company's revenue, loss, funding or spending is never told
  // in single dollars or yuan; an amount that small is per share, per unit or per yuan of something)
  if (MONEY_METRICS.has(metric) && !PER_UNIT_MONEY.has(metric) && Math.abs(figure.value) < 100_000) return false;
  // ("$316 million in 2024, or roughly $26 million a month", "每月亏损约2亿元": a monthly average, not the period's amount)
  if (MONEY_METRICS.has(metric) && !PER_UNIT_MONEY.has(metric) && metric !== 'arr' && (A_MONTH_AFTER.test(facts.norm.slice(figure.end, figure.end + 16)) || /(?:每月|每个月|月均)[^，。,;；\d]{0,8}$/.test(facts.norm.slice(Math.max(0, figure.start - 12), figure.start)))) return false;
  // ("from $19 to $199 a month" after "paying subscribers": an amount of money is no count of people or things)
  if (COUNT_METRICS.has(metric) && isCurrency(figure.unit)) return false;
  // ("515 million users, equal to about 40% of the mobile internet population": a percentage is no count)
  if (COUNT_METRICS.has(metric) && figure.unit === 'percent') return false;
  // ("downloaded more than 300 million times", "调用量超过10亿次": things done so many times are no count of people)
  if (PEOPLE_COUNTS.has(metric) && /(?:times|次)$/.test(normalizeText(figure.text))) return false;
  if (metric === 'other:revenue-share' && !figure.segment) return false;
  // ("more than 3.5 times their January listing price": one price set against another, a ratio that says no move by itself;
  // not "上涨2.1倍", a rise told in times)
  if (metric === 'stock-change' && /times$/.test(normalizeText(figure.text)) && PRICE_RATIO_AFTER.test(facts.norm.slice(figure.end, figure.end + 50))) return false;
  // ("the HK$165 offer price", "招股价116.2港元", "每股配售价548港元": the price of an offering, not a market price)
  if ((metric === 'share-price' || metric === 'ipo-proceeds') && isOfferPrice(facts.norm, figure.start, figure.end)) return false;
  // ("一手入场费约3333.3港元", "the entry fee for one board lot": the cost of a lot of shares, not a share's price)
  if (metric === 'share-price' && /(?:入场费|entry fee|board lot|每手|一手)[^，。,;；\d]{0,12}$/.test(facts.norm.slice(Math.max(0, figure.start - 40), figure.start))) return false;
  // (a broker's target price is one house's opinion, not a fact of the company: two houses' targets differ without
  // either being wrong, and the estimates' year it is "based on" is no period of it)
  // (nor how far a broker moved its own forecast, "raised its 2027 revenue forecast by 11%")
  if (metric === 'other:target-price' || metric === 'other:estimate-revision') return false;
  // (nor is a valuation multiple a fact one can check against another source: it divides one day's price by one year's
  // sales or earnings, and writers seldom say which day, which year, or whether the price is the market value or the
  // enterprise value, so two sources' "80 times" and "90 times" are rarely the same fact)
  if (VALUATION_MULTIPLES.has(metric)) return false;
  // (nor a count of the companies that buy: writers count enterprise, paying, API or active customers, in a region or a
  // product, and seldom say which, so two sources' "1,400" and "2,100" customers are rarely one fact)
  if (metric === 'other:enterprise-customers') return false;
  // (nor a benchmark score: a model's score depends on the test's version and how it was run, with how many examples,
  // tries or tools, which writers seldom say; two sources' "83.1%" and "85.0%" on one benchmark are rarely one fact, and
  // the year in a benchmark's name, "AIME 2025", is no period of it)
  if (BENCHMARK.test(metric)) return false;
  // "costs", "spending", "performance" alone do not say which
  // (and their changes: "selling and marketing expenses rose 21%" read as a change of "costs")
  if (VAGUE_METRICS.has(metric) || VAGUE_METRICS.has(metric.replace(/-(?:growth|change)(?:-qoq|-hoh)?$/, ''))) return false;
  // "rose from 15.5% to 26.3%": the first is the value of an earlier period the sentence does not name
  const before = facts.norm.slice(Math.max(0, figure.start - 8), figure.start);
  if (FROM_END.test(before) && /^\s?(?:to|至|到)\s?/.test(facts.norm.slice(figure.end, figure.end + 6))) return false;
  // "will cost 0.9 yuan, down from 6 yuan": the level before a change, of a time the sentence does not name (not "up
  // from $90 million at the end of 2025", nor "from 15% a year earlier")
  if (CHANGED_FROM_END.test(facts.norm.slice(Math.max(0, figure.start - 40), figure.start)) && !OWN_TIME_AFTER.test(facts.norm.slice(figure.end, figure.end + 40))) return false;
  // "A 10% cut in token prices would lower our revenue by about 3%", "若价格下降10%，收入将减少3%": a sensitivity, what
  // would be if, not what is
  const si = sentenceIndexAt(facts.sentences, figure.start);
  const sentence = facts.norm.slice(Math.max(0, facts.sentences.starts[si] ?? 0), facts.sentences.ends[si] ?? facts.norm.length).trim();
  if (HYPOTHETICAL.test(sentence)) return false;
  if (THRESHOLD_BEFORE.test(facts.norm.slice(Math.max(0, figure.start - 60), figure.start)) || THRESHOLD_AFTER.test(facts.norm.slice(figure.end, figure.end + 12))) return false;
  // (and one told later in the sentence, the figure inside it or after it: "…, and Chow estimated that a 50 percent cut in
  // Zhipu's prices would lower its 2027 revenue by 8 to 10 percent")
  const sentFrom = Math.max(0, facts.sentences.starts[si] ?? 0);
  const hypo = HYPOTHETICAL_INSIDE.exec(facts.norm.slice(sentFrom, facts.sentences.ends[si] ?? facts.norm.length));
  if (hypo && sentFrom + hypo.index <= figure.start) return false;
  // ("摩根士丹利估计，若特供晶片全面禁售，内地云厂商明年或需额外投入约300亿美元": a condition later in the sentence, and what
  // would follow from it, before the figure)
  if (HYPOTHETICAL_INSIDE_ZH.test(facts.norm.slice(sentFrom, figure.start))) return false;
  // ("Baidu owns about 59% of Kunlunxin", "ahead of ByteDance at 24%", "(2Q26: 14.2%)": a percentage read as a rise or
  // fall of something, though nothing in its clause says anything rose, fell, grew or moved, is more likely a share or
  // a level; the reading's change rests on a guess)
  if (figure.kind === 'percent' && CHANGE_METRIC.test(metric) && figure.evidence.metric?.scope !== 'table') {
    const cs = clauseStart(facts.norm, figure.start, Math.max(0, facts.sentences.starts[si] ?? 0));
    if (!CHANGE_SAID.test(facts.norm.slice(cs, Math.min(facts.norm.length, figure.end + 16)))) return false;
  }
  const cue = figure.evidence.metric;
  if (cue && cue.scope !== 'table') {
    const ss = Math.max(0, facts.sentences.starts[si] ?? 0);
    const at = facts.norm.lastIndexOf(normalizeText(cue.text), figure.start);
    if (at >= ss && PART_BY_REFERENCE.test(facts.norm.slice(Math.max(ss, at - 40), at))) return false;
  }
  return true;
}

/** The claim a figure makes, when its reading has the evidence a claim needs; else null. */
function claimOf(figure: Figure, text: string, sourceId: string, facts: TextFacts): Omit<Claim, 'id'> | null {
  if (!figure.entity || !figure.metric || (!figure.period && !timelessModelFact(figure)) || missingForClaim(figure, facts).length) return null;
  if (!saysWhatItIs(figure, facts)) return null;
  if (!Number.isFinite(figure.value)) return null;
  const quote = quoteAround(text, figure.start, figure.end);
  if (!quote.includes(figure.text)) return null;
  const range = figure.valueMax !== null && figure.qualifier === 'range';
  return {
    entity: figure.entity,
    metric: figure.metric,
    period: figure.period,
    value: figure.value,
    ...(range ? { valueMax: figure.valueMax as number } : {}),
    unit: figure.unit,
    qualifier: range ? 'range' : figure.qualifier === 'range' ? 'exact' : figure.qualifier,
    ...(figure.basis ? { basis: figure.basis } : {}),
    ...(figure.segment ? { segment: figure.segment } : {}),
    sourceId,
    quote,
  };
}

export interface Extracted {
  source: Source;
  claims: Claim[];
  /** The figure each claim was made from (same order as `claims`). */
  from: Figure[];
}

/** Claims of one article, in text order, with ids `<source>-<entity>-<metric>-<period>[-n]`. */
export function extractClaims(figures: readonly Figure[], text: string, facts: ArticleFacts): Extracted {
  const source = sourceOf(facts, text);
  const claims: Claim[] = [];
  const from: Figure[] = [];
  const used = new Map<string, number>();
  const known = figures.length ? textFacts(text, facts.date) : null;
  for (const f of figures) {
    const c = claimOf(f, text, source.id, known!);
    if (!c) continue;
    const base = `${source.id}-${c.entity}-${slug(c.metric)}-${slug(c.period ?? 'x')}`;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    claims.push({ id: n === 1 ? base : `${base}-${n}`, ...c });
    from.push(f);
  }
  return { source, claims, from };
}

/** A claim pack in the import format from several articles' claims (a source id seen twice is kept once). */
export function packOf(name: string, parts: readonly { source: Source; claims: Claim[] }[]): ClaimPack {
  const sources = new Map<string, Source>();
  const claims: Claim[] = [];
  const ids = new Set<string>();
  for (const p of parts) {
    if (sources.has(p.source.id)) continue;
    sources.set(p.source.id, p.source);
    for (const c of p.claims) if (!ids.has(c.id)) (ids.add(c.id), claims.push(c));
  }
  return { name: name.slice(0, 100), sources: [...sources.values()], claims };
}
