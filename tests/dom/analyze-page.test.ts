import { describe, expect, test } from 'vitest';
import { analyzeText, checkFigures, checkFiguresSteps } from '../../src/core/analyze';
import { bundledDatabase } from '../../src/core/bundled-database';
import { readFigures } from '../../src/core/read-figures';
import { analyzePage, chunkText } from '../../src/page/analyze-page';
import { runSliced } from '../../src/page/yield-to-main';
import { seedText } from '../unit/check-helpers';

describe('chunkText', () => {
  test('an ordinary page is one chunk', () => {
    expect(chunkText('Zhipu revenue was 724 million yuan.\nUp 131.9%.')).toEqual([[0, 46]]);
  });

  test('a long text is cut just after a block separator, covering every character once', () => {
    const para = 'Zhipu revenue was 724 million yuan in 2025. '.repeat(5);
    const text = Array.from({ length: 40 }, () => para).join('\n');
    const chunks = chunkText(text, 1000);
    expect(chunks[0]![0]).toBe(0);
    expect(chunks.at(-1)![1]).toBe(text.length);
    for (let i = 1; i < chunks.length; i++) {
      expect(chunks[i]![0]).toBe(chunks[i - 1]![1]);
      expect(text[chunks[i]![0] - 1]).toBe('\n');
    }
    for (const [a, b] of chunks) expect(b - a).toBeLessThanOrEqual(1000);
  });

  test('a block longer than a chunk is cut after a sentence, so no figure is cut in two', () => {
    const text = 'Zhipu revenue was 724 million yuan in 2025. '.repeat(60);
    const chunks = chunkText(text, 1000);
    expect(chunks.length).toBeGreaterThan(2);
    for (const [a, b] of chunks) {
      expect(b - a).toBeLessThanOrEqual(1000);
      expect(text.slice(a, b)).toMatch(/^Zhipu revenue .* 2025\. $/);
    }
  });

  test('a text with no separators is still cut at the size', () => {
    expect(chunkText('x'.repeat(25), 10)).toEqual([[0, 10], [10, 20], [20, 25]]);
  });
});

describe('analyzePage and runSliced: the cross-check over several tasks', () => {
  const db = bundledDatabase();

  test.each(['ainews-trillion-valuation', 'wanfu-loss-per-yuan', 'zai-business-model'] as const)(
    'on %s, the check run with a yield after every step equals checkFigures, and analyzePage equals analyzeText',
    async (id) => {
      const text = seedText(id);
      const figures = readFigures(text);
      const signal = new AbortController().signal;
      const expected = checkFigures(figures, text, db);
      expect(expected.figures.length).toBe(figures.length);
      expect(await runSliced(checkFiguresSteps(figures, text, db), signal, 0)).toEqual(expected);
      expect(await analyzePage(text, db, signal)).toEqual(analyzeText(text, db));
    },
  );

  test('a page of many chunks (every seed article, twice) reads and checks as one read of the whole text would', async () => {
    const ids = ['nbd-zhipu-api', 'gate-archie-surge', 'zai-business-model', 'ainews-trillion-valuation', 'wanfu-loss-per-yuan'] as const;
    const text = [...ids, ...ids].map(seedText).join('\n');
    expect(chunkText(text).length).toBeGreaterThan(5);
    const report = await analyzePage(text, db, new AbortController().signal);
    expect(report.figures.length).toBeGreaterThan(100);
    expect(report).toEqual(analyzeText(text, db));
  });

  test('an abort between slices gives null', async () => {
    const text = seedText('gate-archie-surge');
    const controller = new AbortController();
    const run = runSliced(checkFiguresSteps(readFigures(text), text, db), controller.signal, 0);
    controller.abort();
    expect(await run).toBeNull();
  });
});
