// The detail line of a figure in the reader's language. English is the checker's own line (CheckedFigure.explanation,
// which the command line's JSON carries). Chinese is written from the same verdict and compared claims, as a Chinese
// financial report would put it: "每日经济新闻和Gate给出的2025年数字为7.24亿元，而非70亿元，相差9.7倍，疑为数量级写错".
import { entityLabel, metricLabel } from '../i18n/labels';
import { translate, type Lang } from '../i18n/translate';
import type { CheckedFigure, ClaimComparison } from '../types';
import { formatTimesIn, formatValue } from './format-value';
import { normalisePeriod, periodInWords } from './periods';
import { FLAGGED } from './severity';
import { plainSentence } from './summary-sentence';

export interface ExplainInContext {
  name(sourceId: string): string;
  pageSource: string | null;
  lang: Lang;
}

/** "A、B和C" (Chinese) or "A, B and C". */
export function joinNames(names: readonly string[], lang: Lang): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(translate(lang, 'listSeparator'))}${translate(lang, 'listLastSeparator')}${names[names.length - 1]}`;
}

const distinct = (claims: readonly ClaimComparison[], ctx: ExplainInContext) => [...new Set(claims.map((c) => ctx.name(c.sourceId)))];

/** A claim's value in the figure's unit, or as stated where there is no conversion. */
function claimValue(c: ClaimComparison, figure: CheckedFigure, lang: Lang): string {
  return c.value === null ? formatValue(c.originalValue, c.originalUnit, 4, null, lang) : formatValue(c.value, figure.unit, 4, c.valueMax, lang);
}

/** "2025年7.24亿元（每日经济新闻）；…等，另有2项": one entry per value, period and source, three at most. */
function listed(claims: readonly ClaimComparison[], figure: CheckedFigure, ctx: ExplainInContext): string {
  const { lang } = ctx;
  const seen = new Set<string>();
  const entries: string[] = [];
  for (const c of claims) {
    const key = `${c.originalValue}|${c.originalUnit}|${c.period}|${c.sourceId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const period = c.period === null ? `${translate(lang, 'noPeriod')}${lang === 'zh' ? '：' : ''}` : periodInWords(c.period, null, lang);
    if (entries.length < 3) entries.push(translate(lang, 'explainListEntry', [claimValue(c, figure, lang), period, ctx.name(c.sourceId)]));
  }
  const more = seen.size > 3 ? translate(lang, 'explainListMore', [seen.size - 3]) : '';
  return `${entries.join(translate(lang, 'entrySeparator'))}${more}`;
}

/** "相差9.7倍", or "相差0.6%" for values less than twice apart; "相差悬殊" when one is zero. */
function apart(ratio: number, lang: Lang): string {
  if (!Number.isFinite(ratio) || ratio === 0) return translate(lang, 'summaryFarApart');
  const r = ratio >= 1 ? ratio : 1 / ratio;
  if (r < 1.95) return translate(lang, 'summaryPercentApart', [Math.round((r - 1) * 1000) / 10]);
  return lang === 'zh' ? `相差${formatTimesIn(lang, r)}` : formatTimesIn(lang, r);
}

function disagreement(figure: CheckedFigure, others: readonly ClaimComparison[], ctx: ExplainInContext): string | null {
  const { lang } = ctx;
  const against = others.filter((c) => FLAGGED.has(c.verdict) && c.value !== null);
  const first = against[0];
  if (!first || first.value === null) return null;
  const same = against.filter((c) => c.value !== null && c.value.toPrecision(3) === first.value!.toPrecision(3));
  const ratio = first.value === 0 || figure.value === 0 ? NaN : figure.value / first.value;
  const far = apart(ratio, lang);
  const cause = figure.verdict === 'magnitude' ? 'summaryCauseMagnitude' : figure.verdict === 'currency' ? 'summaryCauseCurrency' : null;
  let line = translate(lang, 'explainDisagree', [
    joinNames(distinct(same, ctx), lang),
    claimValue(first, figure, lang),
    periodInWords(first.period, null, lang),
    formatValue(figure.value, figure.unit, 4, figure.valueMax, lang),
    far,
    cause ? translate(lang, cause) : '',
  ]);
  const agreeing = distinct(others.filter((c) => c.verdict === 'consistent' || c.verdict === 'rounding'), ctx);
  if (agreeing.length) line += translate(lang, 'explainAgreeing', [joinNames(agreeing, lang)]);
  return line;
}

function agreement(figure: CheckedFigure, others: readonly ClaimComparison[], ctx: ExplainInContext): string | null {
  const withIt = others.filter((c) => c.verdict === figure.verdict);
  const first = withIt[0];
  if (!first) return null;
  return translate(ctx.lang, figure.verdict === 'rounding' ? 'explainRounding' : 'explainConsistent', [
    joinNames(distinct(withIt, ctx), ctx.lang),
    claimValue(first, figure, ctx.lang),
    periodInWords(first.period, null, ctx.lang),
  ]);
}

function related(figure: CheckedFigure, others: readonly ClaimComparison[], ctx: ExplainInContext): string | null {
  if (!others.length) return null;
  if (figure.period === null) return translate(ctx.lang, 'explainRelatedNoPeriod', [listed(others, figure, ctx)]);
  const own = normalisePeriod(figure.period);
  const rest = others.filter((c) => normalisePeriod(c.period) !== own);
  // a source that gives the same period but another measure is said in the English line; here it is listed
  return translate(ctx.lang, 'explainRelated', [periodInWords(figure.period, null, ctx.lang), listed(rest.length ? rest : others, figure, ctx)]);
}

function unverified(figure: CheckedFigure, ctx: ExplainInContext): string {
  if (!figure.entity || !figure.metric) return translate(ctx.lang, 'explainUnattributed');
  const subject = `${entityLabel(figure.entity, ctx.lang)}${ctx.lang === 'zh' ? '' : ' '}${metricLabel(figure.metric, ctx.lang)}`;
  return translate(ctx.lang, 'explainNoClaim', [subject]);
}

/** The figure's detail line in `ctx.lang`. */
export function explanationIn(figure: CheckedFigure, ctx: ExplainInContext): string {
  if (ctx.lang === 'en') return figure.explanation;
  const others = figure.claims.filter((c) => c.sourceId !== ctx.pageSource);
  let line: string | null = null;
  if (FLAGGED.has(figure.verdict) && !figure.flagged) {
    line = others.length ? translate(ctx.lang, 'explainWeak', [listed(others, figure, ctx)]) : translate(ctx.lang, 'summaryNotCompared');
  } else if (figure.verdict === 'conflict' || figure.verdict === 'magnitude' || figure.verdict === 'currency') {
    line = disagreement(figure, others, ctx);
  } else if (figure.verdict === 'consistent' || figure.verdict === 'rounding') {
    line = agreement(figure, others, ctx);
  } else if (figure.verdict === 'related') {
    line = related(figure, others, ctx);
  } else if (figure.verdict === 'unverified') {
    line = unverified(figure, ctx);
  }
  return line ?? plainSentence(figure.verdict, ctx.lang);
}
