// Digit runs that are not figures: dates and years, period tags, clock times, durations, list and section
// numbers, ordinals, phone numbers, version and model names, tickers and codes, index names.
import { describe, expect, test } from 'vitest';
import { readFigures } from '../../src/core/read-figures';

describe('not figures', () => {
  test.each<[string, string]>([
    ['a year', 'In 2025, widely regarded as a key year for large models.'],
    ['a date', 'On March 31, Zhipu released its first set of post-listing results.'],
    ['a Chinese date', '2026年3月31日，智谱发布财报。'],
    ['a short date', 'Aug 28'],
    ['a day and month', 'SenseTime announced results on 27 Aug: good.'],
    ['a slash date and year', '12/24 2025'],
    ['half-year tags', 'SenseTime announced 1H24 results; 2H24E looks better.'],
    ['a forecast span tag', 'We maintain our FY24-26E forecasts.'],
    ['a quarter tag', 'Baidu reported Q3 results.'],
    ['a Chinese quarter', '百度18日公布第3季財報'],
    ['a Chinese half year', '科大讯飞发布2025年上半年财报。'],
    ['a clock time', 'From the hours of 12.30am to 8.30am China time, prices fall.'],
    ['a duration', 'the largest round in the past 12 months'],
    ['a Chinese duration', '刷新过去 12 个月中国大模型赛道单笔融资纪录'],
    ['a run of periods (a sentence of our own)', 'SenseTime has cut its headcount for 10 straight quarters; sales fell for 3 consecutive years.'],
    ['a section number', '/ 01 /'],
    ['a list number', '1. Base-model growth'],
    ['an ordinal', 'It ranked 3rd among open models.'],
    ['a phone number', 'Call 010-12345678 for details.'],
    ['model names', 'GLM-4.6, GLM-130B, Opus 4.6, Qwen2, K2.5, V3, R1 and GPT-4o were compared.'],
    ['model names with sizes', 'Qwen2.5-72B and Llama 3.1-405B and Yi-34B'],
    ['tickers', 'Zhipu (HK02513) trades as 2513.HK; SenseTime is 20.HK (0020).'],
    ['an index name', 'Shanghai’s chip-heavy Star 50 Index rallied.'],
    ['a strategy name', '商湯去年下半年開啟「1+X」新戰略'],
    ['a company name', 'Existing backers include 5Y Capital.'],
    ['a page view counter on its own line', '12/24 2025\n483\n'],
    ['a milestone in words', '科大讯飞营收首次突破百亿元大关'],
    ['a count in words', '单轮融资的企业仅剩三家'],
    ['general words', 'a billion tokens equates to around a million conversations'],
    ['chip names', 'Nvidia A100 and H800 chips and the Huawei Ascend 910B'],
    ['product versions', 'Windows 11 on iPhone 16 with Python 3.12'],
    ['page furniture', '© 2025 Reuters. Updated 3 hours ago · 5 min read · Page 2 of 3'],
    ['a ranking', 'Top 10 AI startups to watch'],
    ['names with numbers', 'COVID-19 and the G20 summit; the 10-K filing; Fortune 500 companies'],
    ['an index by itself', 'The S&P 500 and the Nasdaq 100 opened.'],
    ['a phone number with a country code', 'Contact: +86 10 6552 9988'],
    ['a date and time', '2025-01-15 10:30'],
    ['Chinese words with numerals', '近三年来，两会期间，一带一路，四小龙，十四五规划，万一出现问题，千亿级市场，一成不变'],
    ['a founding year', 'Zhipu AI was founded in 2019 by a team from Tsinghua.'],
  ])('%s: %s', (_name, sentence) => {
    expect(readFigures(sentence).map((f) => f.text)).toEqual([]);
  });

  test('a figure inside a date-like context is still a figure', () => {
    expect(readFigures('Zhipu shares rose 31.8% on March 31.').map((f) => f.text)).toEqual(['31.8%']);
    expect(readFigures('2026年3月31日，智谱营收7.24亿元').map((f) => f.text)).toEqual(['7.24亿元']);
  });

  test('a model name and a parameter count side by side', () => {
    const figs = readFigures('GLM-130B: A 130-billion parameter model.');
    expect(figs.map((f) => [f.text, f.value, f.unit])).toEqual([['130-billion parameter', 130e9, 'parameters']]);
  });
});

describe('numbers after words that look like references (sentences of our own)', () => {
  test('"shares slide 6.5%" is a move, not slide 6; a page or a slide number without a unit stays none', () => {
    expect(readFigures('MiniMax raises HK$11.3 billion in placement, shares slide 6.5%').map((f) => f.text)).toEqual(['HK$11.3 billion', '6.5%']);
    expect(readFigures('See slide 6 and page 12 of the deck.').map((f) => f.text)).toEqual([]);
  });
  test('"fell c.55%", "c. RMB2bn": a broker\'s circa, an approximate figure', () => {
    const figs = readFigures('Blended list prices fell c.55% YoY in 3Q26, and API revenue was c. RMB2bn.');
    expect(figs.map((f) => [f.text, f.qualifier])).toEqual([['55%', 'approx'], ['RMB2bn', 'approx']]);
  });
});
