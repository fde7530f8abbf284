// Which of the page's own claims a figure states. On a page that is one of the sources, a figure inside one of
// that source's quotes that reads as the claim's value IS that claim: the claim's curated reading (company,
// metric, period, unit) replaces the reader's guess, so "loses 30 yuan for every yuan" is checked as a loss per
// unit of revenue for 2021 to H1 2024, not as a net loss of 30 yuan. Elsewhere on the page, a figure restating
// one of the source's claims (same company, metric, period and value) is also the page's own claim.
import type { Claim, FxTable } from '../schema';
import type { Figure } from '../types';
import { claimBasis, claimSegment } from './match-claims';
import { compareValues } from './compare-values';
import { toUnit } from './normalise';
import type { OwnClaimSpan } from './page-source';
import { normalisePeriod, periodYear } from './periods';

export interface OwnMatch {
  figure: Figure;
  own: boolean;
}

const same = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

function readsAs(figure: Figure, claim: Claim): boolean {
  const values = [figure.value, figure.valueMax].filter((v): v is number => v !== null);
  const wanted = [claim.value, claim.valueMax].filter((v): v is number => v !== undefined);
  return values.some((v) => wanted.some((w) => same(v, w) || same(Math.abs(v), Math.abs(w))));
}

export function matchOwnClaim(figure: Figure, spans: readonly OwnClaimSpan[], fx: FxTable): OwnMatch {
  if (!spans.length) return { figure, own: false };
  const inside = spans.filter((s) => figure.start >= s.start && figure.end <= s.end && readsAs(figure, s.claim));
  const best = inside.find((s) => s.claim.metric === figure.metric && s.claim.entity === figure.entity) ?? inside[0];
  if (best) {
    const c = best.claim;
    const adopted: Figure = {
      ...figure,
      entity: c.entity,
      metric: c.metric,
      period: c.period,
      unit: c.unit,
      qualifier: c.qualifier,
      value: c.value,
      valueMax: c.valueMax ?? null,
      basis: claimBasis(c),
      segment: claimSegment(c),
      // the database's curated reading of this very quote: as good as a statement in the figure's sentence
      evidence: {
        entity: { text: c.quote, scope: 'source' },
        metric: { text: c.quote, scope: 'source' },
        period: c.period === null ? null : { text: c.quote, scope: 'source' },
      },
    };
    return { figure: adopted, own: true };
  }
  if (!figure.entity || !figure.metric) return { figure, own: false };
  for (const s of spans) {
    const c = s.claim;
    if (c.entity !== figure.entity || c.metric !== figure.metric) continue;
    if (normalisePeriod(c.period) !== normalisePeriod(figure.period)) continue;
    const v = toUnit(c.value, c.unit, figure.unit, periodYear(c.period), fx, figure.metric);
    if (v === null) continue;
    const cmp = compareValues(
      { value: figure.value, valueMax: figure.valueMax, qualifier: figure.qualifier },
      { value: v, valueMax: null, qualifier: c.qualifier },
    );
    if (cmp.verdict === 'consistent' && !cmp.open) return { figure, own: true };
  }
  return { figure, own: false };
}
