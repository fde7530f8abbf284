/** @vitest-environment happy-dom */
// What the page tells the popup about a figure besides its reading: the popover's plain sentence and the other
// sources' values, one row per outlet and value, in the figure's unit, without the page's own source.
import { expect, test } from 'vitest';
import type { Source } from '../../src/core/schema';
import { sourceValues } from '../../src/page/page-report';
import { claim, figureAt } from './make-figure';

const TEXT = 'Zhipu said revenue was 7 billion yuan.';
const SOURCES: Record<string, Partial<Source>> = {
  'nbd-zhipu-api': { outlet: 'Daily Economic News' },
  'ainews-zhipu': { outlet: 'AINews' },
  gate: { outlet: 'Gate' },
};
const lookup = (id: string) => SOURCES[id] as Source | undefined;

test('one row per outlet and value, formatted in the figure’s unit; the page’s own source is left out', () => {
  const figure = figureAt(TEXT, '7 billion yuan', {
    value: 7e9,
    claims: [
      claim(),
      claim({ claimId: 'again', quote: 'Revenue: 724 million yuan' }),
      claim({ sourceId: 'ainews-zhipu', value: 7.24e8, originalValue: 1.0e8, originalUnit: 'USD' }),
      claim({ sourceId: 'gate', verdict: 'consistent', value: 7e9, originalValue: 7e9 }),
      claim({ sourceId: 'unknown-id', value: null, originalValue: 1e8, originalUnit: 'USD' }),
    ],
  });
  expect(sourceValues(figure, lookup, 'gate')).toEqual([
    { name: 'Daily Economic News', value: '724 million yuan', verdict: 'conflict' },
    { name: 'AINews', value: '724 million yuan', verdict: 'conflict' },
    // No conversion into the figure's unit: the value as the source states it.
    { name: 'unknown-id', value: 'US$100 million', verdict: 'conflict' },
  ]);
  expect(sourceValues(figure, lookup, null).map((r) => r.name)).toContain('Gate');
});
