/** @vitest-environment happy-dom */
import { expect, test } from 'vitest';
import type { Claim, FxTable } from '../../src/core/schema';
import { axisLabel, chartPoints, renderChart } from '../../src/ui/options/claim-chart';
import type { ClaimRow } from '../../src/ui/options/claim-rows';
import { normalise, periodEnd, periodYear, usdRate } from '../../src/ui/options/normalise-value';
import { setLanguage } from '../../src/ui/shared/i18n';

const fx: FxTable = {
  note: '',
  rates: [
    { period: '2023', base: 'USD', quote: 'CNY', rate: 7.08, source: 't' },
    { period: '2024', base: 'USD', quote: 'CNY', rate: 7.2, source: 't' },
    { period: '2024', base: 'USD', quote: 'HKD', rate: 7.8, source: 't' },
  ],
};

test.each([
  ['2025', 2025, 2026],
  ['2025-H1', 2025, 2025.5],
  ['2025-Q3', 2025, 2025.75],
  ['2025-9M', 2025, 2025.75],
  ['2026-02', 2026, 2026 + 2 / 12],
  ['2021..2024-H1', 2024, 2024.5],
] as const)('period %s: year %d, ends at %d', (period, year, end) => {
  expect(periodYear(period)).toBe(year);
  expect(periodEnd(period)).toBeCloseTo(end);
});

test('money goes to US dollars at the rate of the period year, the nearest year outside the table', () => {
  expect(normalise(fx, 720e6, 'CNY', '2024')).toEqual({ value: 100e6, unit: 'USD' });
  expect(usdRate(fx, 'CNY', '2019')).toBe(7.08);
  expect(usdRate(fx, 'CNY', '2030-H1')).toBe(7.2);
  expect(normalise(fx, 5, 'EUR', '2024')).toBeNull();
  expect(normalise(fx, 0.318, 'percent', '2024')).toEqual({ value: 0.318, unit: 'percent' });
});

test.each([
  [62.5e9, 'USD', 'US$62.5bn'],
  [681.6e6, 'USD', 'US$681.6m'],
  [1.2e12, 'parameters', '1.2tn'],
  [0.25, 'percent', '25%'],
  [0, 'USD', 'US$0'],
] as const)('axis label for %d %s is %s', (value, unit, label) => {
  expect(axisLabel(value, unit)).toBe(label);
});

const claim = (id: string, period: string, value: number, sourceId: string, extra: Partial<Claim> = {}): ClaimRow => ({
  claim: { id, entity: 'zhipu', metric: 'revenue', period, value, unit: 'CNY', qualifier: 'exact', sourceId, quote: 'q', ...extra },
  source: undefined,
  sourceLabel: sourceId,
  pack: null,
});

test('one mark per source per period; a range at its midpoint; a forecast hollow', () => {
  const rows = [
    claim('a', '2024', 720e6, 's1'),
    claim('b', '2024', 730e6, 's1'),
    claim('c', '2024', 700e6, 's2', { qualifier: 'range', valueMax: 740e6 }),
    claim('d', '2030', 7.2e9, 's2', { qualifier: 'forecast' }),
  ];
  const points = chartPoints(rows, fx);
  expect(points.map((p) => [p.sourceId, p.period, Math.round(p.value / 1e6)])).toEqual([
    ['s1', '2024', 100],
    ['s2', '2024', 100],
    ['s2', '2030', 1000],
  ]);
  const chart = renderChart('Zhipu · revenue', points);
  const marks = [...chart.querySelectorAll('circle')];
  expect(marks.map((m) => m.getAttribute('fill'))).toEqual([expect.stringMatching(/^#/), expect.stringMatching(/^#/), 'none']);
  expect(marks[2]?.querySelector('title')?.textContent).toBe('s2, 2030: forecast 7.2 billion yuan ≈ US$1 billion');
  expect(chart.querySelector('.legend')?.textContent).toMatch(/hollow marks are forecasts/);
});

test('in Chinese the axis and the marks speak Chinese: 10亿美元, not 1bn', () => {
  setLanguage('zh');
  try {
    const points = chartPoints([claim('a', '2024', 720e6, 's1'), claim('d', '2024', 7.2e9, 's2')], fx);
    const chart = renderChart('智谱 · 营收', points);
    const axis = [...chart.querySelectorAll('text.axis')].map((t) => t.textContent);
    expect(axis).toContain('10亿美元');
    expect(axis.join(' ')).not.toMatch(/bn|\bm\b/);
    expect(chart.querySelectorAll('circle')[1]?.querySelector('title')?.textContent).toBe('s2, 2024: 72亿元 ≈ 10亿美元');
  } finally {
    setLanguage('en');
  }
});

test('many periods widen the chart instead of crowding the labels', () => {
  const rows = ['2019', '2020', '2021', '2022', '2023', '2024', '2025'].map((p, i) => claim(`x${i}`, p, 1e8, 's1'));
  const svg = renderChart('t', chartPoints(rows, fx)).querySelector('svg')!;
  expect(Number(svg.getAttribute('width'))).toBeGreaterThan(7 * 70);
});

test('a tenfold disagreement is visibly apart beside a far larger value: the axis is logarithmic', () => {
  // 724 million and 7 billion yuan of revenue beside a trillion-yuan valuation: linear, both sat on "US$0".
  const rows = [claim('a', '2024', 724e6, 's1'), claim('b', '2024', 7e9, 's2'), claim('c', '2024', 1e12, 's3')];
  const chart = renderChart('Zhipu', chartPoints(rows, fx));
  const svg = chart.querySelector('svg')!;
  expect(svg.getAttribute('data-scale')).toBe('log');
  const cy = [...chart.querySelectorAll('circle')].map((c) => Number(c.getAttribute('cy')));
  expect(cy[0]! - cy[1]!).toBeGreaterThan(15);
  expect(cy[1]! - cy[2]!).toBeGreaterThan(15);
  expect(svg.getAttribute('aria-label')).toMatch(/logarithmic/);
  // No axis label reads US$0 any more.
  expect([...chart.querySelectorAll('text.axis')].map((t) => t.textContent)).not.toContain('US$0');
});
