import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/core/read/normalize';
import { findPeriodMentions } from '../../src/core/read/periods';
import { readFigures } from '../../src/core/read-figures';
import { extractClaims } from '../../src/core/extract-claims';

// Patterns found from a word inside them (a month name, "half", "quarter", "year", "same", 同期, 季度): the mention
// must still start where the phrase starts, however far before that word it begins.
const mentions = (text: string) =>
  findPeriodMentions(normalizeText(text), { pageYear: 2026, pageMonth: 6 }).map((m) => `${text.slice(m.start, m.end)}=${m.period}`);

describe('period mentions found from a word inside them', () => {
  it.each([
    ['Revenue rose in the second-half of 2025.', ['second-half of 2025=2025-H2']],
    ['Results for the fourth quarter of 2025 beat forecasts.', ['fourth quarter of 2025=2025-Q4']],
    ['In Q3 2025 sales rose, up from the sequential quarter.', ['Q3 2025=2025-Q3', 'sequential quarter=2025-Q2']],
    ['Revenue in 1H25 doubled from the prior-year period.', ['1H25=2025-H1', 'prior-year period=2024-H1']],
    ['From Jan to Jul 2024, losses widened.', ['From Jan to Jul 2024=2024-01..2024-07']],
    ['Shares have doubled through June and in March 2026.', ['through June=2026-06', 'March 2026=2026-03']],
    ['Full-year revenue and annual revenue both grew; full year 2025 too.', ['Full-year=2025', 'annual=2025', 'full year 2025=2025']],
    ['2025年第三季度营收增长，高于上一季度和去年同期。', ['2025年第三季度=2025-Q3', '上一季度=2025-Q2', '去年同期=2024-Q3']],
    ['智譜首9個月收入增長，前九个月亏损扩大。', ['首9個月=2025-9M', '前九个月=2025-9M']],
    // (a quarter's end month said without its day)
    ['Sales rose in the three months to June 2025, and in the quarter to September they fell.', ['three months to June 2025=2025-Q2', 'quarter to September=2025-Q3']],
    // (a span of months without its year is of the year the text is in)
    ['Revenue from January to June rose; between March and October, funding slowed.', ['from January to June=2026-01..2026-06', 'between March and October=2026-03..2026-10']],
    // ("nine-month capex": the first nine months, told as an adjective; not "a nine-month high")
    ['Nine-month capex reached RMB 17.3 billion; shares hit a nine-month high.', ['Nine-month=2025-9M']],
    // (from one day to another: the months it runs through)
    ['活动期间（10月15日至11月11日）销售增长；from October 15 to November 11 sales rose.', ['10月15日至11月11日=2026-10..2026-11', 'from October 15 to November 11=2026-10..2026-11']],
    // ("the first ten months of the year": of this year)
    ['In the first ten months of the year, sales rose.', ['first ten months of the year=2026-01..2026-10']],
  ])('%s', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

describe('year-ago words and lists of years', () => {
  const read = (text: string, surface: string, pageDate = '2026-11-18') => {
    const f = readFigures(text, { pageDate }).find((x) => x.text === surface);
    expect(f, surface).toBeDefined();
    return f!;
  };

  it('"from a year earlier" before a figure is what it is compared with, not its period', () => {
    expect(read("Tencent's third-quarter revenue rose 9% from a year earlier to 190 billion yuan.", '190 billion yuan').period).toBe('2026-Q3');
    expect(read('2026年第三季度,公司营收较去年同期增长9%至190亿元。', '190亿元').period).toBe('2026-Q3');
  });

  it('"淨虧損28億元，即每一元收入虧損3元，去年同期每一元收入虧損12元": the sum is the loss, and a clause opening with 去年同期 is the year-ago period\'s', () => {
    const text = '2026年上半年，月之暗面淨虧損仍達28億元，即每一元收入虧損接近3元，去年同期每一元收入虧損更高達12元。';
    expect([read(text, '28億元').metric, read(text, '3元').period, read(text, '12元').period]).toEqual(['net-loss', '2026-H1', '2025-H1']);
    expect(read('2026年上半年，月之暗面收入9億元，較去年同期增加6億元。', '6億元').period).toBe('2026-H1');
    expect(read('2026年三季度，文心大模型日均调用量达到21万亿tokens，而去年同期仅为1.6万亿tokens。', '1.6万亿', '2026-11-20').period).toBe('2025-Q3');
  });

  it('"上年同期为净亏损X" is the year-ago period\'s, past the word for what it was', () => {
    expect(read('2026年第三季度，公司净利润为20亿元，上年同期为净亏损30亿元。', '30亿元').period).toBe('2025-Q3');
  });

  it('"the same quarter last year" and "上年同期" name the year-ago period', () => {
    expect(read("Tencent's third-quarter profit was 50 billion yuan, against 40 billion yuan in the same quarter last year.", '40 billion yuan').period).toBe('2025-Q3');
    expect(read('2026年前三季度,公司归母净利润为3亿元,上年同期为-2亿元。', '-2亿元').period).toBe('2025-9M');
  });

  it('"after X in 2024" recalls an earlier value: its year is not the period the text goes on in', () => {
    const text = 'Sales at MiniMax doubled to 500 million yuan in 2025, after 250 million yuan in 2024 and 90 million yuan in 2023. The loss widened to 800 million yuan.';
    expect(read(text, '90 million yuan').period).toBe('2023');
    expect(read(text, '800 million yuan').period).toBe('2025');
  });

  it('"较去年全年有所改善": a whole year named for a comparison is not the period the text goes on in; "去年全年，…" opening a sentence is', () => {
    const text = '2026年上半年，智谱每获得1元收入亏损约3元，较去年全年有所改善。\n\n研发仍是最大的开支。期内研发费用达31.2亿元。';
    expect(read(text, '31.2亿元', '2026-08-27').period).toBe('2026-H1');
    expect(read('去年全年，Kimi的营销投放超过20亿元，而同期订阅收入仅约3亿元。', '3亿元', '2026-03-05').period).toBe('2025');
  });

  it('"期內" is the period of the report, the first the text names, not a quarter named since', () => {
    const text = 'MiniMax公布截至9月30日止九個月業績，收入達3.5億美元；其中第三季收入1.4億美元。\n\n期內經調整虧損淨額為2.2億美元。';
    expect(read(text, '1.4億美元', '2026-11-20').period).toBe('2026-Q3');
    expect(read(text, '2.2億美元', '2026-11-20').period).toBe('2026-9M');
  });

  it('"期内" is the first period its paragraph states, in a history of several years; "2026年半年报" is the half', () => {
    const text = 'MiniMax成立于2021年。2023年公司收入350万美元，2024年增至3050万美元。\n\n今年上半年，公司收入7000万美元，同比增长160%。期内研发开支1.4亿美元。';
    expect(read(text, '1.4亿美元', '2026-10-12').period).toBe('2026-H1');
    expect(read('8月26日晚间，智谱披露2026年半年报。报告期内，公司实现营业收入6.8亿元。', '6.8亿元', '2026-08-27').period).toBe('2026-H1');
  });

  it('"taking their gain this year to 150% and valuing the company at HK$129 billion": the market value is the page\'s month, not the year', () => {
    expect(read('MiniMax shares rose 8.2% on Thursday, taking their gain this year to more than 150% and valuing the company at roughly HK$129 billion.', 'HK$129 billion', '2026-08-27').period).toBe('2026-08');
  });

  it('"0.6 points from the second quarter" names the quarter a change is counted from, no quarter in force', () => {
    const text = 'Tencent reported third-quarter 2026 results. Gross margin widened to 57.8%, up 0.6 points from the second quarter. Business services revenue rose 11% to 47.5 billion yuan.';
    expect(read(text, '47.5 billion yuan', '2026-11-12').period).toBe('2026-Q3');
  });

  it('"up about 400% from its January debut" is a move of the shares since then; the market value after it is the page\'s', () => {
    const figs = readFigures('Zhipu is up about 400% from its January debut and has a market capitalisation of around HK$280 billion.', { pageDate: '2026-09-03' });
    expect(figs.map((f) => `${f.metric}/${f.period}`)).toEqual(['stock-change/2026-01..2026-09', 'market-cap/2026-09']);
  });

  it('"well below the 34.1 billion yuan it spent in the first quarter" names a compared quarter, with the verb\'s subject between', () => {
    const text = 'Tencent reported third-quarter 2026 results on Wednesday. Capital expenditure was 26.3 billion yuan, down 3% from the previous quarter and well below the 34.1 billion yuan it spent in the first quarter.';
    expect(read(text, '26.3 billion yuan', '2026-11-13').period).toBe('2026-Q3');
    // (and the quarter named there does not break the quarter's continuity: the figure makes a claim)
    const made = extractClaims(readFigures(text, { pageDate: '2026-11-13' }), text, { file: 'a.txt', url: null, title: 't', siteName: null, date: '2026-11-13', lang: 'en' }).claims;
    expect(made.some((c) => c.value === 26300000000 && c.period === '2026-Q3')).toBe(true);
  });

  it('"should recover to around 45% in the second half" looks ahead to this year\'s half, not last year\'s', () => {
    expect(read('Zhipu\'s gross margin fell to 38.6% in the first half of 2026. The CFO said gross margin should recover to around 45% in the second half.', '45%', '2026-08-27').period).toBe('2026-H2');
  });

  it('"down from 412% a year before" is the year before, as "a year earlier" is', () => {
    expect(read('R&D spending was 3.1 billion yuan in 2025, or 275% of revenue, down from 412% a year before.', '412%', '2026-08-04').period).toBe('2024');
  });

  it('"since its June 2024 launch" is no year in force: "for the year" after it is the page\'s', () => {
    const text = 'Kuaishou reported third-quarter 2026 revenue of 36 billion yuan. More than 45 million creators have used Kling since its June 2024 launch. Capital spending guidance for the year was kept at about 16 billion yuan.';
    expect(read(text, '16 billion yuan', '2026-11-21').period).toBe('2026');
  });

  it('"今年全年" is this year whatever year the paragraph named; "全年资本开支将「超过…」" looks ahead', () => {
    const text = '回顾2025年全年，腾讯收入7,518亿元。分析员普遍预期今年全年收入约8,450亿元。';
    expect(read(text, '8,450亿元', '2026-11-13').period).toBe('2026');
    const ahead = '腾讯第三季资本开支为298亿元。首席财务官表示，全年资本开支将「超过1,100亿元」，高于去年全年的842亿元。';
    expect(read(ahead, '1,100亿元', '2026-11-13').period).toBe('2026');
  });

  it('"创2021年以来新高" names the year a span starts from: a bare "前三季度" after it is the latest, not 2021\'s', () => {
    const text = '科大讯飞周五收报66.80元，创2021年以来新高。讯飞此前公布的三季报显示，前三季度实现营收186.2亿元。';
    expect(read(text, '186.2亿元', '2026-11-07').period).toBe('2026-9M');
  });

  it('a clause of time opening the sentence dates the clause after it, a valuation too', () => {
    expect(read('When Tencent led a $300 million round in 2019, the company was valued at $2 billion.', '$2 billion', '2026-08-29').period).toBe('2019');
    expect(read('2019年腾讯领投3亿美元时，该公司估值已达20亿美元。', '20亿美元', '2026-08-29').period).toBe('2019');
  });

  it('"almost six times its 2023 figure of …" names a compared year: the sentence after it keeps the year reported', () => {
    const text = 'Zhipu reported revenue of 724 million yuan for 2025, almost six times its 2023 figure of 124 million yuan. Its adjusted net loss widened to 3.18 billion yuan.';
    expect(read(text, '3.18 billion yuan', '2026-03-31').period).toBe('2025');
  });

  it('"期內" after a part named with "其中" is the report\'s period, not the part; after "單計第四季" it is that quarter', () => {
    const text = '招股文件顯示，公司今年首三季收入19億元，其中第三季收入9億元；期內經調整虧損淨額收窄至29億元。';
    expect(read(text, '29億元', '2026-11-03').period).toBe('2026-9M');
    expect(read('騰訊2025年收入7,500億元。單計第四季，收入1,980億元；期內資本開支達290億元。', '290億元', '2026-03-20').period).toBe('2025-Q4');
  });

  it('"期內" after "2026年前三季度" or "今年首9個月" is the nine months: the year only says whose part it is', () => {
    expect(read('商汤2026年前三季度收入28亿元。\n\n期内研发开支为19亿元。', '19亿元', '2026-11-20').period).toBe('2026-9M');
    expect(read('招股書顯示，該公司今年首9個月收入4.1億元。期內毛利率為51%。', '51%', '2026-12-02').period).toBe('2026-9M');
  });

  it('"up 150 per cent from 2023": the year a change is counted from is no period of the figures after it', () => {
    const text = 'Moonshot had revenue of 300 million yuan for 2025, up 150 per cent from 2024, while its net loss widened to 2 billion yuan. Research spending was 1.5 billion yuan.';
    expect(read(text, '2 billion yuan').period).toBe('2025');
    expect(read(text, '1.5 billion yuan').period).toBe('2025');
  });

  it('figures said "respectively" of a list or a range of years take them item by item', () => {
    const zh = '分析师预计,该公司2026年至2028年营业收入分别为100亿元、120亿元和150亿元。';
    expect(['100亿元', '120亿元', '150亿元'].map((s) => [read(zh, s).period, read(zh, s).qualifier])).toEqual([['2026', 'forecast'], ['2027', 'forecast'], ['2028', 'forecast']]);
    // (a slash list over a span of estimate years, "2026-28E")
    const slash = 'We forecast revenue of RMB1.0/2.0/3.5bn over 2026-28E.';
    expect(['RMB1.0', '2.0', '3.5bn'].map((s) => read(slash, s).period)).toEqual(['2026', '2027', '2028']);
    const en = 'We forecast revenue of RMB1bn, RMB2bn and RMB3bn in 2026, 2027 and 2028, respectively.';
    expect(['RMB1bn', 'RMB2bn', 'RMB3bn'].map((s) => read(en, s).period)).toEqual(['2026', '2027', '2028']);
    // (two lists of different lengths say nothing item by item)
    expect(read('分析师预计,该公司2026年至2028年营业收入分别为100亿元和120亿元。', '100亿元').period).not.toBe('2026');
  });

  it('"respectively" after figures each given its year takes those years in order (a sentence of our own)', () => {
    const text = 'The broker forecasts revenue of US$180 million in 2026 and US$300 million in 2027, up 140% and 67% respectively.';
    expect(['140%', '67%'].map((s) => read(text, s).period)).toEqual(['2026', '2027']);
  });
  it('a list of years named before a list of figures goes item by item without "respectively" (sentences of our own)', () => {
    const en = 'The broker cut its 2026 and 2027 profit forecasts for Baidu to 20.5 billion yuan and 23.1 billion yuan, from 21.0 billion yuan and 24.6 billion yuan.';
    expect(['20.5 billion yuan', '23.1 billion yuan', '21.0 billion yuan', '24.6 billion yuan'].map((s) => read(en, s).period)).toEqual(['2026', '2027', '2026', '2027']);
    const zh = '券商将科大讯飞2026—2027年营收预测上调至250亿元和300亿元。';
    expect(['250亿元', '300亿元'].map((s) => read(zh, s).period)).toEqual(['2026', '2027']);
    // (a slash list after a range of three years or more in English: one year per item)
    const slash = 'Crestline raised its revenue estimates for 2026-28 to RMB1.3/2.5/4.0bn (previously RMB1.1/2.0/3.1bn).';
    expect(['RMB1.3', '2.5', '4.0bn', 'RMB1.1', '2.0', '3.1bn'].map((s) => read(slash, s).period)).toEqual(['2026', '2027', '2028', '2026', '2027', '2028']);
  });
});

describe('periods named for a comparison, and "in the quarter"', () => {
  const read = (text: string, surface: string, pageDate = '2026-08-31') => readFigures(text, { pageDate }).find((x) => x.text === surface)!;

  it('a period after "vs." in the same clause belongs to the compared figure', () => {
    const text = 'Zhipu reported 1H26 revenue of RMB500mn, driven by API revenue, which grew 3-fold YoY to RMB200mn (40% of total vs. 1H25: 25%).';
    expect(read(text, 'RMB200mn').period).toBe('2026-H1');
    expect(read(text, '25%').period).toBe('2025-H1');
  });

  it('"in the quarter" refers back to the quarter named, not to the half named since', () => {
    const text = 'Revenue rose 20% to 40 billion yuan in the September quarter of 2026. For the first half of the fiscal year, revenue totaled 80 billion yuan.\nCapital expenditure was 30 billion yuan in the quarter.';
    expect(read(text, '30 billion yuan', '2026-11-20').period).toBe('2026-Q3');
  });
});

describe('Hong Kong wording of periods', () => {
  const read = (text: string, surface: string, pageDate = '2026-11-14') => readFigures(text, { pageDate }).find((x) => x.text === surface)!;

  it('"首三季" is the first nine months, and "this year" alone does not change what "上年同期" is compared with', () => {
    expect(read('騰訊公布2026年第三季業績，首三季累計資本開支達780億元。', '780億元').period).toBe('2026-9M');
    const text = '騰訊公布2026年第三季業績。劉熾平表示，今年資本開支佔收入比例將處於低十幾個百分比。毛利率升至56.3%，上年同期為53.9%。';
    expect(read(text, '53.9%').period).toBe('2025-Q3');
  });
});

describe('the end of a year', () => {
  const read = (text: string, surface: string, pageDate = '2026-05-04') => readFigures(text, { pageDate }).find((x) => x.text === surface)!;

  it('"at the end of 2025", "2025年底", "去年底" date a valuation or a balance to December', () => {
    expect(read('The round values Moonshot at four times the $4 billion it was worth at the end of 2025.', '$4 billion').period).toBe('2025-12');
    expect(read('月之暗面2025年底估值为40亿美元。', '40亿美元').period).toBe('2025-12');
    expect(read('字节跳动估值已超过4000亿美元，高于去年底的3300亿美元。', '3300亿美元').period).toBe('2025-12');
  });

  it('a period named for a comparison is not what "上年同期" counts from', () => {
    const text = '騰訊公布2026年第三季業績。期內資本開支為240億元，但較第二季的290億元回落。毛利率升至56%，上年同期為54%。';
    expect(read(text, '54%', '2026-11-14').period).toBe('2025-Q3');
  });
});

describe('a multiple of the year-ago value', () => {
  it('is growth in the period reported, not a figure of the year before', () => {
    const f = readFigures('2026年前三季度,大模型相关合同金额超过20亿元,是去年同期的2.5倍。', { pageDate: '2026-10-22' }).find((x) => x.text === '2.5倍')!;
    expect(f.period).toBe('2026-9M');
  });
});

describe('fiscal periods', () => {
  const read = (text: string, surface: string, pageDate = '2026-08-28') => readFigures(text, { pageDate }).find((x) => x.text === surface)!;

  it('a fiscal quarter beside the calendar quarter it restates adds nothing, and later sentences keep the calendar one', () => {
    const text =
      "Tencent Music's revenue rose 9% to 8.1 billion yuan in the quarter ended June 30, the first quarter of the company's fiscal year. Net income rose 5% to 1.2 billion yuan.";
    expect(read(text, '8.1 billion yuan').period).toBe('2026-Q2');
    expect(read(text, '1.2 billion yuan').period).toBe('2026-Q2');
  });

  it('a quarter or half counted in months ("the July-to-September period of 2026", "the January-June period")', () => {
    expect(read('Baichuan reported revenue of 2.4 billion yuan for the July-to-September period of 2026.', '2.4 billion yuan').period).toBe('2026-Q3');
    expect(read('Baichuan revenue was 4 billion yuan in the January-June period of 2026.', '4 billion yuan').period).toBe('2026-H1');
  });

  it('"到2025年，" opening a clause about a year past is that year, for the figures after it', () => {
    const text = '2023年，百川智能营收1.25亿元；到2025年，百川智能营收增至7.24亿元。';
    expect(read(text, '7.24亿元').period).toBe('2025');
    expect(read(text, '1.25亿元').period).toBe('2023');
  });

  it('上年 is the year before the year the text reports on, not before the page\'s', () => {
    const text = '2025年，中国AI公有云市场规模达到518亿元。细分来看,百川智能的份额从上年的4.2%升至6.6%。';
    expect(read(text, '4.2%').period).toBe('2024');
    expect(readFigures(text, { pageDate: '2026-04-10' }).find((f) => f.text === '4.2%')?.period).toBe('2024');
  });

  it('"well above the 1.2 billion yuan booked for the whole of 2025" names a compared year: the quarter after it is still this year\'s', () => {
    const text = 'In the first nine months of 2026 revenue rose to 2 billion yuan, well above the 1.2 billion yuan booked for the whole of 2025. Third-quarter revenue alone was 800 million yuan.';
    expect(read(text, '800 million yuan', '2026-10-16').period).toBe('2026-Q3');
    // (on an undated page, "this year's" first half leaves no year in force: a bare "first half" after it takes none from 2025)
    const undated = 'Revenue rose to 3 billion yuan in 2025 and reached 2 billion yuan in the first six months of this year. The unit lost 400 million yuan in the first half.';
    expect(read(undated, '400 million yuan').period).not.toBe('2025-H1');
  });

  it('"the five months to May 31" is a period in force like the nine months: a change after its figure is of it', () => {
    const text = 'Revenue was 700 million yuan in 2025 and reached 415 million yuan in the five months to May 31, up 91% year on year.';
    expect(read(text, '91%', '2026-09-22').period).toBe('2026-01..2026-05');
  });

  it('"nine-month Kling revenue": the nine months told as an adjective, with a name between', () => {
    expect(read('Kling revenue was 480 million yuan in the third quarter of 2026. Nine-month Kling revenue reached 1.27 billion yuan.', '1.27 billion yuan', '2026-11-21').period).toBe('2026-9M');
  });

  it('"今年上半年" names the year in force as "2026年上半年" does: a bare "前三季度" after it is this year\'s', () => {
    const text = '招股书显示，2023年至2025年，公司营收分别为1亿元、2亿元和3亿元。今年上半年实现营收4亿元。公司预计前三季度营收约为6亿元。';
    expect(read(text, '6亿元', '2026-09-18').period).toBe('2026-9M');
  });

  it('"2022年至2024年累计" is a total over the years; over "从2022年到2024年" a level moved from is the first year\'s, the level reached the last\'s', () => {
    expect(read('月之暗面2022年至2024年累计研发投入约48亿元。', '48亿元', '2026-09-01').period).toBe('2022..2024');
    const zh = '从2022年到2024年，腾讯的资本开支从约180亿元增至约770亿元，两年增长逾3倍。';
    expect(['180亿元', '770亿元', '3倍'].map((t) => read(zh, t, '2026-09-01').period)).toEqual(['2022', '2024', '2022..2024']);
    const en = 'Between 2022 and 2024, Tencent\'s capital spending rose from about 18 billion yuan to 77 billion yuan, a more than fourfold increase.';
    expect(['18 billion yuan', '77 billion yuan'].map((t) => read(en, t, '2026-09-01').period)).toEqual(['2022', '2024']);
  });

  it('"三年累计亏损" after the years named one by one is the span from the first to the last', () => {
    const text = '招股书显示,2023年至2025年,百川智能归母净利润分别为-7.9亿元、-29.6亿元和-46.3亿元,三年累计亏损约83.8亿元。';
    expect(read(text, '83.8亿元').period).toBe('2023..2025');
    expect(read('2024年和2025年,百川智能分别亏损10亿元和12亿元,两年合计亏损22亿元。', '22亿元').period).toBe('2024..2025');
  });

  it('"the past 12 months", "过去四个季度" are the four quarters to the quarter in force; "三年内" is no period', () => {
    const text = 'Baichuan said third-quarter 2026 revenue was 2 billion yuan. Capex over the past four quarters totalled 9 billion yuan.';
    expect(read(text, '9 billion yuan').period).toBe('2025-Q4..2026-Q3');
    const zh = '百川智能2026年第三季度收入为20亿元。CEO表示:“过去12个月,我们在算力上的开支已经超过90亿元。”公司重申三年内投入300亿元的计划。';
    expect(read(zh, '90亿元').period).toBe('2025-Q4..2026-Q3');
    expect(read(zh, '300亿元').period).toBeNull();
  });

  it('a growth rate before a conversion in parentheses keeps the period named after the conversion', () => {
    const text = 'Baichuan said revenue rose 13% to 2.4 billion yuan ($330 million) in the July-to-September period of 2026.';
    expect(readFigures(text, { pageDate: '2026-11-20' }).map((f) => f.period)).toEqual(['2026-Q3', '2026-Q3', '2026-Q3']);
  });

  it('a fiscal quarter alone is not placed in the calendar, unless the company\'s fiscal year is known', () => {
    expect(findPeriodMentions(normalizeText('In its fiscal second quarter, revenue rose 5%.'), { pageYear: 2026, pageMonth: 8 })[0]?.period).toBeNull();
    expect(read('In its fiscal second quarter, Alibaba revenue rose to 240 billion yuan.', '240 billion yuan').period).toBeNull();
    expect(read('2027财年第一季度，某公司营收为240亿元。', '240亿元').period).toBeNull();
    // (Alibaba's fiscal year runs April to March: its first quarter of fiscal 2027 is April to June 2026)
    expect(read('阿里巴巴2027财年第一季度营收为2400亿元。', '2400亿元').period).toBe('2026-Q2');
    // ("財政年度", "财政年度": the fiscal year written out)
    expect(read('阿里巴巴公布2027財政年度第二季業績，收入為2,500億元。', '2,500億元').period).toBe('2026-Q3');
    expect(read('阿里巴巴2026财政年度收入为9,960亿元。', '9,960亿元').period).toBe('2025-Q2..2026-Q1');
    // ("全年" in the sentence after a fiscal year named: that fiscal year, while no other year is named since; "the four
    // quarters to September 2025" is no fiscal year, and "两年前的2024财年仅为…" one named for a comparison)
    const fy = '阿里巴巴提交2026财年(截至2026年3月31日)年报。全年收入10,000亿元，同比增长4%。';
    expect(read(fy, '10,000亿元', '2026-07-02').period).toBe('2025-Q2..2026-Q1');
    const compared = '阿里巴巴2026财年(截至2026年3月31日)云收入1,600亿元，两年前的2024财年仅为1,000亿元。全年资本开支1,300亿元。';
    expect(read(compared, '1,300亿元', '2026-07-02').period).toBe('2025-Q2..2026-Q1');
    // (the year written before "fiscal year": "the third quarter of its 2027 fiscal year" is October to December 2026)
    expect(read('Alibaba said sales in the third quarter of its 2027 fiscal year rose to 280 billion yuan.', '280 billion yuan').period).toBe('2026-Q4');
  });

  it('the fiscal years and quarters of a company whose fiscal year ends in March are placed in the calendar', () => {
    const text = 'Alibaba 1QFY27 (quarter ended 30 June 2026): revenue grew 7% to RMB250bn. We raise our FY27E revenue forecast to RMB1,090bn. In 4QFY26 revenue was RMB236bn.';
    expect(readFigures(text, { pageDate: '2026-08-31' }).map((f) => [f.text, f.period])).toEqual([
      ['7%', '2026-Q2'],
      ['RMB250bn', '2026-Q2'],
      ['RMB1,090bn', '2026-Q2..2027-Q1'],
      ['RMB236bn', '2026-Q1'],
    ]);
    // (a company whose fiscal year is the calendar year: FY2025 is 2025)
    expect(readFigures('Baidu FY2025 revenue was RMB130bn.', { pageDate: '2026-03-01' })[0]!.period).toBe('2025');
  });

  it('"the fiscal year that ended on March 31" is the four quarters to March, in a topic clause', () => {
    expect(read('In the fiscal year that ended on March 31, Alibaba cloud revenue totalled 150 billion yuan.', '150 billion yuan').period).toBe('2025-Q2..2026-Q1');
    expect(read('For the fiscal year ended March 31, 2025, Alibaba revenue rose to 996 billion yuan.', '996 billion yuan').period).toBe('2024-Q2..2025-Q1');
  });

  it('"In the first half, ..." opens a topic clause', () => {
    expect(read('Baidu said on Monday it had done well. In the first half, Baidu revenue was 60 billion yuan, down 2% from a year earlier.', '60 billion yuan', '2026-08-20').evidence.period?.scope).toBe('sentence');
  });
});

describe('a period said right after a figure', () => {
  it('belongs to it past a participle ("the 17.1 billion yuan spent a year ago")', () => {
    const f = readFigures('Alibaba capital expenditure was 38.2 billion yuan in the quarter ended June 30, more than double the 17.1 billion yuan spent a year ago.', { pageDate: '2025-08-29' }).find((x) => x.text === '17.1 billion yuan')!;
    expect(f.period).toBe('2024-Q2');
  });

  it('with no year to fix it, is still the figure\'s own: not the year of the figure it is compared with', () => {
    const f = readFigures('ByteDance plans to spend 160bn yuan on capital expenditure in 2026, up from about 150bn yuan this year.').find((x) => x.text === '150bn yuan')!;
    expect(f.period).toBeNull();
  });
});

describe('counts that stand at a level on a day', () => {
  it('take no period from a results story\'s quarter', () => {
    const text = 'Baidu reported second-quarter revenue of 32.5 billion yuan on Thursday. Developers on its platform number more than 3.2 million.';
    const figures = readFigures(text, { pageDate: '2026-08-21' });
    const made = extractClaims(figures, text, { file: 'a.txt', url: null, title: 't', siteName: null, date: '2026-08-21', lang: 'en' }).claims;
    expect(made.map((c) => c.value)).toEqual([32.5e9]);
  });

  it('"截至6月底止6個月" (the count in digits) is the first half, and 去年同期 the half a year before', () => {
    const text = '今年3月上市的商湯昨公布中期業績，截至6月底止6個月收入按年增長20%至25億元；經調整虧損淨額收窄至8億元，去年同期為12億元。';
    const figures = readFigures(text, { pageDate: '2026-08-29' });
    expect(figures.map((f) => f.period)).toEqual(['2026-H1', '2026-H1', '2026-H1', '2025-H1']);
  });

  it('"12月初", "6月底" are parts of a month', () => {
    expect(findPeriodMentions(normalizeText('豆包日均tokens使用量在12月初突破50万亿，6月底为30万亿。'), { pageYear: 2025, pageMonth: 12 }).map((m) => m.period)).toEqual(['2025-12', '2025-06']);
  });
});

describe('spans a year long and spans since an event', () => {
  const read = (text: string, surface: string, pageDate = '2026-08-28') => readFigures(text, { pageDate }).find((x) => x.text === surface)!;

  it('"the four quarters to September", "the 12 months ended June 30" are a year ending with that quarter', () => {
    expect(read('Alibaba spent 98.6bn yuan on capex in the four quarters to September.', '98.6bn yuan', '2025-11-20').period).toBe('2024-Q4..2025-Q3');
    expect(read('Tencent capex was 70bn yuan in the 12 months ended June 30, 2025.', '70bn yuan').period).toBe('2024-Q3..2025-Q2');
  });

  it('"the year ended Dec. 31" is the last calendar year finished by the page\'s date, and the period the text goes on with', () => {
    const text = 'Baidu said its sales fell last year. Revenue slipped 2% to 131 billion yuan in the year ended Dec. 31.\n\nNet income rose 7% to 24 billion yuan.';
    expect(read(text, '131 billion yuan', '2026-02-26').period).toBe('2025');
    const made = extractClaims(readFigures(text, { pageDate: '2026-02-26' }), text, { file: 'a.txt', url: null, title: 't', siteName: null, date: '2026-02-26', lang: 'en' }).claims;
    expect(made.map((c) => `${c.value}@${c.period}`)).toEqual(['-0.02@2025', '131000000000@2025', '0.07@2025', '24000000000@2025']);
  });

  it('a year a forecast looks ahead to is not the period the text goes on to report', () => {
    const text = 'SenseTime said revenue grew last year and forecast that sales would reach 6 billion yuan in 2026.\n\nRevenue rose 18% to 4.6 billion yuan in the year ended December 31.\n\nThe gross margin improved to 44%.';
    const made = extractClaims(readFigures(text, { pageDate: '2026-03-20' }), text, { file: 'a.txt', url: null, title: 't', siteName: null, date: '2026-03-20', lang: 'en' }).claims;
    expect(made.map((c) => `${c.metric}@${c.period}`)).toEqual(['revenue@2026', 'revenue-growth@2025', 'revenue@2025', 'gross-margin@2025']);
  });

  it('a month after the page\'s, in a sentence that reports rather than looks ahead, is last year\'s', () => {
    const text = 'In 2026 the company expects to break even. It had cash of $2 billion at the end of December. "The guidance is cautious," an analyst said.';
    expect(read(text, '$2 billion', '2026-03-20').period).toBe('2025-12');
  });

  it('"its January IPO" names the IPO\'s month', () => {
    expect(findPeriodMentions(normalizeText('Zhipu raised HK$4.35 billion in its January initial public offering.'), { pageYear: 2026, pageMonth: 3 }).map((m) => m.period)).toEqual(['2026-01']);
  });

  it('a move "since listing in Hong Kong in January" runs from then to the page date; a move "on Thursday" is that day\'s, and so is the price it reached', () => {
    const text = 'Zhipu shares have risen 240% since listing in Hong Kong in January, but fell 6.2% on Thursday to HK$598.5.';
    expect(read(text, '240%').period).toBe('2026-01..2026-08');
    expect(read(text, '6.2%').period).toBe('2026-08');
    expect(read(text, 'HK$598.5').period).toBe('2026-08');
    expect(read('MiniMax, whose shares have risen 126% since its Hong Kong debut on Jan 9, fell.', '126%').period).toBe('2026-01..2026-08');
  });
});

describe('spans named by their end', () => {
  const at = (text: string, surface: string) => readFigures(text, { pageDate: '2026-10-08' }).find((x) => x.text === surface)!;
  it('"the six months to June", "the nine months to September 2025" are a half and nine months', () => {
    expect(at('Baidu said revenue for the six months to June fell 3% to 62 billion yuan.', '62 billion yuan').period).toBe('2026-H1');
    expect(at('In 2024 SenseTime lost 4.3 billion yuan, and 1.9 billion yuan in the nine months to September 2025.', '1.9 billion yuan').period).toBe('2025-9M');
  });

  it('"in the nine-month period" is the nine months named last, not the year named nearer', () => {
    expect(at('Baichuan lost $150 million in the nine months to September 2025. Its gross margin was 10% in 2024, after minus 5% in 2023, and rose to 20% in the nine-month period.', '20%').period).toBe('2025-9M');
  });

  it('"fiscal 2027, which ends in March 2027" and "2026财年(截至2026年3月31日)…全年" are the four quarters to March', () => {
    expect(at('Analysts expect Alibaba revenue to reach 1.1 trillion yuan in fiscal 2027, which ends in March 2027.', '1.1 trillion yuan').period).toBe('2026-Q2..2027-Q1');
    expect(at('在2026财年(截至2026年3月31日),阿里巴巴全年经营现金流为1500亿元。', '1500亿元').period).toBe('2025-Q2..2026-Q1');
  });

  it('a sign written as a word, "minus 24.7%", "负24.7%", is negative', () => {
    expect(at('In 2024 the gross margin of Baichuan was 10%, after minus 15.5% in 2023.', '15.5%').value).toBe(-0.155);
    expect(at('2023年百川毛利率为负15.5%。', '15.5%').value).toBe(-0.155);
  });
});

describe('an amount spread over several years', () => {
  const at = (text: string, surface: string) => readFigures(text, { pageDate: '2026-08-27' }).find((x) => x.text === surface)!.period;
  it('is of the years from the one named ("pledged in May 2025 to spend … over three years", "未来三年"), and of none without a start', () => {
    expect(at('Tencent pledged in May 2025 to spend 150 billion yuan on data centres over three years.', '150 billion yuan')).toBe('2025..2027');
    expect(at('2026年3月，百度宣布未来五年将投入超过1000亿元用于AI基础设施。', '1000亿元')).toBe('2026..2030');
    expect(at('ByteDance said it would spend 100 billion yuan over the next three years on AI chips.', '100 billion yuan')).toBeNull();
    expect(at('In 2025, Baidu revenue tripled to 130 billion yuan in three years.', '130 billion yuan')).toBe('2025');
  });
});

describe('months counted from January, dates with "Sept.", and moves since a peak', () => {
  const at = (text: string, surface: string, pageDate: string) => readFigures(text, { pageDate }).find((x) => x.text === surface)!.period;

  it('"the first five months of this year", "前5个月", "1-5月" are the span from January', () => {
    expect(at('Chinese robotics start-ups raised 12 billion yuan in the first five months of this year.', '12 billion yuan', '2026-06-15')).toBe('2026-01..2026-05');
    expect(at('In the first seven months of 2025, Baidu revenue was 60 billion yuan.', '60 billion yuan', '2026-06-15')).toBe('2025-01..2025-07');
    expect(at('今年前5个月,智谱收入为3亿元。', '3亿元', '2026-06-15')).toBe('2026-01..2026-05');
    expect(at('2026年1-5月,百度收入为500亿元。', '500亿元', '2026-06-15')).toBe('2026-01..2026-05');
  });

  it('"From Sept. 1, 2026" is that day, not September alone and a year apart', () => {
    expect(at('From Sept. 1, 2026, input to the model will cost 0.5 yuan per million tokens, Tencent said.', '0.5 yuan', '2026-08-20')).toBe('2026-09');
  });

  it('a value "giving it a market value" after a move "since peaking in March" is the page date\'s, not March\'s', () => {
    const text = "Baidu's shares have fallen 20% since peaking in March, giving it a market value of about $40 billion.";
    expect(at(text, '20%', '2026-09-10')).toBe('2026-03..2026-09');
    expect(at(text, '$40 billion', '2026-09-10')).toBe('2026-09');
  });

  it('a running total is as of the day its clause names: "截至7月底累计…", "a cumulative 15 million as of July"', () => {
    expect(at('2026年第二季度，萝卜快跑出行服务次数为300万次，截至7月底累计服务次数超过1800万次。', '1800万', '2026-08-21')).toBe('2026-07');
    expect(at('In the second quarter of 2026 Apollo Go gave 2.5 million rides, and a cumulative 15 million as of July.', '15 million', '2026-08-21')).toBe('2026-07');
    expect(at('In the second quarter of 2026 Apollo Go gave 2.5 million rides.', '2.5 million', '2026-08-21')).toBe('2026-Q2');
  });

  it('a market value at the end of a market report is not dated by the month of the listing another clause names', () => {
    expect(at('股价方面，商汤昨日收报3.2元，较3月上市时招股价2.5元累升约28%，市值约1100亿元。', '1100亿元', '2026-08-28')).toBe('2026-08');
    expect(at('商汤今年3月上市集资52亿港元。', '52亿港元', '2026-08-28')).toBe('2026-03');
  });

  it('a price in a clause of its own is not dated by the date of a value another clause compares with', () => {
    const text = "Kimi's run-rate rose to $300 million, up from about $100 million at the end of 2025, helped by coding tools, which developers pay for at 2 yuan per million tokens.";
    expect(at(text, '2 yuan', '2026-06-18')).not.toBe('2025-12');
  });
});

describe('the span of a share move', () => {
  const basis = (text: string, surface: string) => readFigures(text, { pageDate: '2026-11-19' }).find((x) => x.text === surface)!.basis;
  it('a move at a day\'s close or overnight is a day\'s; one "this year" is the year\'s so far', () => {
    expect(basis("Alibaba's Hong Kong-listed shares rose 4.7% to HK$171.30 at Wednesday's close.", '4.7%')).toBe('daily');
    expect(basis("Alibaba's American depositary receipts gained 3.1% in New York overnight.", '3.1%')).toBe('daily');
    expect(basis('Alibaba stock is up about 75% this year.', '75%')).toBe('ytd');
    expect(basis('腾讯股价收盘上涨1.8%。', '1.8%')).toBe('daily');
  });

  it('a move\'s words stop where a later clause gives its own figure; a day an earlier clause names is the move\'s', () => {
    const zh = '百度股价昨日收报120港元，全日上涨2.4%，年内累计涨幅约35%。';
    expect(basis(zh, '2.4%')).toBe('daily');
    expect(basis(zh, '35%')).toBe('ytd');
    expect(readFigures(zh, { pageDate: '2026-11-19' }).find((x) => x.text === '2.4%')!.period).toBe('2026-11');
    expect(basis('Kuaishou closed at HK$70 on Friday, up 3.6%, the most in a month.', '3.6%')).toBe('daily');
    expect(basis('Shares fell 4% on Friday, trimming their gain since the Jan. 9 debut to about 80%.', '80%')).toBe('since-listing');
  });
});

describe('a year earlier than a month, and revised estimates', () => {
  it('"rose to 9.1% in May from 4.5% a year earlier": May of the year before', () => {
    const read = readFigures("Kimi's share of China's AI chatbot traffic rose to 9.1% in May from 4.5% a year earlier.", { pageDate: '2026-06-20' });
    expect(read.map((f) => f.period)).toEqual(['2026-05', '2025-05']);
  });

  it('a quarter\'s "a year earlier" is still that quarter of the year before', () => {
    const read = readFigures('In the third quarter of 2025, Baidu revenue rose to 5 billion yuan from 4 billion yuan a year earlier.', { pageDate: '2026-06-20' });
    expect(read.map((f) => f.period)).toEqual(['2025-Q3', '2024-Q3']);
  });

  it('"we raise our FY26-28E revenue forecasts by 8-11%" is a revision of an estimate, not growth', () => {
    expect(readFigures('MiniMax: we raise our FY26-28E revenue forecasts by 8-11%.', { pageDate: '2026-08-28' })[0]!.metric).toBe('other:estimate-revision');
  });
});

describe('a goal and the outcome it is set against', () => {
  const read = (text: string) => readFigures(text, { pageDate: '2026-05-20' }).map((f) => [f.text, f.period, f.qualifier, f.basis]);

  it('a goal set in a month is for the year it names, past what it is an amount of ("of Kling revenue for 2026")', () => {
    expect(read('In March the company set a goal of 2.5 billion yuan of cloud revenue for 2026.')).toEqual([['2.5 billion yuan', '2026', 'forecast', 'forecast']]);
    expect(read('In April Baidu set a target of 40 billion yuan in sales for 2027.')).toEqual([['40 billion yuan', '2027', 'forecast', 'forecast']]);
  });

  it('the past outcome a forecast is compared with is no forecast ("against 724 million yuan last year")', () => {
    expect(read('Zhipu expects revenue of 2 billion yuan in 2026, against 724 million yuan last year.')).toEqual([
      ['2 billion yuan', '2026', 'forecast', 'forecast'],
      ['724 million yuan', '2025', 'exact', 'fy'],
    ]);
    expect(read('MiniMax forecast revenue of $300 million for 2026, up from $120 million a year earlier.')[1]).toEqual(['$120 million', '2025', 'exact', 'fy']);
  });

  it('an earlier forecast a forecast replaces stays a forecast ("raised its forecast to … from …")', () => {
    expect(read('Harbourline raised its 2026 revenue forecast for Zhipu to 3.2 billion yuan from 2.7 billion yuan.').map((r) => r[2])).toEqual(['forecast', 'forecast']);
  });
});

describe('a list for the four quarters of a year', () => {
  it('goes through the quarters in their order ("2025年四个季度分别…", "in the four quarters of 2025 … respectively")', () => {
    const zh = readFigures('按季度看，某公司2025年四个季度分别实现收入2.1亿元、2.6亿元、3.3亿元和4.0亿元。', { pageDate: '2026-03-20' });
    expect(zh.map((f) => f.period)).toEqual(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']);
    const en = readFigures('In the four quarters of 2025, Zhipu booked revenue of 110 million yuan, 150 million yuan, 200 million yuan and 264 million yuan respectively.', { pageDate: '2026-03-20' });
    expect(en.map((f) => f.period)).toEqual(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']);
  });

  it('a list of four without the quarters said is not taken for them', () => {
    const read = readFigures('2025年，四家公司收入分别为2.1亿元、2.6亿元、3.3亿元和4.0亿元。', { pageDate: '2026-03-20' });
    expect(read.map((f) => f.period)).toEqual(['2025', '2025', '2025', '2025']);
  });
});

describe('the day a source spoke and the month its data are of', () => {
  it('a count of users takes the month the sentence names, not the day the data firm spoke', () => {
    const read = readFigures('Kimi passed Yuanbao in August, research firm Lumen Data said on Tuesday, while Doubao kept the lead with 240 million monthly active users.', { pageDate: '2026-09-10' });
    expect(read.find((f) => f.text === '240 million')!.period).toBe('2026-08');
  });

  it('with no other month named, the day it was said is the day the count stands at', () => {
    expect(readFigures('Moonshot said on Tuesday it has 600 employees.', { pageDate: '2026-09-10' })[0]!.period).toBe('2026-09');
  });
});

describe('"the whole year" and "the full year" said with their article', () => {
  it('are the year the text is in, as "the year" is', () => {
    const read = readFigures('Baidu said AI Cloud revenue reached 20 billion yuan in the first nine months of 2026, and it expects more than 28 billion yuan for the whole year.', { pageDate: '2026-11-20' });
    expect(read.map((f) => f.period)).toEqual(['2026-9M', '2026']);
    const full = readFigures('Tencent spent 60 billion yuan in the first nine months of 2026 and expects capex of about 90 billion yuan for the full year.', { pageDate: '2026-11-20' });
    expect(full.map((f) => f.period)).toEqual(['2026-9M', '2026']);
  });
  it('but "late in the year" is a time of year, not the year reported on', () => {
    const read = readFigures("The first quarter, usually iFlytek's weakest because government customers pay late in the year, was better than feared. Revenue grew 14.6% to 5.31 billion yuan.", { pageDate: '2026-04-20' });
    expect(read.map((f) => f.period)).toEqual(['2026-Q1', '2026-Q1']);
  });
});

describe('"the year before" said after a compared value (sentences of our own)', () => {
  it('is the same period a year back', () => {
    const y = readFigures('Volcano Engine more than doubled its revenue to 31.5 billion yuan in 2025, from 14.4 billion yuan the year before, one of the people said.', { pageDate: '2026-03-10' });
    expect(y.map((f) => f.period)).toEqual(['2025', '2024']);
    const q = readFigures('Kling revenue was 1.2 billion yuan in the third quarter of 2025, up from 300 million yuan the year before.', { pageDate: '2026-03-10' });
    expect(q.map((f) => f.period)).toEqual(['2025-Q3', '2024-Q3']);
  });
});

describe('the month a report came out (a sentence of our own)', () => {
  it('is no period of its figures: the year-ago value is the first half\'s', () => {
    const read = readFigures("MiniMax's first-half results, reported in late August, showed revenue of $212 million, up from $88 million a year earlier.", { pageDate: '2026-09-20' });
    expect(read.map((f) => f.period)).toEqual(['2026-H1', '2025-H1']);
  });
});

describe('year-ago words opening the clause before the figure (sentences of our own)', () => {
  it('"a year earlier, there were 2.3 million", "一年前，这一数字为230万" are of a year before', () => {
    const en = readFigures('MiniMax had 4.6 million overseas paying users at the end of June; a year earlier, there were 2.3 million.', { pageDate: '2026-09-20' });
    expect(en.map((f) => f.period)).toEqual(['2026-06', '2025-06']);
    const zh = readFigures('2026年上半年MiniMax收入增长。截至6月30日，MiniMax海外付费用户达到460万；一年前，这一数字为230万。', { pageDate: '2026-09-20' });
    expect(zh.map((f) => f.period)).toEqual(['2026-06', '2025-06']);
  });
});

describe('a sentence that opens on the quarter a change is counted from', () => {
  const last = (text: string) => readFigures(text, { pageDate: '2026-11-19' }).at(-1)!;
  it('is a change from the quarter before: sequential', () => {
    expect(last("Tencent's cloud revenue reached 15 billion yuan in the third quarter. From the June quarter, cloud revenue grew 6%.").metric).toBe('other:segment-revenue-growth-qoq');
    expect(last("Zhipu's revenue rose to 300 million yuan in the third quarter. Compared with the second quarter, revenue grew 12 per cent.").metric).toBe('other:revenue-growth-qoq');
  });
  it('but not from the same quarter a year before', () => {
    expect(last("Zhipu's revenue rose to 300 million yuan in the third quarter. Compared with the third quarter of 2025, revenue grew 80 per cent.").metric).toBe('revenue-growth');
  });
});

describe('a cap on the whole of the year in progress', () => {
  it('"全年资本开支不超过160亿元" after this year\'s nine months is this year\'s, at most', () => {
    const read = readFigures('腾讯首九个月资本开支累计600亿元。管理层表示，全年资本开支不超过900亿元。', { pageDate: '2026-11-19' });
    expect(read.map((f) => [f.period, f.qualifier])).toEqual([['2026-9M', 'exact'], ['2026', 'under']]);
    const en = readFigures('Tencent spent 60 billion yuan in the first nine months of 2026. It said full-year capex would be no more than 90 billion yuan.', { pageDate: '2026-11-19' });
    expect(en.map((f) => [f.period, f.qualifier])).toEqual([['2026-9M', 'exact'], ['2026', 'under']]);
  });
});

describe('the day a plan was announced', () => {
  it('is not the span a budget covers ("the 380 billion yuan it pledged in February 2025")', () => {
    const read = readFigures('Alibaba said it would raise its three-year AI infrastructure budget to 480 billion yuan from the 380 billion yuan it pledged in February 2025.', { pageDate: '2026-08-28' });
    expect(read.map((f) => f.period)).toEqual([null, null]);
  });
});

describe('broker-note shorthand', () => {
  const text =
    'Zhipu reported 1H26 revenue of RMB486mn, up 131% YoY. Zhipu lost RMB2.9 for every yuan of revenue on an adjusted basis (1H25: RMB5.6).\n\nKey highlights:\n- Localized deployment revenue grew 58% YoY to RMB274mn.\n- Cash and equivalents stood at RMB11.8bn as of end-Jun.\n\nZhipu shares have risen 54% YTD vs. HSTECH +12%.';
  const read = (surface: string) => readFigures(text, { pageDate: '2026-08-31' }).find((f) => f.text === surface)!;

  it('"(1H25: RMB5.6)" is a comparison: the half in force stays 1H26', () => {
    expect(read('RMB5.6').period).toBe('2025-H1');
    expect([read('RMB274mn').metric, read('RMB274mn').period]).toEqual(['other:segment-revenue', '2026-H1']);
  });

  it('"as of end-Jun" is June; "54% YTD" is the page\'s year so far; HSTECH is an index', () => {
    expect(read('RMB11.8bn').period).toBe('2026-06');
    expect([read('54%').entity, read('54%').period]).toEqual(['zhipu', '2026']);
    expect([read('+12%').entity, read('+12%').metric]).toEqual([null, 'other:index-change']);
  });
});

describe('a year named for a comparison in Chinese', () => {
  it('"仍会高于2024年的767亿元" does not make 2024 the year in force', () => {
    const text = '11月13日，腾讯发布2025年第三季度财报。第三季度腾讯资本开支为129.8亿元，同比下降24%。刘炽平表示，开支仍会高于2024年的767亿元。\n\n分业务看，营销服务收入362亿元，同比增长21%。';
    const read = readFigures(text, { pageDate: '2025-11-13' });
    expect(read.slice(2).map((f) => [f.text, f.period])).toEqual([['767亿元', '2024'], ['362亿元', '2025-Q3'], ['21%', '2025-Q3']]);
  });
});

describe('asides, reports and spans (sentences of our own)', () => {
  const read = (text: string, pageDate = '2026-03-30') => readFigures(text, { pageDate });

  it('"the second half alone" is an aside: the year stays in force', () => {
    const f = read('Zhipu said revenue for 2025 rose 136% to 742 million yuan. Revenue in the second half alone was 498 million yuan. The gross margin was 54%.');
    expect(f.map((x) => [x.text, x.period])).toEqual([['136%', '2025'], ['742 million yuan', '2025'], ['498 million yuan', '2025-H2'], ['54%', '2025']]);
  });

  it('"报告期内" is the report\'s period, and its 上年同期 the same period a year before', () => {
    const text = '8月20日晚间，科大讯飞披露2026年半年度报告。上半年公司实现营业收入124.63亿元。\n\n从单季度看，第二季度公司实现营业收入71.52亿元。\n\n报告期内，公司经营活动产生的现金流量净额为-9.86亿元，上年同期为-7.95亿元。';
    expect(read(text, '2026-08-21').slice(2).map((x) => [x.text, x.period])).toEqual([['-9.86亿元', '2026-H1'], ['-7.95亿元', '2025-H1']]);
  });

  it('"2026年1-3月" is the first quarter; growth "较2023年" is growth since 2023', () => {
    expect(read('2026年1-3月，智谱实现营业收入2.31亿元，同比增长152%。', '2026-06-01').map((x) => x.period)).toEqual(['2026-Q1', '2026-Q1']);
    expect(read('2025年营业收入约7.42亿元，较2023年增长近5倍。').find((x) => x.text === '5倍')!.period).toBe('2023..2025');
  });

  it('"since April" and "since March" count to the page date: a market value is the page\'s, money raised since is the span\'s', () => {
    const f = read("MiniMax closed at its weakest since April, leaving it with a market value of roughly HK$98 billion. Zhipu has raised HK$3.9 billion in two placements since March.", '2026-07-16');
    expect(f.map((x) => [x.text, x.period])).toEqual([['HK$98 billion', '2026-07'], ['HK$3.9 billion', '2026-03..2026-07']]);
  });

  it('"posted 2025 revenue of $312 million earlier this month": when it was posted is not its period', () => {
    expect(read('Rival MiniMax posted 2025 revenue of $312 million earlier this month.')[0]!.period).toBe('2025');
  });

  it('"wider than the 2.47 billion yuan it lost a year earlier"; "from 2024 to 5 billion yuan"', () => {
    expect(read('In 2025, Zhipu posted a net loss of 2.95 billion yuan, wider than the 2.47 billion yuan it lost a year earlier.').map((x) => x.period)).toEqual(['2025', '2024']);
    expect(read('In 2025, Baidu revenue rose 30% from 2024 to 5 billion yuan.').map((x) => x.period)).toEqual(['2025', '2025']);
  });
});

describe('a period named with its value for comparison ("由2024年的", "去年全年的") is not the period in force', () => {
  it('the year of a compared value does not date the next sentences of an annual report', () => {
    const text = '3月25日，智谱发布上市后首份年度业绩。2025年全年营收7.2亿元。毛利率由2024年的31.5%升至40.2%。经调整净亏损为22.1亿元，较2024年的24.6亿元收窄10%。研发开支为31.9亿元。';
    const f = readFigures(text, { pageDate: '2026-03-26' });
    expect(f.map((x) => [x.text, x.period])).toEqual([
      ['7.2亿元', '2025'],
      ['31.5%', '2024'],
      ['40.2%', '2025'],
      ['22.1亿元', '2025'],
      ['24.6亿元', '2024'],
      ['10%', '2025'],
      ['31.9亿元', '2025'],
    ]);
  });

  it('"已接近去年全年的768亿元" and a full year looked ahead to ("全年资本开支将…") leave the quarter in force', () => {
    const text = '腾讯2026年第二季资本开支为298亿元，已接近去年全年的768亿元。管理层表示，全年资本开支将占收入的低双位数百分比。\n\n分部方面，金融科技及企业服务收入为612亿元，同比增长11%。';
    const f = readFigures(text, { pageDate: '2026-08-14' });
    expect(f.map((x) => [x.text, x.period])).toEqual([
      ['298亿元', '2026-Q2'],
      ['768亿元', '2025'],
      ['612亿元', '2026-Q2'],
      ['11%', '2026-Q2'],
    ]);
  });
});

describe('a period a forecast clause names does not become what "去年同期" counts from', () => {
  it('"全年资本开支将…" after a second-quarter report leaves 去年同期 the year-ago quarter', () => {
    const text = '腾讯公布2026年第二季业绩，收入为2094亿元。管理层表示，全年资本开支将占收入的低双位数百分比。集团毛利率由去年同期的53.4%升至55.8%。';
    const f = readFigures(text, { pageDate: '2026-08-14' });
    expect(f.map((x) => [x.text, x.period])).toEqual([
      ['2094亿元', '2026-Q2'],
      ['53.4%', '2025-Q2'],
      ['55.8%', '2026-Q2'],
    ]);
  });
});

describe('"由X升至Y": the level a move started from (sentences of our own)', () => {
  it('is the year before\'s in an annual report, and unknown for a quarter; a year written with it stays', () => {
    const f = readFigures('2025年，智谱毛利率由48.5%升至52.0%。2026年第一季度，其毛利率由50.1%降至47.3%。毛利率由2024年的56.3%降至2025年的52.0%。', { pageDate: '2026-05-01' });
    expect(f.map((x) => [x.text, x.period])).toEqual([
      ['48.5%', '2024'],
      ['52.0%', '2025'],
      ['50.1%', null],
      ['47.3%', '2026-Q1'],
      ['56.3%', '2024'],
      ['52.0%', '2025'],
    ]);
  });
});

describe('a period inside a relative clause closed before the figure (sentences of our own)', () => {
  it('"Baidu, which made its models free in 2024, said it would cut prices by 40%" does not date the cut to 2024', () => {
    const f = readFigures('Baidu, which made two of its models free in 2024, said it would cut prices for ERNIE 5.0 by 40 per cent.', { pageDate: '2026-05-20' });
    expect(f.map((x) => [x.text, x.period])).toEqual([['40 per cent', null]]);
  });
});

describe('"to X from Y in FY24": the level reached is of the year after (sentences of our own)', () => {
  it('is so even after a quarter was named', () => {
    const f = readFigures('4Q25 revenue was US$120mn. Adjusted net loss narrowed to US$250mn from US$400mn in FY24.', { pageDate: '2026-03-24' });
    expect(f.map((x) => [x.text, x.period])).toEqual([
      ['US$120mn', '2025-Q4'],
      ['US$250mn', '2025'],
      ['US$400mn', '2024'],
    ]);
  });
});

describe('a quarter with no year opening a sentence ends the period in force (sentences of our own)', () => {
  it('on an undated page, "Third-quarter results beat" after "so far in 2026" leaves the quarter\'s figures undated', () => {
    const text = 'The shares have gained 30% so far in 2026.\n\nThird-quarter results beat on cloud. Total revenue was RMB34.1bn, and AI Cloud revenue rose 40% to RMB6.0bn.';
    const f = readFigures(text);
    expect(f.map((x) => [x.text, x.period])).toEqual([
      ['30%', '2026'],
      ['RMB34.1bn', null],
      ['40%', null],
      ['RMB6.0bn', null],
    ]);
  });
});

describe('results periods said other ways (sentences of our own)', () => {
  it('"截至去年12月底止季度" is last year\'s fourth quarter and the period the report goes on in', () => {
    const f = readFigures('阿里巴巴昨公布截至去年12月底止季度业绩，收入按年增7%至2800亿元。云智能集团收入增长30%至400亿元。', { pageDate: '2026-02-21' });
    expect(f.map((x) => x.period)).toEqual(['2025-Q4', '2025-Q4', '2025-Q4', '2025-Q4']);
  });

  it('"the first half of its fiscal year, the six months to September" is two calendar quarters; "its fiscal year ending March 2027" four', () => {
    expect(readFigures('For the first half of its fiscal year, the six months to September, Alibaba cloud revenue totalled 80 billion yuan.', { pageDate: '2026-11-20' })[0]!.period).toBe('2026-Q2..2026-Q3');
    expect(readFigures('Alibaba is likely to spend more than 150 billion yuan in its fiscal year ending March 2027.', { pageDate: '2026-11-20' })[0]!.period).toBe('2026-Q2..2027-Q1');
  });

  it('"12% lower than in the second quarter" is the third quarter\'s; a target "由去年2月公布的3800亿元" is not February\'s', () => {
    const f = readFigures('Tencent spent 25 billion yuan on capex in the third quarter of 2026, 12% lower than in the second quarter.', { pageDate: '2026-11-20' });
    expect(f.map((x) => x.period)).toEqual(['2026-Q3', '2026-Q3']);
    expect(readFigures('阿里巴巴把2025至2027年三年间的AI投资目标，由去年2月公布的3800亿元上调至4800亿元。', { pageDate: '2026-02-21' }).map((x) => x.period)).not.toContain('2025-02');
  });
});

describe('a move since listing, and the words of one move among several (sentences of our own)', () => {
  const at = (text: string, surface: string, pageDate: string) => readFigures(text, { pageDate }).find((x) => x.text === surface)!;
  const claimOf = (text: string, surface: string, pageDate: string) => {
    const figures = readFigures(text, { pageDate });
    const { claims, from } = extractClaims(figures, text, { file: 'a.txt', url: null, title: null, siteName: null, date: pageDate, lang: null });
    return claims.find((_, i) => from[i]!.text === surface) ?? null;
  };

  it('a gain since a listing the text never dates has no period a claim can give', () => {
    const text = 'Zhipu shares fell 4.3% to HK$402.2 on Tuesday, trimming the stock’s gain since its debut to about 240%.';
    expect(at(text, '240%', '2026-03-20').evidence.period).toBeNull();
    expect(claimOf(text, '240%', '2026-03-20')).toBeNull();
    expect(claimOf(text, '4.3%', '2026-03-20')?.period).toBe('2026-03');
  });

  it('the listing month told elsewhere in the text starts the span', () => {
    const en = 'Zhipu, which listed in Hong Kong in January, reported results. Its shares closed at HK$612 on Wednesday, 427% above its offer price of HK$116.20.';
    expect(at(en, '427%', '2026-03-20').period).toBe('2026-01..2026-03');
    const zh = '商汤今年2月在港上市。该股昨日收报3.1港元，较招股价累升约85%。';
    expect(at(zh, '85%', '2026-09-10').period).toBe('2026-02..2026-09');
    // (the month the sentence names for the listing is its start, not the move's month)
    expect(at('Even after the drop, the shares remain about 169% above the HK$116.20 offer price of the January initial public offering.', '169%', '2026-07-08').period).toBe('2026-01..2026-07');
    // (a listing today: the move is of the page's month)
    expect(at('阶跃星辰今日在港交所挂牌上市，收报201.6港元，较发行价上涨68%。', '68%', '2026-10-28').period).toBe('2026-10');
  });

  it('two listings in different months leave the start unknown', () => {
    const text = 'Baidu’s chip unit listed in March and SenseTime listed in Shanghai in May. SenseTime shares are now 120% above the offer price.';
    expect(at(text, '120%', '2026-09-10').evidence.period).toBeNull();
  });

  it('a day’s move beside a move since listing keeps its own time words', () => {
    const a = 'Zhipu, which listed in January, closed at HK$612 on Wednesday, up 4.8% on the day and 427% above its offer price.';
    expect(at(a, '4.8%', '2026-03-20').basis).toBe('daily');
    expect(at(a, '4.8%', '2026-03-20').period).toBe('2026-03');
    expect(at(a, '427%', '2026-03-20').basis).toBe('since-listing');
    const b = 'The stock has gained 187% since its January listing but fell 6.2% on Thursday to HK$598.5.';
    expect(at(b, '6.2%', '2026-08-28').basis).toBe('daily');
    expect(at(b, '6.2%', '2026-08-28').period).toBe('2026-08');
    // ("this year" said once for both moves)
    expect(at('iFlytek’s shares have fallen 12% this year while SenseTime’s have gained 64%.', '64%', '2026-08-27').basis).toBe('ytd');
  });

  it('"its biggest one-day drop since listing" is a day’s move', () => {
    expect(at('MiniMax股价昨日收市报293港元，跌7%，为上市以来最大单日跌幅。', '7%', '2026-11-20').basis).toBe('daily');
    expect(at('MiniMax shares fell 7% on Thursday, their biggest one-day drop since the January listing.', '7%', '2026-11-20').basis).toBe('daily');
  });
});

describe('the start and the end of a year, and a change counted from one (sentences of our own)', () => {
  const at = (text: string, surface: string, pageDate = '2026-09-20') => readFigures(text, { pageDate }).find((x) => x.text === surface)!;

  it('"at the end of last year", "by year-end" are December; "at the start of the year", "年初" are January', () => {
    const en = 'Kimi’s annualised revenue reached $240 million in August, up from $90 million at the end of last year.';
    expect(at(en, '$90 million').period).toBe('2025-12');
    expect(at(en, '$240 million').period).toBe('2026-08');
    expect(at('Its run rate topped $300 million in September, up from about $100 million at the start of the year.', '$100 million').period).toBe('2026-01');
    expect(at('Zhipu has set itself a goal of 2 billion yuan of annualised revenue by year-end.', '2 billion yuan').period).toBe('2026-12');
    expect(at('智谱的年化收入已在9月底突破3亿元，比年初的约1亿元增长约2倍。', '1亿元').period).toBe('2026-01');
    // ("年初至今" is the year so far, not January)
    expect(at('百度股价年初至今上涨20%。', '20%').period).toBe('2026');
  });

  it('the time something happened early or late in a year ("今年初在港上市", "listed earlier this year") is no year in force', () => {
    expect(mentions('两家今年初在港上市的公司，去年年初的收入较低。')).toEqual(['今年初=2026-01', '去年年初=2025-01']);
    // ("今年初步实现盈利": 初步, preliminary, is no start of the year)
    expect(mentions('公司今年初步实现盈利。')).toEqual(['今年=2026']);
    const zh = '两家今年初在港上市的大模型公司相继公布业绩，毛利率走势分化。智谱经调整亏损14.8亿元，期内收入7.86亿元。';
    expect(at(zh, '14.8亿元').period).not.toBe('2026');
    const en = 'Two model makers that listed in Hong Kong earlier this year have seen margins diverge. Zhipu’s adjusted net loss was 1.48 billion yuan.';
    expect(at(en, '1.48 billion yuan').period).not.toBe('2026');
  });

  it('a clause opened by "when" after a fiscal year told as its months tells of that year, decimals and all', () => {
    const text = 'The June quarter extends a trend from the fiscal year that ended March 31, when Alibaba’s cloud revenue reached 188.3 billion yuan at an adjusted EBITA margin of 9.1%.';
    expect(at(text, '188.3 billion yuan', '2026-08-21').period).toBe('2025-Q2..2026-Q1');
    expect(at(text, '9.1%', '2026-08-21').period).toBe('2025-Q2..2026-Q1');
    // (a decimal point is no end of the clause: "since its January debut, when it raised HK$4.35 billion in an offering
    // priced at HK$116.20 a share")
    const debut = 'Zhipu has gained 260% since its January debut, when it raised HK$4.35 billion in an initial public offering priced at HK$116.20 a share.';
    expect([at(debut, 'HK$116.20', '2026-09-17').metric, at(debut, 'HK$116.20', '2026-09-17').period]).toEqual(['other:offer-price', '2026-01']);
  });

  it('a change or a multiple counted from an earlier moment is not of that moment', () => {
    expect(at('目前公司员工约380人，较年初增加约80人。', '80').period).not.toBe('2026-01');
    expect(at('智谱的年化收入已在9月底突破3亿元，比年初的约1亿元增长约2倍。', '2倍').period).not.toBe('2026-01');
    expect(at('截至6月底，Kimi海外API业务的年化收入突破1.5亿美元，是年初的3倍。', '3倍', '2026-07-15').period).not.toBe('2026-01');
  });
});

describe('a market value is not dated by another clause’s event (sentences of our own)', () => {
  const at = (text: string, surface: string, pageDate = '2026-09-20') => readFigures(text, { pageDate }).find((x) => x.text === surface)!;

  it('the month of a round or a listing told in another clause does not date a market value', () => {
    const a = 'StepFun raised 5.2 billion yuan in July, while MiniMax’s Hong Kong-listed stock has climbed 64% this year, giving it a market value of about HK$180 billion.';
    expect(at(a, '5.2 billion yuan').period).toBe('2026-07');
    expect(at(a, 'HK$180 billion').period).toBe('2026-09');
    const b = 'Baichuan closed a round in March, while Zhipu and MiniMax, trading in Hong Kong, have market values of about $23 billion and $12 billion.';
    expect(at(b, '$23 billion').period).toBe('2026-09');
    // (a month said of the value itself still dates it)
    expect(at('At the end of June, Zhipu had a market value of about HK$200 billion.', 'HK$200 billion').period).toBe('2026-06');
  });
});

describe('a day named in one clause is the day of the moves in the next (a sentence of our own)', () => {
  it('"rose 11.6% to HK$468.20 on Thursday, taking their gain from the offer price to about 180%"', () => {
    const text = 'MiniMax listed in January. Its shares rose 11.6% to HK$468.20 on Thursday, taking their gain from the HK$165 offer price to about 180%.';
    const f = readFigures(text, { pageDate: '2026-03-26' }).find((x) => x.text === '180%')!;
    expect(f.period).toBe('2026-01..2026-03');
    expect(f.evidence.period).not.toBeNull();
  });
});

describe('quarters said in months, compared quarters, fiscal years in a list (sentences of our own)', () => {
  const read = (text: string, pageDate: string | null = '2026-08-20') => readFigures(text, pageDate ? { pageDate } : {});
  const at = (text: string, surface: string, pageDate: string | null = '2026-08-20') => read(text, pageDate).find((x) => x.text === surface)!;

  it('"the first three months of 2026" is the first quarter', () => {
    expect(mentions('Sales rose in the first three months of 2026.')).toEqual(['first three months of 2026=2026-Q1']);
  });

  it('a quarter named for a compared value does not become the period of what follows', () => {
    const text = 'Tencent reported second-quarter results in 2026. Cloud revenue rose 27% to 7.1 billion yuan, slower than the 42% growth of the first quarter. Net income was 4.1 billion yuan.';
    expect(at(text, '42%').period).toBe('2026-Q1');
    expect(at(text, '4.1 billion yuan').period).not.toBe('2026-Q1');
  });

  it('an undated report of the April-June quarter that names 2026 for a comparison is of the second quarter of 2026', () => {
    const text = 'Baidu’s growth slowed from the first three months of 2026. Total revenue was 32.6 billion yuan in the April-June quarter. Net income was 4.1 billion yuan.';
    expect(at(text, '32.6 billion yuan', null).period).toBe('2026-Q2');
    expect(at(text, '4.1 billion yuan', null).period).toBe('2026-Q2');
  });

  it('"FY27E/FY28E" for a company whose year ends in March are its fiscal years in the calendar', () => {
    const text = 'Alibaba: we raise our FY27E/FY28E cloud revenue to RMB171.5/214.3bn.';
    expect(at(text, 'RMB171.5', '2026-11-21').period).toBe('2026-Q2..2027-Q1');
    expect(at(text, '214.3bn', '2026-11-21').period).toBe('2027-Q2..2028-Q1');
    expect(at('Baidu: we raise our FY27E/FY28E revenue to RMB171.5/214.3bn.', 'RMB171.5', '2026-11-21').period).toBe('2027');
  });
});

describe('a value dated by when it was said, and a restated one (sentences of our own)', () => {
  const at = (text: string, surface: string) => readFigures(text, { pageDate: '2026-11-19' }).find((x) => x.text === surface)!;

  it('"from the $213.5 million it reported in August" is of the period restated, not of August', () => {
    const text = 'The company restated revenue for the first half of 2026 to $201.7 million, from the $213.5 million it reported in August.';
    expect(at(text, '$201.7 million').period).toBe('2026-H1');
    expect(at(text, '$213.5 million').period).not.toBe('2026-08');
  });

  it('"below the $14 billion to $15 billion discussed in September" is one range', () => {
    const f = at('The round values Moonshot at $12 billion, below the $14 billion to $15 billion that had been discussed in September.', '$14 billion to $15 billion');
    expect([f.qualifier, f.value, f.valueMax]).toEqual(['range', 14e9, 15e9]);
  });
});

describe('months of "this year", the start and end of a named year, and a later clause’s year (sentences of our own)', () => {
  const at = (text: string, surface: string, pageDate = '2026-11-20') => readFigures(text, { pageDate }).find((x) => x.text === surface)!;

  it('"by October this year", "at the start of 2024", "ended 2023 with", "by the end of that year"', () => {
    expect(at('By October this year the app had 248 million monthly active users.', '248 million').period).toBe('2026-10');
    expect(at('Its valuation has more than doubled from 18 billion yuan at the start of 2024.', '18 billion yuan').period).toBe('2024-01');
    expect(at('Doubao ended 2023 with about 10 million monthly active users.', '10 million').period).toBe('2023-12');
    const prices = 'Alibaba charged Rmb20 per million input tokens at the start of 2024; by the end of that year the figure was Rmb0.8.';
    expect(at(prices, 'Rmb0.8').period).not.toBe('2024-01');
  });

  it('a year said after "and" with a plan or a move of its own is not the earlier figure’s', () => {
    expect(at('Moonshot has about 450 employees and plans to add 150 more this year.', '450').period).not.toBe('2026');
    const move = 'Alibaba shares closed up 1.1% at HK$168.30 before the results and have gained about 58% so far this year.';
    expect(at(move, 'HK$168.30').period).toBe('2026-11');
    expect(at(move, '58%').period).toBe('2026');
    // (a period said once for a list of results is all of theirs)
    expect(at('Gen AI revenue increased by 256% YoY to RMB1.05bn and represented 60% of total revenue in 1H24.', '256%').period).toBe('2024-H1');
  });
});

describe('parts of "this year", and a listing month told with its offer (sentences of our own)', () => {
  const at = (text: string, surface: string, pageDate = '2026-09-14') => readFigures(text, { pageDate }).find((x) => x.text === surface)!;

  it('"the first half of this year", "the third quarter of last year", "the first nine months of this year"', () => {
    expect(at('The first half of this year showed the same shape. Revenue rose 131% to 512 million yuan.', '512 million yuan').period).toBe('2026-H1');
    expect(at('In the third quarter of last year revenue was 5 billion yuan.', '5 billion yuan').period).toBe('2025-Q3');
    expect(at('Revenue in the first nine months of this year was 3 billion yuan.', '3 billion yuan').period).toBe('2026-9M');
  });

  it('"今年1月以每股165港元招股" dates the listing; "上市首日" is no listing today', () => {
    const text = 'MiniMax今年1月以每股165港元招股，集資約42億港元，上市首日股價大幅高開。上周五股價收報436港元，較招股價累計上升164%。';
    expect(at(text, '164%', '2026-11-02').period).toBe('2026-01..2026-10');
  });
});

describe('今年一季度, and a market value beside "its January debut" (sentences of our own)', () => {
  const at = (text: string, surface: string, pageDate = '2026-06-18') => readFigures(text, { pageDate }).find((x) => x.text === surface)!;
  it('"今年一季度" is this year’s first quarter, whatever year the text named before', () => {
    expect(at('2025年，百川收入增长至3.4亿元。今年一季度，医疗业务收入为6200万元。', '6200万元').period).toBe('2026-Q1');
  });
  it('a market value told after "at its January debut" is of the day the sentence names, not of the debut', () => {
    const text = 'They closed at HK$318 on Friday, up roughly 210% from the offer price at its January debut, giving the company a market value of about HK$142 billion.';
    expect(at(text, 'HK$142 billion', '2026-09-14').period).toBe('2026-09');
  });
});

describe('去年同期 after a part of a year no one can date (a text of our own)', () => {
  it('on an undated page, "前三季度…，去年同期为…" after "2026年以来" is not last year as a whole', () => {
    const text = '讯飞成交额创2026年以来单日新高。\n\n公司昨晚披露三季报。\n\n现金流明显改善。前三季度经营活动产生的现金流量净额为-9.4亿元，去年同期为-17.6亿元。';
    const f = readFigures(text).find((x) => x.text === '-17.6亿元')!;
    expect(f.period).not.toBe('2025');
    // (with a year for the nine months, the year before's nine months)
    const dated = readFigures('公司披露2026年三季报，前三季度经营活动产生的现金流量净额为-9.4亿元，去年同期为-17.6亿元。').find((x) => x.text === '-17.6亿元')!;
    expect(dated.period).toBe('2025-9M');
  });
});

describe('a period a change is counted from (a text of our own)', () => {
  it('"up 37% from the first six months" does not put the first half in force', () => {
    const text = 'MiniMax reported 2025 revenue of $197 million. Second-half revenue alone reached $110.6 million, up 37% from the first six months. More than 70% of revenue came from outside mainland China.';
    expect(readFigures(text, { pageDate: '2026-03-26' }).find((x) => x.text === '70%')!.period).toBe('2025');
  });
});

describe('the first N months, a value "set in August", and 这一比例 (sentences of our own)', () => {
  const at = (text: string, surface: string, pageDate = '2026-09-10') => readFigures(text, { pageDate }).find((x) => x.text === surface)!;
  it('"今年首8个月", "the first eight months of 2026" run from January', () => {
    expect(at('阶跃今年首8个月收入约为人民币9.5亿元。', '人民币9.5亿元').period).toBe('2026-01..2026-08');
    expect(at('Revenue in the first eight months of 2026 was 950 million yuan.', '950 million yuan').period).toBe('2026-01..2026-08');
  });
  it('a target "set in August" is not August’s', () => {
    expect(at('Kuaishou raised its full-year target for Kling revenue to 5.6 billion yuan, from the 4.5 billion yuan it set in August.', '4.5 billion yuan').period).not.toBe('2026-08');
  });
  it('"2023年这一比例为52.8%" does not make 2023 the year of what follows', () => {
    expect(at('2025年，公司前五大客户销售额占比为29.6%，2023年这一比例为52.8%。MaaS开放平台收入为1.94亿元。', '1.94亿元').period).toBe('2025');
  });
  it('"2025年全年这一比例约为12%" (约 before the verb) does not make 2025 the period of what follows', () => {
    expect(at('前三季度云业务收入达30亿元，占总营收的比例升至18%，而2025年全年这一比例约为11%。其中，公有云收入约20亿元。', '20亿元').period).toBe('2026-9M');
    expect(at('前三季度雲業務收入達30億元，而2025年全年該比例約為11%。其中，公有雲收入約20億元。', '20億元').period).toBe('2026-9M');
  });
});

describe('a value revised is of the same period as its revision (sentences of our own)', () => {
  const at = (text: string, surface: string) => readFigures(text, { pageDate: '2026-09-01' }).find((x) => x.text === surface)!;
  it('"restated its 2025 revenue to 1.24 billion yuan from 1.27 billion yuan": both 2025; "rose to … from …" stays the year before', () => {
    expect(at('Zhipu restated its 2025 revenue to 1.24 billion yuan from 1.27 billion yuan.', '1.27 billion yuan').period).toBe('2025');
    expect(at('Zhipu’s 2025 revenue rose to 1.24 billion yuan from 0.8 billion yuan.', '0.8 billion yuan').period).toBe('2024');
    expect(at('MiniMax’s 2025 gross margin improved, lifting it to 27% from 12.2%.', '12.2%').period).toBe('2024');
  });
});

describe('a price told in the present tense (a sentence of our own)', () => {
  it('"Alibaba lowered prices last month, ByteDance’s Doubao charges 0.6 yuan" is not last month’s price', () => {
    const f = readFigures('Rivals have followed. Alibaba lowered Qwen prices by up to 80% last month, ByteDance’s Doubao charges 0.6 yuan per million input tokens.', { pageDate: '2026-03-10' }).find((x) => x.text === '0.6 yuan')!;
    expect(f.period).not.toBe('2026-02');
  });
});

describe('a change "on a year earlier", and a multiple of current-year revenue (sentences of our own)', () => {
  it('"up 90% on a year earlier" is of the period the sentence names; "rose 9.2% on Thursday" of Thursday’s month', () => {
    const f = readFigures('Baidu says its models processed 1.65 trillion tokens a day in the second quarter of 2026, up 90% on a year earlier.', { pageDate: '2026-09-01' });
    expect(f.find((x) => x.text === '90%')!.period).toBe('2026-Q2');
    expect(readFigures('Kuaishou shares rose 9.2% on Thursday.', { pageDate: '2026-11-20' })[0]!.period).toBe('2026-11');
  });
  it('"puts the stock on nearly 80 times current-year revenue" is a price-to-sales multiple', () => {
    expect(readFigures('Annual sales might reach 3.5 billion yuan this year, which puts Zhipu’s stock on nearly 80 times current-year revenue.', { pageDate: '2026-09-10' }).find((x) => x.text === '80 times')!.metric).toBe('price-to-sales');
  });
});

describe('a span started "since" a year does not put that year in force (a text of our own)', () => {
  it('"fallen 90% since the start of 2024. … 35% in the first half" is this year’s first half', () => {
    const f = readFigures('Chinese token prices have fallen by more than 90% since the start of 2024. Alibaba’s share of China’s cloud market, 35% in the first half, gives it scale.', { pageDate: '2026-08-30' });
    expect(f.find((x) => x.text === '35%')!.period).toBe('2026-H1');
  });
});

describe('interim periods with the day before the month, and the year-ago period a filing compares with (texts of our own)', () => {
  const at = (text: string, date: string) => Object.fromEntries(readFigures(text, { pageDate: date }).map((x) => [x.text, x.period]));
  it('"the six months ended 30 June 2025" is that half, "the nine months ended 30 September 2025" those nine months', () => {
    const p = at('Acme said revenue was RMB402 million in the six months ended 30 June 2026, compared with RMB436 million for the six months ended 30 June 2025. Its loss for the nine months ended 30 September 2025 was RMB1.2 billion, and its loss for the three months ended 31 March 2026 was RMB300 million.', '2026-08-26');
    expect(p).toEqual({ 'RMB402 million': '2026-H1', 'RMB436 million': '2025-H1', 'RMB1.2 billion': '2025-9M', 'RMB300 million': '2026-Q1' });
  });
  it('"an increase of 12.5% as compared with the corresponding period in 2025" keeps the half of the heading, and so do the lines after it', () => {
    const p = at('ANNOUNCEMENT OF INTERIM RESULTS FOR THE SIX MONTHS ENDED 30 JUNE 2026\n\n- Total revenue amounted to RMB1,500,000 thousand, representing an increase of 12.5% as compared with the corresponding period in 2025.\n- Gross margin was 40.0%, up 1.5 percentage points.\n- Revenue rose 30% from the same period of 2025.', '2026-08-20');
    expect(p).toEqual({ 'RMB1,500,000 thousand': '2026-H1', '12.5%': '2026-H1', '40.0%': '2026-H1', '1.5 percentage points': '2026-H1', '30%': '2026-H1' });
  });
  it('"was 5 billion yuan, compared with 6 billion yuan." leaves the compared value’s quarter unsaid, a year’s becomes the year before', () => {
    const p = at('Baidu said adjusted profit in the third quarter was 5 billion yuan, compared with 6 billion yuan. In 2025 its cloud revenue was 70 billion yuan, versus 50 billion yuan.', '2026-11-20');
    expect(p).toEqual({ '5 billion yuan': '2026-Q3', '6 billion yuan': null, '70 billion yuan': '2025', '50 billion yuan': '2024' });
  });
  it('but not a value restated or another owner’s: "vs. RMB133bn as previously reported", "compared with 3% for the industry"', () => {
    const p = at('Alibaba’s cloud revenue for the second quarter of 2026 is now RMB39.6bn, vs. RMB33.0bn as previously reported. Its margin in the quarter was 9%, compared with 3% for the industry.', '2026-11-20');
    expect(p).toEqual({ 'RMB39.6bn': '2026-Q2', 'RMB33.0bn': '2026-Q2', '9%': '2026-Q2', '3%': '2026-Q2' });
  });
});

describe('a list said "respectively" of years closed by a part of a year, or of "the same periods" (texts of our own)', () => {
  const at = (text: string, date: string) => readFigures(text, { pageDate: date }).map((x) => `${x.text}=${x.period}`);
  it('"同期净亏损分别为…" in a sentence of its own goes through the periods of the list before', () => {
    const text = '招股书显示，2024年、2025年及2026年上半年，该公司营收分别为1.1亿元、2.2亿元和1.6亿元。同期净亏损分别为5.1亿元、6.2亿元和3.3亿元。';
    expect(at(text, '2026-09-30').slice(3)).toEqual(['5.1亿元=2024', '6.2亿元=2025', '3.3亿元=2026-H1']);
  });

  it('"2024年、2025年前三季度…分别为": the last year only says whose nine months close the list', () => {
    expect(at('文件显示，2024年、2025年前三季度，该公司收入分别为2.6亿元和3.9亿元。', '2026-01-15')).toEqual(['2.6亿元=2024', '3.9亿元=2025-9M']);
  });

  it('"2023年、2024年、2025年及2026年1-6月，营业收入分别为…" goes item by item, the last a half', () => {
    expect(at('招股书显示，2023年、2024年、2025年及2026年1-6月，该公司营业收入分别为1.1亿元、2.2亿元、3.3亿元和4.4亿元。', '2026-10-30')).toEqual(['1.1亿元=2023', '2.2亿元=2024', '3.3亿元=2025', '4.4亿元=2026-H1']);
  });
  it('"in 2023, 2024 and the first nine months of 2025, respectively"', () => {
    expect(at('Acme posted net losses of RMB1.1 billion, RMB2.2 billion and RMB3.3 billion in 2023, 2024 and the first nine months of 2025, respectively.', '2026-01-20')).toEqual(['RMB1.1 billion=2023', 'RMB2.2 billion=2024', 'RMB3.3 billion=2025-9M']);
  });
  it('"Net losses over the same periods were A, B, C and D respectively" takes the periods just gone through', () => {
    const text = 'Revenue was RMB30 million in 2023, RMB110 million in 2024 and RMB300 million in 2025. In the first nine months of 2026 it reached RMB290 million. Net losses over the same periods were RMB1.5 billion, RMB2.4 billion, RMB2.6 billion and RMB1.9 billion respectively.';
    expect(at(text, '2026-11-20').slice(4)).toEqual(['RMB1.5 billion=2023', 'RMB2.4 billion=2024', 'RMB2.6 billion=2025', 'RMB1.9 billion=2026-9M']);
  });
});

describe('a half reported at a time said from the page date (a text of our own)', () => {
  it('"The interim report last month showed first-half revenue" is this year’s half, though an earlier sentence named March 2025', () => {
    const f = readFigures('It is the second placing in 18 months: in March 2025 Acme raised HK$2.0 billion. The company’s interim report last month showed first-half revenue up 28% at RMB3.02 billion.', { pageDate: '2026-09-23' });
    expect(f.map((x) => `${x.text}=${x.period}`)).toEqual(['HK$2.0 billion=2025-03', '28%=2026-H1', 'RMB3.02 billion=2026-H1']);
  });
  it('without a report said lately, the half stays in the year its paragraph named', () => {
    const f = readFigures('In March 2025 Acme raised HK$2.0 billion. First-half revenue rose 28% to RMB3.02 billion.', { pageDate: '2026-09-23' });
    expect(f.find((x) => x.text === 'RMB3.02 billion')!.period).toBe('2025-H1');
  });
});

describe('a date without its year in a plan (a sentence of our own)', () => {
  it('"ahead of a planned debut on Nov 28", on a page of 18 November, is this year’s 28 November', () => {
    const f = readFigures('StepFun launched its IPO on Wednesday, seeking up to HK$6.24 billion ahead of a planned debut on Nov 28.', { pageDate: '2026-11-18' });
    expect(f[0]!.period).toBe('2026-11');
  });
});

describe('the quarter before, as Chinese papers write it (sentences of our own)', () => {
  const at = (text: string) => readFigures(text, { pageDate: '2026-11-20' }).map((x) => `${x.text}=${x.metric}/${x.period}`);
  it('"增速較上一季的37%", "較上季的463億元減少9%": the value compared with is the previous quarter’s, the change is quarter on quarter', () => {
    expect(at('某公司第三季度雲業務營收年增34%，增速較上一季的37%略為放緩。第三季資本支出為421億元，較上季的463億元減少9%。')).toEqual([
      '34%=other:segment-revenue-growth/2026-Q3', '37%=other:segment-revenue-growth/2026-Q2', '421億元=capex/2026-Q3', '463億元=capex/2026-Q2', '9%=other:capex-growth-qoq/2026-Q3',
    ]);
  });
  it('but "上季資本開支為387億元" alone is the quarter just reported, as Hong Kong papers say it', () => {
    expect(at('某公司第三季度收入按年增8%。上季資本開支為387億元，按年增22%。')[1]).toBe('387億元=capex/2026-Q3');
  });
});

describe('a year a value is set against, after it (a sentence of our own)', () => {
  it('"at a valuation of 25 billion yuan that was little changed from 2024" is June’s valuation', () => {
    const f = readFigures('Baichuan raised a 2 billion yuan round in June, at a valuation of 25 billion yuan that was little changed from 2024.', { pageDate: '2026-09-16' });
    expect(f.map((x) => x.period)).toEqual(['2026-06', '2026-06']);
  });
});

describe('the quarter a change is counted from (a sentence of our own)', () => {
  it('"up 18% from the previous quarter and beat the 585 million yuan average of estimates" leaves the later figure in the third quarter', () => {
    const f = readFigures('Zhipu said third-quarter revenue was 640 million yuan. Revenue was up 18% from the previous quarter and beat the 585 million yuan average of seven analyst estimates.', { pageDate: '2026-11-18' });
    expect(f.map((x) => x.period)).toEqual(['2026-Q3', '2026-Q3', '2026-Q3']);
  });
});

describe('a quarter and a year after it are one mention only within one clause (sentences of our own)', () => {
  it('"第四季度资本开支预计在45亿元至50亿元之间，2027年对可灵的投入…" is this year’s fourth quarter; "first-quarter performance for 2026" is 2026’s', () => {
    expect(readFigures('快手管理层表示，第四季度资本开支预计在45亿元至50亿元之间，2027年对可灵的算力投入将不低于今年。', { pageDate: '2026-12-01' })[0]!.period).toBe('2026-Q4');
    expect(mentions('Its first-quarter performance for 2026 was strong.')).toEqual(['first-quarter performance for 2026=2026-Q1']);
  });
});

describe('an amount over the years that end at a named time (sentences of our own)', () => {
  it('"over the three years to March 2028" ends there; "over the next three years through 2028" too', () => {
    const f = readFigures('Alibaba has pledged 380 billion yuan for AI infrastructure over the three years to March 2028. Tencent will spend 100 billion yuan over the next three years through 2028.', { pageDate: '2026-12-04' });
    expect(f.map((x) => x.period)).toEqual(['2025-04..2028-03', '2026..2028']);
  });
});

describe('a value a company fetched at a named time (a sentence of our own)', () => {
  it('"four times the $4.3 billion it fetched in December 2025" is December 2025’s valuation', () => {
    const f = readFigures('Moonshot is valued at $18 billion, close to double the $10 billion it commanded in February and more than four times the $4.3 billion it fetched in December 2025.', { pageDate: '2026-12-03' });
    expect(f.map((x) => x.period)).toEqual(['2026-12', '2026-02', '2025-12']);
  });
});

describe('how long something lasts is no date of a price (a sentence of our own)', () => {
  it('"keep its list price of 2.4 yuan … but offer a discount until the end of March" is not March’s price', () => {
    const f = readFigures('Alibaba Cloud said it would keep its list price of 2.4 yuan per million input tokens but offer a 50% discount on batch calls until the end of March.', { pageDate: '2026-12-02' });
    expect(f[0]!.period).not.toBe('2026-03');
  });
});

describe('a date a change takes effect from, in Chinese (a sentence of our own)', () => {
  it('"價格將於9月1日起再下調30%，…降至0.56元" on a page of 14 August is this year’s September', () => {
    const f = readFigures('騰訊雲表示，混元大模型API價格將於9月1日起再下調30%，輸入價格降至每百萬tokens 0.56元。', { pageDate: '2026-08-14' });
    expect(f.find((x) => x.text === '0.56元')!.period).toBe('2026-09');
  });
});

describe('a share a year earlier, in Chinese (a sentence of our own)', () => {
  it('"比重升至78%，去年同期約為77%" gives the year-ago half its share', () => {
    const f = readFigures('某公司今年上半年收入29.6億元；生成式AI收入佔總收入比重升至78%，去年同期約為77%。', { pageDate: '2026-09-03' });
    expect(f.slice(1).map((x) => `${x.metric}/${x.period}`)).toEqual(['other:segment-revenue-share/2026-H1', 'other:segment-revenue-share/2025-H1']);
  });
});

describe('a count of users bound to its month past a longer noun (a sentence of our own)', () => {
  it('"passed 200 million monthly active users in August", said on Wednesday in September, is August’s', () => {
    const f = readFigures('Alibaba said on Wednesday that its Qwen app passed 200 million monthly active users in August.', { pageDate: '2026-09-24' });
    expect(f[0]!.period).toBe('2026-08');
  });
});

describe('a company’s history told year by year (sentences of our own)', () => {
  it('"had grown to 800 staff by 2023. It raised 2.5 billion yuan that year", "it employed more than 1,200 people"', () => {
    const f = readFigures('Zhipu had grown to 800 staff by 2023. Revenue was 100 million yuan in 2023. It raised 2.5 billion yuan that year. By the time of its listing in January 2026, it employed more than 1,200 people. It will have 2,000 staff by 2027.', { pageDate: '2026-11-03' });
    expect(f.map((x) => `${x.metric}/${x.period}/${x.qualifier}`)).toEqual(['headcount/2023/exact', 'revenue/2023/exact', 'funding/2023/exact', 'headcount/2026-01/over', 'headcount/2027/forecast']);
  });
});

describe('a clause opened by "when" after a period (sentences of our own)', () => {
  it('"another 4 billion yuan in 2024, when it was valued at 20 billion yuan" is 2024’s valuation; not after "since its January debut"', () => {
    const f = readFigures('It raised another 4 billion yuan in 2024, when it was valued at 20 billion yuan.', { pageDate: '2026-11-03' });
    expect(f.map((x) => x.period)).toEqual(['2024', '2024']);
    const g = readFigures('The shares have almost tripled since its January debut, when the company raised HK$4.2 billion.', { pageDate: '2026-09-10' });
    expect(g[g.length - 1]!.period).not.toBe('2026-01..2026-09');
  });
});

describe('a full year looked ahead to beside a part of this year (sentences of our own)', () => {
  it('"公布第三季業績……預期全年收入介乎5.6億至5.8億美元" is this year’s; in February after a fourth quarter it stays unsaid', () => {
    const f = readFigures('MiniMax公布截至9月底止第三季業績，收入按年增長1.2倍至1.51億美元。公司預期全年收入介乎5.6億至5.8億美元。', { pageDate: '2026-11-19' });
    expect(f.map((x) => x.period)).toEqual(['2026-Q3', '2026-Q3', '2026']);
    expect(readFigures('Baidu reported fourth-quarter revenue of 34 billion yuan. It expects full-year revenue to grow 10%.', { pageDate: '2026-02-20' })[1]!.period).toBeNull();
  });
  it('and it does not become the period the text goes on in: the half reported stays in force after it', () => {
    const f = readFigures('iFlytek reported a wider loss for the first half and cut its full-year profit forecast. Research spending rose 22% to 2.86 billion yuan.', { pageDate: '2026-08-22' });
    expect(f.map((x) => x.period)).toEqual(['2026-H1', '2026-H1']);
  });
});

describe('a move to a closing price is the day’s (sentences of our own)', () => {
  it('"has gained 60% this year; Baidu fell 3.2% to HK$112.4", "今年累升超過60%；百度則跌3.2%，收報112.4港元"', () => {
    const en = readFigures('SenseTime rose 8.7% to HK$2.31 on Thursday and has gained 60% this year; Baidu fell 3.2% to HK$112.4.', { pageDate: '2026-08-28' });
    expect(en.find((x) => x.text === '3.2%')!.period).toBe('2026-08');
    const zh = readFigures('商湯股價昨日升8.7%，收報2.31港元，今年累升超過60%；百度港股則跌3.2%，收報112.4港元。', { pageDate: '2026-08-28' });
    expect(zh.find((x) => x.text === '3.2%')!.period).toBe('2026-08');
  });
});

describe('a clause opened by "when" after a listing (sentences of our own)', () => {
  it('"since its January debut, when the company raised HK$4.2 billion", "…, when it was priced at HK$116.2" are the listing’s', () => {
    const f = readFigures('The stock closed at HK$560, the highest since its January debut, when it was priced at HK$116.2. It has almost tripled since its January debut, when the company raised HK$4.2 billion.', { pageDate: '2026-11-16' });
    expect(f.slice(1).map((x) => `${x.metric}/${x.period}`)).toEqual(['other:offer-price/2026-01', 'ipo-proceeds/2026-01']);
  });
});

describe('periods of Chinese quarterly reports and slash lists (sentences of our own)', () => {
  it('"年初至报告期末" in a third-quarter report is the first nine months, and 上年同期 is last year’s nine months', () => {
    const f = readFigures('10月28日晚，百度披露2026年第三季度报告。年初至报告期末，公司实现营业收入52.3亿元，同比增长15%；净利润为-2.1亿元，上年同期为-3.44亿元。第三季度营收20.1亿元。', { pageDate: '2026-10-29' });
    expect(f.map((x) => x.period)).toEqual(['2026-9M', '2026-9M', '2026-9M', '2025-9M', '2026-Q3']);
  });
  it('in a first-quarter report it is the quarter; with no report named it fixes nothing', () => {
    expect(readFigures('智谱发布2026年第一季度报告。年初至报告期末，公司营业收入为3.1亿元。', { pageDate: '2026-04-28' })[0]!.period).toBe('2026-Q1');
    expect(findPeriodMentions(normalizeText('年初至报告期末，公司营业收入为3.1亿元。'), { pageYear: 2026, pageMonth: 4 })).toEqual([]);
  });
  it('a slash list written out in full takes one year each: "RMB512bn/RMB566bn/RMB618bn" over FY26-28E, "2026—2028年…4.1亿元/7.9亿元/12.5亿元"', () => {
    const en = readFigures('We lift our FY26-28E revenue forecasts for Baidu to RMB512bn/RMB566bn/RMB618bn.', { pageDate: '2026-11-20' });
    expect(en.map((x) => x.period)).toEqual(['2026', '2027', '2028']);
    const zh = readFigures('某券商将商汤2026—2028年净利润预测下调至4.1亿元/7.9亿元/12.5亿元（原预测为5.0亿元/8.8亿元/13.1亿元）。', { pageDate: '2026-11-20' });
    expect(zh.map((x) => x.period)).toEqual(['2026', '2027', '2028', '2026', '2027', '2028']);
  });
  it('"2025至2027年三年间" with no slash list stays one span', () => {
    expect(readFigures('商汤计划2025至2027年三年间投入120亿元建设算力。', { pageDate: '2026-11-20' })[0]!.period).toBe('2025..2027');
  });
});

describe('an old forecast beside the new one is of the same period (sentences of our own)', () => {
  it('"raised its 2026 revenue forecast to 1.4 billion yuan from 1.2 billion yuan", "lifted his 2026 AI Cloud forecast … from …"', () => {
    const a = readFigures('Orient Peak raised its 2026 revenue forecast for MiniMax to 1.4 billion yuan from 1.2 billion yuan.', { pageDate: '2026-09-02' });
    expect(a.map((x) => x.period)).toEqual(['2026', '2026']);
    const b = readFigures('An analyst lifted his 2026 AI Cloud forecast for Baidu to 36 billion yuan from 32 billion yuan.', { pageDate: '2026-09-02' });
    expect(b.map((x) => x.period)).toEqual(['2026', '2026']);
  });
  it('"收入目标由40亿元上调至48亿元" keeps one year; a price cut "从6元下调至2元" still leaves the old price without a month', () => {
    const f = readFigures('百度今年上半年收入增长。公司将今年AI云收入目标由40亿元上调至48亿元。', { pageDate: '2026-08-28' });
    expect(f.map((x) => x.period)).toEqual(['2026', '2026']);
    const p = readFigures('6月上旬，月之暗面将输出价格从6元/百万tokens下调至2元/百万tokens。', { pageDate: '2026-06-20' });
    expect(p.map((x) => x.period)).toEqual([null, '2026-06']);
  });
});

describe('dates that are not periods of the figures (sentences of our own)', () => {
  it('"first-half results in August showed revenue of …" is the half’s revenue, not August’s', () => {
    const f = readFigures("MiniMax's first-half results in August showed revenue of US$190 million, up 120% year on year.", { pageDate: '2026-10-19' });
    expect(f.map((x) => x.period)).toEqual(['2026-H1', '2026-H1']);
  });
  it('"up from about 300,000 at the start of the year, and that …" leaves the start of the year to the value compared', () => {
    const f = readFigures('Moonshot said in September that Kimi had 40 million monthly users, up from about 25 million at the start of the year, and that it had passed 900,000 paying users.', { pageDate: '2026-10-19' });
    expect(f.find((x) => x.text === '900,000')!.period).toBe('2026-09');
  });
  it('an offering "今日起至12月2日招股" on a page of late November looks ahead: the proceeds are of this December', () => {
    const f = readFigures('百川智能今日起至12月3日招股，计划发行2亿股新股，最多募资约40亿港元。', { pageDate: '2026-11-26' });
    expect(f.find((x) => x.text === '40亿港元')!.period).toBe('2026-12');
  });
});

describe('months ended, and values said to hold now (sentences of our own)', () => {
  it('"the seven months ended July 31, 2026" is January to July; "the same period a year earlier" those months of 2025', () => {
    const f = readFigures('In the seven months ended July 31, 2026, StepFun’s revenue reached 512 million yuan, compared with 190 million yuan in the same period a year earlier.', { pageDate: '2026-10-02' });
    expect(f.map((x) => x.period)).toEqual(['2026-01..2026-07', '2025-01..2025-07']);
  });
  it('"four months ended June" is March to June; "nine months ended December 31, 2025", a fiscal span, April to December', () => {
    const at = (t: string) => findPeriodMentions(normalizeText(t), { pageYear: 2026, pageMonth: 9 }).map((m) => m.period);
    expect(at('the four months ended June 30, 2026')).toContain('2026-03..2026-06');
    expect(at('the five months ended May 31, 2026')).toContain('2026-01..2026-05');
    const f = readFigures('For the nine months ended December 31, 2025, revenue at Alibaba was RMB700 billion, up 5%.', { pageDate: '2026-02-20' });
    expect(f.map((x) => x.period)).toEqual(['2025-04..2025-12', '2025-04..2025-12']);
    // (across the turn of a year only when the text names the year: "the eight months to February" alone is unplaced)
    expect(at('the eight months to February 28, 2026')).toContain('2025-07..2026-02');
    expect(at('the eight months to February').filter((p) => p && p.includes('..'))).toEqual([]);
  });
  it('"the year ended 31 December 2024", "the year ended 31 March 2026": the day before the month, as Hong Kong filings write it', () => {
    const f = readFigures('SenseTime recorded revenue of RMB3,800 million for the year ended 31 December 2024. Alibaba booked revenue of RMB990 billion for the year ended 31 March 2026.', { pageDate: '2026-05-20' });
    expect(f.map((x) => x.period)).toEqual(['2024', '2025-Q2..2026-Q1']);
  });
  it('a plan told in the present after a past round ("… in February and is in talks to raise …", "正在洽谈") is not of that month', () => {
    const en = readFigures('Kimi was valued at $10 billion in a round in February and is in talks to raise at least $700 million more.', { pageDate: '2026-09-15' });
    expect(en.map((f) => f.period)).toEqual(['2026-02', '2026-09']);
    expect(readFigures('阶跃星辰1月完成50亿元融资，正在洽谈新一轮6亿美元融资。', { pageDate: '2026-09-15' }).map((f) => f.period)).toEqual(['2026-01', '2026-09']);
    // (a past event's own clause keeps its month)
    expect(readFigures('Kimi raised $700 million in February and is in talks to raise more.', { pageDate: '2026-09-15' })[0]!.period).toBe('2026-02');
  });
  it('"which listed in January and now has a market value of …", "1月上市，目前市值约…" are values as of the page', () => {
    expect(readFigures('Baichuan would follow MiniMax, which listed in January and now has a market value of about HK$90 billion.', { pageDate: '2026-09-15' })[0]!.period).toBe('2026-09');
    expect(readFigures('MiniMax于1月在港上市，目前市值约900亿港元。', { pageDate: '2026-09-15' })[0]!.period).toBe('2026-09');
  });
  it('but a price cut "on Tuesday" whose clause says "now costs" stays that day’s', () => {
    const f = readFigures('Baichuan cut prices on Tuesday: output now costs 3 yuan per million tokens.', { pageDate: '2026-10-16' });
    expect(f[0]!.period).toBe('2026-10');
  });
});

describe('"the six months" and cash held at a date (sentences of our own)', () => {
  it('"spent about 1.2 billion yuan in the six months" after a half named is that half’s; the cash "at the end of June" its own', () => {
    const f = readFigures('Zhipu reported first-half results on Monday. It burned about 1.2 billion yuan in the six months and held 9.8 billion yuan in cash at the end of June.', { pageDate: '2026-08-27' });
    expect(f.map((x) => x.period)).toEqual(['2026-H1', '2026-06']);
  });
});

describe('years, quarters and dates of this batch (sentences of our own)', () => {
  it('"2026年全年收入约18亿元" is 2026 on a page of November 2026, not the last full year', () => {
    expect(readFigures('百川智能2026年全年收入约18亿元。', { pageDate: '2026-11-05' })[0]!.period).toBe('2026');
  });
  it('"（上季為52.1億元）" after a quarter’s figure is the quarter before; 上季 alone stays the quarter reported', () => {
    const f = readFigures('騰訊第三季業績公告顯示，雲業務收入61.4億元，按年增長30%（上季為52.1億元）。', { pageDate: '2026-11-13' });
    expect(f.map((x) => x.period)).toEqual(['2026-Q3', '2026-Q3', '2026-Q2']);
  });
  it('"截至本月，累計服務次數超過3,000萬次" after a quarter’s rides is a total as of this month', () => {
    const f = readFigures('萝卜快跑第三季提供出行服务逾500萬次；截至本月，累計服務次數超過3,000萬次。', { pageDate: '2026-11-20' });
    expect(f.map((x) => x.period)).toEqual(['2026-Q3', '2026-11']);
  });
  it('"would spend more than 480 billion yuan on AI infrastructure in the three years to March 2029" is capex over those years, not revenue of the year named before', () => {
    const f = readFigures('Alibaba disclosed total revenue of 1.1 trillion yuan and repeated that it would spend more than 480 billion yuan on cloud and AI infrastructure in the three years to March 2029.', { pageDate: '2026-11-20' });
    const capex = f.find((x) => x.text === '480 billion yuan')!;
    expect(`${capex.metric}/${capex.period}`).toBe('capex/2026-04..2029-03');
  });
  it('"and Tencent’s has risen to HK$6.1 trillion" is a value as of the page, not of "late last month" in the clause before', () => {
    const f = readFigures("Alibaba's market value passed HK$3 trillion late last month, and Tencent's has risen to HK$6.1 trillion.", { pageDate: '2026-10-05' });
    expect(f.map((x) => x.period)).toEqual(['2026-09', '2026-10']);
  });
});

describe('Hong Kong interim results and a quarter counted alone (sentences of our own)', () => {
  it('"full-year capex would likely land between …", "… they had indicated in March": this year\'s, looked ahead to; the month guidance was given is no period', () => {
    const f = readFigures('Baidu said capital expenditure rose 40% to 14 billion yuan in the second quarter, bringing the first-half total to 25 billion yuan.\n\nManagers said full-year capital expenditure would likely come in between 55 billion yuan and 60 billion yuan, above the roughly 50 billion yuan they had indicated in March.', { pageDate: '2026-08-20' });
    expect(['55 billion yuan and 60 billion yuan', '50 billion yuan'].map((t) => f.find((x) => x.text === t)?.period)).toEqual(['2026', '2026']);
  });
  it('"the 19.8 billion yuan we booked in the whole of 2025": a value a speaker says "we" booked in a year is of that year', () => {
    const f = readFigures('"For the first nine months, cloud revenue was 21.3 billion yuan, already more than the 19.8 billion yuan we booked in the whole of 2025," the chief executive said of Baidu.', { pageDate: '2026-11-20' });
    expect(f.map((x) => x.period)).toEqual(['2026-9M', '2025']);
  });
  it('"already more than the 215 million yuan it booked for all of 2025": a compared value\'s year does not set the year of a quarter after it', () => {
    const f = readFigures('StepFun revenue was 410 million yuan in the first nine months of 2026, already more than the 380 million yuan it booked for all of 2025. Third-quarter revenue alone was 160 million yuan.', { pageDate: '2026-11-06' });
    expect(f.find((x) => x.text === '160 million yuan')!.period).toBe('2026-Q3');
  });
  it('a plan "over 2026 to 2028", a budget "for the three years through 2028": the span of years, not one of them', () => {
    expect(readFigures('Tencent now plans to invest 300 billion yuan in AI infrastructure over 2026 to 2028, its chief executive said.', { pageDate: '2026-08-20' })[0]!.period).toBe('2026..2028');
    expect(readFigures('ByteDance has lifted its AI infrastructure budget to 500 billion yuan for the three years through 2028.', { pageDate: '2026-08-20' })[0]!.period).toBe('2026..2028');
  });
  it('an outlook that "implies … second-half sales of at least …" looks ahead; "from last year\'s US$412 million" is last year\'s', () => {
    const f = readFigures("Zhipu reported first-half revenue of 900 million yuan. It now expects full-year revenue of 2.2 billion yuan. The new outlook implies growth of 190 per cent from last year's 760 million yuan, and second-half sales of at least 1.3 billion yuan.\n\nAdjusted net loss narrowed 21 per cent to 1.1 billion yuan.", { pageDate: '2026-08-20' });
    expect(f.find((x) => x.text === '760 million yuan')!.period).toBe('2025');
    expect(f.find((x) => x.text === '1.1 billion yuan')!.period).toBe('2026-H1');
  });
  it('a nine-month total told after the quarter it ends with ("第三季收入…；首三季收入…") leaves the quarter in force', () => {
    const zh = readFigures('智譜昨日公布，第三季收入6.1億元，按年增長148%；首三季收入14.9億元，增長131%。毛利率由去年同期的45.2%升至52.6%。', { pageDate: '2026-11-13' });
    expect(['45.2%', '52.6%'].map((t) => zh.find((x) => x.text === t)!.period)).toEqual(['2025-Q3', '2026-Q3']);
    const en = readFigures('Zhipu said third-quarter revenue rose 148% to 610 million yuan; nine-month revenue rose 131% to 1.49 billion yuan. Gross margin widened to 52.6%.', { pageDate: '2026-11-13' });
    expect(en.find((x) => x.text === '52.6%')!.period).toBe('2026-Q3');
  });
  it('"That compares with a loss of 2.1 billion yuan in 2024": the year of a value compared with is not carried on', () => {
    const f = readFigures('MiniMax expects a net loss of 3.4 billion yuan for 2025. That compares with a loss of 2.1 billion yuan in 2024.\n\nRevenue probably rose about 90% to 560 million yuan, the company said.', { pageDate: '2026-03-02' });
    expect(f.find((x) => x.text === '2.1 billion yuan')!.period).toBe('2024');
    expect(f.find((x) => x.text === '560 million yuan')!.period).toBe('2025');
  });
  it('a period named for a value an aside sets beside ("more than offsetting a first-half loss of …") is not carried on', () => {
    const f = readFigures('Kuaishou said nine-month revenue rose 12% to 98 billion yuan. In the third quarter alone, profit reached 1.1 billion yuan, more than offsetting a first-half loss of 300 million yuan.\n\nOperating cash flow was an outflow of 2.4 billion yuan.', { pageDate: '2026-11-20' });
    expect(f.find((x) => x.text === '300 million yuan')!.period).toBe('2026-H1');
    expect(f.find((x) => x.text === '2.4 billion yuan')!.period).toBe('2026-9M');
  });
  it('the month of a reporting period in words, as Hong Kong papers write it: "截至六月底止中期業績", "截至九月底止九個月"', () => {
    expect(readFigures('快手昨公布截至六月底止中期業績，收入按年增長12%至680億元。', { pageDate: '2026-08-21' }).map((f) => f.period)).toEqual(['2026-H1', '2026-H1']);
    expect(readFigures('百度公布截至九月底止九個月業績，收入為人民幣980億元。', { pageDate: '2026-11-20' })[0]!.period).toBe('2026-9M');
    expect(readFigures('騰訊公布截至三月底止三個月業績，收入為1,800億元。', { pageDate: '2026-05-15' })[0]!.period).toBe('2026-Q1');
  });
  it('"公布截至6月底止中期業績" is the first half; "單計第二季" is the quarter for its own sentence only', () => {
    const f = readFigures('商湯昨公布截至6月底止中期業績，收入按年增長21%至25.3億元。單計第二季，收入按季增長約18%。\n\n以業務劃分，生成式AI收入19.1億元。', { pageDate: '2026-08-28' });
    expect(f.map((x) => x.period)).toEqual(['2026-H1', '2026-H1', '2026-Q2', '2026-H1']);
  });
  it('"截至今年6月底止中期業績" (the year named by 今年) is this year\'s first half; 去年 the year before\'s', () => {
    const f = readFigures('智譜公布截至今年6月底止中期業績，收入4.1億元（人民幣，下同），按年增長98%。', { pageDate: '2026-08-25' });
    expect(f.map((x) => x.period)).toEqual(['2026-H1', '2026-H1']);
    const g = readFigures('文件顯示，公司截至去年6月30日止中期收入為1.9億元。', { pageDate: '2026-03-25' });
    expect(g.map((x) => x.period)).toEqual(['2025-H1']);
  });
  it('"interim" results and "中期" results are the first half: this year\'s once June is past, else last year\'s', () => {
    const f = readFigures('商湯中期虧損收窄36%\n\n商湯公布中期業績，收入32.6億元。', { pageDate: '2026-08-28' });
    expect(f.map((x) => x.period)).toEqual(['2026-H1', '2026-H1']);
    const g = readFigures('SenseTime reported interim revenue of 3.26 billion yuan.', { pageDate: '2026-03-20' });
    expect(g.map((x) => x.period)).toEqual(['2025-H1']);
  });
  it('but "中期目標" is a medium-term goal, and an "interim chief executive" no half at all', () => {
    const f = readFigures('商湯訂下中期收入目標，年收入達100億元。', { pageDate: '2026-08-28' });
    expect(f[0]!.period).not.toBe('2026-H1');
    const g = readFigures('The interim chief executive said revenue reached 3.26 billion yuan in 2025.', { pageDate: '2026-08-28' });
    expect(g[0]!.period).toBe('2025');
  });
  it('a day\'s move "after its third-quarter results" or "公布中期業績後" is of the trading day, not of the period reported', () => {
    const f = readFigures('Kuaishou shares fell 1.2% after its third-quarter results on Thursday.', { pageDate: '2026-11-20' });
    expect(f[0]!.period).toBe('2026-11');
    const g = readFigures('快手公布中期業績後股價反覆，收市跌1.2%。', { pageDate: '2026-08-20' });
    expect(g[0]!.period).not.toBe('2026-H1');
    const h = readFigures('After its third-quarter results, Kuaishou shares fell 1.2%.', { pageDate: '2026-11-20' });
    expect(h[0]!.period).not.toBe('2026-Q3');
  });
  it('"Kling revenue of 1.3 billion yuan was up 30% from the second quarter" leaves the second quarter to the change', () => {
    const f = readFigures('Kuaishou reported third-quarter results on Thursday. Kling revenue of 1.3 billion yuan was up 30% from the second quarter.', { pageDate: '2026-11-20' });
    expect(f[0]!.period).not.toBe('2026-Q2');
  });
  it('but prices paid "from July 1" still run from July', () => {
    const f = readFigures('Developers will pay 0.6 yuan ($0.08) per million input tokens and 2.4 yuan per million output tokens from July 1, the company said.', { pageDate: '2026-06-18' });
    expect(f[0]!.period).toBe('2026-07');
  });
});

describe('spans of months and values a year before (sentences of our own)', () => {
  it('"narrowed to 120 million yuan in January-September from 300 million yuan a year earlier" is nine months, then last year’s', () => {
    const f = readFigures("Baidu's net loss narrowed to 120 million yuan in January-September from 300 million yuan a year earlier.", { pageDate: '2026-10-28' });
    expect(f.map((x) => x.period)).toEqual(['2026-9M', '2025-9M']);
  });
  it('"revenue climbed 20% year on year and 9% from the second quarter to 6.1 billion yuan" in a story of the third quarter', () => {
    const f = readFigures('In the third quarter alone SenseTime swung to a profit, while revenue climbed 20% year on year and 9% from the second quarter to 6.1 billion yuan.', { pageDate: '2026-10-28' });
    expect(f.map((x) => `${x.metric}/${x.period}`)).toEqual(['revenue-growth/2026-Q3', 'other:revenue-growth-qoq/2026-Q3', 'revenue/2026-Q3']);
  });
  it('"6月日均调用量超过50万亿，一年前为12万亿" is last June’s; "与一年前相比增长约4倍" names no period of its own', () => {
    const f = readFigures('千问大模型6月日均tokens调用量超过50万亿，一年前为12万亿。', { pageDate: '2026-11-18' });
    expect(f.map((x) => x.period)).toEqual(['2026-06', '2025-06']);
    expect(findPeriodMentions(normalizeText('与一年前相比增长约4倍'), { pageYear: 2026, pageMonth: 6 })).toEqual([]);
  });
  it('a slash list of growth rates "140%/90%/60% in 2026-28" takes a year each', () => {
    const f = readFigures("Her base case has MiniMax's revenue growing 140%/90%/60% in 2026-28.", { pageDate: '2026-10-12' });
    expect(f.map((x) => x.period)).toEqual(['2026', '2027', '2028']);
  });
});

describe('Chinese spans of months, fiscal halves and values set against a year ago (sentences of our own)', () => {
  it('"今年1月至9月" is the first nine months; "（即4月至9月）" a span of months; "财政年度上半年" alone no calendar half', () => {
    const m = (t: string) => findPeriodMentions(normalizeText(t), { pageYear: 2026, pageMonth: 11 }).map((x) => `${t.slice(x.start, x.end)}=${x.period}`);
    expect(m('今年1月至9月，收入增长。')).toEqual(['今年1月至9月=2026-9M']);
    expect(m('即4月至9月')).toEqual(['4月至9月=2026-04..2026-09']);
    expect(readFigures('阿里巴巴财政年度上半年收入5,100亿元。', { pageDate: '2026-11-18' })[0]!.period).not.toBe('2026-H1');
  });
  it('"佔收入比例由去年同期約250%降至150%" puts the first in last year’s half', () => {
    const f = readFigures('百川上半年研發開支按年增加30%至3億元，佔收入比例由去年同期約250%降至150%。', { pageDate: '2026-08-21' });
    expect(f.find((x) => x.text === '250%')!.period).toBe('2025-H1');
  });
});

describe('"that year" and a year glued to a currency (sentences of our own)', () => {
  it('"By the end of that year" after a year in force is that year’s December; after only a founding year, unknown', () => {
    expect(readFigures('Baichuan raised money in 2024. By the end of that year it had 400 employees.', { pageDate: '2026-05-01' })[0]!.period).toBe('2024-12');
    expect(readFigures('Baichuan was founded in 2023. By the end of that year it had raised 800 million yuan.', { pageDate: '2026-05-01' })[0]!.period).toBeNull();
  });
  it('"in March 2026 RMB500 million" reads the amount, not "2026 RMB"', () => {
    const f = readFigures('Baichuan raised in March 2026 RMB500 million from state funds.', { pageDate: '2026-05-01' });
    expect(f.map((x) => `${x.text}/${x.value}`)).toEqual(['RMB500 million/500000000']);
  });
});

describe('a clause that dates the company or its product (sentences of our own)', () => {
  it('"Qwen app, relaunched in November last year, climbed to 138 million users" is not November\'s figure', () => {
    const f = readFigures('Alibaba’s Qwen app, relaunched in November last year, climbed to 138 million users.', { pageDate: '2026-11-12' });
    expect(f[0]!.period).not.toBe('2025-11');
  });
});

describe('a year with a plan is not the period the text goes on in (sentences of our own)', () => {
  it('"今年计划进一步增至2000亿元。同期，收入约1860亿美元": the same period is last year\'s, the one with actual figures', () => {
    const f = readFigures('字节跳动2025年在AI上的资本开支约为1600亿元，今年计划进一步增至2000亿元左右。同期，字节整体收入约1860亿美元。', { pageDate: '2026-10-20' });
    expect(f.map((x) => x.period)).toEqual(['2025', '2026', '2025']);
  });
  it('"this year it plans to spend …. Over the same period, revenue …" likewise', () => {
    const f = readFigures('ByteDance spent about 160 billion yuan on AI in 2025, and this year it plans to spend 200 billion yuan. Over the same period, revenue reached about $186 billion.', { pageDate: '2026-10-20' });
    expect(f[2]!.period).toBe('2025');
  });
});

describe('the same period a year before the one the sentence named (sentences of our own)', () => {
  it('"前三季度…累计实现营收…；归母净利润1.21亿元，上年同期为-0.67亿元" is the nine months a year before, after a quarter named earlier', () => {
    const f = readFigures('今年第二季度公司营收为68.05亿元。\n\n前三季度，公司累计实现营收196.52亿元；归母净利润1.21亿元，上年同期为-0.67亿元。', { pageDate: '2026-10-25' });
    expect(f.map((x) => x.period)).toEqual(['2026-Q2', '2026-9M', '2026-9M', '2025-9M']);
  });
});

describe('a quarter set beside the one reported, and "季內" (sentences of our own)', () => {
  it('"第二季則為31.9%" does not make the second quarter the text\'s period; "季內" is the quarter reported', () => {
    const f = readFigures('MiniMax公布截至9月底止第三季業績，季內收入9,460萬美元。毛利率升至34.6%，第二季則為31.9%。研發開支季內為1.12億美元。', { pageDate: '2026-11-21' });
    expect(f.find((x) => x.text === '1.12億美元')!.period).toBe('2026-Q3');
    expect(f.find((x) => x.text === '31.9%')!.period).toBe('2026-Q2');
  });
  it('a running total named after the metric ("首九個月經調整虧損淨額累計…") leaves the text\'s period as it was', () => {
    const f = readFigures('MiniMax公布截至9月底止第三季業績，季內收入9,460萬美元；首九個月經調整虧損淨額累計2.747億美元。研發開支按年增長41%。', { pageDate: '2026-11-21' });
    expect(f.find((x) => x.text === '41%')!.period).toBe('2026-Q3');
  });
});

describe('the month of an event is not the span of a flow (sentences of our own)', () => {
  it('"a one-off charge tied to its January listing pushed its reported loss to 2.87 billion yuan" is the half\'s loss', () => {
    const f = readFigures('Zhipu said its revenue more than tripled in the first half of 2026, but a one-off charge tied to its January listing pushed its reported loss to 2.87 billion yuan.', { pageDate: '2026-08-28' });
    expect(f[0]!.period).toBe('2026-H1');
  });
});

describe('a period named for a value compared with, after a verb (sentences of our own)', () => {
  it('"up 14.5% from the 534.7 million yuan booked in the second half of 2025" leaves the first half the text\'s period', () => {
    const f = readFigures('Revenue for the six months to June 30 rose 221% to 612.4 million yuan, and was up 14.5% from the 534.7 million yuan booked in the second half of 2025. The adjusted net loss widened 9.1% to 1.91 billion yuan from 1.75 billion yuan a year earlier.', { pageDate: '2026-08-28' });
    expect(f.slice(-3).map((x) => x.period)).toEqual(['2026-H1', '2026-H1', '2025-H1']);
  });
});

describe('a period named for a multiple\'s base (sentences of our own)', () => {
  it('"roughly three times the RMB401.5 million booked in the first nine months of 2025" leaves this year\'s nine months in force', () => {
    const f = readFigures('Nine-month revenue totalled RMB1.19 billion, roughly three times the RMB401.5 million booked in the first nine months of 2025. For the nine months the net loss was RMB3.38 billion.', { pageDate: '2026-10-31' });
    expect(f.find((x) => x.text === 'RMB3.38 billion')!.period).toBe('2026-9M');
  });
});

describe('an undated quarter, and counts that look like years (sentences of our own)', () => {
  it('on an undated page, "in the quarter" after "third-quarter revenue" takes no year named later ("the whole of 2025")', () => {
    const f = readFigures('Tencent reported third-quarter revenue of 203.6 billion yuan on Wednesday.\n\nCapex fell to 21.4 billion yuan in the quarter. Over nine months capex came close to the 76.8 billion yuan it spent in the whole of 2025.');
    expect(f.find((x) => x.text === '21.4 billion yuan')!.period).toBeNull();
  });
  it('"團隊已擴至逾2000人" counts people: 2000 is no year for the month named after it', () => {
    const f = readFigures('混元大模型團隊已擴至逾2000人；9月混元相關產品日均調用量突破3萬億tokens。', { pageDate: '2026-11-18' });
    expect(f.find((x) => x.text === '3萬億')!.period).toBe('2026-09');
    expect(f.some((x) => x.text === '2000')).toBe(true);
  });
});

describe('a deadline in a plan (a sentence of our own)', () => {
  it('"plans to hire 200 more staff this year, bringing its headcount to around 500 by December" is this December', () => {
    const f = readFigures('Moonshot AI plans to hire 200 more staff this year, bringing its headcount to around 500 by December.', { pageDate: '2026-10-15' });
    expect(f.find((x) => x.text === '500')!.period).toBe('2026-12');
  });
});

describe('a stock counted at a moment, told in a quarter or half (sentences of our own)', () => {
  it('"海螺視頻訂閱用戶破300萬" in a third-quarter report is as of September; cash in the half as of June', () => {
    expect(readFigures('MiniMax第三季收入增2.4倍 海螺視頻訂閱用戶破300萬', { pageDate: '2026-11-21' }).find((x) => x.text === '300萬')!.period).toBe('2026-09');
    expect(readFigures('In the first half of 2026, SenseTime held cash of 12.8 billion yuan.', { pageDate: '2026-08-28' })[0]!.period).toBe('2026-06');
  });
  it('but an average over the span is the span\'s', () => {
    expect(readFigures('In the first half of 2026, MiniMax averaged 2.3 million paying users.', { pageDate: '2026-08-28' })[0]!.period).toBe('2026-H1');
  });
});

describe('"six months earlier" (sentences of our own)', () => {
  it('counts back from the month its sentence named, else from the page month', () => {
    const f = readFigures("Zhipu's cash stood at 11.4 billion yuan at the end of June, up from 9.6 billion yuan six months earlier. Kimi had 36 million users in March 2026, up from 21 million three months before. Its staff grew from 300 people three months earlier.", { pageDate: '2026-08-28' });
    expect(f.map((x) => x.period)).toEqual(['2026-06', '2025-12', '2026-03', '2025-12', '2026-05']);
  });
});

describe('a half estimated ahead in Chinese (a sentence of our own)', () => {
  it('"該行估計下半年收入約1.15億美元" on an August page is the coming second half', () => {
    expect(readFigures('該行估計MiniMax下半年收入約1.15億美元。', { pageDate: '2026-08-21' })[0]!.period).toBe('2026-H2');
  });
});

describe('"for the year" (a sentence of our own)', () => {
  it('is the year the text is in, not the quarter named in passing before it', () => {
    const f = readFigures('For the whole of 2025, revenue fell 3% to 129.6 billion yuan, after an impairment booked in the third quarter. Cloud revenue for the year grew 28% to 27.6 billion yuan.', { pageDate: '2026-02-26' });
    expect(f.slice(2).map((x) => x.period)).toEqual(['2025', '2025']);
  });
});

describe('a period named after "than in" (a sentence of our own)', () => {
  it('"3% higher than in the second quarter" leaves the third quarter in force for "in the quarter" after it', () => {
    const f = readFigures("Baidu's cloud revenue rose 41% to RMB 6.9 billion in the third quarter. Group revenue was RMB 32.4 billion, 3% higher than in the second quarter. Capital expenditure was RMB 5.8 billion in the quarter.", { pageDate: '2026-11-19' });
    expect(f.find((x) => x.text === 'RMB 5.8 billion')!.period).toBe('2026-Q3');
    expect(f.find((x) => x.text === 'RMB 32.4 billion')!.period).toBe('2026-Q3');
  });
});

describe('a quarter named by the day it ended (a sentence of our own)', () => {
  it('so does "the June quarter": "… the pledge it made in February 2025. Capex reached 38.6 billion yuan in the June quarter" is this year\'s', () => {
    const f = readFigures('Alibaba raised the 380 billion yuan pledge it made in February 2025. Capital expenditure reached 38.6 billion yuan in the June quarter.', { pageDate: '2026-09-18' });
    expect(f.find((x) => x.text === '38.6 billion yuan')!.period).toBe('2026-Q2');
  });
  it('"in the quarter ended June 30" takes its year as a date does, not from a year named sentences before', () => {
    const f = readFigures('Doubao processed 30tn tokens a day in September, up from 120bn a day in May 2024. The cloud unit lifted revenue 26% to 33.4bn yuan in the quarter ended June 30.', { pageDate: '2026-10-08' });
    expect(f.find((x) => x.text === '33.4bn yuan')!.period).toBe('2026-Q2');
  });
});

describe('a deadline after a month named with its year (a sentence of our own)', () => {
  it('"launched in November 2025, … reached 100 million users by March" is March 2026', () => {
    const f = readFigures('Its app, relaunched in November 2025, was downloaded 10 million times in its first week and reached 100 million monthly users by March.', { pageDate: '2026-05-20' });
    expect(f.find((x) => x.text === '100 million')!.period).toBe('2026-03');
  });
});

describe('单季: the quarter counted alone (sentences of our own)', () => {
  it('after a half or nine months is the last quarter of that span; "單計下半年" is still the half', () => {
    expect(readFigures('智谱今年上半年收入14.6亿元；百度智能云单季收入已接近49亿元。', { pageDate: '2026-08-28' }).map((x) => x.period)).toEqual(['2026-H1', '2026-Q2']);
    expect(readFigures('讯飞前三季度营收168亿元；单季来看，营收同比增长12%至62亿元。', { pageDate: '2026-10-28' }).map((x) => x.period)).toEqual(['2026-9M', '2026-Q3', '2026-Q3']);
    expect(readFigures('商汤2025年收入增长；單計下半年，收入為31.9億元。', { pageDate: '2026-03-26' })[0]!.period).toBe('2025-H2');
    // (not past a whole year named after it)
    expect(readFigures('讯飞前三季度营收200亿元。分析师表示，单季收入好于预期，维持2026年全年营收300亿元的预测。', { pageDate: '2026-10-26' }).map((x) => x.period)).toEqual(['2026-9M', '2026']);
  });
});

describe('a year told of a value set beside (a sentence of our own)', () => {
  it('"after a 2025 loss of 1.98 billion yuan" leaves the nine months in force', () => {
    const f = readFigures('For the nine months ended Sept. 30, revenue reached 688 million yuan. The company lost 1.65 billion yuan in the period, after a 2025 loss of 1.98 billion yuan. Its adjusted net loss for the nine months was 1.21 billion yuan.', { pageDate: '2026-11-20' });
    expect(f.find((x) => x.text === '1.21 billion yuan')!.period).toBe('2026-9M');
  });
});

describe('a year that dates a thing in a relative clause (a sentence of our own)', () => {
  it('"the 32,000-card cluster it lit in 2025" leaves no year in force for "Capex was RMB8.2bn" after it', () => {
    const f = readFigures('Baidu switched on a new cluster in September, doubling the 32,000-card cluster it lit in 2025. Capex was RMB8.2bn, up 55% YoY.', { pageDate: '2026-11-20' });
    expect(f.find((x) => x.text === 'RMB8.2bn')!.period).not.toBe('2025');
  });
});

describe('a year whose value is a multiple of (a sentence of our own)', () => {
  it('"是2025年的两倍多" names 2025 for a comparison: on an undated page "10月月活" takes no year from it', () => {
    const f = readFigures('据估算，字节跳动今年的AI投入约为230亿美元，是2025年的两倍多；豆包10月月活跃用户达到2.48亿。');
    expect(f.find((x) => x.text === '2.48亿')!.period).not.toBe('2025-10');
  });
});

describe('a full year guided to or pencilled in (sentences of our own)', () => {
  it('"now guides for about 85 billion yuan for the full year" in a third-quarter report is this year', () => {
    const f = readFigures('Tencent (Q3): capex slowed to 19.6 billion yuan from 27.5 billion yuan in the second quarter; the company now guides for about 85 billion yuan for the full year.', { pageDate: '2026-11-21' });
    expect(f.find((x) => x.text === '85 billion yuan')!.period).toBe('2026');
  });
  it('"the full-year total would be somewhat below 140 billion yuan" is no finished year', () => {
    const f = readFigures("Tencent's capex for the first three quarters came to 96.4 billion yuan, and executives said the full-year total would be somewhat below 140 billion yuan.", { pageDate: '2026-11-20' });
    expect(f.find((x) => x.text === '140 billion yuan')!.period).not.toBe('2025');
  });
});

describe('a day\'s move and a run this year in one sentence (a sentence of our own)', () => {
  it('"fell 3.1% on Friday and are up 38% year to date": the first is the day\'s, the second the year\'s', () => {
    const figs = readFigures('Baidu\'s Hong Kong-listed shares fell 3.1% on Friday and are up 38% year to date.', { pageDate: '2026-11-20' });
    expect(['3.1%', '38%'].map((t) => figs.find((f) => f.text === t)?.period)).toEqual(['2026-11', '2026']);
  });
});

describe('"2024年初" written with one 年 (a sentence of our own)', () => {
  it('"较2024年初的800亿" is the first month of 2024, as "2024年年初" and "at the start of 2024" are', () => {
    const figs = readFigures('截至今年6月底，豆包日均Token调用量已突破50万亿，较2024年初的800亿增长数百倍。', { pageDate: '2026-07-20' });
    expect(figs.find((f) => f.text === '800亿')?.period).toBe('2024-01');
  });
});

describe('lists of forecasts that go through years (sentences of our own)', () => {
  it('"将2027-2029年…预测…，对应EPS分别为0.52元、0.81元和1.20元" goes through the range of years', () => {
    const figs = readFigures('该券商维持2027年营收预测300亿元不变，将2027-2029年净利润预测由10亿元/15亿元/21亿元调整为11亿元/16亿元/23亿元，对应EPS分别为0.52元、0.81元和1.20元。', { pageDate: '2026-10-24' });
    expect(['0.52元', '0.81元', '1.20元'].map((t) => figs.find((f) => f.text === t)?.period)).toEqual(['2027', '2028', '2029']);
  });
  it('a list with no years of its own after a list as long given its years goes through those years', () => {
    const figs = readFigures('She now expects revenue of RMB130 billion in 2026, RMB135 billion in 2027 and RMB141 billion in 2028, and net profit of RMB20.1 billion, RMB21.4 billion and RMB23.0 billion.', { pageDate: '2026-11-20' });
    expect(['RMB20.1 billion', 'RMB21.4 billion', 'RMB23.0 billion'].map((t) => figs.find((f) => f.text === t)?.period)).toEqual(['2026', '2027', '2028']);
  });
});

describe('a fiscal quarter named by its number only, and a compared value after "and … in the" (sentences of our own)', () => {
  it('"in the company\'s fiscal second quarter" on a November page is the July-September quarter for a year that ends in March', () => {
    const figs = readFigures('Alibaba\'s cloud unit grew revenue 38% to 54 billion yuan in the company\'s fiscal second quarter, up from 30% growth a year earlier and 35% in the June quarter. Group revenue rose 5% to 260 billion yuan.', { pageDate: '2026-11-21' });
    expect(['54 billion yuan', '35%', '260 billion yuan'].map((t) => figs.find((f) => f.text === t)?.period)).toEqual(['2026-Q3', '2026-Q2', '2026-Q3']);
  });
});

describe('a fiscal quarter named by its number, far from the page (a sentence of our own)', () => {
  it('"its fiscal second quarter" on an August page (the July-September quarter has not closed) stays unplaced', () => {
    const figs = readFigures('In its fiscal second quarter, Alibaba expects cloud revenue to rise to 60 billion yuan.', { pageDate: '2026-08-20' });
    expect(figs.find((f) => f.text === '60 billion yuan')?.period).toBeNull();
  });
});

describe('"截至9月的季度", without 止 (a sentence of our own)', () => {
  it('is the quarter that ended that month', () => {
    const figs = readFigures('对比同行，腾讯在截至9月的季度资本开支为290亿元。', { pageDate: '2026-11-05' });
    expect(figs.find((f) => f.text === '290亿元')?.period).toBe('2026-Q3');
  });
});

describe('a list of compared values with decimals, and a change counted from the quarter before past its value (sentences of our own)', () => {
  it('"against a consensus of 4.1 billion yuan and 3.87 billion yuan in the third quarter of 2025" does not put the next paragraph in 2025; "up 28% from 402 million yuan in the previous quarter" is sequential', () => {
    const text = 'Kuaishou beat forecasts in the third quarter.\n\nThe company said revenue for the July-September period rose 10% to 38.2 billion yuan. Adjusted net profit was 4.4 billion yuan, against a consensus of 4.1 billion yuan and 3.87 billion yuan in the third quarter of 2025.\n\nKling brought in 515 million yuan, up 28% from 402 million yuan in the previous quarter.';
    const figs = readFigures(text, { pageDate: '2026-11-20' });
    expect(['515 million yuan', '402 million yuan'].map((t) => figs.find((f) => f.text === t)?.period)).toEqual(['2026-Q3', '2026-Q2']);
    expect(figs.find((f) => f.text === '28%')?.metric).toBe('other:segment-revenue-growth-qoq');
  });
});

describe('"今年前三季度", "去年首9个月": the nine months of the year the word names (sentences of our own)', () => {
  it('after a year named for another figure, "今年前三季度" is this year\'s and "去年前三季度" last year\'s', () => {
    const figs = readFigures('2025年研发费用为41.9亿元;今年前三季度研发费用36.3亿元,去年前三季度为30.2亿元。', { pageDate: '2026-11-18' });
    expect(['41.9亿元', '36.3亿元', '30.2亿元'].map((t) => figs.find((f) => f.text === t)?.period)).toEqual(['2025', '2026-9M', '2025-9M']);
  });
  it('"今年首9個月" is the period the text reports on: "去年同期" after it is the same nine months a year before', () => {
    const figs = readFigures('招股書顯示，公司今年首9個月收入2.87億元。去年全年收入3.12億元。期內毛利率為48.2%，去年同期為55.6%。', { pageDate: '2025-12-30' });
    expect(['2.87億元', '3.12億元', '48.2%', '55.6%'].map((t) => figs.find((f) => f.text === t)?.period)).toEqual(['2025-9M', '2024', '2025-9M', '2024-9M']);
  });
});

describe('the period of a value set beside another (sentences of our own)', () => {
  it('"above the roughly 98 billion yuan spent in the whole of 2025" is 2025\'s, after a sentence opened by nine months', () => {
    const figs = readFigures('For the first nine months, capex totalled 112.4 billion yuan, already above the roughly 98 billion yuan spent in the whole of 2025.', { pageDate: '2026-11-13' });
    expect(['112.4 billion yuan', '98 billion yuan'].map((t) => figs.find((f) => f.text === t)?.period)).toEqual(['2026-9M', '2025']);
  });
  it('"narrowed to 2.05 billion yuan in the nine months from 2.6 billion yuan": the value it moved from is of the same nine months a year before', () => {
    const figs = readFigures('The net loss narrowed to 2.05 billion yuan in the nine months from 2.6 billion yuan. Revenue rose to 5 billion yuan in 2026 from 4 billion yuan.', { pageDate: '2026-10-19' });
    expect(['2.05 billion yuan', '2.6 billion yuan', '5 billion yuan', '4 billion yuan'].map((t) => figs.find((f) => f.text === t)?.period)).toEqual(['2026-9M', '2025-9M', '2026', '2025']);
  });
  it('past a conversion in brackets, "to 652 million yuan ($92 million) in 2025 from 563 million yuan", and past what a share is of, "down to 64.5% of revenue from 91.6%"', () => {
    const figs = readFigures('Net income climbed 15.8% to 652 million yuan ($92 million) in 2025 from 563 million yuan. In 2025 the company brought R&D down to 64.5% of revenue from 91.6%.', { pageDate: '2026-03-28' });
    expect(['652 million yuan', '563 million yuan', '64.5%', '91.6%'].map((t) => figs.find((f) => f.text === t)?.period)).toEqual(['2025', '2024', '2025', '2024']);
  });
});

describe('a ratio set beside a full year in a story of a half (a sentence of our own)', () => {
  it('"gross margin improved to 41.2% from 29.7% for full-year 2025" after the first half of 2026 is the half\'s; an amount is the next year\'s', () => {
    const figs = readFigures('In the first half of 2026 revenue reached 874 million yuan. Gross margin improved to 41.2% from 29.7% for full-year 2025. Adjusted net loss narrowed to US$298mn from US$465mn in FY25.', { pageDate: '2026-08-14' });
    expect(['41.2%', '29.7%', 'US$298mn', 'US$465mn'].map((t) => figs.find((f) => f.text === t)?.period)).toEqual(['2026-H1', '2025', '2026', '2025']);
  });
});

describe('"同期…分别为" after a range of years (a sentence of our own)', () => {
  it('goes through the years of the range, not the last periods named', () => {
    const figs = readFigures('招股书显示，2023年至2025年，公司营收分别为3.12亿元、8.04亿元和17.3亿元，2026年前三季度营收21.6亿元。同期净亏损分别为7.88亿元、29.6亿元、47.2亿元。', { pageDate: '2026-11-18' });
    expect(['7.88亿元', '29.6亿元', '47.2亿元'].map((t) => figs.find((f) => f.text === t)?.period)).toEqual(['2023', '2024', '2025']);
  });
});

describe('a month named from the page\'s date (sentences of our own)', () => {
  it('"last December" on a page of September is the December before; "last March" could be either year; "this March" the page year\'s', () => {
    const figs = readFigures('Moonshot is worth more than four times the US$4.3 billion it commanded last December. It had raised US$300 million last March, and Zhipu raised 2 billion yuan this March.', { pageDate: '2026-09-15' });
    expect(['US$4.3 billion', 'US$300 million', '2 billion yuan'].map((t) => figs.find((f) => f.text === t)?.period)).toEqual(['2025-12', null, '2026-03']);
  });
});

describe('a list of compared values opened by "compares with" (a sentence of our own)', () => {
  it('"That compares with growth of 25% a year earlier and 28% in the June quarter" does not move the story to June', () => {
    const figs = readFigures('Cloud revenue rose 30% to 40 billion yuan in the third quarter of 2026. That compares with growth of 25% a year earlier and 28% in the June quarter. Revenue from outside customers grew 33%.', { pageDate: '2026-11-20' });
    expect(['28%', '33%'].map((t) => figs.find((f) => f.text === t)?.period)).toEqual(['2026-Q2', '2026-Q3']);
  });
});

describe('a sentence opened by "From" and a period (sentences of our own)', () => {
  it('"From the June quarter, when …, revenue was up 12%" names the base of the change, not the period in force', () => {
    const figs = readFigures('Cloud revenue rose 30% to 40 billion yuan in the third quarter of 2026. From the June quarter, when the unit booked 36 billion yuan, revenue was up about 11%. Revenue from outside customers grew 33% to 30 billion yuan.', { pageDate: '2026-11-20' });
    expect(['36 billion yuan', '11%', '30 billion yuan'].map((t) => figs.find((f) => f.text === t)?.period)).toEqual(['2026-Q2', '2026-Q3', '2026-Q3']);
  });
  it('"From 2024, when it booked 3 billion yuan, revenue was up 60%" after 2025: the sentences after stay in 2025; "From 2023 to 2025," is a span', () => {
    const figs = readFigures('Revenue was 5 billion yuan in 2025. From 2024, when it booked 3 billion yuan, revenue was up 60%. Net loss was 300 million yuan. From 2023 to 2025, revenue grew to 1.2 billion yuan.', { pageDate: '2026-11-20' });
    expect(['3 billion yuan', '60%', '300 million yuan', '1.2 billion yuan'].map((t) => figs.find((f) => f.text === t)?.period)).toEqual(['2024', '2025', '2025', '2023..2025']);
  });
});

describe('a year looked ahead to or waited for gives no year to a half named after it, on an undated page (sentences of our own)', () => {
  it('"预计…最早在2028年…，…要到2029年以后。…上半年收入" keeps the year the text reports on', () => {
    const figs = readFigures('公司2026年上半年经调整净亏损14.1亿元。多数券商预计公司最早在2028年实现盈亏平衡，另一家则要到2029年以后。该公司上半年收入8650万美元。');
    expect(figs.find((f) => f.text === '8650万美元')?.period).toBe('2026-H1');
  });
  it('"does not expect to break even until after 2029. In the first half, …" keeps 2026', () => {
    const figs = readFigures('Zhipu lost 1.4 billion yuan in the first half of 2026 and says it will not break even until after 2029. Its first-half revenue was 700 million yuan.');
    expect(figs.find((f) => f.text === '700 million yuan')?.period).toBe('2026-H1');
  });
});

describe('"Year to date," opening a sentence in a story of a quarter (sentences of our own)', () => {
  it('is the year up to the end of the quarter the text reported; a share move so far this year is not', () => {
    const figs = readFigures('Baidu’s revenue rose 3% in the third quarter. So far this year, the shares have gained 35%. Year to date, revenue reached 90 billion yuan. Net profit was 5 billion yuan.', { pageDate: '2026-11-20' });
    expect(['90 billion yuan', '5 billion yuan'].map((t) => figs.find((f) => f.text === t)?.period)).toEqual(['2026-9M', '2026-Q3']);
    expect(figs.find((f) => f.text === '35%')?.period).not.toBe('2026-9M');
  });
  it('a value of its own after it keeps its year: "already above the roughly 1.2 billion yuan it generated in all of 2025"', () => {
    const figs = readFigures('Kling revenue was 627 million yuan in the three months to September 30, 2026. For the year to date, it has brought in 1.66 billion yuan, already above the roughly 1.2 billion yuan it generated in all of 2025.', { pageDate: '2026-11-20' });
    expect(['1.66 billion yuan', '1.2 billion yuan'].map((t) => figs.find((f) => f.text === t)?.period)).toEqual(['2026-9M', '2025']);
  });
});

describe('a quarter whose noun is left out after its ordinal (a sentence of our own)', () => {
  it('"1.23 billion yuan in the second quarter and 960 million yuan in the first" is the first quarter, and not the period in force after', () => {
    const figs = readFigures('Kling revenue was 1.52 billion yuan in the third quarter of 2026, after 1.23 billion yuan in the second quarter and 960 million yuan in the first. Its gross margin was 40%.', { pageDate: '2026-11-20' });
    expect(['960 million yuan', '40%'].map((t) => figs.find((f) => f.text === t)?.period)).toEqual(['2026-Q1', '2026-Q3']);
  });
});

describe('periods in a parenthesis of compared values (sentences of our own)', () => {
  it('"(2Q26: US$118mn; 3Q25: US$131mn), implying a margin of -86%" leaves the margin and what follows in the third quarter of 2026', () => {
    const figs = readFigures('Zhipu reported 3Q26 revenue of RMB520mn. Adjusted net loss narrowed to RMB410mn (2Q26: RMB480mn; 3Q25: RMB530mn), implying an adjusted net margin of -79%. Gross margin was 48%.', { pageDate: '2026-11-04' });
    expect(['RMB530mn', '-79%', '48%'].map((t) => figs.find((f) => f.text === t)?.period)).toEqual(['2025-Q3', '2026-Q3', '2026-Q3']);
  });
});

describe('"over the same period" after a move since a listing (a sentence of our own)', () => {
  it('is the span from the listing to the page\'s month, not the nine months reported before', () => {
    const figs = readFigures('MiniMax reported 9M26 revenue of US$300mn. The stock has risen 212% since its January listing, vs. Zhipu’s 255% over the same period.', { pageDate: '2026-11-04' });
    expect(['212%', '255%'].map((t) => figs.find((f) => f.text === t)?.period)).toEqual(['2026-01..2026-11', '2026-01..2026-11']);
  });
});

describe('"今明两年" and "明后两年" (sentences of our own)', () => {
  it('are this year and next (next and the one after), one per item of a list said 分别', () => {
    const figs = readFigures('花旗将今明两年经调整亏损预测分别上调至14.5亿及9.8亿元，并预计明后两年收入分别为60亿元和80亿元。', { pageDate: '2026-08-28' });
    expect(['14.5亿', '9.8亿元', '60亿元', '80亿元'].map((t) => figs.find((f) => f.text === t)?.period)).toEqual(['2026', '2027', '2027', '2028']);
  });
});

describe('a roundup\'s period, set for all its companies in the lead (sentences of our own)', () => {
  it('reaches a later company\'s paragraph past the periods another company\'s paragraph named for itself', () => {
    const text = 'Three Chinese platforms reported results for the July-September quarter on Thursday.\n\n' +
      'Alibaba said revenue in its fiscal second quarter rose 7% to 265 billion yuan. Capex took spending over the past four quarters to 150 billion yuan.\n\n' +
      'Kuaishou\'s revenue grew 11% to 38.7 billion yuan.';
    const figs = readFigures(text, { pageDate: '2026-11-21' });
    expect(['11%', '38.7 billion yuan'].map((t) => figs.find((f) => f.text === t)?.period)).toEqual(['2026-Q3', '2026-Q3']);
  });
  it('a period another company\'s sentence named for itself alone is still not carried to the next company', () => {
    const figs = readFigures('Baidu\'s revenue fell 3% in 2025. Kuaishou\'s revenue grew 11% to 38.7 billion yuan.', { pageDate: '2026-03-21' });
    expect(figs.find((f) => f.text === '38.7 billion yuan')?.period).toBeNull();
  });
});

describe('"the same period in 2025" (a sentence of our own)', () => {
  it('is that part of 2025, and the year it names is a base of comparison, not the period in force', () => {
    const figs = readFigures('StepFun generated revenue of about 610 million yuan in the six months to June, more than four times the 140 million yuan of the same period in 2025. Its net loss was 2.2 billion yuan, compared with 2.9 billion yuan a year earlier.', { pageDate: '2026-09-08' });
    expect(['610 million yuan', '140 million yuan', '2.2 billion yuan', '2.9 billion yuan'].map((t) => figs.find((f) => f.text === t)?.period)).toEqual(['2026-H1', '2025-H1', '2026-H1', '2025-H1']);
  });
});

describe('a quarter "截至2026年6月30日的季度", and a headline\'s "三年3800亿" (sentences of our own)', () => {
  it('"发布截至2026年6月30日的季度业绩" names the quarter that ended that day, carried to "当季"', () => {
    const figs = readFigures('阿里巴巴发布截至2026年6月30日的季度业绩。当季资本开支为389亿元。', { pageDate: '2026-08-29' });
    expect(figs.find((f) => f.text === '389亿元')?.period).toBe('2026-Q2');
  });
  it('"三年3800亿" is spread over years the text does not name: not the quarter in force', () => {
    const figs = readFigures('阿里巴巴第二季度资本开支为389亿元。吴泳铭称三年3800亿可能不够。', { pageDate: '2026-08-29' });
    expect(figs.find((f) => f.text === '3800亿')?.period).toBeNull();
  });
});

describe('"同一季度" (a sentence of our own)', () => {
  it('is the quarter named last, not the first quarter ("一季度" inside it)', () => {
    const figs = readFigures('阿里巴巴第二季度资本开支为389亿元。横向对比，腾讯同一季度资本开支为338亿元。', { pageDate: '2026-08-29' });
    expect(figs.find((f) => f.text === '338亿元')?.period).toBe('2026-Q2');
  });
});

describe('"… and 2.4% on the previous quarter" (a sentence of our own)', () => {
  it('is a change of the quarter in force counted on the quarter before, not a change of the quarter before', () => {
    const figs = readFigures('Kuaishou reported second-quarter results. Revenue of 39.1 billion yuan was up 12% year on year and 2.4% on the previous quarter.', { pageDate: '2026-08-22' });
    expect(figs.find((f) => f.text === '2.4%')).toMatchObject({ metric: 'other:revenue-growth-qoq', period: '2026-Q2' });
  });
});

describe('"the US$4.3 billion at which it raised US$500 million last December" (a sentence of our own)', () => {
  it('dates the value by the deal its relative clause dates', () => {
    const figs = readFigures('The new valuation is four times the US$2.5 billion at which it raised US$300 million last December.', { pageDate: '2026-09-15' });
    expect(['US$2.5 billion', 'US$300 million'].map((t) => figs.find((f) => f.text === t)?.period)).toEqual(['2025-12', '2025-12']);
  });
});

describe('"6% more than the 38.9 billion yuan spent in the June quarter" (a sentence of our own)', () => {
  it('names the June quarter for a value compared with: the quarter in force stays the September one', () => {
    const figs = readFigures('Capex for the three months to September 30 reached 41.3 billion yuan, 6% more than the 38.9 billion yuan spent in the June quarter. Free cash flow was an outflow of 21.8 billion yuan, compared with an outflow of 21.4 billion yuan a year ago.', { pageDate: '2026-11-21' });
    expect(['38.9 billion yuan', '21.8 billion yuan', '21.4 billion yuan'].map((t) => figs.find((f) => f.text === t)?.period)).toEqual(['2026-Q2', '2026-Q3', '2025-Q3']);
  });
});

describe('a plan’s amount takes no period told before it (sentences of our own)', () => {
  it('"lifts AI spending plan to 480 billion yuan" in a headline over a quarter’s results', () => {
    const figs = readFigures('Alibaba lifts AI spending plan to 480 billion yuan\n\nAlibaba said on Tuesday that cloud revenue rose 41% to 55.3 billion yuan in the September quarter.', { pageDate: '2026-11-25' });
    expect(figs.find((f) => f.text === '480 billion yuan')?.period).toBeNull();
    expect(figs.find((f) => f.text === '55.3 billion yuan')?.period).toBe('2026-Q3');
  });
  it('"投资计划上调至4800亿元" after a quarter named before', () => {
    const figs = readFigures('阿里巴巴第三季度云收入增长41%。公司同时将三年AI基础设施投资计划上调至4800亿元。', { pageDate: '2026-11-25' });
    expect(figs.find((f) => f.text === '4800亿元')?.period).toBeNull();
  });
});

describe('"the first three quarters of 2025" (a sentence of our own)', () => {
  it('is the first nine months of that year, not the whole of it', () => {
    const figs = readFigures('iFlytek made a net profit of 205 million yuan in the first nine months, against a loss of 344 million yuan in the first three quarters of 2025.', { pageDate: '2026-10-30' });
    expect(figs.map((f) => f.period)).toEqual(['2026-9M', '2025-9M']);
  });
});

describe('a whole year after "this year" in its sentence (sentences of our own)', () => {
  it('"今年…采购预算约为850亿元，占其全年约1600亿元资本开支" is this year\'s capex, not last year\'s', () => {
    const figs = readFigures('字节今年在国产芯片上的采购预算约为850亿元，占其全年约1600亿元资本开支的一半以上。', { pageDate: '2026-09-22' });
    expect(figs.find((f) => f.text === '1600亿元')?.period).toBe('2026');
  });
  it('"全年" alone in September is still last year\'s', () => {
    const figs = readFigures('公司全年资本开支约为1600亿元。', { pageDate: '2026-09-22' });
    expect(figs.find((f) => f.text === '1600亿元')?.period).toBe('2025');
  });
});

describe('a whole year after a month of this year (a sentence of our own)', () => {
  it('"今年1月在港上市的…公布首份全年业绩" reports last year', () => {
    const figs = readFigures('今年1月在港上市的MiniMax昨日公布首份全年业绩。期内亏损达18.7亿美元。', { pageDate: '2026-03-27' });
    expect(figs.find((f) => f.text === '18.7亿美元')?.period).toBe('2025');
  });
});

describe('"since its relaunch last November" (a sentence of our own)', () => {
  it('is the span from that month to the page\'s', () => {
    const figs = readFigures('The Qwen app has had 300 million downloads since its relaunch last November.', { pageDate: '2026-11-20' });
    expect(figs.map((f) => f.period)).toEqual(['2025-11..2026-11']);
  });
});

describe('a level its own clause says is, after a month named in another clause (a sentence of our own)', () => {
  it('"…passed 2 million in August, and its annualised revenue is close to US$200 million" is the page\'s month', () => {
    const figs = readFigures('Kimi\'s paying subscribers passed 2 million in August, and its annualised revenue is close to US$200 million.', { pageDate: '2026-09-18' });
    expect(figs.map((f) => f.period)).toEqual(['2026-08', '2026-09']);
  });
});

describe('a figure counted against the quarter before is no whole year\'s (a sentence of our own)', () => {
  it('"…this year, ahead of Tencent, whose capital spending fell 6% quarter on quarter to 17.4 billion yuan in the same period" has no period', () => {
    const figs = readFigures('ByteDance is expected to spend about 160 billion yuan this year, well ahead of Tencent, whose capital spending fell 6% quarter on quarter to 17.4 billion yuan in the same period.', { pageDate: '2026-11-25' });
    expect(figs.map((f) => [f.text, f.period])).toEqual([['160 billion yuan', '2026'], ['6%', null], ['17.4 billion yuan', null]]);
  });
});

describe('the month a users ranking opens with (sentences of our own)', () => {
  it('"2026年10月，国内AI原生App月活…。豆包以3.4亿月活继续领跑" holds October for the counts after it, on a page of November', () => {
    const figs = readFigures('数据显示，2026年10月，国内AI原生App月活跃用户合计达到7.3亿。\n\n从具体产品看，豆包以3.4亿月活继续领跑；千问App月活达到1.52亿。', { pageDate: '2026-11-05' });
    expect(figs.filter((f) => f.metric === 'users').map((f) => f.period)).toEqual(['2026-10', '2026-10', '2026-10']);
  });
  it('but not a month named for an event ("launched in March") nor after another period named since', () => {
    const figs = readFigures('The app, launched in March, has grown fast. It had 27 million monthly users.', { pageDate: '2026-11-05' });
    expect(figs[0]!.period).toBe('2026-11');
  });
});

describe('a half or quarter not yet ended, looked ahead to (sentences of our own)', () => {
  it('"For the fourth quarter, … growth would be at least 30%", "下半年收入增速不低于35%": this year\'s, not last year\'s', () => {
    const en = readFigures('For the fourth quarter, Tencent said cloud revenue growth would be at least 30%.', { pageDate: '2026-11-15' });
    expect(en.map((f) => [f.text, f.period])).toEqual([['30%', '2026-Q4']]);
    const zh = readFigures('商汤表示，下半年收入增速不低于35%。', { pageDate: '2026-08-28' });
    expect(zh.map((f) => [f.text, f.period])).toEqual([['35%', '2026-H2']]);
  });
});

describe('"the end of the year", "year-end" (sentences of our own)', () => {
  it('told as past on a page before December, the end of last year; a goal by year-end, this year\'s', () => {
    const opts = { pageDate: '2026-02-20' };
    expect(readFigures('StepFun had 850 employees at the end of the year, it said.', opts).map((f) => [f.text, f.period])).toEqual([['850', '2025-12']]);
    expect(readFigures('StepFun has set itself a goal of 1,200 employees by year-end.', opts).map((f) => [f.text, f.period])).toEqual([['1,200', '2026-12']]);
  });
});

describe('a period after a value compared with (a sentence of our own)', () => {
  it('"beating the 14.8 billion yuan expected by analysts and up from 18% growth in the second quarter": the quarter is the 18%\'s', () => {
    const f = readFigures("Revenue at Tencent's cloud unit rose 22% to 15.2 billion yuan in the third quarter of 2026, beating the 14.8 billion yuan expected by analysts and up from 18% growth in the second quarter.", { pageDate: '2026-11-14' });
    expect(f.map((x) => [x.text, x.period])).toEqual([['22%', '2026-Q3'], ['15.2 billion yuan', '2026-Q3'], ['14.8 billion yuan', '2026-Q3'], ['18%', '2026-Q2']]);
  });
});

describe('a half or quarter named for a part of the year\'s figure (sentences of our own)', () => {
  it('"…to 133 billion yuan, with fourth-quarter revenue of 34.5 billion yuan. AI Cloud revenue grew 28%": the year stays in force', () => {
    const f = readFigures("Baidu's revenue for 2025 rose 4% to 133 billion yuan, with fourth-quarter revenue of 34.5 billion yuan. AI Cloud revenue grew 28% to 26 billion yuan.", { pageDate: '2026-02-26' });
    expect(f.map((x) => [x.text, x.period])).toEqual([['4%', '2025'], ['133 billion yuan', '2025'], ['34.5 billion yuan', '2025-Q4'], ['28%', '2025'], ['26 billion yuan', '2025']]);
  });
  it('"2025年收入50.2亿元，其中下半年收入27.1亿元。经调整净亏损…": the loss is the year\'s', () => {
    const f = readFigures('商汤2025年收入50.2亿元，同比增长33%，其中下半年收入27.1亿元。经调整净亏损收窄至19.3亿元。', { pageDate: '2026-03-26' });
    expect(f.map((x) => [x.text, x.period])).toEqual([['50.2亿元', '2025'], ['33%', '2025'], ['27.1亿元', '2025-H2'], ['19.3亿元', '2025']]);
  });
  it('but a half that opens its own sentence is the text\'s period from then on: "Second-half revenue was …. Gross margin rose to 31%"', () => {
    const f = readFigures("Baidu's revenue for 2025 rose 4% to 133 billion yuan. Second-half revenue was 68 billion yuan. Gross margin rose to 31%.", { pageDate: '2026-02-26' });
    expect(f.map((x) => [x.text, x.period])).toEqual([['4%', '2025'], ['133 billion yuan', '2025'], ['68 billion yuan', '2025-H2'], ['31%', '2025-H2']]);
  });
});

describe('"the nine months" again after whole years told for comparison (a sentence of our own)', () => {
  it('"…in the nine months ended Sept. 30. … after losing 2.9 billion yuan in 2024 … the nine-month adjusted net loss": the same nine months', () => {
    const f = readFigures('Revenue at StepFun rose 40% to 500 million yuan in the nine months ended Sept. 30. The company lost 2.4 billion yuan for the nine months, after losing 2.9 billion yuan in 2024 and 1.1 billion yuan in 2023. Excluding share-based pay, the nine-month adjusted net loss was 1.97 billion yuan.', { pageDate: '2026-01-19' });
    expect(f.map((x) => [x.text, x.period])).toEqual([['40%', '2025-9M'], ['500 million yuan', '2025-9M'], ['2.4 billion yuan', '2025-9M'], ['2.9 billion yuan', '2024'], ['1.1 billion yuan', '2023'], ['1.97 billion yuan', '2025-9M']]);
  });
});

describe('"报告期各期" (sentences of our own)', () => {
  it('a list said of each period of the report goes through the periods the text named as the report\'s', () => {
    const f = readFigures('报告期内（2023年、2024年及2025年），百川智能分别实现营业收入0.49亿元、3.12亿元和6.8亿元。公司毛利率从2023年的-12%升至2025年的34%。报告期各期，公司研发费用分别为9.1亿元、14.2亿元和18.6亿元。', { pageDate: '2026-06-16' });
    expect(f.filter((x) => x.metric === 'rd-expense').map((x) => [x.text, x.period])).toEqual([['9.1亿元', '2023'], ['14.2亿元', '2024'], ['18.6亿元', '2025']]);
  });
});

describe('a year a span starts from, "今年起" (sentences of our own)', () => {
  it('"有关影响今年起不再出现。经调整亏损…" goes on in the year reported, not this year', () => {
    const f = readFigures('智谱公布2025年全年业绩，收入为7.86亿元，惟优先股已全数转换，有关影响今年起不再出现。经调整亏损净额为31.4亿元。', { pageDate: '2026-03-27' });
    expect(f.map((x) => [x.text, x.period])).toEqual([['7.86亿元', '2025'], ['31.4亿元', '2025']]);
  });
});

describe('前年, the year before last (sentences of our own)', () => {
  it('"亏损38.6亿元，前年为25.5亿元" on a page of 2026: the loss of 2024; "此前年收入" names no year', () => {
    const f = readFigures('智谱2025年股东应占亏损38.6亿元，前年为25.5亿元。此前年收入约为3亿元。', { pageDate: '2026-03-27' });
    expect(f.map((x) => [x.text, x.period])).toEqual([['38.6亿元', '2025'], ['25.5亿元', '2024'], ['3亿元', '2025']]);
  });
});

describe('results still to be reported are of the quarter just ended (sentences of our own)', () => {
  it('"which reports next week, is expected to post … for the fourth quarter" on a page of February: last year\'s fourth quarter', () => {
    const f = readFigures('Baidu, which reports next week, is expected to post AI Cloud growth of about 33% for the fourth quarter.', { pageDate: '2026-02-26' });
    expect(f.map((x) => [x.text, x.period])).toEqual([['33%', '2025-Q4']]);
  });
  it('but a forecast with no report to come looks ahead: "Baidu expects growth of 33% for the fourth quarter"', () => {
    const f = readFigures('Baidu expects AI Cloud growth of about 33% for the fourth quarter.', { pageDate: '2026-02-26' });
    expect(f.map((x) => [x.text, x.period])).toEqual([['33%', '2026-Q4']]);
  });
});

describe('an amount pledged over years is of no quarter (sentences of our own)', () => {
  it('"三年AI投入大概率超3800亿元" after a quarter\'s results: no period', () => {
    const f = readFigures('阿里巴巴公布截至2025年12月31日的季度业绩，当季收入2963亿元。管理层称三年AI投入大概率超3800亿元。', { pageDate: '2026-02-26' });
    expect(f.map((x) => [x.text, x.period])).toEqual([['2963亿元', '2025-Q4'], ['3800亿元', null]]);
  });
  it('"the 380 billion yuan the company pledged a year ago": the pledge\'s time is not the amount\'s', () => {
    const f = readFigures("Alibaba's cloud revenue jumped 38% in the December quarter, and executives said spending on AI would likely exceed the 380 billion yuan the company pledged a year ago.", { pageDate: '2026-02-26' });
    expect(f.map((x) => [x.text, x.period])).toEqual([['38%', '2025-Q4'], ['380 billion yuan', null]]);
  });
});

describe('the first months of a year, and the same months a year before (sentences of our own)', () => {
  it('"今年首两个月收入按年增长逾130%": January and February', () => {
    expect(readFigures('MiniMax今年首兩個月收入按年增長逾130%。', { pageDate: '2026-03-27' }).map((x) => x.period)).toEqual(['2026-01..2026-02']);
  });
  it('"in the five months to May 31 … from 198.2 million yuan in the same period of 2025": those months of 2025', () => {
    const f = readFigures('In the five months to May 31, StepFun booked revenue of 417.5 million yuan, up 111% from 198.2 million yuan in the same period of 2025.', { pageDate: '2026-07-10' });
    expect(f.map((x) => [x.text, x.period])).toEqual([['417.5 million yuan', '2026-01..2026-05'], ['111%', '2026-01..2026-05'], ['198.2 million yuan', '2025-01..2025-05']]);
  });
});

describe('a quarter named by the month it ends in, in Chinese (sentences of our own)', () => {
  it('"12月季度收入2963亿元", "预计3月季度云收入增速将维持在35%以上"', () => {
    const f = readFigures('阿里巴巴12月季度收入2963亿元。管理层预计3月季度云收入增速将维持在35%以上。', { pageDate: '2026-02-26' });
    expect(f.map((x) => [x.text, x.period])).toEqual([['2963亿元', '2025-Q4'], ['35%', '2026-Q1']]);
  });
});

describe('a bare full year after forecasts of this year and the next is this year (sentences of our own)', () => {
  it('"2026年净利润为3.2亿元，2027年增至5.5亿元；全年收入增速…": 2026', () => {
    const f = readFigures('分析师预计，该公司2026年净利润为3.2亿元，2027年增至5.5亿元；全年收入增速预计在15%左右。', { pageDate: '2026-10-30' });
    expect(f.map((x) => [x.text, x.period])).toEqual([['3.2亿元', '2026'], ['5.5亿元', '2027'], ['15%', '2026']]);
  });
  it('on an undated page too: the first of the years, the one in progress', () => {
    const f = readFigures('分析师预计，该公司2026年净利润为3.2亿元，2027年增至5.5亿元；全年收入增速预计在15%左右。');
    expect(f.map((x) => [x.text, x.period])).toEqual([['3.2亿元', '2026'], ['5.5亿元', '2027'], ['15%', '2026']]);
  });
  it('a full year after one forecast year alone is that year', () => {
    const f = readFigures('公司给出2027年指引，全年收入增速预计在15%左右。');
    expect(f.map((x) => [x.text, x.period])).toEqual([['15%', '2027']]);
  });
});

describe('a rate "a year" or "a month" between an amount and its month (a sentence of our own)', () => {
  it('"… at a pace of about $120 million a year in June", reported "on Tuesday": June', () => {
    const f = readFigures('A trade newsletter said on Tuesday that Moonshot was generating recurring revenue at a pace of about $120 million a year in June, up from $45 million in December.', { pageDate: '2026-07-09' });
    expect(f.map((x) => [x.text, x.metric, x.period])).toEqual([['$120 million', 'arr', '2026-06'], ['$45 million', 'arr', '2025-12']]);
  });
});

describe('an earnings notice in sections: 本报告期 is the period its section heading names (a notice of our own)', () => {
  const notice = [
    '证券代码：300999　　证券简称：某智能　　公告编号：2026-058',
    '某智能科技股份有限公司2026年半年度业绩预告',
    '（1）2026年半年度（2026年1月1日至2026年6月30日）预计业绩情况',
    '归属于上市公司股东的净利润　本报告期：盈利5,200万元–6,100万元；上年同期：盈利3,050.12万元',
    '（2）2026年第二季度（2026年4月1日至2026年6月30日）预计业绩情况',
    '归属于上市公司股东的净利润　本报告期：盈利3,900万元–4,400万元；上年同期：盈利2,215.40万元',
    '扣除非经常性损益后的净利润　本报告期：亏损600万元–900万元；上年同期：亏损1,320.55万元',
    '二、业绩变动原因说明',
    '报告期内，公司预计实现营业收入约8.6亿元。',
  ].join('\n\n');
  it('the half, then the quarter in all the rows of its section, and the same periods a year before', () => {
    const f = readFigures(notice, { pageDate: '2026-07-12' });
    expect(f.map((x) => [x.text, x.period])).toEqual([
      ['5,200万元–6,100万元', '2026-H1'], ['3,050.12万元', '2025-H1'],
      ['3,900万元–4,400万元', '2026-Q2'], ['2,215.40万元', '2025-Q2'],
      ['600万元–900万元', '2026-Q2'], ['1,320.55万元', '2025-Q2'],
      ['8.6亿元', '2026-H1'],
    ]);
  });
  it('盈利 and 亏损 in a row give the sign of the profit the row names', () => {
    const f = readFigures(notice, { pageDate: '2026-07-12' });
    expect(f.map((x) => [x.text, x.metric]).slice(4, 6)).toEqual([['600万元–900万元', 'other:net-loss-excl-nonrecurring'], ['1,320.55万元', 'other:net-loss-excl-nonrecurring']]);
  });
  it('a filing number is no year', () => {
    expect(findPeriodMentions(normalizeText('公告编号：2026-058'), { pageYear: 2026, pageMonth: 7 }).map((m) => m.period)).toEqual([]);
  });
});

describe('今年首季: the first quarter of the year the word names (a sentence of our own)', () => {
  it('after a paragraph on last year, "今年首季" is this year\'s first quarter', () => {
    const f = readFigures('商湯2025年收入52.3億元。今年首季收入11.6億元，按年增長28%。', { pageDate: '2026-05-20' });
    expect(f.map((x) => [x.text, x.period])).toEqual([['52.3億元', '2025'], ['11.6億元', '2026-Q1'], ['28%', '2026-Q1']]);
  });
});

describe('a part of a value of another period: "about 70% of the 2.6 billion yuan it booked in all of 2025" (sentences of our own)', () => {
  it('the year of the value compared with is not the period in force', () => {
    const f = readFigures('First-half revenue rose 90% to 1.8 billion yuan, already about 70% of the 2.6 billion yuan it booked in all of 2025. Gross margin fell to 48.2% from 53.5% a year earlier.', { pageDate: '2026-08-26' });
    expect(f.map((x) => [x.text, x.period])).toEqual([['90%', '2026-H1'], ['1.8 billion yuan', '2026-H1'], ['70%', '2026-H1'], ['2.6 billion yuan', '2025'], ['48.2%', '2026-H1'], ['53.5%', '2025-H1']]);
  });
  it('and it dates that value, past a relative clause of its own subject', () => {
    const f = readFigures('In the first half, cloud revenue totalled 9.3 billion yuan, up 31 per cent and about 55 per cent of the 16.9 billion yuan the division booked in the whole of 2025.', { pageDate: '2026-08-20' });
    expect(f.map((x) => [x.text, x.period])).toEqual([['9.3 billion yuan', '2026-H1'], ['31 per cent', '2026-H1'], ['55 per cent', '2026-H1'], ['16.9 billion yuan', '2025']]);
  });
});

describe('after last year told whole, a quarter or half is the latest (sentences of our own)', () => {
  const text = 'Revenue rose 85% to 1.31 billion yuan in 2025, while the net loss reached 3.4 billion yuan. First-quarter revenue rose 96% to 402 million yuan. The company expects first-half revenue of 800 million yuan to 850 million yuan. Fourth-quarter revenue was 455 million yuan.';
  it('on a page of June 2026: this year\'s first quarter, this year\'s half looked ahead to, last year\'s fourth quarter', () => {
    expect(readFigures(text, { pageDate: '2026-06-24' }).map((x) => [x.text, x.period])).toEqual([
      ['85%', '2025'], ['1.31 billion yuan', '2025'], ['3.4 billion yuan', '2025'],
      ['96%', '2026-Q1'], ['402 million yuan', '2026-Q1'], ['800 million yuan to 850 million yuan', '2026-H1'], ['455 million yuan', '2025-Q4'],
    ]);
  });
  it('in the same sentence as the year, a part is of that year', () => {
    expect(readFigures('Revenue was 1.31 billion yuan in 2025, and first-quarter revenue 300 million yuan.', { pageDate: '2026-06-24' }).map((x) => x.period)).toEqual(['2025', '2025-Q1']);
  });
});

describe('the value before a revision, "此前为", is of the period of the value revised (a sentence of our own)', () => {
  it('"三季度资本开支…，并将全年资本开支指引上调至…，此前为…"', () => {
    const f = readFigures('Meta三季度资本开支为334亿美元，并将全年资本开支指引上调至1250亿美元，此前为1200亿美元。', { pageDate: '2026-10-30' });
    expect(f.map((x) => [x.text, x.period])).toEqual([['334亿美元', '2026-Q3'], ['1250亿美元', '2026'], ['1200亿美元', '2026']]);
  });
});

describe('a period a filing defines as a term, and an ordinal of an event (sentences of our own)', () => {
  it('"for the nine months ended 30 September 2026 (the "Period")": "the Period" later is those nine months, past a quarter named between', () => {
    const f = readFigures('For the nine months ended 30 September 2026 (the "Period"), revenue of the Group was RMB1,200 million. Revenue for the three months ended 30 September 2026 was RMB500 million. Revenue from overseas customers was RMB300 million for the Period.', { pageDate: '2026-10-20' });
    expect(f.map((x) => x.period)).toEqual(['2026-9M', '2026-Q3', '2026-9M']);
    // (without the defined term, "the period" is only a common noun: no half from it)
    const g = readFigures('For the six months ended 30 June 2026, revenue of the Group was RMB800 million. In the third quarter of 2026, revenue was RMB500 million, more than in any other quarter in the period.', { pageDate: '2026-11-20' });
    expect(g.map((x) => x.period)).toEqual(['2026-H1', '2026-Q3']);
  });
  it('"(Previous Year: RMB1,600 million)" in a filing is the year before the one it reports on', () => {
    const f = readFigures('For the year ended 31 December 2025 (the "Year"), the Group expects research and development expenses of not less than RMB2,000 million for the Year (Previous Year: approximately RMB1,600 million).', { pageDate: '2026-02-10' });
    expect(f.map((x) => x.period)).toEqual(['2025', '2024']);
  });
  it('"the first quarter in which revenue doubled" is no first quarter of the year', () => {
    const f = readFigures('Revenue for the three months ended 30 September 2026 was RMB400 million, the first quarter in which revenue doubled. Subscriptions made up 40% of revenue.', { pageDate: '2026-10-20' });
    expect(f.map((x) => x.period)).toEqual(['2026-Q3', '2026-Q3']);
  });
});

describe('a stock counted at a moment, in a half, beside an average (a sentence of our own)', () => {
  it('"served an average of 80 million users, and paying users reached 2 million": the average is the half\'s, the count is at its end', () => {
    const f = readFigures('During the first half of 2026, Kimi served an average of 80 million monthly active users, and its paying users reached 2 million.', { pageDate: '2026-08-20' });
    expect(f.map((x) => [x.metric, x.period])).toEqual([['users', '2026-H1'], ['paying-users', '2026-06']]);
  });
});

describe('a list of figures, then a range of as many years (a sentence of our own)', () => {
  it('"0.9 billion yuan, 1.4 billion yuan and 2.1 billion yuan for 2026 through 2028" go year by year', () => {
    const f = readFigures('Everbright expects Baidu\'s cloud profit of 0.9 billion yuan, 1.4 billion yuan and 2.1 billion yuan for 2026 through 2028.', { pageDate: '2026-11-01' });
    expect(f.map((x) => x.period)).toEqual(['2026', '2027', '2028']);
    // (a range as long as the list only: two figures and three years are not paired, and the first is given no year)
    const g = readFigures('Everbright expects Baidu\'s cloud profit of 0.9 billion yuan and 1.4 billion yuan for 2026 through 2028.', { pageDate: '2026-11-01' });
    expect(g[0]!.period).toBeNull();
  });
});

describe('the same period a year earlier, beside a forecast (sentences of our own)', () => {
  it('"預期截至今年6月30日止六個月收入約20億元，去年同期為15億元": the half forecast, then last year\'s half', () => {
    const f = readFigures('月之暗面預期截至今年6月30日止六個月收入約20億元，去年同期為15億元。', { pageDate: '2026-07-20' });
    expect(f.map((x) => x.period)).toEqual(['2026-H1', '2025-H1']);
    const g = readFigures('智譜預期今年上半年收入介乎8億至9億元，去年同期為4億元。', { pageDate: '2026-07-20' });
    expect(g.map((x) => x.period)).toEqual(['2026-H1', '2025-H1']);
  });
  it('"預期截至去年12月底止年度收入不少於50億元": last year, said relative to the page', () => {
    expect(readFigures('商湯預期截至去年12月底止年度總收入不少於50億元。', { pageDate: '2026-02-10' })[0]!.period).toBe('2025');
  });
});

describe('上季 before a line of the results (a sentence of our own)', () => {
  it('"腾讯云上季收入为150亿元" after a third quarter is the second', () => {
    const f = readFigures('阿里巴巴第三季度收入2,400亿元。腾讯云上季收入为150亿元。', { pageDate: '2026-11-20' });
    expect(f.map((x) => x.period)).toEqual(['2026-Q3', '2026-Q2']);
  });
});

describe('"当日" after a day named; a year named for a value compared with; "the 2 million we had at the end of 2024" (sentences of our own)', () => {
  it('"3月30日，某券商发布报告……MiniMax当日收涨4.2%": that day\'s month, not the page\'s', () => {
    const f = readFigures('3月30日，某券商发布研报，给予MiniMax买入评级。受此带动，MiniMax当日收涨4.2%，报700港元。', { pageDate: '2026-04-02' });
    expect(f.map((x) => x.period)).toEqual(['2026-03', '2026-03']);
    // (with no day named before it, 当日 says nothing: the page's day stands)
    expect(readFigures('受此带动，MiniMax股价当日收涨4.2%，报700港元。', { pageDate: '2026-04-02' }).map((x) => x.period)).toEqual(['2026-04', '2026-04']);
  });
  it('"more than twice its 2024 figure" names no year the text goes on in', () => {
    const f = readFigures('Revenue rose to about 2 billion yuan in 2025. The API business brought in 800 million yuan of that, more than twice its 2024 figure, and annualised revenue passed 1 billion yuan in December.', { pageDate: '2026-01-20' });
    expect(f.map((x) => x.period)).toEqual(['2025', '2025', '2025-12']);
  });
  it('"the 2 million we had at the end of 2024": the period after a relative clause of having', () => {
    const f = readFigures('By the end of December, 5 million developers had joined the Kimi platform, more than double the 2 million we had at the end of 2024.', { pageDate: '2026-01-20' });
    expect(f.map((x) => x.period)).toEqual(['2025-12', '2024-12']);
    // (and "the 30 million it had a year earlier", past a month a change is counted from: the year-ago month of the month
    // the sentence is about)
    const g = readFigures('Kimi had 80 million monthly active users in September, up 20% from June and more than double the 30 million it had a year earlier.', { pageDate: '2026-10-10' });
    expect(g.filter((x) => x.kind === 'count').map((x) => x.period)).toEqual(['2026-09', '2025-09']);
  });
});

describe('a half of a fiscal year that ends in March (sentences of our own)', () => {
  it('"2027财年上半年" is April to September 2026; Alibaba\'s "interim results" on a November page the same', () => {
    expect(readFigures('2027财年上半年，阿里巴巴集团收入为5000亿元。', { pageDate: '2026-11-20' })[0]!.period).toBe('2026-Q2..2026-Q3');
    expect(readFigures("Alibaba's interim results showed revenue of 500 billion yuan.", { pageDate: '2026-11-20' })[0]!.period).toBe('2026-Q2..2026-Q3');
    expect(readFigures('In the second half of its fiscal year, Alibaba booked revenue of 520 billion yuan.', { pageDate: '2026-05-15' })[0]!.period).toBe('2025-Q4..2026-Q1');
    // (a company whose year ends in December: its interim is the calendar half)
    expect(readFigures("Zhipu's interim results showed revenue of 1 billion yuan.", { pageDate: '2026-08-20' })[0]!.period).toBe('2026-H1');
  });
});

describe('a full year a company aims for, after a half of this year (sentences of our own)', () => {
  it('"aims for full-year revenue of more than 5 billion yuan", "全年收入有信心超过20亿元", "全年收入料20亿至22亿元": this year', () => {
    const en = readFigures('Baidu Cloud revenue rose 20% to 2 billion yuan in the first half of 2026. The unit aims for full-year revenue of more than 5 billion yuan.', { pageDate: '2026-08-20' });
    expect(en.map((x) => x.period)).toEqual(['2026-H1', '2026-H1', '2026']);
    expect(readFigures('月之暗面今年上半年收入9亿元。管理层表示，全年收入有信心超过20亿元。', { pageDate: '2026-08-20' }).map((x) => x.period)).toEqual(['2026-H1', '2026']);
    expect(readFigures('月之暗面今年上半年收入9亿元。全年收入料20亿至22亿元。', { pageDate: '2026-08-20' }).map((x) => x.period)).toEqual(['2026-H1', '2026']);
    // (and "力争全年营业收入同比增长15%至20%": a full year the company strives for)
    expect(readFigures('上半年公司收入增长16.7%。公司力争全年营业收入同比增长15%至20%。', { pageDate: '2026-08-25' }).map((x) => x.period)).toEqual(['2026-H1', '2026']);
  });
});

describe('a stock beside a period named by the day it ended (sentences of our own)', () => {
  it('"revenue … for the year ended 31 December 2025 and had cash of …": the cash is as of that day', () => {
    const f = readFigures('MiniMax reported revenue of US$320 million for the year ended 31 December 2025 and had cash of US$1,092.6 million.', { pageDate: '2026-03-20' });
    expect(f.map((x) => x.period)).toEqual(['2025', '2025-12']);
    const g = readFigures('截至2026年6月30日止六个月，商汤收入为24亿元，账上现金为120亿元。', { pageDate: '2026-08-28' });
    expect(g.map((x) => x.period)).toEqual(['2026-H1', '2026-06']);
    // (a year named without its last day leaves a stock's date open, "for 2025 and had cash of"; and so does a stock its
    // clause says the company has now)
    expect(readFigures('MiniMax reported revenue of US$320 million for 2025 and had cash of US$1.1 billion.', { pageDate: '2026-03-20' })[1]!.period).toBe('2026-03');
    expect(readFigures('MiniMax reported revenue of US$320 million for the year ended 31 December 2025 and now has cash of US$1.1 billion.', { pageDate: '2026-03-20' })[1]!.period).toBe('2026-03');
  });
});

describe('a quarter named as a part of the year’s figure (sentences of our own)', () => {
  it('"MiniMax全年收入…，其中第四季度收入…" and "…, including $79.6 million in the fourth quarter" leave the year in force', () => {
    const zh = readFigures('以美元记账的MiniMax全年收入为2.314亿美元，增长168%，其中第四季度收入为7960万美元。净亏损膨胀至11.2亿美元。', { pageDate: '2026-03-31' });
    expect(zh.map((x) => x.period)).toEqual(['2025', '2025', '2025-Q4', '2025']);
    const en = readFigures("MiniMax's revenue for 2025 rose 168% to $231.4 million, including $79.6 million in the fourth quarter. Its net loss widened to $1.12 billion.", { pageDate: '2026-03-31' });
    expect(en.map((x) => x.period)).toEqual(['2025', '2025', '2025-Q4', '2025']);
  });
});

describe('the months from January said in English (a sentence of our own)', () => {
  it('"in January-April" is January to April, as "1-4月" is', () => {
    const f = readFigures('Chinese model developers raised RMB18.9 billion across 23 deals in January-April, according to a data provider.', { pageDate: '2026-05-10' });
    expect(f.map((x) => x.period)).toEqual(['2026-01..2026-04', '2026-01..2026-04']);
  });
});

describe('a clause of what came before a forecast (sentences of our own)', () => {
  it('"Analysts expect …, after growth of 31% to 7.05 billion yuan in the fourth quarter", in May, is last year\'s quarter', () => {
    const f = readFigures('Analysts expect Baidu AI Cloud revenue of 7.4 billion yuan for the March quarter, after growth of 31% to 7.05 billion yuan in the fourth quarter.', { pageDate: '2026-05-15' });
    expect(f.filter((x) => x.text === '7.05 billion yuan').map((x) => x.period)).toEqual(['2025-Q4']);
    // (a time after a quarter is still ahead: "to resume after the fourth quarter … in the fourth quarter")
    const ahead = readFigures('Baidu expects its cloud unit to book 8 billion yuan in the fourth quarter.', { pageDate: '2026-05-15' });
    expect(ahead.map((x) => x.period)).toEqual(['2026-Q4']);
  });
});

describe('the value a year-on-year change moved from (sentences of our own)', () => {
  it('"up 27% YoY from RMB2.53bn" in a half is the half a year before; "down 3% year-on-year from" in a quarter the same quarter a year before', () => {
    const half = readFigures('We expect MiniMax revenue of US$142m in 1H26, up 27% YoY from US$112m.', { pageDate: '2026-08-01' });
    expect(half.map((x) => [x.text, x.period])).toEqual([['US$142m', '2026-H1'], ['27%', '2026-H1'], ['US$112m', '2025-H1']]);
    const quarter = readFigures("Baidu's revenue was 32.2 billion yuan in the second quarter of 2026, down 3% year-on-year from 33.2 billion yuan.", { pageDate: '2026-08-30' });
    expect(quarter.map((x) => x.period)).toEqual(['2026-Q2', '2026-Q2', '2025-Q2']);
  });
});

describe('what money went on, between the amount and its period (sentences of our own)', () => {
  it('"spent about 150 billion yuan on capex over the past four quarters" is the four quarters to the quarter in force', () => {
    const f = readFigures("Tencent's capex was 41 billion yuan in the June quarter. It spent about 150 billion yuan on capex in the past four quarters.", { pageDate: '2026-08-30' });
    expect(f.map((x) => x.period)).toEqual(['2026-Q2', '2025-Q3..2026-Q2']);
    // (what it went on in several words)
    expect(readFigures('Baidu spent 5.2 billion yuan on research and development in the second quarter of 2026.', { pageDate: '2026-08-30' })[0]!.period).toBe('2026-Q2');
  });
});

describe('"the previous year", "上一年" (sentences of our own)', () => {
  it('is the year before the one the text reports on; "the same period of the previous year" is that period a year before', () => {
    expect(readFigures('MiniMax said its net loss for 2025 widened to 4.2 billion yuan from 3.1 billion yuan of the previous year.', { pageDate: '2026-03-31' }).map((x) => x.period)).toEqual(['2025', '2024']);
    const zh = readFigures('MiniMax 2025年收入增长159%。净亏损从上一年的31亿元扩大至42亿元。', { pageDate: '2026-03-31' });
    expect(zh.map((x) => [x.text, x.period])).toEqual([['159%', '2025'], ['31亿元', '2024'], ['42亿元', '2025']]);
    const half = readFigures("Zhipu's revenue in the first half of 2026 was 785 million yuan, up from 486 million yuan in the same period of the previous year.", { pageDate: '2026-08-31' });
    expect(half.map((x) => x.period)).toEqual(['2026-H1', '2025-H1']);
  });
  it('the year a move in Chinese started from does not keep the figure it moved to from its year in force', () => {
    const text = 'MiniMax 2025年收入增长159%。净亏损从上一年的31亿元扩大至42亿元。';
    const figures = readFigures(text, { pageDate: '2026-03-31' });
    const { claims } = extractClaims(figures, text, { file: 'x', url: null, title: null, siteName: null, date: '2026-03-31', lang: null });
    expect(claims.map((c) => `${c.metric} ${c.period} ${c.value}`)).toContain('net-loss 2025 4200000000');
  });
});

describe('"去年" as the topic of a results clause (sentences of our own)', () => {
  it('is the year the text goes on in: "某公司去年收入…。期内净亏损…" are both of last year', () => {
    const text = '智谱去年收入10亿元，按年增长120%。\n期内净亏损40亿元，按年扩大30%。';
    const figures = readFigures(text, { pageDate: '2026-03-31' });
    expect(figures.map((x) => [x.text, x.period])).toEqual([['10亿元', '2025'], ['120%', '2025'], ['40亿元', '2025'], ['30%', '2025']]);
  });
  it('not "去年" compared with, nor one that opens no results clause', () => {
    const text = '智谱2026年上半年收入5亿元，较去年同期增长80%。去年推出的新模型表现一般。\n期内净亏损20亿元。';
    expect(readFigures(text, { pageDate: '2026-08-31' }).map((x) => [x.text, x.period])).toEqual([['5亿元', '2026-H1'], ['80%', '2026-H1'], ['20亿元', '2026-H1']]);
  });
});

describe('a period and its value set beside a reported value (sentences of our own)', () => {
  const read = (text: string) => readFigures(text, { pageDate: '2026-04-10' }).map((f) => `${f.text}=${f.period}`);
  it('"亏损扩大至5.17亿美元，2024年为4.65亿美元；经调整亏损3.01亿美元": the year compared with is not the year the text goes on in', () => {
    expect(read('某公司2025年收入2.1亿元。年度亏损扩大至6.2亿元，2024年为4.8亿元；经调整亏损3.3亿元。')).toEqual(['2.1亿元=2025', '6.2亿元=2025', '4.8亿元=2024', '3.3亿元=2025']);
    expect(read('某公司2025年收入2.1億元。政府客戶收入佔比降至11%，2024年為16%。經調整虧損淨額為3.3億元。')).toEqual(['2.1億元=2025', '11%=2025', '16%=2024', '3.3億元=2025']);
  });
  it('a year and its value opening the results is the year in force', () => {
    expect(read('某公司公布业绩。收入方面，2025年为12亿元，同比增长30%。期内亏损3亿元。')).toEqual(['12亿元=2025', '30%=2025', '3亿元=2025']);
  });
});

describe('the end of the year before, and a compared amount dated after its noun (sentences of our own)', () => {
  const read = (text: string, pageDate = '2026-04-21') => readFigures(text, { pageDate }).map((f) => `${f.text}=${f.period}`);
  it('"上年末" is the end of the year before the one the text reports on; "去年底" the end of the year before the page\'s', () => {
    expect(read('某公司公布2025年业绩。截至2025年末，公司员工总数为9,860人，较上年末的8,412人有所增加。')).toContain('8,412=2024-12');
    expect(read('某公司发布年报。截至2025年末，公司员工总数为9,860人，较上年末的8,412人有所增加。')).toContain('8,412=2024-12');
    // (the sentence's own year-end comes before a later year in force: a report of the next year's first quarter)
    expect(read('某公司披露2025年年度报告及2026年一季度报告。截至2025年末，公司员工总数为9,860人，较上年末的8,412人有所增加。')).toContain('8,412=2024-12');
    expect(read('某公司发布年报。公司员工总数为9,860人，较去年底的8,412人有所增加。')).toContain('8,412=2025-12');
  });
  it('"narrower than the 231 million yuan loss a year earlier": the period after the amount\'s noun dates the amount', () => {
    const text = 'In the first quarter of 2026, the company posted a net loss of 168 million yuan, narrower than the 231 million yuan loss a year earlier.';
    expect(read(text)).toEqual(['168 million yuan=2026-Q1', '231 million yuan=2025-Q1']);
    expect(read('In the first quarter of 2026, it posted a net loss of 168 million yuan, after a 231 million yuan net loss in 2025.')).toEqual(['168 million yuan=2026-Q1', '231 million yuan=2025']);
  });
});

describe('a month a level moved from (a sentence of our own)', () => {
  it('"rose 6.6% from September to 318 million" is not September\'s level', () => {
    const f = readFigures('Its monthly active users rose 6.6% from September to 318 million in October, the tracker said.', { pageDate: '2026-11-10' });
    expect(f.find((x) => x.text === '318 million')?.period).toBe('2026-10');
    const g = readFigures('Its monthly active users rose 6.6% from September to 318 million, the tracker said.', { pageDate: '2026-11-10' });
    expect(g.find((x) => x.text === '318 million')?.period).not.toBe('2026-09');
  });
});

describe('a sentence set at a day outside the period in force (sentences of our own)', () => {
  const read = (text: string) => readFigures(text, { pageDate: '2026-04-21' }).map((f) => `${f.text}=${f.period}`);
  it('a change told in a sentence that opens at the end of the year before is not of the quarter carried', () => {
    const en = read('The company also published its first-quarter 2026 report on Monday. At the end of 2025 it had 5,200 staff, an increase of 400, or 8.3%.');
    expect(en).toContain('5,200=2025-12');
    expect(en).toContain('8.3%=null');
    const zh = read('公司同时披露2026年一季度报告。截至2025年末，公司员工总数为5,200人，增加400人，增幅8.3%。');
    expect(zh).toContain('400=null');
    expect(zh).toContain('8.3%=null');
  });
  it('a month of an event in a relative clause leaves the period in force carried', () => {
    expect(read('Revenue rose 30% in the first quarter of 2026. The company, which listed in January 2025, said its margin improved by 3 percentage points.')).toContain('3 percentage points=2026-Q1');
  });
});

describe('a half-year total after "in the quarter" (a sentence of our own)', () => {
  it('the text goes on in the quarter in force, said again before the total', () => {
    const text = 'Baidu reported second-quarter revenue of 32 billion yuan. R&D expenses were 5.2 billion yuan in the quarter, bringing spending for the first half to 10.6 billion yuan. Share-based compensation fell 18% to 1.12 billion yuan.';
    const f = readFigures(text, { pageDate: '2026-08-26' });
    expect(f.find((x) => x.text === '10.6 billion yuan')?.period).toBe('2026-H1');
    expect(f.find((x) => x.text === '1.12 billion yuan')?.period).toBe('2026-Q2');
    // (without the quarter said again, the half named last is in force)
    const g = readFigures('Baidu reported second-quarter revenue of 32 billion yuan. R&D spending for the first half reached 10.6 billion yuan. Share-based compensation fell 18% to 1.12 billion yuan.', { pageDate: '2026-08-26' });
    expect(g.find((x) => x.text === '1.12 billion yuan')?.period).toBe('2026-H1');
  });
});

describe('a half the text says a sum "will be booked in" (a sentence of our own)', () => {
  it('"将计入下半年" looks ahead to this year\'s second half, not back to last year\'s', () => {
    const f = readFigures('某公司上半年营收8.6亿元，1.6亿元仲裁赔偿将计入下半年。', { pageDate: '2026-08-27' });
    expect(f.find((x) => x.text === '1.6亿元')?.period).toBe('2026-H2');
  });
});

describe('a fiscal year named with the month it ends (sentences of our own)', () => {
  it('"2026财年（截至今年3月31日）" is in force for the figures after it, as the four quarters to March', () => {
    const f = readFigures('阿里巴巴昨日发表2026财年（截至今年3月31日）ESG报告。报告显示，集团资本开支为1285亿元，数据中心全年用电量增长27%。', { pageDate: '2026-07-15' });
    expect(f.find((x) => x.text === '1285亿元')?.period).toBe('2025-Q2..2026-Q1');
    expect(f.find((x) => x.text === '27%')?.period).toBe('2025-Q2..2026-Q1');
  });
});

describe('a forecast cut from one value to another, and an aim for the full year (sentences of our own)', () => {
  it('"将今年资本开支预测由1170亿元降至1010亿元": both values are of this year', () => {
    const f = readFigures('分析师将百度今年资本开支预测由320亿元降至280亿元。', { pageDate: '2026-08-15' });
    expect(f.map((x) => `${x.text}=${x.period}`)).toEqual(['320亿元=2026', '280亿元=2026']);
  });
  it('"aimed to keep its full-year loss below …" looks ahead to this year', () => {
    const f = readFigures('Zhipu reported first-half results on Monday. Its finance chief said Zhipu aimed to keep its full-year adjusted loss below 3 billion yuan.', { pageDate: '2026-08-25' });
    expect(f.find((x) => x.text === '3 billion yuan')?.period).toBe('2026');
  });
});

describe('a sentence that opens on the year-ago period (sentences of our own)', () => {
  it('"去年同期，…分别为…", "A year earlier, revenue was …" are figures of the year-ago period, not the period in force', () => {
    const zh = readFigures('某公司公布2026年第三季度业绩，营收2086亿元，同比增长8%。去年同期，该公司营收和净利润分别为1928亿元和705亿元。', { pageDate: '2026-11-13' });
    expect(zh.filter((x) => x.text === '1928亿元' || x.text === '705亿元').map((x) => x.period)).toEqual(['2025-Q3', '2025-Q3']);
    const en = readFigures('The company reported third-quarter 2026 revenue of 208 billion yuan. A year earlier, revenue was 192 billion yuan.', { pageDate: '2026-11-13' });
    expect(en.find((x) => x.text === '192 billion yuan')?.period).toBe('2025-Q3');
  });
});

describe('more or less than last year (a sentence of our own)', () => {
  it('"较去年多约29%" is a change from last year, not last year\'s figure', () => {
    const f = readFigures('分析师预期，百度今年资本开支将达300亿元，较去年多约25%。', { pageDate: '2026-05-20' });
    expect(f.find((x) => x.text === '25%')?.period).not.toBe('2025');
  });
});

describe('the fiscal year under way (a sentence of our own)', () => {
  it('"the fiscal year that began in April" is the four quarters from that April', () => {
    const text = "Analysts expect Alibaba's capex of 150 billion yuan in the fiscal year that began in April.";
    expect(readFigures(text, { pageDate: '2026-05-20' }).find((x) => x.text === '150 billion yuan')?.period).toBe('2026-Q2..2027-Q1');
    expect(readFigures(text, { pageDate: '2026-02-10' }).find((x) => x.text === '150 billion yuan')?.period).toBe('2025-Q2..2026-Q1');
  });
});

describe('the previous fiscal year (sentences of our own)', () => {
  it('"上一财年", "the previous fiscal year" are the fiscal year before the one the text named', () => {
    // (a company not known to end its year in March: its fiscal year is the calendar year)
    const zh = readFigures('2026财年，某公司资本开支达1200亿元，是上一财年520亿元的两倍多。', { pageDate: '2026-05-20' });
    expect(zh.find((x) => x.text === '520亿元')?.period).toBe('2025');
    const en = readFigures('In fiscal 2026, which ended in March 2026, Alibaba spent 142.5 billion yuan on capex, more than double the 61.3 billion yuan of the previous fiscal year.', { pageDate: '2026-05-20' });
    expect(en.find((x) => x.text === '61.3 billion yuan')?.period).toBe('2024-Q2..2025-Q1');
  });
  it('"以上" before 财年 is no "上财年"', () => {
    expect(mentions('2026财年收入增长20%以上财年目标不变，较上财年增加。').filter((m) => m.startsWith('上财年'))).toHaveLength(1);
  });
  it('a change "from the previous fiscal year" is not of that year', () => {
    const f = readFigures('Capex reached 41.6 billion yuan in the March quarter of 2026, taking the total for the fiscal year ended March 2026 to 138 billion yuan, up 79% from the previous fiscal year.', { pageDate: '2026-05-20' });
    expect(f.find((x) => x.text === '79%')?.period).not.toBe('2024-Q2..2025-Q1');
  });
});

describe('before the end of the year (a sentence of our own)', () => {
  it('"年底前" is a deadline at the end of this year', () => {
    const f = readFigures('公司总裁表示，预期付费用户于年底前突破150万。', { pageDate: '2026-08-28' });
    expect(f.find((x) => x.text === '150万')?.period).toBe('2026-12');
  });
});

describe('an aside opened by "after" and a verb in -ing (sentences of our own)', () => {
  const text = 'The unit made a profit of 40 million yuan in the second quarter, after losing 90 million yuan in the first quarter, on sales of 3.1 billion yuan, up 12%.';
  it('the period inside the aside is its own figure\'s, not that of the figures after it', () => {
    const f = readFigures(text, { pageDate: '2026-08-20' });
    expect(f.find((x) => x.text === '90 million yuan')?.period).toBe('2026-Q1');
    expect(f.find((x) => x.text === '3.1 billion yuan')?.period).toBe('2026-Q2');
    expect(f.find((x) => x.text === '12%')?.period).toBe('2026-Q2');
  });
  it('a period after the aside is the figure\'s own', () => {
    const f = readFigures('The unit made a profit in the second quarter, after losing money in the first quarter, and sales of 3.1 billion yuan in the third quarter.', { pageDate: '2026-11-20' });
    expect(f.find((x) => x.text === '3.1 billion yuan')?.period).toBe('2026-Q3');
  });
});

it('"after spending 89.5 billion yuan in 2025, up 17% from the year before": the change of the aside\'s own amount is of its period (a sentence of our own)', () => {
  const f = readFigures('The group will lift capex this year, after spending 80 billion yuan in 2025, up 17% from the year before.', { pageDate: '2026-03-20' });
  expect(f.find((x) => x.text === '17%')?.period).toBe('2025');
});

describe('a quarter still to come, in Chinese, on a page written before it ends (sentences of our own)', () => {
  it('"第四季度需实现约78.7亿元营收" and "第四季资本开支料约234亿元" on an October page: this year\'s fourth quarter', () => {
    const f = readFigures('按此计算，公司第四季度需实现约78.7亿元营收。即第四季资本开支料约234亿元。', { pageDate: '2026-10-25' });
    expect(f.find((x) => x.text === '78.7亿元')?.period).toBe('2026-Q4');
    expect(f.find((x) => x.text === '234亿元')?.period).toBe('2026-Q4');
  });
  it('a fourth quarter told as done is last year\'s', () => {
    expect(readFigures('公司第四季度收入为78.7亿元。', { pageDate: '2026-10-25' }).find((x) => x.text === '78.7亿元')?.period).toBe('2025-Q4');
  });
});

it('"up 165% from US$101 million in the same stretch of 2025": the nine months in force, of that year (a sentence of our own)', () => {
  const f = readFigures('Revenue for the nine months to September 30 was US$268 million, up 165% from US$101 million in the same stretch of 2025.', { pageDate: '2026-11-20' });
  expect(f.find((x) => x.text === '165%')?.period).toBe('2026-9M');
  expect(f.find((x) => x.text === 'US$101 million')?.period).toBe('2025-9M');
});

it('"a first-half loss of 1.09 billion yuan in 2025": the half named without a year and the year after the figure are one period (a sentence of our own)', () => {
  const f = readFigures('Its peer posted a first-half adjusted net loss of 1.09 billion yuan in 2025. Revenue was 5 billion yuan in 2025.', { pageDate: '2026-08-20' });
  expect(f.find((x) => x.text === '1.09 billion yuan')?.period).toBe('2025-H1');
  expect(f.find((x) => x.text === '5 billion yuan')?.period).toBe('2025');
});

it('"in the fiscal year that ended in March 2026": the four quarters to that March (a sentence of our own)', () => {
  const f = readFigures('Capex may reach RMB 172 billion in fiscal 2027, up from RMB 128 billion in the fiscal year that ended in March 2026.', { pageDate: '2026-11-20' });
  expect(f.find((x) => x.text === 'RMB 128 billion')?.period).toBe('2025-Q2..2026-Q1');
});
