// What a news text keeps in force from one sentence to the next. A results story names its company and its
// reporting period once ("Acme reported first-half results on Tuesday.") and then reports figure after figure
// without repeating them ("Revenue rose 12% to 3 billion yuan."). The reader marks such a company or period as
// carried: too weak to warn of, but a careful reader records the figure with them. These rules say when a carried
// company or period still holds: nothing in between could have changed it. Pure, no DOM.
import type { Figure } from '../types';
import type { EntityId } from '../vocabulary';
import { findMentions, fiscalYearEndOf, SOURCE_FIRMS, type Mention } from './aliases';
import { MODEL_METRICS } from './fact-basis';
import { growthOf } from './metrics';
import { inClosedAside } from './pick-entity';
import { lowerBound } from './lower-bound';
import { normalizeText } from './normalize';
import { MONTH_COUNTS, POINT_IN_TIME } from './pick-period';
import { COMPARED_BEFORE, findPeriodMentions, firstUndatedPart, namesComparedPeriod, NOW, periodContextOf, REPORT_PERIOD, reportPeriodOf, type PeriodMention } from './periods';
import { clauseStart, findSentences, sentenceIndexAt, type Sentences } from './sentences';

/** The text as these rules look at it: computed once per text. */
export interface TextFacts {
  norm: string;
  text: string;
  sentences: Sentences;
  mentions: Mention[];
  periods: PeriodMention[];
  /** The periods that set the period in force (years, halves, quarters stated as such), in text order. */
  anchors: PeriodMention[];
  /** The first company the text names. */
  firstCompany: EntityId | null;
  /** Where an anchor with another period than the first anchor's is first named (Infinity when never). */
  secondPeriodAt: number;
}

export function textFacts(text: string, pageDate: string | null): TextFacts {
  const norm = normalizeText(text);
  const mentions = findMentions(norm, text);
  const periods = findPeriodMentions(norm, { ...periodContextOf(pageDate), fiscalYearEnd: fiscalYearEndOf(mentions) });
  // (a group standing for the market, "Chinese developers", or a region, "安徽省", is no company the text is about)
  const companies = mentions.filter((x) => x.kind !== 'index' && !x.group && !x.place);
  const firstCompany = companies[0]?.entity ?? null;
  const anchors = periods.filter((p) => p.anchor && !p.ahead);
  const secondPeriodAt = anchors.find((p) => p.period !== anchors[0]!.period)?.start ?? Infinity;
  return { norm, text, sentences: findSentences(norm, text), mentions, periods, anchors, firstCompany, secondPeriodAt };
}

/** Start of the paragraph (line) holding `pos`. */
const paragraphStart = (norm: string, pos: number): number => norm.lastIndexOf('\n', pos - 1) + 1;

/**
 * Start of the heading line right above the paragraph starting at `para` (blank lines between allowed), or -1: a short
 * line with no sentence in it ("► iFlytek (002230.SZ)", "## Zhipu", "智谱："), as newsletters head each company's item.
 */
function headingAbove(norm: string, para: number): number {
  let end = para - 1;
  while (end > 0 && /\s/.test(norm[end - 1]!)) end--;
  if (end <= 0) return -1;
  const start = norm.lastIndexOf('\n', end - 1) + 1;
  return isHeading(norm.slice(start, end)) ? start : -1;
}

const isHeading = (line: string): boolean => line.trim() !== '' && line.length <= 60 && !/[.。!?！？;；](?:\s|$)|\d[\d.,]*\s?(?:%|亿|億|万|萬|million|billion|bn|mn)/.test(line);

/**
 * Start of the heading that opens the block of lines (no blank line between them) holding the line at `para`, or -1:
 * "SenseTime\nThe claim: …\nThe filing: revenue was …", a company's item told in several lines under its name.
 */
function headingOfBlock(norm: string, para: number): number {
  let start = para;
  for (let k = 0; k < 6 && start > 0 && norm[start - 1] === '\n'; k++) {
    const above = norm.lastIndexOf('\n', start - 2) + 1;
    const line = norm.slice(above, start - 1);
    if (line.trim() === '') return -1;
    // (a heading only when it opens the block: the text's start or a blank line above it)
    if (isHeading(line)) return above === 0 || norm.slice(norm.lastIndexOf('\n', above - 2) + 1, above - 1).trim() === '' ? above : -1;
    start = above;
  }
  return -1;
}

const sentenceOf = (f: TextFacts, pos: number): [number, number] => {
  const si = sentenceIndexAt(f.sentences, pos);
  return [f.sentences.starts[si] ?? 0, f.sentences.ends[si] ?? f.norm.length];
};

// "Meituan's revenue", "Xpeng’s shares": a name the vocabulary does not know, owning what follows
const UNKNOWN_OWNER = /(?<![A-Za-z])[A-Z][A-Za-z0-9&.-]*(?:'s|’s)(?![a-z])/g;
// "its rival's", "peers", "competitors": the sentence turns to another company
const OTHER_SUBJECT = /(?<![a-z])(?:rivals?|competitors?|peers?|counterparts?)(?![a-z])|对手|同行|竞品/;

/** A source of data or a broker the vocabulary does not know ("polled by LSEG", "the LSEG consensus", "Goldman Sachs"). */
const isSource = (f: TextFacts, m: Mention): boolean => m.kind !== 'index' && m.entity === null && (m.weak || SOURCE_FIRMS.has(f.norm.slice(m.start, m.end)));

/**
 * Whether the figure's carried company still holds: the figure's sentence names no company but this one (nor a
 * rival, nor a name the vocabulary does not know as an owner), the last company named before the sentence is this
 * one as a subject (not as an investor or rival), with no other company named since, and it was named in this
 * paragraph or, when it is the text's own company (the first it names), before.
 */
export function companyContinues(f: TextFacts, figure: Figure): boolean {
  const entity = figure.entity;
  if (entity === null || entity === 'china-market' || figure.evidence.entity?.scope !== 'carried') return false;
  const [ss, se] = sentenceOf(f, figure.start);
  const own = (m: Mention) => m.kind !== 'index' && m.entity === entity;
  // (a company named in a later clause is a comparison: "revenue rose 20%, outpacing its rivals")
  const clauseEnd = laterClauseAt(f.norm, figure.end, se);
  for (let j = lowerBound(f.mentions, ss); j < f.mentions.length && f.mentions[j]!.start < clauseEnd; j++) {
    const m = f.mentions[j]!;
    // (rivals named after the figure, "… to defend share against DeepSeek and Alibaba", are not its owner)
    if (m.weak && m.start >= figure.end) continue;
    // (nor is a source of data the vocabulary does not know: "Analysts polled by LSEG expect revenue of …")
    if (m.weak && m.entity === null && m.kind !== 'index') continue;
    if (m.kind === 'index' ? m.start < figure.start : !own(m)) return false;
  }
  const before = f.text.slice(ss, figure.start);
  if (OTHER_SUBJECT.test(f.norm.slice(ss, figure.start))) return false;
  for (const m of before.matchAll(UNKNOWN_OWNER)) {
    const at = ss + m.index;
    const known = f.mentions.some((x) => x.start <= at && x.end >= at + m[0].length - 2);
    if (!known) return false;
  }
  if (ANAPHOR_START.test(f.norm.slice(ss, ss + 40)) && subjectOfSentenceBefore(f, ss) === entity) return true;
  let subject: Mention | null = null;
  for (let j = lowerBound(f.mentions, ss) - 1; j >= 0; j--) {
    const m = f.mentions[j]!;
    if (m.kind === 'index' || m.group) continue;
    // (a company named inside an aside about another, "MiniMax, which listed in the same week as Zhipu, told …")
    if (inClosedAside(f.norm, f.mentions, j, ss)) continue;
    // (a source of data the vocabulary does not know, "analysts polled by LSEG", "the LSEG consensus", is no subject; nor
    // are rivals named in a sentence the company itself opens: "It cut prices to defend share against DeepSeek and
    // Alibaba.")
    if (isSource(f, m)) continue;
    if (m.weak && !own(m) && (opensWithCompany(f, m.start, entity) || subjectBefore(f, m, entity) !== false)) continue;
    if (!own(m)) return false;
    if (!m.weak) {
      subject = m;
      // "MiniMax and Tencent have hired ...": one of a list of companies is no single subject
      // (a company named with its product is named once: "calls Alibaba's Qwen and Zhipu's GLM in the cloud")
      let k = j - 1;
      let head = m;
      while (k >= 0 && f.mentions[k]!.entity === entity && /^(?:'s|’s)?\s?$/.test(f.norm.slice(f.mentions[k]!.end, head.start))) head = f.mentions[k--]!;
      const other = f.mentions[k];
      if (other && other.kind !== 'index' && other.entity !== entity && (LIST_JOIN.test(f.norm.slice(other.end, head.start)) || (other.entity !== null && /^(?:'s|’s)?\s?[a-z0-9.-]*\s?(?:and|&|和|与|及|、)\s?$/.test(f.norm.slice(other.end, head.start))))) return false;
      break;
    }
  }
  if (subject === null) return false;
  const para = paragraphStart(f.norm, ss);
  if (subject.start >= para) return true;
  // ("► iFlytek (002230.SZ)\nRevenue growth was steady; net loss … RMB112 million": the company a heading above the
  // paragraph names, as its only company, is the paragraph's)
  const heading = headingAbove(f.norm, para);
  if (heading >= 0 && subject.start >= heading) return true;
  // (and the one a heading opening the block of lines names: "SenseTime\nThe claim: …\nThe filing: …")
  const block = headingOfBlock(f.norm, para);
  if (block >= 0 && subject.start >= block) return true;
  // (a paragraph that names no company goes on with an earlier one only when that one's subject is the text's own
  // company, the first it names: after "ByteDance's Doubao had more than 300 million" in a story about Baidu, "Capital
  // expenditure is forecast to reach …" is no more ByteDance's than Baidu's; and with no other company named since it
  // was last named as a subject, the text has not turned to another, however far back: "The numbers do not help. In
  // the first half revenue grew 18%" in a story about SenseTime that named rivals in its opening)
  return entity === f.firstCompany;
}

/**
 * What the sentence of a weak mention (a rival, an investor) says before it about its subject: null when it names none
 * (its subject is carried), the company it names first when that is the company in force (`entity`), else false.
 */
function subjectBefore(f: TextFacts, m: Mention, entity: string | null = null): string | null | false {
  const [ms] = sentenceOf(f, m.start);
  for (let k = lowerBound(f.mentions, ms); k < f.mentions.length && f.mentions[k]!.start < m.start; k++) {
    const x = f.mentions[k]!;
    if (x.kind !== 'index' && !x.weak) return x.entity !== null && x.entity === entity ? x.entity : false;
  }
  return ANAPHOR_START.test(f.norm.slice(ms, ms + 40)) || !OTHER_SUBJECT.test(f.norm.slice(ms, m.start)) ? null : false;
}

// (a comma alone is no list: "As per IDC, SenseTime became ...")
const LIST_JOIN = /^\s?(?:、|and|&|和|与|及|以及|,\s?and)\s?(?:the\s)?$/;

// "Its stock jumped ...", "The company's revenue ...", "该公司营收 ...": a sentence that opens by referring back
const ANAPHOR_START = /^\s?(?:its|it|the (?:(?:[a-z]+ )?[a-z]+-(?:listed|based|backed|headquartered) )?(?:company|firm|group|start-?up)(?:'s|’s)?|该公司|公司|其)(?![a-z])/;

/**
 * The company the sentence before `ss` is about: the one it opens with ("The company formally known as Knowledge
 * Atlas has hired Guotai Haitong and CICC ..."), when no other company of the vocabulary is named in it. Banks and
 * advisers the vocabulary does not know are objects there, not rival subjects; a second known company (an investor,
 * a rival) makes "its" ambiguous, so then none.
 */
function subjectOfSentenceBefore(f: TextFacts, ss: number): EntityId | null {
  if (ss === 0) return null;
  const [ps] = sentenceOf(f, ss - 1);
  let subject: Mention | null = null;
  for (let j = lowerBound(f.mentions, ps); j < f.mentions.length && f.mentions[j]!.start < ss; j++) {
    const m = f.mentions[j]!;
    if (m.kind === 'index') continue;
    if (subject === null) {
      if (m.weak || m.entity === null || m.entity === 'china-market' || m.start - ps > 50 || /[,;:，；：]/.test(f.norm.slice(ps, m.start))) return null;
      subject = m;
      // (a group named later, "a price war among Chinese model developers", is no second company "it" could stand for)
    } else if (m.entity !== null && m.entity !== subject.entity && !m.group) return null;
  }
  return subject?.entity ?? null;
}

/** Whether the sentence holding `pos` opens with the company or with a word referring back to it ("It", "Its"). */
function opensWithCompany(f: TextFacts, pos: number, entity: EntityId): boolean {
  const [ss] = sentenceOf(f, pos);
  if (ANAPHOR_START.test(f.norm.slice(ss, ss + 40))) return true;
  const first = f.mentions[lowerBound(f.mentions, ss)];
  return first !== undefined && first.entity === entity && !first.weak && first.start - ss <= 4;
}

/** Where the clause after `pos` ends (a comma, semicolon or colon), or the sentence end. */
function laterClauseAt(norm: string, pos: number, sentenceEnd: number): number {
  const m = /[,;:，；：](?!\d)/.exec(norm.slice(pos, sentenceEnd));
  return m ? pos + m.index : sentenceEnd;
}


// "for the quarter", "in the period", "during the reporting period", "报告期内", "期内", "期間", "当期", "本期": the
// sentence refers back to the period the text named
// counts that stand at a level on a day ("developers number more than 3.2 million", "日均调用量已超过25万亿tokens",
// "had been downloaded 900 million times"): not figures of the quarter or year a results story is in
const LEVEL_COUNTS = new Set<string>(['other:developers', 'other:registered-developers', 'other:registered-users', 'other:app-downloads', 'other:model-downloads', 'other:daily-tokens']);

// (the growth of the counts that stand at a level: users, payers, developers, tokens a day)
const LEVEL_COUNT_GROWTH = new Set<string>((['other:daily-tokens', 'users', 'other:daily-active-users', 'other:developers', 'paying-users'] as const).map(growthOf));

const PERIOD_BACK =
  /(?<![a-z])(?:(?:for|in|during|over) the (?:same )?(?:quarter|half|period|reporting period|year|first half|second half|three months)(?![- ]?(?:ago|earlier|before))|(?:this|the) (?:quarter|half)'s)(?![a-z])|报告期内?|本报告期|期内|期间|当期|本期|当季|本季/;



/**
 * Whether the figure's carried period still holds: the figure is no forecast, its sentence names no period of its
 * own other than a comparison with the period in force ("a year earlier", "去年同期"), and the period was named in
 * this paragraph, or the sentence refers back to it ("for the quarter", "报告期内"), or it is the only reporting
 * period the text has named so far. A headline or lead figure before any period is named takes the period the
 * next sentence states.
 */
export function periodContinues(f: TextFacts, figure: Figure): boolean {
  const period = figure.period;
  if (period === null || figure.evidence.period?.scope !== 'carried' || figure.qualifier === 'forecast') return false;
  // a value as of a date (a valuation, a share price, cash) or a model's facts are not figures of the period in force
  const metric = figure.metric;
  // (but a count of a month's users carries the month its ranking opened with: pick-period.ts, MONTH_COUNTS)
  const monthCount = metric !== null && MONTH_COUNTS.has(metric) && /^\d{4}-\d{2}$/.test(period);
  if (metric !== null && !monthCount && (POINT_IN_TIME.has(metric) || MODEL_METRICS.has(metric) || LEVEL_COUNTS.has(metric))) return false;
  // (nor is the growth of a count that stands at a level, "daily token calls grew 4.2-fold", "monthly users rose 35%": it
  // runs from a moment of its own, since January, from a year or a month before, seldom over the period in force)
  if (metric !== null && LEVEL_COUNT_GROWTH.has(metric)) return false;
  const [ss, se] = sentenceOf(f, figure.start);
  if (NOW.test(f.norm.slice(clauseStart(f.norm, figure.start, ss), laterClauseAt(f.norm, figure.end, se)))) return false;
  if (monthCount) return true;
  // (a period that opens a later clause with its own figure is that figure's: "期内资本开支为239亿元，……，首三季累计资本开支达
  // 788亿元"; one closing the sentence, "…, up 10% in the first half", may be said of all of it)
  const ownEnd = laterClauseAt(f.norm, figure.end, se);
  for (let j = lowerBound(f.periods, ss); j < f.periods.length && f.periods[j]!.start < se; j++) {
    const p = f.periods[j]!;
    if (p.start >= ownEnd && /\d/.test(f.norm.slice(p.end, laterClauseAt(f.norm, p.end, se)))) continue;
    // ("Revenue jumped 158% to $212.4 million, the company said in a filing, its first annual report since its January
    // listing": a span to the page's day in a later clause dates the report, not the figure)
    if (p.start >= ownEnd && p.sincePage) continue;
    // ("improved to 25.2% from 12.2% in 2024", "up 9% from the first quarter", "(1H25: RMB1.16bn)": a period bound to another
    // figure is that figure's)
    if (namesComparedPeriod(f.norm, p)) continue;
    // ("但较第二季的291亿元回落", "compared with the second quarter's": a period named for a comparison)
    if (COMPARED_BEFORE.test(f.norm.slice(Math.max(ss, p.start - 48), p.start))) continue;
    // ("净亏损从上一年的29.5亿元扩大至41.8亿元": the period of the value a move started from)
    if (/(?:从|由)\s?$/.test(f.norm.slice(Math.max(ss, p.start - 2), p.start)) && /^\s?的?\s?(?:约|約)?\s?\d/.test(f.norm.slice(p.end, p.end + 6))) continue;
    // (the day it was said, "the company said on Tuesday", is no period of a flow)
    if (p.kind !== 'relative' && !(p.relative && p.kind === 'date') && p.period !== period) return false;
  }
  // ("报告期内": the period of the report, the first the text named)
  if (REPORT_PERIOD.test(f.norm.slice(ss, figure.start)) && f.anchors[0] && f.anchors[0].start < ss) return reportPeriodOf(f.anchors, f.norm, ss)?.period === period;
  const stated = f.anchors[lowerBound(f.anchors, ss) - 1];
  if (!stated) {
    // the lead: the next sentence names the period, and no period is named before
    const next = f.anchors[lowerBound(f.anchors, se)];
    const nextEnd = f.sentences.ends[sentenceIndexAt(f.sentences, ss) + 1] ?? f.norm.length;
    return next !== undefined && next.period === period && next.start < nextEnd && !f.periods.some((p) => p.start < ss && p.period !== null && p.kind !== 'date');
  }
  if (stated.period !== period) return false;
  // (a whole year in force after the text named a quarter or half without a year: on an undated page, "reported
  // third-quarter revenue … close to the 76.8 billion yuan it spent in the whole of 2025. Marketing services revenue rose
  // 21%" is the quarter's, whose year the text does not say)
  if (stated.kind === 'year' && firstUndatedPart(f.periods) < ss) return false;
  // ("… in the quarter", "in the three months": the sentence itself refers back to the period in force)
  const back = PERIOD_BACK.test(f.norm.slice(ss, se));
  if (back && (stated.kind === 'quarter' || stated.kind === 'half')) return true;
  // a span named since ("from 2021 to June 2024") changes what the text is counting over
  for (let j = lowerBound(f.periods, stated.end); j < f.periods.length && f.periods[j]!.start < ss; j++) {
    // (not one a forecast looks ahead to: "She expects cloud revenue to grow 30% in fiscal 2026")
    if ((f.periods[j]!.kind === 'span' && !f.periods[j]!.sincePage && !f.periods[j]!.ahead) || f.periods[j]!.kind === 'years') return false;
  }
  const para = paragraphStart(f.norm, ss);
  if (stated.start >= para) return true;
  if (back) return true;
  // the only reporting period the text has named so far (a span is one too: "From 2021 to June 2024, ...")
  return f.anchors[0]!.period === period && f.secondPeriodAt >= ss && !f.periods.some((p) => p.start < ss && ((p.kind === 'span' && !p.sincePage && !p.ahead) || p.kind === 'years') && p.period !== period);
}
