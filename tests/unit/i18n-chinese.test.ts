// Chinese as a Chinese financial report writes it: 亿 and 万 for amounts, 上半年 and 前三季度 for periods, and the
// popover's sentences and detail lines from the catalogs; the lookup follows Chrome's substitution rules. Every
// expected string is written by hand.
import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../src/core/analyze';
import { bundledDatabase } from '../../src/core/bundled-database';
import { checkFigures } from '../../src/core/check/check-figures';
import { explanationIn } from '../../src/core/check/explain-in';
import { formatValue } from '../../src/core/check/format-value';
import { periodInWords } from '../../src/core/check/periods';
import { sourceLabel } from '../../src/core/check/source-label';
import { summarySentence, SUMMARY_MAX_CHARS_ZH } from '../../src/core/check/summary-sentence';
import { entityLabel, metricLabel } from '../../src/core/i18n/labels';
import { chooseLanguage, langOf, translate } from '../../src/core/i18n/translate';
import { ENTITY_IDS, METRIC_IDS } from '../../src/core/vocabulary';
import type { CheckedFigure, ClaimComparison } from '../../src/core/types';
import { verdictLabel } from '../../src/ui/shared/verdicts';
import { figureAt, SEED_FILES, seedText, type SeedId } from './check-helpers';

describe('amounts in 万 and 亿', () => {
  test.each<[number, Parameters<typeof formatValue>[1], string]>([
    [7e9, 'CNY', '70亿元'],
    [724e6, 'CNY', '7.24亿元'],
    [140e9, 'USD', '1400亿美元'],
    [2.7e6, 'count', '270万'],
    [660_000, 'count', '66万'],
    [1.2e12, 'CNY', '1.2万亿元'],
    [309.2e9, 'HKD', '3092亿港元'],
    [8_500, 'count', '8500'],
    [0.318, 'percent', '31.8%'],
    [60, 'ratio', '60倍'],
    [0.03, 'percentage-points', '3个百分点'],
    [671e9, 'parameters', '6710亿个参数'],
    [-1.5e9, 'CNY', '-15亿元'],
  ])('%d %s → %s', (value, unit, expected) => {
    expect(formatValue(value, unit, 4, null, 'zh')).toBe(expected);
  });

  test('a range names its unit once', () => {
    expect(formatValue(3e8, 'CNY', 4, 5e8, 'zh')).toBe('3亿至5亿元');
    expect(formatValue(0.2, 'percent', 4, 0.25, 'zh')).toBe('20%至25%');
  });

  test('English is unchanged', () => {
    expect(formatValue(724e6, 'CNY')).toBe('724 million yuan');
    expect(formatValue(140e9, 'USD', 4, null, 'en')).toBe('US$140 billion');
  });
});

describe('periods', () => {
  test.each<[string, string | null, string]>([
    ['2025', null, '2025年'],
    ['2025', 'fy', '2025年全年'],
    ['2025-H1', null, '2025年上半年'],
    ['2025-H2', null, '2025年下半年'],
    ['2025-9M', null, '2025年前三季度'],
    ['2026-Q1', null, '2026年第一季度'],
    ['2026-03', 'point', '截至2026年3月'],
    ['2026-03', null, '2026年3月'],
    ['2021..2024-H1', 'cumulative', '2021年至2024年上半年'],
    ['2025-H1..2025-H2', null, '2025年'],
  ])('%s (%s) → %s', (period, basis, expected) => {
    expect(periodInWords(period, basis, 'zh')).toBe(expected);
  });

  test('no period', () => expect(periodInWords(null, null, 'zh')).toBe('未说明'));
});

describe('the catalogs, read as Chrome reads them', () => {
  test('named placeholders take the substitutions in order', () => {
    expect(translate('en', 'popoverOtherSources', [3])).toBe('Other sources (3)');
    expect(translate('zh', 'popoverOtherSources', [3])).toBe('其他来源（3）');
    expect(translate('zh', 'summaryDisagreeOne', ['本页', '70亿元', 'Gate', '7.24亿元', '相差约10倍', '，疑为数量级写错'])).toBe(
      '本页为70亿元，Gate为7.24亿元，相差约10倍，疑为数量级写错。',
    );
  });

  test('a substituted value is never read again, and a missing one is empty', () => {
    expect(translate('en', 'popoverStatedAs', ['$1 and $value$'])).toBe(' (stated as $1 and $value$)');
    expect(translate('en', 'popoverStatedAs')).toBe(' (stated as )');
  });

  test('an unknown key is empty', () => expect(translate('zh', 'noSuchKey')).toBe(''));

  test('company and metric names', () => {
    expect(entityLabel('zhipu', 'zh')).toBe('智谱');
    expect(entityLabel('moonshot', 'zh')).toBe('月之暗面（Kimi）');
    expect(metricLabel('revenue', 'zh')).toBe('营收');
    expect(metricLabel('net-loss', 'zh')).toBe('净亏损');
    expect(entityLabel('zhipu')).toBe('Zhipu AI (Z.ai)');
    // every company and metric of the vocabulary has a Chinese name in the catalog
    for (const id of ENTITY_IDS) expect(entityLabel(id, 'zh'), id).not.toBe('');
    for (const id of METRIC_IDS) expect(metricLabel(id, 'zh'), id).toMatch(/[\u4e00-\u9fff]|^[A-Za-z-]+(得分)?$/);
  });

  test('verdict labels', () => {
    expect(verdictLabel('magnitude', 'zh')).toBe('疑为数量级写错');
    expect(verdictLabel('page-conflict', 'zh')).toBe('本页前后矛盾');
    expect(verdictLabel('page-conflict')).toBe('Page contradicts itself');
  });
});

describe('which language', () => {
  test.each<[Parameters<typeof chooseLanguage>[0], string | null, string | null, string]>([
    ['browser', 'zh-CN', 'en', 'zh'],
    ['browser', 'en-GB', 'zh-CN', 'en'],
    ['browser', 'fr', null, 'en'],
    ['page', 'en-US', 'zh-CN', 'zh'],
    ['page', 'zh-CN', 'en', 'en'],
    ['page', 'zh-TW', 'fr', 'zh'],
    ['page', 'en-US', null, 'en'],
    ['en', 'zh-CN', 'zh-CN', 'en'],
    ['zh', 'en-US', 'en', 'zh'],
  ])('%s with browser %s and page %s → %s', (setting, browser, page, expected) => {
    expect(chooseLanguage(setting, browser, page)).toBe(expected);
  });

  test('tags', () => {
    expect(langOf('zh_CN')).toBe('zh');
    expect(langOf('ZH-hans-cn')).toBe('zh');
    expect(langOf('english')).toBeNull();
  });
});

const db = bundledDatabase();
const name = (id: string) => sourceLabel(db.sources.find((s) => s.id === id), id);

describe('the popover in Chinese', () => {
  test("AINews's 7 billion yuan of revenue: the sentence and the detail line", () => {
    const ainews = seedText('ainews-trillion-valuation');
    const f = figureAt(ainews, 'with only 7 billion yuan in revenue, challenging', '7 billion yuan', {
      value: 7e9, unit: 'CNY', entity: 'zhipu', metric: 'revenue', period: null,
    });
    const report = checkFigures([f], ainews, db);
    const figure = report.figures[0]!;
    const ctx = { name, pageSource: report.pageSource, lang: 'zh' as const };
    expect(summarySentence(figure, ctx)).toBe('AINews为70亿元，另有两个来源为7.24亿元，相差约10倍，疑为数量级写错。');
    expect(explanationIn(figure, ctx)).toMatch(/^Daily Economic News和Gate给出的2025年数字为7\.24亿元，而非70亿元，相差9\.\d+倍，疑为数量级写错$/);
    // English stays the checker's own line
    expect(explanationIn(figure, { ...ctx, lang: 'en' })).toBe(figure.explanation);
  });

  const claim = (over: Partial<ClaimComparison>): ClaimComparison => ({
    claimId: 'c', sourceId: 'gate-archie-surge', period: '2025', value: 724e6, valueMax: null, unit: 'CNY',
    originalValue: 724e6, originalUnit: 'CNY', verdict: 'consistent', quote: 'q', ...over,
  });
  const figure = (over: Partial<CheckedFigure>): CheckedFigure => ({
    text: '7.24亿元', start: 0, end: 6, value: 724e6, valueMax: null, unit: 'CNY', kind: 'money',
    qualifier: 'exact', entity: 'zhipu', metric: 'revenue', period: '2025', basis: 'fy', segment: null,
    evidence: { entity: null, metric: null, period: null }, verdict: 'consistent', explanation: 'x', claims: [],
    ownClaim: false, flagged: false, ...over,
  });
  const zh = { name, pageSource: null, lang: 'zh' as const };

  test.each<[string, Partial<CheckedFigure>, string, string]>([
    ['one source agrees', { claims: [claim({})] }, 'Gate给出的同样是7.24亿元，与数据库一致。', '与Gate一致：2025年为7.24亿元'],
    [
      'a rounding gap',
      { value: 7.2e8, verdict: 'rounding', claims: [claim({ verdict: 'rounding' }), claim({ sourceId: 'nbd-zhipu-api', verdict: 'rounding' })] },
      '另有两个来源为7.24亿元，与这一数字接近，差距在四舍五入范围内。',
      '与Gate和Daily Economic News相差在四舍五入范围内：2025年为7.24亿元',
    ],
    [
      'dollars for yuan',
      { value: 100e6, unit: 'USD', verdict: 'currency', flagged: true, claims: [claim({ value: 100.6e6, unit: 'USD', verdict: 'currency' })] },
      '本页为1亿美元，Gate为1.01亿美元，相差1%，疑为人民币与美元混淆。',
      'Gate给出的2025年数字为1.006亿美元，而非1亿美元，相差0.6%，疑为人民币与美元混淆',
    ],
    [
      'other periods only',
      { verdict: 'related', period: '2025-H1', claims: [claim({ verdict: 'related' }), claim({ period: '2025-9M', value: 5e8, originalValue: 5e8, verdict: 'related' })] },
      '没有来源给出同期的这一数字，但有一个来源给出了其他期间的数字。',
      '没有来源给出2025年上半年的这一数字；其他期间：2025年7.24亿元（Gate）；2025年前三季度5亿元（Gate）',
    ],
    ['nothing in the database', { verdict: 'unverified' }, '数据库中没有来源提到这一数字。', '数据库中没有关于智谱营收的数据'],
    [
      'a guess is not compared',
      { verdict: 'conflict', flagged: false, claims: [claim({ value: 7e9, originalValue: 7e9, verdict: 'conflict' })] },
      '未比对：文中没有说清这一数字指的是哪家公司、哪项指标或哪个期间。',
      '未比对：文中没有说清这一数字指的是哪家公司、哪项指标或哪个期间。各来源给出：2025年70亿元（Gate）',
    ],
  ])('%s', (_, over, sentence, detail) => {
    const f = figure(over);
    expect(summarySentence(f, zh)).toBe(sentence);
    expect(explanationIn(f, zh)).toBe(detail);
  });

  test.each(Object.keys(SEED_FILES) as SeedId[])('%s: every figure gets a Chinese sentence and detail line', (id) => {
    const report = analyzeText(seedText(id), db);
    const ctx = { name, pageSource: report.pageSource, lang: 'zh' as const };
    for (const f of report.figures) {
      const sentence = summarySentence(f, ctx);
      expect([...sentence].length, sentence).toBeLessThanOrEqual(SUMMARY_MAX_CHARS_ZH);
      expect(sentence, sentence).toMatch(/[\u4e00-\u9fff]/);
      expect(sentence, sentence).toMatch(/。$/);
      // no English scale word or English verdict text slips into the Chinese (source names and quotes are data)
      const detail = explanationIn(f, ctx);
      expect(detail.replace(/（[^）]*）/g, ''), detail).not.toMatch(/\b(million|billion|yuan|gives|sources?)\b/);
      expect(detail, detail).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

test('parts given by name fill the placeholders of that name, in either language', () => {
  expect(translate('en', 'subsErrorUnreachable', { host: 'example.com' })).toBe('Could not reach example.com.');
  expect(translate('zh', 'subsErrorUnreachable', { host: 'example.com' })).toBe('无法连接 example.com。');
  // the same parts in order
  expect(translate('en', 'subsErrorUnreachable', ['example.com'])).toBe('Could not reach example.com.');
});
