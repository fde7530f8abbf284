// Table of figure forms in English and Chinese: each row is a real-looking sentence, the figure's text as found,
// and its value, unit, kind and qualifier.
import { describe, expect, test } from 'vitest';
import { readFigures } from '../../src/core/read-figures';

type Row = [sentence: string, text: string, value: number, unit: string, qualifier?: string, valueMax?: number];

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

function check([sentence, text, value, unit, qualifier, valueMax]: Row) {
  const figures = readFigures(sentence);
  const f = figures.find((x) => x.text === text);
  expect(f, `no figure "${text}" in: ${figures.map((x) => x.text).join(' | ')}`).toBeDefined();
  expect(sentence.slice(f!.start, f!.end)).toBe(f!.text);
  expect(close(f!.value, value), `value ${f!.value} ≠ ${value}`).toBe(true);
  expect(f!.unit).toBe(unit);
  if (qualifier) expect(f!.qualifier).toBe(qualifier);
  if (valueMax !== undefined) expect(f!.valueMax).toBe(valueMax);
}

describe('money in English', () => {
  test.each<Row>([
    ['For the full year, revenue reached 724 million yuan, up 131.9% year over year.', '724 million yuan', 724e6, 'CNY', 'exact'],
    ['The adjusted net loss reached 3.18B yuan.', '3.18B yuan', 3.18e9, 'CNY'],
    ['Its ARR was RMB 1.7 billion at year-end.', 'RMB 1.7 billion', 1.7e9, 'CNY'],
    ['total revenue grew by 21% YoY to RMB1.74bn, largely in line with our estimate', 'RMB1.74bn', 1.74e9, 'CNY'],
    ['The company booked ¥7 billion in orders.', '¥7 billion', 7e9, 'CNY'],
    ['Zhipu raised US$250 million from state funds.', 'US$250 million', 250e6, 'USD'],
    ['GLM-4 costs $1.20 per 1M tokens.', '$1.20', 1.2, 'USD'],
    ['The listing raised HK$4.3 billion.', 'HK$4.3 billion', 4.3e9, 'HKD'],
    ['Zhipu (HK02513, share price 693.5 HKD, market cap 309.2 billion HKD)', '309.2 billion HKD', 309.2e9, 'HKD'],
    ['Its market value was 4.3B HKD on debut.', '4.3B HKD', 4.3e9, 'HKD'],
    ['revenue from its open platform reached $25.96M, up 197.8% year over year', '$25.96M', 25.96e6, 'USD'],
    ['Total Pre-IPO Funding 8.3B+ RMB', '8.3B+ RMB', 8.3e9, 'CNY', 'over'],
    ['Revenue (H1 2025): 61.28M RMB', '61.28M RMB', 61.28e6, 'CNY'],
    ['Annual contract value ranges 300–500M RMB.', '300–500M RMB', 300e6, 'CNY', 'range', 500e6],
    ['the top of a marketed range of HK$151 to HK$165', 'HK$151 to HK$165', 151, 'HKD', 'range', 165],
    ['It expects between $1 billion and $2 billion in revenue.', '$1 billion and $2 billion', 1e9, 'USD', 'range', 2e9],
    // (two amounts joined by 至 alone are a range; "从/由 X至Y" is where a move starts and ends)
    ['分析师认为，百度今年资本开支或达210亿元至230亿元。', '210亿元至230亿元', 210e8, 'CNY', 'range', 230e8],
    // (a year, then the level reached: no range from 2026)
    ['bringing capex in the first nine months of calendar 2026 to 96.4 billion yuan', '96.4 billion yuan', 96.4e9, 'CNY'],
    ['IPO Market Cap at Listing51B+ HKD', '51B+ HKD', 51e9, 'HKD', 'over'],
    ['As of February 2026, the company’s ARR has surpassed $150 million.', '$150 million', 150e6, 'USD', 'over'],
    ['its ARR was about 1.7 billion yuan', '1.7 billion yuan', 1.7e9, 'CNY', 'approx'],
    ['OpenAI lost $2.8bn last year.', '$2.8bn', 2.8e9, 'USD'],
    ['Moonshot secured $500m in funding.', '$500m', 500e6, 'USD'],
    ['a market valuation exceeding one trillion yuan (approximately $140 billion)', 'one trillion yuan', 1e12, 'CNY', 'over'],
    ['a market valuation exceeding one trillion yuan (approximately $140 billion)', '$140 billion', 140e9, 'USD', 'approx'],
    ['Zhipu AI commands a trillion-dollar valuation with only 7 billion yuan in revenue', 'a trillion-dollar', 1e12, 'USD', 'approx'],
    ['Zhipu (HK02513, share price 693.5 HKD, market cap 309.2 billion HKD)', '693.5 HKD', 693.5, 'HKD'],
    ['OpenAI’s o1 is priced at US$15 per million input tokens', 'US$15', 15, 'USD'],
  ])('%s → %s', (...row) => check(row));
});

describe('money in Chinese', () => {
  test.each<Row>([
    ['智谱2025年营收7.24亿元,同比增长131.9%。', '7.24亿元', 7.24e8, 'CNY'],
    ['全年收入724百万元。', '724百万元', 724e6, 'CNY'],
    ['公司完成1.7亿美元融资。', '1.7亿美元', 1.7e8, 'USD'],
    ['市值达3090亿港元。', '3090亿港元', 3.09e11, 'HKD'],
    ['募资约25亿元。', '25亿元', 2.5e9, 'CNY', 'approx'],
    ['年化收入超过1.5亿美元。', '1.5亿美元', 1.5e8, 'USD', 'over'],
    ['百度第3季財報營收人民幣311.7億元，年減7%', '人民幣311.7億元', 311.7e8, 'CNY'],
    ['宣布完成超 50 亿元人民币 B+ 轮融资', '50 亿元人民币', 5e9, 'CNY', 'over'],
    ['收入为７２４亿元', '７２４亿元', 724e8, 'CNY'],
    ['估值一万亿元', '一万亿元', 1e12, 'CNY'],
    ['归母净利润为-2.39亿元,2024年同期为-4亿元', '-2.39亿元', 2.39e8, 'CNY'],
    ['截至8月21日A股收盘,科大讯飞当天上涨2.43%,报收52.22元', '52.22元', 52.22, 'CNY'],
  ])('%s → %s', (...row) => check(row));
});

describe('percentages and changes', () => {
  test.each<Row>([
    ['Total annual revenue was 724 million yuan, up 131.9% year over year', '131.9%', 1.319, 'percent'],
    ['Today, Zhipu’s stock price rose by 31.8%.', '31.8%', 0.318, 'percent'],
    ['MiniMax shares dropped 23% on Monday.', '23%', -0.23, 'percent'],
    ['Zhipu’s API pricing increased by 83%', '83%', 0.83, 'percent'],
    ['Baidu revenue fell 7% in the quarter.', '7%', -0.07, 'percent'],
    ['API access to the V3 model will be available at a 50 per cent discount.', '50 per cent', -0.5, 'percent'],
    ['its share of revenue also increased from 15.5% to 26.3%.', '15.5%', 0.155, 'percent'],
    ['its share of revenue also increased from 15.5% to 26.3%.', '26.3%', 0.263, 'percent'],
    ['net loss margin improving by 33ppt YoY to -134%', '-134%', -1.34, 'percent'],
    ['net loss margin improving by 33ppt YoY to -134%', '33ppt', 0.33, 'percentage-points'],
    ['gross margin fell 5 percentage points', '5 percentage points', -0.05, 'percentage-points'],
    ['商湯今年上半年收入按年增36%至23.58億元', '36%', 0.36, 'percent'],
    ['營收人民幣311.7億元，年減7%', '7%', -0.07, 'percent'],
    ['归母净利润相当于同比减亏40.37%', '40.37%', -0.4037, 'percent'],
    ['營收同比增长131.9%', '131.9%', 1.319, 'percent'],
    ['约三成收入来自API', '三成', 0.3, 'percent'],
    ['compared with an almost 3% decline in the Hang Seng Technology Index', '3%', -0.03, 'percent', 'approx'],
  ])('%s → %s', (...row) => check(row));
});

describe('counts and multiples', () => {
  test.each<Row>([
    ['2.7M+ API paying users (2025)', '2.7M+', 2.7e6, 'count', 'over'],
    ['The company has 800+ employees.', '800+', 800, 'count', 'over'],
    ['A 130-billion parameter model trained on 1.4 trillion tokens of Chinese and English data.', '1.4 trillion tokens', 1.4e12, 'tokens'],
    ['A 130-billion parameter model trained on 1.4 trillion tokens of Chinese and English data.', '130-billion parameter', 130e9, 'parameters'],
    ['ARR was about 1.7 billion yuan, increasing 60-fold within 12 months', '60-fold', 60, 'ratio'],
    ['This staggering multiple—over 140x price-to-sales', '140x', 140, 'ratio', 'over'],
    ['Zhipu’s valuation is 3x higher than Baidu’s entire AI division', '3x', 3, 'ratio'],
    ['with over 30,000 stars on its GitHub repository.', '30,000', 30000, 'count', 'over'],
    ['705k new vehicles were delivered in 1H24, up 80% YoY.', '705k', 705e3, 'count'],
    ['daily token usage jumped from 12.7 trillion tokens in March', '12.7 trillion tokens', 12.7e12, 'tokens'],
    ['ARR increased 60倍', '60倍', 60, 'ratio'],
    ['蘿蔔快跑Q3全球出行服務次數達310萬，年增', '310萬', 3.1e6, 'count'],
    ['2025 年,中国大模型模型层公司仅完成 22 笔融资', '22', 22, 'count'],
    ['用户数达两千万', '两千万', 2e7, 'count'],
  ])('%s → %s', (...row) => check(row));
});

describe('slash lists', () => {
  test('RMB3.5/2.5/1.7bn over FY24-26E is three figures for 2024, 2025 and 2026', () => {
    const s = 'we expect larger adjusted net loss of RMB3.5/2.5/1.7bn over FY24-26E (previous: RMB3.1/2.3/1.6bn)';
    const figs = readFigures(s, { pageDate: '2024-08-28' });
    expect(figs.map((f) => [f.text, f.value, f.unit, f.period, f.qualifier])).toEqual([
      ['RMB3.5', 3.5e9, 'CNY', '2024', 'forecast'],
      ['2.5', 2.5e9, 'CNY', '2025', 'forecast'],
      ['1.7bn', 1.7e9, 'CNY', '2026', 'forecast'],
      ['RMB3.1', 3.1e9, 'CNY', '2024', 'forecast'],
      ['2.3', 2.3e9, 'CNY', '2025', 'forecast'],
      ['1.6bn', 1.6e9, 'CNY', '2026', 'forecast'],
    ]);
    expect(figs.every((f) => f.metric === 'adjusted-net-loss')).toBe(true);
  });
  test('the years as a span or a slash list without the "E" give one year per item too (sentences of our own)', () => {
    const three = readFigures("A broker forecasts Zhipu's revenue at 1.52/2.64/4.10 billion yuan for 2026-28.", { pageDate: '2026-09-20' });
    expect(three.map((f) => [f.text, f.period, f.qualifier])).toEqual([
      ['1.52', '2026', 'forecast'],
      ['2.64', '2027', 'forecast'],
      ['4.10 billion yuan', '2028', 'forecast'],
    ]);
    const two = readFigures('Another analyst pencils in $352m/$596m of revenue for MiniMax in 2026/27.', { pageDate: '2026-09-20' });
    expect(two.map((f) => [f.text, f.period, f.qualifier])).toEqual([
      ['$352m', '2026', 'forecast'],
      ['$596m', '2027', 'forecast'],
    ]);
    // (a list as long as no span of years after it keeps the year it has)
    const other = readFigures("Zhipu's revenue was 0.3/0.5 billion yuan in the two halves, a broker said in 2026-28 notes.", { pageDate: '2026-09-20' });
    expect(other.map((f) => f.period)).not.toContain('2027');
  });
});

describe('qualifiers', () => {
  test.each<[string, string, string]>([
    ['The current API service ARR is about $250 million', '$250 million', 'approx'],
    ['and is expected to reach $1 billion by year-end.', '$1 billion', 'forecast'],
    ['Analysts had projected 242.65 billion yuan.', '242.65 billion yuan', 'forecast'],
    ['Cloud revenue was 52.6 billion yuan, beating the 51.1 billion yuan analysts had pencilled in.', '51.1 billion yuan', 'forecast'],
    ['Revenue fell short of the $200 million the market expected.', '$200 million', 'forecast'],
    ["A broker's base case values Moonshot at $9.5 billion.", '$9.5 billion', 'forecast'],
    ['市场预计快手三季度总营收约386亿元，同比增长7.4%。', '7.4%', 'forecast'],
    ["Analysts expect Kuaishou's third-quarter revenue of 38.6 billion yuan, up 7.4% from a year earlier.", '7.4%', 'forecast'],
    ["Kuaishou's third-quarter revenue was 38.9 billion yuan, up 8.2% from a year earlier.", '8.2%', 'exact'],
    ['The company has nearly 2 billion yuan in cash.', '2 billion yuan', 'approx'],
    ['Baichuan’s valuation swelled past US$2.7 billion', 'US$2.7 billion', 'over'],
    ['It raised at least $300 million.', '$300 million', 'over'],
    ['The fund can invest up to $50 million.', '$50 million', 'under'],
    ['The deal was worth less than $10 million.', '$10 million', 'under'],
    ['~200B parameters', '~200B', 'approx'],
    ['公司预计2026年营收将达50亿元', '50亿元', 'forecast'],
    ['同比增幅超17%', '17%', 'over'],
    ['营收逾100亿元', '100亿元', 'over'],
    ['员工近800人', '800', 'approx'],
  ])('%s → %s is %s', (sentence, text, qualifier) => {
    const f = readFigures(sentence).find((x) => x.text.includes(text.replace('~', '')));
    expect(f, readFigures(sentence).map((x) => x.text).join(' | ')).toBeDefined();
    expect(f!.qualifier).toBe(qualifier);
  });
});

describe('robustness', () => {
  test.each<unknown>(['', 'no digits here', '%%%', '$', '1'.repeat(5000), 'RMB/', '１２３', null, undefined, 42])(
    'odd input %# gives figures without throwing',
    (input) => {
      expect(() => readFigures(input as string)).not.toThrow();
      expect(Array.isArray(readFigures(input as string))).toBe(true);
    },
  );

  test('figures come in text order with offsets into the text', () => {
    const s = 'Revenue rose 9% to 196.46 billion RMB; capex was 31.9 billion RMB (approximately $4.4 billion).';
    const figs = readFigures(s);
    expect(figs.map((f) => f.text)).toEqual(['9%', '196.46 billion RMB', '31.9 billion RMB', '$4.4 billion']);
    for (const f of figs) expect(s.slice(f.start, f.end)).toBe(f.text);
  });
});

describe('guidance given as a range with both ends written whole', () => {
  test('"expects revenue of 31 billion yuan to 32.5 billion yuan" is one range, a forecast in time', () => {
    const figs = readFigures('Baidu expects fourth-quarter 2026 revenue of 31 billion yuan to 32.5 billion yuan.');
    expect(figs.map((f) => [f.text, f.value, f.valueMax, f.qualifier, f.basis])).toEqual([['31 billion yuan to 32.5 billion yuan', 31e9, 32.5e9, 'range', 'forecast']]);
    // ("rose 48 million yuan to 190 million yuan" is a change and a level, two figures)
    expect(readFigures('In 2025 revenue rose 48 million yuan to 190 million yuan.').map((f) => f.text)).toEqual(['48 million yuan', '190 million yuan']);
  });
});

describe('guidance with a shared scale', () => {
  test('"guided for revenue of 1.5 billion to 1.8 billion yuan" is one range', () => {
    expect(readFigures('In March 2026 management guided for revenue of 1.5 billion to 1.8 billion yuan this year.').map((f) => [f.value, f.valueMax])).toEqual([[1.5e9, 1.8e9]]);
  });
});

test('"由50亿元增至60亿元" and "从50亿元至60亿元" are two figures, where a move starts and where it ends', () => {
  expect(readFigures('收入由50亿元增至60亿元。').map((f) => f.text)).toEqual(['50亿元', '60亿元']);
  expect(readFigures('市值从500亿元至600亿元。').map((f) => f.text)).toEqual(['500亿元', '600亿元']);
});

describe('ranges with both ends written whole, and numbers of reference (sentences of our own)', () => {
  test('"puts its revenue at 2.8 billion yuan to 3.5 billion yuan ($390 million to $490 million)" is one range, and its conversion another', () => {
    const f = readFigures('A research firm puts DeepSeek’s revenue for this year at 2.8 billion yuan to 3.5 billion yuan ($390 million to $490 million).', { pageDate: '2026-06-12' });
    expect(f.map((x) => [x.text, x.qualifier, x.value, x.valueMax])).toEqual([
      ['2.8 billion yuan to 3.5 billion yuan', 'range', 2.8e9, 3.5e9],
      ['$390 million to $490 million', 'range', 3.9e8, 4.9e8],
    ]);
    // (a move from one level to another stays two figures)
    expect(readFigures('Revenue rose from $380 million to $420 million in 2025.', { pageDate: '2026-06-12' })).toHaveLength(2);
  });

  test('"in paragraph 3 to 27%" starts no range at the paragraph number', () => {
    const f = readFigures('(Corrects cloud revenue growth in paragraph 3 to 27% from 37%)', { pageDate: '2026-06-12' });
    expect(f.map((x) => x.text)).toEqual(['27%', '37%']);
  });
});

describe('two amounts in one currency and one scale joined by "to" (sentences of our own)', () => {
  test('"at a valuation of $18 billion to $20 billion", "could raise $2 billion to $3 billion" are one range each', () => {
    const f = readFigures('Kimi’s maker is in talks to raise money at a valuation of $18 billion to $20 billion. A listing next year could raise $2 billion to $3 billion.', { pageDate: '2026-10-05' });
    expect(f.map((x) => [x.text, x.qualifier, x.value, x.valueMax])).toEqual([
      ['$18 billion to $20 billion', 'range', 18e9, 20e9],
      ['$2 billion to $3 billion', 'range', 2e9, 3e9],
    ]);
  });

  test('a move stays two figures: "from $18 billion to $20 billion", "by $5 billion to $40 billion", "to HK$20 billion"', () => {
    const opts = { pageDate: '2026-10-05' };
    expect(readFigures('Its valuation climbed from about $18 billion to $20 billion in a year.', opts)).toHaveLength(2);
    expect(readFigures('Alibaba raised its spending plan by $5 billion to $40 billion.', opts)).toHaveLength(2);
    expect(readFigures('The fund grew $2 billion to HK$20 billion.', opts)).toHaveLength(2);
  });

  test('"planning for revenue of 2.5 billion to 3 billion yuan": one scale at both ends, the unit after the second, is one range; a cut is a move', () => {
    const opts = { pageDate: '2026-10-05' };
    expect(readFigures('MiniMax is planning for revenue of 2.5 billion to 3 billion yuan next year.', opts).map((x) => [x.text, x.value, x.valueMax])).toEqual([['2.5 billion to 3 billion yuan', 2.5e9, 3e9]]);
    expect(readFigures('MiniMax cut its spending plan of 2.5 billion to 2 billion yuan.', opts)).toHaveLength(2);
  });
});

describe('a figure that is itself the analysts’ forecast (sentences of our own)', () => {
  test('"beating the 189 billion yuan average of analyst estimates", "the 185 billion yuan consensus estimate" are forecasts, the results exact', () => {
    const f = readFigures('Tencent’s revenue rose 15% to 193 billion yuan in the third quarter, beating the 189 billion yuan average of analyst estimates compiled by LSEG. Profit of 60 billion yuan beat the 55 billion yuan consensus estimate.', { pageDate: '2026-11-13' });
    expect(f.map((x) => x.qualifier)).toEqual(['exact', 'exact', 'forecast', 'exact', 'forecast']);
  });
});

describe('what would be, in a columnist’s sum (a sentence of our own)', () => {
  test('"Even then, the company would trade at 15 times sales" is a hypothetical, not a fact', () => {
    expect(readFigures('If revenue doubles every year until 2030, Zhipu would trade at 15 times sales.', { pageDate: '2026-09-01' }).find((x) => x.text === '15 times')!.qualifier).toBe('forecast');
  });
});

describe('约为, 约有: about (a sentence of our own)', () => {
  test('"收入约为5亿元，员工约有600人" are approximate', () => {
    expect(readFigures('今年前10个月，公司收入约为5亿元，员工约有600人。', { pageDate: '2026-11-16' }).map((x) => x.qualifier)).toEqual(['approx', 'approx']);
  });
});

describe('a Chinese columnist’s conditionals (a sentence of our own)', () => {
  test('"若全年收入翻倍至30亿元", "假设毛利率维持在50%" are what would be, of this year', () => {
    const f = readFigures('按智谱上半年收入7.4亿元计算，若全年收入翻倍至30亿元，市销率仍高达80倍。假设毛利率维持在50%，亏损仍将扩大。', { pageDate: '2026-09-08' });
    expect(f.map((x) => `${x.text}:${x.qualifier}`)).toEqual(['7.4亿元:exact', '30亿元:forecast', '80倍:exact', '50%:forecast']);
    expect(f[1]!.period).toBe('2026');
  });
});

describe('"between X billion and Y billion yuan" (a sentence of our own)', () => {
  test('is one range, both ends written whole', () => {
    const f = readFigures('An official put DeepSeek revenue this year at between 6 billion and 8 billion yuan.', { pageDate: '2026-10-14' });
    expect(f.map((x) => [x.value, x.valueMax, x.qualifier])).toEqual([[6e9, 8e9, 'range']]);
  });
});

describe('a bare count with its noun before it (sentences of our own)', () => {
  test('"a headcount of 1,260", "headcount rose to about 520", "research staff numbered 657" are counts', () => {
    expect(readFigures("Moonshot has 420 employees, roughly a third of MiniMax's headcount of 1,260.", { pageDate: '2026-06-10' }).map((f) => f.text)).toEqual(['420', '1,260']);
    expect(readFigures("StepFun's headcount rose to about 520 in May.", { pageDate: '2026-06-10' })[0]!.value).toBe(520);
    expect(readFigures('Research staff numbered 657.', { pageDate: '2026-06-10' })[0]!.value).toBe(657);
  });
  test('but a bare number after other words is still none: "its index rose to about 520 in May"', () => {
    expect(readFigures('The index rose to about 520 in May.', { pageDate: '2026-06-10' })).toEqual([]);
  });
});

describe('US cents (sentences of our own)', () => {
  test('"0.8 yuan (11 US cents)" and "88 US cents" are hundredths of a dollar', () => {
    const f = readFigures('Developers will pay 0.8 yuan (11 US cents) per million input tokens.', { pageDate: '2026-07-10' });
    expect(f.map((x) => [x.value, x.unit])).toEqual([[0.8, 'CNY'], [0.11, 'USD']]);
    expect(readFigures('MiniMax lost about 88 US cents for every dollar of revenue.', { pageDate: '2026-08-10' })[0]!.value).toBe(0.88);
  });
});

describe('a number of shares in Chinese (a sentence of our own)', () => {
  test('"配售2000万股H股" counts shares, whatever money is near', () => {
    const figs = readFigures('1月，公司在港交所挂牌，募资43亿港元；11月又以先旧后新方式配售2000万股H股，募资约150亿港元。', { pageDate: '2026-11-20' });
    expect(figs.find((f) => f.text === '2000万')?.unit).toBe('count');
  });
});

describe('the new size of a fall or a rise (sentences of our own)', () => {
  test('"跌幅一度扩大至8.4%", "the decline widened to 6.1%" are falls; "涨幅收窄至3%" a rise; "market share rose to 30%" still a level', () => {
    const zh = readFigures('智谱早盘低开后跌幅一度扩大至8.4%，午后涨幅收窄至3%。', { pageDate: '2026-09-10' });
    expect(['8.4%', '3%'].map((t) => zh.find((f) => f.text === t)?.value)).toEqual([-0.084, 0.03]);
    const en = readFigures('MiniMax shares opened lower and the decline widened to 6.1% by noon. Its market share rose to 30%.', { pageDate: '2026-09-10' });
    expect(['6.1%', '30%'].map((t) => en.find((f) => f.text === t)?.value)).toEqual([-0.061, 0.3]);
  });

  test('"降幅较第二季度的15%有所收窄" sets beside this fall the size of an earlier one, a fall too; "增幅高于上季的8%" a rise', () => {
    const down = readFigures('某公司第三季度广告收入同比下降10%，降幅较第二季度的15%有所收窄。', { pageDate: '2026-11-10' });
    expect(['10%', '15%'].map((t) => down.find((f) => f.text === t)?.value)).toEqual([-0.1, -0.15]);
    const up = readFigures('某公司第三季度云收入增长12%，增幅高于上季的8%。', { pageDate: '2026-11-10' });
    expect(['12%', '8%'].map((t) => up.find((f) => f.text === t)?.value)).toEqual([0.12, 0.08]);
  });
});

describe('a fall said in Cantonese, and a level below or above another (sentences of our own)', () => {
  test('"收入跌咗3%", "股價升咗6%" are a fall and a rise, as "跌了", "升了" are', () => {
    const figs = readFigures('商湯上半年收入跌咗3%，股價當日升咗6%。', { pageDate: '2026-08-28' });
    expect(['3%', '6%'].map((t) => figs.find((f) => f.text === t)?.value)).toEqual([-0.03, 0.06]);
  });
  test('"shares were 5.8% below their level before the results" is a fall; "12% above the offer price" a rise', () => {
    const figs = readFigures('Zhipu shares were 5.8% below their level before the results. MiniMax traded 12% above its offer price.', { pageDate: '2026-04-02' });
    expect(['5.8%', '12%'].map((t) => figs.find((f) => f.text === t)?.value)).toEqual([-0.058, 0.12]);
  });
});

describe('the words of business news in traditional characters (a sentence of our own)', () => {
  test('"上半年燒錢約18億元" is cash burned, as "烧钱" is', () => {
    const figs = readFigures('公司上半年燒錢約18億元。', { pageDate: '2026-08-10' });
    expect(figs.find((f) => f.text === '18億元')?.metric).toBe('other:cash-burn');
  });
});

describe('a Chinese list with its currency written once, after the last item (sentences of our own)', () => {
  test('"分别为68亿、89亿及112亿元" is three amounts in yuan, one per year of the range; a list of users stays a count', () => {
    const figs = readFigures('该行预期公司2026至2028年收入分别为68亿、89亿及112亿元。另一家预测仅为1.7億、2.6億、3.7億美元。用户数为3亿、5亿人。', { pageDate: '2026-08-28' });
    expect(['68亿', '89亿', '112亿元'].map((t) => figs.find((f) => f.text === t)).map((f) => [f?.unit, f?.period])).toEqual([['CNY', '2026'], ['CNY', '2027'], ['CNY', '2028']]);
    expect(['1.7億', '2.6億'].map((t) => figs.find((f) => f.text === t)?.unit)).toEqual(['USD', 'USD']);
    expect(['3亿', '5亿'].map((t) => figs.find((f) => f.text === t)?.unit)).toEqual(['count', 'count']);
  });
});

describe('a figure named as a target (sentences of our own)', () => {
  test('"高于年初设定的40亿元目标" and "beat the 4 billion yuan target" are forecasts; the month the target was set is not its period', () => {
    const zh = readFigures('公司第三季收入增长12%。管理层表示，可灵全年收入料超过45亿元，高于年初设定的40亿元目标。', { pageDate: '2026-11-20' });
    const target = zh.find((f) => f.text === '40亿元');
    expect(target?.qualifier).toBe('forecast');
    expect(target?.period).not.toBe('2026-01');
    const en = readFigures('Kling revenue beat the 4 billion yuan target for the year.', { pageDate: '2026-11-20' });
    expect(en.find((f) => f.text === '4 billion yuan')?.qualifier).toBe('forecast');
  });
});

describe('亿 and 万 translated word for word: "hundred million", "ten thousand" (sentences of our own)', () => {
  test.each<Row>([
    ['Revenue reached 31.2 hundred million yuan last year, the report said.', '31.2 hundred million yuan', 31.2e8, 'CNY'],
    ['The app had 4,600 ten thousand monthly users in June.', '4,600 ten thousand', 4600e4, 'count'],
  ])('%s', (...row) => check(row));
});

test('"750 to 800 employees": a bare range of numbers counting people is one range (sentences of our own)', () => {
  const f = readFigures('MiniMax aims for 750 to 800 employees by December, from 618 at the end of 2025.', { pageDate: '2026-09-01' });
  const r = f.find((x) => x.text === '750 to 800')!;
  expect([r.value, r.valueMax, r.qualifier]).toEqual([750, 800, 'range']);
  // (a price moved from one level to another stays two figures)
  expect(readFigures('Shares rose from 3 yuan to 5 yuan.', { pageDate: '2026-09-01' }).map((x) => x.text)).toEqual(['3 yuan', '5 yuan']);
});
