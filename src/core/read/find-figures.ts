// Find every figure in a (normalised) text and parse what is attached to it: value, scale, currency, percent or
// multiple marker, sign, range, slash list, qualifier and direction of change. Attribution (entity, metric, period)
// comes later in read-figures.ts. One hoisted regex finds the candidates; all other work looks at a bounded window
// around each one, so the whole pass is linear in the text.
import type { FigureKind, Qualifier, Unit } from '../vocabulary';
import { findDirection } from './changes';
import { isNotFigure, isOrdinalAt } from './is-not-figure';
import {
  clean,
  CURRENCY_AFTER,
  CURRENCY_BEFORE,
  currencyFromPrefix,
  currencyFromSuffix,
  MULTIPLE_AFTER,
  parseChineseNumeral,
  parseNumber,
  PERCENT_AFTER,
  POINTS_AFTER,
  BASIS_POINTS_AFTER,
  SCALE_AFTER,
  scaleValue,
  UNIT_NOUN_AFTER,
} from './parse-amount';
import { findQualifier } from './qualifiers';

export interface RawFigure {
  start: number;
  end: number;
  value: number;
  valueMax: number | null;
  /** null: a bare count or a scaled amount whose currency may come from context. */
  unit: Unit | null;
  kind: FigureKind;
  qualifier: Qualifier;
  scaled: boolean;
  /** 1 growth, -1 decline, 0 a level. */
  direction: 1 | -1 | 0;
  inParens: boolean;
  /** Position in a slash list (`RMB3.5/2.5/1.7bn`), with the list's size. */
  listIndex: number;
  listSize: number;
  /** The figure carries an explicit sign (`-134%`, `+33%`, `-2.39亿元`). */
  signed: boolean;
  /** A bare number that fills a table cell (`| 88.5 |`): a figure only if the column header names a metric. */
  cell?: boolean;
}

const NUM = String.raw`(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?`;
const NUM_RE = new RegExp(NUM, 'g');
const NUM_AT = new RegExp(`^${NUM}`);
const CN_NUM_RE = /[一二两三四五六七八九十][零〇一二两三四五六七八九十百千万亿]*/g;
const WORD_NUM_RE =
  /(?<![a-z]|\d\s?)(?:(a|an|one|two|three|four|five|six|seven|eight|nine|ten|half a)[ -])?(trillion|billion|million)[ -](dollars?|yuan|parameters?|valuation|usd|rmb)(?![a-z])/g;
const WORD_VALUES: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, 'half a': 0.5,
};
// (words of a change before a pair of amounts: the first is where it starts, the second where it ends)
// the people a bare range of numbers may count: "750 to 800 employees", "200 to 300 engineers"
const PEOPLE_AFTER_RANGE = /^\s(?:full-time |new |more )?(?:employees|staff|people|workers|engineers|researchers|hires|jobs|roles)(?![a-z])/;
const CHANGE_VERB_LEAD = /(?<![a-z])(?:rais(?:e|ed|es|ing)|lift(?:s|ed|ing)?|cut(?:s|ting)?|lower(?:s|ed|ing)?|trim(?:s|med|ming)?|increas(?:e|ed|es|ing)|reduc(?:e|ed|es|ing)|revis(?:e|ed|es|ing)|boost(?:s|ed|ing)?|rose|fell|grew|climbed|dropped|jumped|narrowed|widened|shrank)(?![a-z])[^,;]*$/;
const RANGE_SEP = /^\s?(?:-|–|—|~|至|到)\s?|^\s(?:to|and)\s/;
const HAS_CJK = /[\u4e00-\u9fff]/;
// a count needs a noun: "800+ employees", "15 new models", "22 笔", "30,000 stars"
const COUNT_NOUN_EN =
  /^\+?\s(?:(?:new|more|active|paying|paid|monthly|daily|registered|enterprise|corporate|global|million|additional|unique|full-time|[a-z]+-[a-z]+)\s)?([a-z]{3,})/;
const NOT_COUNT_NOUN =
  /^(?:is|was|has|had|and|but|the|this|that|its|his|her|for|with|from|into|per|plus|yes|are|were|will|would|to|of|in|on|at|as|by|or|than|times|index|percent|new|more)$/;
const COUNT_NOUN_BEFORE = /(?<![a-z])(?:headcount|staff|workforce|employees|employee count|users|subscribers|customers|developers)(?:\s(?:of|at|to|numbered|stood at|rose to|fell to|grew to|reached|dropped to|totall?ed|hit|climbed to|shrank to|was cut to|was reduced to|increased to|decreased to))+\s(?:about |around |roughly |nearly |almost |some |more than |over |just over |just under |fewer than |less than |c\.\s?)?$/;
const COUNT_NOUN_ZH = /^\s?(?:多|余)?\s?(?:笔|家|个(?!月)|位|名|人|款|次|台|辆|项|所|条|只|张|部|颗|套|场|篇|支|座|户|起|件|例|单|亿次|万次)/;

interface Tail {
  end: number;
  unit: Unit | null;
  kind: FigureKind;
  over: boolean;
  basisPoints?: boolean;
  /** "11 US cents": hundredths of the currency. */
  cents?: boolean;
}

/** What follows a number (after its scale): percent, points, multiple, currency, tokens/parameters, `+`. */
function readTail(norm: string, pos: number): Tail {
  const slice = norm.slice(pos, pos + 24);
  let end = pos;
  let over = false;
  let rest = slice;
  if (slice[0] === '+') {
    over = true;
    end += 1;
    rest = slice.slice(1);
  }
  let m: RegExpExecArray | null;
  if ((m = POINTS_AFTER.exec(rest))) return { end: end + m[0].length, unit: 'percentage-points', kind: 'change', over };
  if ((m = BASIS_POINTS_AFTER.exec(rest))) return { end: end + m[0].length, unit: 'percentage-points', kind: 'change', over, basisPoints: true };
  if ((m = PERCENT_AFTER.exec(rest))) return { end: end + m[0].length, unit: 'percent', kind: 'percent', over };
  if ((m = MULTIPLE_AFTER.exec(rest))) return { end: end + m[0].length, unit: 'ratio', kind: 'multiple', over };
  // (not a currency that opens the next amount: "in March 2026 RMB300 million")
  if ((m = CURRENCY_AFTER.exec(rest)) && !/^\s?\d/.test(norm.slice(end + m[0].length, end + m[0].length + 2))) {
    const e = end + m[0].length;
    return { end: e, unit: currencyFromSuffix(m), kind: 'money', over: over || norm[e] === '+' };
  }
  // ("0.8 yuan (11 US cents)", "lost about 88 US cents for every dollar")
  if ((m = /^\s?(?:us |u\.s\. )cents?(?![a-z])/.exec(rest))) return { end: end + m[0].length, unit: 'USD', kind: 'money', over, cents: true };
  if ((m = UNIT_NOUN_AFTER.exec(rest))) return { end: end + m[0].length, unit: m[1] ? 'tokens' : 'parameters', kind: 'count', over };
  return { end, unit: null, kind: 'count', over };
}

interface Scale {
  end: number;
  factor: number;
  over: boolean;
}

function readScale(norm: string, pos: number): Scale {
  const m = SCALE_AFTER.exec(norm.slice(pos, pos + 18));
  if (!m) return { end: pos, factor: 1, over: false };
  const word = m[1] ?? m[2] ?? m[3] ?? '';
  return { end: pos + m[0].length, factor: scaleValue(word), over: /多|余/.test(m[0]) };
}

interface Prefix {
  start: number;
  unit: Unit | 'other' | null;
  negative: boolean;
  positive: boolean;
}

const signAt = (norm: string, i: number): string | null => {
  const ch = norm[i - 1];
  const before = norm[i - 2] ?? ' ';
  if ((ch === '-' || ch === '+') && !/[a-z0-9]/.test(before)) return ch;
  return null;
};

/** Currency marker and sign written before the number at `s`. */
function readPrefix(norm: string, s: number): Prefix {
  let start = s;
  let negative = false;
  let positive = false;
  let sign = signAt(norm, start);
  if (sign) {
    start -= 1;
    negative = sign === '-';
    positive = sign === '+';
  }
  const m = CURRENCY_BEFORE.exec(norm.slice(Math.max(0, start - 10), start));
  let unit: Unit | 'other' | null = null;
  if (m) {
    unit = currencyFromPrefix(m);
    start -= m[0].length;
    if (!sign && (sign = signAt(norm, start))) {
      start -= 1;
      negative = sign === '-';
    }
  }
  // ("turned positive at 12.2% after minus 24.7% in 2023", "负24.7%": a sign written as a word)
  if (!sign && /(?:(?<![a-z])(?:minus|negative)\s|负)$/.test(norm.slice(Math.max(0, start - 9), start))) negative = true;
  // ("had a negative gross margin of 4.5%": the sign said before the margin's name)
  if (!sign && /(?<![a-z])negative (?:(?:gross|operating|net|ebita|ebitda|profit|contribution|adjusted) ){0,2}margin of (?:about |around |roughly |nearly |almost )?$/.test(norm.slice(Math.max(0, start - 60), start))) negative = true;
  return { start, unit, negative, positive };
}

function isInParens(norm: string, s: number): boolean {
  for (let i = s - 1; i >= 0 && i >= s - 120; i--) {
    const ch = norm[i];
    if (ch === ')' || ch === '\n' || ch === '。') return false;
    if (ch === '(') return true;
  }
  return false;
}

// (a word that names a year after it: "of calendar 2026", "in fiscal 2025", "since 2023")
const YEAR_WORD_BEFORE = /(?<![a-z])(?:of|in|for|since|during|through|until|by|calendar|fiscal|year|end of)\s$/;
type Draft = Omit<RawFigure, 'qualifier' | 'direction' | 'inParens'> & { over: boolean; range: boolean };

function finish(norm: string, f: Draft): RawFigure {
  const before = norm.slice(Math.max(0, f.start - 40), f.start);
  const after = norm.slice(f.end, f.end + 30);
  let qualifier: Qualifier = findQualifier(before, after);
  if (f.over && qualifier === 'exact') qualifier = 'over';
  if (f.range) qualifier = 'range';
  let direction: 1 | -1 | 0 = 0;
  // (a verb and what it acts on can stand well before the figure: "cut the price of its flagship model by as much as 60%")
  if (f.kind === 'percent' || f.kind === 'multiple' || f.kind === 'change') direction = findDirection(norm.slice(Math.max(0, f.start - 72), f.start), after);
  let { value, valueMax, kind } = f;
  if (f.signed && value < 0) direction = direction === 0 ? 0 : -1;
  if (f.kind === 'percent' && direction !== 0) kind = 'change';
  if ((kind === 'change' || kind === 'percent') && direction === -1 && value > 0) {
    value = -value;
    if (valueMax !== null) {
      valueMax = -valueMax;
      if (valueMax < value) [value, valueMax] = [valueMax, value];
    }
  }
  // Every field by name (no spread of the draft): all figures then share one object shape, which keeps every
  // later read of their fields fast.
  return {
    start: f.start,
    end: f.end,
    value: clean(value),
    valueMax: valueMax === null ? null : clean(valueMax),
    unit: f.unit,
    kind,
    qualifier,
    scaled: f.scaled,
    direction,
    inParens: isInParens(norm, f.start),
    listIndex: f.listIndex,
    listSize: f.listSize,
    signed: f.signed,
    cell: f.cell ?? false,
  };
}

interface Parsed {
  figures: RawFigure[];
  consumed: number;
}

/** RMB3.5/2.5/1.7bn: the currency written once before, the scale once after. */
function parseSlashList(norm: string, s: number, e: number, first: number, prefix: Prefix, scale: Scale): Parsed {
  const items: { s: number; n: number; scale: Scale }[] = [{ s, n: first, scale }];
  let pos = scale.end;
  while (norm[pos] === '/' && items.length < 8) {
    const m = NUM_AT.exec(norm.slice(pos + 1, pos + 20));
    if (!m) break;
    const is = pos + 1;
    const sc = readScale(norm, is + m[0].length);
    items.push({ s: is, n: parseNumber(m[0]), scale: sc });
    pos = sc.end;
  }
  const last = items[items.length - 1]!;
  const tail = readTail(norm, last.scale.end);
  const unit = (prefix.unit as Unit | null) ?? tail.unit;
  const listScale = last.scale.factor;
  // 12/24: a date, not a list of figures
  if (items.length < 2 || (unit === null && listScale === 1)) return { figures: [], consumed: tail.end };
  const kind: FigureKind = unit === null ? 'count' : prefix.unit !== null ? 'money' : tail.kind;
  const figures = items.map((it, i) => {
    const factor = it.scale.factor !== 1 ? it.scale.factor : listScale;
    const isLast = i === items.length - 1;
    const value = kind === 'percent' || kind === 'change' ? it.n / 100 : it.n * factor;
    return finish(norm, {
      start: i === 0 ? prefix.start : it.s,
      end: isLast ? tail.end : it.scale.end,
      value: i === 0 && prefix.negative ? -value : value,
      valueMax: null,
      unit,
      kind,
      scaled: factor !== 1,
      listIndex: i,
      listSize: items.length,
      signed: i === 0 && (prefix.negative || prefix.positive),
      over: tail.over,
      range: false,
    });
  });
  return { figures, consumed: tail.end };
}

/** Parse the figure(s) at the number norm[s, e). Returns no figures when it is not one; `consumed` is how far it read. */
function parseArabic(norm: string, s: number, e: number): Parsed {
  const none: Parsed = { figures: [], consumed: e };
  const digits = norm.slice(s, e);
  const first = parseNumber(digits);
  if (!Number.isFinite(first)) return none;
  // 1+X: a strategy name, not a figure
  if (norm[e] === '+' && /[a-z]/.test(norm[e + 1] ?? '')) return none;
  const prefix = readPrefix(norm, s);
  if (prefix.unit === 'other') return none;
  const scale = readScale(norm, e);

  if (norm[scale.end] === '/' && /\d/.test(norm[scale.end + 1] ?? '')) {
    if (isNotFigure(norm, s, e, true)) return { figures: [], consumed: scale.end + 12 };
    return parseSlashList(norm, s, e, first, prefix, scale);
  }

  // Range: 300–500M RMB, 30%-40%, 1.5 to 2 billion yuan
  let second: { n: number; e: number; scale: Scale } | null = null;
  let tail = readTail(norm, scale.end);
  const sep = RANGE_SEP.exec(norm.slice(tail.end, tail.end + 6));
  // (guidance is given as a range with both ends written whole: "expects revenue of 31 billion yuan to 32.5 billion yuan")
  // (and "can lift revenue to $600 million to $800 million": a level reached, given as a range; "puts its revenue at
  // 2.8 billion yuan to 3.5 billion yuan ($390 million to $490 million)": a level put at a range, and its conversion;
  // "below the $14 billion to $15 billion discussed": a range named with "the")
  const guidance = (/(?<![a-z])(?:expects?|expected|forecasts?|guidance|guides?|guided|projects?|projected|sees|estimates?|targets?|outlook)(?![a-z])[^,;.]{0,60}$/.test(norm.slice(Math.max(0, s - 72), s)) || /(?:(?<![a-z])(?:to|at|the)\s(?:about |around |roughly )?|[(（]\s?)(?:us|hk|rmb)?[$¥]?$/.test(norm.slice(Math.max(0, s - 12), s))) && !/from\s[^,;]*$/.test(norm.slice(Math.max(0, s - 30), s));
  // ("收入在18亿元至20亿元之间", "预计营收1,290亿元至1,310亿元": a Chinese range with the unit written at both ends)
  // (two amounts joined by 至 alone are a range, "或达1,100亿元至1,200亿元", unless the first is where a move starts from:
  // "从100亿元至120亿元")
  // (and "盈利18,500万元–23,000万元", "5.9亿元-6.3亿元": two amounts in 万元 or 亿元 joined by a dash, as earnings notices
  // give a forecast)
  const zhRange = sep !== null && (/^\s?[至到~～]/.test(sep[0]) || (/^\s?[-–—]/.test(sep[0]) && /[万亿]元$/.test(norm.slice(tail.end - 2, tail.end)))) && !/(?:从|由|自)[^，。；,;]{0,12}$/.test(norm.slice(Math.max(0, s - 14), s));
  // (not from a reference: "in paragraph 3 to 27% from 37%")
  // (and "between 135 billion yuan and 145 billion yuan": both ends written whole, the unit at each, after "between")
  const betweenWhole = sep !== null && /and/.test(sep[0]) && /between\s[^,;]*$/.test(norm.slice(Math.max(0, s - 30), s));
  if (sep && (tail.unit === null || tail.kind === 'percent' || (guidance && /to/.test(sep[0])) || zhRange || betweenWhole) && !tail.over && !isOrdinalAt(norm, s)) {
    const is = tail.end + sep[0].length;
    const m = NUM_AT.exec(norm.slice(is, is + 20));
    const isWordSep = /to|and/.test(sep[0]);
    const hyphenOnly = sep[0].trim() === '-';
    const lead = norm.slice(Math.max(0, s - 30), s);
    let ok = m !== null;
    // "1.5 to 2 billion yuan" is a range; "from 15.5% to 26.3%" and "48 million yuan to 190 million" are two figures
    // ("between 6 billion and 8 billion yuan": both ends written whole, after "between", are one range)
    const betweenAnd = sep[0].includes('and') && /between\s[^,;]*$/.test(lead);
    // ("planning for revenue of 3.5 billion to 4 billion yuan": one scale at both ends, the unit only after the second, the
    // second the larger; not a move, "raised its target of 3.5 billion to 4 billion yuan", "cut by 1 billion to 4 billion")
    const scaleBoth = /^\s?to\s$/.test(sep[0]) && tail.unit === null && prefix.unit === null && scale.factor !== 1 && !/(?:from|by)\s[^,;]*$/.test(lead) && !CHANGE_VERB_LEAD.test(lead);
    if (isWordSep && (scale.factor !== 1 || tail.unit !== null || /from\s[^,;]*$/.test(lead)) && !(guidance && sep[0].includes('to')) && !betweenAnd && !scaleBoth) ok = false;
    if (sep[0].includes('and') && !/between\s[^,;]*$/.test(lead)) ok = false;
    // ("bringing spending in the first nine months of calendar 2026 to 118.7 billion yuan": a year, then the level reached)
    if (prefix.unit === null && /^(?:19|20)\d\d$/.test(digits) && YEAR_WORD_BEFORE.test(lead)) ok = false;
    if (ok && m) {
      const ie = is + m[0].length;
      const sc = readScale(norm, ie);
      const t2 = readTail(norm, sc.end);
      const sameUnit = tail.unit === null || tail.unit === t2.unit;
      // (or a count of people named after both: "750 to 800 employees")
      const hasUnit = t2.unit !== null || sc.factor !== 1 || prefix.unit !== null || (/to/.test(sep[0]) && PEOPLE_AFTER_RANGE.test(norm.slice(sc.end, sc.end + 24)));
      if (scaleBoth && !(guidance && sep[0].includes('to')) && !(sc.factor === scale.factor && t2.unit !== null && parseNumber(m[0]) > first)) ok = false;
      // a bare hyphen glued to letters after is a code (2025-01a), not a range
      if (sameUnit && hasUnit && !(hyphenOnly && /[a-z]/.test(norm[sc.end] ?? '') && sc.factor === 1)) {
        second = { n: parseNumber(m[0]), e: ie, scale: sc };
        tail = t2;
      }
    }
  }
  // "a range of HK$151 to HK$165", "between $1 billion and $2 billion": both ends carry the currency
  // (and guidance: "expects revenue of $600 million to $800 million", "lift revenue to $600 million to $800 million")
  const rangeWord = /(?:between|range of|ranging from|range from)\s[^,;]{0,6}$/.test(norm.slice(Math.max(0, prefix.start - 24), prefix.start));
  // (and, whatever the words before, two amounts written whole in one currency and one scale, the second the larger,
  // joined by "to": "at a valuation of $18 billion to $20 billion", "could raise $2 billion to $3 billion"; not where a
  // move starts or by how much it moved: "from $18 billion to $20 billion", "by $5 billion to $40 billion")
  const whole = second === null && prefix.unit !== null && !rangeWord && !guidance && scale.factor !== 1 && !/from\s[^,;]*$/.test(norm.slice(Math.max(0, s - 30), s)) && !/(?<![a-z])by\s(?:about |around |roughly |some |nearly |almost |more than |over )?(?:us|hk|rmb)?[$¥]?$/.test(norm.slice(Math.max(0, s - 24), s));
  if (second === null && prefix.unit !== null && (rangeWord || guidance || whole)) {
    const m2 = (rangeWord ? /^\s(?:to|and|-|–)\s?((?:us|hk|s)?\$|rmb\s?|¥)?/ : /^\s(?:to|-|–)\s?((?:us|hk|s)?\$|rmb\s?|¥)?/).exec(norm.slice(tail.end, tail.end + 10));
    const at = m2 ? tail.end + m2[0].length : -1;
    const n2 = at > 0 ? NUM_AT.exec(norm.slice(at, at + 20)) : null;
    if (m2 && n2) {
      const ie = at + n2[0].length;
      const sc = readScale(norm, ie);
      const t2 = readTail(norm, sc.end);
      const sameCurrency = (m2[1] ?? '').replace(/\s/g, '') === norm.slice(prefix.start, s).replace(/[\s(]/g, '').replace(/^[^a-z$¥]*/, '');
      if (!whole || (/^\sto\s/.test(m2[0]) && sameCurrency && sc.factor === scale.factor && parseNumber(n2[0]) > first)) {
        second = { n: parseNumber(n2[0]), e: ie, scale: sc.factor !== 1 ? sc : scale };
        tail = { ...t2, unit: t2.unit ?? tail.unit, kind: t2.unit ? t2.kind : tail.kind };
      }
    }
  }
  // ("pencilled in US$165 million-US$170 million", "HK$151–HK$165": two amounts in one currency joined by a bare dash,
  // the currency written at both ends, are one range whatever the words before)
  if (second === null && prefix.unit !== null) {
    const m3 = /^[-–]((?:us|hk|s)?\$|rmb\s?|¥)/.exec(norm.slice(tail.end, tail.end + 8));
    const n3 = m3 ? NUM_AT.exec(norm.slice(tail.end + m3[0].length, tail.end + m3[0].length + 20)) : null;
    if (m3 && n3 && m3[1]!.replace(/\s/g, '') === norm.slice(prefix.start, s).replace(/[\s(]/g, '').replace(/^[^a-z$¥]*/, '')) {
      const ie = tail.end + m3[0].length + n3[0].length;
      const sc = readScale(norm, ie);
      const t2 = readTail(norm, sc.end);
      if ((sc.factor !== 1 ? sc.factor : scale.factor) === scale.factor) {
        second = { n: parseNumber(n3[0]), e: ie, scale: sc.factor !== 1 ? sc : scale };
        tail = { ...t2, unit: t2.unit ?? tail.unit, kind: t2.unit ? t2.kind : tail.kind };
      }
    }
  }
  if (second === null && sep && /^[-–]$/.test(sep[0]) && tail.unit === null && scale.factor === 1 && prefix.unit === null) {
    // 400-820-8820, 2025-01-01: a chain of bare numbers joined by hyphens
    // (the chain only: "1-3月，营业收入2.31亿元" goes on to a figure right after it)
    if (/\d/.test(norm[tail.end + 1] ?? '')) return { figures: [], consumed: tail.end + (/^(?:[-–]\d+)+/.exec(norm.slice(tail.end, tail.end + 24))?.[0].length ?? 1) };
  }

  const endScale = second ? second.scale : scale;
  const hasUnit = prefix.unit !== null || tail.unit !== null || scale.factor !== 1 || endScale.factor !== 1;
  // "Listing51B+ HKD", "Revenue50%+": a label glued to its value in a scraped table (a word, not a model name)
  const gluedWord = /[a-z]{5,}$/.test(norm.slice(Math.max(0, s - 12), s));
  const glued = (scale.factor !== 1 && (tail.over || (tail.unit !== null && tail.kind === 'money'))) || (gluedWord && tail.unit === 'percent');
  if (isNotFigure(norm, s, e, hasUnit, glued)) return { figures: [], consumed: second ? second.e : e };

  const unit: Unit | null = (prefix.unit as Unit | null) ?? tail.unit;
  let kind: FigureKind = prefix.unit !== null ? 'money' : tail.kind;
  const firstFactor = scale.factor !== 1 ? scale.factor : endScale.factor;
  const toValue = (n: number, factor: number) =>
    tail.basisPoints ? n / 10000 : tail.cents ? clean((n * factor) / 100) : unit === 'percent' || unit === 'percentage-points' ? n / 100 : n * factor;
  let value = toValue(first, firstFactor);
  const valueMax = second ? toValue(second.n, endScale.factor) : null;
  if (prefix.negative) value = -value;

  let cell = false;
  if (unit === null && !hasUnit) {
    const after = norm.slice(tail.end, tail.end + 40);
    cell = /(?:^|[|\t])\s*[~≈]?\s*$/.test(norm.slice(Math.max(0, prefix.start - 6), prefix.start)) && /^\s*(?:\([^)|]{0,12}\)\s*)?[|\t\n]/.test(after) && /[|\t]/.test(norm.slice(Math.max(0, prefix.start - 6), prefix.start) + after);
    // (and a column aligned with spaces: "Alibaba       268.2      +8%", two spaces or a line's edge on each side)
    if (!cell) cell = /(?:^|\n| {2})$/.test(norm.slice(Math.max(0, prefix.start - 2), prefix.start)) && /^(?: {2}| *(?:\n|$))/.test(after) && / {2}\S/.test(norm.slice(norm.lastIndexOf('\n', prefix.start) + 1, prefix.start) + after.split('\n')[0]);
  }
  if (unit === null && !hasUnit && !cell) {
    // a bare number is a figure only as a count of something
    if (digits.includes('.')) return none;
    const after = norm.slice(tail.end, tail.end + 40);
    const en = COUNT_NOUN_EN.exec(after);
    const zh = COUNT_NOUN_ZH.exec(after);
    // "800+" standing alone (a table cell) is a count; otherwise a count needs its noun
    const plusAlone = tail.over && /^\s*(?:$|[\n|,;.)])/.test(after);
    // (or its noun before it: "a headcount of 1,260", "headcount rose to about 520", "research staff numbered 657")
    const nounBefore = COUNT_NOUN_BEFORE.test(norm.slice(Math.max(0, prefix.start - 40), prefix.start));
    if (!plusAlone && !nounBefore && !(zh || (en && !NOT_COUNT_NOUN.test(en[1]!)))) return none;
    kind = 'count';
  }
  return {
    figures: [
      finish(norm, {
        start: prefix.start,
        end: tail.end,
        value,
        valueMax,
        unit,
        kind,
        scaled: firstFactor !== 1 || endScale.factor !== 1,
        listIndex: 0,
        listSize: 1,
        signed: prefix.negative || prefix.positive,
        over: tail.over || scale.over,
        range: second !== null,
        cell,
      }),
    ],
    consumed: tail.end,
  };
}

/** 三成 (30%), 一万亿, 两千万, 两倍: Chinese numerals that carry a figure. */
function parseChinese(norm: string, s: number, e: number): RawFigure | null {
  const run = norm.slice(s, e);
  const next = norm[e] ?? '';
  const prev = norm[s - 1] ?? '';
  if (prev === '第' || prev === '星' || prev === '周') return null;
  // ("零一万物", 01.AI's name: 万物 is "all things", no ten thousand)
  if (next === '物' && run.endsWith('万')) return null;
  const n = parseChineseNumeral(run);
  if (!Number.isFinite(n) || n <= 0) return null;
  const base = { start: s, valueMax: null, listIndex: 0, listSize: 1, signed: false, range: false, over: false };
  if (next === '成' && run.length <= 2 && n < 10 && !/^成(?:为|立|功|本|员|交|果|长|熟|就|绩|都|了|型|效|品|分|年|一|不|像|色|全|千|百)/.test(norm.slice(e, e + 2))) {
    return finish(norm, { ...base, end: e + 1, value: n / 10, unit: 'percent', kind: 'percent', scaled: false });
  }
  if (next === '倍' && run.length <= 3) {
    return finish(norm, { ...base, end: e + 1, value: n, unit: 'ratio', kind: 'multiple', scaled: false });
  }
  if (!/[万亿]/.test(run) || run.length < 2) return null;
  // 一万亿 with no unit still reads as an amount; the context may give it a currency later
  const tail = readTail(norm, e);
  return finish(norm, { ...base, end: tail.end, value: n, unit: tail.unit, kind: tail.unit ? tail.kind : 'count', scaled: true, over: tail.over });
}

function parseWords(norm: string, m: RegExpExecArray): RawFigure {
  const [whole, numWord, scaleWord, noun] = m;
  const n = numWord ? (WORD_VALUES[numWord] ?? 1) : 1;
  const factor = scaleValue(scaleWord!);
  const unit: Unit | null = /dollar|usd/.test(noun!) ? 'USD' : /yuan|rmb/.test(noun!) ? 'CNY' : /param/.test(noun!) ? 'parameters' : null;
  const start = m.index;
  // keep the noun in the span for "trillion-dollar", "trillion-parameter"; not "valuation"
  const end = noun === 'valuation' ? start + whole.length - noun.length - 1 : start + whole.length;
  const fig = finish(norm, {
    start,
    end,
    value: n * factor,
    valueMax: null,
    unit,
    kind: unit === 'USD' || unit === 'CNY' || noun === 'valuation' ? 'money' : 'count',
    scaled: true,
    listIndex: 0,
    listSize: 1,
    signed: false,
    over: false,
    range: false,
  });
  // "a trillion-dollar valuation", "Trillion Valuation": a round word, not a stated amount
  if (fig.qualifier === 'exact' && (!numWord || numWord === 'a' || numWord === 'an')) fig.qualifier = 'approx';
  return fig;
}

/** "Opus 4.6", "Star 50", "Llama 3": a capitalised name right before a bare number makes it part of the name. */
function isNamedNumber(original: string, s: number): boolean {
  const before = original.slice(Math.max(0, s - 16), s);
  return (
    /(?:^|[^A-Za-z])[A-Z][A-Za-z]*\s$/.test(before) &&
    !/(?:^|\s)(?:The|In|By|At|Over|About|Some|All|Only|Nearly|Around|With|And|For|Of|Top|From|To|Than|Has|Had|Hired|Added|Employs|Cut)\s$/.test(before)
  );
}

export function findFigures(norm: string, original: string): RawFigure[] {
  const out: RawFigure[] = [];
  let consumedUntil = 0;
  NUM_RE.lastIndex = 0;
  for (let m = NUM_RE.exec(norm); m; m = NUM_RE.exec(norm)) {
    const s = m.index;
    if (s < consumedUntil) continue;
    const { figures, consumed } = parseArabic(norm, s, s + m[0].length);
    consumedUntil = Math.max(consumedUntil, consumed);
    for (const f of figures) {
      // "Opus 4.6", "Star 50", "Llama 3.1-405B": a number after a capitalised name is part of the name
      // ("Ascend 910B", "Qwen 72B": a letter suffix after a name is part of a model name)
      const letterScaled = f.unit === null && /^[\d.,]+[kmbt]$/i.test(original.slice(f.start, f.end));
      if (((f.unit === null && !f.scaled) || f.qualifier === 'range' || letterScaled) && isNamedNumber(original, s)) continue;
      out.push(f);
    }
  }
  if (HAS_CJK.test(norm)) {
    CN_NUM_RE.lastIndex = 0;
    for (let m = CN_NUM_RE.exec(norm); m; m = CN_NUM_RE.exec(norm)) {
      const f = parseChinese(norm, m.index, m.index + m[0].length);
      if (f) out.push(f);
    }
  }
  if (norm.includes('illion')) {
    WORD_NUM_RE.lastIndex = 0;
    for (let m = WORD_NUM_RE.exec(norm); m; m = WORD_NUM_RE.exec(norm)) out.push(parseWords(norm, m));
  }
  if (out.length < 2) return out;
  out.sort((a, b) => a.start - b.start);
  const kept: RawFigure[] = [];
  for (const f of out) {
    const last = kept[kept.length - 1];
    if (last && f.start < last.end) continue;
    kept.push(f);
  }
  return currencyAtListEnd(norm, slashRuns(norm, kept));
}

/**
 * "收入分别为68亿、89亿及112亿元", "17亿、26亿、37亿元": in a Chinese list the currency is often written only after its last
 * item; the bare amounts before it (a number and 亿 or 万, joined by 、 or 和 / 及 / 与) are amounts of that currency.
 */
function currencyAtListEnd(norm: string, figures: RawFigure[]): RawFigure[] {
  for (let k = figures.length - 2; k >= 0; k--) {
    const f = figures[k]!;
    const next = figures[k + 1]!;
    if (f.kind !== 'count' || f.unit !== null || !f.scaled || next.kind !== 'money' || next.unit === null) continue;
    if (!/[亿万]$/.test(norm.slice(f.start, f.end)) || !/^\s?(?:、|,|，|及|和|与|以及)\s?$/.test(norm.slice(f.end, next.start))) continue;
    figures[k] = { ...f, kind: 'money', unit: next.unit };
  }
  return figures;
}

/**
 * "RMB847bn/RMB928bn/RMB1,010bn", "6.8亿元/11.2亿元/15.9亿元": figures of one kind and unit written out in full and
 * joined only by slashes are one list, as "RMB3.5/2.5/1.7bn" is (its items take their periods from a list of years).
 */
const PERCENT_KINDS: ReadonlySet<FigureKind> = new Set<FigureKind>(['percent', 'change']);

function slashRuns(norm: string, figures: RawFigure[]): RawFigure[] {
  const out = figures.slice();
  for (let a = 0; a < out.length; ) {
    let b = a;
    while (b + 1 < out.length && out[b]!.listSize === 1 && out[b + 1]!.listSize === 1 && (out[b + 1]!.kind === out[a]!.kind || (PERCENT_KINDS.has(out[b + 1]!.kind) && PERCENT_KINDS.has(out[a]!.kind))) && out[b + 1]!.unit === out[a]!.unit && out[a]!.unit !== null && /^\s?\/\s?$/.test(norm.slice(out[b]!.end, out[b + 1]!.start))) b++;
    if (b > a && out[a]!.listSize === 1) for (let k = a; k <= b; k++) out[k] = { ...out[k]!, listIndex: k - a, listSize: b - a + 1 };
    a = b + 1;
  }
  return out;
}
