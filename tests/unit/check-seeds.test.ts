// The report over each of the five seed articles, end to end (figure reader + cross-check + bundled database).
// For every figure the reader finds inside one of the page's own claim quotes (same entity, metric and value as
// the claim), the verdict must fall in the expected class: the real disagreements between the articles are
// flagged, and figures that agree once converted (or only differ in period) are not.
import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../src/core/analyze';
import { bundledDatabase } from '../../src/core/bundled-database';
import { findPageSource } from '../../src/core/check/page-source';
import { isFlagged } from '../../src/core/check/severity';
import type { CheckedFigure, Verdict } from '../../src/core/types';
import { SEED_FILES, seedText, type SeedId } from './check-helpers';

const db = bundledDatabase();

/**
 * Claims whose figure must be flagged on their own page, by claim id prefix, with the verdicts that fit, and
 * whether the reader must find it (`optional` where the page's text defeats any reader). Every other claim's
 * figure must not be flagged. Deliberately not flagged: Wan Fu's "trillion-parameter GLM-130B" against AINews's
 * "130-billion parameter" GLM-130B (7.7×, too far from 10× to blame a scale word, and neither gives a period);
 * the 724 million yuan of Daily Economic News and Gate, which two of the three sources give (the one that
 * disagrees, AINews's 7 billion, is warned of); Gate's "$1 billion" API ARR by year-end against AINews's
 * "$10 billion revenue run rate" (a part, the API business, against the whole company).
 */
type Expected = [prefix: string, verdicts: Verdict[], why: string, optional?: 'optional'];
const FLAGGED: Record<SeedId, Expected[]> = {
  'nbd-zhipu-api': [],
  'gate-archie-surge': [],
  'zai-business-model': [],
  'ainews-trillion-valuation': [
    ['ainews-zhipu-revenue-2025-a', ['magnitude'], '7 billion yuan against 724 million yuan'],
    ['ainews-zhipu-revenue-2025-b', ['magnitude'], '7 billion yuan against 724 million yuan'],
    ['ainews-zhipu-revenue-2025-c', ['magnitude'], '7 billion yuan against 724 million yuan'],
    ['ainews-zhipu-revenue-2025-g', ['magnitude'], '7 billion yuan against 724 million yuan'],
    ['ainews-zhipu-revenue-2025-d', ['page-conflict'], '$100 million against the page\'s 7 billion yuan'],
    ['ainews-zhipu-revenue-2025-e', ['page-conflict'], '700 million yuan against the page\'s 7 billion yuan'],
    // "($100 millionAI Unicorns…": the page glues "million" to the next word
    ['ainews-zhipu-revenue-2025-f', ['page-conflict'], '$100 million against the page\'s 7 billion yuan', 'optional'],
    ['ainews-zhipu-valuation-2026-06', ['page-conflict', 'currency'], 'a trillion dollars against a trillion yuan'],
  ],
  'wanfu-loss-per-yuan': [
    ['wanfu-zhipu-loss-per-revenue', ['arithmetic'], '30 yuan per yuan against 6.2 billion ÷ 685 million'],
  ],
};

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

/** The figures the reader found inside each of the page's own claim quotes that read as that claim. */
function located(id: SeedId, figures: readonly CheckedFigure[]) {
  const { spans } = findPageSource(seedText(id), db.claims);
  return spans.flatMap((s) =>
    figures
      .filter(
        (f) =>
          f.start >= s.start &&
          f.end <= s.end &&
          f.entity === s.claim.entity &&
          f.metric === s.claim.metric &&
          (close(f.value, s.claim.value) || (f.valueMax !== null && close(f.valueMax, s.claim.valueMax ?? NaN))),
      )
      .map((figure) => ({ claim: s.claim, figure })),
  );
}

describe.each(Object.keys(SEED_FILES) as SeedId[])('%s', (id) => {
  const text = seedText(id);
  const report = analyzeText(text, db);
  const found = located(id, report.figures);

  test('is recognised as its own source, with figures found at offsets into the text', () => {
    expect(report.pageSource).toBe(id);
    expect(report.figures.length).toBeGreaterThan(0);
    for (const f of report.figures) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(found.length).toBeGreaterThan(0);
  });

  test('figures read through its own claim quotes are its own claims', () => {
    for (const { figure } of found) expect(figure.ownClaim).toBe(true);
  });

  test.each(FLAGGED[id])('flags %s (%j): %s', (prefix, verdicts, _why, optional) => {
    const hits = found.filter(({ claim }) => claim.id.startsWith(prefix));
    if (!optional) expect(hits.length, `the reader found no figure for ${prefix}`).toBeGreaterThan(0);
    for (const { figure } of hits) expect(verdicts, `${figure.text}: ${figure.explanation}`).toContain(figure.verdict);
  });

  test('raises no alarm on the other figures read through its claims', () => {
    const flaggedPrefixes = FLAGGED[id].map(([p]) => p);
    const alarms = found
      .filter(({ claim }) => !flaggedPrefixes.some((p) => claim.id.startsWith(p)))
      .filter(({ figure }) => isFlagged(figure.verdict))
      .map(({ claim, figure }) => `${claim.id}: “${figure.text}” ${figure.verdict} — ${figure.explanation}`);
    expect(alarms).toEqual([]);
  });
});

describe('sources that disagree among themselves', () => {
  test.each(['nbd-zhipu-api', 'gate-archie-surge'] as const)('on %s, 724 million yuan agrees with most sources and names the one that does not', (id) => {
    const report = analyzeText(seedText(id), db);
    const revenue = located(id, report.figures).filter(({ claim }) => claim.id.startsWith(`${id.split('-')[0]}-zhipu-revenue-2025`));
    expect(revenue.length).toBeGreaterThan(0);
    for (const { figure } of revenue) {
      expect(figure.verdict).toBe('consistent');
      expect(figure.flagged).toBe(false);
      expect(figure.explanation).toMatch(/^Agrees with 2 of 3 sources \((Daily Economic News and Gate|Gate and Daily Economic News)\); AINews gives 7 billion yuan for 2025, and elsewhere agrees$/);
    }
  });
});
