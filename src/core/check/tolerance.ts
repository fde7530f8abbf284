// What a written number admits. "724 million" is 723.5–724.5 million (half a unit of the last written digit);
// "about 1.7 billion" allows one unit or 5%, whichever is more; "over $150 million" is anything from 150 million
// up; a range is what it contains. A single written digit is capped at ±25% so "one trillion" does not swallow
// 600 billion. "Over"/"under" are read as bounded (up to 1.5× the bound) so a trillion yuan "and more" still
// reveals a trillion dollars as a currency mix-up; the open reading is asked for separately (`open`).
import type { Qualifier } from '../vocabulary';
import { precisionOf } from './precision';

export interface Side {
  value: number;
  valueMax: number | null;
  qualifier: Qualifier;
  /** Place value of the last written digit; read from the value when absent. */
  precision?: number;
  /** Explicit half-width (computed values carry their propagated error); overrides precision. */
  pad?: number;
}

export interface Interval {
  lo: number;
  hi: number;
}

const LOOSE: ReadonlySet<Qualifier> = new Set(['approx', 'forecast', 'over', 'under']);

export const isLoose = (s: Side): boolean => LOOSE.has(s.qualifier);
export const isOpenEnded = (s: Side): boolean => s.qualifier === 'over' || s.qualifier === 'under';

export function padOf(side: Side): number {
  if (side.pad !== undefined) return side.pad;
  const v = Math.abs(side.value);
  const p = side.precision ?? precisionOf(side.value);
  const half = Math.min(p / 2, 0.25 * v);
  if (side.qualifier === 'approx' || side.qualifier === 'forecast') return Math.max(half, Math.min(p, 0.05 * v));
  return half;
}

/** How far past its bound an "over"/"under" value is read when bounded: "over 150 million" is 150–225 million. */
export const OPEN_SPAN = 1.5;

/**
 * The interval a side admits, widened by `slack` (a fraction of the value, for currency conversion). With `open`,
 * "over"/"under" admit everything past the bound (the statement is then merely true, not informative).
 */
export function intervalOf(side: Side, slack = 0, open = false): Interval {
  const pad = padOf(side) + slack * Math.abs(side.value);
  const lo = Math.min(side.value, side.valueMax ?? side.value);
  const hi = Math.max(side.value, side.valueMax ?? side.value);
  // "over 20%" of a decline (-0.2) means more negative: the far end follows the sign.
  const upward = side.value >= 0;
  const far = (v: number, bigger: boolean) => (open ? (bigger ? Infinity : -Infinity) : bigger ? v * OPEN_SPAN : v / OPEN_SPAN);
  if (side.qualifier === 'over') return upward ? { lo: lo - pad, hi: far(hi, true) } : { lo: far(lo, false), hi: hi + pad };
  if (side.qualifier === 'under') return upward ? { lo: far(lo, false), hi: hi + pad } : { lo: lo - pad, hi: far(hi, true) };
  return { lo: lo - pad, hi: hi + pad };
}

/** 0 when the intervals overlap, else the gap between them relative to the larger of the two nearest ends. */
export function relativeGap(a: Interval, b: Interval): number {
  if (a.hi >= b.lo && b.hi >= a.lo) return 0;
  const [near1, near2] = a.hi < b.lo ? [a.hi, b.lo] : [b.hi, a.lo];
  const scale = Math.max(Math.abs(near1), Math.abs(near2));
  return scale === 0 ? 0 : Math.abs(near2 - near1) / scale;
}

/** How far beyond the written precision still counts as rounding: 10% for approximate values, else 5%. */
export function roundingTolerance(a: Side, b: Side): number {
  return isLoose(a) || isLoose(b) ? 0.1 : 0.05;
}

export function scaleSide(side: Side, factor: number): Side {
  const precision = side.precision ?? precisionOf(side.value);
  return {
    ...side,
    value: side.value * factor,
    valueMax: side.valueMax === null ? null : side.valueMax * factor,
    precision: precision * Math.abs(factor),
    ...(side.pad !== undefined ? { pad: side.pad * Math.abs(factor) } : {}),
  };
}
