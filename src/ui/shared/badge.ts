// What the toolbar badge shows for one tab's report: the number of flagged figures (empty for none) and a colour
// for the worst of them.
import type { VerdictTally } from '../../core/messages';
import type { Verdict } from '../../core/types';
import { BADGE_COLOURS, isConflict, isFlagged, type Sensitivity } from './verdicts';

export interface Badge {
  text: string;
  colour: string;
}

export function badgeFor(tally: VerdictTally | undefined, sensitivity: Sensitivity): Badge {
  if (!tally || !tally.enabled) return { text: '', colour: BADGE_COLOURS.conflict };
  let flagged = 0;
  let conflict = false;
  for (const [verdict, count] of Object.entries(tally.verdicts) as [Verdict, number | undefined][]) {
    if (!count || !isFlagged(verdict, sensitivity)) continue;
    flagged += count;
    conflict ||= isConflict(verdict);
  }
  return { text: flagged ? String(flagged) : '', colour: conflict ? BADGE_COLOURS.conflict : BADGE_COLOURS.rounding };
}
