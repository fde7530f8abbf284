// The verdict for one figure against one value of the same entity, metric and period (already converted into the
// figure's unit): agreement first, then the two explanations of a large gap a reader most often meets in this
// news: a yuan/dollar mix-up (the figure's number agrees once read in another currency) and a misplaced scale word
// (a power of ten). When both fit, the one leaving the smaller residual gap wins.
import type { FxTable } from '../schema';
import { CURRENCIES, isCurrency, type Currency, type Unit } from '../vocabulary';
import { compareValues, explains, magnitudeFactor } from './compare-values';
import { conversionFactor } from './normalise';
import { scaleSide, type Side } from './tolerance';

export type Judgement =
  | {
      verdict: 'consistent' | 'rounding' | 'conflict';
      ratio: number;
      gap: number;
      /** Set when the conflict is a year's amount exceeding the total of a span containing it. */
      span?: 'figure-exceeds-total' | 'total-below-claim';
    }
  | { verdict: 'magnitude'; ratio: number; gap: number; factor: number }
  | { verdict: 'currency'; ratio: number; gap: number; currency: Currency; rate: number };

/** How bold the search for an explanation may be. */
export interface JudgeOptions {
  /** Powers of ten a misplaced scale word may explain (default 10 to 10,000: 万 and 亿 differ by 10,000). */
  powers?: readonly number[];
  /** Largest gap an explanation may leave, as a ratio (1.2: the fixed-up value is within 20%). */
  maxResidual?: number;
  /**
   * The currencies a mix-up may be proposed with: those the two statements use or the page names. A
   * Singapore-dollar mix-up is never proposed on a page with no Singapore dollars. All when absent.
   */
  currencies?: ReadonlySet<Currency>;
}

export interface JudgeUnits {
  /** The figure's unit (the other side is already converted into it). */
  unit: Unit;
  /** The other side's original unit. */
  otherUnit: Unit;
  year: number | null;
  fx: FxTable;
}

const SCALE_FREE: ReadonlySet<Unit> = new Set<Unit>(['percent', 'percentage-points', 'ratio']);

/** Slack for a converted value: yearly average rates are good to about 1%, spot rates wander a little more. */
export const FX_SLACK = 0.015;

export function judgeValues(figure: Side, other: Side, units: JudgeUnits, options: JudgeOptions = {}): Judgement {
  const maxResidual = Math.log(options.maxResidual ?? 1.2);
  const slack = units.unit !== units.otherUnit && isCurrency(units.unit) ? FX_SLACK : 0;
  const { open, ...base } = compareValues(figure, other, slack);
  // True only on the open reading ("over one trillion yuan" against a trillion dollars): a swap or a scale word
  // that makes the values agree closely is the better explanation.
  if (base.verdict !== 'conflict' && !open) return base;

  const candidates: { j: Judgement; residual: number }[] = [];
  if (isCurrency(units.unit) && isCurrency(units.otherUnit)) {
    for (const c of CURRENCIES) {
      if (c === units.unit || (options.currencies && !options.currencies.has(c))) continue;
      // Read the figure's number as if it were in `c`: "trillion-dollar" read as a trillion yuan.
      const rate = conversionFactor(c, units.unit, units.year, units.fx);
      if (rate === null || Math.abs(Math.log(rate)) < 0.2) continue; // too close to tell apart (HKD/CNY)
      const residual = Math.abs(Math.log(Math.abs(base.ratio * rate) || 1));
      if (residual <= maxResidual && explains(scaleSide(figure, rate), other, FX_SLACK))
        candidates.push({ j: { verdict: 'currency', ratio: base.ratio, gap: base.gap, currency: c, rate }, residual });
    }
  }
  // (a share, a rate or a multiple is written with no scale word to misplace: "14%" against "1.4%" is two different
  // figures, not "million" for "billion")
  const factor = SCALE_FREE.has(units.unit) ? null : magnitudeFactor(figure, other, slack, options.powers);
  const residual = factor === null ? Infinity : Math.abs(Math.log(Math.abs(base.ratio * factor) || 1));
  if (factor !== null && residual <= maxResidual)
    candidates.push({ j: { verdict: 'magnitude', ratio: base.ratio, gap: base.gap, factor }, residual });
  candidates.sort((a, b) => a.residual - b.residual);
  return candidates[0]?.j ?? base;
}
