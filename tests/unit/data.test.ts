import { describe, expect, test } from 'vitest';
import claims from '../../data/claims.json';
import fx from '../../data/fx.json';
import sources from '../../data/sources.json';
import { claimPackSchema } from '../../src/core/schema';
import { parseDatabase, parseWith } from '../../src/core/validate';

const good = {
  id: 'nbd-zhipu-revenue-2025',
  entity: 'zhipu',
  metric: 'revenue',
  period: '2025',
  value: 724000000,
  unit: 'CNY',
  qualifier: 'exact',
  sourceId: 'nbd-zhipu-api',
  quote: 'Total annual revenue was 724 million yuan, up 131.9% year over year',
};

describe('the bundled data files', () => {
  test('validate against the core schemas and reference each other', () => {
    const parsed = parseDatabase({ sources, claims, fx });
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
  });

  test('every claim of the database comes from a known source and has a quote of at most 240 characters', () => {
    const ids = new Set(sources.map((s) => s.id));
    for (const c of claims as { sourceId: string; quote: string }[]) {
      expect(ids.has(c.sourceId)).toBe(true);
      expect(c.quote.length).toBeLessThanOrEqual(240);
    }
  });

  test('exchange rates exist for every year the claims speak of', () => {
    const years = new Set(fx.rates.map((r) => r.period));
    for (const y of ['2021', '2022', '2023', '2024', '2025', '2026']) expect(years.has(y)).toBe(true);
  });
});

describe('a malformed file fails with a message naming the file, the row and the field', () => {
  test.each([
    [{ ...good, unit: 'yuan' }, /data\/claims\.json: row 2 \(nbd-zhipu-revenue-2025\), field "unit"/],
    [{ ...good, entity: 'zhipu-ai' }, /row 2 \(nbd-zhipu-revenue-2025\), field "entity"/],
    [{ ...good, period: 'FY2025' }, /row 2 .*field "period": period must look like/],
    [{ ...good, metric: 'sales' }, /field "metric": unknown metric/],
    [{ ...good, quote: 'x'.repeat(241) }, /field "quote"/],
    [{ ...good, value: '724000000' }, /field "value"/],
    [{ ...good, qualifier: 'range' }, /field "qualifier": a range needs valueMax/],
    [{ ...good, surprise: 1 }, /row 2 \(nbd-zhipu-revenue-2025\).*surprise/],
  ])('%o', (row, message) => {
    const parsed = parseDatabase({ sources, claims: [{ ...good, id: 'first-row' }, row], fx });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.join('\n')).toMatch(message);
  });

  test('a claim pointing at an unknown source or repeating an id is named', () => {
    const parsed = parseDatabase({ sources, claims: [good, { ...good, sourceId: 'nowhere' }], fx });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.problems).toContain('data/claims.json: row 2 (nbd-zhipu-revenue-2025), field "id": duplicate id');
      expect(parsed.problems).toContain(
        'data/claims.json: row 2 (nbd-zhipu-revenue-2025), field "sourceId": no source "nowhere"',
      );
    }
  });

  test('a bad exchange rate names fx.json and its row', () => {
    const bad = { ...fx, rates: [{ period: '2025', base: 'USD', quote: 'CNY', rate: -7, source: 'x' }] };
    const parsed = parseDatabase({ sources, claims: [], fx: bad });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]).toMatch(/^data\/fx\.json rates: row 1, field "rate"/);
  });

  test('an imported pack names the nested row', () => {
    const parsed = parseWith(claimPackSchema, { name: 'pack', sources: [], claims: [{ ...good, value: null }] }, 'pack.json');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]).toMatch(/^pack\.json claims: row 1 \(nbd-zhipu-revenue-2025\), field "value"/);
  });
});
