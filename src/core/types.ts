// What the reader finds and what the cross-check says about it. These shapes are the contract between the core,
// the content script, the popup and the command-line check (`npm run check -- --json` prints them as they are).
import type { EntityId, FigureKind, MetricId, Period, Qualifier, Unit } from './vocabulary';

/** One figure found in a text. `start`/`end` are UTF-16 offsets into the text the reader was given. */
export interface Figure {
  text: string;
  start: number;
  end: number;
  /** In base units: 724 million yuan is 724000000; 31.8% is 0.318; 60-fold is 60; declines are negative. */
  value: number;
  valueMax: number | null;
  unit: Unit;
  kind: FigureKind;
  qualifier: Qualifier;
  entity: EntityId | null;
  metric: MetricId | null;
  period: Period | null;
}

export const VERDICTS = [
  'conflict',
  'magnitude',
  'currency',
  'arithmetic',
  'page-conflict',
  'rounding',
  'consistent',
  'related',
  'unverified',
  'unchecked',
] as const;
export type Verdict = (typeof VERDICTS)[number];

/** A claim from the database as compared with one figure; `value` is converted into the figure's unit. */
export interface ClaimComparison {
  claimId: string;
  sourceId: string;
  period: Period | null;
  /** The claim's value converted into the figure's unit (null when no conversion exists). */
  value: number | null;
  valueMax: number | null;
  unit: Unit;
  /** The claim's value as stored, before conversion. */
  originalValue: number;
  originalUnit: Unit;
  verdict: Verdict;
  quote: string;
}

export interface CheckedFigure extends Figure {
  verdict: Verdict;
  /** One line a reader understands at a glance, with the numbers and the conversion. */
  explanation: string;
  claims: ClaimComparison[];
  /** True when this figure is itself a claim of the page's own source (see Report.pageSource). */
  ownClaim: boolean;
}

export interface Report {
  /** The database source this page is (its text contains that source's quotes), or null. */
  pageSource: string | null;
  figures: CheckedFigure[];
}
