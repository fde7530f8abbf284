// The metric of a figure: the cue word right after it ("$4.3 billion valuation"), else the nearest before it in
// its sentence, else one after it in its clause, else the last of the previous sentences; then the figure's own
// shape decides (a change of revenue is revenue-growth, "X% of revenue" a share, a negative profit a loss).
import type { Figure } from '../types';
import type { EntityId, MetricId, Unit } from '../vocabulary';
import type { Mention } from './aliases';
import type { RawFigure } from './find-figures';
import { isOfferPrice, normaliseSegment, revenueOfPartBefore, SHARE_VERBS } from './fact-basis';
import { lowerBound } from './lower-bound';
import { type Cue, earnerBefore, earnerOf, growthOf, isSegmentCue, MONEY_METRICS, OVERSEAS_SHARE_CUE, partKind, partNamedBefore, PEOPLE_COUNTS } from './metrics';
import { normalizeText } from './normalize';
import { sentenceStartBefore } from './periods';
import { respectiveRun } from './pick-period';
import { clauseStart, insideCauseZh, insideClosedAside, insideClosedRelative, insideDashAside, insidePronounRelative } from './sentences';

// between a figure and a cue that names it: "$4.3 billion valuation", "7 billion yuan in revenue", "10 million downloads"
// (and a round's letter: "its 5.3 billion yuan B+ round", "a $600 million Series C round"; and the adjusted measure,
// "the cloud unit earned 4.3 billion yuan of adjusted EBITA")
const GAP_EN =
  /^[\s)+]*(?:(?:in|of|on|for|to|worth|the|its|a|an|series|[a-g]\+{1,2}|[b-g]|pre-[a-g]\+{0,2}|angel|seed|strategic|new|total|adjusted|non-gaap|non-ifrs|annual|annualized|daily|cumulative|initial|fresh|net|additional|growth|rate|increase|rise|decline|drop|jump|surge|(?:fy)?(?:20)?\d{2}e|[12]h\d{2}e?|[a-z]+ly|january|february|march|april|may|june|july|august|september|october|november|december)\s+){0,3}$/;
// (and "180亿美元的投后估值": a valuation named with its kind)
const GAP_ZH = /^\s?(?:的|[a-z]\+?\s?轮|轮|笔)?\s?(?:投后|投前)?\s?$/;
// ("a 43% jump in cloud sales", "a 12% fall in its advertising revenue": the change of what follows "in", a part of the
// company as the words before the metric say)
const CHANGE_IN_GAP = /^\s?(?:year-on-year |annual |quarterly )?(?:jump|rise|increase|gain|growth|surge|climb|leap|fall|drop|decline|slump|slide|contraction|expansion)s? in (?:its |the |their |[a-z]+'s )?(?:[a-z-]+ ){0,3}$/;

function stripParens(s: string): string {
  return s.replace(/\s?\([^()]*\)\s?/g, ' ');
}

const MARGIN_OF: Partial<Record<string, MetricId>> = {
  'other:gross-profit': 'gross-margin',
  'net-profit': 'other:net-margin',
  'net-loss': 'other:net-margin',
  'other:operating-profit': 'other:operating-margin',
  'other:ebita': 'other:ebita-margin',
  'other:ebitda': 'other:ebitda-margin',
  'other:segment-ebita': 'other:segment-ebita-margin',
};

// "the unit's adjusted EBITA", "Cloud Intelligence Group's EBITA", "the division's operating profit": a part's profit
// (and "the cloud unit's own adjusted Ebita", "The China e-commerce group's adjusted EBITA": a group named by its business)
// (the words that name a part of the company, before its profit or as the subject of the verb that earned it)
const PART_HEAD = String.raw`(?:(?<![a-z])(?:unit|division|segment|business|arm|(?:e-commerce|commerce|intelligence|services) group)|cloud(?: intelligence(?: group)?)?)`;
const PART_BEFORE = new RegExp(String.raw`${PART_HEAD}(?:'s|’s)?\s(?:own\s)?(?:adjusted\s)?$|(?:云智能集团|智能云|云业务|云计算业务|分部|事业群|业务)的?(?:经调整|调整后)?\s?$`);

/** The segment form of a profit cue said of a part of the company, else null. */
function segmentProfit(norm: string, c: Cue): MetricId | null {
  if (c.metric !== 'other:ebita' && c.metric !== 'other:operating-profit') return null;
  if (!PART_BEFORE.test(norm.slice(Math.max(0, c.start - 40), c.start)) && !PART_AFTER.test(norm.slice(c.end, c.end + 50)) && !PART_EARNED_BEFORE.test(norm.slice(Math.max(0, c.start - 90), c.start))) return null;
  return c.metric === 'other:ebita' ? 'other:segment-ebita' : 'other:segment-operating-profit';
}

/** The margin of a part of the company, for the company's margin of the same name. */
export const PART_MARGIN: Partial<Record<string, MetricId>> = { 'gross-margin': 'other:segment-gross-margin', 'other:operating-margin': 'other:segment-operating-margin', 'other:ebita-margin': 'other:segment-ebita-margin' };
const MARGIN_PART_AFTER = /^\s?(?:(?:at|of|for|in|on) (?:the |its |their |[a-z0-9.-]+'s )?(?:(?:[a-z-]+ ){0,2}(?:unit|division|segment|business|arm)|(?:[a-z]+ ){0,2}?cloud(?: intelligence(?: group)?)?|volcano engine)|on (?:that|this|those|these) (?:revenue|sales|business))(?![a-z])/;

// ("The cloud unit earned 4.3 billion yuan of adjusted EBITA": the part the subject of the verb, the profit after the amount)
const PART_EARNED_BEFORE = new RegExp(String.raw`${PART_HEAD}\s(?:earned|posted|had|made|reported|recorded|booked|delivered|generated|turned)\s[^,;.]{0,50}(?:\.\d[^,;.]{0,40})?$`);
// "EBITA at the cloud unit", "operating profit of its AI division": the part named after the profit
const PART_AFTER = /^\s?(?:at|of|for|in) (?:the |its |their )?(?:[a-z-]+ ){0,2}(?:unit|division|segment|business|arm)(?![a-z])/;

export interface MetricChoice {
  base: MetricId | null;
  cue: Cue | null;
  /** The cue comes from an earlier sentence. */
  carried: boolean;
}

// (the total a share is of: "77% of total revenue", "占总收入77%", "占公司总营收的")
const SHARE_OF_TOTAL_BEFORE = /(?:(?<![a-z])of (?:the |its |their )?(?:(?:group|company)(?:'s|’s)? )?(?:total|overall) |(?:占|佔)\s?(?:公司|集团)?\s?(?:总|全部|整体)?\s?)$/;
// (and what an amount is set against: "资本开支介乎1200亿至1300亿元，相当于收入约14%；明年则可能增至1550亿元" gives the later
// amount no revenue)
const SET_AGAINST_BEFORE = /相当于\s?(?:其|公司)?\s?(?:同期|全年|总)?\s?$/;
/** Whether a revenue cue before `fig` is the total a share is taken of (the share's subject is named before it). */
// (but not the total's own amount, right after it: "612 million yuan, out of total revenue of 1.38 billion yuan")
const TOTAL_OWN_AMOUNT_GAP = /^\s(?:of|was|at)\s(?:about |around |roughly |some |nearly |almost |more than )?(?:us|hk|rmb)?[$¥]?\s?$/;
const shareDenominator = (norm: string, c: Cue, fig: RawFigure): boolean =>
  c.metric === 'revenue' && c.end <= fig.start && ((SHARE_OF_TOTAL_BEFORE.test(norm.slice(Math.max(0, c.start - 16), c.start)) && !(fig.kind === 'money' && TOTAL_OWN_AMOUNT_GAP.test(norm.slice(c.end, fig.start)))) || (fig.kind === 'money' && SET_AGAINST_BEFORE.test(norm.slice(Math.max(0, c.start - 10), c.start))));

const AT_VALUATION_OF_GAP = /^[^.;。；]*?(?<![a-z])at (?:a|an)\s(?:(?:post|pre)-money\s)?$/;
const VALUE_AFTER_CUE = /^\s?of\s(?:about |around |roughly |nearly |some |more than |over |almost )?(?:us|hk|rmb)?\s?[$¥]?\s?\d/;
// (what joins the metrics of a list: "收入和归母净亏损", "revenue and net loss", a qualifier or two of the second allowed)
const METRIC_LIST_GAP = /^\s?(?:和|及|与|以及|、|,|，|and|,\s?and|&)\s?(?:[^\s，。；,;、和及与\d]{1,4}|(?:adjusted|attributable|net|gross|operating|total)\s)?$/;

/**
 * In a sentence said "respectively" (分别), the metric of a figure in a list of figures as long as a list of metrics named
 * before it: "分析师对智谱2025年收入和归母净亏损的一致预期分别为7.05亿元和48亿元", "revenue and net loss of 705 million yuan
 * and 4.8 billion yuan, respectively" go item by item. Null when the lists are not as long as each other.
 */
export function respectiveCue(norm: string, cues: Cue[], figures: RawFigure[], k: number, sentStart: number, sentEnd: number): Cue | null {
  const run = respectiveRun(norm, figures, k, sentStart, sentEnd);
  if (!run) return null;
  const n = run[1] - run[0] + 1;
  const firstStart = figures[run[0]]!.start;
  const list: Cue[] = [];
  for (let j = lowerBound(cues, firstStart) - 1; j >= 0 && cues[j]!.start >= sentStart && cues[j]!.end <= firstStart; j--) {
    const c = cues[j]!;
    if (list.length > 0 && !METRIC_LIST_GAP.test(norm.slice(c.end, list[0]!.start))) break;
    // (a cue inside the next one's words is one name: "net loss" holds "loss")
    if (list.length > 0 && c.end > list[0]!.start) continue;
    list.unshift(c);
    if (list.length === n) break;
  }
  if (list.length !== n || new Set(list.map((c) => c.metric)).size !== n) return null;
  return list[k - run[0]]!;
}

export function pickBaseMetric(
  norm: string,
  cues: Cue[],
  fig: RawFigure,
  sentStart: number,
  sentEnd: number,
  prevSentStart: number,
  /** The cue a list said "respectively" gives the figure (see respectiveCue). */
  respective: Cue | null = null,
): MetricChoice {
  const i = lowerBound(cues, fig.end);
  const resolve = (c: Cue): MetricChoice => {
    if (c.metric === 'margin') {
      // ("Adjusted EBITA margin at Cloud Intelligence Group": the part named after the margin is whose it is)
      const ofPart = (m: MetricId): MetricId => (MARGIN_PART_AFTER.test(norm.slice(c.end, c.end + 50)) ? PART_MARGIN[m] ?? m : m);
      for (let j = lowerBound(cues, c.start) - 1; j >= 0 && cues[j]!.start >= sentStart; j--) {
        const m = cues[j]!.metric;
        if (m === 'other:net-margin' || m === 'gross-margin' || m === 'other:operating-margin') return { base: ofPart(m), cue: c, carried };
        // "adjusted EBITA rose 41% to 4.1 billion yuan, a margin of 9.3%": the margin of the profit just named
        const of = MARGIN_OF[segmentProfit(norm, cues[j]!) ?? m];
        if (of) return { base: ofPart(of), cue: c, carried };
      }
      return { base: 'gross-margin', cue: c, carried };
    }
    // ("DeepSeek's API business alone generated about 1.1 billion yuan of revenue": the API business's revenue)
    if (c.metric === 'revenue' && c.start > fig.end && API_BUSINESS_BEFORE.test(norm.slice(Math.max(sentStart, fig.start - 80), fig.start))) return { base: 'api-revenue', cue: c, carried };
    const earner = earnerOf(norm, c, fig.start);
    if (earner === 'not-this' && fig.kind === 'money') return { base: null, cue: null, carried };
    if (earner === 'api') return { base: 'api-revenue', cue: c, carried };
    if (isSegmentCue(norm, c) && !wholeInOwnClause(norm, c, fig, sentStart)) return { base: 'other:segment-revenue', cue: c, carried };
    // ("the cloud unit could generate as much as 480 billion yuan in annual revenue": the verb before the figure, the
    // metric after it; what earned it is the verb's subject)
    if (c.metric === 'revenue' && c.start > fig.end) {
      const verb = EARN_VERB_BEFORE.exec(norm.slice(Math.max(sentStart, fig.start - 60), fig.start));
      if (verb) {
        const at = fig.start - verb[0].length;
        if (partKind(earnerBefore(norm, { start: at, end: at + verb[1]!.length, metric: c.metric })) === 'part') return { base: 'other:segment-revenue', cue: c, carried };
      }
    }
    // "the gross margin on Zhipu's API business", "the cloud unit's gross margin", "the cloud unit's operating margin":
    // a part's margin
    const partMargin = PART_MARGIN[c.metric];
    if (partMargin && (PART_BEFORE.test(norm.slice(Math.max(0, c.start - 40), c.start)) || MARGIN_PART_AFTER.test(norm.slice(c.end, c.end + 50)))) return { base: partMargin, cue: c, carried };
    const part = segmentProfit(norm, c);
    if (part) return { base: part, cue: c, carried };
    // "the listing raised HK$4.2 billion", "its IPO, which raised $500 million": money raised by the IPO
    // (and "The listing in Hong Kong in January raised", "the HK$4.3 billion raised in its January initial public offering")
    if (c.metric === 'funding') {
      const p = cues[lowerBound(cues, c.start) - 1];
      // (and past a relative clause's comma: "its Hong Kong listing in January, which raised HK$4.2 billion")
      if (p && p.metric === 'ipo-proceeds' && c.start - p.end < 40 && !/[.;。；,，]/.test(norm.slice(p.end, c.start).replace(/,\s(?:which|that)\s(?:had |has )?$/, ' '))) return { base: 'ipo-proceeds', cue: p, carried };
      const n = cues[lowerBound(cues, c.end)];
      // (and past the listing's place or size: "raised HK$4.35 billion in its Hong Kong listing", "in what was then the
      // city's largest AI listing")
      if (n && n.metric === 'ipo-proceeds' && n.start - c.end < 90 && IN_LISTING_GAP.test(norm.slice(c.end, n.start)) && !/[;。；]|\.(?!\d)/.test(norm.slice(c.end, n.start))) return { base: 'ipo-proceeds', cue: n, carried };
      // ("Moonshot priced its 71.2 million shares at the top of its range, raising HK$9.34 billion, the biggest AI offering",
      // "The company will sell 95 million A shares, raising 9.17 billion yuan" after its listing is named: shares sold in
      // a listing raise its proceeds, not a round; a placement named there is no listing)
      if (SHARES_SOLD_BEFORE.test(norm.slice(sentStart, c.start)) && LISTING_NAMED.test(norm.slice(prevSentStart, sentEnd)) && !PLACEMENT_NAMED.test(norm.slice(prevSentStart, sentEnd))) return { base: 'ipo-proceeds', cue: c, carried };
      // ("The deal follows the debuts of Zhipu and MiniMax. MiniMax raised HK$4.58 billion on Jan. 9 and its shares have
      // more than doubled since", "Baichuan raised HK$4.28 billion after pricing its shares", "01.AI, which raised HK$2.35
      // billion in June, trades below its offer price": money raised, told among listings, with no round, investor or
      // earlier time named in its sentence, is what the listing raised)
      if (/^rais/.test(norm.slice(c.start, c.end)) && LISTED_NEAR.test(norm.slice(prevSentStart, sentEnd)) && !PLACEMENT_NAMED.test(norm.slice(prevSentStart, sentEnd)) && !NOT_A_LISTING_RAISE.test(norm.slice(sentStart, sentEnd)) && !LISTING_TO_COME.test(norm.slice(prevSentStart, sentEnd))) return { base: 'ipo-proceeds', cue: c, carried };
    }
    // "The contract is valued at 2.5 billion yuan": the value of the contract, not a company valuation
    if (c.metric === 'valuation') {
      const p = cues[lowerBound(cues, c.start) - 1];
      if (p && p.metric === 'contract-value' && c.start - p.end < 30) return { base: 'contract-value', cue: p, carried };
    }
    return { base: c.metric, cue: c, carried };
  };
  let carried = false;
  if (respective) return resolve(respective);
  // 0. "tokens processed by its models averaged 4 trillion a day": a count a day, of the tokens its clause names
  if (fig.kind === 'count' && PER_DAY_AFTER.test(norm.slice(fig.end, fig.end + 20))) {
    const clause = norm.slice(clauseStart(norm, fig.start, sentStart), fig.start);
    const t = /(?<![a-z])tokens?(?![a-z])/.exec(clause);
    if (t) {
      const at = fig.start - clause.length + t.index;
      return { base: 'other:daily-tokens', cue: { start: at, end: at + t[0].length, metric: 'other:daily-tokens' }, carried };
    }
  }
  // 0. "valued at around $7 billion in a January round": what a company is valued at is its valuation, whatever the
  //    words after it name (the round it was valued in)
  const prevCue = cues[lowerBound(cues, fig.start) - 1];
  if (prevCue && prevCue.metric === 'valuation' && prevCue.start >= sentStart && VALUED_AT_GAP.test(norm.slice(prevCue.end, fig.start))) return resolve(prevCue);
  // ("has a target price of HK$210 on its shares": the target, whatever the shares named after it)
  if (prevCue && prevCue.metric === 'other:target-price' && prevCue.start >= sentStart && VALUED_AT_GAP.test(norm.slice(prevCue.end, fig.start))) return resolve(prevCue);
  // 1. a cue right after the figure (a bare segment name, "in its cloud ...", only names a subject before a figure)
  const subjectOnly = (c: Cue) => c.metric === 'other:segment-revenue';
  // (but "a 43% jump in cloud sales": the part's name, then the metric)
  const partThenCue = cues[i] && subjectOnly(cues[i]!) && cues[i + 1] && !subjectOnly(cues[i + 1]!) && cues[i + 1]!.start - cues[i]!.end <= 16 && CHANGE_IN_GAP.test(norm.slice(fig.end, cues[i + 1]!.start));
  // (and "a 41% jump in its AI cloud business": the business itself grew, in revenue)
  const partGrew = cues[i] && subjectOnly(cues[i]!) && cues[i]!.start < sentEnd && CHANGE_IN_GAP.test(stripParens(norm.slice(fig.end, cues[i]!.start))) && /(?:business|unit|division|segment|arm)$/.test(norm.slice(cues[i]!.start, cues[i]!.end));
  if (partGrew) return resolve(cues[i]!);
  const next = partThenCue ? cues[i + 1] : cues[i];
  // ("The valuation would be up from about $11 billion in a round that closed in April", "the $9.6 billion it fetched in a
  // round": a value set in a round, in a sentence about the valuation, is a valuation, not the round's size)
  if (next && next.metric === 'funding' && next.start < sentEnd && /^\s(?:it |they )?(?:fetched |was valued at |commanded )?(?:in|at|during|from) (?:a|an|the|its|their|that)\s(?:[a-z-]+\s){0,2}$/.test(norm.slice(fig.end, next.start))) {
    const v = cues[lowerBound(cues, fig.start) - 1];
    if ((v && v.start >= sentStart && v.metric === 'valuation' && /(?<![a-z])(?:up|down|rise|fall|compares?|compared|from|with|against)(?![a-z])/.test(norm.slice(v.end, fig.start))) || /^\s(?:it|they) fetched /.test(norm.slice(fig.end, next.start))) return resolve(v && v.metric === 'valuation' ? v : { start: fig.end, end: fig.end, metric: 'valuation' });
  }
  // ("A further 3 billion yuan followed in December 2024 at a valuation of about 24 billion yuan": an amount, then the
  // valuation it came at, with its own amount, is the round's size; a round named before it, "raised $1 billion at a
  // valuation of", says so itself)
  if (fig.kind === 'money' && !(prevCue && prevCue.start >= sentStart && prevCue.metric === 'funding') && next && next.metric === 'valuation' && next.start < sentEnd && next.start - fig.end < 80 && AT_VALUATION_OF_GAP.test(norm.slice(fig.end, next.start)) && VALUE_AFTER_CUE.test(norm.slice(next.end, next.end + 24))) return { base: 'funding', cue: next, carried };
  // ("a figure that does not include the HK$4.35 billion it raised in its IPO", "the 1.2 billion yuan they lost last
  // year": an amount the relative clause right after it names by its verb is what that verb says, not the metric before)
  // (a verb that says what the amount is; not "the $10 billion it sought", a valuation or a round)
  if (next && !subjectOnly(next) && next.start < sentEnd && THE_AMOUNT_BEFORE.test(norm.slice(Math.max(sentStart, fig.start - 24), fig.start)) && RELATIVE_SUBJECT_GAP.test(norm.slice(fig.end, next.start)) && RELATIVE_VERB.test(norm.slice(next.start, next.end))) return resolve(next);
  if (next && !subjectOnly(next) && next.start < sentEnd && next.start - fig.end < 60) {
    const gap = stripParens(norm.slice(fig.end, next.start));
    // (Chinese writes a clause without spaces: "盈利增15% 资本开支按年升32%" is two headlines, so a bare space before a
    // Chinese cue ends the figure's clause)
    const spaceBeforeChinese = /^\s+$/.test(gap) && /[\u3400-\u9fff]/.test(norm[next.start] ?? '');
    // ("lost Rmb2.36bn on revenue of Rmb191mn": the metric named after "on" is that of the amount after it)
    const namesNext = /^\s?on\s$/.test(gap) && /^\s?of\s/.test(norm.slice(next.end, next.end + 5));
    if ((GAP_EN.test(gap) || GAP_ZH.test(gap) || CHANGE_IN_GAP.test(gap)) && !spaceBeforeChinese && !namesNext) return resolve(next);
  }
  // ("drawing HK$690 billion of margin loans", "HK$40 billion of margin financing": an amount said to be of something
  // names what it is; a thing no cue names is no metric of the clause before)
  if (fig.kind === 'money' && AMOUNT_OF_THING.test(norm.slice(fig.end, fig.end + 40)) && !(next && next.start < sentEnd && next.start - fig.end < 40)) return { base: null, cue: null, carried };
  // ("计划再招聘200名应届毕业生", "plans to hire 300 engineers": people to be hired, no count of users or staff named before;
  // "to hire 200 more staff" is what the staff grows by, below)
  if (fig.kind === 'count' && HIRE_BEFORE.test(norm.slice(Math.max(sentStart, fig.start - 24), fig.start)) && !/^\s?more(?![a-z])/.test(norm.slice(fig.end, fig.end + 6))) return { base: null, cue: null, carried };
  if (fig.kind === 'money' && THINGS_WORTH_BEFORE.test(norm.slice(Math.max(sentStart, fig.start - 60), fig.start))) {
    const c = cues[lowerBound(cues, fig.start) - 1];
    // (unless a cue names them: "cloud contracts worth")
    if (!(c && c.start >= sentStart && fig.start - c.end <= 40 && !/[,;，；]/.test(norm.slice(c.end, fig.start)))) return { base: null, cue: null, carried };
  }
  // 2. the nearest cue before it in the sentence (not one inside a relative clause closed before it: "Its
  //    model-as-a-service business, which sells API access to developers, grew 190%")
  // (nor the total a share was taken of: "Gen AI revenue was 2.46 billion yuan, or 77% of total revenue, up 52%",
  // "生成式AI收入24.6亿元，占总收入77%，按年增长52%": the share and the change are the part's)
  let before = lowerBound(cues, fig.start) - 1;
  // (nor one in an aside closed before it: "adjusted EBITA, the group's preferred profit measure, dropped 19%")
  // (nor a valuation that names the amount just before it, where a cue follows in the figure's clause: "以180亿美元估值完成12亿美元
  // 新一轮融资": the valuation is the first amount's, the round the second's)
  const nextInClause = next !== undefined && !subjectOnly(next) && next.start < sentEnd && !/[.;。；!?,，]/.test(norm.slice(fig.end, next.start)) && next.start - fig.end < 80;
  // (nor, for a count, a part's name that only says whose it is, where the sentence names what is counted before it:
  // "Daily token calls on Alibaba Cloud's platform rose to 31 trillion": a count is no revenue)
  const countOfNamed = (j: number) => fig.kind === 'count' && subjectOnly(cues[j]!) && j > 0 && cues[j - 1]!.start >= sentStart && !subjectOnly(cues[j - 1]!) && !/[,;，；]/.test(norm.slice(cues[j - 1]!.end, cues[j]!.start));
  while (before >= 0 && cues[before]!.start >= sentStart && (insideClosedRelative(norm, cues[before]!, fig.start, sentStart) || insideDashAside(norm, cues[before]!, fig.start, sentStart) || insideCauseZh(norm, cues[before]!, fig.start) || insideClosedAside(norm, cues[before]!, fig.start, sentStart) || shareDenominator(norm, cues[before]!, fig) || (namesAmountBefore(norm, cues[before]!) && nextInClause) || countOfNamed(before))) before--;
  // ("Adjusted net profit grew 18% to 5.6 billion yuan, and online marketing services, its biggest business, grew 12% to
  // 21.3 billion yuan", "while its games division rose 5%": a clause whose subject is a business grows in revenue, not
  // in the metric of the clause before it)
  const from = Math.max(sentStart, fig.start - 90);
  const head = norm.slice(from, fig.start);
  const grew = BUSINESS_GREW.exec(head);
  const line = grew === null ? NAMED_LINE_GREW.exec(head) : null;
  const business = grew ?? line;
  if (business) {
    const at = from + business.index;
    const c = before >= 0 && cues[before]!.start >= sentStart ? cues[before]! : null;
    // (the conjunction that opens a named line's clause parts it from the cue before, as a comma does)
    if (c === null || (c.end <= at && (line !== null || /[,;，；]/.test(norm.slice(c.end, at))))) {
      const word = at + business[0].indexOf(business[1]!, business[0].indexOf(' '));
      return resolve({ start: word, end: word + business[1]!.length, metric: 'other:segment-revenue' });
    }
  }
  // ("亏损同比收窄50.6%；大模型相关项目中标金额6.2亿元，同比增长43%": a clause of its own names the amount of a thing no cue
  // knows; the metric of the clause before is not its)
  if (before >= 0 && cues[before]!.start >= sentStart && cues[before]!.end <= fig.start && unknownAmountSince(norm.slice(cues[before]!.end, fig.start))) return { base: null, cue: null, carried };
  if (before >= 0 && cues[before]!.start >= sentStart && cues[before]!.end <= fig.start) {
    // ("EBITA at the cloud unit increased 52%": a part named after the metric in the figure's clause is its subject,
    // the metric is the one named before it)
    const e = cues[before - 1];
    if (subjectOnly(cues[before]!) && e && e.start >= sentStart && cues[before]!.start - e.end <= 24 && !/[,;，；]/.test(norm.slice(e.end, cues[before]!.start)) && !subjectOnly(e) && (segmentProfit(norm, e) !== null || (isSegmentCue(norm, e) && e.metric === 'revenue'))) return resolve(e);
    return resolve(cues[before]!);
  }
  // 3. a cue after it in the same clause
  if (next && !subjectOnly(next) && next.start < sentEnd) {
    const between = norm.slice(fig.end, next.start);
    // (not the metric of the amount it is set against: "iFlytek earned 87 million yuan against a loss of 97 million
    // yuan" names the later amount a loss; the earlier one, earned, is a profit)
    if (COMPARED_GAP.test(between) && VALUE_AFTER_CUE.test(norm.slice(next.end, next.end + 24))) {
      const earned = next.metric === 'net-loss' && fig.kind === 'money' ? EARNED_BEFORE.exec(norm.slice(Math.max(sentStart, fig.start - 40), fig.start)) : null;
      if (!earned) return { base: null, cue: null, carried };
      const at = fig.start - earned[0].length;
      return { base: 'net-profit', cue: { start: at, end: at + earned[1]!.length, metric: 'net-profit' }, carried };
    }
    // (not past the words that open the news behind a move: "rose 7.9% to HK$2.87 after saying … revenue …")
    // (nor past a conjunction that opens a clause of its own: "to sell control of its car unit for 3.6 billion yuan as
    // losses narrow"; but a move past one that speaks of the stock is the stock's, "Zhipu fell 6% as short selling made
    // up 28% of the stock's turnover")
    const stockMove = fig.direction !== 0 && (next.metric === 'stock-change' || next.metric === 'share-price');
    if (!/[.;。；!?,，]/.test(between) && between.length < 80 && !/(?<![a-z])(?:after|following) (?:saying|reporting|posting|announcing|it said|it reported)(?![a-z])/.test(between) && (stockMove || !CLAUSE_CONJUNCTION.test(between))) return resolve(next);
  }
  // 4. the last cue of the previous sentences ("Analysts had projected 242.65 billion yuan.")
  carried = true;
  for (let j = before; j >= 0 && cues[j]!.start >= prevSentStart; j--) {
    // ("iFlytek kept a gross margin of 40.8% …, on revenue of 12.74 billion yuan. Zhipu's 51.3% was the highest": the cue
    // of an amount, bound to the amount right after it, names no later bare percentage; the ratio named before it does)
    if (fig.unit === 'percent' && fig.direction === 0 && MONEY_METRICS.has(cues[j]!.metric) && AMOUNT_AFTER_CUE.test(norm.slice(cues[j]!.end, cues[j]!.end + 40))) continue;
    if (cues[j]!.end <= fig.start && !subjectOnly(cues[j]!)) return resolve(cues[j]!);
  }
  return { base: null, cue: null, carried };
}
const CLAUSE_CONJUNCTION = /(?<![a-z])(?:as|while|when|because|whereas|although|though)\s(?!(?:of|much|many|well|high|low|little|part|a result|long)(?![a-z]))/;
const NEW_SUBJECT_SHARE = new RegExp(String.raw`(?<![a-z])(?:as|while|and|but|whereas|with)\s(?:[a-z][a-z0-9&'’-]*\s){1,4}(?:${SHARE_VERBS})\s(?:about |around |roughly |nearly |almost |more than |over |some )?$`);
const COMPARED_GAP = /^[^.;。；!?,，]{0,30}?(?<![a-z])(?:against|versus|vs\.?|compared (?:with|to))\s(?:a |an |the )?$/;
const EARNED_BEFORE = /(?<![a-z])(earned|made|posted|booked|turned|reported)\s(?:a (?:net )?profit of\s)?(?:about |around |roughly |nearly |some |more than )?(?:us|hk|rmb)?[$¥]?\s?$/;
const THE_AMOUNT_BEFORE = /(?<![a-z])the\s(?:about |around |roughly |nearly |some |more than |over )?(?:us|hk|rmb)?[$¥]?\s?$/;
const RELATIVE_SUBJECT_GAP = /^\s(?:that |which )?(?:it|they|the (?:company|group|firm|start-?up|startup))\s(?:had |has |have |has since |had already |reportedly )?$/;
const RELATIVE_VERB = /^(?:raised|lost|earned|spent|booked|generated|brought in|burned|burnt|invested)$/;
const AMOUNT_AFTER_CUE = /^\s?(?:of |was |were |at |reached |came to |totalled |totaled )?(?:about |around |roughly |nearly |some )?(?:us|hk|rmb)?[$¥]?\s?\d[\d.,]*\s?(?:trillion|billion|million|bn|mn|亿|万)?\s?(?:yuan|dollars|元|美元|港元)/;

// (an amount right before a cue, with nothing but a space or 的 between: "180亿美元估值", "an $18 billion valuation")
const AMOUNT_RIGHT_BEFORE = /\d(?:[\d.,]*\d)?\s?(?:(?:trillion|billion|million|bn|mn|tn|[亿万])\s?(?:美元|港元|元人民币|元|yuan|dollars)?|美元|港元|元人民币|元|yuan|dollars)\s?的?\s?$/;
/** Whether a valuation cue names the amount standing right before it, not a figure further on. */
// (only a valuation: the words of other metrics after an amount are the next figure's too often, "RMB1.9bn revenue")
const namesAmountBefore = (norm: string, c: Cue): boolean => c.metric === 'valuation' && AMOUNT_RIGHT_BEFORE.test(norm.slice(Math.max(0, c.start - 24), c.start));

// (a business named as a clause's subject, then a verb of growth: "its biggest business, grew", "its games division rose
// 5% to"; the business word is the cue)
const BUSINESS_GREW = /(?<![a-z])(?:its|the) (?:[a-z-]+ ){0,3}?(business|segment|unit|division),?\s(?:grew|rose|increased|jumped|climbed|expanded|fell|declined|dropped|shrank|slipped)(?: by)?\s(?:(?:about |around |nearly |more than )?\d+(?:\.\d+)?\s?(?:%|per ?cent) to\s)?(?:about |around |roughly |nearly |more than )?(?:us|hk|rmb)?[$¥]?\s?$/;
// ("revenue of 3.05 billion yuan, of which generative AI accounted for 2.41 billion yuan": a part's amount)
const OF_WHICH_PART_AMOUNT = /(?<![a-z])of which\s(?:the\s)?(?!it|they|the company)[a-z][a-z -]{0,40}?\s(?:accounted for|contributed|made up|brought in|generated)\s(?:about |around |roughly |nearly |some |more than |over )?(?:us|hk|rmb)?[$¥]?\s?$/;
// (and a line of business named by what it sells: "Total revenue fell 3% as online marketing shrank 11%", "while
// advertising rose 5%")
const NAMED_LINE_GREW = /(?<![a-z])(?:as|while|and|but|with|whereas)\s(online marketing|advertising|e-commerce|fintech|gaming|games)(?: services)?\s(?:grew|rose|increased|jumped|climbed|expanded|fell|declined|dropped|shrank|slipped|slid)(?: by)?\s(?:about |around |nearly |more than )?$/;
const AMOUNT_OF_THING = /^\s?(?:\([^()]*\)\s?)?of (?!(?:the|it|them|its|their|his|her|this|that|which|whom|a|an|about|around|roughly|more|less|up|over|under|us|hk|rmb)(?![a-z]))[a-z-]+/;
// ("placed orders worth more than 10 billion yuan", "signed contracts worth", "bought chips worth": the value of things
// bought, sold or signed for, named by a noun no cue knows; no metric of the clause before)
const THINGS_WORTH_BEFORE = /(?<![a-z])(?:orders|contracts|deals|chips|gpus|processors|accelerators|servers|equipment|hardware|goods|bonds|notes|loans|assets|projects|tenders|purchases|subsidies|coupons|vouchers|incentives)\s(?:[a-z-]+\s){0,2}?worth\s(?:about |around |roughly |nearly |almost |some |more than |over |up to |at least |less than )?(?:us|hk|rmb)?\s?[$¥]?$/;
const HIRE_BEFORE = /(?:(?<![a-z])(?:hire|hires|hiring|hired|recruit|recruits|recruiting|recruited) (?:about |around |roughly |some |another |more than |over |up to |at least |nearly )?|(?:招聘|招募|招收|招)(?:约|近|超过|逾|了)?\s?)$/;
const SHARES_SOLD_BEFORE = /(?<![a-z])(?:sell|sells|selling|sold|price[sd]?|pricing|offer(?:s|ed|ing)?|issu(?:e|es|ed|ing))\s(?:its |their |the |about |some |up to )?[\d.,]+\s?(?:million|billion|mn|bn|m)?\s(?:new\s|h\s|a\s)?shares(?![a-z])(?:[^.;]|\.(?=\d)){0,80},\s(?:to |which |and )?$/;
// (a listing being made, not one long past: "its gain since listing", "since its debut" name none)
const LISTING_NAMED = /(?<![a-z])(?<!since (?:its |their )?)(?:ipo|initial public offering|listing|flotation|offering)(?![a-z])|招股|(?<!以来)上市(?!以来)/;
const LISTED_NEAR = /(?<![a-z])(?<!since (?:its |their )?)(?:ipo|initial public offering|listings?|debuts?|offer price|pric(?:ed|ing) (?:its|their) shares|star market listing)(?![a-z])/;
// (not a round, a debt, money from someone, before a time, nor a total so far: "By the time of its debut, Zhipu had raised
// more than 16 billion yuan in all", "Chinese model developers raised a combined 18.6 billion yuan")
const NOT_A_LISTING_RAISE = /(?<![a-z])(?:rounds?|series [a-f]|funding|financing|investors?|backers?|led by|valuation|valued|valuing|from|before|earlier|previously|prior|private|bonds?|notes|convertibles?|loans?|debt|by the time|in all|in total|all told|so far|to date|combined|together|cumulative(?:ly)?|placed)(?![a-z])/;
// (nor while the listing is still to come: "has hired banks for a listing", "an IPO that could raise")
const LISTING_TO_COME = /(?<![a-z])(?:could|would|will|plans?|planned|planning|hired|hires|picks?|picked|prepar(?:es|ing|ed)|seeks?|seeking|consider(?:s|ing)?|weigh(?:s|ing)?|aims?|filed (?:for|to)|applied|application|for a (?:[a-z-]+ ){0,2}(?:listing|ipo|flotation))(?![a-z])/;
const PLACEMENT_NAMED = /(?<![a-z])(?:placement|placing|top-up|block trade)(?![a-z])|配售|配股/;
const API_BUSINESS_BEFORE = /(?<![a-z])api (?:business|unit|platform)(?:'s)?(?: alone)? (?:generated|brought in|earned|made|booked|posted|took in)(?: about| around| roughly| nearly| more than| over)?\s?$/;
const PER_DAY_AFTER = /^\s?(?:tokens\s)?(?:a|per|each) day(?![a-z])/;
const VALUED_AT_GAP = /^\s(?:at|of)\s(?:about |around |roughly |nearly |more than |over |some )?(?:us|hk|rmb)?$/;

// "60% of total revenue", "80% of Anthropic’s revenue", "50%+ of revenue", "36% of Zhipu's current revenue"
// ("应占" is "attributable to", not a share: "股东应占盈利按年增15%"; nor is a change after 占 the share itself)
const SHARE_BEFORE = /(?:(?:占比|比重|比例|比率)\s?(?:由|从)[^，。,;；]{0,20}?(?:升|增|提高|提升|上升|降|下降|减|回落)?至|(?:占比|比重|比例|比率)\s?(?:升|增|提高|提升|上升|降|下降|减|回落)至|占比|比重|比例|(?<!应)占[^，。,;；增升降减跌涨]{0,14}|相当于(?:其|公司)?(?:同期|全年|总)?(?:收入|营收|营业收入)的?|贡献(?:了)?|(?<![a-z])(?:share|proportion|ratio)(?: of)?)\s?(?:约|为|达|超过|近|超|逾|of|at|was|is|about|around)?\s?$/;
// ("accounted for 43% of the total", "60% of revenue": a share of revenue, or of the total just named)
const OF_REVENUE_AFTER = /^\+?\s?of (?:[a-z0-9.&-]+(?:'s|’s)?\s){0,4}?(?:revenues?|sales|income)(?![a-z])|^\+?\s?的?(?:收入|营收)占比/;
// (or of the total just named: "made up 8% of the quarter's total")
const OF_TOTAL_AFTER = /^\+?\s?of (?:the |its |their )?(?:(?:group|company|quarter's|quarter’s|year's|year’s|period's|period’s|month's|month’s) )?total(?![a-z])(?! (?:addressable|market))/;
// a market named in the words just before ("the market was worth", "市场规模")
const MARKET_JUST_NAMED = /(?<![a-z])(?:the )?market (?:was|is|will be|would be|stood|reached|grew|rose|totall?ed|was worth|is worth)|市场规模|市场总额/;
// ", or about 80%" right after an amount, closing the clause
const OR_SHARE_BEFORE = /\d(?:\s?(?:billion|million|trillion|bn|mn|tn|亿|万))?\s?(?:yuan|dollars|元|美元)?\s?,\sor\s(?:about |around |roughly |nearly |almost |some |just over |just under )?$/;
// "Overseas rides made up 8%", "accounted for about 40%": a part's share of a whole, whatever it is said of
const SHARE_VERB_BEFORE = /(?<![a-z])(?:made up|makes? up|making up|accounted for|accounts? for|accounting for|represented|represents|representing|contribut(?:ed|es|ing))\s(?:about |around |roughly |nearly |almost |more than |over |less than |just over |just under |some |only |just )?$/;

// "同比增加13.5亿元", "revenue rose by RMB2bn", "capex fell by $1 billion": a verb of change right before an amount
// makes the amount the change, not the level it reached ("增加至", "rose to" name the level and do not match)
const AMOUNT_UP = /(?:(?<![a-z])(?:rose|grew|increased|jumped|climbed|gained|was up|were up|up) by|(?:同比|按年|较上年同期|较去年同期|环比)?(?:增加|增长|增多|多增|上升))\s?(?:about |around |nearly |almost |approximately |more than |over |约|近|超)?$/;
const AMOUNT_DOWN = /(?:(?<![a-z])(?:fell|declined|decreased|dropped|shrank|slipped|was down|were down|down) by|(?:同比|按年|较上年同期|较去年同期|环比)?(?:减少|下降|缩减|少了))\s?(?:about |around |nearly |almost |approximately |more than |over |约|近|超)?$/;

/** 1 when an amount is written as a rise ("增加13.5亿元", "rose by $2 billion"), -1 as a fall, 0 as a level. */
export function amountChange(before: string): 1 | -1 | 0 {
  if (AMOUNT_UP.test(before)) return 1;
  if (AMOUNT_DOWN.test(before)) return -1;
  return 0;
}

// "a loss of 30 yuan for every yuan of revenue", "每1元收入亏损30元": an amount per unit of revenue
const PER_REVENUE = /(?:(?<![a-z])(?:for (?:every|each)|per) (?:1 |one )?(?:yuan|dollar|renminbi|rmb|us dollar)s? (?:(?:of |in )?(?:revenue|sales)|(?:it |the company |the firm )?(?:took|takes|brought|brings|earned|earns|made|makes|generated|generates|booked|books)(?: in)?)(?![a-z])|每(?:产生|赚取|获得|取得|录得|实现)?\s?(?:1|一)?\s?(?:元|美元|港元|块钱?)(?:的)?(?:收入|营收|营业收入))/;
// "$2 per user", "HK$0.50 a share", "10 yuan for each subscriber": an amount per unit, not the company's total
const PER_UNIT_AFTER = /^\s?\)?\s?(?:per|a|an|each|for (?:each|every)) (?:share|american depositary (?:share|receipt)|ads|adr|user|customer|subscriber|employee|person|head|vehicle|car|ride|trip|query|request|call|chip|unit|order|seat|license|licence)s?(?![a-z])/;
// metrics that are amounts per unit already
const PER_UNIT_METRICS = new Set<string>(['price-per-mtok', 'share-price', 'other:target-price', 'other:eps', 'revenue-per-employee', 'loss-per-revenue', 'other:price']);

const PER_REVENUE_ALL = new RegExp(PER_REVENUE.source, 'g');
/** Start and end of the last match of a global `re` in `s`, or null. */
const AMOUNT_NOUN_ZH = /[\u4e00-\u9fff](?:金额|金額|总额|總額)/;
/**
 * Whether the text after a cue opens a clause of its own, after a semicolon, that names an amount of some other thing
 * (not after a comma: "共完成融资37笔，披露金额合计约412亿元" is the amount of the funding just named).
 */
function unknownAmountSince(gap: string): boolean {
  const at = Math.max(gap.lastIndexOf('；'), gap.lastIndexOf(';'));
  return at >= 0 && AMOUNT_NOUN_ZH.test(gap.slice(at));
}

function lastMatch(re: RegExp, s: string): [number, number] | null {
  let last: [number, number] | null = null;
  for (const m of s.matchAll(re)) last = [m.index, m.index + m[0].length];
  return last;
}

/**
 * The metric of an amount said per unit: a loss per yuan of revenue, a loss or profit per share (earnings per share);
 * any other total metric said per unit ("revenue of $2 per user") is not that total, so no metric (null). Undefined
 * when the amount is not said per unit.
 */
function perUnitMetric(norm: string, fig: RawFigure, base: MetricId | null, sentStart: number): MetricId | null | undefined {
  if (base !== null && PER_UNIT_METRICS.has(base)) return undefined;
  const rest = norm.slice(fig.end, fig.end + 80);
  // (within a few words of the amount in its sentence, no other number between: "For every yuan of revenue, Zhipu
  // incurs a loss of 30 yuan", "loses 30 yuan for every yuan of revenue")
  const before = norm.slice(Math.max(sentStart, fig.start - 90), fig.start);
  const after = /^[^.;!?。；！？\n]{0,60}/.exec(rest)?.[0] ?? '';
  // (a phrase right after another amount is that amount's: "lost 12 yuan per yuan of revenue, and its net loss ...")
  const b = lastMatch(PER_REVENUE_ALL, before);
  const a = PER_REVENUE.exec(after);
  // (a comma between that amount and the phrase ends the amount's clause: "亏损约1.2美元，去年同期为每1美元收入亏损4.3美元")
  const perRevenue = (b !== null && !/\d/.test(before.slice(b[1])) && !/\d/.test(before.slice(Math.max(0, b[0] - 12), b[0]).replace(/^.*[，,；;]/, ''))) || (a !== null && !/\d/.test(after.slice(0, a.index)));
  // (a sum in hundreds of millions is no loss per yuan: "淨虧損仍達28.7億元，即每一元收入虧損接近3元" is the loss, the
  // phrase is the next amount's)
  if (perRevenue && !fig.scaled) return base === 'net-loss' || base === 'adjusted-net-loss' || base === 'loss-per-revenue' ? 'loss-per-revenue' : null;
  if (!PER_UNIT_AFTER.test(rest)) return undefined;
  if (/^\s?\)?\s?(?:per|a|an|each|for (?:each|every)) (?:share|american depositary (?:share|receipt)|ads|adr)(?![a-z])/.test(rest) && (base === 'net-loss' || base === 'net-profit' || base === 'adjusted-net-loss' || base === 'other:non-gaap-net-profit')) return 'other:eps';
  return base === null || !MONEY_METRICS.has(base) ? undefined : null;
}

const DETERMINED_SALES_AFTER = /^\s?(?:its |the |our |their |analysts(?:'|’)? (?:average |mean |consensus )?|consensus |the consensus )(?:(?:this|next|last) year'?s |current-year |(?:19|20)\d\de? |fy\d{2,4}e? )?(?:expected |forward |trailing |estimated |projected |forecast )?(?:(?:19|20)\d\de? |fy\d{2,4}e? )?(?:sales|revenues?)(?![a-z])/;
const VALUING_BEFORE = /(?<![a-z])(?:worth|valu(?:es|ed|ing|ation)|market (?:value|cap|capitali[sz]ation)|target|trades?|trading|priced)(?![a-z])/;
const TIMES_REVENUE_AFTER = /^\s?(?:its |the company's |their )?(?:current-year |this year's |next year's |last year's |forward |trailing |annual |annuali[sz]ed |expected |projected |estimated |(?:19|20)\d\d |fy\d{2}e? )?(?:revenues?|sales)(?![a-z])/;

// (and "5% higher than expected", "8% wider than analysts had expected", "3% above what analysts had forecast")
const VERSUS_ESTIMATE_AFTER = /^\s?(?:(?:above|below|ahead of|short of|shy of|better than|worse than|higher than|lower than)\s(?:our |the |its |analysts'? |analyst |market |consensus |street |bloomberg |lseg |average |mean )*(?:estimates?|consensus|expectations?|forecasts?|guidance|projections?)|(?:above|below|higher|lower|better|worse|wider|narrower|bigger|smaller|larger|more|less)\s(?:than|what)\s(?:(?:most |many |some )?(?:analysts|the market|investors|economists|it|the company|management)\s)?(?:had\s|have\s|were\s|was\s|had been\s)?(?:expected|forecast|forecasted|estimated|anticipated|projected|predicted|guided))(?![a-z])/;

const VERSUS_ESTIMATE_BEFORE = /(?<![a-z])(?:beat|beats|beating|topped|tops|topping|exceeded|exceeds|exceeding|surpassed|surpassing|missed|misses|missing|trailed|lagged)\s(?:the |its |our |analysts'? |analyst |market |consensus |street |average |mean |[a-z]+'s )*(?:estimates?|consensus|expectations?|forecasts?|projections?)\s(?:by\s)?(?:about |around |roughly |nearly |more than |over |almost |some |as much as )?$|(?:比|较)\s?(?:市场|分析师|华尔街)?\s?(?:的)?\s?(?:一致)?\s?(?:预期|预测|预估)(?:值)?\s?(?:高出|超出|高|多出|低出|低)\s?(?:约|逾|近|超过)?\s?$|(?:超出|超过|高于|低于|跑赢)\s?(?:市场|分析师)?\s?(?:的)?\s?(?:一致)?\s?(?:预期|预测)(?:值)?\s?(?:约|逾|近)?\s?$/;
const MARKET_AFTER = /^\s?(?:[a-z]+\s){0,2}?market(?![a-z]|\s(?:cap|value|share|valuation|debut|listing))/;

// the words of a model's own figures, right at the figure: they name it whatever cue stands nearer before
const CONTEXT_AFTER = /^\s?(?:tokens?\s?)?(?:of context|context(?: window| length)?|上下文)/;
const CONTEXT_BEFORE = /(?:上下文(?:长度|窗口)?|context (?:length|window)(?: of)?|reads up to|context of up to)\s?(?:约|达|为|of |up to )?$/;
const ACTIVE_AFTER = /^\s(?:are|is|were) (?:active|activated)(?![a-z])|^\s?(?:active|activated) parameters/;
const ACTIVE_BEFORE = /激活参数(?:量)?\s?(?:约|为|达|仅)?\s?$/;
const BENCHMARK_BEFORE = /(mmlu(?:-pro)?|c-eval|ceval|swe-bench(?: verified)?|gpqa(?: diamond)?|aime(?: \d{2,4})?|humaneval|livecodebench|mmmu|math-500|superclue|benchmark|测评|评测|基准)[^，,。;；]{0,30}$/;
const BENCHMARK_AFTER = /^\s?(?:on|in|at) (?:the )?(mmlu(?:-pro)?|c-eval|ceval|swe-bench|gpqa|aime|humaneval|livecodebench|mmmu|math-500|superclue)(?![a-z])/;
const CAPEX_PART_BEFORE = /(?:其中|(?<![a-z])(?:including|of which|with))\s?(?:约|roughly |about |some |around |nearly |more than )?(?:us|hk|rmb)?[$¥]?$/;
const CAPEX_PART_AFTER = /^\s?(?:元)?\s?(?:将|会)?\s?用于|^\s?(?:of it |of that |of the total )?(?:(?:going|earmarked|set aside|allocated|spent|to be spent) )?(?:on|for) (?:(?:ai|gpu|computing|nvidia|domestic|advanced) )?(?:chips?|processors?|accelerators?|gpus?|data ?cent(?:er|re)s?|servers?|computing power|compute)(?![a-z])/;
// (people cut, in English and Chinese: "cut about 1,800", "laid off", "裁减", "减少")
const CUT_WORDS_EN = 'cut|cuts|cutting|lay off|lays off|laying off|laid off|shed|sheds|shedding|eliminate|eliminates|eliminated|eliminating|axe|axed|axing';
const CUT_WORDS_ZH = '裁员|裁减|削减|净减少|减少|减员|精简';
// (and the change named as a noun: "a reduction of about 450 people", "a net addition of 1,200")
const HEADCOUNT_CHANGE_NOUN = String.raw`(?:net )?(?:reduction|cut|decrease|drop|fall|increase|addition|rise) of`;
const HEADCOUNT_CUT_NOUN = String.raw`(?:net )?(?:reduction|cut|decrease|drop|fall) of`;
const BID_BEFORE = /(?<![a-z])(?:(?:had|has|have) bid|bids? (?:of|worth|at)|(?:winning|losing|rival|lower|higher|competing) bid (?:of|was|at))\s(?:about |around |roughly |some |nearly |just over |just under )?(?:us|hk|rmb)?\$?\s?$|投标(?:报)?价(?:格)?(?:为|是)?\s?(?:约)?\s?$/;
// the counts of people who use or pay for a product, and the words that make a count of them a number gained
const USER_COUNTS: ReadonlySet<string> = new Set(['users', 'paying-users', 'other:daily-active-users', 'other:developers', 'other:enterprise-customers']);
const USERS_ADDED_BEFORE = /(?<![a-z])(?:added|adding|adds|gained|gaining|gains|(?:up|rose|grew|increased|climbed|jumped) by|an? (?:net )?(?:increase|addition|gain) of|net additions of)\s(?:about |around |roughly |some |another |nearly |more than |over |almost )?$|(?:新增|增加|净增|净增加|增长|多增)(?:了)?\s?(?:约|近|超过|逾)?\s?$|(?:新增|净增)(?:月活跃?|日活跃?|付费)?(?:用户|会员|开发者|企业客户)(?:数|数量)?\s?(?:为|达|达到)?\s?(?:约|近|超过|逾)?\s?$/;
const HEADCOUNT_CHANGE_BEFORE = new RegExp(String.raw`(?<![a-z])(?:hire|hiring|hired|add|adding|added|recruit|recruiting|recruited|${CUT_WORDS_EN}|${HEADCOUNT_CHANGE_NOUN})\s(?:about |around |roughly |some |another |nearly |more than |up to )?$|(?:招聘|新增|增加|净增|净增加|增员|${CUT_WORDS_ZH})\s?(?:了)?\s?(?:约|近|超过)?\s?$`);
const HEADCOUNT_CUT_BEFORE = new RegExp(String.raw`(?<![a-z])(?:${CUT_WORDS_EN}|${HEADCOUNT_CUT_NOUN})\s(?:about |around |roughly |some |another |nearly |more than |up to |almost )?$|(?:${CUT_WORDS_ZH})\s?(?:了)?\s?(?:约|近|超过)?\s?$`);
// ("about 2,200 positions were eliminated", "150 jobs were cut": a change of the staff, not its size)
const JOBS_AFTER = String.raw`^\s(?:jobs|positions|roles|posts|staff|employees|workers|people)\s(?:were|have been|had been|are being|will be)\s`;
const JOBS_GONE_AFTER = new RegExp(String.raw`${JOBS_AFTER}(?:eliminated|cut|axed|shed|lost|removed|added|created)(?![a-z])`);
const JOBS_CUT_AFTER = new RegExp(String.raw`${JOBS_AFTER}(?:eliminated|cut|axed|shed|lost|removed)(?![a-z])`);
/** People cut, not added: "cut about 1,800 jobs", "减少546人", "1,800 positions were eliminated" (a fall in the headcount). */
export function peopleCut(norm: string, fig: RawFigure, sentStart: number): boolean {
  return HEADCOUNT_CUT_BEFORE.test(norm.slice(Math.max(sentStart, fig.start - 30), fig.start)) || JOBS_CUT_AFTER.test(norm.slice(fig.end, fig.end + 48));
}
// (not past a bare space in Chinese, where a headline parts its clauses: "DeepSeek傳擬融資40億美元 估值上看400億美元")
const VALUATION_AFTER = /^(?:\s?的\s?)?估值|^\s?(?:的)?\s?valuation/;

/** The benchmark metric of a benchmark's name: MMLU and C-Eval have their own, the others one between them. */
const benchmarkMetric = (name: string): MetricId => (/mmlu/.test(name) ? 'benchmark-mmlu' : /c-?eval/.test(name) ? 'benchmark-ceval' : 'other:benchmark-score');

const RD_STAFF_ZH = String.raw`(?:研发|研發|技术研发|技術研發)(?:人员|人員|团队|團隊|员工|員工)`;
const RD_STAFF_SHARE_BEFORE = new RegExp(String.raw`${RD_STAFF_ZH}(?:的)?\s?(?:占比|佔比|比例|比重|占|佔)[^，。；,;\d]{0,10}$`);
const RD_STAFF_BEFORE_ZH = new RegExp(RD_STAFF_ZH);
const PEOPLE_AFTER = /^\s?(?:人|名|位|people|staff|employees|researchers|engineers|scientists)(?![a-z])/;
const OF_STAFF_BEFORE_ZH = /(?:占|佔)\s?(?:公司|集团|集團)?\s?(?:全体|全體|在职|在職)?(?:员工|員工|职工|職工|总人数|總人數)[^，。；,;\d]{0,6}$/;
const RD_STAFF_BEFORE = /(?<![a-z])(?:r&d|research(?: and development)?|engineering|technical) (?:staff|employees|personnel|workers|headcount|engineers|teams?)(?![a-z])[^.;,\d]{0,40}$|(?<![a-z])(?:researchers|engineers)(?![a-z])[^.;,\d]{0,30}$/;
const OF_STAFF_AFTER = /^\s?(?:of (?:its |the company's |the group's |the |total |all )?(?:staff|employees|workforce|headcount|people)(?![a-z]))/;

const BENCHMARK_RATE = String.raw`(?:(?:three|3|six|6|one|1|twelve|12)[- ]month )?(?:sofr|libor|hibor|shibor|cnh hibor|(?:us )?treasur(?:y|ies)(?: yields?)?|mid-?swaps?|swaps?|(?:the )?(?:one|five|1|5)[- ]year (?:loan prime rate|lpr)|(?:the )?loan prime rate|lpr)`;
const SPREAD_AFTER = new RegExp(String.raw`^\s?(?:over|above|below|under|on top of|plus)\s(?:the\s)?(?:comparable\s)?${BENCHMARK_RATE}(?![a-z])`);
const SPREAD_BEFORE = new RegExp(String.raw`(?<![a-z])${BENCHMARK_RATE}\s?\+\s?$`);
const LOAN_WORDS = /(?<![a-z])(?:loans?|facility|facilities|credit lines?|borrowings?|lenders?|banks)(?![a-z])|贷款|貸款|授信/;
const BOND_WORDS = /(?<![a-z])(?:bonds?|notes|debentures|coupon)(?![a-z])|债券|債券/;

/**
 * A metric the words right at the figure name, whatever cue stands nearer before: a model's active parameters,
 * context window or benchmark score, a daily count of API calls, a valuation said right after its amount
 * ("180亿美元估值"), people hired or cut, a part of a capital budget, a spread over a benchmark rate, the share or the
 * count of research staff. Undefined when the figure is none of these.
 */
function metricAtFigure(norm: string, fig: RawFigure, base: MetricId | null, sentStart: number): MetricId | null | undefined {
  const after = norm.slice(fig.end, fig.end + 24);
  const before = norm.slice(Math.max(sentStart, fig.start - 40), fig.start);
  // ("priced at 85 basis points over SOFR", "HIBOR+155bps": a spread over a benchmark rate, the price of a loan or a bond,
  // not a change in anything)
  if (fig.unit === 'percentage-points' && (SPREAD_AFTER.test(after) || SPREAD_BEFORE.test(before))) {
    const sentence = norm.slice(Math.max(sentStart, fig.start - 120), fig.end + 60);
    return LOAN_WORDS.test(sentence) && !BOND_WORDS.test(sentence) ? 'other:loan-margin' : 'other:bond-spread';
  }
  if (fig.kind === 'count' || fig.unit === 'tokens' || fig.unit === 'parameters') {
    if (CONTEXT_AFTER.test(after) || (CONTEXT_BEFORE.test(before) && /^\s?tokens?/.test(after))) return 'other:context-length';
    if (ACTIVE_AFTER.test(after) || ACTIVE_BEFORE.test(before)) return 'other:active-parameters';
    // ("研发人员12,315人", "R&D staff of 4,200 people": a count of people is no research spending)
    if (base === 'rd-expense' && fig.kind === 'count' && PEOPLE_AFTER.test(after)) return 'other:rd-headcount';
    // ("Daily API calls passed 500 million": a count of calls, not a change in their volume)
    // ("每日調用量超過5000億tokens": the unit word after the figure says tokens were counted, not calls)
    if (base === 'call-volume-change' && fig.kind === 'count') {
      if (!/daily|a day|per day|日均|每日|每天/.test(norm.slice(Math.max(sentStart, fig.start - 40), fig.end + 16))) return 'other:api-calls';
      return /^\s?(?:tokens?(?![a-z])|词元)/.test(after) ? 'other:daily-tokens' : 'other:daily-api-calls';
    }
    // ("开放平台日均调用量突破90亿次": a count of times a model was called, not of tokens, whatever the volume word)
    if (base === 'other:daily-tokens' && countOfCalls(norm, fig)) return 'other:daily-api-calls';
  }
  if (fig.unit === 'percent') {
    // ("研发人员占员工总数的62%", "研發人員佔比升至74%", "R&D staff make up 70% of its employees": a share of the staff,
    // not research spending as a share of revenue)
    if (RD_STAFF_SHARE_BEFORE.test(before) || (RD_STAFF_BEFORE_ZH.test(before) && OF_STAFF_BEFORE_ZH.test(before)) || (RD_STAFF_BEFORE.test(before) && OF_STAFF_AFTER.test(after))) return 'other:rd-staff-share';
    // ("scored 79.6% on SWE-bench Verified")
    const a = BENCHMARK_AFTER.exec(after + norm.slice(fig.end + 24, fig.end + 40));
    if (a) return benchmarkMetric(a[1]!);
    const b = BENCHMARK_BEFORE.exec(before);
    if (b && !/[%％]/.test(before.slice(b.index))) return benchmarkMetric(b[1]!);
  }
  if (fig.kind === 'money' && VALUATION_AFTER.test(after)) return 'valuation';
  // ("Seeks Funding at $5 Billion Value", "raise funds at a $18 billion value": what the company is valued at)
  if (fig.kind === 'money' && /^\s?value(?![a-z])/.test(after) && /(?<![a-z])at\s(?:an?\s)?(?:about |around |roughly |nearly |more than |over )?$/.test(before)) return 'valuation';
  // ("plans to hire 200 more staff", "has cut about 8% of its staff": people added or cut, not the headcount)
  if (base === 'headcount' && (HEADCOUNT_CHANGE_BEFORE.test(before.slice(-30)) || (fig.kind === 'count' && /^\s(?:more|fewer|additional|new)\s/.test(after)))) return 'other:headcount-change';
  if (fig.kind === 'count' && JOBS_GONE_AFTER.test(norm.slice(fig.end, fig.end + 48))) return 'other:headcount-change';
  // ("较6月底的9600万又增加了2200万", "added 22 million monthly users", "up by 22 million from June": users gained over a
  // time, not the number of users at its end)
  if (fig.kind === 'count' && base !== null && USER_COUNTS.has(base) && USERS_ADDED_BEFORE.test(before.slice(-30))) return `other:${base.replace(/^other:/, '')}-added` as MetricId;
  // ("beating a bid of 702 million yuan from SenseTime", "iFlytek had bid 1.13 billion yuan": what a bidder offered in a
  // tender, neither the contract won nor anyone's revenue)
  if (fig.kind === 'money' && BID_BEFORE.test(before)) return null;
  // ("capex of 160 billion yuan, including roughly 85 billion yuan for AI processors", "资本开支约1600亿元，其中约850亿元用
  // 于采购算力芯片": a part of the spending, not the spending; compared with the total it would make a false alarm)
  if (base === 'capex' && fig.kind === 'money' && (CAPEX_PART_BEFORE.test(before.slice(-24)) || CAPEX_PART_AFTER.test(after + norm.slice(fig.end + 24, fig.end + 48)))) return 'other:capex-part';
  return undefined;
}

/** A count said in times ("90亿次"): calls or uses, never tokens. */
export function countOfCalls(norm: string, fig: RawFigure): boolean {
  return fig.kind === 'count' && /^\s?次/.test(norm.slice(fig.end, fig.end + 3));
}

/** The metric of the figure itself: growth for a change, shares for "X% of revenue", the sign of a loss. */
export function finalMetric(norm: string, fig: RawFigure, choice: MetricChoice, cues: Cue[], sentStart = 0): MetricId | null {
  let m = finalMetricOf(norm, fig, choice, cues, sentStart);
  // ("日均Tokens调用量已突破63万亿，……是去年同期的2.1倍", "users were 3 times the year-earlier level": a multiple of an earlier
  // value of a count is its growth, not the count)
  if (m !== null && fig.kind === 'multiple' && m === choice.base && COUNT_LEVELS.has(m) && /(?:是|为|為|达到?|達到?)[^，。,;；\d]{0,12}的\s?(?:约|約|近|超过?)?\s?$|(?<![a-z])(?:were|was|is|are|at)\s(?:about |nearly |more than )?$/.test(norm.slice(Math.max(sentStart, fig.start - 20), fig.start))) m = growthOf(m);
  // ("grow at a compound annual rate of 85% between 2026 and 2028", "年均复合增长率达140%": a yearly rate over a span, not
  // the growth from its first year to its last)
  if (m !== null && fig.unit === 'percent' && /-growth$/.test(m) && CAGR_BEFORE.test(norm.slice(Math.max(sentStart, fig.start - 50), fig.start))) return `other:${m.replace(/^other:/, '').replace(/-growth$/, '')}-cagr` as MetricId;
  // ("MiniMax's R&D ratio fell to 118% from 210%. iFlytek spent 2.31 billion yuan, 18.1% of sales": an amount of money in
  // the thousands or more is no ratio, whatever ratio was named before; it is the amount the ratio is of, where the
  // vocabulary names one ("1.6 yuan for every yuan of revenue" is a ratio said in money, and small)
  if (m !== null && fig.kind === 'money' && Math.abs(fig.value) >= 1e4 && RATIO_LEVEL.test(m)) return AMOUNT_OF_RATIO[m] ?? null;
  // ("paid its staff an average of 1.05 million yuan": an amount of money counts no people)
  // (a currency written with the figure itself, not one settled from a figure before it: "年化收入为1亿美元，当时付费会员约为250万")
  // (asked only of the few figures the tests before it leave)
  const currencyWritten = () => CURRENCY_WRITTEN.test(norm.slice(fig.start, fig.end));
  if (m !== null && fig.kind === 'money' && PEOPLE_COUNTS.has(m) && currencyWritten()) return null;
  // ("climbed to 6.1 million" after a price rise, "buying back 11.2 million ADSs": a bare count is no price)
  if ((m === 'share-price' || m === 'other:price' || m === 'price-per-mtok') && fig.scaled && !currencyWritten()) return null;
  // ("raised its buyback authorization to $6 billion", "raised its stake to 20%": raised is a verb of increase there, not
  // money raised from investors)
  if (m === 'funding' && choice.cue && /^rais/.test(norm.slice(choice.cue.start, choice.cue.end)) && choice.cue.end <= fig.start && /^\s(?:its|the|their|his|her)\s(?:[a-z-]+\s){0,4}(?:to|by)\s(?:about |around |roughly |nearly |more than |over )?(?:us|hk|rmb)?\s?[$¥]?$/.test(norm.slice(choice.cue.end, fig.start))) return null;
  // ("GPU utilisation reached 87% at the cluster, whose PUE is 1.15": a data centre's PUE is a ratio above one, never a
  // percentage)
  if (m === 'other:pue' && fig.unit === 'percent') return null;
  // ("Capital expenditure reached 41.7 billion yuan, taking spending over the past four quarters to 150 billion yuan",
  // "Capex fell to 27.4 billion yuan. Spending in 2025 totalled 92.5 billion yuan": spending said again, right after capex
  // was named, is capex)
  if ((m === 'other:costs' || m === 'other:costs-growth') && choice.cue !== null && /^(?:spending|spent)$/.test(norm.slice(choice.cue.start, choice.cue.end)) && capexJustNamed(norm, cues, choice.cue.start)) return m === 'other:costs' ? 'capex' : 'other:capex-growth';
  // (and "the near-40% at Meta, which spent $19.4 billion in its own September quarter", "Alphabet alone spent $46.2
  // billion": an amount spent, in a passage about capex, with nothing else said to be bought)
  if (fig.kind === 'money' && m !== 'capex' && SPENT_BEFORE.test(norm.slice(Math.max(sentStart, fig.start - 40), fig.start)) && !SPENT_ON_OTHER_AFTER.test(norm.slice(fig.end, fig.end + 40)) && capexJustNamed(norm, cues, fig.start)) return 'capex';
  return m;
}
const SPENT_BEFORE = /(?<![a-z])(?:spent|spends|will spend|plans to spend|to spend)\s(?:about |around |roughly |some |nearly |more than |over |almost |just over |just under )?(?:us|hk|rmb)?[$¥]?\s?$/;
const SPENT_ON_OTHER_AFTER = /^\s?(?:\([^)]{0,30}\)\s?)?(?:on|for|to buy|buying|acquiring)\s(?!(?:ai|chips|servers|data cent(?:re|er)s|capital|infrastructure|(?:ai|cloud) infrastructure|computing capacity)(?![a-z]))/;
/** Whether capital spending is named in the 160 characters before `at`, with no other kind of cost named since. */
function capexJustNamed(norm: string, cues: Cue[], at: number): boolean {
  let capex = false;
  for (let j = lowerBound(cues, Math.max(0, at - 160)); j < cues.length && cues[j]!.start < at; j++) {
    const c = cues[j]!;
    if (c.metric === 'capex') capex = true;
    else if (c.metric === 'other:costs' && !/^(?:spending|spent)$/.test(norm.slice(c.start, c.end))) capex = false;
  }
  return capex;
}
/** A currency written in the figure's own text ("$4.80", "74萬元", "1.2 billion yuan"), not one settled from a figure before it. */
const CURRENCY_WRITTEN = /[$¥€]|元|yuan|dollars?(?![a-z])/;
/** After a multiple, an earlier time of the same measure: "the level a year earlier", "the daily volume in January", "the previous year's level". */
export const MULTIPLE_OF_EARLIER = /^\s?the (?:[a-z-]+\s){0,2}?(?:(?:level|figure|number|amount|volume|total|count|size)\s)?(?:(?:of|in|at|from)\s)?(?:a year (?:earlier|ago|before)|(?:the )?(?:previous|prior|same|year-?earlier|year-?ago) (?:year|quarter|period|month)(?:'s|’s)?|last year(?:'s|’s)?|(?:the )?start of|(?:january|february|march|april|may|june|july|august|september|october|november|december)(?![a-z])|(?:19|20)\d\d)/;
const RATIO_LEVEL = /^(?:rd-ratio|api-revenue-share|gross-margin|market-share|price-to-sales|loss-per-revenue|other:[a-z-]+-(?:margin|share|ratio))$/;
const AMOUNT_OF_RATIO: Partial<Record<string, MetricId>> = { 'rd-ratio': 'rd-expense', 'api-revenue-share': 'api-revenue' };
// counts whose value at a time is the fact (a multiple of an earlier value of one is its growth)
const COUNT_LEVELS = new Set<string>(['other:daily-tokens', 'users', 'other:daily-active-users', 'paying-users', 'headcount', 'other:developers']);
// "a compound annual growth rate of", "CAGR", "年均复合增长率" shortly before the figure
const CAGR_BEFORE = /(?:(?<![a-z])(?:cagr|compound(?:ed)? annual(?: growth)?(?: rate)?|compound(?:ed)? (?:annual )?growth rate)|年均复合增长率|复合年增长率|年复合增长率|年均复合增速|复合增速)[^.;。；]{0,30}$/;

function finalMetricOf(norm: string, fig: RawFigure, choice: MetricChoice, cues: Cue[], sentStart: number): MetricId | null {
  const base = choice.base;
  // ("selling 52.6 million iFlytek shares": a number of shares, never a price; no share sells for millions)
  if (base === 'share-price' && fig.scaled && fig.value >= 1e6 && /^\s?(?:[a-z][\w.'-]*\s){0,2}(?:shares|stock)(?![a-z])|^\s?(?:[a-z][\w.'-]*\s?)?股(?!价|票)/.test(norm.slice(fig.end, fig.end + 40))) return null;
  const atFigure = metricAtFigure(norm, fig, base, sentStart);
  if (atFigure !== undefined) return atFigure;
  // ("spends about 1.6 yuan on research for every yuan of revenue": what is spent on R&D per yuan earned, not a loss)
  if (base === 'loss-per-revenue' && fig.kind === 'money' && choice.cue && choice.cue.start > fig.end && /(?<![a-z])on (?:research|r&d|research and development)(?![a-z])/.test(norm.slice(fig.end, choice.cue.start))) return 'rd-ratio';
  // "6% above our estimate", "2% short of consensus": how far a figure beat a forecast, not a change over time
  // (and "beat market expectations by more than 11%", "比市场一致预期高出约11%": the beat told before the percent)
  if (fig.unit === 'percent' && (VERSUS_ESTIMATE_AFTER.test(norm.slice(fig.end, fig.end + 60)) || VERSUS_ESTIMATE_BEFORE.test(norm.slice(Math.max(sentStart, fig.start - 60), fig.start)))) return null;
  const ofRevenue = fig.unit === 'percent' && OF_REVENUE_AFTER.test(norm.slice(fig.end, fig.end + 60));
  const shareOfNamed = ofRevenue || (fig.unit === 'percent' && OF_TOTAL_AFTER.test(norm.slice(fig.end, fig.end + 60)));
  // ("generative AI contributed RMB2.41 billion, or about 80%": an amount restated as its share of the whole)
  const orShare = fig.unit === 'percent' && OR_SHARE_BEFORE.test(norm.slice(Math.max(0, fig.start - 60), fig.start)) && /^\s?(?:[.;,)]|$)/.test(norm.slice(fig.end, fig.end + 2));
  const isShare = shareOfNamed || orShare || (fig.unit === 'percent' && SHARE_VERB_BEFORE.test(norm.slice(Math.max(0, fig.start - 40), fig.start)));
  // ("about 71% of it went on compute": a share of something said before, which the words do not name; not "70% of it
  // earned abroad", where the words say which part of the revenue)
  // ("In the first half, the market was worth 16.4 billion yuan. Volcano Engine held 41.2% of it": of the market just named)
  if (fig.unit === 'percent' && /^\s?of (?:it|that|this|them|those)(?![a-z])(?!,? (?:earned|generated|made|coming|came|comes|from|abroad|overseas))/.test(norm.slice(fig.end, fig.end + 30))) {
    return MARKET_JUST_NAMED.test(norm.slice(Math.max(0, fig.start - 160), fig.start)) ? 'market-share' : null;
  }
  // "capture 25% of a $250 billion market", "15% of China's AI market"
  if (fig.unit === 'percent' && /^\s?of (?:a |the )?(?:[$¥]?[\d.,]+\s?(?:[a-z]+\s)?)?(?:[a-z'’-]+\s){0,4}market(?![a-z])/.test(norm.slice(fig.end, fig.end + 60))) return 'market-share';
  // ("handled 49.2% of all large-model tokens processed on public clouds in China": a share of the whole market's volume)
  // (and "handled 46.4% of large-model token calls on China's public clouds": the calls of a kind, all of them)
  if (fig.unit === 'percent' && /^\s?of (?:all (?:[a-z'’-]+\s){0,3}(?:tokens|token calls|api calls|model calls|calls|traffic|requests)|(?!(?:its|their|our|the company's|the group's)\s)(?:[a-z'’-]+\s){0,3}(?:token calls|api calls|model calls))(?![a-z])/.test(norm.slice(fig.end, fig.end + 60))) return 'market-share';
  // "研发人员占比约74%", "占百度核心收入的26%", "a 30% share": a share, not a change
  // (within the figure's own headline clause: "收入佔比近八成 經調整虧損收窄32%" is two, a space between)
  const shareBefore = fig.unit === 'percent' && SHARE_BEFORE.test(norm.slice(Math.max(0, fig.start - 28), fig.start).replace(/^.*[\u3400-\u9fff\d]\s+(?=[\u3400-\u9fff])/, ''));
  if (shareBefore && !isShare && base !== null) {
    // "研发开支占收入比例超过700%": the share belongs to what comes before 占
    const window = norm.slice(Math.max(0, fig.start - 16), fig.start);
    const zhan = Math.max(window.lastIndexOf('占'), window.lastIndexOf('相当于'));
    if (zhan >= 0) {
      // ("算力服务费用…约占研发投入的70%": a share of the R&D spending, which no metric of the vocabulary names)
      if (/^(?:占|相当于)(?:其|公司)?(?:研发|研發)/.test(window.slice(zhan))) return null;
      const c = cues[lowerBound(cues, fig.start - 16 + zhan) - 1];
      if (c && c.start >= sentStart && c.metric === 'rd-expense') return 'rd-ratio';
      // ("资本开支约1250亿元，相当于收入的14%": capex set against revenue, as "capex came to 12.5% of revenue")
      if (c && c.start >= sentStart && c.metric === 'capex' && window.startsWith('相当于', zhan)) return 'other:capex-ratio';
    }
    if (base === 'rd-expense') return 'rd-ratio';
    if (base === 'api-revenue') return 'api-revenue-share';
    // "the R&D expense ratio was 323%": the cue already names the ratio
    if (base === 'rd-ratio' || base === 'api-revenue-share' || base === 'gross-margin' || base === 'other:net-margin' || base === 'other:collection-rate') return base;
    if (base === 'other:revenue-share' && choice.cue && partNamedBefore(norm, choice.cue.start)) return 'other:segment-revenue-share';
    if (base === 'market-share' || base === 'other:revenue-share') return base;
    // "2025年上半年中国公有云大模型调用量中，火山引擎占49.2%": a share of a whole market's volume is a market share
    // (and "the market was worth 6.83 billion yuan, with Volcano Engine's share at 31.5%": a share of the market's size)
    if (base === 'call-volume-change' || base === 'other:daily-tokens' || base === 'market-size') return 'market-share';
    if (base === 'revenue') return /(?<!应)占[^，。,;；增升降减跌涨]{0,14}$/.test(norm.slice(Math.max(0, fig.start - 16), fig.start)) && choice.cue && isSegmentCue(norm, choice.cue) ? 'other:segment-revenue-share' : 'other:revenue-share';
    // (a share named by its cue is that share: "绿电占比提升至61%")
    if (/-share$/.test(base)) return base;
    return `other:${base.replace(/^other:/, '')}-share` as MetricId;
  }
  if (isShare) {
    // "X% of revenue": whose share is named by the nearest cue before it (R&D, API, a segment)
    const c = cues[lowerBound(cues, fig.start) - 1];
    const subject = c && c.start >= sentStart ? c.metric : null;
    if (subject === 'rd-expense') return 'rd-ratio';
    if (subject === 'api-revenue') return 'api-revenue-share';
    if (c && ((subject === 'revenue' && isSegmentCue(norm, c)) || subject === 'other:segment-revenue')) return 'other:segment-revenue-share';
    // (what a part contributed, restated: "with generative AI contributing RMB2.41 billion, or about 80%")
    if (orShare && /(?<![a-z])contribut(?:ed|es|ing)\s[^,;]*,\sor\s[a-z ]*$/.test(norm.slice(Math.max(sentStart, fig.start - 80), fig.start))) return 'other:segment-revenue-share';
    if (subject === 'capex') return 'other:capex-ratio';
    // (a loss's share of sales, "its net loss came to 40% of revenue"; not past a clause whose own subject makes up the
    // share, "narrows first-half loss as generative AI reaches 78 per cent of sales")
    if ((subject === 'net-loss' || subject === 'adjusted-net-loss') && !NEW_SUBJECT_SHARE.test(norm.slice(c!.end, fig.start))) return 'other:net-margin';
    // ("Rides outside China made up 8% of the quarter's total": a share of rides, users or tokens, which no metric of
    // the vocabulary names; not a share of revenue)
    // (nor, said only with "accounted for", a share of something the sentence does not say is revenue)
    if (!ofRevenue && (subject !== null ? !/revenue|sales|income/.test(subject) : !shareOfNamed)) return null;
    return 'other:revenue-share';
  }
  if (fig.unit === 'parameters') return 'parameters';
  // "a $250 billion market", "a 50 billion yuan AI market": the size of a market (not its cap or value)
  if (fig.kind === 'money' && MARKET_AFTER.test(norm.slice(fig.end, fig.end + 30))) return 'market-size';
  // "R&D spending reached $201 million, or 1.33 times revenue", "研发开支……接近营收的4倍": a spending or a loss as a
  // multiple of revenue is a ratio of the two, not a valuation multiple nor growth
  // (and "市值相当于明年预测收入约25倍": a market value as a multiple of revenue is a price-to-sales multiple)
  // (and "市值约2,200亿港元，相当于我们预测2026年收入约18亿元人民币的100倍以上": the revenue's amount told before 的)
  // (and "以400亿美元估值计算，相当于去年收入逾180倍": past a word for more than)
  const zhOfRevenue = fig.kind !== 'multiple' ? null : /(?:营收|收入|营业收入)(?:[^，。；,;]{0,24}?的)?\s?(?:约|近|逾|超过)?$/.exec(norm.slice(Math.max(sentStart, fig.start - 40), fig.start));
  if (fig.kind === 'multiple' && (TIMES_REVENUE_AFTER.test(norm.slice(fig.end, fig.end + 24)) || zhOfRevenue)) {
    const from = zhOfRevenue ? fig.start - zhOfRevenue[0].length : fig.start;
    // (past the revenue of an earlier item of a list: "相当于去年收入逾180倍、今年预测收入约85倍")
    let at = lowerBound(cues, from) - 1;
    while (at > 0 && cues[at]!.metric === 'revenue' && cues[at]!.start >= sentStart && LIST_GAP_ZH.test(norm.slice(cues[at]!.end, from))) at--;
    const c = cues[at];
    const subject = c && c.start >= sentStart ? c.metric : null;
    if (subject === 'rd-expense') return 'rd-ratio';
    if (subject === 'net-loss' || subject === 'adjusted-net-loss') return 'loss-per-revenue';
    if ((subject === 'market-cap' || subject === 'valuation') && zhOfRevenue) return 'price-to-sales';
  }
  // "50x sales", "30x earnings": a valuation multiple
  // (and "trades at about 40 times this year's expected sales", "25 times forward revenue")
  // (and "about 58 times forecast sales for this year", "4.8 times forecast 2026 revenue", "1.9x our 2027E sales")
  // (and "120 and 48 times their annualised first-half sales", "5.5x fiscal 2028 EV/sales", "61x 2026E and 28x 2028E earnings":
  // past the next item of a list of multiples, and what the sales or earnings are said to be)
  if (fig.kind === 'multiple' && EV_SALES_AFTER.test(norm.slice(fig.end, fig.end + 60))) return 'other:ev-to-sales';
  // ("给予公司2027年12倍PS", "给予2026年40倍PE", "约25倍市盈率", "9x 2027E PS": a multiple followed at once by the name
  // of a valuation ratio is that ratio)
  if (fig.kind === 'multiple') {
    const named = RATIO_NAMED_AFTER.exec(norm.slice(fig.end, fig.end + 12)) ?? RATIO_NAMED_BEFORE.exec(norm.slice(Math.max(sentStart, fig.start - 40), fig.start));
    if (named) return named[1] ? 'price-to-sales' : 'other:pe-ratio';
  }
  // (and "78 times consensus 2026 revenue": the street's forecast, as for earnings below; "38 times her 2026 revenue
  // estimate": an analyst's own)
  if (fig.kind === 'multiple' && new RegExp(String.raw`^\s?${MULTIPLE_LIST_NEXT}${CONSENSUS_TAG}?${MULTIPLE_YEAR_TAG}?(?:its |their )?${MULTIPLE_ADJ}*${MULTIPLE_YEAR_TAG}?(?:sales|revenues?)(?![a-z])`).test(norm.slice(fig.end, fig.end + 60))) return 'price-to-sales';
  // (and "18 times next year's forecast cloud revenue", "24 times this year's expected Kling revenue": a unit named between
  // the forecast word and the sales; growth is told against a past year, never against a forecast)
  if (fig.kind === 'multiple' && new RegExp(String.raw`^\s?${MULTIPLE_YEAR_TAG}?(?:its |their )?(?:expected|forward|estimated|projected|forecast) (?:[a-z][\w.-]* ){1,2}(?:sales|revenues?)(?![a-z])`).test(norm.slice(fig.end, fig.end + 70))) return 'price-to-sales';
  // (and, where the sentence values the company or its shares, "about 58 times its forecast 2027 sales", "230 times the
  // revenue analysts expect for this year", "62 times analysts' 2027 sales estimates")
  if (fig.kind === 'multiple' && DETERMINED_SALES_AFTER.test(norm.slice(fig.end, fig.end + 40)) && VALUING_BEFORE.test(norm.slice(sentStart, fig.start))) return 'price-to-sales';
  // (and "11 times 2027 earnings", "20x next year's forecast earnings", "9.8 times its 2025 net profit")
  // (and "15x consensus 2027 earnings", "20 times analysts' average earnings estimate": a forecast of the street's)
  if (fig.kind === 'multiple' && new RegExp(String.raw`^\s?${MULTIPLE_LIST_NEXT}${CONSENSUS_TAG}?${MULTIPLE_YEAR_TAG}?(?:its |their )?${MULTIPLE_ADJ}*${MULTIPLE_YEAR_TAG}?(?:(?:net |after-tax )?(?:earnings|profits?)|net income)(?![a-z])`).test(norm.slice(fig.end, fig.end + 60))) return 'other:pe-ratio';
  // ("212 million cumulative users in more than 200 countries", "覆盖200多个国家和地区": a count of places is no count of users,
  // customers or anything else the sentence names)
  if (fig.kind === 'count' && /^\s?(?:(?:countries|regions|markets|cities|territories|provinces|languages)(?![a-z])|多?个?(?:国家|城市|地区|市场|省份)|种语言)/.test(norm.slice(fig.end, fig.end + 14))) return null;
  // ("based on 14x 2027E EV/sales, a discount to Zhipu's 26x": a multiple set beside another with "a discount to", "a
  // premium to", is a multiple of the same kind, never a change in price)
  if (fig.kind === 'multiple' && base === 'price-change') {
    for (let j = lowerBound(cues, fig.start) - 1; j >= 0 && cues[j]!.start >= sentStart; j--) {
      if (VALUATION_MULTIPLES.has(cues[j]!.metric)) return cues[j]!.metric as MetricId;
    }
    return null;
  }
  if (base === null) return null;
  if (base === 'other:revenue-share') {
    // ("其中海外收入占比约35%", "overseas revenue share": the share of a part of the business)
    if (choice.cue && (partNamedBefore(norm, choice.cue.start) || OVERSEAS_SHARE_CUE.test(norm.slice(choice.cue.start, choice.cue.end)))) return 'other:segment-revenue-share';
    return /api/.test(norm.slice(Math.max(0, (choice.cue?.start ?? fig.start) - 80), fig.start)) ? 'api-revenue-share' : 'other:revenue-share';
  }
  const ratioLike = fig.kind === 'percent' || fig.kind === 'change' || fig.kind === 'multiple';
  if (fig.kind === 'count' && base === 'funding' && !fig.scaled) return 'other:funding-rounds';
  if (fig.kind === 'money' || (fig.kind === 'count' && fig.unit !== null)) {
    if (base === 'share-price' && fig.kind !== 'money') return null;
    if (fig.kind === 'money') {
      const perUnit = perUnitMetric(norm, fig, base, sentStart);
      if (perUnit !== undefined) return perUnit;
    }
    if (base === 'net-profit' && fig.value < 0) return 'net-loss';
    if (base === 'other:net-profit-excl-nonrecurring' && fig.value < 0) return 'other:net-loss-excl-nonrecurring';
    if (base === 'revenue-growth') return 'revenue';
    if (base === 'price-change') return 'other:price';
    // a rise or fall by an amount: the change of the metric, in money ("回款同比增加13.5亿元")
    if (fig.kind === 'money' && MONEY_METRICS.has(base) && amountChange(norm.slice(Math.max(sentStart, fig.start - 24), fig.start)) !== 0) {
      return `other:${base.replace(/^other:/, '')}-increase` as MetricId;
    }
    return base;
  }
  if (ratioLike) {
    const levelMetrics = new Set<string>(['gross-margin', 'other:segment-gross-margin', 'other:net-margin', 'other:operating-margin', 'market-share', 'rd-ratio', 'benchmark-mmlu', 'benchmark-ceval', 'price-to-sales', 'other:ev-to-sales', 'other:pe-ratio', 'revenue-growth', 'other:collection-rate', 'api-revenue-share', 'other:revenue-share']);
    if (base === 'share-price') return 'stock-change';
    if (base === 'price-change' || base === 'call-volume-change') return base;
    if (fig.kind === 'multiple' && (base === 'price-to-sales' || base === 'other:ev-to-sales' || base === 'other:pe-ratio' || base === 'loss-per-revenue')) return base;
    // (a number of percentage points is never a level: "an improvement of 10.6 percentage points" is the margin's change)
    if (levelMetrics.has(base) && fig.direction === 0 && fig.unit !== 'percentage-points') return base;
    // "3x higher than Baidu's", "10x the revenue": a comparison, not a change over time
    // ("put its valuation at 52 times her forecast for this year's sales": a valuation as a multiple of sales)
    if (fig.kind === 'multiple' && (base === 'valuation' || base === 'market-cap') && /^\s?(?:(?:its|the|her|his|their|our|this year's|next year's|forecast|estimated|expected|projected|forward|trailing|[0-9]{4})\s){0,6}(?:for\s(?:this|next) year's\s)?(?:sales|revenues?)(?![a-z])/.test(norm.slice(fig.end, fig.end + 60))) return 'price-to-sales';
    // (but "6.3 times the level a year earlier", "2.4 times the previous year's level": a change over time, its growth)
    if (fig.kind === 'multiple' && MULTIPLE_OF_EARLIER.test(norm.slice(fig.end, fig.end + 60))) return growthOf(base);
    if (fig.kind === 'multiple' && /^\s?(?:(?:higher|more|larger|bigger|greater|lower|less|smaller|cheaper) than|the |above |below )/.test(norm.slice(fig.end, fig.end + 20))) {
      return `other:${base.replace(/^other:/, '').replace(/-(?:growth|change)$/, '')}-multiple` as MetricId;
    }
    if (fig.unit === 'percentage-points' || fig.direction !== 0) {
      // 减亏40.37%, "loss narrowed": a change of the loss, even where the cue named the (negative) profit
      const lossNarrowed = /(?:减亏|亏损收窄|loss(?:es)? narrow\w*(?: by)?)\s?$/.test(norm.slice(Math.max(0, fig.start - 16), fig.start));
      const lossBase = base === 'net-profit' ? 'net-loss' : base === 'other:net-profit-excl-nonrecurring' ? 'other:net-loss-excl-nonrecurring' : base;
      let m = lossNarrowed ? (lossBase === 'net-loss' ? 'other:net-loss-change' : (`other:${lossBase.replace(/^other:/, '')}-change` as MetricId)) : growthOf(base);
      // (said of this figure: after it in its own clause, or between the clause's start and it: "同比增长21.7%,环比增长12.1%")
      // (and 按季, "from the prior quarter", "quarter on quarter", "较上季的…减少9%": Hong Kong and wire wordings of a sequential change)
      // (up to the next figure: "up 5.6% YoY and 4% QoQ" gives the first no "QoQ")
      // (nor past the end of an English sentence: "on revenue of 7.26 billion yuan, up 19.3%. Quarter on quarter, revenue …")
      const ownAfter = /^(?:[^,;，；。.\d]|\.(?!\s|$))*/.exec(norm.slice(fig.end, fig.end + 40))?.[0] ?? '';
      // (and back only to the figure before it: "按季增8%、按年增31%" gives the second no 按季)
      // ("quarter-on-quarter revenue growth of 37%": the words of the comparison, then the metric's)
      // (not past a conjunction: "down 11% from the previous three months but up 22% year on year")
      const ownBefore = (/[^,;，；。、%]*$/.exec(norm.slice(Math.max(sentStart, fig.start - 48), fig.start))?.[0] ?? '').replace(/^.*\s(?:but|and|while|whereas)\s/, '');
      // ("Quarter on quarter, cloud sales rose 7%", "环比来看，…增长5%": a sentence opened by the comparison, for its changes
      // that name no other)
      const opened = QOQ_OPENING.test(norm.slice(sentStart, fig.start)) && !YOY_OWN.test(ownAfter) && !YOY_OWN.test(ownBefore);
      // ("up 31% from 448 million yuan in the previous quarter": counted from the quarter before, past the value it was)
      const fromPrevQuarter = FROM_VALUE_PREV_QUARTER.test(norm.slice(fig.end, fig.end + 80));
      if (QOQ.test(ownAfter) || QOQ.test(ownBefore) || QOQ_BEFORE_TW.test(ownBefore) || opened || fromPrevQuarter) {
        m = sequentialOf(m);
      }
      // ("down 10% HoH", "half on half", "按半年": against the half just before)
      else if (HOH.test(ownAfter) || HOH.test(ownBefore)) m = halfOnHalfOf(m);
      return m;
    }
    // ("Revenue from the MaaS platform jumped 246% to 484 million yuan, lifting its share of the total to 40.8% from 27.2%": the
    // part's share of the whole, told of the revenue the sentence names)
    if (fig.unit === 'percent' && (base === 'revenue' || base === 'other:segment-revenue' || base === 'api-revenue') && PART_SHARE_OF_TOTAL_BEFORE.test(norm.slice(Math.max(sentStart, fig.start - 70), fig.start))) {
      return base === 'revenue' ? 'other:revenue-share' : base === 'api-revenue' ? 'api-revenue-share' : 'other:segment-revenue-share';
    }
    // a bare percentage next to a money metric: still its change ("revenue 34%" is rare; keep the base when level), and a
    // sequential one where its own words say so ("up 5.6% YoY and 4% QoQ")
    // (not "already about 60 per cent of the 24.8 billion yuan the unit booked in 2025": a part of an amount told)
    if (MONEY_METRICS.has(base) && /^\s?of (?:the |its |their )?(?:about |roughly |some |nearly )?(?:(?:us|hk|rmb)\s?)?[$¥]?\d/.test(norm.slice(fig.end, fig.end + 30))) return null;
    if (MONEY_METRICS.has(base)) {
      const m = growthOf(base);
      return QOQ_AFTER.test(norm.slice(fig.end, fig.end + 40)) ? sequentialOf(m) : m;
    }
    return base;
  }
  return base;
}

const MOVE_VERB = String.raw`(?<![a-z])(?:rose|jumped|fell|added|climbed|gained|slid|dropped|surged|declined|lost|advanced|slipped|tumbled|soared|sank|plunged|rallied|shed|closed (?:up|down))`;
const MOVED_BEFORE = new RegExp(`${MOVE_VERB}\\s(?:as much as |about |nearly |more than |over |another |a further )?$`);
// "to a record HK$612", "at a closing high of HK$588": where a move took a price per share
// (and "gained 3.2% to close at HK$288.4", "to end at")
const TO_PRICE = String.raw`(?:to|at)\s(?:(?:close|end|finish|settle) at\s)?(?:a record |an all-time high of |a high of |a low of |a closing high of |a record high of )?(?:hk|us|s)?\$`;
const TO_PRICE_AFTER = new RegExp(String.raw`^\s?${TO_PRICE}\s?\d[\d,.]*(?![\d,.])(?!\s?(?:bn|billion|million|mn|tn|trillion|[kmb])(?![a-z]))`);
const MOVED_TO_BEFORE = new RegExp(String.raw`${MOVE_VERB}\s(?:as much as |about |nearly |more than |over |another |a further )?[\d.]+\s?(?:%|per cent|percent)\s${TO_PRICE}?$`);
// (and "MiniMax（0100）累升195%", "智譜上市以來累升約240%": the cumulative move since a date the sentence gives)
const ZH_MOVED_AFTER_NAME = /^\s?(?:[(（]\s?[0-9]{3,6})?(?:\.hk)?\s?[)）]?\s?(?:股价)?\s?(?:午后|早盘|收盘|今年以来|年初至今|上市以来|挂牌以来)?\s?(?:逆市|逆势)?\s?(?:累计|累)?(?:收涨|收跌|大涨|大跌|急升|急跌|上涨|下跌|涨|跌|升)\s?(?:约|近|逾|超)?\s?$/;
// a clause opened by "when" right after a listing is named
const DEBUT_WHEN_BEFORE = /(?<![a-z])(?:debut|listing|ipo|flotation|initial public offering)\s?,\s(?:when|at which)\s(?:[^,;.]|\.(?=\d))*$/;
// "and has gained", "have fallen"
// (and "… and are up 41% since the start of the year": the shares' verb said with "up" or "down")
const HAS_MOVED_BEFORE = /(?<![a-z])(?:(?:has|have|had) (?:gained|risen|rallied|climbed|jumped|surged|soared|fallen|dropped|lost|slumped|tumbled|declined)|(?:are|were|is|was) (?:now )?(?:up|down))\s(?:about |nearly |more than |over |almost |some )?$/;
// "extending its loss this week to", "paring its gain for the year to"
export const RUN_EXTENDED_BEFORE = /(?<![a-z])(?:extend(?:s|ed|ing)?|par(?:e|es|ed|ing)|trim(?:s|med|ming)?|cut(?:s|ting)?|tak(?:e|es|ing)|took|bring(?:s|ing)?|brought|widen(?:s|ed|ing)?|deepen(?:s|ed|ing)?)\s(?:its|their|the)\s(?:[a-z-]+\s)?(?:loss(?:es)?|gains?|decline|slide|fall|drop|rally|rise|advance|slump|rout)\s(?:[a-z0-9-]+\s){0,5}?(?:to|at)\s(?:about |around |nearly |more than |over )?$/;
// the words of a stock-market report
export const MARKET_REPORT_WORDS = /(?<![a-z])(?:index|indices|hang seng|stocks|bourse|stock exchange|main board|southbound|northbound|trading (?:volume|value)|market turnover|shares (?:rose|fell|closed|ended|gained|slid|dropped))(?![a-z])/;
// a move verb right after a company's name ("Zhipu slid", "MiniMax's shares gained")
const MOVED_RIGHT_AFTER_NAME = new RegExp(`^(?:'s|’s)?(?:\\s(?:shares|stock))?\\s${MOVE_VERB.replace('(?<![a-z])', '')}\\s(?:as much as |about |nearly |more than |over |another |a further )?$`);
/** Whether a company is named right before the move verb of the figure ("Zhipu slid 6.5%", "MiniMax's shares gained 3%"). */
const NAME_MOVED_BEFORE = (norm: string, mentions: Mention[], fig: RawFigure, ss: number): boolean => {
  const m = mentions[lowerBound(mentions, fig.start) - 1];
  return !!m && m.start >= ss && m.entity !== null && MOVED_RIGHT_AFTER_NAME.test(norm.slice(m.end, fig.start));
};
// (and the later items of its list: "raised its 2026 and 2027 revenue forecasts by 3% and 5%", "将2026年及2027年收入预测
// 分别上调8%及11%")
const ESTIMATE_REVISED_BY =
  /(?:(?<![a-z])(?:rais(?:e|es|ed|ing)|cut(?:s|ting)?|lower(?:s|ed|ing)?|trim(?:s|med|ming)?|lift(?:s|ed|ing)?|boost(?:s|ed|ing)?|revis(?:e|es|ed|ing)(?: up| down)?)\s(?:our |its |their |the |his |her )?(?:[a-z0-9/-]+\s){0,5}(?:forecasts?|estimates?|projections?|targets?|guidance)\s(?:for [^,;]{0,30})?by|(?:预测|预期|预估|估计|目标)(?:值)?\s?(?:分别|均|各)?\s?(?:上调|下调|调高|调低|上修|下修|调升|调降)(?:了)?)\s?(?:about |around |roughly |约)?\s?(?:\d[\d.]*\s?(?:%|percent|per cent)\s?(?:,\s?and|and|及|和|与|、|,|\/)\s?)*$/;
const TARGET_MOVED_BEFORE = /(?<![a-z])(?:rais|cut|lower|trim|lift|boost)[a-z]*\s(?:its |their |his |her |the |our )?(?:price )?targets?\s$/;
const DISCOUNT_BEFORE = /(?:折让|折价|discount of)\s?(?:约|about )?$/;
const DISCOUNT_AFTER = /^\s?(?:discount|折让)/;
// ("a HK$680 target, implying 24% upside", "有约21%的上行空间": how far a target lies from the price, no move of the shares)
// (and "a HK$1,050 target, about 6% below Friday's close": a target told against the price)
const UPSIDE_AFTER = /^\s?(?:(?:potential |further )?(?:upside|downside)(?![a-z])|的?\s?(?:潜在)?(?:上行|下行|上涨|下跌|上升)空间|的?\s?潜在(?:升|涨|跌|上升|上涨|下跌)幅|(?:below|above) (?:the |its |their |[a-z]+day's |the day's |last )?(?:close|closing price|current (?:share )?price|share price|market price|last price)(?![a-z]))/;
// ("两市融资余额为2.46万亿元", "margin financing rose to HK$120 billion": money lent to buy shares, no company's funding)
const MARGIN_FINANCING = /融资余额|融资买入额?|两融余额|融资融券余额|融券余额|(?<![a-z])margin (?:financing|debt|loans?|lending)(?: balances?)?(?![a-z])/;
const MARGIN_FINANCING_BEFORE = new RegExp(`(?:${MARGIN_FINANCING.source})[^，。,;；\\d]{0,16}$`);
// ("沽空比率高達27.4%", "卖空比例为12%": the share of a day's trading sold short; "沽空金額1.63億元": the value sold short)
const SHORT_SELLING_BEFORE = /(?:沽空|卖空|賣空)(比率|比例|金额|金額|额|額)?[^，。,;；\d]{0,6}$/;
// ("with 78.4% of the tradable shares changing hands", "about 27% of the total shares": a part of a company's shares, no
// growth of anything
const OF_SHARES_AFTER = /^\s?of (?:the |its |their |the company's )?(?:(?:tradable|tradeable|free-float|free float|outstanding|issued|total|listed|h|a) )*(?:shares|stock|float|share count)(?![a-z'’])/;
// ("traded at a 48% premium to its Hong Kong stock", "H股较A股折价35%": the gap between two prices of one company's shares,
// not a move)
const PREMIUM_AFTER = /^\s?(?:premium|discount) (?:to|over|on)(?![a-z])/;
// (and "A/H溢价率升至46%", "A股相对H股溢价约46%")
const PREMIUM_BEFORE_ZH = /(?:溢价|折价|溢價|折價)率?[^，,。；;\d]{0,6}$/;
const WHOLE_MARKET_TURNOVER = /(?:主板|大市|全市场|两市|沪深|港股|a股|(?<![a-z])(?:market|main board|exchange-wide|bourse-wide))\s?(?:全日|全天|当日|今日|整体)?\s?(?:turnover|成交)/;
const TIMES_REVENUE = /(?:相当于|相當於|为|是)(?:其|公司)?(?:同期)?(?:收入|营收|总收入)(?:的)?\s?(?:逾|约|近|超过|超)?\s?[\d.]+\s?倍/;
const TURNOVER_BEFORE = /(?:(?<![a-z])turnover(?![a-z])[^.;,]{0,16}|成交(?:金)?额[^，,。；;\d]{0,6})$/;
const TRADING_WORDS = /(?<![a-z])(?:shares?|stocks?|stock exchange|bourse|traded|trading|changing hands|changed hands|market value|market capitali[sz]ation|hang seng|index|(?:opened|closed) (?:up|down|at))(?![a-z])|收报|收盘|换手|市值|股价|港股|a股|恒指|恒生/;
const LEGAL_BEFORE = /(?:(?<![a-z])(?:(?:ordered|agreed|told|required|forced|must|will have) to pay|fined(?: [a-z]+)?|(?:a |the )?(?:fines?|penalty|penalties|damages|compensation|settlement|provision) of|(?:confiscated|forfeit(?:ed)?)(?: [a-z]+){0,3}|claims? of)\s(?:about |around |roughly |some |nearly |more than |over |at least |up to |a further |another )?(?:us|hk|rmb)?[$¥€]?\s?|(?:判赔|判令赔偿|赔偿|罚款|罚金|索赔|赔付|处以|并处|没收违法所得|计提(?:诉讼)?(?:拨备|准备)?)[^，,。；;\d]{0,8})$/;
const LEGAL_AFTER = /^\s?(?:\([^()]{0,30}\)\s?)?(?:in (?:damages|fines|compensation|penalties|legal costs)|(?:fine|penalty|settlement)(?![a-z])|(?:的)?(?:罚款|赔偿|罚金|索赔))/;
const SOUGHT_BEFORE = /(?<![a-z])(?:(?:is|are|was|were) seeking|seeks|sought|claiming)\s(?:about |around |roughly |some |nearly |more than |over |at least |up to )?(?:us|hk|rmb)?[$¥€]?\s?$/;
const SOUGHT_AFTER = /^\s?(?:\([^()]{0,30}\)\s?)?(?:the )?(?:[a-z]+ )?(?:had |has |have )?(?:sought|claimed)(?![a-z])/;
const LEGAL_CONTEXT = /(?<![a-z])(?:court|courts|suit|lawsuit|sued|sues|damages|plaintiffs?|arbitration|tribunal|complaint|infring\w*|copyright|patent|judge|ruling|ruled)(?![a-z])|法院|起诉|诉讼|判决|仲裁|侵权|原告/;
const DEAL_AFTER = /^\s?(?:\([^()]{0,30}\)\s?)?(?:(?:[a-z-]+\s){0,2}(?:contract|order|supply agreement|lease|procurement)s?|(?:server|chip|compute|computing|cloud|gpu|supply|data-?cent(?:re|er)|leasing|hardware)\s(?:[a-z-]+\s)?deal)(?![a-z])(?!\s(?:value|backlog))|^\s?的?(?:[\u4e00-\u9fff]{0,6})?(?:订单|合同|采购协议|租赁协议)(?![额价])/;
const AT_A_VALUATION_AFTER = /^\s?(?:\([^()]{0,30}\)\s?)?,?\s?(?:at|with) an? (?:(?:post|pre)-money )?(?:valuation|(?:us|hk|rmb)?[$¥]?\s?\d[\d.,]*\s?(?:billion|bn|million|mn|trillion)?\s?(?:yuan|dollars?)?\s?(?:post-money |pre-money )?valuation)(?![a-z])/;
const ROUND_ENLARGED_BEFORE = /(?:该轮|本轮|这一?轮|此轮|(?<![a-z])(?:the|a|that) (?:round|tranche|raise))[^，,。；;.]{0,16}?(?:扩大至|扩大到|增至|扩容至|(?<![a-z])(?:enlarged|expanded|increased|upsized|raised|lifted) to)\s?(?:约|about |around |roughly |more than )?(?:us|hk|rmb)?[$¥]?\s?$/;
const ROUND_DID_BEFORE = /(?<![a-z])(?:round|financing)(?![a-z])[^.;:]{0,40}?\s(?:(priced|valued) (?:it|the company|the start-?up|the firm|the group) at|brought in|raised|pulled in|drew)\s(?:about |around |roughly |some |nearly |more than |over |just over |just under )?(?:us|hk|rmb)?[$¥]?\s?$/;
const PLACEMENT = /(?<![a-z])(?:placements?|placings?|placed (?:new )?shares|top-up|follow-on offering)(?![a-z])|配售|配股|先旧后新|增发/;
const LISTED_BEFORE = /(?<![a-z])(?:listed|went public|floated|(?:its|their|an?) (?:[a-z]+ ){0,2}(?:ipo|initial public offering|listing))(?![a-z])|上市/;
// "the HK$4.2 billion ($538 million) raised in the listing" (and, after money raised, "in the offering", "from the Shanghai
// offering", "in their Hong Kong listings", "in Shanghai IPO": where the money came from, said right after it)
const RAISED_IN_LISTING_AFTER = /^(?:\s?\([^)]{0,30}\))?\s?(?:(?:it |that )?raised )?(?:in|at|through|from|by) (?:the |its |their |an? )?(?:[a-z]+ )?(?:hong kong |shanghai |star market )?(?:listings?|ipos?|initial public offerings?|flotation|offering)(?![a-z])/;
// "HK$4.2bn of net proceeds from its January listing": what the listing raised, wherever the sentence puts it
// (and "the HK$4.3 billion raised in its January initial public offering")
const PROCEEDS_OF_LISTING_AFTER = /^(?:\s?\([^)]{0,30}\))?\s?(?:(?:of |in )?(?:net |gross )?proceeds (?:from|of)|raised (?:in|from|through|by|at)) (?:the |its |their )?(?:[a-z]+ )?(?:hong kong |shanghai )?(?:listing|ipo|initial public offering|flotation)(?![a-z])/;
// "上市集资净额约43亿港元及其后的配售": the listing's proceeds, though a later placement is named after them
const LISTING_CUE_BEFORE = /(?:上市|(?<![a-z])(?:listing|ipo|initial public offering))[^,，;；。.]{0,8}$/;
const OF_THAT_FROM_AFTER = /^\s?of (?:that|it|this|the total|which|its revenue|the revenue)\s(?:coming|came|comes|to come|generated|earned|derived|expected to come)\s(?:from|by)\s/;
// (and "with marketing services up 21%", "and online marketing down 11%": a part and its move, the verb left out)
const PART_MOVED_BEFORE = /(?<![a-z])(?:with|and|while)\s(?:the |its |their )?([a-z][a-z/&\- ]{2,60}?)\s(?:revenue\s|sales\s)?(?:up|down|rising|falling|growing|climbing|gaining|declining|dropping|sliding|slipping|jumping|surging)\s(?:by\s)?(?:about |around |roughly |nearly |almost |more than |over |some )?$/;
/** A list item's phrase up to what follows its head ("on-premise deployments for state-owned enterprises"). */
const listItemHead = (phrase: string): string => phrase.replace(/\s(?:for|of|to|from)\s.*$/, '');
/** What part of the company a list item's phrase names, by its head (see partKind). */
const partOfListItem = (phrase: string) => partKind(listItemHead(phrase));
// (lines of business named by what they sell, beside the heads partKind knows: "online marketing", "domestic games")
const LINE_OF_BUSINESS_END = /(?<![a-z])(?:marketing|advertising|ads|games|gaming|fintech|e-commerce)$/;
const PART_AT_BEFORE = /(?<![a-z])(?:with|and|while)\s(?:the |its |their )?([a-z][a-z/&\- ]{2,70}?)\s(?:at|of)\s(?:about |around |roughly |nearly )?(?:us|hk|rmb)?\$?\s?$/;
// (and "48 times forecast 2027 revenue and Zhipu at 30 times": a year between, the next company and "at" after the "and")
const MULTIPLE_COMPARED_GAP = /^(?=.{0,130}$)(?:[^.;:\d]|(?<![\d.])(?:19|20)\d\d(?![\d.]))*?(?:compared with|compared to|versus|vs\.?|against|and|,)\s(?:[a-z0-9.&'’-]+\s){0,2}?(?:(?:at|on|with|trades at)\s)?(?:some |about |around |roughly |nearly )?$/;
// (and "shed about HK$20 billion in market value")
const MARKET_VALUE_AFTER = /^\s?(?:(?:off|from|to) (?:the |its |their |[a-z]+'s )?(?:[a-z-]+ ){0,2}|(?:in|of) )market (?:value|capitali[sz]ation|cap)(?![a-z])/;
// ("Baidu's c.59% stake is worth c.HK$106bn at current prices": what a holding in another company is worth, no market
// value of the holder)
const STAKE_WORTH_BEFORE = /(?<![a-z])(?:stake|holding|shareholding)s? (?:in [a-z .]+ )?(?:is |was |are |were )?(?:now |currently )?(?:worth|valued at) (?:about |around |roughly |nearly |some |c\.\s?)?(?:us|hk|rmb)?[$¥]?\s?$/;
const SHARES_WORTH = /new shares worth/;
const NEW_SHARES_SOLD = /(?<![a-z])(?:sell|sells|selling|sold|place|places|placed|placing|issue|issues|issued|issuing)\s(?:[^.;]{0,30}\s)?new shares(?![a-z])/;
const LISTING_WORDS = /(?<![a-z])(?:ipo|initial public offering|listing|debut)(?![a-z])|上市|招股/;
const SOLD_AT_BEFORE = /(?<![a-z])(?:sell|sells|selling|sold|place|places|placed|placing|issue|issues|issued|issuing)\s(?:about |some |nearly )?(?:[\d.,]+\s?(?:mn|m|million|bn|billion)?\s)?(?:(?:new|ordinary|existing|h|a|class [ab]|treasury) ){0,2}shares\s(?:at|priced at|for)\s(?:about |around )?(?:us|hk|rmb)?\$?\s?$/;
const PER_MTOK = /per (?:1m|one million|million|mtok|1 million)(?: [a-z]+){0,2} tokens|per mtok|每百万\s?tokens?|\/百万tokens/;
const SHARES_AFTER = /^\s?(?:(?:new|ordinary|existing|h|a|class [ab]|treasury|restricted) ){0,2}(?:shares|股)(?![a-z])/;
const PER_YUAN_BEFORE = /每\s?(?:赚|赚取|获得|录得|取得|产生)?\s?(?:1|一)\s?元(?:的)?(?:收入|营收)[^，。；,;\d]{0,12}$/;
// ("more than 70% of it earned abroad", "73%的收入来自海外": a part's share, said with the verb of where it was earned)
const SHARE_FROM_AFTER = /^\s?of (?:it|that|this|them|the total) from(?![a-z])|^(?:\s?of (?:it|that|this|them|the total|the revenue|revenue|sales|its (?:revenue|sales)|the sum))?\s?(?:came|comes|come|coming|was|were|is|are|will come) (?:from|generated (?:by|from|in)|earned (?:from|in))(?![a-z])|^\s?of (?:it|that|this|them|its (?:revenue|sales)|the revenue|revenue|sales) (?:earned|generated|made|booked) (?:abroad|overseas|outside|in|from)(?![a-z])|^\s?(?:的(?:收入|营收|销售额))?\s?(?:来自|來自)/;
// (and "the $4.2 billion valuation of its last private round": a valuation before the listing, whatever the shares are worth now)
const PRE_IPO = /pre-ipo|上市前|before (?:its|the|their) (?:listing|ipo)|(?<![a-z])(?:last|final|latest) private (?:funding )?round/;

/** What a figure's sentence around it says of it, beyond its metric cue. */
export interface Construction {
  norm: string;
  fig: RawFigure;
  unit: Unit | null;
  entity: EntityId | null;
  inTable: boolean;
  /** Whether a metric cue of its own sentence names the figure (not one carried from before, not none). */
  cueOfItsOwn: boolean;
  mentions: Mention[];
  ss: number;
  se: number;
  /** The figures read so far, in text order. */
  read: readonly Figure[];
}

/** Whether a figure read earlier in the sentence (from `ss`) passes `test` (figures are read in text order: no scan of the whole text). */
export function earlierInSentence(out: readonly Figure[], ss: number, test: (f: Figure) => boolean): boolean {
  for (let j = out.length - 1; j >= 0 && out[j]!.start >= ss; j--) if (test(out[j]!)) return true;
  return false;
}


/**
 * The metric the construction of a market report, an offering or a broker's revision makes of a figure, over the one
 * its cue gave (`metric`): a company's move "to a record HK$612" and the price it reached, "智谱(02513.HK)涨6.3%，报351港元",
 * a listed company's value at the close, tokens a day, "raise our forecasts by 8-11%" (no metric), a placement's
 * discount, money raised in a listing or a placement, cash burned (in all or a month), flows through the Stock Connect,
 * and the words of markets that name no company metric (upside to a target, margin financing, short selling, a
 * premium of one listing over another).
 */
/** The end of "58 trillion tokens a day" after a count of tokens (its words name daily tokens), or null. */
export function tokensADayWords(norm: string, fig: RawFigure, unit: Unit | null): number | null {
  if (unit !== 'tokens' && !/tokens?$/.test(norm.slice(fig.start, fig.end))) return null;
  const day = /^\s?(?:tokens?\s)?(?:a|per|each) day(?![a-z])/.exec(norm.slice(fig.end, fig.end + 20));
  return day ? fig.end + day[0].length : null;
}

/**
 * The words of a move to a price per share around a figure ("fell 7.8 per cent to HK$352.40": the percentage is the
 * shares' move, the price their price), as [start, end] in `norm`, or null: a construction that itself names the metric.
 */
export function moveToPriceWords(norm: string, fig: RawFigure, ss: number): [number, number] | null {
  if (fig.unit === 'percent') {
    const verb = MOVED_BEFORE.exec(norm.slice(Math.max(ss, fig.start - 40), fig.start));
    const price = TO_PRICE_AFTER.exec(norm.slice(fig.end, fig.end + 30));
    if (verb && price) return [fig.start - verb[0].length, fig.end + price[0].length];
    // ("上涨1.8%，报647港元", "跌5.2%，收報2.93元")
    const zhVerb = ZH_MOVE_BEFORE.exec(norm.slice(Math.max(ss, fig.start - 8), fig.start));
    const zhPrice = ZH_QUOTED_AFTER.exec(norm.slice(fig.end, fig.end + 24));
    return zhVerb && zhPrice ? [fig.start - zhVerb[0].length, fig.end + zhPrice[0].length] : null;
  }
  if (fig.kind === 'money' && !fig.scaled) {
    const move = MOVED_TO_BEFORE.exec(norm.slice(Math.max(ss, fig.start - 60), fig.start)) ?? ZH_MOVED_QUOTED_BEFORE.exec(norm.slice(Math.max(ss, fig.start - 24), fig.start));
    return move ? [fig.start - move[0].length, fig.end] : null;
  }
  return null;
}
// (a move in Chinese market reports, then the price quoted: "收涨3.8%，报112.4港元", "跌2.1%，報1.86元")
const ZH_MOVE_BEFORE = /(?:上涨|下跌|收涨|收跌|大涨|大跌|急升|急跌|涨|跌|升|挫)\s?(?:超|逾|约|近)?\s?$/;
const ZH_QUOTED_AFTER = /^\s?[,，]\s?(?:收报|报)\s?\d[\d,.]*\s?(?:港元|美元|元)/;
const ZH_MOVED_QUOTED_BEFORE = /(?:上涨|下跌|收涨|收跌|大涨|大跌|急升|急跌|涨|跌|升|挫)\s?(?:超|逾|约|近)?\s?\d[\d.]*\s?%\s?[,，]\s?(?:收报|报)\s?$/;

/** "lifting its share of the total to", before a part's share of the whole. */
const PART_SHARE_OF_TOTAL_BEFORE = /(?<![a-z])(?:its|their) share of (?:the )?(?:group(?:'s)? |company(?:'s)? |overall )?total(?: revenue| sales)? (?:to|at|of|was|is|rose to|fell to|climbed to|reached|hit)\s(?:about |roughly |nearly |some |more than )?(?:[\d.]+\s?(?:%|per ?cent|percent)\s(?:from|to)\s)?$/;

export function metricByConstruction(metric: MetricId | null, c: Construction): MetricId | null {
  const { norm, fig, unit, entity, mentions, ss, se } = c;
  // "Zhipu jumped 14.6% to a record HK$612", "SenseTime added 6.1% to HK$2.43": a company's move to a price per share is
  // a move of its shares, whatever else the sentence names
  // (only where the sentence names no other metric for it: "Revenue rose 142% to $191.4 million" is revenue)
  const noCueOfItsOwn = !c.cueOfItsOwn;
  const table = c.inTable;
  if (entity !== null && !table && noCueOfItsOwn) {
    // (and "腾讯港股早盘上涨1.8%，报647港元": the same in a Chinese market report, the price quoted after the move; the move's
    // and the price's words are one construction, see moveToPriceWords)
    const moveToPrice = (fig.unit === 'percent' || (fig.kind === 'money' && !fig.scaled)) && moveToPriceWords(norm, fig, ss) !== null;
    if (moveToPrice) metric = fig.unit === 'percent' ? 'stock-change' : 'share-price';
    // ("The Hang Seng Index lost 1.2%. … Zhipu slid 6.5%.": in a market report, a company named right before a move is
    // its shares' move)
    else if (fig.unit === 'percent' && MOVED_BEFORE.test(norm.slice(Math.max(ss, fig.start - 40), fig.start)) && NAME_MOVED_BEFORE(norm, mentions, fig, ss) && MARKET_REPORT_WORDS.test(norm.slice(Math.max(0, ss - 300), se))) metric = 'stock-change';
  }
  // ("since its January debut, when the company raised HK$4.2 billion", "…, when it was priced at HK$116.2": what the
  // listing raised, and the price it set)
  if (!table && fig.kind === 'money' && DEBUT_WHEN_BEFORE.test(norm.slice(Math.max(ss, fig.start - 80), fig.start))) {
    if (metric === 'funding') metric = 'ipo-proceeds';
    else if ((metric === 'other:price' || metric === 'share-price') && !fig.scaled) metric = 'other:offer-price';
  }
  // ("SenseTime rose 8.7% to HK$2.31 and has gained 60% this year": the same shares' run since the start of a span)
  if (entity !== null && !table && fig.unit === 'percent' && HAS_MOVED_BEFORE.test(norm.slice(Math.max(ss, fig.start - 30), fig.start)) && /^\s?(?:this year|so far|year to date|year-to-date|since)(?![a-z])/.test(norm.slice(fig.end, fig.end + 16)) && c.read.some((o) => o.start >= ss && o.metric === 'stock-change' && o.entity === entity)) metric = 'stock-change';
  // ("Zhipu slid 6.5% to HK$512, extending its loss this week to 11%": how far a share's run of losses or gains has gone)
  if (entity !== null && !table && fig.unit === 'percent' && RUN_EXTENDED_BEFORE.test(norm.slice(Math.max(ss, fig.start - 60), fig.start)) && /(?<![a-z])(?:shares?|stock|hk\$|closed|slid|fell|rose|gained|jumped|dropped)(?![a-z])/.test(norm.slice(ss, se))) metric = 'stock-change';
  // a placement: so named in the sentence, or new shares sold after a listing, told in the sentence or the one before
  // ("has raised HK$6.2 billion by selling new shares to institutional investors. The company sold 14.5 million shares
  // at HK$428 apiece")
  // (asked only of the figures that could be a placement's: most figures on a page never ask)
  let placingMemo: boolean | undefined;
  const placing = () => (placingMemo ??= PLACEMENT.test(norm.slice(ss, se)) || (NEW_SHARES_SOLD.test(norm.slice(Math.max(0, ss - 300), se)) && !LISTING_WORDS.test(norm.slice(ss, se))));
  // "a placement of 28mn shares", "配售2800万股": a number of shares is no price; sold in a placement it is the placement's size
  if (fig.kind === 'count' && !table && SHARES_AFTER.test(norm.slice(fig.end, fig.end + 24))) metric = placing() ? 'other:placement-shares' : null;
  // ("priced at HK$116.2 in the January IPO": the price of a share in the offering, not money the offering raised)
  if (metric === 'ipo-proceeds' && fig.kind === 'money' && !fig.scaled && !table && isOfferPrice(norm, fig.start, fig.end)) metric = 'share-price';
  // ("SenseTime was flat at HK$2.05": no company is worth a few dollars; an amount that small, written without a magnitude,
  // is a price per share or per unit, which the words here do not settle)
  if ((metric === 'market-cap' || metric === 'valuation') && fig.kind === 'money' && !fig.scaled && fig.value < 10000 && !table) metric = null;
  // ("implying 43x EV/ARR at the US$18bn mark": no sum of money is a multiple)
  if (fig.kind === 'money' && VALUATION_MULTIPLES.has(metric ?? '')) metric = null;
  // ("按募资用途，约72亿元将用于模型研发，30亿元用于算力中心建设", "about HK$6 billion of the proceeds will go to research":
  // money set aside from what was raised is a use of the proceeds, no research spending, capex or revenue)
  if (fig.kind === 'money' && metric !== null && USE_OF_PROCEEDS_AFTER.test(norm.slice(fig.end, fig.end + 40)) && PROCEEDS_WORDS.test(norm.slice(ss, se))) metric = null;
  // ("MiniMax's sales were roughly 30% larger than Zhipu's", "反超智谱约28%", "为商汤上半年收入逾10倍", "twice Zhipu's": how
  // one company's figure compares with another's, not a change over time)
  if ((fig.kind === 'percent' || fig.kind === 'multiple') && !table && !VALUATION_MULTIPLES.has(metric ?? '') && comparesWithPeer(norm, fig, mentions, ss, se)) metric = null;
  // ("58 times forecast sales, compared with some 31 times for MiniMax and 2.4 times for Baidu": multiples compared
  // with a valuation multiple are of the same kind)
  if (fig.kind === 'multiple' && !table) {
    const last = c.read[c.read.length - 1];
    if (last && last.start >= ss && (last.metric === 'price-to-sales' || last.metric === 'other:ev-to-sales' || last.metric === 'other:pe-ratio') && MULTIPLE_COMPARED_GAP.test(norm.slice(last.end, fig.start))) metric = last.metric;
  }
  // ("revenue of RMB582mn, with on-premise deployments at RMB371mn and the MaaS/API platform at RMB146mn": the parts)
  if (fig.kind === 'money' && !table && (metric === 'revenue' || metric === 'other:segment-revenue')) {
    const part = PART_AT_BEFORE.exec(norm.slice(Math.max(ss, fig.start - 90), fig.start));
    const kind = part ? partOfListItem(part[1]!) : null;
    if (kind) metric = kind === 'api' ? 'api-revenue' : 'other:segment-revenue';
  }
  // ("revenue of 2.35 billion yuan, with about 1.4 billion yuan of that coming from government clients": an amount said to
  // be of the total just named, coming from some of its sources, is a part)
  if (fig.kind === 'money' && !table && (metric === 'revenue' || metric === 'other:segment-revenue') && OF_THAT_FROM_AFTER.test(norm.slice(fig.end, fig.end + 40))) metric = 'other:segment-revenue';
  // ("revenue grew 13% to 39.6 billion yuan, with online marketing services up 14%": the move of a part, told after the
  // total's; not "with net profit up 20%", a metric of its own)
  if (fig.unit === 'percent' && !table && metric === 'revenue-growth') {
    const part = PART_MOVED_BEFORE.exec(norm.slice(Math.max(ss, fig.start - 90), fig.start));
    const kind = part ? (partOfListItem(part[1]!) ?? (LINE_OF_BUSINESS_END.test(listItemHead(part[1]!)) ? 'part' : null)) : null;
    if (kind) metric = kind === 'api' ? 'other:api-revenue-growth' : 'other:segment-revenue-growth';
  }
  // ("after Alibaba led a $1bn investment in it": money put into a company is funding)
  if (fig.kind === 'money' && !table && /^\s?investment in (?:it|them|the (?:company|start-?up|firm)|[a-z]+)(?![a-z])/.test(norm.slice(fig.end, fig.end + 30))) metric = 'funding';
  // ("ordered MiniMax to pay 8.6 million yuan in damages", "a fraction of the 52 million yuan the studio had sought",
  // "被判赔偿3150万元", "罚款11.4亿元", "booked a provision of 300 million yuan"): money a court, a regulator or a claimant
  // names is no revenue, profit or cost of the company; no metric here names it, so the figure makes no claim
  // (money "sought" or "claimed" only in a sentence about a suit: "the $10 billion it sought in February" is a valuation)
  if (fig.kind === 'money' && !table && (LEGAL_BEFORE.test(norm.slice(Math.max(ss, fig.start - 40), fig.start)) || LEGAL_AFTER.test(norm.slice(fig.end, fig.end + 60)) || ((SOUGHT_BEFORE.test(norm.slice(Math.max(ss, fig.start - 30), fig.start)) || SOUGHT_AFTER.test(norm.slice(fig.end, fig.end + 40))) && LEGAL_CONTEXT.test(norm.slice(ss, se))))) return null;
  // ("A Tencent-led round in 2023 brought in about $250 million", "A further round in July priced it at more than $4
  // billion": what a round brought in is funding, what it priced the company at a valuation)
  if (fig.kind === 'money' && fig.scaled && !table) {
    const round = ROUND_DID_BEFORE.exec(norm.slice(Math.max(ss, fig.start - 80), fig.start));
    if (round) metric = round[1] ? 'valuation' : 'funding';
    // ("drew commitments of more than US$700 million at a valuation of about US$10 billion": the amount before "at a
    // valuation" is what was raised, the valuation comes after it)
    else if (metric === 'valuation' && AT_A_VALUATION_AFTER.test(norm.slice(fig.end, fig.end + 50))) metric = 'funding';
    // ("signs HK$2.3bn server deal", "a 3 billion yuan compute contract with China Telecom": the value of a deal or an
    // order, whatever the sentence's other words name)
    else if (DEAL_AFTER.test(norm.slice(fig.end, fig.end + 40))) metric = 'contract-value';
    // ("随后该轮扩大至10亿美元", "a tranche later enlarged to US$1 billion": the round's new size)
    else if (ROUND_ENLARGED_BEFORE.test(norm.slice(Math.max(ss, fig.start - 40), fig.start))) metric = 'funding';
  }
  // ("driven by generative AI (+48% YoY to RMB2.35bn, 76% of revenue)": figures in parentheses after a line of business
  // are that line's)
  if (fig.inParens && !table && (metric === 'revenue' || metric === 'revenue-growth')) {
    const open = norm.lastIndexOf('(', fig.start);
    // ("driven by the open platform (RMB449mn, +210% YoY)": the API business's)
    if (open >= ss && !/[)]/.test(norm.slice(open, fig.start)) && API_NAMED_BEFORE.test(norm.slice(Math.max(ss, open - 30), open))) metric = metric === 'revenue' ? 'api-revenue' : 'other:api-revenue-growth';
    else if (open >= ss && !/[)]/.test(norm.slice(open, fig.start)) && partNamedBefore(norm, open)) metric = metric === 'revenue' ? 'other:segment-revenue' : 'other:segment-revenue-growth';
  }
  // ("API sales ran at around RMB 3 billion a year by April": a run rate)
  if (fig.kind === 'money' && !table && /(?<![a-z])(?:ran|runs|run|running) at (?:about |around |roughly |nearly |some )?(?:us|hk|rmb)?\$?\s?$/.test(norm.slice(Math.max(ss, fig.start - 30), fig.start)) && /^\s?(?:a|per) year(?![a-z])/.test(norm.slice(fig.end, fig.end + 12))) metric = 'arr';
  // ("AI 陪伴应用 Talkie 贡献收入 1.62 亿美元", "contributed $40 million": what a part brings to the total)
  if (fig.kind === 'money' && !table && (metric === 'revenue' || metric === null) && /(?:贡献(?:了)?(?:收入|营收)?|(?<![a-z])contribut(?:ed|es|ing))\s?(?:约|about |around |roughly )?(?:us|hk|rmb)?\$?\s?$/.test(norm.slice(Math.max(ss, fig.start - 20), fig.start))) metric = 'other:segment-revenue';
  // ("Alibaba Cloud held a 26.1% share": a share of the market the sentence is about)
  if (fig.unit === 'percent' && !table && /^\s?(?:market )?share(?![a-z])/.test(norm.slice(fig.end, fig.end + 14)) && /(?<![a-z])(?:held|holds|hold|had|has|took|takes|commanded|commands|captured|captures|with) (?:a|an)\s?$/.test(norm.slice(Math.max(ss, fig.start - 16), fig.start))) metric = 'market-share';
  // ("Alibaba Cloud held a 26.1% share, followed by Huawei Cloud (13.4%) and Volcano Engine (8.2%)": the shares of the
  // companies each percentage follows)
  // ("China's market for API services reached 3.7 billion yuan, with Volcano Engine holding 46.4%": a company holding a
  // percentage of the market its sentence is about)
  if (fig.unit === 'percent' && !table && (metric === null || noCueOfItsOwn)) {
    const name = mentions[lowerBound(mentions, fig.start) - 1];
    if (name && name.start >= ss && name.entity !== null && HOLDING_GAP.test(norm.slice(name.end, fig.start)) && MARKET_NAMED.test(norm.slice(ss, name.start))) metric = 'market-share';
  }
  // (and "with Volcano Engine holding 46.4%, Alibaba Cloud 27.1% and Baidu 17%": a list that leaves out the verb, each
  // percentage right after the name it is of, the items joined by list words only)
  if (fig.unit === 'percent' && !table) {
    const last = c.read[c.read.length - 1];
    const name = mentions[lowerBound(mentions, fig.start) - 1];
    if (last && last.start >= ss && last.metric === 'market-share' && name && name.start > last.end) {
      if (fig.inParens && /^\s?\(\s?$/.test(norm.slice(name.end, fig.start))) metric = 'market-share';
      else if (/^\s?$/.test(norm.slice(name.end, fig.start)) && LIST_GLUE.test(norm.slice(last.end, name.start))) metric = 'market-share';
    }
  }
  // ("Turnover reached HK$9.8 billion, the third-highest of any stock on the exchange", "The A shares … closed at 462.50 yuan.
  // Turnover reached 21.7 billion yuan", "全周成交额达486亿元": in a report on trading, the value of a company's shares
  // traded, not revenue or a market value; "天猫双11成交额" without such words stays as it was)
  // (not the whole market's: "主板全日成交额2,684亿元", "market turnover")
  // (with no company named before it, in a report on an index, it is the exchange's, see read-figures: "The Hang Seng Index
  // lost 1.2%. Turnover rose to HK$280 billion")
  if (fig.kind === 'money' && !table && metric !== 'other:market-turnover' && TURNOVER_BEFORE.test(norm.slice(Math.max(ss, fig.start - 24), fig.start)) && !WHOLE_MARKET_TURNOVER.test(norm.slice(Math.max(ss, fig.start - 30), fig.start))) {
    const context = norm.slice(Math.max(0, ss - 200), se);
    const named = entity !== null && mentions.some((m) => m.start >= Math.max(0, ss - 200) && m.end <= fig.start && m.entity === entity);
    if (TRADING_WORDS.test(context) && (named || !MARKET_REPORT_WORDS.test(context))) metric = 'other:turnover';
  }
  // ("研發開支按年增68%至31.4億元，相當於收入逾7倍": research spending as a multiple of revenue is the R&D ratio, not a
  // growth; English "1.4 times revenue" is read with its neighbours below)
  if (fig.kind === 'multiple' && !table && TIMES_REVENUE.test(norm.slice(Math.max(ss, fig.start - 16), fig.end + 12))) {
    metric = c.read.some((o) => o.start >= ss && o.metric === 'rd-expense') ? 'rd-ratio' : null;
  }
  // ("Zhipu is up about 500% from its January debut": a move of the shares since listing, whatever value the sentence names
  // after it)
  if (fig.unit === 'percent' && entity !== null && !table && /^\s?(?:from|since) (?:its |their )(?:[a-z0-9 ]{0,20}\s)?(?:debut|listing|ipo|flotation|offer price|ipo price|listing price)(?![a-z])/.test(norm.slice(fig.end, fig.end + 48))) metric = 'stock-change';
  // ("wiping roughly $4 billion off the market value", "added HK$30 billion to its market value": a change of the market value)
  if (fig.kind === 'money' && !table && MARKET_VALUE_AFTER.test(norm.slice(fig.end, fig.end + 50))) metric = 'other:market-cap-change';
  // ("bought a net HK$2.3 billion of Zhipu stock", "成交额达289亿元": no price of a share is counted in millions or
  // billions)
  if (metric === 'share-price' && fig.kind === 'money' && fig.value >= 1e6) metric = placing() && SHARES_WORTH.test(norm.slice(Math.max(ss, fig.start - 40), fig.end + 20)) ? 'funding' : null;
  // ("followed a HK$2.5 billion placement in January 2025", "a US$1.5 billion top-up placing": a sum named as the size of a
  // placement is what it raised)
  if (fig.kind === 'money' && fig.scaled && !table && /^\s?(?:share |new-share |top-up |follow-on )?(?:placement|placing)(?![a-z])/.test(norm.slice(fig.end, fig.end + 24))) metric = 'funding';
  // ("SenseTime sold new shares worth HK$2.6 billion": money raised by a placement)
  if (fig.kind === 'money' && fig.value >= 1e6 && !table && /(?<![a-z])new shares worth (?:about |around |some )?(?:us|hk|rmb)?\$?\s?$/.test(norm.slice(Math.max(ss, fig.start - 40), fig.start)) && placing()) metric = 'funding';
  // ("equal to about 3.1% of its enlarged share capital": the placement's share of the company, not a move)
  if (fig.unit === 'percent' && !table && /^\s?of (?:its |the (?:company's )?)?(?:enlarged |issued |existing |total )*share capital/.test(norm.slice(fig.end, fig.end + 40))) metric = placing() ? 'other:placement-share-of-capital' : null;
  // ("short selling made up 31% of the stock's turnover": the share of trading sold short, not a move)
  if (fig.unit === 'percent' && !table && /^\s?of (?:the stock's |its |the |total |their )?(?:turnover|trading(?: volume)?)(?![a-z])/.test(norm.slice(fig.end, fig.end + 30))) metric = /short[- ]sell/.test(norm.slice(ss, se)) ? 'other:short-selling-ratio' : null;
  // "sold 14.5 million shares at HK$428 apiece": the price new shares were sold at in a placement
  if (fig.kind === 'money' && !fig.scaled && !table && SOLD_AT_BEFORE.test(norm.slice(Math.max(ss, fig.start - 70), fig.start)) && placing()) metric = 'other:placement-price';
  // "每赚1元收入亏损约2.1元": what is lost per yuan of revenue named before it
  if ((metric === 'net-loss' || metric === 'adjusted-net-loss') && fig.kind === 'money' && PER_YUAN_BEFORE.test(norm.slice(Math.max(ss, fig.start - 30), fig.start))) metric = 'loss-per-revenue';
  // "more than 60% of it came from outside China", "约七成来自政企客户": a part's share of the amount, not its growth
  // ("revenue of RMB1.9bn, of which on-premise deployment 71% and API 29%": the parts' shares)
  if (fig.unit === 'percent' && !table && metric !== null && /revenue|sales/.test(metric) && (SHARE_FROM_AFTER.test(norm.slice(fig.end, Math.min(se, fig.end + 40))) || /(?<![a-z])of which\s(?:(?!rose|grew|rising|growing|up|down|fell|increased|decreased|jumped)[^.;:]){0,60}$/.test(norm.slice(Math.max(ss, fig.start - 70), fig.start)))) metric = 'other:revenue-share';
  // ("revenue of 3.05 billion yuan, up 29%, of which generative AI accounted for 2.41 billion yuan": the amount of a part
  // of the revenue just given)
  if (fig.kind === 'money' && !table && metric === 'revenue' && OF_WHICH_PART_AMOUNT.test(norm.slice(Math.max(ss, fig.start - 70), fig.start))) metric = 'other:segment-revenue';
  // "智谱(02513.HK)涨6.3%": a company's name, its ticker and a move in a market report
  if (fig.unit === 'percent' && !table) {
    const name = mentions[lowerBound(mentions, fig.start) - 1];
    if (name && name.start >= ss && name.kind !== 'index' && ZH_MOVED_AFTER_NAME.test(norm.slice(name.end, fig.start))) metric = 'stock-change';
  }
  // ("opened at 399 yuan and closed at 462.50 yuan": where a company's shares opened or closed, a price per share)
  if (fig.kind === 'money' && !fig.scaled && entity !== null && !table && OPENED_AT_BEFORE.test(norm.slice(Math.max(ss, fig.start - 40), fig.start))) metric = 'share-price';
  // "涨6.3%，报351港元": quoted at, in a market report
  if (fig.kind === 'money' && !fig.scaled && entity !== null && /(?:[,，;；]|收盘|收市)\s?报\s?$/.test(norm.slice(Math.max(ss, fig.start - 6), fig.start))) metric = 'share-price';
  // "closed at HK$402 on Wednesday, valuing the company at about HK$177 billion": a listed company's value at a
  // day's close is its market value
  if (metric === 'valuation' && !PRE_IPO.test(norm.slice(ss, se)) && earlierInSentence(c.read, ss, (o) => o.metric === 'share-price' && o.entity === entity)) metric = 'market-cap';
  // "processed more than 58 trillion tokens a day": tokens a day are daily tokens, whatever was priced before
  if (tokensADayWords(norm, fig, unit)) metric = 'other:daily-tokens';
  // "We raise our FY26-28E revenue forecasts by 8-11%": a revision of an estimate, not growth of the metric
  // (and, without "by", a target moved by a percent to a price: "lifted its target 31% to HK$472")
  if (fig.unit === 'percent' && (ESTIMATE_REVISED_BY.test(norm.slice(Math.max(ss, fig.start - 100), fig.start)) || (TARGET_MOVED_BEFORE.test(norm.slice(Math.max(ss, fig.start - 60), fig.start)) && /^\s?to\s(?:us|hk|rmb)?[$¥]?\s?\d/.test(norm.slice(fig.end, fig.end + 12))))) metric = 'other:estimate-revision';
  if (fig.unit === 'percent' && !table && UPSIDE_AFTER.test(norm.slice(fig.end, fig.end + 30))) metric = null;
  // ("would spend more than 380 billion yuan on cloud and AI infrastructure": money spent on computing is capital spending,
  // whatever metric the sentence named before)
  if (fig.kind === 'money' && fig.scaled && !table && SPEND_BEFORE.test(norm.slice(Math.max(ss, fig.start - 40), fig.start)) && ON_INFRA_AFTER.test(norm.slice(fig.end, fig.end + 70))) metric = 'capex';
  // ("千问系列模型在Hugging Face等平台的累计下载量已突破7亿次", "its open-source models have passed 500 million
  // downloads": downloads of models, not of an app)
  if (metric === 'other:app-downloads' && !table) {
    const clause = norm.slice(ss, Math.min(se, fig.end + 30));
    if (/模型|hugging ?face|开源|開源|open[- ]source|open[- ]weight|(?<![a-z])models?(?![a-z])/.test(clause) && !/(?<![a-z])apps?(?![a-z])|应用|應用|app store|应用商店|手机/.test(clause)) metric = 'other:model-downloads';
  }
  if (fig.kind === 'money' && !table && STAKE_WORTH_BEFORE.test(norm.slice(Math.max(ss, fig.start - 60), fig.start))) metric = 'other:stake-value';
  // ("其中上海一家国资基金出资20亿元人民币", "included 2 billion yuan from a Shanghai state fund": one investor's part of a
  // round, neither the round nor the company's value)
  if (fig.kind === 'money' && !table && (/(?:出资|出資|认购|認購)\s?(?:约|約|近|逾|超过|超過)?\s?$/.test(norm.slice(Math.max(ss, fig.start - 8), fig.start)) || (/(?<![a-z])(?:including|included|includes) (?:about |around |roughly |some )?(?:us|hk|rmb)?[$¥]?\s?$/.test(norm.slice(Math.max(ss, fig.start - 24), fig.start)) && /^\s?(?:from|by) (?:a |an |the )?/.test(norm.slice(fig.end, fig.end + 10))))) metric = null;
  // ("with a HK$680 target", "its HK$430 price target": a broker's target for the share price)
  if (fig.kind === 'money' && !fig.scaled && !table && /^\s?(?:price )?target(?![a-z])/.test(norm.slice(fig.end, fig.end + 14))) metric = 'other:target-price';
  // ("cut its target on the New York-listed shares to $205", "rates the stock Hold with a target of HK$198": a bare
  // "target" set at a price per share is the broker's target price)
  // (and the next listing's in its list: "… and on the Hong Kong stock to HK$199")
  if (fig.kind === 'money' && !fig.scaled && !table && (TARGET_SET_BEFORE.test(norm.slice(Math.max(ss, fig.start - 80), fig.start)) || (TARGET_LIST_BEFORE.test(norm.slice(Math.max(ss, fig.start - 60), fig.start)) && /(?<![a-z])targets?(?![a-z])/.test(norm.slice(ss, fig.start))))) metric = 'other:target-price';
  // ("sales tied to its Spark large language model approached 4 billion yuan", "revenue from its cloud business rose 20%":
  // the revenue a part is said to bring in is the part's)
  if ((metric === 'revenue' || metric === 'revenue-growth') && !table && revenueOfPartBefore(norm.slice(clauseStart(norm, fig.start, ss), fig.start))) metric = metric === 'revenue' ? 'other:segment-revenue' : 'other:segment-revenue-growth';
  // ("Hunyuan- and Yuanbao-related revenue", "AI-related revenue": the revenue of a part of the business)
  if (metric === 'revenue' && fig.kind === 'money' && !table && /(?<![a-z])[a-z]+-related (?:revenue|sales)\s(?:(?:at|for|from) [a-z.]+ )?(?:to |of |at |was |were |will |reached |reach |rose |grew |came |(?:is |are )?(?:expected|forecast|seen) ){0,3}(?:about |around |roughly |nearly |some )?(?:us|hk|rmb)?[$¥]?\s?$/.test(norm.slice(Math.max(ss, fig.start - 60), fig.start))) metric = 'other:segment-revenue';
  // ("终端业务贡献了今年上半年收入的52.3%", "前五大客户合计贡献收入的44.1%": a part of the revenue, not its growth)
  // (and "去年第四季度单季贡献了全年约36%的营收": the share, then what it is a share of)
  if (fig.unit === 'percent' && !table && (metric === 'revenue-growth' || metric === 'revenue' || metric === null) && (/(?:收入|营收|營收|营业收入|營業收入|总收入|總收入)的\s?(?:约|約|近|逾|超过)?\s?$/.test(norm.slice(Math.max(ss, fig.start - 12), fig.start)) || (/^\s?的\s?(?:收入|营收|營收|营业收入|營業收入)/.test(norm.slice(fig.end, fig.end + 6)) && /(?:贡献|貢獻|占|佔)[^，。,;；]{0,12}$/.test(norm.slice(Math.max(ss, fig.start - 16), fig.start))))) metric = 'other:revenue-share';
  // (and what the balance moved by: "两市融资余额为2.46万亿元，较前一日减少83.5亿元")
  if (fig.kind === 'money' && !table && (MARGIN_FINANCING_BEFORE.test(norm.slice(Math.max(ss, fig.start - 30), fig.start)) || (/funding/.test(metric ?? '') && MARGIN_FINANCING.test(norm.slice(ss, fig.start))))) metric = null;
  if (!table) {
    const short = SHORT_SELLING_BEFORE.exec(norm.slice(Math.max(ss, fig.start - 14), fig.start));
    if (short) metric = fig.unit === 'percent' && short[1] !== undefined && /比/.test(short[1]) ? 'other:short-selling-ratio' : null;
  }
  if (fig.unit === 'percent' && !table && OF_SHARES_AFTER.test(norm.slice(fig.end, fig.end + 40))) metric = null;
  if (fig.unit === 'percent' && !table && metric === 'stock-change' && (PREMIUM_AFTER.test(norm.slice(fig.end, fig.end + 16)) || PREMIUM_BEFORE_ZH.test(norm.slice(Math.max(ss, fig.start - 12), fig.start)))) metric = null;
  // ("revenue passed an annualised US$300 million": a run rate)
  if (fig.kind === 'money' && fig.scaled && !table && (metric === 'revenue' || metric === 'api-revenue' || metric === null) && /(?<![a-z])an annuali[sz]ed\s?(?:(?:us|hk)?\$|rmb\s?)?$/.test(norm.slice(Math.max(ss, fig.start - 20), fig.start))) metric = 'arr';
  // ("an average inference cost of RMB0.62 per million tokens", "推理成本为每百万token 0.62元": what serving a million
  // tokens costs the company, no price a customer pays)
  if (metric === 'price-per-mtok' && fig.kind === 'money' && !table && costPerTokenBefore(norm.slice(Math.max(ss, fig.start - 60), fig.start))) metric = 'other:inference-cost-per-mtok';
  // (and how that cost changed: "推理成本为每百万token 0.62元，按季下降37%", "down 37% QoQ")
  if ((metric === 'price-change' || metric === 'other:price-change-qoq') && (fig.unit === 'percent' || fig.kind === 'change') && !table && costPerTokenBefore(norm.slice(Math.max(ss, fig.start - 80), fig.start))) {
    metric = metric === 'price-change' ? 'other:inference-cost-per-mtok-change' : 'other:inference-cost-per-mtok-change-qoq';
  }
  // ("Its share of open-weight model downloads on Hugging Face fell to 18% from 31%": a share of what the market counts,
  // not a count of downloads)
  if (fig.unit === 'percent' && !table && metric !== null && /^other:(?:model|app)-downloads$|^users$|^other:daily-tokens$/.test(metric) && SHARE_OF_THING_BEFORE.test(norm.slice(Math.max(ss, fig.start - 90), fig.start))) metric = 'market-share';
  // ("Alibaba Cloud's share fell to 33.5% from 36.2%": a company's share, said with no "of", is its share of the market; no
  // growth of the part its name holds)
  if (fig.unit === 'percent' && !table && (metric === null || /^(?:other:segment-)?revenue-growth$/.test(metric)) && POSSESSIVE_SHARE_BEFORE.test(norm.slice(Math.max(ss, fig.start - 60), fig.start))) metric = 'market-share';
  // ("revenue rose 168% to US$212mn, with 73% generated outside China": a share of it earned abroad, no growth)
  if (fig.unit === 'percent' && !table && (metric === null || /^(?:revenue-growth|other:revenue-share)$/.test(metric)) && SHARE_EARNED_ABROAD_AFTER.test(norm.slice(fig.end, fig.end + 60))) metric = 'other:overseas-revenue-share';
  // ("投放费用约6100万美元，是同期海外收入的2.6倍": one amount as a multiple of another the clause names, not that other's growth)
  if (fig.kind === 'multiple' && !table && metric !== null && /-growth(?:-qoq)?$/.test(metric) && TIMES_OF_BEFORE_ZH.test(norm.slice(Math.max(ss, fig.start - 24), fig.start))) metric = null;
  // ("带动订单逾4.1亿单", "orders topped 96 million": orders counted, not the money of a contract)
  if (metric === 'contract-value' && fig.kind === 'count' && !table && /^\s?(?:单|笔|张|份|orders?(?![a-z]))/.test(norm.slice(fig.end, fig.end + 8))) metric = 'other:orders';
  // ("萝卜快跑第三季全球订单量约340万单，按年增长112%": a robotaxi service's orders are its rides)
  if ((metric === 'other:orders' || (metric === 'other:contract-value-growth' && fig.unit === 'percent')) && !table && ROBOTAXI.test(norm.slice(ss, fig.start))) metric = metric === 'other:orders' ? 'other:robotaxi-rides' : 'other:robotaxi-rides-growth';
  // ("is raising HK$7.8 billion through five-year convertible bonds", "sold a US$2 billion two-tranche dollar bond",
  // "raised US$1.5 billion from convertible notes due 2032": money borrowed from bond investors, no round of shares)
  if (fig.kind === 'money' && fig.scaled && !table && (metric === 'funding' || metric === null)) {
    const bond = BOND_AFTER.exec(norm.slice(fig.end, Math.min(se, fig.end + 70)));
    if (bond) metric = bond[1] ? 'other:convertible-bond-issue' : 'other:bond-issue';
  }
  // ("can be converted into shares at HK$812 each, a premium of 27.5% to Tuesday's close": the price at which a bond
  // turns into shares, and its premium to the market's price)
  // (the words next to the figure first; the sentence's words only then: this runs for every figure)
  if (!table && fig.kind === 'money' && !fig.scaled && /(?<![a-z])conver(?:t|ted|tible|sion) (?:in)?to (?:new |ordinary |h |class a )?shares at\s?$/.test(norm.slice(Math.max(ss, fig.start - 50), fig.start))) metric = 'other:conversion-price';
  if (!table && fig.unit === 'percent' && /(?<![a-z])(?:a|an|its) premium of\s?$/.test(norm.slice(Math.max(ss, fig.start - 20), fig.start)) && CONVERT_WORDS.test(norm.slice(ss, se))) metric = 'other:conversion-premium';
  // "每股配售价548港元，较上日收市价折让9.2%", "a 9.2% discount to Friday's close": the price of an offering below the
  // market's, not a move of the shares
  // "输入价格由每百万tokens 2元下调至1元，缓存命中的输入价格由0.5元降至0.2元": a price list priced per million tokens
  // goes on in the same unit
  // (and "cut Qwen-Plus input prices by 40% to 0.48 yuan": input and output prices are a model's token prices)
  if (metric === 'other:price' && fig.kind === 'money' && !table && (PER_MTOK.test(norm.slice(ss, fig.start)) || /(?<![a-z])(?:input|output)(?: token)? prices?(?![a-z])|输入价格|输出价格|輸入價格|輸出價格/.test(norm.slice(ss, fig.start)))) metric = 'price-per-mtok';
  const discount = DISCOUNT_BEFORE.test(norm.slice(Math.max(ss, fig.start - 12), fig.start)) || DISCOUNT_AFTER.test(norm.slice(fig.end, fig.end + 12));
  if (metric === 'stock-change' && discount) metric = placing() ? 'other:placement-discount' : null;
  // (and "sold 14.5 million shares at HK$428 apiece, a discount of 9.6% to Wednesday's close": not a price cut)
  if (metric === 'price-change' && discount && placing()) metric = 'other:placement-discount';
  // money raised by selling shares: in a listing it is the IPO's proceeds ("listed in Hong Kong in January, raising
  // HK$4.3 billion"), in a placement of new shares after one it is funding, not the IPO's ("配售新股集资115亿港元")
  if (fig.kind === 'money' && PROCEEDS_OF_LISTING_AFTER.test(norm.slice(fig.end, Math.min(se, fig.end + 70)))) metric = 'ipo-proceeds';
  // ("完成逾50亿元人民币的B+轮募资": money raised in a private round, 募资 though the word is that of listings too)
  if (metric === 'ipo-proceeds' && fig.kind === 'money' && !table && PRIVATE_ROUND.test(norm.slice(ss, se)) && !LISTING_ZH_EN.test(norm.slice(ss, se))) metric = 'funding';
  if (metric === 'ipo-proceeds' || metric === 'funding') {
    // (a semicolon parts two deals told side by side: "…挂牌，募资43.5亿港元；11月18日，公司又配售3850万股…")
    // (looked for in the sentence only: a search back through the whole text for every amount grows with the page squared)
    const head = norm.slice(ss, fig.start);
    const semi = Math.max(head.lastIndexOf(';'), head.lastIndexOf('；'));
    const bs = semi >= 0 ? ss + semi + 1 : ss;
    const next = norm.slice(fig.end, se).search(/[;；]/);
    const be = next >= 0 ? fig.end + next : se;
    const sentence = norm.slice(bs, be);
    // (not money its own words say a listing raised: "boosted by the HK$4.3 billion raised in its January initial public
    // offering and a HK$4.2 billion share placement in June")
    const ownListing = PROCEEDS_OF_LISTING_AFTER.test(norm.slice(fig.end, Math.min(be, fig.end + 70)));
    if (!ownListing && (PLACEMENT.test(norm.slice(bs, fig.start)) || (PLACEMENT.test(sentence) && !LISTING_CUE_BEFORE.test(norm.slice(Math.max(bs, fig.start - 16), fig.start))))) metric = 'funding';
    else if (metric === 'funding' && !PRE_IPO.test(sentence)) {
      // (said of the company named last before the figure: not "…, while Moonshot AI raised $620 million")
      let from = bs;
      for (let j = lowerBound(mentions, fig.start) - 1; j >= 0 && mentions[j]!.start >= bs; j--) if (mentions[j]!.kind !== 'index' && mentions[j]!.end <= fig.start) { from = mentions[j]!.start; break; }
      // (not a listing told in a clause about the company that closes before the money: "Zhipu, the developer that listed
      // in Hong Kong in January, raised HK$6 billion by selling new shares")
      const listed = LISTED_BEFORE.exec(norm.slice(from, fig.start));
      const inRelative = listed !== null && insidePronounRelative(norm, { start: from + listed.index, end: from + listed.index + listed[0].length }, fig.start, bs);
      if ((listed && !inRelative) || RAISED_IN_LISTING_AFTER.test(norm.slice(fig.end, Math.min(be, fig.end + 60)))) metric = 'ipo-proceeds';
    }
  }
  // ("Zhipu shares have risen about 260% …, valuing it at roughly HK$212 billion", "its listed peers, are worth about
  // $27 billion": what the market values a listed company at is its market value, not a round's valuation)
  if (metric === 'valuation' && fig.kind === 'money' && !table && !PRE_IPO.test(norm.slice(ss, se)) && (VALUED_BY_SHARES_BEFORE.test(norm.slice(ss, fig.start)) || LISTED_WORTH_BEFORE.test(norm.slice(ss, fig.start)) || AT_MARKET_PRICE.test(norm.slice(ss, fig.start)))) metric = 'market-cap';
  // ("burned roughly 2.6 billion yuan of cash", "消耗现金26亿元": cash spent over a period, not cash held)
  if (metric === 'cash' && CASH_BURNED_BEFORE.test(norm.slice(Math.max(ss, fig.start - 40), fig.start))) metric = 'other:cash-burn';
  // ("burned about $45 million a month … down from a peak of $70 million": a rate per month, not a total for the period)
  if (metric === 'other:cash-burn' && (/^\s?(?:a|per|each) month(?![a-z])/.test(norm.slice(fig.end, fig.end + 12)) || /(?<![a-z])(?:a|per|each) month(?![a-z])/.test(norm.slice(ss, fig.start)))) metric = 'other:monthly-cash-burn';
  // ("南向資金持有智譜H股的比例升至14.6%": what share of a company's shares the Connect holds, which no metric here names)
  if (metric !== null && metric.startsWith('other:southbound-flow-')) metric = null;
  // (flows into one company's shares, "bought a net HK$1.8 billion of MiniMax stock", no metric here names)
  if (metric === 'other:southbound-flow' && mentions.some((m) => m.start >= ss && m.start < se && m.entity !== null && m.kind === 'company')) metric = null;
  return metric;
}

const USE_OF_PROCEEDS_AFTER = /^\s?(?:[(（][^)）]{0,24}[)）]\s?)?(?:(?:of (?:the|its) (?:net )?proceeds|of (?:the|that) money)\s)?(?:(?:will|would|is to|are to|is set to|are set to)\s)?(?:go(?:es)? (?:to|towards?)|be (?:used|spent|earmarked|allocated|put) (?:for|on|to|towards?)|(?:将|拟|则)?\s?(?:用于|投向|投入到?))/;
const PROCEEDS_WORDS = /(?<![a-z])(?:proceeds|use of funds)(?![a-z])|募资|募集资金|所得款|集资|用途/;
// (the words between a multiple and the sales or earnings it is of)
// (between a list's items: "去年收入逾180倍、今年预测")
const LIST_GAP_ZH = /^[^，。；,;]{0,12}?倍[、和及与]/;
const MULTIPLE_YEAR_TAG = String.raw`(?:(?:this|next|last) year'?s |current-year |(?:its |their |the |our |her |his )?(?:\d{4}e?|fy\d{2,4}e?|fiscal \d{4}) )`;
const MULTIPLE_ADJ = String.raw`(?:annuali[sz]ed |expected |forward |trailing |estimated |projected |forecast |first-half |full-year |current )`;
// (the street's, or one house's: "77 times Huajun's 2027 earnings forecast")
const CONSENSUS_TAG = String.raw`(?:(?:the )?consensus |analysts(?:'|’)? (?:average |mean |consensus )?|[a-z]+(?:'s|’s) (?=(?:19|20)\d\d))`;
const MULTIPLE_LIST_NEXT = String.raw`(?:${MULTIPLE_YEAR_TAG}?and (?:about |roughly )?\d[\d.]*\s?(?:x|times) )?`;
const RATIO_NAMED_AFTER = /^\s?(?:(?:19|20)\d\de? )?(?:(ps|p\/s|市销率)|pe|p\/e|市盈率)(?![a-z])/;
// ("对应PE分别为165/104/76倍", "2027年平均PS约8倍": the name of the ratio, then the multiple, or a list of them, at once)
const RATIO_NAMED_BEFORE = /(?:((?<![a-z])(?:ps|p\/s)|市销率)|(?<![a-z])(?:pe|p\/e)|市盈率)(?:\s?\(?ttm\)?)?\s?(?:分别为|分别|约为|为|约|仅|达|of|at)?\s?(?:[\d.]+\s?\/\s?)*$/;
// (and "7.1 times its forecast 2027 enterprise value-to-sales", "17.4 times 2027 enterprise value to revenue")
const EV_SALES_AFTER = new RegExp(String.raw`^\s?${MULTIPLE_LIST_NEXT}${MULTIPLE_YEAR_TAG}?(?:its |their |our |her |his |the )?${MULTIPLE_ADJ}*${MULTIPLE_YEAR_TAG}?(?:ev/(?:sales|revenue)|ev-to-(?:sales|revenue)|enterprise value[ -]to[ -](?:sales|revenue))(?![a-z])`);
const CASH_BURNED_BEFORE = /(?:(?<![a-z])(?:burn(?:ed|t|s|ing)?|burned through|burnt through)\s(?:through\s)?(?:about |roughly |around |some |nearly |more than |over )?(?:us|hk|rmb)?[$¥]?|(?:消耗|烧掉|烧钱|耗费)(?:了)?(?:现金)?(?:约|近|超过)?)\s?$/;
const SPEND_BEFORE = /(?<![a-z])(?:spend|spends|spent|spending|invest|invests|invested|investing|pour|pours|poured|budget|budgets|budgeted|budgeting|earmark|earmarks|earmarked|set aside|sets aside|allocated?|allocates)\s(?:more than |about |around |roughly |nearly |over |some |up to |at least |another |a further )?(?:us|hk|rmb)?[$¥]?\s?$/;
const ON_INFRA_AFTER = /^\s?(?:[a-z]+ ){0,2}(?:on|in|into|for) (?:its |the |their |new )?(?:[a-z-]+,? (?:and )?){0,4}(?:infrastructure|data cent(?:re|er)s?|computing(?: power)?|compute|chips|servers|gpus|capacity)(?![a-z])/;
const PRIVATE_ROUND = /[a-z]\+?\s?[轮輪](?!次)|[天种種]子[轮輪]|战略[轮輪]|戰略[輪轮]|(?<![a-z])(?:series [a-z]\+?|(?:seed|angel|funding|financing|private) round)(?![a-z])/;
const LISTING_ZH_EN = /上市|招股|首发|首發|挂牌|掛牌|(?<![a-z])(?:ipo|listing|flotation|initial public offering)(?![a-z])/;
const OPENED_AT_BEFORE = /(?<![a-z])(?:opened|closed|ended|finished|settled)(?: (?:the day|trading|the session))? at (?:a record |a high of |a low of |a record high of )?(?:us|hk|rmb)?[$¥]?\s?$/;
// ("At the A-share price Zhipu is worth roughly 598 billion yuan", "at Friday's close, it was valued at HK$200 billion":
// what a company is worth at the price its shares trade at is its market value)
const AT_MARKET_PRICE = /(?<![a-z])at (?:the |its |their |this |that |current |today's |yesterday's |[a-z]+day's |the day's )?(?:(?:a-share|h-share|hong kong|shanghai|closing|current|market|share|stock|latest) )*(?:prices?|close|levels)(?![a-z])/;
const FROM_VALUE_PREV_QUARTER = /^\s?from\s(?:about |around |roughly |nearly )?(?:us|hk|rmb)?[$¥]?\d[\d.,]*\s?(?:trillion|billion|million|bn|mn)?\s?(?:yuan|dollars)?\s(?:in|during) the (?:previous|prior|preceding) (?:quarter|three months)(?![a-z])/;
const QOQ_OPENING = /^[\s"“]*(?:quarter[- ]on[- ]quarter|quarter-over-quarter|sequentially|on a sequential basis|from the (?:previous|prior|preceding) quarter|环比(?:来看|而言|看)?|按季(?:计|比较)?)\s?[,，]/;
const YOY_OWN = /(?<![a-z])(?:year[- ]on[- ]year|year-over-year|yoy|y-o-y|from a year (?:earlier|ago|before))(?![a-z])|同比|按年/;

/** The sequential (quarter-on-quarter) form of a growth metric: "revenue-growth" → "other:revenue-growth-qoq". */
export const sequentialOf = (m: MetricId): MetricId => (m.startsWith('other:') ? `${m}-qoq` : `other:${m}-qoq`) as MetricId;
/** The half-on-half form of a growth metric (against the half just before). */
export const halfOnHalfOf = (m: MetricId): MetricId => (m.startsWith('other:') ? `${m}-hoh` : `other:${m}-hoh`) as MetricId;
const HOH = /(?<![a-z])(?:hoh|h-o-h|half[- ]on[- ]half|half-over-half)(?![a-z])|按半年/;
// The words of a change from the quarter before, in English ("from the previous three months", "on the previous quarter",
// "than in the prior quarter") and, anywhere in the figure's own words, in Chinese (环比, Hong Kong's 按季, "较上季")
const QOQ_WORDS = String.raw`qoq|q-o-q|quarter[- ]on[- ]quarter|quarter-over-quarter|(?:from|on|over|than(?: in)?|versus|vs\.?|compared (?:with|to)) the (?:previous|prior|preceding) (?:quarter|three months)|sequential(?:ly)?`;
const QOQ = new RegExp(String.raw`(?:${QOQ_WORDS})(?![a-z])|环比|按季|(?:较|比)\s?上一?个?季`);
export const QOQ_EN = new RegExp(String.raw`(?<![a-z])(?:${QOQ_WORDS})(?![a-z])`);
const QOQ_AFTER = new RegExp(String.raw`^\s?(?:${QOQ_WORDS})(?![a-z])`);
// (and Taiwan's 季增 / 季減 beside 年增, said before the figure: "季減12%、年增52%"; not "第三季增長", a quarter's growth)
const QOQ_BEFORE_TW = /(?<![一二三四1-4第本上单首前后末该同当])季(?:增|减)\s?$/;
const HOLDING_GAP = /^\s(?:holding|held|holds|taking|took|takes|commanding|commanded|with)\s(?:about |around |roughly |nearly |some |over |more than |almost )?$|^\s?(?:占|占据|占比|份额为?)\s?(?:约|近|超|超过)?\s?$/;
const MARKET_NAMED = /(?<![a-z])market(?![- ]?(?:cap|value|valuation|debut|open|close|trading))(?![a-z])|市场(?!价值|估值)/;
const API_NAMED_BEFORE = /(?:(?<![a-z])(?:api|open[- ]platform|maas|model-as-a-service)(?: (?:business|platform|services?))?|开放平台(?:业务)?)\s?$/;
// the words between two items of a list: a comma, "and", 、, 和 (and the close of a parenthesis before them)
const LIST_GLUE = /^\s?\)?\s?(?:,|，|、|;|；|and|, and|,\s?and|和|及|以及|与)\s?$/;
const VALUED_BY_SHARES_BEFORE = /(?<![a-z])(?:shares|stock)(?![a-z])[^.;。；]{0,140}(?:valuing (?:it|the company|the group|them)|giving (?:it|the company|the group) a (?:market )?(?:value|valuation|capitali[sz]ation) of) (?:at )?(?:about |roughly |around |nearly |some |more than |almost )?(?:us|hk|rmb)?[$¥]?\s?$/;
const LISTED_WORTH_BEFORE = /(?<![a-z])listed (?:peers?|rivals?|competitors?|companies|counterparts)(?![a-z])[^.;。；]{0,60}(?:are|were|is|was) (?:now )?worth (?:about |roughly |around |nearly |some |more than |almost )?(?:(?:us|hk|rmb)?[$¥]?[\d.,]+\s?(?:billion|bn|million|mn|trillion)?,? (?:and )?)?(?:us|hk|rmb)?[$¥]?\s?$/;

const ADJUSTED_SINCE = /(?<![a-z])(?:on an? (?:adjusted|non-(?:gaap|ifrs)|underlying) basis|the adjusted (?:figure|measure|number|result|loss|profit)|excluding (?:share-based|stock-based))|经调整|按经调整基准|调整后/;
const ADJUSTABLE = /^other:(?:ebita|ebitda|operating-profit|eps|ebitda-loss|ebita-loss)(?:-growth|-change)?$/;
const ADJUSTED_BEFORE = /(?:(?<![a-z])(?:adjusted|non-(?:gaap|ifrs))|经调整|调整后|非(?:美国)?(?:国际财务报告|通用会计|公认会计)准则(?:下的?|的)?)\s?$/;
const ADJUSTED_PROFIT: Partial<Record<string, MetricId>> = { 'other:net-profit-growth': 'other:non-gaap-net-profit-growth', 'net-profit': 'other:non-gaap-net-profit' };
const ADJUSTED_NAMED_BEFORE = /(?:经调整|调整后|(?<![a-z])adjusted|non-(?:gaap|ifrs))\s?(?:[(（]\s?non-(?:gaap|ifrs)\s?[)）])?\s?(?:归属(?:于)?[^，。,;；]{0,8}?(?:股东|公司)(?:的)?)?\s?$/;
/** Business units whose names are aliases of their group (see aliases.ts). */
const UNIT_NAME = /^(?:volcano engine|火山引擎|byteplus|alibaba cloud|阿里云|aliyun|baidu ai cloud|百度智能云|百度ai云|tencent cloud|腾讯云|kling(?: ai)?|可灵(?:ai)?|apollo go|萝卜快跑|kunlunxin|昆仑芯|t-head|平头哥)$/;
// (the words between an amount and the name that owns it: "3 billion yuan of Kling revenue", "in Doubao sales")
const AMOUNT_OF_NAME_GAP = /^\s(?:of|in)\s[^,.;:()，。；：]{1,30}$/;
// (a sentence opened by a word standing for the unit last named: "The company, which designs …", "The unit's", "It")
const UNIT_TAKEN_UP = /^\s?(?:the (?:company|unit|chipmaker|chip designer|subsidiary)(?:'s|’s)?|it|its)(?![a-z])|^\s?(?:该公司|该子公司|其)/;
/** A company's apps and models, whose names stand for the company (see aliases.ts) but whose revenue is a part's. */
const PRODUCT_NAME = /^(?:hailuo|海螺ai|talkie|doubao|豆包|qwen|通义千问|通义|ernie|文心一言|文心)$/;
// (the product's name, then at most a few words with no comma before the metric word: "海螺AI 2024年收入", "Hailuo's sales")
const PRODUCT_SUBJECT_GAP = /^[)）]?\s?(?:'s|’s)?\s?[^,.;:，。；：()（）]{0,20}$/;
// ("Its revenue", "其收入": a sentence opened by the pronoun, right before the metric word)
const ANAPHOR_OWNER_BEFORE = /^\s*(?:its|其)\s?(?:[a-z-]+\s){0,2}$/;
const PRODUCT_METRIC: Partial<Record<string, MetricId>> = {
  revenue: 'other:segment-revenue',
  'revenue-growth': 'other:segment-revenue-growth',
  'other:revenue-growth-qoq': 'other:segment-revenue-growth-qoq',
  'gross-margin': 'other:segment-gross-margin',
};
// (a sentence's subject that points back at a line of business: "That business generated", "This unit's sales", "该业务收入",
// "这一板块"; not "the business", which may be the company itself)
// (and "The open platform … grew faster: revenue there rose 181%": the revenue of the place or part just named)
const PART_POINTED_AT = /^\s*(?:[^,;:]{0,30},\s)?(?:this|that) (?:business|unit|division|segment|arm|line of business)(?:'s|’s)?(?![a-z])[^;]*$|(?<![a-z])(?:revenues?|sales) there(?![a-z])[^;]*$|^\s*[^。；;]{0,16}?(?:该|該|这一|這一|这个|這個|此)(?:业务|業務|板块|板塊|分部|事业部|事業部|部分)[^。；;]*$|^\s*[^。；;]{0,16}?(?:当地|當地)(?=收入|营收|營收|销售额|銷售額)[^。；;]*$/;
// "could generate as much as", "brought in about": an earning verb right before an amount (the verb, the filler)
const EARN_VERB_BEFORE = /((?:(?:could|would|will|may|might|can|is expected to|are expected to|is set to|aims to|to) )?(?:generate[sd]?|generating|br(?:ing|ings|ought) in|earn(?:s|ed)?|make|makes|made|book(?:s|ed)?))\s(?:as much as |as little as |about |around |roughly |nearly |some |more than |over |up to |less than )?(?:us|hk|rmb)?[$¥]?\s?$/;
const PEER_GAP_AFTER = /^\s?(?:times\s|x\s)?(?:(?:larger|bigger|higher|greater|more|smaller|lower|less|faster|slower)\s(?:than\s)?|(?:above|below|ahead of|behind)\s)(?:that of |those of |the |rival |peer )?$/;
const PEER_VERB_BEFORE = /(?:为|是|相当于|接近|等于|达到|达|仅为|不到|不足|反超|超过|超出|高出|高于|低于|领先|落后|比)\s?$/;
const PEER_GAP_ZH = /^[^，。；,;\d]{0,14}?\s?(?:约|近|逾|超|超过|多)?\s?$/;

/**
 * Valuation multiples: a day's price over a year's sales, earnings or run-rate (a valuation as a multiple of revenue is
 * a multiple of its own: "估值大约是Kimi明年预期收入的25倍").
 */
export const VALUATION_MULTIPLES: ReadonlySet<string> = new Set<string>(['price-to-sales', 'other:ev-to-sales', 'other:ev-to-arr', 'other:pe-ratio']);

/** Whether a percentage or a multiple compares one company with another named right beside it. */
function comparesWithPeer(norm: string, fig: RawFigure, mentions: Mention[], ss: number, se: number): boolean {
  const j = lowerBound(mentions, fig.end);
  const next = mentions[j];
  if (next && next.start < se && next.kind !== 'index' && next.start - fig.end <= 40) {
    const gap = norm.slice(fig.end, next.start);
    if (PEER_GAP_AFTER.test(gap)) return true;
    // ("2.5 times Zhipu's", "three times that of MiniMax")
    if (fig.kind === 'multiple' && /^\s?(?:that of |those of )?$/.test(gap) && (/^(?:'s|’s)/.test(norm.slice(next.end, next.end + 2)) || gap.includes('of'))) return true;
  }
  const prev = mentions[lowerBound(mentions, fig.start) - 1];
  return !!prev && prev.start >= ss && prev.kind !== 'index' && PEER_GAP_ZH.test(norm.slice(prev.end, fig.start)) && PEER_VERB_BEFORE.test(norm.slice(Math.max(ss, prev.start - 4), prev.start));
}

/** What a unit's figure is, said with the group's metric word; the metrics not listed are not a unit's to have. */
const UNIT_METRIC: Partial<Record<string, MetricId | null>> = {
  revenue: 'other:segment-revenue',
  'revenue-growth': 'other:segment-revenue-growth',
  'other:revenue-growth-qoq': 'other:segment-revenue-growth-qoq',
  'net-loss': null,
  'net-profit': null,
  'adjusted-net-loss': null,
  'gross-margin': 'other:segment-gross-margin',
  // (a unit's run-rate and users are not the group's: Kling's users are not Kuaishou's)
  arr: null,
  users: null,
  'other:daily-active-users': null,
  'paying-users': null,
  // (a unit's valuation, its listing and its rounds are its own: "Kunlunxin was valued at 21 billion yuan"; its owner's
  // shares are the only ones that trade)
  valuation: null,
  'ipo-proceeds': null,
  funding: null,
};

// (a clause whose subject is the company named as such: ", as the short-video company reported", "，集团第三季度收入", a
// sentence opened by "The parent's second-quarter revenue"; not "the company" or "公司" alone, which may be the unit itself)
const COMPANY_ITSELF = /(?:^\s?|[,;，；]\s?|\s(?:as|while|when|after)\s)(?:(?:as|while|when|after|and|but)\s)?(?:the|its(?= parent)) (?:(?:[a-z-]+ ){1,2}(?:company|firm)|(?:[a-z-]+ ){0,2}(?:group|parent|conglomerate))(?![a-z])[^,;，；]*$|(?:^|[,;，；])\s?(?:集团|母公司)[^，；,;]*$/;

/** What `metricByWording` looks at around a figure. */
export interface Wording {
  norm: string;
  text: string;
  fig: RawFigure;
  /** The figure read before it in the same sentence, if any. */
  prev: { end: number } | undefined;
  ss: number;
  choice: MetricChoice;
  entity: EntityId | null;
  entityCue: { text: string; scope: string } | null;
  mentions: Mention[];
}

const WHOLE_SAID_BETWEEN = /(?<![a-z])(?:group's|group|overall|total|whole|company's|companywide|company-wide)(?![a-z])/;
const CLOUD_ARM_AFTER = /^(?:'s|’s) (?:ai )?cloud (?:unit|division|arm|business|segment)(?![a-z])/;
const UNIT_GROUP_BEFORE = /(?<![a-z])cloud intelligence group\s?$|云智能集团\s?$/;

/**
 * What the wording around a figure makes of its metric: the adjusted measure ("On an adjusted basis, …, the loss was
 * 3.36 billion yuan", "经调整EBITA"), or a business unit's figure ("Volcano Engine, its cloud unit, has set a target of
 * 50bn yuan"), with the unit's name as the part (`part`), else the metric as it was.
 */
export function metricByWording(metric: MetricId, w: Wording): { metric: MetricId | null; part: string | null } {
  const { norm, text, fig, prev, ss, choice, entity, entityCue, mentions } = w;
  let out: MetricId | null = metric;
  // (the adjusted measure named since the figure before it: not "the adjusted loss was X, while the net loss was Y")
  const since = prev && prev.end > ss && prev.end <= fig.start ? prev.end : ss;
  if ((metric === 'net-loss' || metric === 'net-profit') && ADJUSTED_SINCE.test(norm.slice(since, fig.start))) out = metric === 'net-loss' ? 'adjusted-net-loss' : 'other:non-gaap-net-profit';
  // (an adjusted profit is a measure apart from the reported one)
  else if (choice.cue !== null && !choice.carried && ADJUSTABLE.test(metric) && ADJUSTED_BEFORE.test(norm.slice(Math.max(ss, choice.cue.start - 24), choice.cue.start))) out = `other:adjusted-${metric.replace(/^other:/, '')}` as MetricId;
  // ("經調整（non-GAAP）歸屬百度股東淨利潤40.3億元，按年跌24%", "經調整盈利跌24%": the adjusted profit's change, its word
  // before the metric word, past a gloss and whose profit it is)
  else if (choice.cue !== null && !choice.carried && ADJUSTED_PROFIT[metric] !== undefined && ADJUSTED_NAMED_BEFORE.test(norm.slice(Math.max(ss, choice.cue.start - 30), choice.cue.start))) out = ADJUSTED_PROFIT[metric]!;
  // a business unit named as the subject makes the figure the unit's, never the group's total (the unit is the company
  // named nearest, or the sentence's subject: "Volcano Engine, ByteDance's cloud arm, …"); a part's figure said without
  // naming the part otherwise takes the unit's name ("Kling generated 300 million yuan of revenue")
  if (out === null) return { metric: out, part: null };
  const asked = out in UNIT_METRIC || out.startsWith('other:segment-');
  if (!asked) return { metric: out, part: null };
  // ("Kling generated 1.42 billion yuan. Total revenue for the quarter grew 13.5%": the group's total, said so)
  // (but a unit whose name ends in "group" is the unit: "阿里云智能集团收入", "Cloud Intelligence Group revenue")
  if (choice.cue !== null && /(?<![a-z])(?:total|group|overall)\s$|(?:集团|总)\s?$/.test(norm.slice(Math.max(0, choice.cue.start - 8), choice.cue.start)) && !UNIT_GROUP_BEFORE.test(norm.slice(Math.max(0, choice.cue.start - 30), choice.cue.start))) return { metric: out, part: null };
  let subject: Mention | undefined;
  if (entity !== null) for (let j = lowerBound(mentions, ss); j < mentions.length && mentions[j]!.end <= fig.start && !subject; j++) if (mentions[j]!.entity === entity) subject = mentions[j];
  // (a unit carried from an earlier paragraph is no longer the subject: "Apollo Go: rides reached 3.4mn.\n\nEstimates.
  // We lift our revenue forecasts to …" are the group's)
  // (unless the paragraph's sentence takes it up by a word that stands for it: "Kunlunxin, the AI chip unit of Baidu, has
  // filed …\n\nThe company, which designs the P800, reported revenue of")
  const cueHolds =
    entityCue !== null && (entityCue.scope !== 'carried' || !norm.slice(Math.max(0, norm.lastIndexOf(normalizeText(entityCue.text).toLowerCase(), fig.start)), fig.start).includes('\n') || UNIT_TAKEN_UP.test(norm.slice(ss, fig.start)));
  const names = [cueHolds ? entityCue.text : undefined, subject && text.slice(subject.start, subject.end)];
  let unit = names.find((t) => t !== undefined && UNIT_NAME.test(normalizeText(t).toLowerCase()));
  // ("Alibaba's cloud unit, a supplier and rival to both, reported 29% revenue growth": the company's cloud arm as the subject)
  // (not a figure the sentence gives to the whole: "…, well ahead of the group's overall 3% increase")
  if (unit === undefined && subject !== undefined && CLOUD_ARM_AFTER.test(norm.slice(subject.end, subject.end + 30)) && !WHOLE_SAID_BETWEEN.test(norm.slice(subject.end + 10, fig.start))) unit = 'cloud';
  // ("Kunlunxin, the chip arm of Baidu, has filed to list.\n\nThe company … reported revenue of": a sentence opened by a
  // word standing for the subject of the sentence before, when that subject is a unit)
  if (unit === undefined && entity !== null && UNIT_TAKEN_UP.test(norm.slice(ss, fig.start))) {
    let pe = ss - 1;
    while (pe > 0 && /\s/.test(norm[pe]!)) pe--;
    const ps = sentenceStartBefore(norm, pe);
    let j = lowerBound(mentions, ps);
    while (j < mentions.length && mentions[j]!.start < pe && mentions[j]!.entity !== entity) j++;
    const first = j < mentions.length && mentions[j]!.start < pe ? mentions[j]! : undefined;
    if (first && UNIT_NAME.test(norm.slice(first.start, first.end))) unit = text.slice(first.start, first.end);
  }
  // ("3 billion yuan of Kling revenue", "2 billion yuan in Doubao sales": a unit or an app named between the amount and
  // its metric word owns the amount; the company's own name there leaves its total)
  if (unit === undefined && entity !== null && choice.cue !== null && !choice.carried && choice.cue.start >= fig.end && AMOUNT_OF_NAME_GAP.test(norm.slice(fig.end, choice.cue.start))) {
    const j = lowerBound(mentions, fig.end);
    const m = j < mentions.length ? mentions[j]! : undefined;
    if (m !== undefined && m.entity === entity && m.end <= choice.cue.start && /^(?:'s|’s)?\s$/.test(norm.slice(m.end, choice.cue.start))) {
      const name = normalizeText(text.slice(m.start, m.end));
      if (UNIT_NAME.test(name.toLowerCase())) unit = name;
      else if (PRODUCT_METRIC[out] !== undefined && PRODUCT_NAME.test(name.toLowerCase())) return { metric: PRODUCT_METRIC[out]!, part: normaliseSegment(name) };
    }
  }
  // ("its Kling service earned more than RMB1 billion, as the short-video company reported third-quarter revenue of
  // RMB38.62 billion": a clause whose subject is the company itself, named as such, gives the group's figure)
  if (unit !== undefined && choice.cue !== null && !choice.carried && COMPANY_ITSELF.test(norm.slice(ss, choice.cue.start))) unit = undefined;
  if (unit === undefined) {
    // ("Hailuo brought in $48 million", "海螺AI收入4810万美元", "Doubao's ad sales": an app's or a model's
    // revenue is a part of its company's, when the name is the subject right before the metric word; its users are
    // not told apart here)
    const cue = choice.cue;
    // ("That business generated 228 million yuan in sales with a gross margin of 47%", "2025年，该业务收入7.82亿元": a part
    // of the company the sentence names only by pointing back at it is a part all the same, never the company's total)
    // (or the clause of its metric word: "…成为新的增长点，第二季度该部分收入同比增长186%，达到34亿元")
    if (PRODUCT_METRIC[out] !== undefined && (PART_POINTED_AT.test(norm.slice(ss, fig.start)) || PART_POINTED_AT.test(norm.slice(Math.max(ss, norm.lastIndexOf(',', (choice.cue !== null && !choice.carried && choice.cue.start < fig.start ? choice.cue.start : fig.start) - 1) + 1), fig.start)))) return { metric: PRODUCT_METRIC[out]!, part: null };
    if (cue === null || choice.carried || PRODUCT_METRIC[out] === undefined || cue.start > fig.start) return { metric: out, part: null };
    // ("Hailuo has grown faster. Its revenue in the second quarter was US$31.5 million": the app the sentence's "its" stands
    // for, named as the subject of the sentence before)
    if (entityCue !== null && entityCue.scope === 'sentence' && PRODUCT_NAME.test(normalizeText(entityCue.text).toLowerCase()) && ANAPHOR_OWNER_BEFORE.test(norm.slice(ss, cue.start))) {
      return { metric: PRODUCT_METRIC[out]!, part: normaliseSegment(normalizeText(entityCue.text)) };
    }
    const j = lowerBound(mentions, cue.start) - 1;
    const m = j >= 0 ? mentions[j]! : undefined;
    if (m === undefined || m.end < ss || m.entity !== entity || !PRODUCT_NAME.test(norm.slice(m.start, m.end)) || !PRODUCT_SUBJECT_GAP.test(norm.slice(m.end, cue.start))) return { metric: out, part: null };
    return { metric: PRODUCT_METRIC[out]!, part: normaliseSegment(normalizeText(text.slice(m.start, m.end))) };
  }
  return { metric: out in UNIT_METRIC ? UNIT_METRIC[out]! : out, part: normaliseSegment(normalizeText(unit)) };
}

// (a bare "target" before a price per share: "cut its target on the New York-listed shares to $205", "with a target of HK$198")
// (and "its target for Baidu's American depositary shares (ADSs) to $128", "lifted its target 31% to HK$472")
const TARGET_SET_BEFORE = /(?<![a-z])targets? (?:(?:on|for) (?:the |its )?(?:[a-z.'’-]+ ){0,3}(?:shares|stock|adrs?|adss?) (?:\([a-z]+\) )?(?:of [a-z.]+ )?)?(?:(?:was |is )?(?:cut|raised|lowered|lifted|trimmed|reduced|increased) )?(?:(?:by )?\d[\d.]*\s?(?:%|per ?cent|percent) )?(?:to|of|at)\s?$/;
const TARGET_LIST_BEFORE = /(?:,|(?<![a-z])and) (?:on|for) (?:the |its )?(?:[a-z.-]+ ){0,3}(?:shares|stock|adrs?|adss?) to\s?$/;
// (the bonds or notes a sum was raised through, in the words after it)
const BOND_AFTER = /^[^,;.!?]{0,50}?(?<![a-z])(?:(convertible|exchangeable) (?:bonds?|notes?)|bonds?|(?:senior |guaranteed |unsecured )?notes? due)(?![a-z])/;
const CONVERT_WORDS = /(?<![a-z])conver(?:t|ted|tible|sion)(?![a-z])|转股|换股/;
// (a cost per token named before the figure, and the words after it)
const COST_PER_TOKEN_BEFORE = /((?<![a-z])(?:inference|serving|compute|computing|unit|marginal|average) costs?|推理成本|单位成本|算力成本)[^.;。；]*$/;
const PRICE_WORDS = /(?<![a-z])(?:prices?|charges?|charging|lists?|priced|cut)(?![a-z])|价格|售价|定价|收费|降价/;
/** Whether the words before a figure name a cost of serving tokens, and no price after it. */
function costPerTokenBefore(before: string): boolean {
  const cost = COST_PER_TOKEN_BEFORE.exec(before);
  return cost !== null && !PRICE_WORDS.test(cost[0].slice(cost[1]!.length));
}
const ROBOTAXI = /萝卜快跑|(?<![a-z])(?:apollo go|robotaxis?|driverless)(?![a-z])|无人驾驶|自动驾驶/;
// (between "raised" and the listing it raised in: the amount, then "in its Hong Kong", "in what was then the city's largest AI")
// (and "raised in January's Hong Kong IPO": a listing named by its month or its company)
const IN_LISTING_GAP = /^[^,，]*?\s(?:in|from|through|at|by|during)\s(?:its|the|their|a|an|what was(?: then)?(?: the)?|[a-z.-]+(?:'s|’s))\s(?:[\w'’.-]+\s){0,5}$/;
// ("revenue rose 168% to US$212mn, with 73% generated outside China": the share of it earned abroad)
const SHARE_EARNED_ABROAD_AFTER = /^\s?(?:of (?:it|that|its revenue|its sales|revenue|sales) )?(?:was |were )?(?:earned|generated|made|booked|derived) (?:abroad|overseas|outside (?:of )?(?:the chinese mainland|mainland china|china|the mainland))(?![a-z])/;
// ("是同期海外收入的2.6倍": one amount as a multiple of another; not a time it is a multiple of, which makes it a growth:
// "是去年同期的4.4倍", "约为去年的5倍")
const TIMES_OF_BEFORE_ZH = /(?:是|为|相当于)\s?(?:同期|其|公司|当期|全年)?\s?(?![^，。；,;\d]{0,6}(?:去年|上年|前年|同期|上季|上一季|上半年|年初|此前|之前)[^，。；,;\d]{0,2}的)[^，。；,;\d]{1,12}的\s?(?:约|近|逾|超过)?\s?$/;
// ("its share of open-weight model downloads … fell to", "their share of tokens rose to … from")
const POSSESSIVE_SHARE_BEFORE = /(?:'s|’s) share (?:rose|fell|climbed|dropped|slipped|slid|increased|decreased|grew|shrank|jumped|reached|was|stood at|hit|edged up|edged down)\s(?:to\s)?(?:about |around |nearly |roughly )?(?:\d[\d.]*\s?(?:%|percent|per cent)\s(?:in [^,;.]{0,30})?from\s)?$/;
const SHARE_OF_THING_BEFORE = /(?<![a-z])share of (?:the |all )?[^,;.]{0,60}?(?:rose|fell|climbed|dropped|slipped|increased|decreased|grew|reached|was|stood at|hit|edged up|edged down)\s(?:to\s)?(?:about |around |nearly |roughly )?(?:\d[\d.]*\s?(?:%|percent|per cent)\s(?:in [^,;.]{0,30})?from\s)?$/;

// ("revenue at the cloud unit rose 38% to 52.6 billion yuan, outpacing the group's overall 6% increase to 262.3 billion
// yuan": a later clause that names the whole tells the group's figure, though the revenue word is the part's)
const WHOLE_IN_CLAUSE = /(?<![a-z])(?:the (?:group|company)(?:'s|’s) (?:overall|total)|(?:group|company)-wide)(?![a-z])|集团整体|公司整体/;
function wholeInOwnClause(norm: string, c: Cue, fig: RawFigure, sentStart: number): boolean {
  const head = norm.slice(Math.max(sentStart, fig.start - 60), fig.start);
  const cut = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf('，'), head.lastIndexOf('；'));
  if (cut < 0) return false;
  const clause = fig.start - head.length + cut;
  return c.end <= clause && WHOLE_IN_CLAUSE.test(norm.slice(clause, fig.start));
}
