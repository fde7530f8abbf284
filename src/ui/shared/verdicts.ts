// How the toolbar UI names, orders and colours verdicts. "Flagged" depends on the sensitivity setting: rounding
// gaps count only when the reader asked for them.
import type { Verdict } from '../../core/types';
import type { Settings } from '../../core/settings';

export const CONFLICT_VERDICTS = ['conflict', 'magnitude', 'currency', 'arithmetic', 'page-conflict'] as const;

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
  conflict: 'Conflicts with a source',
  magnitude: 'Off by a factor (million/billion?)',
  currency: 'Currency mix-up',
  arithmetic: "Arithmetic doesn't add up",
  'page-conflict': 'Conflicts with the same page',
  rounding: 'Rounding gap',
  consistent: 'Consistent with sources',
  related: 'Related claims, no direct match',
  unverified: 'Not in the database',
  unchecked: 'Not checked',
};

export type Sensitivity = Settings['sensitivity'];

export function isFlagged(verdict: Verdict, sensitivity: Sensitivity): boolean {
  if ((CONFLICT_VERDICTS as readonly string[]).includes(verdict)) return true;
  return verdict === 'rounding' && sensitivity === 'rounding';
}

export function isConflict(verdict: Verdict): boolean {
  return (CONFLICT_VERDICTS as readonly string[]).includes(verdict);
}

/** Badge colours: red when a real conflict is on the page, amber when only rounding gaps are. */
export const BADGE_COLOURS = { conflict: '#b3261e', rounding: '#8a5a00' } as const;
