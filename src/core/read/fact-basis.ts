// What a figure measures in time (its basis) and which part of the company it is about (its segment): with the
// company, metric and period these make a figure's fact identity, so "nine months" is never compared with a year,
// a one-day share move with a move over the year, or a cloud unit's revenue with the group's.
import type { Basis, EntityId, MetricId, Period, Qualifier } from '../vocabulary';
import { APP_SPELLINGS, entityOfAlias } from './aliases';
import { BALANCE_SHEET_METRICS, REGION } from './metrics';

/** Metrics that are values as of a date (a valuation, a share price, cash, a price in force). */
const POINT_METRICS = new Set<string>([
  ...BALANCE_SHEET_METRICS, 'valuation', 'market-cap', 'share-price', 'headcount', 'users', 'other:daily-active-users', 'paying-users', 'other:enterprise-customers', 'price-per-mtok',
  'price-to-sales', 'other:ev-to-sales', 'other:pe-ratio', 'other:target-price', 'github-stars',
]);
/** One-off amounts and facts with no time dimension: funding rounds, IPO proceeds, a model's size. */
export const TIMELESS_METRICS: ReadonlySet<string> = new Set<string>([
  'funding', 'ipo-proceeds', 'parameters', 'other:active-parameters', 'other:context-length', 'training-tokens', 'benchmark-mmlu',
  'benchmark-ceval', 'other:benchmark-score', 'training-cost', 'contract-value', 'loss-per-revenue',
]);

/** The basis a period implies: `2025` a full year, `2025-H1` a half, `2026-03` a point, a span cumulative. */
export function basisOf(period: Period | null, metric: MetricId | null, qualifier: Qualifier): Basis | null {
  if (qualifier === 'forecast') return 'forecast';
  if (metric !== null && TIMELESS_METRICS.has(metric)) return null;
  if (metric === 'arr') return 'run-rate';
  if (metric !== null && POINT_METRICS.has(metric)) return 'point';
  if (period === null) return null;
  if (period.includes('..')) return 'cumulative';
  const part = /^\d{4}(?:-(H1|H2|Q[1-4]|9M|\d{2}))?$/.exec(period)?.[1];
  if (part === undefined) return 'fy';
  if (part === 'H1') return 'h1';
  if (part === 'H2') return 'h2';
  if (part === '9M') return '9m';
  if (part.startsWith('Q')) return 'q';
  return 'point';
}

// Words that set the time basis whatever the period says (the clause around the figure, normalised text).
// (and "較1月上市時的招股價累升約160%": against the offer price of a listing the sentence dates; "427% above its offer
// price": a move measured from the offering)
const SINCE_LISTING = /since (?:its |their |the )?(?:[a-z0-9.]+ ){0,3}(?:debut|listing|ipo|float)|(?:from|above|over|below|against|on) (?:its |the |their )?(?:hk\$[\d.]+ )?(?:ipo|offer|offering|listing|issue) price|上市以来|较[^，。,;；]{0,10}?(?:发行价|招股价)/;
const SINCE_LISTING_SUPERLATIVE = /(?<![a-z])(?:biggest|largest|steepest|sharpest|worst|best|highest|lowest|first)(?: [a-z-]+){0,3} since (?:its |their |the )?(?:[a-z0-9.]+ ){0,3}(?:debut|listing|ipo|float)|上市以来(?:的)?(?:最大|最高|最低|首次|单日最)/;
export const YTD = /(?<![a-z])(?:year[- ]to[- ]date|ytd|so far this year|this year so far|since the start of (?:the|this) year|since january)(?![a-z])|年初至今|今年以来|年内/;
// ("shares are up 75% this year": a move since the year began)
export const THIS_YEAR = /(?<![a-z])this year(?![a-z])|今年/;
const CUMULATIVE = /(?<![a-z])(?:cumulative(?:ly)?|in total since|since (?:its )?(?:founding|inception|launch|\d{4})|to date|over the past (?:\w+ )?(?:years|quarters)|in the past (?:\w+ )?(?:quarters|years)|first (?:week|month|\w+ days)|within (?:one|a|two|\w+) (?:week|month)s?)(?![a-z])|累计|累積|成立以来/;
const ONE_DAY = /(?<![a-z])(?:on (?:monday|tuesday|wednesday|thursday|friday|the day|its debut|its first day)|in (?:early|late|midday|morning|afternoon) trad\w*|intraday|(?:on|in) (?:its )?(?:first|opening) (?:day|session)|today|yesterday|daily|a day|per day|each day|overnight|at (?:the |[a-z]+'s )?close|closed|closing|(?:monday|tuesday|wednesday|thursday|friday)'s (?:close|session|trading)|in (?:premarket|pre-market|after-hours|extended) trading)(?![a-z])|单日|当日|当天|同日|首日|盘中|早盘|午盘|尾盘|盘前|盘后|高开|低开|日均|全日|收市|收盘|报收|收报|今日|昨日/;
// (words of a rate per day: an average or a count per day, not one day's)
const PER_DAY = /日均|(?<![a-z])(?:daily|a day|per day|each day)(?![a-z])/g;
const RUN_RATE = /(?<![a-z])(?:run[- ]rate|annuali[sz]ed|arr)(?![a-z])|年化/;
const NINE_MONTHS = /(?<![a-z])(?:first nine months|nine months|9 months|9m)(?![a-z])|前三季度|前9个月|前九个月/;

/**
 * The basis, from the words of the figure's clause (`clause`, normalised) where they say one, else from the
 * period. `stock-change` without a word for its span is left open (null): a move "this year" and one "on Friday"
 * read alike otherwise.
 */
export function pickBasis(clause: string, period: Period | null, metric: MetricId | null, qualifier: Qualifier): Basis | null {
  if (qualifier === 'forecast') return 'forecast';
  // (what an IPO or a round raised is one amount, however the clause dates it: "since a January listing that raised …")
  if (metric !== null && TIMELESS_METRICS.has(metric)) return null;
  // (not "its biggest one-day drop since listing", "上市以来最大单日跌幅": a superlative of a day's move)
  if (SINCE_LISTING.test(clause) && !SINCE_LISTING_SUPERLATIVE.test(clause)) return 'since-listing';
  if (YTD.test(clause)) return 'ytd';
  if (NINE_MONTHS.test(clause)) return '9m';
  if (CUMULATIVE.test(clause)) return 'cumulative';
  // (a move "this year" is one since the year began)
  if (metric === 'stock-change' || metric === 'other:index-change') return ONE_DAY.test(clause) ? 'daily' : THIS_YEAR.test(clause) ? 'ytd' : null;
  if (metric === 'share-price' && ONE_DAY.test(clause)) return 'point';
  // (tokens a day are a rate: "日均", "daily", "a day" say what is counted, not that one day is; "单日", "on Monday" do)
  if (metric === 'other:daily-tokens' && ONE_DAY.test(clause.replace(PER_DAY, ' '))) return 'daily';
  if (RUN_RATE.test(clause) && metric !== null && /revenue|arr/.test(metric)) return 'run-rate';
  return basisOf(period, metric, qualifier);
}

/** Model and product metrics: they belong to a model (GLM-4.5, Kimi K2), named as the figure's segment. */
export const MODEL_METRICS = new Set<string>([
  'parameters', 'other:active-parameters', 'other:context-length', 'training-tokens', 'benchmark-mmlu', 'benchmark-ceval',
  'other:benchmark-score', 'training-cost', 'price-per-mtok', 'price-change', 'other:price',
]);

// "GLM-4.5", "GLM-130B", "Kimi K2", "DeepSeek-V3", "MiniMax-M1", "Qwen3", "ERNIE 4.5", "Doubao-1.5-pro", "ChatGLM-6B",
// "DeepSeek's V4"
const MODEL_NAME =
  /(?<![a-z0-9])(?:chatglm|glm|kimi|deepseek|minimax|qwen|ernie|doubao|hunyuan|sensenova|gpt|claude|gemini|llama)(?:'s |’s |[- ])?(?:v?\d+(?:\.\d+)*[a-z]?(?:-\d+[bkm])?|[a-z]\d+(?:\.\d+)?)(?:[- ](?:pro|max|turbo|flash|air|plus|mini|lite|chat|instruct|thinking|preview|\d+[bk]))*(?![a-z0-9])/g;

/**
 * The model a sentence names nearest before `pos` (else the first after it), lower-cased: `glm-4.5`, `kimi k2`; of
 * `entity`'s models only, when the figure's company is known ("cheaper than DeepSeek's V4, …, but above the 0.24 yuan
 * Alibaba charges for Qwen3.5-Plus": Alibaba's price is Qwen's, not DeepSeek's model's).
 */
export function modelNear(sentence: string, pos: number, entity: EntityId | null = null): string | null {
  MODEL_NAME.lastIndex = 0;
  let before: string | null = null;
  let after: string | null = null;
  for (let m = MODEL_NAME.exec(sentence); m; m = MODEL_NAME.exec(sentence)) {
    // (a model family's name is one of its maker's names: "qwen" is Alibaba's)
    if (entity !== null && entityOfAlias(/^[a-z]+/.exec(m[0])![0]) !== entity) continue;
    if (m.index < pos) before = m[0];
    else if (after === null) after = m[0];
  }
  const name = before ?? after;
  // ("DeepSeek's V4" is DeepSeek V4)
  return name === null ? null : normaliseSegment(name.replace(/(?:'s|’s) /, ' '));
}

// A part of the company named just before the metric word: "cloud division revenue", "AI Cloud revenue",
// "marketing costs", "overseas revenue", "advertising revenue", "生成式AI收入", "海外收入".
const PART_NAMES_EN = String.raw`(?:ai |intelligent |public )?cloud(?: intelligence group| division| unit| business| segment)?|generative ai|gen ai|vision ai|smart auto|traditional ai|smart city|ai apps?|ai products?|online marketing|marketing|advertising|ads|gaming|games|e-commerce|fintech|international|overseas|domestic|subscriptions?|hardware|devices|software|enterprise|consumer|api|maas|open[- ]platform`;
// (and the part as the subject of a verb of having: "generative AI carries a gross margin of 36.8%")
const PART_EN = new RegExp(
  String.raw`(?:^|[^a-z])(${PART_NAMES_EN}|selling|administrative|r&d|sales and marketing|general and administrative)(?:'s)?\s(?:(?:carries|carried|earned|earns|ran at|runs at|posted|recorded|delivered)\s(?:an?\s)?)?(?:[a-z-]+\s)?$`,
);
/** A part named right after a figure: "against 58.2% for vision AI", "a margin of 9% at the cloud business". */
export const PART_NAMED_AFTER = new RegExp(String.raw`^\s?(?:for|at|in|on) (?:the |its |their )?(${PART_NAMES_EN})(?![a-z])`);
// ("中国以外市场", "内地以外地区": the world outside China, in the words of a part or a region; one name for both patterns below)
const OUTSIDE_CHINA_ZH = String.raw`(?:中国内地|内地|中国|国内)以外(?:的)?(?:市场|地区)?`;
const PART_ZH = new RegExp(String.raw`(智能云|ai云|阿里云|云业务|云计算|云|生成式ai|传统ai|智能汽车|视觉ai|视觉|广告|营销|销售|管理|订阅|游戏|电商|金融科技|海外|境外|国际|${OUTSIDE_CHINA_ZH}|国内|硬件|软件|开放平台|api)(?:业务|分部|板块)?的?\s?$`);
const TOTAL_WORD = /(?:total|group|overall|consolidated|company-wide|总|集团|整体|全公司)\s?$/;

/**
 * The segment named before a metric cue (text from the clause start to the cue), or null for the whole company.
 * Words for the total ("total revenue", "集团收入") mean no segment.
 */
export function segmentBefore(beforeCue: string): string | null {
  if (TOTAL_WORD.test(beforeCue)) return null;
  const en = PART_EN.exec(beforeCue.slice(-48));
  if (en) return normaliseSegment(en[1]!);
  const zh = PART_ZH.exec(beforeCue.slice(-12));
  return zh ? normaliseSegment(zh[1]!) : null;
}

// ("monthly active users abroad", "paying users outside mainland China", "revenue from overseas markets": the part
// outside China, named after the metric; "users in South Korea": the part in that country or region)
// ("revenue generated overseas", "sales earned abroad", "revenue from outside China": the same, past the verb or "from")
const ABROAD_AFTER = /^\s?(?:(?:generated|earned|made|booked|derived) )?(?:abroad|overseas|internationally|from abroad|(?:from )?outside (?:of )?(?:the )?(?:chinese mainland|mainland china|china|the mainland|mainland|its home market)|(?:from|in) (?:overseas|international|foreign) markets)(?![a-z])/;
const IN_REGION_AFTER = new RegExp(String.raw`^\s?(?:in|from) (${REGION})(?![a-z])`);

const REGION_NAME = new RegExp(String.raw`^(?:overseas|${REGION})$`);
/** Whether a segment is a place (outside China, a country or region) rather than a line of business. */
export const isRegionSegment = (segment: string): boolean => REGION_NAME.test(segment);

/**
 * Whether a revenue is said to come from a part, named after the revenue word: "sales tied to its Spark large language
 * model approached 4 billion yuan", "revenue from its Spark large-model business jumped 61.2%". The text is what stands
 * before the figure in its clause; not the company's main business, which is its whole. (The part is not named here: a
 * name found for some figures of a part and not for others would keep them from being compared.)
 */
export function revenueOfPartBefore(clauseBefore: string): boolean {
  const m = REVENUE_OF_PART.exec(clauseBefore);
  return m !== null && !/(?<![a-z])(?:main|core|principal|primary|existing|other|operations?)(?![a-z])/.test(m[1]!);
}
const REVENUE_OF_PART = /(?<![a-z])(?:revenues?|sales) (?:tied to|linked to|related to|derived from|generated by|from) (?:its |the |their )?((?:[a-z0-9.'-]+ ){0,4}?(?:large[- ](?:language[- ])?models?|llms?|models?|business(?:es)?|unit|division|segment|products?|apps?|platform|services?))(?![a-z])(?!'s)[^,;:]{0,50}$/;

// ("revenue at its Cloud Intelligence Group", "revenue from Baidu's AI Cloud": the cloud, under any of its names, named
// as where the revenue comes from; not its infrastructure part, which Baidu reports apart)
const CLOUD_AFTER = /^\s?(?:at|from|of) (?:its |the |their |[a-z.]+(?:'s|’s) )?(?:[a-z]+ )?(?:ai )?cloud(?: intelligence)?(?: (?:group|unit|division|business|segment|arm))?(?![a-z-]|\s(?:infrastructure|infra|computing|services? market|market))/;

// (a part's business abroad is that part's name with this after it: "cloud overseas" is not the cloud)
const ABROAD_OF_PART = ' overseas';
/** A part named with "abroad" after it ("cloud revenue from outside China") is that part's business abroad. */
export const abroadOf = (part: string, afterCue: string): string => (part !== 'overseas' && segmentAfter(afterCue) === 'overseas' ? `${part}${ABROAD_OF_PART}` : part);

/** The part of the business named right after a metric's words ("users abroad", "users in Korea"), or null. */
export function segmentAfter(afterCue: string): string | null {
  if (ABROAD_AFTER.test(afterCue)) return 'overseas';
  if (CLOUD_AFTER.test(afterCue)) return 'cloud';
  const region = IN_REGION_AFTER.exec(afterCue);
  return region ? region[1]!.replace(/^the /, '') : null;
}

// "Overseas customers accounted for 38% of revenue", "about 45% of its revenue came from outside China": the part
// of the business a share of revenue is told of (a verb of making up between the part and the share)
/** The verbs a part makes up a share of the whole with: "accounted for", "made up", "reached". */
export const SHARE_VERBS = String.raw`accounted for|accounts for|account for|made up|makes up|make up|represented|represents|contributed|contributes|brought in|generated|reached|reaches|reach`;
const SHARE_VERB_BEFORE = new RegExp(String.raw`(?:^\s?|,\s|;\s|\s(?:and|while|but|whereas|as)\s)((?:[a-z][a-z0-9&'’-]*\s){0,5}?[a-z][a-z0-9&'’-]*)\s(?:${SHARE_VERBS})\s(?:about |around |roughly |nearly |almost |more than |over |less than |just over |just under |some )?$`);
const OF_REVENUE_AFTER = /^\s?of (?:its |their |the company's |the group's |the firm's )?(?:total |overall |group |annual |quarterly )?(?:revenues?|sales|turnover)(?![a-z]|\s(?:growth|rose|grew|fell))/;
const REVENUE_FROM_AFTER = /^\s?of (?:its |their |the company's |the group's )?(?:total |overall )?(?:revenues?|sales)\s(?:came|comes|come|was|were) from ((?:[a-z][a-z0-9&'’-]*\s){0,4}?[a-z][a-z0-9&'’-]*)(?=[,.;]|\s(?:in|during|last|this|compared|versus|against|than|while|and|up|down)(?![a-z])|$)/;
// ("more than 70% of it earned abroad", "73%的收入来自海外": the share earned outside China)
const EARNED_WHERE_AFTER = /^\s?of (?:it|that|this|them|its (?:revenue|sales)|the revenue|revenue|sales) (?:was |were )?(?:earned|generated|made|booked) (?:abroad|overseas|outside (?:of )?(?:mainland china|china|the mainland))(?![a-z])|^\s?(?:的(?:收入|营收|销售额))?\s?来自(?:海外|境外)/;
// (a company or what stands for it is no part of itself; its biggest customers are its concentration, not a part)
const NOT_A_PART = /^(?:it|they|this|that|these|those|which|who|company|group|firm|start-?up|revenue|sales)$|(?<![a-z])(?:largest|biggest|top|major|single|five|ten|\d+) (?:[a-z]+ )?(?:customers?|clients?)$/;

/**
 * The part of the business a share of revenue is told of, from the words around it: "Overseas customers accounted for
 * 38% of revenue" is overseas customers'; "45% of its revenue came from outside China" is the share from outside China.
 * Null when the subject is the company itself, a pronoun or its largest customers; a part with no name of its own
 * ("The API business, which is growing fast, now makes up 12% of revenue": only "now" before the verb) is `{ part: null }`.
 */
// ("The five largest customers accounted for 44.8% of revenue", "前五大客户销售收入占比分别为71.6%…", "the biggest customer,
// a phone maker, made up 24.8%": how much of revenue the top customers bring, a measure of dependence on a few buyers,
// no part of the business)
const TOP_CUSTOMERS = /(?<![a-z])(?:(?:top|largest|biggest) (?:five|5)|(?:five|5) (?:largest|biggest))(?: [a-z-]+)? (?:customers|clients)(?![a-z])|前\s?(?:五|5)\s?(?:大|名)?\s?客[户戶]/g;
const LARGEST_CUSTOMER = /(?<![a-z])(?:(?:single )?(?:largest|biggest) (?:[a-z-]+ )?(?:customer|client)|top (?:customer|client))(?![a-z])|(?:第一大|最大的?|单一最大|單一最大)客[户戶](?!群)/g;

/** The share of revenue the top five customers or the largest one bring, when the clause before the figure names them; else null. */
export function customerShare(clause: string): 'other:top5-customer-share' | 'other:largest-customer-share' | null {
  let at = -1;
  let out: 'other:top5-customer-share' | 'other:largest-customer-share' | null = null;
  for (const [re, metric] of [[TOP_CUSTOMERS, 'other:top5-customer-share'], [LARGEST_CUSTOMER, 'other:largest-customer-share']] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(clause); m; m = re.exec(clause)) if (m.index > at) [at, out] = [m.index, metric];
  }
  return out;
}

export function shareOfPart(norm: string, figStart: number, figEnd: number, clauseFrom: number): { part: string | null } | null {
  const after = norm.slice(figEnd, figEnd + 80);
  const from = REVENUE_FROM_AFTER.exec(after);
  let part: string | undefined;
  const earnedWhere = EARNED_WHERE_AFTER.exec(after);
  if (earnedWhere) return { part: 'overseas' };
  if (from) part = from[1];
  else if (OF_REVENUE_AFTER.test(after)) part = SHARE_VERB_BEFORE.exec(norm.slice(clauseFrom, figStart))?.[1];
  if (!part) return null;
  // (the subject alone: not the conjunction before it nor an adverb after it, "but the business now accounts for")
  const head = part
    .replace(/^.*(?<![a-z])(?:said|says|added|noted|reported|showed|shows)(?: that)?\s/, '')
    .replace(/^(?:and|but|while|whereas|yet)\s/, '')
    .replace(/^(?:(?:its|their|the|such|these|those|the company's|the group's)\s)+/, '')
    .replace(/(?:^|\s)(?:now|also|still|already|alone|currently|together)$/, '');
  // (and "(RMB449mn), which now makes up 46% of revenue": what makes up a share of revenue is a part of it)
  if (head === '' || /^(?:business|unit|division|segment|arm|platform|which)$/.test(head)) return { part: null };
  if (NOT_A_PART.test(head) || /(?<![a-z])(?:who|which|that)$/.test(head)) return null;
  return { part: normaliseSegment(head) };
}

const SEGMENT_NOISE = /\b(?:the|its|division|unit|business|segment|group)\b|业务|分部|板块/g;

// ("overseas markets", "users outside mainland China", "consumers abroad": the part of the business outside China)
const OVERSEAS = new RegExp(String.raw`^(?:${OUTSIDE_CHINA_ZH}$|overseas|international|abroad|海外|境外|国际|國際)(?:\s(?:markets?|customers?|users?|consumers?|sales|revenues?|operations))?$|^(?:(?:users?|customers?|consumers?|sales|markets?)\s)?(?:outside|beyond)\s(?:of\s)?(?:the\s)?(?:chinese mainland|mainland china|china|the mainland|mainland)$|^(?:users?|customers?|consumers?|sales|markets?)\s(?:abroad|overseas)$`);

/** One spelling per segment, so "AI Cloud" and "ai cloud business" are one: lower case, no filler words. */
export function normaliseSegment(text: string): string {
  // (a part's business abroad keeps both)
  if (text.endsWith(ABROAD_OF_PART) && text.length > ABROAD_OF_PART.length) return `${normaliseSegment(text.slice(0, -ABROAD_OF_PART.length))}${ABROAD_OF_PART}`;
  const s = text.toLowerCase().replace(SEGMENT_NOISE, ' ').replace(/\s+/g, ' ').trim();
  const name = s === '' ? text.toLowerCase().trim() : s;
  // one name for the segments news calls several ways ("Cloud Intelligence Group", "AI Cloud", "阿里云")
  if ((/cloud|云/.test(name) && !MODEL_LIKE.test(name)) || /^(?:volcano engine|火山引擎)$/.test(name)) return 'cloud';
  if (/^(?:generative ai|gen ai|生成式ai)$/.test(name)) return 'generative ai';
  if (/^(?:vision ai|视觉ai|视觉)$/.test(name)) return 'vision ai';
  if (/^(?:kling|可灵)(?: ?ai)?$/.test(name)) return 'kling';
  if (OVERSEAS.test(name)) return 'overseas';
  if (/^(?:api|maas|open[- ]platform|models as a service|开放平台)$/.test(name)) return 'api';
  // (an app by its English name, however the text writes it: "元宝" is "yuanbao")
  for (const [english, spellings] of APP_SPELLINGS) if (spellings.includes(name)) return english;
  return name;
}

/** The ways news writes a segment, for finding it in a quote: 'api' is also "MaaS" and "open platform". */
export function segmentSpellings(segment: string): string[] {
  // (the market a share is of is told in the quote's own words, not as the segment spells it)
  const part = splitMarket(segment)[0];
  if (part === null) return [''];
  const name = normaliseSegment(part);
  // (a part's business abroad is found by the part's name: "cloud revenue from outside China")
  if (name.endsWith(ABROAD_OF_PART) && name.length > ABROAD_OF_PART.length) return segmentSpellings(name.slice(0, -ABROAD_OF_PART.length));
  if (name === 'api') return ['api', 'maas', 'open platform', 'open-platform', '开放平台'];
  if (name === 'cloud') return ['cloud', '云'];
  if (name === 'overseas') return ['overseas', 'international', '海外', '境外', '国际'];
  const app = APP_SPELLINGS.find(([english]) => english === name);
  if (app) return [...app[1]];
  return [name];
}

const MODEL_LIKE = /\d/;

// A value as of an earlier moment than the page's: "a month after securing $500 million at a $4.3 billion
// valuation", "valued at $2.5 billion in its previous round", "此前估值". Its period is not the page's date.
const PAST = /(?<![a-z])(?:previous(?:ly)?|prior|last (?:round|year|month|time|valued)|earlier|recent(?:ly)?|ago|after (?:securing|raising|closing|completing)|had been|was valued|were valued|once valued|at (?:the|its) (?:ipo|listing|debut))(?![a-z])|此前|之前|上一轮|上轮|前一轮|曾/;

// "the HK$165 offer price", "IPO price of HK$165", "发行价为165港元": the price shares were sold at in the offering
// (and "sold at HK$116.2 in the IPO": a price per share the offering sold at; "較165港元的招股價": the same, said first)
// (and "at the top of a HK$151-to-HK$165 marketed range": the range the shares were marketed in)
const OFFER_RANGE_AFTER = /^\s?(?:(?:-?to-?|-|–)\s?(?:us|hk)?\$?\s?[\d.,]+\s?)?(?:marketed|marketing|indicative|offer|ipo|price|pricing) range(?![a-z])/;
const OFFER_PRICE_AFTER = /^\s?(?:\)\s?)?(?:(?:offer|ipo|issue|listing|placement|placing) price(?![a-z])|的?(?:招股|发行|配售)价|(?:apiece |each |a share |per share )?in (?:the|its|their) (?:[a-z]+ )?(?:ipo|initial public offering|listing|offering|placement)(?![a-z]))/;
// (and "the June placement of 28mn shares at HK$455", "is offering 42.5m H-shares at HK$108-HK$120 each": the price
// new shares are sold at)
const OFFER_PRICE_BEFORE = /(?:(?<![a-z])(?:offer|ipo|issue|listing|placement|placing) price (?:of |was |at |is )?|(?<![a-z])(?:placement|placing|sale|offering|issue) of (?:about |some |nearly )?[\d.,]+\s?(?:mn|m|million|bn|billion)? (?:new |ordinary |h |class [ab] )?shares (?:at|priced at) (?:us|hk)?\$?\s?|(?<![a-z])sold (?:(?:about |some )?[\d.,]+\s?(?:mn|m|million|bn|billion)? )?(?:new )?shares at (?:us|hk)?\$?\s?|(?<![a-z])(?:shares|stock)(?: of [a-z.]+)?,? (?:which were |that were )?(?:sold|offered) at (?:us|hk|rmb)?\$?\s?|(?<![a-z])(?:priced|pricing|marketed|marketing) (?:its |the |their )?(?:shares|stock|them|offering|ipo)(?: (?:at|in a range of|between))? (?:us|hk)?\$?\s?(?:[\d.,]+\s?(?:to|-|and)\s?(?:us|hk)?\$?\s?)?|(?<![a-z])(?:offering|offers|offered|to offer|will offer|selling|sells|to sell|will sell|issuing|to issue|will issue) (?:up to |about |some |nearly )?[\d.,]+\s?(?:mn|m|million|bn|billion)? (?:new |ordinary |class [ab] |h[- ]|a[- ])?shares (?:at|priced at|for) (?:(?:us|hk)?\$?\s?[\d.,]+\s?(?:to|-|–|and)\s?)?(?:us|hk)?\$?\s?|(?:每股)?(?:发行|招股|配售)价(?:为|是|介乎|介于|定为|定于|区间为?|范围为?)?(?:每股)?)$/;

/** Whether a price is the offering's price (an earlier moment than the page's date). */
export const isOfferPrice = (norm: string, start: number, end: number): boolean =>
  OFFER_PRICE_AFTER.test(norm.slice(end, end + 20)) || OFFER_RANGE_AFTER.test(norm.slice(end, end + 36)) || OFFER_PRICE_BEFORE.test(norm.slice(Math.max(0, start - 60), start));

// ("shrunk to HK$71 billion from a peak of HK$268 billion", "较高峰时的…": a peak's value is of its own, earlier, moment)
const PEAK_BEFORE = /(?<![a-z])(?:from|off|below|down from) (?:a |its |the |their )?(?:(?:all-time|record|recent) )?(?:peak|high|top) (?:of )?(?:about |around |roughly |nearly |some |more than )?(?:us|hk|rmb)?[$¥]?\s?$|(?:高峰|峰值|高位)(?:时|期)?(?:的)?\s?(?:约|近|逾)?$/;

/** Whether a value is a past peak another is compared with (so the page date is no evidence of its period). */
export const isPastPeak = (norm: string, start: number): boolean => PEAK_BEFORE.test(norm.slice(Math.max(0, start - 40), start));

/** Whether the clause places its figure before the page's date (so the page date is no evidence of its period). */
export const isPastClause = (clause: string): boolean => PAST.test(clause);

// "BEIJING, Feb 13 (Reuters) -", "(Feb 13):", "8月21日," at the start of a paragraph: the date of the report
const DATELINE_AFTER = /^\s?(?:\([a-z]+\))?\s?[)）]?\s?(?:[:：,，\-–—]|$)/;

/** Whether a date mention at `start`..`end` is a dateline: the report's date, not the period of its figures. */
export function isDateline(norm: string, start: number, end: number): boolean {
  const lineStart = Math.max(norm.lastIndexOf('\n', start - 1) + 1, 0);
  const before = norm.slice(lineStart, start);
  return before.length <= 40 && /^[\s(（]*(?:[a-z .]+,\s?)?$/.test(before) && DATELINE_AFTER.test(norm.slice(end, end + 14));
}

// What a market share is measured by: news gives one company different shares by revenue and by tokens served (or
// users, or units shipped) in one paragraph, and each is its own fact ("had 22% by token volume but 31% by revenue",
// "按收入计算，阿里云为29.4%")
const YARDSTICKS: ReadonlyArray<[string, RegExp]> = [
  ['by revenue', /(?<![a-z])(?:by|in terms of|measured by) (?:revenue|sales|money|spending)(?![a-z])|按(?:收入|营收|营业收入|销售额|金额)|收入份额/g],
  ['by tokens', /(?<![a-z])(?:by|in terms of|measured by) (?:tokens?|token volume|tokens served|(?:api )?calls|usage)(?![a-z])|按(?:token|tokens|调用量|token调用量)|token份额|调用量份额/g],
  ['by users', /(?<![a-z])(?:by|in terms of|measured by) (?:users|active users|monthly active users|mau|dau)(?![a-z])|按(?:用户|月活|日活)/g],
  ['by units', /(?<![a-z])(?:by|in terms of|measured by) (?:units|shipments|units shipped|unit sales)(?![a-z])|按(?:出货量|销量)/g],
];
/** Whether a value kind is a market share's yardstick ("by revenue"), not a part of the company. */
export const isYardstick = (kind: string | null): boolean => kind !== null && YARDSTICKS.some(([name]) => name === kind);

// The market a share is of, where the sentence names it: news gives one company shares of different markets in one
// half ("33.1% of China's AI cloud services market", "46% of model API calls in China", "在中国AI云服务市场的份额为33.1%"),
// and each is its own fact. Kept after the part and yardstick, as ", in <market>".
const MARKET_MARK = ', in ';
const MARKET_NOUN = String.raw`(?:[a-z0-9-]+\s){0,4}?(?:market|api calls|calls|tokens|token volume)(?![a-z])`;
const MARKET_PLACE = String.raw`(?:(?:the|a|an|its|their|this|that|china's|chinese|global|domestic|world|worldwide|mainland)\s)*`;
const MARKET_AFTER = new RegExp(String.raw`^\s?(?:share\s)?of\s${MARKET_PLACE}(${MARKET_NOUN})`);
const MARKET_BEFORE = new RegExp(String.raw`(?:(?<![a-z])shares?|\d\s?%|(?<![a-z])per ?cent|(?<![a-z])percent) of\s${MARKET_PLACE}(${MARKET_NOUN})`, 'g');
// (the name between 在/于 and 市场份额: "阿里云在中国AI云服务市场的份额"; not "阿里云市场份额", the company's own)
const MARKET_ZH = /(?:在|于)(?:中国|国内|全球)?((?:(?![在于的])[\u4e00-\u9fffa-z0-9]){2,12}?)市场(?:的)?(?:份额|占有率)/g;

/** The market named for a share in its sentence, right after it or last before it; null when none is named. */
export function shareMarket(sentenceBefore: string, sentenceAfter: string): string | null {
  // (a market of no words of its own, "a 6.6% share of a market the consultancy valued at …", is no market named)
  const named = (m: string): string | null => {
    const t = m.replace(/\s?market$/, '').trim();
    return marketWords(t).size > 0 ? t : null;
  };
  const after = MARKET_AFTER.exec(sentenceAfter);
  if (after) return named(after[1]!);
  let last: string | null = null;
  for (const m of sentenceBefore.matchAll(MARKET_BEFORE)) last = named(m[1]!);
  for (const m of sentenceBefore.matchAll(MARKET_ZH)) last = named(m[1]!);
  return last;
}
// (words that name no market of their own: "China's AI cloud services market" is the AI cloud market)
const MARKET_FILLER = new Set(['the', 'a', 'an', 'its', 'their', 'this', 'that', 'services', 'service', 'market', 'in', 'of', 'and']);
// (the text is normalised to simplified characters; the same words in Chinese, and the other English names of a large model: "企业级大模型" is the enterprise large-model market)
const MARKET_ZH_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/公有云/g, ' public cloud '], [/云/g, ' cloud '], [/大模型|large language models?|llms?(?![a-z])|large models?/g, ' large-model '],
  [/企业级|enterprise-(?:level|grade)/g, ' enterprise '], [/调用量|调用/g, ' calls '], [/服务/g, ' '],
];
function marketWords(market: string): Set<string> {
  let t = market.toLowerCase();
  for (const [re, w] of MARKET_ZH_WORDS) t = t.replace(re, w);
  return new Set(t.split(/[\s-]+/).filter((w) => w !== '' && !MARKET_FILLER.has(w)));
}
/** Whether two named markets can be one: the words of one all among the other's ("AI cloud" and "AI cloud services"). */
export function sameMarket(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return true;
  const [x, y] = [marketWords(a), marketWords(b)];
  const within = (p: Set<string>, q: Set<string>) => [...p].every((w) => q.has(w));
  return within(x, y) || within(y, x);
}
/** A segment with the market a share is of set after it. */
export const withMarket = (segment: string | null, market: string | null): string | null => (market === null ? segment : `${segment ?? ''}${MARKET_MARK}${market}`);
/** A segment as its part-and-yardstick and the market a share is of: "cloud, in ai cloud services" is ["cloud", "ai cloud services"]. */
export function splitMarket(segment: string | null): [string | null, string | null] {
  if (segment === null) return [null, null];
  const at = segment.indexOf(MARKET_MARK);
  if (at < 0) return [segment, null];
  return [at === 0 ? null : segment.slice(0, at), segment.slice(at + MARKET_MARK.length)];
}

/** A segment as its part of the company and a market share's yardstick: "cloud by tokens" is ["cloud", "by tokens"]. */
export function splitYardstick(segment: string | null): [string | null, string | null] {
  segment = splitMarket(segment)[0];
  if (segment === null) return [null, null];
  for (const [name] of YARDSTICKS) {
    if (segment === name) return [null, name];
    if (segment.endsWith(` ${name}`)) return [segment.slice(0, -name.length - 1), name];
  }
  return [segment, null];
}
function shareYardstick(clause: string): string | null {
  // (the patterns are global, for lastYardstick's matchAll: test from the start each time, compiling nothing anew)
  const found = YARDSTICKS.filter(([, re]) => {
    re.lastIndex = 0;
    return re.test(clause);
  });
  return found.length === 1 ? found[0]![0] : null;
}
function lastYardstick(text: string): string | null {
  let best: [string, number] | null = null;
  for (const [name, re] of YARDSTICKS) for (const m of text.matchAll(re)) if (best === null || m.index > best[1]) best = [name, m.index];
  return best?.[0] ?? null;
}

/**
 * What kind of value a valuation or share price is, where news tells them apart: before or after a round's money
 * (pre-money, post-money), an offer price against a trading price, a market share by revenue against one by tokens.
 * Null when the text does not say.
 */
export function valueKind(metric: string | null, clause: string, sentenceBefore = '', sentenceAfter = ''): string | null {
  // (a share's yardstick named right after it, up to the next clause, else the last one named before it in the sentence)
  if (metric === 'market-share') return shareYardstick(/^[^,;，；。]*?(?=[,;，；。]|\s(?:but|while|whereas|and)\s|但|而|$)/.exec(sentenceAfter)![0]) ?? lastYardstick(sentenceBefore);
  if (metric === 'valuation') {
    if (/pre-money|投前/.test(clause)) return 'pre-money';
    if (/post-money|投后/.test(clause)) return 'post-money';
  }
  if (metric === 'share-price' && /(?:offer|ipo|issue|listing) price|发行价|招股价/.test(clause)) return 'offer price';
  return null;
}
