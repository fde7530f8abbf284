// Cumulative spans against single periods: an amount that adds up over time (revenue, losses, R&D spending) for
// one year cannot exceed the total of a span that contains that year. "R&D of 1.99 billion yuan in 2023" is
// fine beside "4.4 billion yuan from 2021 to June 2024"; 5 billion yuan in 2023 would not be.
import type { MetricId } from '../vocabulary';
import { compareValues } from './compare-values';
import { normalisePeriod, spanTiles, strictlyWithin } from './periods';
import type { Side } from './tolerance';

const FLOW_RE = /(?:^|-)(?:revenue|net-loss|rd-expense|capex|funding)$/;

export const isFlowMetric = (metric: MetricId): boolean => FLOW_RE.test(metric.replace(/^other:/, ''));
const LOSS_RE = /(?:^|-)net-loss$/;

/**
 * `part-exceeds-total` when the figure is for a period inside the claim's span and larger than the span's total
 * (or the other way round); null when the periods do not nest or the values fit.
 */
export function spanCheck(
  metric: MetricId,
  figure: Side & { period: string | null },
  claim: Side & { period: string | null },
): 'figure-exceeds-total' | 'total-below-claim' | null {
  // (a loss is no amount that only grows: a quarter's loss exceeds the nine months' when another quarter made a profit,
  // "一季度亏损1.93亿元" beside "前三季度亏损0.67亿元")
  if (!isFlowMetric(metric) || LOSS_RE.test(metric) || figure.value < 0 || claim.value < 0) return null;
  if (strictlyWithin(figure.period, claim.period)) {
    const c = compareValues(figure, claim);
    return c.verdict === 'conflict' && figure.value > claim.value ? 'figure-exceeds-total' : null;
  }
  if (strictlyWithin(claim.period, figure.period)) {
    const c = compareValues(figure, claim);
    return c.verdict === 'conflict' && figure.value < claim.value ? 'total-below-claim' : null;
  }
  return null;
}

/** One source's single-period claims that tile a span, summed: the cumulative figure they imply. */
export interface SpanSum {
  value: number;
  periods: string[];
  /** Indexes (into the list given) of the parts used. */
  parts: number[];
}

export function sumOverSpan(
  span: string | null,
  parts: readonly { period: string | null; value: number | null; sourceId: string }[],
): Map<string, SpanSum> {
  const out = new Map<string, SpanSum>();
  const tiles = spanTiles(span);
  if (!tiles) return out;
  const bySource = new Map<string, Map<string, number>>();
  parts.forEach((p, i) => {
    const period = normalisePeriod(p.period);
    if (period === null || p.value === null || !tiles.includes(period)) return;
    let m = bySource.get(p.sourceId);
    if (!m) bySource.set(p.sourceId, (m = new Map()));
    if (!m.has(period)) m.set(period, i);
  });
  for (const [sourceId, m] of bySource) {
    if (m.size !== tiles.length) continue;
    const idx = tiles.map((t) => m.get(t) as number);
    out.set(sourceId, { value: idx.reduce((sum, i) => sum + (parts[i]?.value ?? 0), 0), periods: tiles, parts: idx });
  }
  return out;
}
