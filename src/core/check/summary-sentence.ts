// The popover's first line: one plain sentence of at most 30 words that a reader without the jargon understands
// ("This page gives 7 billion yuan; 2 other sources give 724 million yuan: about 10 times apart, likely a
// misplaced 'billion'."). Built from the verdict and the compared claims, not cut from `explanation` (which stays
// as it is: the command line's JSON carries it).
import type { CheckedFigure, ClaimComparison } from '../types';
import { formatValue } from './format-value';
import { FLAGGED } from './severity';

export const SUMMARY_MAX_WORDS = 30;

export interface SummaryContext {
  /** The outlet a source id stands for ("AINews"). */
  name(sourceId: string): string;
  /** The database source this page is, or null. */
  pageSource: string | null;
}

export function countWords(sentence: string): number {
  return sentence.split(/\s+/).filter(Boolean).length;
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const sources = (n: number, other: boolean) =>
  `${NUMBER_WORDS[n] ?? String(n)}${other ? ' other' : ''} source${n === 1 ? '' : 's'}`;

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
function whoGives(sourceIds: readonly string[], ctx: SummaryContext): string {
  if (sourceIds.length === 1) return ctx.name(sourceIds[0] as string);
  return sources(sourceIds.length, true);
}

/** "about 10 times apart" or "31% apart". */
function howFar(a: number, b: number): string {
  const lo = Math.min(Math.abs(a), Math.abs(b));
  const hi = Math.max(Math.abs(a), Math.abs(b));
  if (lo === 0) return 'far apart';
  const ratio = hi / lo;
  // One significant digit from 5 up (9.7 → "about 10", 1,430 → "about 1000"), one decimal below (3.4).
  if (ratio >= 1.95) return `about ${ratio >= 5 ? Number(ratio.toPrecision(1)) : Math.round(ratio * 10) / 10} times apart`;
  return `${Math.round((ratio - 1) * 100)}% apart`;
}

const CAUSE: Partial<Record<CheckedFigure['verdict'], string>> = {
  magnitude: ", likely a misplaced 'million' or 'billion'",
  currency: ', likely yuan and dollars mixed up',
};

function pageName(ctx: SummaryContext): string {
  return ctx.pageSource ? ctx.name(ctx.pageSource) : 'This page';
}

function disagreement(figure: CheckedFigure, ctx: SummaryContext, others: readonly ClaimComparison[]): string | null {
  const against = commonValue(others.filter((c) => FLAGGED.has(c.verdict)));
  if (!against) return null;
  const mine = formatValue(figure.value, figure.unit, 3, figure.valueMax);
  const theirs = formatValue(against.value, figure.unit, 3);
  const cause = CAUSE[figure.verdict] ?? '';
  return `${pageName(ctx)} gives ${mine}; ${whoGives(against.sourceIds, ctx)} ${against.sourceIds.length === 1 ? 'gives' : 'give'} ${theirs}: ${howFar(figure.value, against.value)}${cause}.`;
}

function agreement(figure: CheckedFigure, ctx: SummaryContext, others: readonly ClaimComparison[], rounding: boolean): string | null {
  const withIt = commonValue(others.filter((c) => c.verdict === figure.verdict));
  if (!withIt) return null;
  const who = whoGives(withIt.sourceIds, ctx);
  const verb = withIt.sourceIds.length === 1 ? 'gives' : 'give';
  const theirs = formatValue(withIt.value, figure.unit, 3);
  return rounding
    ? `${who} ${verb} ${theirs}: close to this figure, the gap is within rounding.`
    : `${who} ${verb} ${theirs} too: the figure agrees with the database.`;
}

const PLAIN: Record<CheckedFigure['verdict'], string> = {
  conflict: 'Other sources give a different value for the same figure.',
  magnitude: "Other sources give a value about ten or a thousand times off: likely a misplaced 'million' or 'billion'.",
  currency: 'Other sources give this amount in another currency: likely yuan and dollars mixed up.',
  arithmetic: "This figure does not follow from the other figures the same text gives.",
  'page-conflict': 'This page gives the same figure elsewhere with a different value.',
  rounding: 'Other sources give a value close to this one, within rounding.',
  consistent: 'Other sources give the same value.',
  related: 'The sources give this figure only for other periods; nothing here contradicts it.',
  unverified: 'No source in the database states this figure.',
  unchecked: 'Not checked: the text does not say clearly what this figure is about.',
};

const WORTH = 'Worth a look:';
const WORTH_PLAIN = 'Worth a look: a page you read gives a different value; it is not a vetted source, so this is no warning.';

/** The sentence for a figure; always at most SUMMARY_MAX_WORDS words. */
export function summarySentence(figure: CheckedFigure, ctx: SummaryContext): string {
  const others = figure.claims.filter((c) => c.sourceId !== ctx.pageSource);
  let sentence: string | null = null;
  if (FLAGGED.has(figure.verdict) && !figure.flagged) {
    // A disagreement the evidence does not support (the period or company is a guess): said as not compared.
    sentence = 'Not compared: the text does not say clearly which company, measure or period this figure is about.';
  } else if (figure.verdict === 'conflict' || figure.verdict === 'magnitude' || figure.verdict === 'currency') {
    sentence = disagreement(figure, ctx, others);
  } else if (figure.verdict === 'consistent' || figure.verdict === 'rounding') {
    sentence = agreement(figure, ctx, others, figure.verdict === 'rounding');
  } else if (figure.verdict === 'related' && figure.explanation.startsWith(WORTH)) {
    // Only pages the reader read disagree: said as worth a look, with what they give.
    sentence = `${figure.explanation.split(' · ')[0]}.`;
    if (countWords(sentence) > SUMMARY_MAX_WORDS) sentence = WORTH_PLAIN;
  } else if (figure.verdict === 'related' && others.length) {
    const ids = [...new Set(others.map((c) => c.sourceId))];
    sentence = `No source gives this figure for the same period; ${sources(ids.length, false)} give it for other periods.`;
  }
  if (!sentence || countWords(sentence) > SUMMARY_MAX_WORDS) sentence = PLAIN[figure.verdict];
  return sentence;
}
