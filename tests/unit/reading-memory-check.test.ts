// Remembered pages as sources: a figure that contradicts a page the reader read is "worth a look", never a warning,
// while the same claim from a vetted source (an imported pack) is a warning. Sentences of our own, read by the real
// reader; the remembered claims are what `npm run extract` makes of the earlier page.
import { expect, test } from 'vitest';
import { analyzeText } from '../../src/core/analyze';
import { bundledDatabase } from '../../src/core/bundled-database';
import { rememberedLabel, rememberedSource } from '../../src/core/check/source-label';
import { summarySentence } from '../../src/core/check/summary-sentence';
import { extractClaims } from '../../src/core/extract-claims';
import { readFigures } from '../../src/core/read-figures';
import { CONFLICT_VERDICTS } from '../../src/core/check/severity';

const PAGE_A = 'Moonshot AI said its revenue in 1995 was 724 million yuan, according to a filing.';
const PAGE_B = 'Moonshot AI said its revenue in 1995 was 7.24 billion yuan, according to a filing.';
const PAGE_C = 'Moonshot AI said its revenue in 1995 was 724 million yuan, a person familiar with it said.';
const READ_AT = '2026-11-20T10:00:00';
const NOW = new Date('2026-11-26T10:00:00');

function remembered(text: string, url: string) {
  const { source, claims } = extractClaims(readFigures(text), text, { file: url, url, title: 'Earlier page', siteName: null, date: null, lang: 'en' });
  return { source, claims };
}

test('the earlier page gives one claim with its quote (so the test below has something to compare)', () => {
  const { claims } = remembered(PAGE_A, 'https://www.example.com/a');
  expect(claims).toHaveLength(1);
  expect(claims[0]).toMatchObject({ entity: 'moonshot', metric: 'revenue', period: '1995', value: 724e6, unit: 'CNY', quote: PAGE_A });
});

test('a remembered page is named by when and where it was read', () => {
  expect(rememberedLabel(READ_AT, 'https://www.scmp.com/tech/x', NOW)).toBe('a page you read on 20 November (scmp.com)');
  expect(rememberedLabel('2025-03-02T10:00:00', 'https://example.org/', NOW)).toBe('a page you read on 2 March 2025 (example.org)');
});

test('a figure that only a remembered page contradicts is worth a look, not a warning', () => {
  const a = remembered(PAGE_A, 'https://www.example.com/a');
  const report = analyzeText(PAGE_B, bundledDatabase(), {
    remembered: { claims: a.claims, sources: [rememberedSource(a.source, READ_AT, NOW)] },
  });
  const figure = report.figures.find((f) => f.text.includes('7.24 billion'))!;
  expect(CONFLICT_VERDICTS as readonly string[]).not.toContain(figure.verdict);
  expect(figure.verdict).toBe('related');
  expect(figure.flagged).toBe(false);
  expect(figure.explanation).toMatch(/^Worth a look: a page you read on 20 November \(example\.com\) gives 724 million yuan for 1995, not 7\.24 billion yuan/);
  expect(figure.claims.map((c) => [c.quote, c.verdict, c.worth])).toEqual([[PAGE_A, 'related', true]]);
  const sentence = summarySentence(figure, { name: () => 'x', pageSource: report.pageSource });
  expect(sentence).toMatch(/^Worth a look: /);
});

test('the same claim from an imported pack is a warning (the memory is what makes it calm)', () => {
  const a = remembered(PAGE_A, 'https://www.example.com/a');
  const report = analyzeText(PAGE_B, bundledDatabase(), { extraClaims: a.claims, extraSources: [a.source] });
  const figure = report.figures.find((f) => f.text.includes('7.24 billion'))!;
  expect(CONFLICT_VERDICTS as readonly string[]).toContain(figure.verdict);
});

test('a vetted source that disagrees still warns, with the remembered page beside it', () => {
  const pack = remembered(PAGE_A, 'https://wire.example.net/a');
  const mem = remembered(PAGE_C, 'https://www.example.com/c');
  const report = analyzeText(PAGE_B, bundledDatabase(), {
    extraClaims: pack.claims,
    extraSources: [pack.source],
    remembered: { claims: mem.claims, sources: [rememberedSource(mem.source, READ_AT, NOW)] },
  });
  const figure = report.figures.find((f) => f.text.includes('7.24 billion'))!;
  expect(CONFLICT_VERDICTS as readonly string[]).toContain(figure.verdict);
  expect(figure.explanation).toContain('Worth a look: a page you read on 20 November (example.com)');
});

test('a remembered page that agrees counts as agreeing', () => {
  const a = remembered(PAGE_A, 'https://www.example.com/a');
  const report = analyzeText(PAGE_C, bundledDatabase(), {
    remembered: { claims: a.claims, sources: [rememberedSource(a.source, READ_AT, NOW)] },
  });
  const figure = report.figures.find((f) => f.text.includes('724 million'))!;
  expect(figure.verdict).toBe('consistent');
  expect(figure.explanation).toContain('a page you read on 20 November (example.com)');
});

// two trading days of one month: a move on each, a price on each (the checker has no day periods)
const DAY_A = 'Moonshot AI shares rose 3% on Monday to HK$400.';
const DAY_B = 'Moonshot AI shares fell 2% on Thursday to HK$450.';

test('moves and prices of two days of one month are not one fact: no warning, even from a pack', () => {
  const pack = extractClaims(readFigures(DAY_A, { pageDate: '2026-11-03' }), DAY_A, { file: 'a', url: 'https://wire.example.net/a', title: 'A', siteName: null, date: '2026-11-03', lang: 'en' });
  expect(pack.claims.map((c) => [c.metric, c.period, c.value])).toEqual([['stock-change', '2026-11', 0.03], ['share-price', '2026-11', 400]]);
  const report = analyzeText(DAY_B, bundledDatabase(), { pageDate: '2026-11-20', extraClaims: pack.claims, extraSources: [pack.source] });
  for (const text of ['2%', 'HK$450']) {
    const figure = report.figures.find((f) => f.text === text)!;
    expect([text, CONFLICT_VERDICTS.includes(figure.verdict as (typeof CONFLICT_VERDICTS)[number]), figure.verdict === 'consistent']).toEqual([text, false, false]);
  }
});

test('a price per million input tokens is not the same model\'s output price, nor a price of no named model', () => {
  const PRICES_A = 'In September 2026, Alibaba priced Qwen3-Max at 2.4 yuan per million input tokens and 9.6 yuan per million output tokens.';
  const PRICES_B = 'In September 2026, Alibaba charged 9.6 yuan per million output tokens for Qwen3-Max. In September 2026 Alibaba priced its cheapest model at 0.5 yuan per million tokens.';
  const pack = extractClaims(readFigures(PRICES_A, { pageDate: '2026-09-20' }), PRICES_A, { file: 'a', url: 'https://wire.example.net/a', title: 'A', siteName: null, date: '2026-09-20', lang: 'en' });
  expect(pack.claims.map((c) => [c.segment, c.value])).toEqual([['qwen3-max input', 2.4], ['qwen3-max output', 9.6]]);
  const report = analyzeText(PRICES_B, bundledDatabase(), { pageDate: '2026-09-25', extraClaims: pack.claims, extraSources: [pack.source] });
  expect(report.figures.filter((f) => f.metric === 'price-per-mtok').map((f) => [f.text, f.verdict])).toEqual([['9.6 yuan', 'consistent'], ['0.5 yuan', 'related']]);
});

test('a month\'s move told on both pages with its span is compared; a move that does not say over what is not', () => {
  const A = 'Zhipu shares fell 23% in February, the company said.';
  const pack = extractClaims(readFigures(A, { pageDate: '2026-03-02' }), A, { file: 'a', url: 'https://wire.example.net/a', title: 'A', siteName: null, date: '2026-03-02', lang: 'en' });
  const report = analyzeText('Zhipu shares rose 5% in February, a filing showed.', bundledDatabase(), { pageDate: '2026-03-10', extraClaims: pack.claims, extraSources: [pack.source] });
  expect(CONFLICT_VERDICTS as readonly string[]).not.toContain(report.figures.find((f) => f.text === '5%')!.verdict);
});
