import { describe, expect, test } from 'vitest';
import claims from '../../data/claims.json';
import fx from '../../data/fx.json';
import sources from '../../data/sources.json';
import { claimPackSchema } from '../../src/core/schema';
import { parseDatabase, parseWith } from '../../src/core/validate';
import { good } from '../fixtures/good-claim';

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

describe('a malformed file fails with a sentence naming the file, the row and the field', () => {
  test.each([
    [{ ...good, unit: 'yuan' }, /^data\/claims\.json: claim 2 \(nbd-zhipu-revenue-2025\): 'unit' must be one of CNY, USD, .*, not the text "yuan"$/],
    [{ ...good, entity: 'zhipu-ai' }, /claim 2 \(nbd-zhipu-revenue-2025\): 'entity' must be one of zhipu, /],
    [{ ...good, period: 'FY2025' }, /claim 2 .*'period': period must look like/],
    [{ ...good, metric: 'sales' }, /'metric': unknown metric/],
    [{ ...good, quote: 'x'.repeat(241) }, /'quote' is longer than 240 characters/],
    [{ ...good, value: '724000000' }, /'value' must be a number, not the text "724000000"/],
    [{ ...good, qualifier: 'range' }, /'qualifier': a range needs valueMax/],
    [{ ...good, surprise: 1 }, /claim 2 \(nbd-zhipu-revenue-2025\): unknown field 'surprise'/],
  ])('%o', (row, message) => {
    const parsed = parseDatabase({ sources, claims: [{ ...good, id: 'first-row' }, row], fx });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.join('\n')).toMatch(message);
  });

  test('a claim pointing at an unknown source or repeating an id is named', () => {
    const parsed = parseDatabase({ sources, claims: [good, { ...good, sourceId: 'nowhere' }], fx });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.problems).toContain("data/claims.json: claim 2 (nbd-zhipu-revenue-2025): 'id' is used twice");
      expect(parsed.problems).toContain(
        `data/claims.json: claim 2 (nbd-zhipu-revenue-2025): 'sourceId' names no source "nowhere"`,
      );
    }
  });

  test('a bad exchange rate names fx.json and its row', () => {
    const bad = { ...fx, rates: [{ period: '2025', base: 'USD', quote: 'CNY', rate: -7, source: 'x' }] };
    const parsed = parseDatabase({ sources, claims: [], fx: bad });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]).toMatch(/^data\/fx\.json: rate 1: 'rate' must be more than 0$/);
  });

  test('a missing field is said to be missing, not "expected string, received undefined"', () => {
    const { period: _, ...noPeriod } = good;
    const parsed = parseWith(claimPackSchema, { name: 'pack', sources: [], claims: Array.from({ length: 12 }, (_, i) => (i === 11 ? noPeriod : good)) }, '');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems).toEqual(["claim 12 (nbd-zhipu-revenue-2025): 'period' is missing"]);
  });

  test('an imported pack names the nested row', () => {
    const parsed = parseWith(claimPackSchema, { name: 'pack', sources: [], claims: [{ ...good, value: null }] }, 'pack.json');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]).toMatch(/^pack\.json: claim 1 \(nbd-zhipu-revenue-2025\): 'value' must be a number, not null$/);
  });
});
