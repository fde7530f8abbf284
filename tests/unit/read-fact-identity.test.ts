// Fact identity and evidence, from sentences written for these tests (not taken from any article): the time basis,
// the segment, who a figure belongs to when several companies are named, and how close each cue stands.
import { describe, expect, test } from 'vitest';
import { readFigures } from '../../src/core/read-figures';
import type { Figure } from '../../src/core/types';

function read(text: string, figure: string, pageDate = '2026-03-10'): Figure {
  const f = readFigures(text, { pageDate }).find((x) => x.text === figure);
  if (!f) throw new Error(`no "${figure}" in ${readFigures(text, { pageDate }).map((x) => x.text).join(' | ')}`);
  return f;
}

describe('time basis', () => {
  test.each([
    ['Zhipu posted revenue of 510 million yuan in the first nine months of 2025.', '510 million yuan', '9m'],
    ['Zhipu reported revenue of 724 million yuan for 2025.', '724 million yuan', 'fy'],
    ['MiniMax revenue rose to 50 million dollars in the second quarter of 2025.', '50 million dollars', 'q'],
    ['In the first half of 2025, Zhipu revenue reached 191 million yuan.', '191 million yuan', 'h1'],
    ['Zhipu shares jumped 12% on Tuesday after the results.', '12%', 'daily'],
    ['Zhipu shares have gained 320% since their Hong Kong debut.', '320%', 'since-listing'],
    ['Zhipu shares are up 80% so far this year.', '80%', 'ytd'],
    ['Since its founding in 2019, Zhipu has lost a cumulative 6 billion yuan.', '6 billion yuan', 'cumulative'],
    ['Analysts expect Zhipu revenue of 2 billion yuan in 2026.', '2 billion yuan', 'forecast'],
    ['Moonshot is valued at $4 billion, people familiar said.', '$4 billion', 'point'],
    ['Zhipu now has an annualized revenue run rate of $300 million.', '$300 million', 'run-rate'],
    // (a compared value whose own period is another half keeps its own half's basis)
    ["Zhipu's second-half revenue came to 852 million yuan, against 528 million yuan in the first six months of the year.", '528 million yuan', 'h1'],
    ['MiniMax sales were $113.8 million in the six months through December, up from $72.9 million in the January-June period.', '$72.9 million', 'h1'],
  ])('%s → %s', (text, figure, basis) => {
    expect(read(text, figure).basis).toBe(basis);
  });

  test('a share move with no word for its span has no basis, so it is never compared', () => {
    expect(read('Zhipu stock rose 9% after the announcement.', '9%').basis).toBeNull();
  });
});

describe('segment', () => {
  test.each([
    ['Alibaba said its cloud division revenue rose to 39 billion yuan in the quarter.', '39 billion yuan', 'cloud'],
    ["Baidu's AI Cloud revenue was 10 billion yuan in the third quarter of 2025.", '10 billion yuan', 'cloud'],
    ['Tencent said overseas revenue reached 20 billion yuan in 2025.', '20 billion yuan', 'overseas'],
    // (the cloud named after the revenue word, or by a unit's name that ends in "group")
    ['Alibaba said revenue at its Cloud Intelligence Group rose 32% to 52.6 billion yuan in the quarter.', '52.6 billion yuan', 'cloud'],
    ["Revenue from Baidu's AI Cloud rose 21% to 6.8 billion yuan in the third quarter.", '21%', 'cloud'],
    ['阿里云智能集团收入同比增长34%至398亿元。', '398亿元', 'cloud'],
    ["Baidu's revenue from AI Cloud infrastructure rose 33% to 4.2 billion yuan.", '4.2 billion yuan', null],
    // (the cloud unit's own name as the subject: Baidu's and Tencent's, as Alibaba's)
    ['百度智能云第二季度收入约58亿元，体量仍远大于同行。', '58亿元', 'cloud'],
    ['Tencent Cloud revenue rose 12% to 9 billion yuan in the quarter.', '9 billion yuan', 'cloud'],
    // (the company's cloud arm as the subject, set off by an apposition)
    ["Alibaba's cloud unit, a supplier and rival to both, reported 29% revenue growth for the June quarter.", '29%', 'cloud'],
    // (and a part's business abroad is not the part)
    ["Alibaba's cloud revenue from outside China grew 52% in the March quarter.", '52%', 'cloud overseas'],
    ['Zhipu reported total revenue of 724 million yuan in 2025.', '724 million yuan', null],
    ['Zhipu released GLM-4.5, a model with 355 billion parameters.', '355 billion parameters', 'glm-4.5'],
    ['Moonshot raised $700 million at a pre-money valuation of $4.3 billion in 2026.', '$4.3 billion', 'pre-money'],
    ['The shares closed at HK$120, against an offer price of HK$116.2.', 'HK$116.2', 'offer price'],
  ])('%s → %s', (text, figure, segment) => {
    expect(read(`Zhipu said. ${text}`, figure).segment).toBe(segment);
  });

  // a market share is measured by some yardstick (revenue, tokens served, users, units shipped), and news gives the
  // same company different shares by different yardsticks in one paragraph: each is its own fact
  test.each([
    ['By revenue, Alibaba held 31% of the market in 2025, while ByteDance led by token volume.', '31%', 'by revenue'],
    ['Measured by tokens served, Alibaba had a 22% market share in 2025.', '22%', 'by tokens'],
    ['Alibaba had a 22% market share in 2025 by token volume but 31% by revenue.', '22%', 'by tokens'],
    ['Alibaba had a 22% market share in 2025 by token volume but 31% by revenue.', '31%', 'by revenue'],
    ['按收入计算，2025年阿里巴巴的市场份额为31%。', '31%', 'by revenue'],
    ['按调用量计算，2025年阿里巴巴的市场份额为22%。', '22%', 'by tokens'],
    ['Alibaba had a 22% market share in 2025.', '22%', null],
    // (and a unit's share keeps its unit beside its yardstick)
    ['按收入计算，2025年阿里云的市场份额为31%。', '31%', 'cloud by revenue'],
  ])('a market share keeps its yardstick: %s (%s)', (text, figure, segment) => {
    expect(read(text, figure).metric).toBe('market-share');
    expect(read(text, figure).segment).toBe(segment);
  });

  test('"61% of its revenue now comes from outside China" is a share, not growth', () => {
    expect(read('MiniMax said 61% of its revenue now comes from outside China in 2025.', '61%').metric).toBe('other:revenue-share');
  });
});

describe('whose figure it is', () => {
  test.each([
    ['Alibaba, Tencent and Baidu together spent 300 billion yuan on AI in 2025.', '300 billion yuan'],
    ['MiniMax and Zhipu combined raised more than $1 billion in their listings.', '$1 billion'],
    ['Alibaba and Tencent spent 120 billion yuan on data centres in 2025.', '120 billion yuan'],
  ])('said of several companies at once, it belongs to none: %s', (text, figure) => {
    expect(read(text, figure).entity).toBeNull();
  });

  test.each([
    ["DeepSeek charges $2.19 per million output tokens, compared with OpenAI's $60.", '$60', 'openai'],
    ["MiniMax's app has 20 million users, fewer than ChatGPT's 800 million.", '800 million', 'openai'],
    ['Zhipu revenue grew 130% in 2025, faster than Baidu’s 5%.', '5%', 'baidu'],
  ])('a rival quoted for comparison keeps its own figure: %s', (text, figure, entity) => {
    expect(read(text, figure).entity).toBe(entity);
  });
});

describe('evidence', () => {
  test('company, metric and period stated in the sentence', () => {
    const f = read('Zhipu reported revenue of 724 million yuan for 2025.', '724 million yuan');
    expect(f.evidence).toEqual({
      entity: { text: 'Zhipu', scope: 'sentence' },
      metric: { text: 'revenue', scope: 'sentence' },
      period: { text: '2025', scope: 'sentence' },
    });
  });

  test('a company named only after the figure is no evidence (an unknown or misspelt subject before it)', () => {
    const f = read('Zhipuu revenue rose 20% in 2025, outpacing MiniMax.', '20%');
    expect(f.evidence.entity?.scope).not.toBe('sentence');
  });

  test('a company carried from an earlier paragraph is carried, not stated', () => {
    const f = read('Zhipu listed in January. Analysts were upbeat. Shares in the sector rose.\n\nRevenue was 724 million yuan in 2025.', '724 million yuan');
    expect(f.entity).toBe('zhipu');
    expect(f.evidence.entity?.scope).toBe('carried');
  });

  test('"its" right after a sentence about the company names it in the figure\'s own sentence', () => {
    const f = read('Zhipu released its annual results on Tuesday. Its revenue was 724 million yuan in 2025.', '724 million yuan');
    expect(f.evidence.entity).toEqual({ text: 'Zhipu', scope: 'sentence' });
  });

  test('the page date stands in for the period of a valuation, but not of a past one', () => {
    const now = read('Moonshot is valued at $4 billion, people familiar said.', '$4 billion');
    expect(now.evidence.period?.scope).toBe('page');
    const past = read('Moonshot is raising again, a month after securing funding at a $4.3 billion valuation.', '$4.3 billion');
    expect(past.evidence.period).toBeNull();
  });

  test('a dateline is the date of the report, not the period of the figure', () => {
    const f = read('(Mar 10): Zhipu said its IPO raised US$558 million in Hong Kong.', 'US$558 million');
    expect(f.evidence.period?.scope).not.toBe('sentence');
  });

  test('a restatement in parentheses shares the evidence of what it restates', () => {
    const text = 'Alibaba reported revenue of 247.8 billion yuan ($34.8 billion) for the quarter ended September 30, 2025.';
    expect(read(text, '$34.8 billion').evidence).toEqual(read(text, '247.8 billion yuan').evidence);
  });
});

describe('Chinese words of time right after a Latin name (sentences of our own)', () => {
  test('"MiniMax今年以来", "Kimi累计", "MiniMax市销率" are read as after a Chinese name', () => {
    expect(readFigures('MiniMax今年以来股价累计上涨166%。', { pageDate: '2026-06-11' })[0]!.basis).toBe('ytd');
    expect(readFigures('Kimi累计融资超过40亿美元。', { pageDate: '2026-06-11' })[0]!.basis).toBe('cumulative');
    expect(readFigures('当前MiniMax市销率约40倍。', { pageDate: '2026-06-11' })[0]!.metric).toBe('price-to-sales');
  });
});

describe('tokens a day are a rate, not one day (sentences of our own)', () => {
  test('"日均Token调用量突破50万亿", "50 trillion tokens a day" are a level as of the page; "当日" and "on Monday" are one day', () => {
    expect(readFigures('豆包日均Token调用量已突破50万亿。', { pageDate: '2026-10-11' })[0]!.basis).toBe('point');
    expect(readFigures('Doubao now processes more than 50 trillion tokens a day.', { pageDate: '2026-10-11' })[0]!.basis).toBe('point');
    expect(readFigures('豆包日均Token调用量在国庆当日达到70万亿。', { pageDate: '2026-10-11' })[0]!.basis).toBe('daily');
    expect(readFigures("Doubao's daily token usage hit 70 trillion on Monday.", { pageDate: '2026-10-11' })[0]!.basis).toBe('daily');
  });
});

test('"21% narrower than", "13 per cent smaller than": a loss said smaller after the percent fell (sentences of our own)', () => {
  const f = readFigures('The company reported an adjusted net loss of US$196 million for the nine months, 21% narrower than a year earlier. Its net loss was 13 per cent smaller than a year before.', { pageDate: '2026-11-20' });
  expect(f.find((x) => x.text === '21%')?.value).toBe(-0.21);
  expect(f.find((x) => x.text === '13 per cent')?.value).toBe(-0.13);
});

test('the market a share is of, where its sentence names one (sentences of our own)', () => {
  const f = readFigures("DeepSeek's share of model API calls in China was 14% in the first half, behind Volcano Engine with 46%. Alibaba Cloud held 33.1% of China's AI cloud services market, ahead of Volcano Engine with 17.4%. 上半年阿里云在中国AI云服务市场的份额为33.1%。Zhipu had a 6.6% share of a market the consultancy valued at 13.7 billion yuan.", { pageDate: '2026-09-20' });
  const seg = (t: string, i = 0) => f.filter((x) => x.text === t)[i]?.segment;
  expect(seg('14%')).toBe(', in model api calls');
  expect(seg('46%')).toBe(', in model api calls');
  expect(seg('17.4%')).toBe('cloud, in ai cloud services');
  expect(seg('33.1%', 1)).toBe(', in ai云服务');
  expect(seg('6.6%')).toBeNull();
});

test('"0.8 yuan per million input tokens and 4.8 yuan for output": the side said after the figure is its own (a sentence of our own)', () => {
  const f = readFigures("Alibaba's Qwen3.5-Plus currently charges 0.8 yuan per million input tokens and 4.8 yuan for output.", { pageDate: '2026-09-01' });
  expect(f.find((x) => x.text === '0.8 yuan')!.segment).toBe('qwen3.5-plus input');
  expect(f.find((x) => x.text === '4.8 yuan')!.segment).toBe('qwen3.5-plus output');
});
