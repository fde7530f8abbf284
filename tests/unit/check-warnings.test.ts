// Which figures deserve a warning, end to end (reader + check + bundled database), on sentences written for these
// tests in the style of news about these companies. The first table must warn; the second holds the kinds of
// false alarm seen on real news (a part taken for the whole, nine months for a year, a list of rivals for the
// subject, a one-day move for a move since listing, a conversion counted twice, a currency the page never names).
import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../src/core/analyze';
import { bundledDatabase } from '../../src/core/bundled-database';
import { extractClaims } from '../../src/core/extract-claims';
import { readFigures } from '../../src/core/read-figures';
import type { CheckedFigure } from '../../src/core/types';

const db = bundledDatabase();

function figure(text: string, surface: string, pageDate = '2026-04-02'): CheckedFigure {
  const report = analyzeText(text, db, { pageDate });
  const f = report.figures.find((x) => x.text === surface);
  if (!f) throw new Error(`no "${surface}" in ${report.figures.map((x) => x.text).join(' | ')}`);
  return f;
}

describe('warned of', () => {
  test.each([
    ['a misplaced scale word', "Zhipu's revenue for 2025 was 7.24 billion yuan, the company said.", '7.24 billion yuan', 'magnitude'],
    ['a misplaced scale word in Chinese', '智谱2025年营收72.4亿元，同比增长131.9%。', '72.4亿元', 'magnitude'],
    ['a figure against most sources', 'Zhipu posted revenue of 7 billion yuan in 2025, according to the report.', '7 billion yuan', 'magnitude'],
    ['a page that contradicts itself', 'Zhipu had revenue of 724 million yuan in 2025. Zhipu revenue in 2025 was 7.24 billion yuan, a later paragraph says.', '7.24 billion yuan', 'magnitude'],
  ])('%s: %s', (_why, text, surface, verdict) => {
    const f = figure(text, surface);
    expect(f.flagged, f.explanation).toBe(true);
    expect(f.verdict).toBe(verdict);
  });
});

describe('not warned of', () => {
  test.each([
    ['agrees with the sources', 'Zhipu reported revenue of 724 million yuan for 2025, up 131.9% year over year.', '724 million yuan'],
    ['agrees in Chinese', '智谱2025年营收7.24亿元。', '7.24亿元'],
    ['a segment is not the group', "Zhipu's cloud business revenue was 7 billion yuan in 2025.", '7 billion yuan'],
    ['nine months are not a year', 'Zhipu revenue reached 500 million yuan in the first nine months of 2025.', '500 million yuan'],
    ['a forecast is not a result', 'Analysts expect Zhipu revenue of 7 billion yuan in 2025.', '7 billion yuan'],
    ['a list of companies is not the subject', 'Zhipu, MiniMax and Moonshot together had revenue of 7 billion yuan in 2025.', '7 billion yuan'],
    ['a company carried from paragraphs before', 'Zhipu listed in Hong Kong.\n\nMarkets were calm.\n\nOther firms reported too.\n\nRevenue was 7 billion yuan in 2025.', '7 billion yuan'],
    ['no period near the figure', 'Zhipu said revenue was 7 billion yuan, more than analysts thought.', '7 billion yuan'],
    ['a one-day move is not a month\'s fall', 'Zhipu shares fell 40% on Monday, February 2, 2026.', '40%'],
    ['a gain since listing is not a one-day surge', 'Zhipu shares have risen 5% since their Hong Kong debut.', '5%'],
    ['an API business run rate is not the company\'s', 'Zhipu expects a revenue run rate of $10 billion by the end of 2026.', '$10 billion'],
    ['a US share price is not a Hong Kong one in another currency', "Zhipu's American depositary shares are trading at $116.80. In Hong Kong, Zhipu shares are trading at HK$112.70.", 'HK$112.70'],
  ])('%s: %s', (_why, text, surface) => {
    const f = figure(text, surface);
    expect(f.flagged, `${f.verdict}: ${f.explanation}`).toBe(false);
  });

  test('a figure and its conversion in parentheses are one statement: one page conflict, not two', () => {
    const text = 'As of April 2026, Zhipu has a valuation of 1 trillion yuan (about $140 billion). A blog says Zhipu has a trillion-dollar valuation as of April 2026.';
    const f = figure(text, 'a trillion-dollar');
    expect(f.verdict).toBe('page-conflict');
    expect(f.explanation).toMatch(/^This page also gives “1 trillion yuan” for .* likely a dollar\/yuan mix-up/);
    expect(f.explanation).not.toMatch(/mix-up \(and \d+ more\)/);
  });

  test('a Singapore-dollar mix-up is proposed only on a page that names Singapore dollars', () => {
    // HK$4.3 billion of IPO proceeds is about US$551 million, or S$705 million
    const plain = figure('Zhipu IPO proceeds were US$705 million in January 2026.', 'US$705 million', '2026-02-01');
    expect(plain.verdict).toBe('conflict');
    expect(plain.explanation).not.toMatch(/Singapore|(?<!U)S\$/);
    const sgd = figure('Zhipu IPO proceeds were US$705 million in January 2026. Singapore funds put S$20 million into Zhipu shares in January 2026.', 'US$705 million', '2026-02-01');
    expect(sgd.verdict).toBe('currency');
    expect(sgd.explanation).toMatch(/but S\$705 million would/);
  });

  test('a figure for a year the database holds is answered with that year\'s statement, not "no source gives this"', () => {
    const f = figure("Zhipu's revenue in 2024 was 312 million yuan, the prospectus showed.", '312 million yuan');
    expect(f.flagged).toBe(false);
    expect(f.explanation).toMatch(/^For 2024 the sources give US\$1 billion .*\(AINews\)/);
  });
});

describe('a market share against another page\'s', () => {
  // claims made by `npm run extract` of an earlier page, imported as a pack: sentences of our own
  const SHARE_BY_TOKENS = "By token volume, Alibaba Cloud held 23.6% of China's model-serving market in the first half of 2026.";
  function checkedAgainst(earlier: string, text: string, surface: string): CheckedFigure {
    const { source, claims } = extractClaims(readFigures(earlier), earlier, { file: 'a.txt', url: 'https://wire.example.net/a', title: 'Earlier', siteName: null, date: '2026-09-01', lang: 'en' });
    expect(claims.map((c) => [c.entity, c.metric, c.period, c.value])).toEqual([['alibaba', 'market-share', '2026-H1', 0.236]]);
    const f = analyzeText(text, db, { pageDate: '2026-09-02', extraClaims: claims, extraSources: [source] }).figures.find((x) => x.text === surface);
    if (!f) throw new Error(`no "${surface}"`);
    return f;
  }

  test('a share by revenue is not a share by tokens: no warning', () => {
    const f = checkedAgainst(SHARE_BY_TOKENS, "By revenue, Alibaba Cloud held 29.4% of China's model-serving market in the first half of 2026.", '29.4%');
    expect(f.flagged).toBe(false);
    expect(f.claims.map((c) => c.verdict)).not.toContain('conflict');
  });

  test('a share that does not say its yardstick is still checked against one that does', () => {
    const f = checkedAgainst(SHARE_BY_TOKENS, "Alibaba Cloud held 29.4% of China's model-serving market in the first half of 2026.", '29.4%');
    expect(f.claims.map((c) => c.verdict)).toContain('conflict');
  });

  // (sentences of our own: the same company, the same half, shares of two markets)
  test('a share of another market named is no disagreement: no warning', () => {
    const f = checkedAgainst(SHARE_BY_TOKENS, "Alibaba Cloud held 33.1% of China's public cloud market in the first half of 2026.", '33.1%');
    expect(f.flagged).toBe(false);
    expect(f.claims.map((c) => c.verdict)).not.toContain('conflict');
  });
  test('the same market in other words, or named nowhere in the sentence, is still checked', () => {
    const worded = checkedAgainst(SHARE_BY_TOKENS, "Alibaba Cloud held 29.4% of China's model-serving services market in the first half of 2026.", '29.4%');
    expect(worded.claims.map((c) => c.verdict)).toContain('conflict');
    const listed = checkedAgainst(SHARE_BY_TOKENS, "In the first half of 2026, ByteDance held 40% of China's model-serving market, ahead of Alibaba Cloud with 29.4%.", '29.4%');
    expect(listed.claims.map((c) => c.verdict)).toContain('conflict');
    const unnamed = checkedAgainst(SHARE_BY_TOKENS, "Alibaba Cloud's market share was 29.4% in the first half of 2026.", '29.4%');
    expect(unnamed.claims.map((c) => c.verdict)).toContain('conflict');
  });
});

describe('a part of a company against another page\'s', () => {
  // (sentences of our own: two pages, each telling the revenue of some part of Baidu in one quarter)
  function checkedAgainst(earlier: string, text: string, surface: string): CheckedFigure {
    const { source, claims } = extractClaims(readFigures(earlier), earlier, { file: 'a.txt', url: 'https://wire.example.net/a', title: 'Earlier', siteName: null, date: '2026-11-20', lang: 'en' });
    const f = analyzeText(text, db, { pageDate: '2026-11-21', extraClaims: claims, extraSources: [source] }).figures.find((x) => x.text === surface);
    if (!f) throw new Error(`no "${surface}"`);
    return f;
  }

  test('two parts named by words that are no name of one part are not one fact: no warning', () => {
    const f = checkedAgainst("Baidu's revenue from AI-powered businesses was 12.7 billion yuan in the third quarter of 2026.", 'In the third quarter of 2026, Baidu said revenue from its AI applications rose to 2.9 billion yuan.', '2.9 billion yuan');
    expect(f.metric).toBe('other:segment-revenue');
    expect(f.flagged).toBe(false);
    expect(f.claims.map((c) => c.verdict)).not.toContain('conflict');
  });

  test('the cloud named in both, in two languages, is one part: checked', () => {
    const f = checkedAgainst("Revenue from Baidu's AI Cloud rose 21% to 6.8 billion yuan in the third quarter of 2026.", '百度智能云2026年第三季度收入为79亿元。', '79亿元');
    expect(f.segment).toBe('cloud');
    expect(f.claims.map((c) => c.verdict)).toContain('conflict');
  });
});
