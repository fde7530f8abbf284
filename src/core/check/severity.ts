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

export const FLAGGED: ReadonlySet<Verdict> = new Set(['conflict', 'magnitude', 'currency', 'arithmetic', 'page-conflict']);

export const isFlagged = (v: Verdict): boolean => FLAGGED.has(v);

export function mostSevere(verdicts: Iterable<Verdict>, fallback: Verdict = 'unverified'): Verdict {
  let best = fallback;
  for (const v of verdicts) if (VERDICT_RANK[v] > VERDICT_RANK[best]) best = v;
  return best;
}
