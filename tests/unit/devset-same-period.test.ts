// The measure's notion of one period: labels and claims write the same months in different ways.
import { describe, expect, test } from 'vitest';
import { samePeriod } from '../../scripts/devset/load-devset';

describe('samePeriod (the dev-set measure)', () => {
  test('the same first and last month are one period, however written', () => {
    expect(samePeriod('2025-Q2..2026-Q1', '2025-04..2026-03')).toBe(true);
    expect(samePeriod('2026-9M', '2026-01..2026-09')).toBe(true);
    expect(samePeriod('2026-H1', '2026-01..2026-06')).toBe(true);
    expect(samePeriod('2025', '2025-01..2025-12')).toBe(true);
  });
  test('other months are another period; a month is no quarter; null matches only null', () => {
    expect(samePeriod('2026-06', '2026-Q2')).toBe(false);
    expect(samePeriod('2026-H1', '2026-01..2026-05')).toBe(false);
    expect(samePeriod('2025', '2026')).toBe(false);
    expect(samePeriod(null, '2026')).toBe(false);
    expect(samePeriod(null, null)).toBe(true);
  });
});
