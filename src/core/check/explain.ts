// One line per verdict, with the numbers and the conversion: "2 other sources (Daily Economic News and Gate) give
// 724 million yuan for 2025, not 7 billion yuan: 9.7 times apart — likely a misplaced scale word".
import type { FxTable } from '../schema';
import type { ClaimComparison, Figure } from '../types';
import { ENTITIES, type Qualifier, type Unit } from '../vocabulary';
import { metricLabel, type ArithmeticResult } from './arithmetic';
import { formatPercentGap, formatTimes, formatValue } from './format-value';
import { fxText, unitName } from './fx-text';
import type { Judgement } from './judge-values';
import type { PeriodRelation } from './match-claims';
import type { PageConflict } from './page-consistency';
import type { SpanSum } from './span-check';
import { formatPeriod, normalisePeriod, periodYear } from './periods';

export interface Detail {
  comparison: ClaimComparison;
  relation: PeriodRelation | 'own';
  judgement: Judgement | null;
  year: number | null;
  /** The claim's own upper bound, before conversion. */
  originalMax: number | null;
  qualifier: Qualifier;
  /** Set when this claim is one of a source's single periods summed to compare with a cumulative figure. */
  sum?: SpanSum;
  /**
   * Set when the claim comes from the reading memory (a page the reader read) and disagrees: the verdict it would
   * have had. A disagreement with remembered pages only is worth a look, never a warning (the comparison is
   * `related`).
   */
  worth?: ClaimComparison['verdict'];
}

export interface ExplainContext {
  fx: FxTable;
  name: (sourceId: string) => string;
  pageSource: string | null;
}

const QUALIFIER_WORD: Partial<Record<Qualifier, string>> = { approx: 'about ', over: 'over ', under: 'under ', forecast: 'forecast ' };

const figureText = (f: Figure) => formatValue(f.value, f.unit, 4, f.valueMax);

function distinctNames(details: readonly Detail[], ctx: ExplainContext): string[] {
  return [...new Set(details.map((d) => ctx.name(d.comparison.sourceId)))];
}

function who(details: readonly Detail[], ctx: ExplainContext): string {
  const names = distinctNames(details, ctx);
  const other = ctx.pageSource ? ' other' : '';
  if (names.length === 1) return names[0] as string;
  return `${names.length}${other} sources (${joinAll(names)})`;
}

const joinAll = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

function periodOf(d: Detail, figure: Figure): string {
  const p = d.sum ? figure.period : d.comparison.period;
  if (p === null) return figure.period === null ? '' : ' (no period given)';
  return ` for ${formatPeriod(p)}`;
}

/** "724 million yuan" or "US$250 million (≈ 1.8 billion yuan at 7.18 yuan per US dollar (2025 average))". */
export function claimValueText(d: Detail, unit: Unit, ctx: ExplainContext): string {
  const c = d.comparison;
  if (d.sum) return `${formatValue(d.sum.value, unit, 3)} (the sum of ${d.sum.periods.map(formatPeriod).join(', ')})`;
  const orig = `${QUALIFIER_WORD[d.qualifier] ?? ''}${formatValue(c.originalValue, c.originalUnit, 4, d.originalMax)}`;
  if (c.originalUnit === unit || c.value === null) return orig;
  const rate = fxText(c.originalUnit, unit, d.year, ctx.fx);
  return `${orig} (≈ ${formatValue(c.value, unit, 3, c.valueMax)}${rate ? ` ${rate}` : ''})`;
}

/** "9.7 times" for either direction: a gap is said as how many times apart the two are, never "X× smaller". */
function timesApart(ratio: number): string {
  if (!Number.isFinite(ratio) || ratio === 0) return 'far apart';
  return `${formatTimes(ratio >= 1 ? ratio : 1 / ratio).replace('×', '')} times apart`;
}

export function explainDisagreement(figure: Figure, group: readonly Detail[], agreeing: readonly Detail[], ctx: ExplainContext): string {
  const first = group[0] as Detail;
  const j = first.judgement as Judgement;
  const claim = claimValueText(first, figure.unit, ctx);
  let line: string;
  if (j.verdict === 'conflict' && j.span) {
    const fp = figure.period ? ` for ${formatPeriod(figure.period)}` : '';
    line =
      j.span === 'figure-exceeds-total'
        ? `${figureText(figure)}${fp} is more than the ${claim} total reported by ${who(group, ctx)}${periodOf(first, figure)}, a span that contains it`
        : `${figureText(figure)}${fp} is less than the ${claim} reported by ${who(group, ctx)}${periodOf(first, figure)}, a period inside it`;
  } else if (j.verdict === 'currency') {
    const asOther = formatValue(figure.value, j.currency);
    line =
      `${figureText(figure)} does not match the ${claim} reported by ${who(group, ctx)}${periodOf(first, figure)}, ` +
      `but ${asOther} would (≈ ${formatValue(figure.value * j.rate, figure.unit, 3)}) — likely a ` +
      `${unitName(j.currency)}/${unitName(figure.unit)} mix-up`;
  } else {
    line = `${who(group, ctx)} ${group.length > 1 && distinctNames(group, ctx).length > 1 ? 'give' : 'gives'} ${claim}${periodOf(first, figure)}, not ${figureText(figure)}: ${timesApart(j.ratio)}`;
    if (j.verdict === 'magnitude') line += ` — likely a misplaced scale word (a factor of ${formatTimes(j.factor >= 1 ? j.factor : 1 / j.factor).replace('×', '')})`;
  }
  if (agreeing.length) {
    const names = distinctNames(agreeing, ctx);
    line += `; ${joinAll(names)} ${names.length === 1 ? 'agrees' : 'agree'}`;
  }
  return line;
}

/**
 * "Worth a look: a page you read on 20 November (scmp.com) gives 724 million yuan for 2025, not 7 billion yuan: 9.7
 * times apart". Always starts "Worth a look:" (the popover's sentence and the tests know it by that).
 */
export function explainWorthALook(figure: Figure, group: readonly Detail[], ctx: ExplainContext): string {
  const first = group[0] as Detail;
  const names = distinctNames(group, ctx);
  const ratio = first.judgement?.ratio;
  const apart = ratio === undefined || ratio === 0 ? '' : `: ${timesApart(ratio)}`;
  return `Worth a look: ${joinAll(names)} ${names.length > 1 ? 'give' : 'gives'} ${claimValueText(first, figure.unit, ctx)}${periodOf(first, figure)}, not ${figureText(figure)}${apart}`;
}

export function explainAgreement(figure: Figure, group: readonly Detail[], ctx: ExplainContext): string {
  const first = group[0] as Detail;
  const claim = claimValueText(first, figure.unit, ctx);
  const names = joinAll(distinctNames(group, ctx));
  if (first.comparison.verdict === 'rounding') {
    const gap = first.judgement ? formatPercentGap(first.judgement.gap) : '';
    return `Within rounding of ${names}: ${claim}${periodOf(first, figure)}${gap ? `, ${gap} apart` : ''}`;
  }
  return `Agrees with ${names}: ${claim}${periodOf(first, figure)}`;
}

export function explainRelated(figure: Figure, related: readonly Detail[], ctx: ExplainContext): string {
  const other = ctx.pageSource ? ' other' : '';
  if (figure.period === null) {
    // the statements of the latest period as of the page's date first: the ones such a figure most likely means
    const latest = [...related.filter((d) => d.relation === 'loose'), ...related.filter((d) => d.relation !== 'loose')];
    return `No period stated, so shown for context only; the${other} sources give ${listed(latest, figure, ctx)}`;
  }
  // Statements for the figure's own period come first and are said to be of it: "For 2024 the sources give US$1
  // billion (AINews)", never "no source gives this for 2024" while one does. They are context only because they
  // measure another thing (a forecast, another span or part) or lie too far apart to be one measure.
  const own = normalisePeriod(figure.period);
  const same = related.filter((d) => normalisePeriod(d.comparison.period) === own);
  const rest = related.filter((d) => normalisePeriod(d.comparison.period) !== own);
  const period = formatPeriod(figure.period);
  if (same.length) {
    const line = `For ${period} the${other} sources give ${listed(same, figure, ctx, false)}: another measure, span or part, or too far apart to compare`;
    return rest.length ? `${line}; other periods: ${listed(rest, figure, ctx)}` : line;
  }
  return `No${other} source gives this for ${period}; other periods: ${listed(rest, figure, ctx)}`;
}

/** "724 million yuan for 2025 (Daily Economic News); … and 3 more": one entry per value, period and source. */
function listed(details: readonly Detail[], figure: Figure, ctx: ExplainContext, withPeriod = true): string {
  // (only the three shown are formatted: a page of thousands of figures lists the same claims again and again)
  const seen = new Set<string>();
  const entries: string[] = [];
  for (const d of details) {
    const c = d.comparison;
    const key = `${c.originalValue}|${c.originalUnit}|${c.period}|${c.sourceId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (entries.length === 3) continue;
    const p = !withPeriod ? '' : c.period === null ? ' with no period' : ` for ${formatPeriod(c.period)}`;
    entries.push(`${claimValueText(d, figure.unit, ctx)}${p} (${ctx.name(c.sourceId)})`);
  }
  const more = seen.size > 3 ? ` and ${seen.size - 3} more` : '';
  return `${entries.join('; ')}${more}`;
}

/**
 * The figure agrees with most of the sources that state this fact; the others are named with their values:
 * "Agrees with 2 of 3 sources (Daily Economic News and Gate); AINews gives 7 billion yuan for 2025".
 */
export function explainMajority(
  figure: Figure,
  tally: { agree: ReadonlySet<string>; disagree: ReadonlySet<string>; split: ReadonlySet<string> },
  against: readonly Detail[],
  ctx: ExplainContext,
): string {
  const total = tally.agree.size + tally.disagree.size + tally.split.size;
  const names = joinAll([...tally.agree].map((id) => ctx.name(id)));
  const seen = new Set<string>();
  const outliers: string[] = [];
  for (const d of against) {
    if (seen.has(d.comparison.sourceId)) continue;
    seen.add(d.comparison.sourceId);
    // a source on both sides contradicts itself: "AINews gives 7 billion yuan for 2025, and elsewhere agrees"
    const both = tally.split.has(d.comparison.sourceId) ? ', and elsewhere agrees' : '';
    outliers.push(`${ctx.name(d.comparison.sourceId)} gives ${claimValueText(d, figure.unit, ctx)}${periodOf(d, figure)}${both}`);
  }
  return `Agrees with ${tally.agree.size} of ${total} sources (${names}); ${outliers.join('; ')}`;
}

const MISSING_WORDS = { company: 'company', metric: 'measure', period: 'period', basis: 'time span' } as const;

/**
 * A figure whose reading rests on guesses: the sources are shown, but no disagreement is claimed. "Not compared:
 * the text does not say near this figure which period it is about. Sources give 724 million yuan for 2025 (…)".
 */
export function explainWeak(figure: Figure, missing: readonly (keyof typeof MISSING_WORDS)[], details: readonly Detail[], ctx: ExplainContext): string {
  const what = joinAll(missing.map((m) => MISSING_WORDS[m]));
  const shown = details.length ? `. Sources give ${listed(details, figure, ctx)}` : '';
  return `Not compared: the text does not say clearly which ${what} this figure is about${shown}`;
}

export function explainUnverified(figure: Figure, hadOwn: boolean): string {
  if (!figure.entity || !figure.metric) return 'Not attributed to a company and metric, so nothing to compare';
  const subject = `${ENTITIES[figure.entity]} ${metricLabel(figure.metric)}`;
  return hadOwn
    ? `Only this page's own source states ${subject}; no other source to compare with`
    : `No claim in the database about ${subject}`;
}

export function explainArithmetic(figure: Figure, result: ArithmeticResult, ctx: ExplainContext): string {
  const shown = result.computations.slice(0, 3).map((c) => `${c.formula}${c.sourceId === 'page' ? ' on this page' : ` per ${ctx.name(c.sourceId)}`}`);
  if (!result.agrees) return `Stated ${figureText(figure)}, but the parts give ${shown.join('; ')}`;
  const ok = result.computations.filter((c) => c.verdict !== 'conflict').slice(0, 1);
  return `Checks out: ${ok.map((c) => `${c.formula}${c.sourceId === 'page' ? ' on this page' : ` per ${ctx.name(c.sourceId)}`}`).join('')}`;
}

export function explainPageConflict(figure: Figure, conflicts: readonly PageConflict[], figures: readonly Figure[]): string {
  const first = conflicts[0] as PageConflict;
  const other = figures[first.other] as Figure;
  const j = first.judgement;
  const subject = figure.entity && figure.metric ? `${ENTITIES[figure.entity]} ${metricLabel(figure.metric)}` : 'the same thing';
  const period = figure.period ? ` for ${formatPeriod(figure.period)}` : '';
  const [u1, u2] = j.verdict === 'currency' && figure.unit === other.unit ? [j.currency, figure.unit] : [figure.unit, other.unit];
  const why =
    j.verdict === 'magnitude' ? ' — likely a misplaced scale word' : j.verdict === 'currency' ? ` — likely a ${unitName(u1)}/${unitName(u2)} mix-up` : '';
  const ratio = Number.isFinite(j.ratio) && j.ratio !== 0 ? `, ${timesApart(j.ratio)}` : '';
  const more = conflicts.length > 1 ? ` (and ${conflicts.length - 1} more)` : '';
  const read = figureText(other);
  const echo = squash(read) === squash(other.text) ? '' : ` (${read})`;
  return `This page also gives “${other.text}”${echo} for ${subject}${period}${ratio}${why}${more}`;
}

/** "50 billion yuan" and "50 Billion Yuan" say the same: compared without case, spaces and commas. */
const squash = (s: string) => s.toLowerCase().replace(/[\s,]/g, '');

/** Years used for conversions: the figure's period, else the claim's, else the page's. */
export function conversionYear(figure: Figure, claimPeriod: string | null, pageYear: number | null): number | null {
  return periodYear(figure.period) ?? periodYear(claimPeriod) ?? pageYear;
}

