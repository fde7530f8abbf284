// The popover's first line: one plain sentence of at most 30 words that a reader without the jargon understands
// ("This page gives 7 billion yuan; 2 other sources give 724 million yuan: about 10 times apart, likely a
// misplaced 'billion'."). Built from the verdict and the compared claims, not cut from `explanation` (which stays
// as it is: the command line's JSON carries it).
import type { CheckedFigure, ClaimComparison } from '../types';
import { formatValue } from './format-value';
import { translate, type Lang, type MessageKey } from '../i18n/translate';
import { FLAGGED } from './severity';

export const SUMMARY_MAX_WORDS = 30;

export interface SummaryContext {
  /** The outlet a source id stands for ("AINews"). */
  name(sourceId: string): string;
  /** The database source this page is, or null. */
  pageSource: string | null;
  /** The language of the sentence (English by default). */
  lang?: Lang;
}

export function countWords(sentence: string): number {
  return sentence.split(/\s+/).filter(Boolean).length;
}

/** A Chinese sentence has no spaces: it is held to about two characters per English word. */
export const SUMMARY_MAX_CHARS_ZH = 2 * SUMMARY_MAX_WORDS;

function tooLong(sentence: string, lang: Lang): boolean {
  return lang === 'zh' ? [...sentence].length > SUMMARY_MAX_CHARS_ZH : countWords(sentence) > SUMMARY_MAX_WORDS;
}

function numberWord(n: number, lang: Lang): string {
  return translate(lang, 'numberWords').split('|')[n] ?? String(n);
}

const sources = (n: number, other: boolean, lang: Lang) =>
  translate(lang, `summarySources${other ? 'Other' : ''}${n === 1 ? '1' : 'N'}`, [numberWord(n, lang)]);

/** The value most of these claims give (converted into the figure's unit), with the sources that give it. */
function commonValue(claims: readonly ClaimComparison[]): { value: number; sourceIds: string[] } | null {
  const byValue = new Map<string, { value: number; sourceIds: Set<string> }>();
  for (const c of claims) {
    if (c.value === null) continue;
    const key = c.value.toPrecision(3);
    const slot = byValue.get(key) ?? { value: c.value, sourceIds: new Set<string>() };
    slot.sourceIds.add(c.sourceId);
    byValue.set(key, slot);
  }
  let best: { value: number; sourceIds: Set<string> } | null = null;
  for (const slot of byValue.values()) if (!best || slot.sourceIds.size > best.sourceIds.size) best = slot;
  return best ? { value: best.value, sourceIds: [...best.sourceIds] } : null;
}

/** "AINews" for one source, "2 other sources" for more (names would not fit in 30 words). */
function whoGives(sourceIds: readonly string[], ctx: SummaryContext, lang: Lang): string {
  if (sourceIds.length === 1) return ctx.name(sourceIds[0] as string);
  return sources(sourceIds.length, true, lang);
}

/** "about 10 times apart" or "31% apart". */
function howFar(a: number, b: number, lang: Lang): string {
  const lo = Math.min(Math.abs(a), Math.abs(b));
  const hi = Math.max(Math.abs(a), Math.abs(b));
  if (lo === 0) return translate(lang, 'summaryFarApart');
  const ratio = hi / lo;
  // One significant digit from 5 up (9.7 → "about 10", 1,430 → "about 1000"), one decimal below (3.4).
  if (ratio >= 1.95) return translate(lang, 'summaryTimesApart', [ratio >= 5 ? Number(ratio.toPrecision(1)) : Math.round(ratio * 10) / 10]);
  return translate(lang, 'summaryPercentApart', [Math.round((ratio - 1) * 100)]);
}

const CAUSE: Partial<Record<CheckedFigure['verdict'], MessageKey>> = {
  magnitude: 'summaryCauseMagnitude',
  currency: 'summaryCauseCurrency',
};

function pageName(ctx: SummaryContext, lang: Lang): string {
  return ctx.pageSource ? ctx.name(ctx.pageSource) : translate(lang, 'summaryThisPage');
}

const oneOrMany = (n: number) => (n === 1 ? 'One' : 'Many');

function disagreement(figure: CheckedFigure, ctx: SummaryContext, others: readonly ClaimComparison[], lang: Lang): string | null {
  const against = commonValue(others.filter((c) => FLAGGED.has(c.verdict)));
  if (!against) return null;
  const mine = formatValue(figure.value, figure.unit, 3, figure.valueMax, lang);
  const theirs = formatValue(against.value, figure.unit, 3, null, lang);
  const cause = CAUSE[figure.verdict];
  return translate(lang, `summaryDisagree${oneOrMany(against.sourceIds.length)}`, [
    pageName(ctx, lang),
    mine,
    whoGives(against.sourceIds, ctx, lang),
    theirs,
    howFar(figure.value, against.value, lang),
    cause ? translate(lang, cause) : '',
  ]);
}

function agreement(figure: CheckedFigure, ctx: SummaryContext, others: readonly ClaimComparison[], rounding: boolean, lang: Lang): string | null {
  const withIt = commonValue(others.filter((c) => c.verdict === figure.verdict));
  if (!withIt) return null;
  const key = `${rounding ? 'summaryRounding' : 'summaryAgree'}${oneOrMany(withIt.sourceIds.length)}`;
  return translate(lang, key, [whoGives(withIt.sourceIds, ctx, lang), formatValue(withIt.value, figure.unit, 3, null, lang)]);
}

/** The sentence that says only what the verdict means, when no sentence with the numbers fits. */
export function plainSentence(verdict: CheckedFigure['verdict'], lang: Lang = 'en'): string {
  return translate(lang, `plain_${verdict.replace('-', '_')}`);
}

const WORTH = 'Worth a look:';

/** The sentence for a figure; always at most SUMMARY_MAX_WORDS words (SUMMARY_MAX_CHARS_ZH characters in Chinese). */
export function summarySentence(figure: CheckedFigure, ctx: SummaryContext): string {
  const lang = ctx.lang ?? 'en';
  const others = figure.claims.filter((c) => c.sourceId !== ctx.pageSource);
  let sentence: string | null = null;
  if (FLAGGED.has(figure.verdict) && !figure.flagged) {
    // A disagreement the evidence does not support (the period or company is a guess): said as not compared.
    sentence = translate(lang, 'summaryNotCompared');
  } else if (figure.verdict === 'conflict' || figure.verdict === 'magnitude' || figure.verdict === 'currency') {
    sentence = disagreement(figure, ctx, others, lang);
  } else if (figure.verdict === 'consistent' || figure.verdict === 'rounding') {
    sentence = agreement(figure, ctx, others, figure.verdict === 'rounding', lang);
  } else if (figure.verdict === 'related' && figure.explanation.startsWith(WORTH)) {
    // Only pages the reader read disagree: said as worth a look, with what they give (in English the explanation's
    // own first part names the page and its value; otherwise, or when that is too long, the plain sentence).
    sentence = lang === 'en' ? `${figure.explanation.split(' · ')[0]}.` : null;
    if (!sentence || tooLong(sentence, lang)) sentence = translate(lang, 'summaryWorthPlain');
  } else if (figure.verdict === 'related' && others.length) {
    const ids = [...new Set(others.map((c) => c.sourceId))];
    sentence = translate(lang, 'summaryRelated', [sources(ids.length, false, lang)]);
  }
  if (!sentence || tooLong(sentence, lang)) sentence = plainSentence(figure.verdict, lang);
  return sentence;
}
