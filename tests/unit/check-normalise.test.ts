import { describe, expect, test } from 'vitest';
import { bundledDatabase } from '../../src/core/bundled-database';
import { conversionFactor, fxYear, toUnit, usdRate } from '../../src/core/check/normalise';
import { dateEnd, formatPeriod, normalisePeriod, periodYear, previousPeriod, spanTiles } from '../../src/core/check/periods';
import { precisionOf } from '../../src/core/check/precision';
import { formatValue } from '../../src/core/check/format-value';

const fx = bundledDatabase().fx;

describe('exchange rates from data/fx.json', () => {
  test.each([
    ['CNY', 2025, 7.18],
    ['CNY', 2024, 7.189],
    ['HKD', 2026, 7.8],
    ['CNY', 2030, 7.05], // after the table: the nearest (latest) year
    ['CNY', 2010, 6.908], // before the table: the earliest year
    ['USD', 2025, 1],
  ] as const)('%s per US dollar in %i is %f', (currency, year, rate) => {
    expect(usdRate(fx, currency, year)).toBe(rate);
  });

  test('a span or half-year converts at the year it ends in', () => {
    expect(periodYear('2021..2024-H1')).toBe(2024);
    expect(periodYear('2025-H1')).toBe(2025);
    expect(conversionFactor('USD', 'CNY', periodYear('2021..2024-H1'), fx)).toBe(7.189);
  });

  test('currencies convert through the dollar; percent and ratio are the same fraction', () => {
    expect(conversionFactor('CNY', 'USD', 2025, fx)).toBeCloseTo(1 / 7.18, 10);
    expect(conversionFactor('HKD', 'CNY', 2026, fx)).toBeCloseTo(7.05 / 7.8, 10);
    expect(conversionFactor('percent', 'ratio', 2025, fx)).toBe(1);
    expect(conversionFactor('percent', 'count', 2025, fx)).toBeNull();
    expect(conversionFactor('CNY', 'parameters', 2025, fx)).toBeNull();
    expect(fxYear(fx, 2031)).toBe(2026);
  });
});

describe('changes: a multiple and a percentage differ by one', () => {
  test.each([
    [60, 'ratio', 'percent', 'other:arr-growth', 59], // 60-fold is +5900%
    [2, 'ratio', 'percent', 'revenue-growth', 1], // a doubling is +100%
    [1.319, 'percent', 'ratio', 'revenue-growth', 2.319],
    [4.39, 'percent', 'ratio', 'rd-ratio', 4.39], // a share is the same number either way
  ] as const)('%f %s → %s for %s is %f', (v, from, to, metric, want) => {
    expect(toUnit(v, from, to, 2025, fx, metric)).toBeCloseTo(want, 10);
  });
});

describe('periods', () => {
  test.each([
    ['2025..2025', '2025'],
    ['2025-H1..2025-H2', '2025'],
    ['2025-Q1..2025-Q4', '2025'],
    ['2025-01..2025-12', '2025'],
    ['2021..2024-H1', '2021..2024-H1'],
    ['2025-H1', '2025-H1'],
  ])('%s normalises to %s', (p, want) => expect(normalisePeriod(p)).toBe(want));

  test('previous period is the same part of the year before; spans have none', () => {
    expect(previousPeriod('2025')).toBe('2024');
    expect(previousPeriod('2025-H1')).toBe('2024-H1');
    expect(previousPeriod('2021..2024-H1')).toBeNull();
  });

  test.each([
    ['2021..2024-H1', ['2021', '2022', '2023', '2024-H1']],
    ['2022..2024', ['2022', '2023', '2024']],
    ['2024..2025-9M', ['2024', '2025-9M']],
    ['2023-H2..2024', null],
    ['2025', null],
  ] as const)('the span %s adds up from %j', (span, tiles) => expect(spanTiles(span)).toEqual(tiles));

  test('page dates and labels', () => {
    expect(dateEnd('2026-06')).toBe(2026 * 12 + 6);
    expect(dateEnd('2025-12-24')).toBe(2025 * 12 + 12);
    expect(formatPeriod('2021..2024-H1')).toBe('2021 to H1 2024');
    expect(formatPeriod('2026-06')).toBe('Jun 2026');
    expect(formatPeriod(null)).toBe('no period');
  });
});

describe('precision of a written value', () => {
  test.each([
    [724e6, 1e6],
    [1.7e9, 1e8],
    [7e9, 1e9],
    [700e6, 1e8],
    [0.318, 0.001],
    [4.39, 0.01],
    [25.96e6, 1e4],
    [0, 0],
  ])('%f → %f', (v, p) => expect(precisionOf(v)).toBeCloseTo(p, 12));
});

describe('numbers for people', () => {
  test.each([
    [724e6, 'CNY', '724 million yuan'],
    [1.2e9, 'USD', 'US$1.2 billion'],
    [309.2e9, 'HKD', 'HK$309.2 billion'],
    [0.318, 'percent', '31.8%'],
    [60, 'ratio', '60×'],
    [2.7e6, 'count', '2.7 million'],
    [1e12, 'CNY', '1 trillion yuan'],
    [-0.23, 'percent', '-23%'],
    [660000, 'CNY', '660,000 yuan'],
  ] as const)('%f %s → %s', (v, unit, want) => expect(formatValue(v, unit)).toBe(want));
});
