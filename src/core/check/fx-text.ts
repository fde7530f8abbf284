// The conversion a verdict used, in words: "at 7.18 yuan per US dollar (2025 average)".
import type { FxTable } from '../schema';
import { isCurrency, type Unit } from '../vocabulary';
import { formatNumber } from './format-value';
import { fxYear, usdRate } from './normalise';

const NAME: Partial<Record<Unit, string>> = { CNY: 'yuan', HKD: 'HK dollars', SGD: 'Singapore dollars', EUR: 'euros' };

export function unitName(unit: Unit): string {
  return unit === 'USD' ? 'dollar' : unit === 'CNY' ? 'yuan' : (NAME[unit] ?? unit);
}

export function fxText(from: Unit, to: Unit, year: number | null, fx: FxTable): string {
  if (!isCurrency(from) || !isCurrency(to) || from === to) return '';
  const y = fxYear(fx, year);
  const parts = [from, to]
    .filter((c) => c !== 'USD')
    .map((c) => `${formatNumber(usdRate(fx, c as Exclude<typeof c, 'USD'>, year) ?? NaN, 4)} ${NAME[c] ?? c}`);
  return `at ${parts.join(' and ')} per US dollar${y !== null ? ` (${y} average)` : ''}`;
}
