// What the reader finds and what the cross-check says about it. These shapes are the contract between the core,
// the content script, the popup and the command-line check (`npm run check -- --json` prints them as they are).
import type { Basis, EntityId, FigureKind, MetricId, Period, Qualifier, Unit } from './vocabulary';

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
  /** What the figure measures in time (full year, quarter, as of a date, one day, since listing, …), or null. */
  basis: Basis | null;
  /** The part of the company the figure is about ("cloud", "AI Cloud", "marketing costs"), or null for the whole. */
  segment: string | null;
  /** Where the company, metric and period came from; null where the reader found no cue. */
  evidence: Evidence;
}

/**
 * How close to the figure its cue stands: in the same clause or sentence, in a table's header or row, in a heading
 * above it, in the database's own reading of a quote on this page (`source`), carried from an earlier sentence, or
 * a default for the page (its date, the company the article is about).
 */
export const EVIDENCE_SCOPES = ['clause', 'sentence', 'table', 'heading', 'source', 'carried', 'page'] as const;
export type EvidenceScope = (typeof EVIDENCE_SCOPES)[number];

export interface Cue {
  /** The cue as written ("Zhipu", "revenue", "in 2025"). */
  text: string;
  scope: EvidenceScope;
}

export interface Evidence {
  entity: Cue | null;
  metric: Cue | null;
  period: Cue | null;
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
  /** A page the reader read (reading memory) that disagrees: worth a look, never a warning (`verdict` is related). */
  worth?: true;
}

export interface CheckedFigure extends Figure {
  verdict: Verdict;
  /** One line a reader understands at a glance, with the numbers and the conversion. */
  explanation: string;
  claims: ClaimComparison[];
  /** True when this figure is itself a claim of the page's own source (see Report.pageSource). */
  ownClaim: boolean;
  /** Shown as a warning at the default sensitivity (a flagged verdict that met the evidence rules). */
  flagged: boolean;
}

export interface Report {
  /** The database source this page is (its text contains that source's quotes), or null. */
  pageSource: string | null;
  figures: CheckedFigure[];
}
