import { describe, expect, test } from 'vitest';
import { bundledDatabase } from '../../src/core/bundled-database';
import { compareValues, magnitudeFactor } from '../../src/core/check/compare-values';
import { judgeValues } from '../../src/core/check/judge-values';
import type { Side } from '../../src/core/check/tolerance';
import type { Qualifier, Unit } from '../../src/core/vocabulary';

const fx = bundledDatabase().fx;
const side = (value: number, qualifier: Qualifier = 'exact', valueMax: number | null = null): Side => ({ value, valueMax, qualifier });

describe('tolerance follows the written precision and the qualifier', () => {
  test.each([
    // [figure, claim, verdict, why]
    [side(1.7e9, 'approx'), side(1.78e9), 'consistent', '"about 1.7 billion" agrees with 1.78 billion'],
    [side(724e6), side(724e6), 'consistent', 'same value'],
    [side(700e6), side(724e6), 'consistent', '"700 million" is 650–750 million'],
    [side(150e6, 'over'), side(160e6), 'consistent', '"over $150 million" agrees with 160 million'],
    [side(300e6, 'range', 500e6), side(400e6), 'consistent', 'a range agrees with what it contains'],
    [side(4.4, 'approx'), side(4.39), 'consistent', '"about 4.4" and 4.39'],
    [side(724e6), side(760e6), 'rounding', 'a 4.7% gap between exact values'],
    [side(1.7e9, 'approx'), side(1.86e9), 'rounding', 'about 1.7 billion against 1.86 billion: 8%'],
    [side(724e6), side(7e9), 'conflict', '"724 million" does not agree with 7 billion'],
    [side(150e6, 'over'), side(120e6), 'conflict', '"over 150 million" against 120 million'],
    [side(300e6, 'range', 500e6), side(700e6), 'conflict', 'outside the range'],
    [side(0.263), side(0.155), 'conflict', '26.3% against 15.5%'],
    [side(1e12, 'approx'), side(130e9), 'conflict', '"one trillion" (capped at ±25%) against 130 billion'],
  ] as const)('%#: %s', (a, b, verdict, _why) => {
    expect(compareValues(a, b).verdict).toBe(verdict);
  });

  test('a negative value with "over" opens downwards: a fall of over 20% agrees with -23%', () => {
    expect(compareValues(side(-0.2, 'over'), side(-0.23)).verdict).toBe('consistent');
    expect(compareValues(side(-0.2, 'over'), side(-0.1)).verdict).toBe('conflict');
  });

  test('magnitude: a power of ten that explains the gap', () => {
    expect(magnitudeFactor(side(7e9), side(724e6))).toBe(0.1);
    expect(magnitudeFactor(side(724e6), side(7e9))).toBe(10);
    expect(magnitudeFactor(side(3.18e9), side(724e6))).toBeNull();
  });
});

describe('judgeValues: currency mix-up against misplaced scale word', () => {
  const judge = (a: Side, b: Side, unit: Unit, otherUnit: Unit, year = 2025) => judgeValues(a, b, { unit, otherUnit, year, fx });

  test('7 billion yuan against 724 million yuan is a scale error, not a currency swap', () => {
    const j = judge(side(7e9), side(724e6), 'CNY', 'CNY');
    expect(j.verdict).toBe('magnitude');
  });

  test('"trillion-dollar" against "one trillion yuan (approximately $140 billion)" is a currency mix-up', () => {
    // the claim in dollars: 1 trillion yuan converted into dollars at the 2026 rate
    const j = judge(side(1e12, 'approx'), { value: 1e12 / 7.05, valueMax: null, qualifier: 'approx', precision: 1e12 / 7.05 }, 'USD', 'CNY', 2026);
    expect(j.verdict).toBe('currency');
    if (j.verdict === 'currency') expect(j.currency).toBe('CNY');
    // and against the $140 billion stated in dollars: the figure's number was yuan
    expect(judge(side(1e12, 'approx'), side(140e9, 'approx'), 'USD', 'USD', 2026).verdict).toBe('currency');
  });

  test('a dollar ARR against a yuan ARR that agree once converted is consistent', () => {
    // "about 1.7 billion yuan" (Daily Economic News) against "about $250 million" (Gate) at 7.18 yuan per dollar
    expect(judge(side(1.7e9, 'approx'), side(250e6 * 7.18, 'approx'), 'CNY', 'USD').verdict).toBe('consistent');
  });

  test('a bound is too loose to confirm a guess: "ARR crossing 100M RMB" against about 1.7 billion yuan', () => {
    expect(judge(side(1.7e9, 'approx'), side(100e6, 'over'), 'CNY', 'CNY').verdict).toBe('consistent'); // true, if weak
    expect(judge(side(1.7e9, 'approx'), side(100e6), 'CNY', 'CNY').verdict).toBe('conflict');
  });

  test('"over one trillion yuan" against a trillion dollars is still a currency mix-up', () => {
    expect(judge(side(1e12, 'approx'), side(1e12 / 7.05, 'over'), 'USD', 'CNY', 2026).verdict).toBe('currency');
  });

  test('a scale word must explain the gap closely: 7.7× ("trillion-parameter" against 130 billion) is too far from 10', () => {
    expect(judge(side(1e12, 'approx'), side(130e9), 'parameters', 'parameters').verdict).toBe('conflict');
    expect(judge(side(1e12, 'approx'), side(95e9), 'parameters', 'parameters').verdict).toBe('magnitude');
  });

  test('a bolder search can be limited: only ×10, within 12% (figures without a period)', () => {
    const opts = { powers: [10], maxResidual: 1.12 };
    expect(judgeValues(side(7e9), side(724e6), { unit: 'CNY', otherUnit: 'CNY', year: 2025, fx }, opts).verdict).toBe('magnitude');
    expect(judgeValues(side(300e9), side(3.4e9), { unit: 'USD', otherUnit: 'USD', year: 2025, fx }, opts).verdict).toBe('conflict');
  });

  test('a plain gap stays a conflict', () => {
    expect(judge(side(3.18e9), side(820e6), 'CNY', 'CNY').verdict).toBe('conflict');
  });

  test('a share, a rate or a multiple has no scale word to misplace: 14% against 1.4% is a conflict', () => {
    expect(judge(side(0.14), side(0.014), 'percent', 'percent').verdict).toBe('conflict');
    expect(judge(side(0.05), side(0.5), 'percentage-points', 'percentage-points').verdict).toBe('conflict');
    expect(judge(side(30), side(3), 'ratio', 'ratio').verdict).toBe('conflict');
    // (a count written with a scale word still may: 1.26 million against 12.6 million)
    expect(judge(side(1.26e6), side(12.6e6), 'count', 'count').verdict).toBe('magnitude');
  });
});
