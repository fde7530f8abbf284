// What the toolbar badge shows for one tab's report: the number of flagged figures (empty for none) and a colour
// for the worst of them.
import type { PageReport } from '../../core/messages';
import { BADGE_COLOURS, isConflict, isFlagged, type Sensitivity } from './verdicts';

export interface Badge {
  text: string;
  colour: string;
}

export function badgeFor(report: PageReport | undefined, sensitivity: Sensitivity): Badge {
  if (!report || !report.enabled) return { text: '', colour: BADGE_COLOURS.conflict };
  const flagged = report.figures.filter((f) => isFlagged(f.verdict, sensitivity));
  const worst = flagged.some((f) => isConflict(f.verdict)) ? BADGE_COLOURS.conflict : BADGE_COLOURS.rounding;
  return { text: flagged.length ? String(flagged.length) : '', colour: worst };
}
