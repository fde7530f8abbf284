// Hand-built CheckedFigures for DOM tests: the core's output shape, located by searching the text.
import type { CheckedFigure, ClaimComparison, Report } from '../../src/core/types';

export function figureAt(text: string, spanText: string, extra: Partial<CheckedFigure> = {}, from = 0): CheckedFigure {
  const start = text.indexOf(spanText, from);
  if (start < 0) throw new Error(`"${spanText}" not in text`);
  return {
    text: spanText,
    start,
    end: start + spanText.length,
    value: 724e6,
    valueMax: null,
    unit: 'CNY',
    kind: 'money',
    qualifier: 'exact',
    entity: 'zhipu',
    metric: 'revenue',
    period: '2025',
    basis: 'fy',
    segment: null,
    evidence: {
      entity: { text: 'Zhipu', scope: 'sentence' },
      metric: { text: 'revenue', scope: 'sentence' },
      period: { text: '2025', scope: 'sentence' },
    },
    verdict: 'conflict',
    flagged: true,
    explanation: '7 billion yuan is 9.7× the 724 million yuan reported by 2 other sources for 2025',
    claims: [],
    ownClaim: false,
    ...extra,
  };
}

export function claim(extra: Partial<ClaimComparison> = {}): ClaimComparison {
  return {
    claimId: 'zhipu-revenue-2025-nbd',
    sourceId: 'nbd-zhipu-api',
    period: '2025',
    value: 724e6,
    valueMax: null,
    unit: 'CNY',
    originalValue: 724e6,
    originalUnit: 'CNY',
    verdict: 'conflict',
    quote: 'Total annual revenue was 724 million yuan, up 131.9% year over year',
    ...extra,
  };
}

export function report(figures: CheckedFigure[], pageSource: string | null = null): Report {
  return { pageSource, figures };
}
