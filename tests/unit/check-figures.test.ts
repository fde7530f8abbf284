// Each verdict on real sentences from the five seed articles, with figures built by hand at the offsets where
// the sentence states them (the figure reader is tested elsewhere; the seeds test runs it end to end).
import { describe, expect, test } from 'vitest';
import { bundledDatabase } from '../../src/core/bundled-database';
import { analyzeText } from '../../src/core/analyze';
import { checkFigures } from '../../src/core/check/check-figures';
import { claimIndex } from '../../src/core/check/match-claims';
import type { CheckedFigure, Figure } from '../../src/core/types';
import { bare, figureAt, packClaim, packSources, seedText } from './check-helpers';

const db = bundledDatabase();
const checkOne = (f: Figure, text = '') => checkFigures([f], text, db).figures[0] as CheckedFigure;

describe('magnitude: the 7 billion against the 724 million yuan of revenue', () => {
  const ainews = seedText('ainews-trillion-valuation');
  const gate = seedText('gate-archie-surge');

  test('on the AINews page, its "7 billion yuan in revenue" is flagged against the other sources', () => {
    const f = figureAt(ainews, 'with only 7 billion yuan in revenue, challenging', '7 billion yuan', {
      value: 7e9, unit: 'CNY', entity: 'zhipu', metric: 'revenue', period: null,
    });
    const report = checkFigures([f], ainews, db);
    expect(report.pageSource).toBe('ainews-trillion-valuation');
    const [c] = report.figures as [CheckedFigure];
    expect(c.ownClaim).toBe(true);
    expect(c.verdict).toBe('magnitude');
    expect(c.flagged).toBe(true);
    expect(c.explanation).toMatch(/^2 other sources \(Daily Economic News and Gate\) give 724 million yuan for 2025, not 7 billion yuan: 9\.7 times apart/);
    expect(c.explanation).toContain('misplaced scale word');
    // AINews's own claims are listed but never counted
    const own = c.claims.filter((x) => x.sourceId === 'ainews-trillion-valuation');
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((x) => x.verdict === 'unchecked')).toBe(true);
    expect(c.claims.find((x) => x.sourceId === 'nbd-zhipu-api')?.verdict).toBe('magnitude');
  });

  test('on the Gate page, its 724 million yuan agrees with most sources: calm, naming the one that disagrees', () => {
    const f = figureAt(gate, 'For the full year, revenue reached 724 million yuan', '724 million yuan', {
      value: 724e6, unit: 'CNY', entity: 'zhipu', metric: 'revenue', period: '2025',
    });
    const c = checkFigures([f], gate, db).figures[0] as CheckedFigure;
    expect(c.verdict).toBe('consistent');
    expect(c.flagged).toBe(false);
    // Gate (the page) and Daily Economic News for it; AINews says 7 billion and, elsewhere, 700 million
    expect(c.explanation).toMatch(/^Agrees with 2 of 3 sources \(Gate and Daily Economic News\); AINews gives 7 billion yuan for 2025, and elsewhere agrees$/);
  });

  test('a page that is no source: a figure agreeing with two of three sources is calm, the outlier is warned of', () => {
    const one = 'Zhipu reported 2025 revenue of 724 million yuan.';
    const other = 'A blog put Zhipu 2025 revenue at 7 billion yuan.';
    const right = figureAt(one, 'Zhipu reported 2025 revenue of 724 million yuan', '724 million yuan', { value: 724e6, unit: 'CNY', entity: 'zhipu', metric: 'revenue', period: '2025' });
    const wrong = figureAt(other, 'Zhipu 2025 revenue at 7 billion yuan', '7 billion yuan', { value: 7e9, unit: 'CNY', entity: 'zhipu', metric: 'revenue', period: '2025' });
    const a = checkFigures([right], one, db).figures[0] as CheckedFigure;
    const b = checkFigures([wrong], other, db).figures[0] as CheckedFigure;
    expect(a.flagged).toBe(false);
    expect(a.explanation).toMatch(/^Agrees with 2 of 3 sources \(Daily Economic News and Gate\); AINews gives 7 billion yuan for 2025, and elsewhere agrees$/);
    expect(b.flagged).toBe(true);
    expect(b.verdict).toBe('magnitude');
    // the page itself on both sides: a figure and another of the same fact on one page are a page conflict
    const both = `${one} ${other}`;
    const pair = checkFigures([right, { ...wrong, start: wrong.start + one.length + 1, end: wrong.end + one.length + 1 }], both, db).figures;
    expect(pair.map((f) => f.verdict)).toEqual(['page-conflict', 'magnitude']);
  });
});

describe('currency: a trillion dollars against a trillion yuan', () => {
  test('"a trillion-dollar valuation" on a page that names yuan is a yuan/dollar mix-up against AINews\'s one trillion yuan', () => {
    const page = 'Zhipu AI commands a trillion-dollar valuation. Zhipu revenue was 724 million yuan in 2025.';
    const dollars = figureAt(page, 'Zhipu AI commands a trillion-dollar valuation', 'trillion-dollar', { value: 1e12, unit: 'USD', entity: 'zhipu', metric: 'valuation', period: '2026-06', qualifier: 'approx' });
    const yuan = figureAt(page, 'Zhipu revenue was 724 million yuan in 2025', '724 million yuan', { value: 724e6, unit: 'CNY', entity: 'zhipu', metric: 'revenue', period: '2025' });
    const c = checkFigures([dollars, yuan], page, db).figures[0] as CheckedFigure;
    expect(c.verdict).toBe('currency');
    expect(c.explanation).toMatch(/but 1 trillion yuan would .* likely a yuan\/dollar mix-up/);
    expect(c.explanation).toContain('7.05 yuan per US dollar (2026 average)');
  });

  test('on a page with dollars only, no yuan mix-up is proposed: the gap is a plain disagreement', () => {
    const c = checkOne(bare('trillion-dollar', { value: 1e12, unit: 'USD', entity: 'zhipu', metric: 'valuation', period: '2026-06', qualifier: 'approx' }));
    expect(c.verdict).toBe('conflict');
    expect(c.explanation).not.toMatch(/mix-up/);
  });
});

describe('page-conflict: the same thing stated twice on one page', () => {
  const ainews = seedText('ainews-trillion-valuation');
  const valuation = (sentence: string, text: string, value: number, unit: 'USD' | 'CNY', qualifier: 'approx' | 'over') =>
    figureAt(ainews, sentence, text, { value, unit, entity: 'zhipu', metric: 'valuation', period: '2026-06', qualifier });
  const dollars = valuation('Zhipu AI commands a trillion-dollar valuation', 'trillion-dollar', 1e12, 'USD', 'approx');
  const yuan = valuation('a market valuation exceeding one trillion yuan', 'one trillion yuan', 1e12, 'CNY', 'over');

  test('"trillion-dollar" and "one trillion yuan" on the AINews page are both page-conflicts', () => {
    const report = checkFigures([dollars, yuan], ainews, db);
    for (const c of report.figures) {
      expect(c.verdict).toBe('page-conflict');
      expect(c.explanation).toMatch(/This page also gives “(one trillion yuan|trillion-dollar)”.* likely a (yuan\/dollar|dollar\/yuan) mix-up/);
    }
  });

  test('"7 billion yuan" and "700 million yuan" of annual revenue on one page: both flagged', () => {
    const seven = figureAt(ainews, 'while reporting just 7 billion yuan in annual revenue', '7 billion yuan', {
      value: 7e9, unit: 'CNY', entity: 'zhipu', metric: 'revenue', period: null,
    });
    const sevenHundred = figureAt(ainews, 'annual revenue stands at just 700 million yuan', '700 million yuan', {
      value: 700e6, unit: 'CNY', entity: 'zhipu', metric: 'revenue', period: null,
    });
    const [a, b] = checkFigures([seven, sevenHundred], ainews, db).figures as [CheckedFigure, CheckedFigure];
    expect(a.verdict).toBe('magnitude'); // the database verdict is the more severe
    expect(a.explanation).toContain('This page also gives “700 million yuan”');
    expect(b.verdict).toBe('page-conflict'); // the other sources agree with it, the page does not
    expect(b.explanation).toMatch(/^This page also gives “7 billion yuan”.*misplaced scale word.*Agrees with Daily Economic News and Gate/);
  });

  test('two forecasts of one fact on one page are two views, not a page conflict, even when each is a range and they are ten times apart', () => {
    const page = 'One broker expects iFlytek revenue of 1.0 billion to 1.2 billion yuan in 2027. Another sees 10 billion to 12 billion yuan.';
    const low = figureAt(page, 'revenue of 1.0 billion to 1.2 billion yuan', '1.0 billion to 1.2 billion yuan', {
      value: 1e9, valueMax: 1.2e9, unit: 'CNY', entity: 'iflytek', metric: 'revenue', period: '2027', qualifier: 'range', basis: 'forecast',
    });
    const high = figureAt(page, 'Another sees 10 billion to 12 billion yuan', '10 billion to 12 billion yuan', {
      value: 10e9, valueMax: 12e9, unit: 'CNY', entity: 'iflytek', metric: 'revenue', period: '2027', qualifier: 'range', basis: 'forecast',
    });
    const report = checkFigures([low, high], page, db);
    expect(report.figures.map((f) => f.verdict)).not.toContain('page-conflict');
    // the same two ranges as actual results would be a misplaced scale word
    const actual = checkFigures([{ ...low, basis: 'fy' }, { ...high, basis: 'fy' }], page, db);
    expect(actual.figures.map((f) => f.verdict)).toContain('page-conflict');
  });

  test('two different years on one page are not a page conflict', () => {
    const gate = seedText('gate-archie-surge');
    const s = 'API-selling revenue grew from 48 million yuan in 2024 to 190 million yuan';
    const y2024 = figureAt(gate, s, '48 million yuan', { value: 48e6, unit: 'CNY', entity: 'zhipu', metric: 'api-revenue', period: '2024' });
    const y2025 = figureAt(gate, s, '190 million yuan', { value: 190e6, unit: 'CNY', entity: 'zhipu', metric: 'api-revenue', period: '2025' });
    const report = checkFigures([y2024, y2025], gate, db);
    expect(report.figures.map((f) => f.verdict)).not.toContain('page-conflict');
  });
});

describe('arithmetic: a stated ratio against its parts', () => {
  const wanfu = seedText('wanfu-loss-per-yuan');

  test('"a loss of 30 yuan for every yuan" against 6.2 billion yuan of losses on 685 million yuan of revenue', () => {
    const f = figureAt(wanfu, 'For every yuan of revenue, Zhipu AI incurs a loss of 30 yuan.', '30 yuan', {
      value: 30, unit: 'ratio', entity: 'zhipu', metric: 'loss-per-revenue', period: '2021..2024-H1',
    });
    const c = checkFigures([f], wanfu, db).figures[0] as CheckedFigure;
    expect(c.verdict).toBe('arithmetic');
    expect(c.explanation).toMatch(/^Stated 30×, but the parts give net loss 6\.2 billion yuan ÷ revenue 685 million yuan = 9\.05×/);
    expect(c.explanation).toContain('adjusted net loss 4.9 billion yuan ÷ revenue 685 million yuan = 7.15×');
  });

  test.each([
    ['with an R&D expense ratio as high as 439%', '439%', 4.39, 'percent', 'rd-ratio', 'zhipu', /R&D expense 3\.18 billion yuan ÷ revenue 724 million yuan = 439%/],
    // Gate gives MiniMax's R&D and revenue both in dollars and in yuan: either pair checks out
    ['and the R&D expense ratio was 323%', '323%', 3.23, 'percent', 'rd-ratio', 'minimax', /R&D expense (1\.74 billion yuan ÷ revenue 540 million yuan = 322%|US\$253 million ÷ revenue US\$79 million = 320%)/],
    ['it corresponds to about 4.4 yuan in losses', '4.4 yuan', 4.4, 'ratio', 'loss-per-revenue', 'zhipu', /adjusted net loss 3\.18 billion yuan ÷ revenue 724 million yuan = 4\.39×/],
    ['to 190 million yuan, up 296% year over year', '296%', 2.96, 'percent', 'other:api-revenue-growth', 'zhipu', /API revenue 190 million yuan \(2025\) against 48 million yuan \(2024\) = \+296%/],
    ['its share of revenue also increased from 15.5% to 26.3%', '26.3%', 0.263, 'percent', 'api-revenue-share', 'zhipu', /API revenue 190 million yuan ÷ revenue 724 million yuan = 26\.2%/],
  ] as const)('Gate: "%s" checks out', (sentence, text, value, unit, metric, entity, formula) => {
    const gate = seedText('gate-archie-surge');
    const f = figureAt(gate, sentence, text, { value, unit, entity, metric, period: '2025' });
    const c = checkFigures([f], gate, db).figures[0] as CheckedFigure;
    expect(c.verdict).not.toBe('arithmetic');
    expect(c.explanation).toMatch(formula);
  });

  test('AINews: "over 140x price-to-sales" follows from one trillion yuan on 7 billion yuan', () => {
    const ainews = seedText('ainews-trillion-valuation');
    const f = figureAt(ainews, 'This staggering multiple—over 140x price-to-sales', 'over 140x', {
      value: 140, unit: 'ratio', entity: 'zhipu', metric: 'price-to-sales', period: '2026-06', qualifier: 'over',
    });
    const c = checkFigures([f], ainews, db).figures[0] as CheckedFigure;
    expect(c.verdict).not.toBe('arithmetic');
    expect(c.explanation).toContain('valuation 1 trillion yuan ÷ revenue 7 billion yuan = 143×');
  });
});

describe('cumulative spans against single periods', () => {
  test('one year of R&D cannot exceed the 2021 to H1 2024 total that contains it', () => {
    const c = checkOne(bare('6 billion yuan', { value: 6e9, unit: 'CNY', entity: 'zhipu', metric: 'rd-expense', period: '2022' }));
    expect(c.verdict).toBe('conflict');
    expect(c.explanation).toMatch(/^6 billion yuan for 2022 is more than the 4\.4 billion yuan total reported by .* for 2021 to H1 2024, a span that contains it/);
  });

  test('a cumulative figure against a source giving every year of the span: compared with their sum', () => {
    const year = (period: string, value: number) => packClaim({
      id: `pack-zhipu-net-loss-${period.toLowerCase()}`, entity: 'zhipu', metric: 'net-loss', period, value,
      unit: 'CNY', quote: `net loss in ${period}`,
    });
    const extraSources = packSources('en');
    const f = bare('6.2 billion yuan', { value: 6.2e9, unit: 'CNY', entity: 'zhipu', metric: 'net-loss', period: '2021..2024-H1' });
    const agree = [year('2021', 0.8e9), year('2022', 1.4e9), year('2023', 2.5e9), year('2024-H1', 1.5e9)];
    const ok = checkFigures([f], '', db, { extraClaims: agree, extraSources }).figures[0] as CheckedFigure;
    expect(ok.verdict).toBe('consistent');
    expect(ok.claims.filter((c) => c.sourceId === 'pack-source').every((c) => c.verdict === 'consistent')).toBe(true);
    const half = [year('2021', 0.4e9), year('2022', 0.7e9), year('2023', 1.25e9), year('2024-H1', 0.75e9)];
    const bad = checkFigures([f], '', db, { extraClaims: half, extraSources }).figures[0] as CheckedFigure;
    expect(bad.verdict).toBe('conflict');
    expect(bad.explanation).toMatch(/^Pack Times gives 3\.1 billion yuan \(the sum of 2021, 2022, 2023, H1 2024\) for 2021 to H1 2024, not 6\.2 billion yuan: 2 times apart; .* agrees$/);
    // a source missing one of the years gives no sum
    const partial = checkFigures([f], '', db, { extraClaims: half.slice(0, 3), extraSources }).figures[0] as CheckedFigure;
    expect(partial.verdict).toBe('consistent');
  });

  test('a quarter\'s loss larger than the nine months\' is no conflict: another quarter may have made a profit', () => {
    const nineMonths = [packClaim({
      id: 'pack-iflytek-net-loss-9m', entity: 'iflytek', metric: 'net-loss', period: '2025-9M', value: 0.67e8,
      unit: 'CNY', quote: '前三季度归母净利润上年同期为-0.67亿元',
    })];
    const extraSources = packSources('zh');
    const loss = bare('1.93亿元', { value: 1.93e8, unit: 'CNY', entity: 'iflytek', metric: 'net-loss', period: '2025-Q1' });
    const c = checkFigures([loss], '', db, { extraClaims: nineMonths, extraSources }).figures[0] as CheckedFigure;
    expect(c.verdict).not.toBe('conflict');
    // revenue only adds up: a quarter above the nine months still is one
    const revenue = bare('300亿元', { value: 300e8, unit: 'CNY', entity: 'iflytek', metric: 'revenue', period: '2025-Q1' });
    const nineMonthsRevenue = [{ ...nineMonths[0]!, id: 'pack-iflytek-revenue-9m', metric: 'revenue' as const, value: 196e8, quote: '前三季度营收196亿元' }];
    expect((checkFigures([revenue], '', db, { extraClaims: nineMonthsRevenue, extraSources }).figures[0] as CheckedFigure).verdict).toBe('conflict');
  });

  test('a forecast is no total: nine months\' revenue above a full-year forecast beat it, and an actual beside a forecast range is no disagreement', () => {
    const forecast = [packClaim({
      id: 'pack-zhipu-revenue-2026', entity: 'zhipu', metric: 'revenue', period: '2026', value: 10.5e8, valueMax: 11.5e8,
      unit: 'CNY', qualifier: 'range', basis: 'forecast', quote: '预计智谱2026年全年营收将达到10.5亿元至11.5亿元',
    })];
    const extraSources = packSources('zh');
    const nine = bare('1.46 billion yuan', { value: 14.6e8, unit: 'CNY', entity: 'zhipu', metric: 'revenue', period: '2026-9M' });
    expect((checkFigures([nine], '', db, { extraClaims: forecast, extraSources }).figures[0] as CheckedFigure).verdict).not.toBe('conflict');
    const year = bare('1.6 billion yuan', { value: 16e8, unit: 'CNY', entity: 'zhipu', metric: 'revenue', period: '2026' });
    const c = checkFigures([year], '', db, { extraClaims: forecast, extraSources }).figures[0] as CheckedFigure;
    expect(c.claims.find((x) => x.sourceId === 'pack-source')?.verdict).not.toBe('conflict');
  });

  test('a company\'s round dated by its year is no year\'s total: a larger round in one month of it is no conflict', () => {
    const year = [packClaim({
      id: 'pack-moonshot-funding-2026', entity: 'moonshot', metric: 'funding', period: '2026', value: 1.2e9,
      unit: 'USD', quote: 'Moonshot raised US$1.2 billion in 2026',
    })];
    const extraSources = packSources('en');
    const february = bare('US$4 billion', { value: 4e9, unit: 'USD', entity: 'moonshot', metric: 'funding', period: '2026-02' });
    expect((checkFigures([february], '', db, { extraClaims: year, extraSources }).figures[0] as CheckedFigure).verdict).not.toBe('conflict');
    // the market's funding in a quarter above the year's total is still one
    const market = [{ ...year[0]!, id: 'pack-market-funding-2026', entity: 'china-market' as const, value: 10e9, quote: 'Chinese AI start-ups raised US$10 billion in 2026' }];
    const quarter = bare('US$40 billion', { value: 40e9, unit: 'USD', entity: 'china-market', metric: 'funding', period: '2026-Q3' });
    expect((checkFigures([quarter], '', db, { extraClaims: market, extraSources }).figures[0] as CheckedFigure).verdict).toBe('conflict');
  });

  test('another part\'s amount is no total either: a segment\'s nine months against another segment\'s quarter', () => {
    const quarter = [packClaim({
      id: 'pack-kuaishou-segment-revenue-q3', entity: 'kuaishou', metric: 'other:segment-revenue', period: '2026-Q3', value: 218.5e8,
      unit: 'CNY', quote: '線上營銷服務收入按年增長14.1%至218.5億元',
    })];
    const extraSources = packSources('zh');
    const kling = bare('3.71 billion yuan', { value: 37.1e8, unit: 'CNY', entity: 'kuaishou', metric: 'other:segment-revenue', period: '2026-9M', segment: 'kling' });
    expect((checkFigures([kling], '', db, { extraClaims: quarter, extraSources }).figures[0] as CheckedFigure).verdict).not.toBe('conflict');
  });

  test('a year that fits inside the total is only related', () => {
    const c = checkOne(bare('1 billion yuan', { value: 1e9, unit: 'CNY', entity: 'zhipu', metric: 'rd-expense', period: '2022' }));
    expect(c.verdict).toBe('related');
  });

  test('a cumulative total below one of its years is a conflict', () => {
    const c = checkOne(bare('1.5 billion yuan', { value: 1.5e9, unit: 'CNY', entity: 'zhipu', metric: 'rd-expense', period: '2021..2024-H1' }));
    expect(c.verdict).toBe('conflict'); // also below the 4.4 billion stated for the same span
    expect(c.claims.find((x) => x.period === '2023')?.verdict).toBe('conflict');
  });
});

describe('what only looks different is not flagged', () => {
  test('a dollar ARR against a yuan ARR for the same period: consistent, naming the conversion', () => {
    // Gate's "about $250 million" against Daily Economic News's "about 1.7 billion yuan", both at the March 2026 results
    const c = checkOne(bare('about $250 million', { value: 250e6, unit: 'USD', entity: 'zhipu', metric: 'arr', period: '2026-03', qualifier: 'approx', segment: 'api' }));
    expect(c.verdict).toBe('consistent');
    expect(c.explanation).toMatch(/Agrees with Daily Economic News.*1\.7 billion yuan \(≈ US\$241 million at 7\.05 yuan per US dollar \(2026 average\)\)/);
  });

  test('a half-year against the full year is related, never a conflict', () => {
    const wanfu = seedText('wanfu-loss-per-yuan');
    const f = figureAt(wanfu, 'with revenue reaching just 191 million yuan in the first half of 2025', '191 million yuan', {
      value: 191e6, unit: 'CNY', entity: 'zhipu', metric: 'revenue', period: '2025-H1',
    });
    const c = checkFigures([f], wanfu, db).figures[0] as CheckedFigure;
    expect(c.ownClaim).toBe(true);
    expect(c.verdict).toBe('related');
    expect(c.explanation).toMatch(/^No other source gives this for H1 2025; other periods: 724 million yuan for 2025/);
  });

  test('H1 2025 net loss against cumulative losses: related', () => {
    const zai = seedText('zai-business-model');
    const f = figureAt(zai, "Z.ai's answer in H1 2025: 820M RMB net loss", '820M RMB', {
      value: 820e6, unit: 'CNY', entity: 'zhipu', metric: 'net-loss', period: '2025-H1',
    });
    expect(checkFigures([f], zai, db).figures[0]?.verdict).toBe('related');
  });

  test('a Q1 price rise against an April price rise: related', () => {
    const gate = seedText('gate-archie-surge');
    const f = figureAt(gate, "In the first quarter, Zhipu’s API pricing increased by 83%", '83%', {
      value: 0.83, unit: 'percent', entity: 'zhipu', metric: 'price-change', period: '2026-Q1',
    });
    expect(checkFigures([f], gate, db).figures[0]?.verdict).toBe('related');
  });

  test('MiniMax R&D: $253 million against 1.74 billion yuan is within rounding once converted', () => {
    const c = checkOne(bare('$253 million', { value: 253e6, unit: 'USD', entity: 'minimax', metric: 'rd-expense', period: '2025' }));
    expect(c.verdict).toBe('rounding');
    expect(c.explanation).toMatch(/^Within rounding of Gate: 1\.74 billion yuan \(≈ US\$242 million at 7\.18 yuan per US dollar/);
  });

  test('revenue growth of 131.9% on the Daily Economic News page agrees with Gate only, not with itself', () => {
    const nbd = seedText('nbd-zhipu-api');
    const f = figureAt(nbd, 'Total annual revenue was 724 million yuan, up 131.9% year over year', '131.9%', {
      value: 1.319, unit: 'percent', entity: 'zhipu', metric: 'revenue-growth', period: '2025',
    });
    const report = checkFigures([f], nbd, db);
    expect(report.pageSource).toBe('nbd-zhipu-api');
    const c = report.figures[0] as CheckedFigure;
    expect(c.verdict).toBe('consistent');
    expect(c.explanation).toBe('Agrees with Gate: 131.9% for 2025');
    expect(c.claims.find((x) => x.sourceId === 'nbd-zhipu-api')?.verdict).toBe('unchecked');
  });
});

describe('unverified', () => {
  test('a figure only its own page states is not consistent with itself', () => {
    const gate = seedText('gate-archie-surge');
    const f = figureAt(gate, 'revenue from its open platform and enterprise services reached $25.96M', '$25.96M', {
      value: 25.96e6, unit: 'USD', entity: 'minimax', metric: 'api-revenue', period: '2025',
    });
    const c = checkFigures([f], gate, db).figures[0] as CheckedFigure;
    expect(c.ownClaim).toBe(true);
    expect(c.verdict).toBe('unverified');
    expect(c.explanation).toBe("Only this page's own source states MiniMax API revenue; no other source to compare with");
    expect(c.claims.length).toBeGreaterThan(0);
  });

  test('a figure with no company or metric, or nothing in the database', () => {
    expect(checkOne(bare('12%', { value: 0.12, unit: 'percent', entity: null, metric: null, period: null })).verdict).toBe('unverified');
    const c = checkOne(bare('US$5 billion', { value: 5e9, unit: 'USD', entity: 'stepfun', metric: 'revenue', period: '2025' }));
    expect(c.verdict).toBe('unverified');
    expect(c.explanation).toBe('No claim in the database about StepFun revenue');
  });
});

describe('never throws on odd input', () => {
  test.each([
    ['no figures', [] as Figure[], 'text'],
    ['NaN value', [bare('x', { value: Number.NaN, unit: 'CNY', entity: 'zhipu', metric: 'revenue', period: '2025' })], ''],
    ['unknown metric', [bare('x', { value: 1, unit: 'count', entity: 'zhipu', metric: 'other:nothing', period: 'bogus' })], ''],
    ['zero value', [bare('0', { value: 0, unit: 'CNY', entity: 'zhipu', metric: 'revenue', period: '2025' })], ''],
  ])('%s', (_name, figures, text) => {
    const report = checkFigures(figures, text, db);
    expect(report.figures).toHaveLength(figures.length);
    for (const f of report.figures) expect(['conflict', 'magnitude', 'currency', 'arithmetic', 'page-conflict']).not.toContain(f.verdict);
  });
});

describe('options and the facade', () => {
  test('a figure without a period is shown against the latest period as of the page date, as context only', () => {
    const f = bare('190 million yuan', { value: 190e6, unit: 'CNY', entity: 'zhipu', metric: 'revenue', period: null });
    // As of mid-2025 the latest reported revenue is Wan Fu's 191 million yuan for H1 2025: listed first, but not
    // called an agreement (without a period the figure may be of another half)
    const mid2025 = checkFigures([f], '', db, { pageDate: '2025-07' }).figures[0] as CheckedFigure;
    expect(mid2025.verdict).toBe('related');
    expect(mid2025.explanation).toMatch(/^No period stated, so shown for context only; the sources give 191 million yuan for H1 2025 \(/);
    // Later, the full year 2025 (724 million yuan) is the latest: a plain gap without a period is only context
    const later = checkFigures([f], '', db, { pageDate: '2026-06' }).figures[0] as CheckedFigure;
    expect(later.verdict).toBe('related');
  });

  test('the latest period is the latest reported, never a forecast: not a forecast range either', () => {
    const f = bare('2.33 billion yuan', { value: 2.33e9, unit: 'CNY', entity: 'iflytek', metric: 'revenue', period: null });
    const extraClaims = [
      packClaim({
        id: 'pack-iflytek-revenue-2025', entity: 'iflytek', metric: 'revenue', period: '2025', value: 23.3e9,
        unit: 'CNY', quote: 'iFlytek reported 2025 revenue of 23.3 billion yuan',
      }),
      packClaim({
        id: 'pack-iflytek-revenue-2026', entity: 'iflytek', metric: 'revenue', period: '2026', value: 27e9, valueMax: 29e9,
        unit: 'CNY', qualifier: 'range', basis: 'forecast',
        quote: 'iFlytek expects 2026 revenue of 27 billion to 29 billion yuan',
      }),
    ];
    const extraSources = packSources('en');
    const c = checkFigures([f], '', db, { extraClaims, extraSources, pageDate: '2027-03' }).figures[0] as CheckedFigure;
    // an undated figure is set against the latest year reported (2025), where a misplaced scale word shows (as
    // context: a warning needs the period stated); a year only forecast (2026) is no year reported
    expect(c.claims.find((x) => x.claimId === 'pack-iflytek-revenue-2025')?.verdict).toBe('magnitude');
    expect(c.verdict).toBe('related');
  });

  test('claims from an imported pack are checked alongside the database', () => {
    const f = bare('US$5 billion', { value: 5e9, unit: 'USD', entity: 'stepfun', metric: 'valuation', period: '2025' });
    const extraClaims = [
      packClaim({
        id: 'pack-stepfun-valuation-2025', entity: 'stepfun', metric: 'valuation', period: '2025', value: 50e9,
        unit: 'USD', quote: 'StepFun is valued at $50 billion',
      }),
    ];
    const extraSources = packSources('en');
    const c = checkFigures([f], '', db, { extraClaims, extraSources }).figures[0] as CheckedFigure;
    expect(c.verdict).toBe('magnitude');
    expect(c.explanation).toContain('Pack Times');
  });

  test('the claim index is built once per claim list', () => {
    expect(claimIndex(db.claims)).toBe(claimIndex(db.claims));
    expect(claimIndex(db.claims).get('zhipu|revenue')?.length).toBeGreaterThan(3);
  });

  test.each([
    ['empty text', ''],
    ['not a string', 42 as unknown as string],
    ['only digits', '1 2 3 4 5 6 7 8 9 0 %%% $$$ ¥¥¥ 亿亿亿'],
    ['a huge number', 'Zhipu revenue was 1e308 yuan or 999999999999999999999999 trillion yuan in 2025.'],
  ])('analyzeText never throws: %s', (_name, text) => {
    const report = analyzeText(text, db);
    expect(Array.isArray(report.figures)).toBe(true);
  });
});
