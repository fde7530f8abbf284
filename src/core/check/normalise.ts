// Unit conversion before comparing: currencies through the yearly US-dollar rates of data/fx.json (the rate of the
// year the period ends in; the nearest year outside the table), and percent against fraction (both are stored as
// fractions: 31.8% is 0.318, so a ratio of 4.39 and a percentage of 439% are the same number).
import type { FxTable } from '../schema';
import { isCurrency, type Currency, type Unit } from '../vocabulary';

const DIMENSIONLESS = new Set<Unit>(['percent', 'ratio']);

/** Units of `currency` per US dollar in (or nearest to) `year`; null when the table has no rate at all. */
export function usdRate(fx: FxTable, currency: Currency, year: number | null): number | null {
  if (currency === 'USD') return 1;
  let best: { rate: number; distance: number; year: number } | null = null;
  for (const r of fx.rates) {
    if (r.quote !== currency) continue;
    const y = Number(r.period.slice(0, 4));
    const distance = year === null ? -y : Math.abs(y - year);
    // Without a year, take the latest rate; on ties prefer the later year.
    if (!best || distance < best.distance || (distance === best.distance && y > best.year))
      best = { rate: r.rate, distance, year: y };
  }
  return best ? best.rate : null;
}

/** The year whose rates a conversion used: the requested year clamped into the table. */
export function fxYear(fx: FxTable, year: number | null): number | null {
  const years = fx.rates.map((r) => Number(r.period.slice(0, 4)));
  if (!years.length) return null;
  const min = Math.min(...years);
  const max = Math.max(...years);
  if (year === null) return max;
  return Math.min(max, Math.max(min, year));
}

/** Multiply a value in `from` by this to get it in `to`; null when the units do not convert into each other. */
export function conversionFactor(from: Unit, to: Unit, year: number | null, fx: FxTable): number | null {
  if (from === to) return 1;
  if (DIMENSIONLESS.has(from) && DIMENSIONLESS.has(to)) return 1;
  if (isCurrency(from) && isCurrency(to)) {
    const a = usdRate(fx, from, year);
    const b = usdRate(fx, to, year);
    return a && b ? b / a : null;
  }
  return null;
}

const CHANGE_METRIC_RE = /(?:growth|change)$/;

/**
 * A value in `from` expressed in `to`. For a change ("up 131.9%", "60-fold", "a doubling") a multiple and a
 * percentage differ by one: 60-fold is +5900%. Null when the units do not convert.
 */
export function toUnit(value: number, from: Unit, to: Unit, year: number | null, fx: FxTable, metric: string | null): number | null {
  if (from !== to && metric !== null && CHANGE_METRIC_RE.test(metric)) {
    if (from === 'ratio' && to === 'percent') return value - 1;
    if (from === 'percent' && to === 'ratio') return value + 1;
  }
  const f = conversionFactor(from, to, year, fx);
  return f === null ? null : value * f;
}

export function isConversion(from: Unit, to: Unit): boolean {
  return from !== to && isCurrency(from) && isCurrency(to);
}
