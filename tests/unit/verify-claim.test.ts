import { describe, expect, test } from 'vitest';
import { readFigures } from '../../src/core/read-figures';
import type { Claim } from '../../src/core/schema';
import { verifyClaim } from '../../src/core/verify-claim';

const article =
  'Total annual revenue was 724 million yuan, up 131.9% year over year. Compared with the 2025 fiscal year’s $79 ' +
  'million, that is a doubling of growth.\n| GLM-4 (Zhipu) | ~200B (MoE) | 88.5 | 91.2 | $1.20 |';
const claim = (over: Partial<Claim>): Claim => ({
  id: 'c',
  entity: 'zhipu',
  metric: 'revenue',
  period: '2025',
  value: 724e6,
  unit: 'CNY',
  qualifier: 'exact',
  sourceId: 's',
  quote: 'Total annual revenue was 724 million yuan',
  ...over,
});

describe('verifyClaim, with the project’s own figure reader', () => {
  test('a verbatim quote that states the value holds', () => {
    expect(verifyClaim(claim({}), article, readFigures)).toBeNull();
    expect(verifyClaim(claim({ metric: 'revenue-growth', value: 1.319, unit: 'percent', quote: 'up 131.9% year over year' }), article, readFigures)).toBeNull();
  });

  test('a value the quote does not state is named with what was read', () => {
    expect(verifyClaim(claim({ value: 7e9 }), article, readFigures)).toMatch(
      /does not state 7000000000 CNY \(read: 724 million yuan → 724000000 CNY\)/,
    );
  });

  test('a quote that is not verbatim (retyped quotes or spaces) is refused', () => {
    expect(verifyClaim(claim({ quote: 'Total annual revenue was  724 million yuan' }), article, readFigures)).toMatch(/not found verbatim/);
    expect(verifyClaim(claim({ quote: "fiscal year's $79 million", value: 79e6, unit: 'USD' }), article, readFigures)).toMatch(/not found verbatim/);
  });

  test('figures the reader leaves alone: a word amount and a bare score in a table cell', () => {
    expect(verifyClaim(claim({ metric: 'other:arr-growth', value: 2, unit: 'ratio', quote: 'that is a doubling of growth' }), article, readFigures)).toBeNull();
    expect(verifyClaim(claim({ metric: 'other:arr-growth', value: 3, unit: 'ratio', quote: 'that is a doubling of growth' }), article, readFigures)).not.toBeNull();
    const row = '| GLM-4 (Zhipu) | ~200B (MoE) | 88.5 | 91.2 | $1.20 |';
    expect(verifyClaim(claim({ metric: 'benchmark-mmlu', value: 0.885, unit: 'percent', quote: row }), article, readFigures)).toBeNull();
    expect(verifyClaim(claim({ metric: 'benchmark-mmlu', value: 0.886, unit: 'percent', quote: row }), article, readFigures)).not.toBeNull();
    // a bare cell counts only for scores, not for any metric
    expect(verifyClaim(claim({ metric: 'revenue', value: 0.885, unit: 'percent', quote: row }), article, readFigures)).not.toBeNull();
  });
});

describe('a claim about a part names that part in its quote', () => {
  const row = '| GLM-4 (Zhipu) | ~200B (MoE) | 88.5 | 91.2 | $1.20 |';
  test('a model named in the quote holds; another model does not', () => {
    const params = { metric: 'parameters' as const, value: 200e9, unit: 'parameters' as const, quote: row, period: null };
    expect(verifyClaim(claim({ ...params, segment: 'GLM-4' }), article, readFigures)).toBeNull();
    expect(verifyClaim(claim({ ...params, segment: 'glm-130b' }), article, readFigures)).toBe('segment "glm-130b" is not named in the quote');
  });

  test('a segment written another way in the quote holds ("MaaS" for the API business)', () => {
    const text = 'its core MaaS platform ARR was about 1.7 billion yuan';
    const arr = { metric: 'arr' as const, value: 1.7e9, quote: text, period: '2026-03', qualifier: 'approx' as const };
    expect(verifyClaim(claim({ ...arr, segment: 'api' }), text, readFigures)).toBeNull();
    expect(verifyClaim(claim({ ...arr, segment: 'cloud' }), text, readFigures)).toMatch(/segment "cloud" is not named/);
  });
});
