// The popover's first sentence: plain words, the two values and how far apart they are, at most 30 words, for
// every figure on the five seed articles; and by hand for each kind of verdict.
import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../src/core/analyze';
import { bundledDatabase } from '../../src/core/bundled-database';
import { checkFigures } from '../../src/core/check/check-figures';
import { sourceLabel } from '../../src/core/check/source-label';
import { periodInWords } from '../../src/core/check/periods';
import { countWords, summarySentence, SUMMARY_MAX_WORDS, type SummaryContext } from '../../src/core/check/summary-sentence';
import type { CheckedFigure, ClaimComparison } from '../../src/core/types';
import { figureAt, SEED_FILES, seedText, type SeedId } from './check-helpers';

const db = bundledDatabase();
const ctx = (pageSource: string | null): SummaryContext => ({
  name: (id) => sourceLabel(db.sources.find((s) => s.id === id), id),
  pageSource,
});

describe('on the seed articles', () => {
  test.each(Object.keys(SEED_FILES) as SeedId[])('%s: every figure gets one sentence of at most 30 words', (id) => {
    const report = analyzeText(seedText(id), db);
    expect(report.figures.length).toBeGreaterThan(0);
    for (const figure of report.figures) {
      const sentence = summarySentence(figure, ctx(report.pageSource));
      expect(countWords(sentence), sentence).toBeLessThanOrEqual(SUMMARY_MAX_WORDS);
      expect(sentence).toMatch(/^[A-Z0-9“'$].*[.]$/);
    }
  });

  test('AINews\'s 7 billion yuan of revenue: the page, the other value, how far apart and the likely cause', () => {
    const ainews = seedText('ainews-trillion-valuation');
    const f = figureAt(ainews, 'with only 7 billion yuan in revenue, challenging', '7 billion yuan', {
      value: 7e9, unit: 'CNY', entity: 'zhipu', metric: 'revenue', period: null,
    });
    const report = checkFigures([f], ainews, db);
    const sentence = summarySentence(report.figures[0]!, ctx(report.pageSource));
    expect(sentence).toBe("AINews gives 7 billion yuan; two other sources give 724 million yuan: about 10 times apart, likely a misplaced 'million' or 'billion'.");
  });
});

const claim = (over: Partial<ClaimComparison>): ClaimComparison => ({
  claimId: 'c', sourceId: 'gate-archie-surge', period: '2025', value: 724e6, valueMax: null, unit: 'CNY',
  originalValue: 724e6, originalUnit: 'CNY', verdict: 'consistent', quote: 'q', ...over,
});
const figure = (over: Partial<CheckedFigure>): CheckedFigure => ({
  text: '724 million yuan', start: 0, end: 16, value: 724e6, valueMax: null, unit: 'CNY', kind: 'money',
  qualifier: 'exact', entity: 'zhipu', metric: 'revenue', period: '2025', basis: 'fy', segment: null,
  evidence: { entity: null, metric: null, period: null }, verdict: 'consistent', explanation: 'x', claims: [],
  ownClaim: false, flagged: false, ...over,
});

describe('by verdict', () => {
  test.each<[string, Partial<CheckedFigure>, RegExp]>([
    ['one source agrees', { claims: [claim({})] }, /^Gate gives 724 million yuan too: the figure agrees with the database\.$/],
    [
      'a rounding gap',
      { value: 7.2e8, verdict: 'rounding', claims: [claim({ verdict: 'rounding' }), claim({ sourceId: 'nbd-zhipu-api', verdict: 'rounding' })] },
      /^two other sources give 724 million yuan: close to this figure/i,
    ],
    [
      'a plain conflict, a percentage apart',
      { value: 9e8, verdict: 'conflict', flagged: true, claims: [claim({ verdict: 'conflict' })] },
      /^This page gives 900 million yuan; Gate gives 724 million yuan: 24% apart\.$/,
    ],
    [
      'a yuan/dollar mix-up',
      { value: 1e12, unit: 'USD', verdict: 'currency', flagged: true, claims: [claim({ value: 1.4e11, unit: 'USD', verdict: 'currency' })] },
      /about 7 times apart, likely yuan and dollars mixed up\.$/,
    ],
    [
      'a disagreement the evidence does not carry',
      { value: 7e9, verdict: 'magnitude', flagged: false, claims: [claim({ verdict: 'magnitude' })] },
      /^Not compared: the text does not say clearly/,
    ],
    ['other periods only', { verdict: 'related', claims: [claim({ verdict: 'related', period: '2024' })] }, /^No source gives this figure for the same period; one source gives? it for other periods\.$/],
    ['nothing to compare', { verdict: 'unverified' }, /^No source in the database states this figure\.$/],
  ])('%s', (_, over, expected) => {
    const sentence = summarySentence(figure(over), ctx(null));
    expect(sentence).toMatch(expected);
    expect(countWords(sentence)).toBeLessThanOrEqual(SUMMARY_MAX_WORDS);
  });

  test('a sentence that would run over 30 words falls back to the plain one for its verdict', () => {
    const long = { name: () => 'An outlet with a very long name indeed that goes on and on and on and on for many, many more words', pageSource: null };
    const sentence = summarySentence(figure({ value: 9e8, verdict: 'conflict', flagged: true, claims: [claim({ verdict: 'conflict' })] }), long);
    expect(sentence).toBe('Other sources give a different value for the same figure.');
  });
});

describe('periods in words (the popover\'s details)', () => {
  test.each([
    ['2025-9M', null, 'first nine months of 2025'],
    ['2026-03', 'point', 'as of March 2026'],
    ['2026-03', null, 'March 2026'],
    ['2025-H1', 'h1', 'first half of 2025'],
    ['2025-Q3', 'q', 'third quarter of 2025'],
    ['2025', 'fy', 'the year 2025'],
    ['2021..2024-H1', 'cumulative', 'from 2021 to the first half of 2024'],
    [null, null, 'not stated'],
  ])('%s (%s) → %s', (period, basis, words) => {
    expect(periodInWords(period, basis)).toBe(words);
  });
});
