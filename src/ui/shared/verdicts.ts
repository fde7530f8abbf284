// How the UI (marks, popover, popup, screen-reader descriptions) names, orders and colours verdicts: the one
// definition of each. "Flagged" depends on the sensitivity setting: rounding gaps count only when the reader asked
// for them.
import { CONFLICT_VERDICTS } from '../../core/check/severity';
import { translate, type Lang } from '../../core/i18n/translate';
import { VERDICTS, type Verdict } from '../../core/types';
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

/** What a verdict is called, in a language (the catalogs' `verdict_*` messages). */
export function verdictLabel(verdict: Verdict, lang: Lang = 'en'): string {
  return translate(lang, `verdict_${verdict.replace('-', '_')}`);
}

/** The English labels (the CSV/JSON exports and the tests use these). */
export const VERDICT_LABELS = Object.fromEntries(VERDICTS.map((v) => [v, verdictLabel(v)])) as Record<Verdict, string>;

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

/** What a figure or source row is called that only pages the reader read disagree with (reading memory): not a warning. */
export function worthALookLabel(lang: Lang = 'en'): string {
  return translate(lang, 'verdict_worth');
}

/** The English label (the popup's row and the tests use it). */
export const WORTH_A_LOOK_LABEL = worthALookLabel();
