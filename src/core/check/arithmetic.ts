// Stated ratios and growth rates against their parts: R&D as a share of revenue against R&D and revenue, growth
// against two years' values, "loses N yuan per yuan of revenue" against losses and revenue, a share of revenue
// against its part, price-to-sales against valuation and revenue, revenue per employee against headcount.
// Parts are taken from one source at a time (or from this page), so a computation always shows what one writer
// stated together; the stated figure passes when any computation agrees with it.
import type { FxTable } from '../schema';
import type { Figure } from '../types';
import { METRICS, isCurrency, type EntityId, type MetricId, type Qualifier, type Unit } from '../vocabulary';
import { compareValues } from './compare-values';
import { formatValue } from './format-value';
import { FX_SLACK } from './judge-values';
import { conversionFactor } from './normalise';
import { formatPeriod, normalisePeriod, periodEnd, periodYear, previousPeriod } from './periods';
import { padOf } from './tolerance';

/** A stated value that can serve as a part: a claim, or a figure on the page (sourceId `page`). */
export interface Part {
  entity: EntityId;
  metric: MetricId;
  period: string | null;
  value: number;
  valueMax: number | null;
  unit: Unit;
  qualifier: Qualifier;
  sourceId: string;
}

export type PartLookup = (entity: EntityId, metric: MetricId) => readonly Part[];

export interface Computation {
  sourceId: string;
  period: string | null;
  value: number;
  /** Propagated half-width of the computed value. */
  pad: number;
  formula: string;
  /** Whether a currency conversion entered the computation (less exact). */
  converted: boolean;
  verdict: 'consistent' | 'rounding' | 'conflict';
}

export interface ArithmeticResult {
  agrees: boolean;
  computations: Computation[];
}

/**
 * `trailing`: the numerator is a point in time and the denominator the last reported period before it
 * (price-to-sales: a June 2026 valuation on 2025 revenue).
 */
type Rule = { kind: 'ratio'; num: MetricId[]; den: MetricId; trailing?: boolean } | { kind: 'growth'; base: MetricId };

const RATIO_RULES: Partial<Record<string, Rule>> = {
  'rd-ratio': { kind: 'ratio', num: ['rd-expense'], den: 'revenue' },
  'loss-per-revenue': { kind: 'ratio', num: ['net-loss', 'adjusted-net-loss'], den: 'revenue' },
  'api-revenue-share': { kind: 'ratio', num: ['api-revenue'], den: 'revenue' },
  'price-to-sales': { kind: 'ratio', num: ['valuation', 'market-cap'], den: 'revenue', trailing: true },
  'revenue-per-employee': { kind: 'ratio', num: ['revenue'], den: 'headcount' },
};
const GROWTH_RE = /^(?:other:)?(.+)-growth$/;
const SHARE_RE = /^other:(.+-revenue)-share$/; // "other:maas-revenue-share" → other:maas-revenue ÷ revenue

const asMetric = (slug: string): MetricId => (slug in METRICS ? (slug as MetricId) : (`other:${slug}` as MetricId));

export function ruleFor(metric: MetricId): Rule | null {
  const direct = RATIO_RULES[metric];
  if (direct) return direct;
  const g = GROWTH_RE.exec(metric);
  if (g?.[1]) return { kind: 'growth', base: asMetric(g[1]) };
  const s = SHARE_RE.exec(metric);
  if (s?.[1]) return { kind: 'ratio', num: [asMetric(s[1])], den: 'revenue' };
  return null;
}

export const metricLabel = (m: MetricId): string =>
  (METRICS as Record<string, string>)[m] ?? m.replace(/^other:/, '').replace(/-/g, ' ');

const relHalf = (p: Part): number =>
  p.value === 0 ? Infinity : padOf({ value: p.value, valueMax: null, qualifier: p.qualifier }) / Math.abs(p.value);

const compatible = (a: string | null, b: string | null): boolean =>
  a === null || b === null || normalisePeriod(a) === normalisePeriod(b);

/** A denominator period reported at most 18 months before the numerator's point in time. */
function trailing(num: string | null, den: string | null): boolean {
  if (num === null || den === null) return true;
  const n = periodEnd(num);
  const d = periodEnd(den);
  return n !== null && d !== null && d <= n && n - d <= 18;
}

/** Parts grouped by source, keeping only `writers` and one part per value, unit and period (sources repeat). */
function bySource(parts: readonly Part[], writers: ReadonlySet<string>): Map<string, Part[]> {
  const map = new Map<string, Part[]>();
  const seen = new Set<string>();
  for (const p of parts) {
    if (!writers.has(p.sourceId)) continue;
    const key = `${p.sourceId}|${p.value}|${p.valueMax}|${p.unit}|${p.period}|${p.qualifier}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const list = map.get(p.sourceId);
    if (list) list.push(p);
    else map.set(p.sourceId, [p]);
  }
  return map;
}

function ratioComputations(figure: Figure, rule: Extract<Rule, { kind: 'ratio' }>, lookup: PartLookup, fx: FxTable, writers: ReadonlySet<string>) {
  const entity = figure.entity as EntityId;
  const period = normalisePeriod(figure.period);
  const out: Omit<Computation, 'verdict'>[] = [];
  const dens = bySource(lookup(entity, rule.den).filter((d) => d.qualifier !== 'forecast' && d.value !== 0), writers);
  for (const numMetric of rule.num) {
    const nums = bySource(lookup(entity, numMetric).filter((n) => n.qualifier !== 'forecast'), writers);
    for (const [sourceId, numList] of nums) {
      for (const n of numList) {
        if (period !== null && !compatible(n.period, period)) continue;
        for (const d of dens.get(sourceId) ?? []) {
          if (rule.trailing ? !trailing(n.period, d.period) : !compatible(n.period, d.period) || (period !== null && !compatible(d.period, period)))
            continue;
          const at = n.period ?? d.period ?? period;
          const year = periodYear(at);
          // Currency ÷ currency: bring the numerator into the denominator's currency. Revenue per employee:
          // bring the revenue into the figure's currency.
          const target = isCurrency(d.unit) ? d.unit : figure.unit;
          const f = isCurrency(n.unit) && isCurrency(target) ? conversionFactor(n.unit, target, year, fx) : 1;
          if (f === null) continue;
          const value = (Math.abs(n.value) * f) / Math.abs(d.value);
          const rel = relHalf(n) + relHalf(d) + (f !== 1 ? FX_SLACK : 0);
          const formula =
            `${metricLabel(numMetric)} ${formatValue(n.value, n.unit)} ÷ ${metricLabel(rule.den)} ` +
            `${formatValue(d.value, d.unit)} = ${formatValue(value, figure.unit, 3)}` +
            (at ? ` (${formatPeriod(at)})` : '');
          out.push({ sourceId, period: at, value, pad: value * rel, formula, converted: f !== 1 });
        }
      }
    }
  }
  return out;
}

function growthComputations(figure: Figure, rule: Extract<Rule, { kind: 'growth' }>, lookup: PartLookup, fx: FxTable, writers: ReadonlySet<string>) {
  const entity = figure.entity as EntityId;
  const period = normalisePeriod(figure.period);
  // "up 131.9%" is stored as a percent (1.319, cur/prev − 1); "60-fold" or "a doubling" as a ratio (cur/prev).
  const asChange = figure.unit === 'percent';
  const out: Omit<Computation, 'verdict'>[] = [];
  for (const [sourceId, list] of bySource(lookup(entity, rule.base).filter((p) => p.qualifier !== 'forecast'), writers)) {
    for (const cur of list) {
      const cp = normalisePeriod(cur.period);
      if (cp === null || (period !== null && cp !== period)) continue;
      const prevPeriod = previousPeriod(cp);
      for (const prev of list) {
        if (prevPeriod === null || normalisePeriod(prev.period) !== prevPeriod || prev.value === 0) continue;
        const f = conversionFactor(prev.unit, cur.unit, periodYear(cp), fx);
        if (f === null) continue;
        const multiple = cur.value / (prev.value * f);
        const value = asChange ? multiple - 1 : multiple;
        const rel = relHalf(cur) + relHalf(prev) + (f !== 1 ? FX_SLACK : 0);
        const formula =
          `${metricLabel(rule.base)} ${formatValue(cur.value, cur.unit)} (${formatPeriod(cp)}) against ` +
          `${formatValue(prev.value, prev.unit)} (${formatPeriod(prevPeriod)}) = ` +
          (asChange ? `${value >= 0 ? '+' : ''}${formatValue(value, 'percent', 3)}` : formatValue(value, 'ratio', 3));
        out.push({ sourceId, period: cp, value, pad: Math.abs(multiple) * rel, formula, converted: f !== 1 });
      }
    }
  }
  return out;
}

/**
 * Null when the figure states no ratio or growth, or none of `writers` gives the parts. `writers` are the sources
 * whose parts may be used: those that state this ratio themselves (and `page` for the page's own figures) — a
 * ratio is contradicted by its parts only when the same writer states both.
 */
export function checkArithmetic(figure: Figure, lookup: PartLookup, fx: FxTable, writers: ReadonlySet<string>): ArithmeticResult | null {
  if (!figure.entity || !figure.metric) return null;
  const rule = ruleFor(figure.metric);
  if (!rule) return null;
  if (!writers.size) return null;
  const raw =
    rule.kind === 'ratio'
      ? ratioComputations(figure, rule, lookup, fx, writers)
      : growthComputations(figure, rule, lookup, fx, writers);
  const seen = new Set<string>();
  const computations: Computation[] = [];
  for (const c of raw) {
    // The same parts stated by the page and by its own source in the database: show the computation once.
    const key = c.formula;
    if (seen.has(key) || !writers.has(c.sourceId)) continue;
    seen.add(key);
    const verdict = compareValues(
      { value: figure.value, valueMax: figure.valueMax, qualifier: figure.qualifier },
      { value: c.value, valueMax: null, qualifier: 'exact', pad: c.pad },
    ).verdict;
    computations.push({ ...c, verdict });
  }
  if (!computations.length) return null;
  // Agreeing computations first, exact before converted, so the explanation shows the plainest one.
  const rank = (c: Computation) => (c.verdict === 'consistent' ? 0 : c.verdict === 'rounding' ? 1 : 2) * 2 + (c.converted ? 1 : 0);
  computations.sort((a, b) => rank(a) - rank(b));
  return { agrees: computations.some((c) => c.verdict !== 'conflict'), computations };
}
