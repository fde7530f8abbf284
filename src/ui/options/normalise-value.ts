// Put claims on one scale for the chart: money in US dollars at the yearly rate of the claim's period (a span or a
// half-year uses the year it ends in; a year outside the table uses the nearest one), other units as they are.
import type { FxTable } from '../../core/schema';
import { isCurrency, type Unit } from '../../core/vocabulary';

/** "2021..2024-H1" → 2024; "2025-Q2" → 2025; null → null. */
export function periodYear(period: string | null): number | null {
  if (!period) return null;
  const end = period.split('..').at(-1) ?? period;
  const year = Number(end.slice(0, 4));
  return Number.isFinite(year) ? year : null;
}

/** A sortable position on the time axis: the end of the period as a fractional year. "2025-H1" → 2025.5. */
export function periodEnd(period: string | null): number {
  if (!period) return Number.POSITIVE_INFINITY;
  const end = period.split('..').at(-1) ?? period;
  const year = Number(end.slice(0, 4));
  const rest = end.slice(5);
  if (!rest) return year + 1;
  if (rest === 'H1') return year + 0.5;
  if (rest === 'H2') return year + 1;
  if (rest === '9M') return year + 0.75;
  if (rest.startsWith('Q')) return year + Number(rest.slice(1)) / 4;
  return year + Number(rest) / 12;
}

export function usdRate(fx: FxTable, currency: Unit, period: string | null): number | null {
  if (currency === 'USD') return 1;
  const rates = fx.rates.filter((r) => r.quote === currency);
  if (!rates.length) return null;
  const year = periodYear(period);
  if (year === null) return rates.at(-1)?.rate ?? null;
  let best = rates[0]!;
  for (const r of rates) {
    if (Math.abs(Number(r.period.slice(0, 4)) - year) < Math.abs(Number(best.period.slice(0, 4)) - year)) best = r;
  }
  return best.rate;
}

export interface Normalised {
  value: number;
  unit: Unit;
}

export function normalise(fx: FxTable, value: number, unit: Unit, period: string | null): Normalised | null {
  if (!isCurrency(unit)) return { value, unit };
  const rate = usdRate(fx, unit, period);
  return rate === null ? null : { value: value / rate, unit: 'USD' };
}
