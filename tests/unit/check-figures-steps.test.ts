// The cross-check in steps (checkFiguresSteps, which the content script runs over several tasks) against the
// synchronous checkFigures, on the seed articles read end to end; and the page-consistency check on a page that
// repeats its figures (each distinct pair of values is judged once, every copy still gets its own conflict).
import { describe, expect, test } from 'vitest';
import { bundledDatabase } from '../../src/core/bundled-database';
import { checkFigures, checkFiguresSteps } from '../../src/core/check/check-figures';
import { findPageConflictsSteps } from '../../src/core/check/page-conflicts-steps';
import { findPageConflicts } from '../../src/core/check/page-consistency';
import { readFigures } from '../../src/core/read-figures';
import type { Report } from '../../src/core/types';
import { SEED_FILES, figureAt, seedText, type SeedId } from './check-helpers';

const db = bundledDatabase();
const seeds = Object.keys(SEED_FILES) as SeedId[];

/** Run the steps one at a time, counting the pauses. */
function stepThrough(steps: Generator<void, Report, void>): { report: Report; pauses: number } {
  let pauses = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { report: step.value, pauses };
    pauses += 1;
  }
}

describe('checkFiguresSteps', () => {
  test.each(seeds)('on %s, stepping through gives checkFigures’ report, pausing at least once per figure', (id) => {
    const text = seedText(id);
    const figures = readFigures(text);
    expect(figures.length).toBeGreaterThan(5);
    const expected = checkFigures(figures, text, db);
    expect(expected.pageSource).toBe(id); // each seed is recognised as its own source
    const { report, pauses } = stepThrough(checkFiguresSteps(figures, text, db));
    expect(report).toEqual(expected);
    expect(pauses).toBeGreaterThanOrEqual(figures.length);
  });

  test('two checks stepped in turn do not disturb each other', () => {
    const texts = [seedText('ainews-trillion-valuation'), seedText('gate-archie-surge')];
    const runs = texts.map((t) => checkFiguresSteps(readFigures(t), t, db, { pageDate: '2026-06' }));
    const results: (Report | null)[] = [null, null];
    while (results.some((r) => r === null)) {
      runs.forEach((run, i) => {
        if (results[i] !== null) return;
        const step = run.next();
        if (step.done) results[i] = step.value;
      });
    }
    texts.forEach((t, i) => expect(results[i]).toEqual(checkFigures(readFigures(t), t, db, { pageDate: '2026-06' })));
  });

  test('odd input still comes back as a report, as from checkFigures', () => {
    const odd = [{ start: 0 }] as unknown as Parameters<typeof checkFigures>[0];
    expect(stepThrough(checkFiguresSteps(odd, 'x', db)).report).toEqual(checkFigures(odd, 'x', db));
    expect(stepThrough(checkFiguresSteps([], '', db)).report).toEqual({ pageSource: null, figures: [] });
  });
});

describe('findPageConflicts on a page that repeats its figures', () => {
  const ainews = seedText('ainews-trillion-valuation');
  const seven = figureAt(ainews, 'while reporting just 7 billion yuan in annual revenue', '7 billion yuan', {
    value: 7e9, unit: 'CNY', entity: 'zhipu', metric: 'revenue', period: '2025',
  });
  const sevenHundred = figureAt(ainews, 'annual revenue stands at just 700 million yuan', '700 million yuan', {
    value: 700e6, unit: 'CNY', entity: 'zhipu', metric: 'revenue', period: '2025',
  });
  // The same two statements again further down the page (the article twice over).
  const twice = `${ainews}\n${ainews}`;
  const shift = ainews.length + 1;
  const again = (f: typeof seven) => ({ ...f, start: f.start + shift, end: f.end + shift });
  const figures = [seven, sevenHundred, again(seven), again(sevenHundred)];

  test('every copy of each value conflicts with every copy of the other, and never with itself', () => {
    const conflicts = findPageConflicts(figures, twice, db.fx, 2026);
    const others = (i: number) => (conflicts.get(i) ?? []).map((c) => c.other).sort();
    expect(others(0)).toEqual([1, 3]);
    expect(others(1)).toEqual([0, 2]);
    expect(others(2)).toEqual([1, 3]);
    expect(others(3)).toEqual([0, 2]);
    for (const [i, list] of conflicts) {
      for (const c of list) {
        expect(c.judgement.verdict).toBe('magnitude');
        // 7 billion against 700 million is 10×; the other way round a tenth.
        expect(c.judgement.ratio).toBeCloseTo(i % 2 === 0 ? 10 : 0.1, 9);
      }
    }
    // Shared judgements would let one figure's explanation leak into another's.
    const all = [...conflicts.values()].flat().map((c) => c.judgement);
    expect(new Set(all).size).toBe(all.length);
  });

  test('in the check, each copy is explained against the other value', () => {
    const report = checkFigures(figures, twice, db);
    expect(report.figures.map((f) => f.explanation.includes('This page also gives'))).toEqual([true, true, true, true]);
  });
});

describe('findPageConflictsSteps', () => {
  // Every seed article, each twice: the same figures stated again further down, and across articles.
  const page = [...seeds, ...seeds].map(seedText).join('\n');
  // (dated like the latest seed, so "annual revenue" without a year is a year's: undated, it is no figure of any)
  const figures = readFigures(page, { pageDate: '2026-06' });

  test.each([null, 2026])('on a page of every seed article twice (page year %s), it finds what findPageConflicts finds', (year) => {
    const expected = findPageConflicts(figures, page, db.fx, year);
    expect(expected.size).toBeGreaterThan(3);
    const steps = findPageConflictsSteps(figures, page, db.fx, year);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses += 1;
    expect(pauses).toBeGreaterThan(10);
    const sorted = (m: Map<number, unknown>) => [...m.entries()].sort((a, b) => a[0] - b[0]);
    expect(sorted(step.value)).toEqual(sorted(expected));
  });
});
