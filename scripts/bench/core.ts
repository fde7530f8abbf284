// The core against two references on the same text: a bare single-regex pass (the floor) and compromise over the
// whole text (the naive approach).
import nlp from 'compromise';
import { analyzeText } from '../../src/core/analyze';
import { bundledDatabase } from '../../src/core/bundled-database';
import { readFigures } from '../../src/core/read-figures';
import { findMentions } from '../../src/core/read/aliases';
import { findFigures } from '../../src/core/read/find-figures';
import { findCues } from '../../src/core/read/metrics';
import { normalizeText } from '../../src/core/read/normalize';
import { findPeriodMentions } from '../../src/core/read/periods';
import { findSentences } from '../../src/core/read/sentences';
import { corpusOfSize } from './corpus';

const FLOOR_TARGET = 3;
const COMPROMISE_TARGET = 100;
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');

const FLOOR = /\d[\d,.]*/g;

function time<T>(fn: () => T, runs = 3): { ms: number; result: T } {
  let best = Infinity;
  let result!: T;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = fn();
    best = Math.min(best, performance.now() - t0);
  }
  return { ms: best, result };
}

export function benchCore(sizes = [1, 5], compromiseSizes = [1]) {
  const db = bundledDatabase();
  analyzeText('warm-up: Zhipu revenue was 724 million yuan in 2025.', db);
  const rows: string[] = [];
  for (const mb of sizes) {
    const text = corpusOfSize(mb * 1_000_000);
    const floor = time(() => text.match(FLOOR)?.length ?? 0, 10);
    const read = time(() => readFigures(text).length);
    const full = time(() => analyzeText(text, db).figures.length);
    let naive = '(not run)';
    let naiveMs = NaN;
    if (compromiseSizes.includes(mb)) {
      const c = time(() => nlp(text).numbers().length, 1);
      naiveMs = c.ms;
      naive = `${c.ms.toFixed(0)} ms`;
    }
    // Where the reader's time goes: each whole-text pass on its own, the rest is the work per figure.
    const norm = normalizeText(text);
    const stages: [string, number][] = [
      ['normalise', time(() => normalizeText(text)).ms],
      ['numbers + their units', time(() => findFigures(norm, text)).ms],
      ['sentences', time(() => findSentences(norm, text)).ms],
      ['company names', time(() => findMentions(norm)).ms],
      ['metric cues (whole text)', time(() => findCues(norm)).ms],
      ['period mentions', time(() => findPeriodMentions(norm, { pageYear: null, pageMonth: null })).ms],
    ];
    const perFigureUs = (read.ms * 1000) / Math.max(1, read.result);
    rows.push(
      `core, ${mb} MB of article text (${read.result} figures, ${floor.result} digit runs):\n` +
        `  regex floor            ${floor.ms.toFixed(1)} ms\n` +
        `  readFigures            ${read.ms.toFixed(1)} ms  (${(read.ms / floor.ms).toFixed(1)}× the floor; ${perFigureUs.toFixed(0)} µs per figure)\n` +
        stages.map(([name, ms]) => `    ${name.padEnd(26)} ${ms.toFixed(1)} ms\n`).join('') +
        `  analyzeText (+check)   ${full.ms.toFixed(1)} ms  (${(full.ms / floor.ms).toFixed(1)}× the floor)\n` +
        `  compromise, whole text ${naive}` +
        (Number.isFinite(naiveMs) ? `  (readFigures is ${(naiveMs / read.ms).toFixed(0)}× faster)` : '') +
        `\n  target: reader within ${FLOOR_TARGET}× of the floor: ${verdict(read.ms <= FLOOR_TARGET * floor.ms)}` +
        (Number.isFinite(naiveMs)
          ? `; at least ${COMPROMISE_TARGET}× faster than compromise: ${verdict(naiveMs / read.ms >= COMPROMISE_TARGET)}`
          : ''),
    );
  }
  return rows.join('\n');
}
