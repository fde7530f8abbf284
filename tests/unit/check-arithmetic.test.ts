import { describe, expect, test } from 'vitest';
import { bundledDatabase } from '../../src/core/bundled-database';
import { checkArithmetic, ruleFor, type Part } from '../../src/core/check/arithmetic';
import type { Figure } from '../../src/core/types';
import type { EntityId, MetricId } from '../../src/core/vocabulary';
import { bare } from './check-helpers';

const fx = bundledDatabase().fx;
const part = (metric: MetricId, period: string | null, value: number, unit: Part['unit'], sourceId = 'page'): Part => ({
  entity: 'zhipu', metric, period, value, valueMax: null, unit, qualifier: 'exact', sourceId,
});
const lookupOf = (parts: Part[]) => (entity: EntityId, metric: MetricId) => parts.filter((p) => p.entity === entity && p.metric === metric);
const ratio = (metric: MetricId, value: number, unit: Figure['unit'], period: string | null = '2025'): Figure =>
  bare(String(value), { value, unit, entity: 'zhipu', metric, period });
const writers = new Set(['page', 'src-a']);

describe('which metrics have parts', () => {
  test.each([
    ['rd-ratio', 'ratio'],
    ['loss-per-revenue', 'ratio'],
    ['price-to-sales', 'ratio'],
    ['revenue-growth', 'growth'],
    ['other:api-revenue-growth', 'growth'],
    ['other:maas-revenue-share', 'ratio'],
    ['revenue', null],
    ['market-share', null],
  ] as const)('%s → %s', (metric, kind) => expect(ruleFor(metric)?.kind ?? null).toBe(kind));
});

describe('a stated ratio against its parts', () => {
  const parts = [
    part('rd-expense', '2025', 3.18e9, 'CNY'),
    part('revenue', '2025', 724e6, 'CNY'),
    part('revenue', '2024', 312e6, 'CNY'),
    part('valuation', '2026-06', 140e9, 'USD'),
    part('headcount', '2025', 1100, 'count'),
  ];
  const lookup = lookupOf(parts);

  test('439% R&D ratio agrees with 3.18 billion ÷ 724 million; 43.9% does not (a slipped decimal)', () => {
    expect(checkArithmetic(ratio('rd-ratio', 4.39, 'percent'), lookup, fx, writers)?.agrees).toBe(true);
    const wrong = checkArithmetic(ratio('rd-ratio', 0.439, 'percent'), lookup, fx, writers);
    expect(wrong?.agrees).toBe(false);
    expect(wrong?.computations[0]?.formula).toBe('R&D expense 3.18 billion yuan ÷ revenue 724 million yuan = 439% (2025)');
  });

  test('growth of 131.9% against 724 and 312 million; "up 31.9%" is contradicted', () => {
    expect(checkArithmetic(ratio('revenue-growth', 1.319, 'percent'), lookup, fx, writers)?.agrees).toBe(true);
    expect(checkArithmetic(ratio('revenue-growth', 0.319, 'percent'), lookup, fx, writers)?.agrees).toBe(false);
  });

  test('price-to-sales: a June 2026 valuation in dollars over 2025 revenue in yuan', () => {
    const r = checkArithmetic(ratio('price-to-sales', 1388, 'ratio', '2026-06'), lookup, fx, writers);
    expect(r?.agrees).toBe(true);
    expect(r?.computations[0]?.converted).toBe(true);
  });

  test('revenue per employee in yuan', () => {
    expect(checkArithmetic(ratio('revenue-per-employee', 660000, 'CNY'), lookup, fx, writers)?.agrees).toBe(true);
  });

  test('parts from a writer who does not state the ratio are not used', () => {
    const foreign = lookupOf(parts.map((p) => ({ ...p, sourceId: 'src-b' })));
    expect(checkArithmetic(ratio('rd-ratio', 0.439, 'percent'), foreign, fx, writers)).toBeNull();
  });

  test('no parts, no verdict', () => {
    expect(checkArithmetic(ratio('loss-per-revenue', 30, 'ratio'), lookup, fx, writers)).toBeNull();
    expect(checkArithmetic(ratio('revenue', 1, 'CNY'), lookup, fx, writers)).toBeNull();
  });
});
