// How bad a verdict is, for picking a figure's overall verdict and ordering a report. The first five are all
// "flagged"; among them a plain conflict outranks its likely explanations, and a disagreement with other sources
// outranks one inside the page.
import type { Verdict } from '../types';

export const VERDICT_RANK: Record<Verdict, number> = {
  conflict: 9,
  magnitude: 8,
  currency: 7,
  arithmetic: 6,
  'page-conflict': 5,
  rounding: 4,
  consistent: 3,
  related: 2,
  unverified: 1,
  unchecked: 0,
};

/** The disagreements: always a warning, at every sensitivity. The one list; the UI and the marks import it. */
export const CONFLICT_VERDICTS = ['conflict', 'magnitude', 'currency', 'arithmetic', 'page-conflict'] as const satisfies readonly Verdict[];

export const FLAGGED: ReadonlySet<Verdict> = new Set(CONFLICT_VERDICTS);

/** Nothing to compare the figure with: no mark by default (the "mark every figure read" setting brings them back). */
export const QUIET_VERDICTS: ReadonlySet<Verdict> = new Set(['unverified', 'unchecked']);

export const isFlagged = (v: Verdict): boolean => FLAGGED.has(v);

export function mostSevere(verdicts: Iterable<Verdict>, fallback: Verdict = 'unverified'): Verdict {
  let best = fallback;
  for (const v of verdicts) if (VERDICT_RANK[v] > VERDICT_RANK[best]) best = v;
  return best;
}
