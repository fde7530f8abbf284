import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/core/read/normalize';
import { findPeriodMentions } from '../../src/core/read/periods';

// Patterns found from a word inside them (a month name, "half", "quarter", "year", "same", 同期, 季度): the mention
// must still start where the phrase starts, however far before that word it begins.
const mentions = (text: string) =>
  findPeriodMentions(normalizeText(text), { pageYear: 2026, pageMonth: 6 }).map((m) => `${text.slice(m.start, m.end)}=${m.period}`);

describe('period mentions found from a word inside them', () => {
  it.each([
    ['Revenue rose in the second-half of 2025.', ['second-half of 2025=2025-H2']],
    ['Results for the fourth quarter of 2025 beat forecasts.', ['fourth quarter of 2025=2025-Q4']],
    ['In Q3 2025 sales rose, up from the sequential quarter.', ['Q3 2025=2025-Q3', 'sequential quarter=2025-Q2']],
    ['Revenue in 1H25 doubled from the prior-year period.', ['1H25=2025-H1', 'prior-year period=2024-H1']],
    ['From Jan to Jul 2024, losses widened.', ['From Jan to Jul 2024=2024-01..2024-07']],
    ['Shares have doubled through June and in March 2026.', ['through June=2026-06', 'March 2026=2026-03']],
    ['Full-year revenue and annual revenue both grew; full year 2025 too.', ['Full-year=2025', 'annual=2025', 'full year 2025=2025']],
    ['2025年第三季度营收增长，高于上一季度和去年同期。', ['2025年第三季度=2025-Q3', '上一季度=2025-Q2', '去年同期=2024-Q3']],
  ])('%s', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});
