// How the UI (marks, popover, popup, screen-reader descriptions) names, orders and colours verdicts: the one
// definition of each. "Flagged" depends on the sensitivity setting: rounding gaps count only when the reader asked
// for them.
import { CONFLICT_VERDICTS } from '../../core/check/severity';
import type { Verdict } from '../../core/types';
import type { Settings } from '../../core/settings';

export { CONFLICT_VERDICTS };

/** Display order in the popup: the flagged kinds first, then the quiet ones (shown collapsed). */
export const VERDICT_ORDER: readonly Verdict[] = [
  ...CONFLICT_VERDICTS,
  'rounding',
  'consistent',
  'related',
  'unverified',
  'unchecked',
];

export const VERDICT_LABELS: Record<Verdict, string> = {
  conflict: 'Conflicts with other sources',
  magnitude: 'Likely a misplaced scale word',
  currency: 'Likely currency mix-up',
  arithmetic: 'Arithmetic does not add up',
  'page-conflict': 'Page contradicts itself',
  rounding: 'Rounding gap',
  consistent: 'Consistent with sources',
  related: 'Related figures (other periods)',
  unverified: 'Not in the database',
  unchecked: 'Not checked',
};

export type Sensitivity = Settings['sensitivity'];

export function isFlagged(verdict: Verdict, sensitivity: Sensitivity): boolean {
  if ((CONFLICT_VERDICTS as readonly string[]).includes(verdict)) return true;
  return verdict === 'rounding' && sensitivity === 'rounding';
}

/** The verdicts that are warnings under a sensitivity, as a set (marks, keyboard steps and tab stops use it). */
export function flaggedVerdicts(sensitivity: Sensitivity): ReadonlySet<Verdict> {
  return new Set<Verdict>(sensitivity === 'rounding' ? [...CONFLICT_VERDICTS, 'rounding'] : CONFLICT_VERDICTS);
}

export function isConflict(verdict: Verdict): boolean {
  return (CONFLICT_VERDICTS as readonly string[]).includes(verdict);
}

/** Badge colours: red when a real conflict is on the page, amber when only rounding gaps are. */
export const BADGE_COLOURS = { conflict: '#b3261e', rounding: '#8a5a00' } as const;

/** A figure or source row that only pages the reader read disagree with (reading memory): not a warning. */
export const WORTH_A_LOOK_LABEL = 'Worth a look';
