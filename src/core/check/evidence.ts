// Whether a figure's reading is certain enough to warn of. A warning needs the company, the metric and the period
// stated where the figure stands: in its own sentence, a table's header or row, a heading above it, or the
// database's own reading of this very quote (the page is a source). A company carried from three sentences back,
// the page's date standing in for a period, or a metric word from the sentence before are guesses: such a figure
// is shown with the sources as context, never as a disagreement.
import { TIMELESS_METRICS } from '../read/fact-basis';
import type { EvidenceScope, Figure } from '../types';

const STRONG: ReadonlySet<EvidenceScope> = new Set(['clause', 'sentence', 'table', 'heading', 'source']);

export type Missing = 'company' | 'metric' | 'period' | 'basis';

/** What the figure's reading lacks for a warning (empty when it may be warned of). */
export function missingEvidence(figure: Figure): Missing[] {
  const missing: Missing[] = [];
  const e = figure.evidence;
  if (!e.entity || !STRONG.has(e.entity.scope)) missing.push('company');
  if (!e.metric || !STRONG.has(e.metric.scope)) missing.push('metric');
  // a value as of a date (a valuation, a share price) is as of the page's date when the sentence names none
  const periodOk = e.period !== null && (STRONG.has(e.period.scope) || (e.period.scope === 'page' && figure.basis === 'point'));
  if (!periodOk) missing.push('period');
  // (a funding round, a model's size: no time span to tell)
  if (figure.basis === null && !(figure.metric !== null && TIMELESS_METRICS.has(figure.metric))) missing.push('basis');
  return missing;
}
