// Compare two values in the same unit: `consistent` when what each admits overlaps, `rounding` when the gap is
// small (within 5%, 10% for approximate values), `magnitude` when a power of ten (10 to 10,000) explains the gap,
// else `conflict`. The currency swap is tried by the caller, which knows the units (see judge-values.ts).
import { intervalOf, isOpenEnded, relativeGap, roundingTolerance, scaleSide, type Side } from './tolerance';

export type ValueVerdict = 'consistent' | 'rounding' | 'conflict';

export interface ValueComparison {
  verdict: ValueVerdict;
  /** Consistent only on the open reading of "over"/"under" (true, but far past the bound). */
  open?: boolean;
  /** figure / other, from the written values (ranges by their midpoints). */
  ratio: number;
  gap: number;
}

const mid = (s: Side) => (s.valueMax === null ? s.value : (s.value + s.valueMax) / 2);

export function compareValues(a: Side, b: Side, slack = 0): ValueComparison {
  const gap = relativeGap(intervalOf(a), intervalOf(b, slack));
  const ratio = mid(b) === 0 ? Infinity : mid(a) / mid(b);
  if (gap === 0) return { verdict: 'consistent', ratio, gap };
  if (gap <= roundingTolerance(a, b) + slack) return { verdict: 'rounding', ratio, gap };
  if (relativeGap(intervalOf(a, 0, true), intervalOf(b, slack, true)) === 0) return { verdict: 'consistent', ratio, gap, open: true };
  return { verdict: 'conflict', ratio, gap };
}

/**
 * Agreement good enough to explain a gap by a swapped currency or scale word: not on the open reading of
 * "over"/"under", and within rounding only when neither side is open-ended (a bound is too loose to confirm a
 * guess: "over 100 million" must not make 1.7 billion "a tenth off").
 */
export function explains(a: Side, b: Side, slack = 0): boolean {
  const c = compareValues(a, b, slack);
  if (c.open) return false;
  return c.verdict === 'consistent' || (c.verdict === 'rounding' && !isOpenEnded(a) && !isOpenEnded(b));
}

export const POWERS = [10, 100, 1000, 10000];

/** The power of ten (10, 0.1, 100, …) that makes `a` agree with `b`, or null. */
export function magnitudeFactor(a: Side, b: Side, slack = 0, powers: readonly number[] = POWERS): number | null {
  // What `a` admits scales with it (value, written precision and bounds alike), so a factor whose scaled interval
  // is further from `b` than rounding allows cannot explain the gap; only the others get the full comparison.
  const ia = intervalOf(a);
  const ib = intervalOf(b, slack);
  const within = (roundingTolerance(a, b) + slack) * (1 + 1e-9) + 1e-12;
  for (const p of powers) {
    for (const f of [1 / p, p]) {
      if (relativeGap({ lo: ia.lo * f, hi: ia.hi * f }, ib) > within) continue;
      if (explains(scaleSide(a, f), b, slack)) return f;
    }
  }
  return null;
}
