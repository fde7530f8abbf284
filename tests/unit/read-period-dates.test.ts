// Dates in news text: a year comes only from what fixes it (the page date, a year stated in the sentence or, for a
// quarter or a half, in the paragraph), "annual revenue" is the last finished year, and "on Friday", "today", "last
// month" are dates relative to the page's. Without a page date what only the page could date stays undated. Sentences
// written for these tests.
import { describe, expect, test } from 'vitest';
import { extractClaims } from '../../src/core/extract-claims';
import { normalizeText } from '../../src/core/read/normalize';
import { findPeriodMentions, periodContextOf } from '../../src/core/read/periods';
import { readFigures } from '../../src/core/read-figures';

function figure(text: string, surface: string, pageDate?: string) {
  const f = readFigures(text, pageDate ? { pageDate } : {}).find((x) => x.text === surface);
  expect(f, `no "${surface}" read`).toBeDefined();
  return f!;
}

/** The period a figure is read with, and whether its sentence gives evidence of it (what a claim or warning needs). */
const periodOf = (text: string, surface: string, pageDate?: string) => {
  const f = figure(text, surface, pageDate);
  return { period: f.period, evidence: f.evidence.period !== null };
};

/** [entity, metric, period, value] of each claim `npm run extract` makes of the text. */
function claims(text: string, date: string | null = null) {
  const figures = readFigures(text, date ? { pageDate: date } : {});
  return extractClaims(figures, text, { file: 'a.txt', url: null, title: 't', siteName: null, date, lang: 'en' }).claims.map((c) => [c.entity, c.metric, c.period, c.value]);
}

const mentions = (text: string, pageDate: string | null) =>
  findPeriodMentions(normalizeText(text), periodContextOf(pageDate)).map((m) => `${text.slice(m.start, m.end)}=${m.period}`);

describe('a calendar date without a year', () => {
  const TEXT = 'Zhipu was founded in 2019. Its revenue in 2024 was 312 million yuan.\n\nOn March 31, Zhipu’s shares closed at HK$693.5.';

  test('takes no year from another sentence about another matter: without a page date it is undated', () => {
    expect(periodOf(TEXT, 'HK$693.5')).toEqual({ period: null, evidence: false });
    expect(claims(TEXT).map((c) => c[1])).not.toContain('share-price');
  });

  test('takes the page’s year: the last such date on or before the page date', () => {
    expect(periodOf(TEXT, 'HK$693.5', '2026-04-02')).toEqual({ period: '2026-03', evidence: true });
    expect(periodOf(TEXT, 'HK$693.5', '2026-02-10')).toEqual({ period: '2025-03', evidence: true });
    expect(periodOf(TEXT, 'HK$693.5', '2026-03-15')).toEqual({ period: '2025-03', evidence: true });
    expect(periodOf('8月21日,科大讯飞股价上涨2.43%。', '2.43%', '2025-08-20').period).toBe('2024-08');
  });

  test('a founding year said before its verb ("2020年成立的", "a 2021-founded start-up") is no period of the figures', () => {
    expect(mentions('2020年成立的零一万物累计融资约50亿元，截至6月底市值约300亿元。', '2026-07-15')).toEqual(['截至6月底=2026-06']);
    expect(mentions('The 2021-founded start-up has raised $1 billion so far.', '2026-07-15')).toEqual([]);
    expect(mentions('零一万物2020年收入增长，2020年3月成立的公司。', '2026-07-15')).toEqual(['2020年=2020']);
  });

  test('"shortly after its 2021 debut" names the listing\'s year, and "from a peak of" an earlier value: neither is of the page\'s month', () => {
    const text = "Baidu's market value has shrunk to HK$200 billion from a peak of HK$600 billion shortly after its 2021 debut.";
    expect(periodOf(text, 'HK$200 billion', '2026-08-20').period).toBe('2026-08');
    expect(periodOf(text, 'HK$600 billion', '2026-08-20').evidence).toBe(false);
    expect(claims(text, '2026-08-20').map((c) => c[3])).toEqual([200e9]);
  });

  test('"The group reported last month that revenue grew 29%": the month of the report is no period of the revenue', () => {
    const text = 'Cloud revenue rose in the April-June quarter.\n\nThe group reported last month that cloud revenue grew 29% to 41.6 billion yuan in that quarter.';
    expect(periodOf(text, '41.6 billion yuan', '2026-09-20').period).toBe('2026-Q2');
  });

  test('a move since a listing whose month the sentence gives runs from that month to the month of the move', () => {
    expect(periodOf('Zhipu shares have risen 240% since its January debut, the exchange said.', '240%', '2026-10-09').period).toBe('2026-01..2026-10');
    expect(periodOf('智譜上周四收報412港元，較今年1月上市時的招股價仍高出2.5倍。', '2.5倍', '2026-10-09').period).toBe('2026-01..2026-10');
    // (not a day's move told after it: "gained 187% since its January listing but fell 6.2% on Thursday")
    expect(periodOf('The stock has gained 187% since its January listing but fell 6.2% on Thursday.', '6.2%', '2026-08-28').period).toBe('2026-08');
  });

  test('"cash stood at US$4 billion at the end of June, bolstered by the HK$4 billion raised in its IPO": the balance\'s date is not the listing\'s', () => {
    const text = 'Cash stood at US$4 billion at the end of June 2026, bolstered by the HK$4 billion raised in its initial public offering.';
    expect(periodOf(text, 'HK$4 billion', '2026-08-27').evidence).toBe(false);
    expect(periodOf('In January 2026, MiniMax raised HK$4 billion in its initial public offering.', 'HK$4 billion', '2026-08-27')).toEqual({ period: '2026-01', evidence: true });
  });

  test('takes a year stated earlier in its own sentence', () => {
    expect(periodOf('In 2024, Zhipu raised $400 million in March and more in July.', '$400 million')).toEqual({ period: '2024-03', evidence: true });
  });

  test('a year stated after it in the sentence is the year of something else: of results released, which a year takes the next year to report', () => {
    expect(periodOf('On March 31, Zhipu, whose shares closed at HK$693.5, released its 2025 results.', 'HK$693.5').period).toBe('2026-03');
    expect(periodOf('On March 31, Zhipu, whose shares closed at HK$693.5, said its 2025 revenue doubled.', 'HK$693.5').period).toBeNull();
  });

  test('"in late January", "mid-February", "early March 2024" are months', () => {
    expect(mentions('Talks began in late January and ended by mid-February; a deal came in early March 2024.', '2026-02-17')).toEqual([
      'late January=2026-01',
      'mid-February=2026-02',
      'early March 2024=2024-03',
    ]);
  });

  test('a date written in figures ("12/24 2025") is a date, not a year the text is about', () => {
    expect(mentions('12/24 2025\n\nSales rose. 2025-12-24 was a Wednesday; 03/04 2025 could be either.', null)).toEqual([
      '12/24 2025=2025-12',
      '2025-12-24=2025-12',
      'Wednesday=null',
      '03/04 2025=null',
    ]);
    expect(claims('12/24 2025\n\nFor every yuan of revenue, Zhipu loses 30 yuan.')).toEqual([]);
  });
});

describe('a quarter or half without a year', () => {
  test('takes the year stated in its paragraph', () => {
    expect(periodOf('Baidu’s revenue in 2025 kept growing. In the third quarter, revenue was 31.2 billion yuan.', '31.2 billion yuan').period).toBe('2025-Q3');
  });

  test('not one stated in an earlier paragraph: then the page’s, and without a page date none', () => {
    const text = 'Baidu’s revenue in 2024 was 133 billion yuan.\n\nIn the third quarter, revenue was 31.2 billion yuan.';
    expect(periodOf(text, '31.2 billion yuan').period).toBeNull();
    expect(periodOf(text, '31.2 billion yuan', '2025-11-20').period).toBe('2025-Q3');
  });

  test('without a page date, the year of the quarter\'s or half\'s report the text tells of, while no other year is named', () => {
    const text = '10月下旬,百川智能披露2026年三季报。前三季度,公司实现营业收入19.2亿元。\n\n单看第三季度,公司营收7.6亿元。公司预计全年营收为26亿元。';
    expect(periodOf(text, '7.6亿元').period).toBe('2026-Q3');
    expect(periodOf(text, '26亿元').period).toBe('2026');
    // (another year named since: then not)
    const other = '百川智能披露2026年三季报。前三季度,公司实现营业收入19.2亿元。\n\n公司2024年第二季度营收为2亿元。\n\n单看第三季度,公司营收7.6亿元。';
    expect(periodOf(other, '7.6亿元').period).toBeNull();
  });

  test('after whole years, "the first half" the text named earlier with its year, and "the nine months ended September 30" the latest', () => {
    const text = 'Baichuan spent more on computing in the first half of 2026 than in all of 2025.\n\nRevenue rose to Rmb312mn in 2025 from Rmb124mn in 2024. In the first half, it lost Rmb2.4bn.';
    expect(periodOf(text, 'Rmb2.4bn').period).toBe('2026-H1');
    const filing = 'Revenue rose to $30.5 million in 2025 from $3.5 million in 2024, and reached $53.4 million in the nine months ended September 30.';
    expect(periodOf(filing, '$53.4 million', '2026-12-22').period).toBe('2026-9M');
  });

  test('"this year", "今年" are the page’s year, and without a page date no year', () => {
    expect(periodOf('今年上半年,科大讯飞营收109.11亿元。', '109.11亿元').period).toBeNull();
    expect(periodOf('今年上半年,科大讯飞营收109.11亿元。', '109.11亿元', '2025-08-22').period).toBe('2025-H1');
    expect(periodOf('In 2024 revenue rose. This year, Zhipu’s revenue will reach 1 billion yuan.', '1 billion yuan').period).toBeNull();
  });
});

describe('"annual revenue", "the full year" without a year', () => {
  test('on a dated page: the last finished year, even after a year of the page’s in another paragraph', () => {
    expect(periodOf('Zhipu listed in 2026.\n\nIt reported just 7 billion yuan in annual revenue.', '7 billion yuan', '2026-06').period).toBe('2025');
  });

  test('without a page date: the year of a full year just named, else none', () => {
    expect(periodOf('Zhipu listed in 2026.\n\nIt reported just 7 billion yuan in annual revenue.', '7 billion yuan').period).toBeNull();
    const results = 'Yesterday, Zhipu released its full-year 2025 results.\n\nFor the full year, revenue reached 724 million yuan.';
    expect(claims(results)).toEqual([['zhipu', 'revenue', '2025', 724e6]]);
  });

  test('looking ahead, the year its paragraph is about', () => {
    const text = 'SenseTime’s revenue grew 21% in 1H24; its net margin is below the full-year consensus estimate of -79%.';
    expect(periodOf(text, '-79%', '2024-08-28').period).toBe('2024');
  });

  test('a whole year is the span of a flow, not the date of a value in another clause', () => {
    const text = 'Its annual revenue was 724 million yuan; its ARR was about 1.7 billion yuan.';
    expect(figure(text, '1.7 billion yuan', '2026-04').period).not.toBe('2025');
  });
});

describe('dates relative to the page’s', () => {
  test('"on Friday": the last Friday on or before the page date', () => {
    expect(periodOf('Zhipu’s shares rose 12% on Friday.', '12%', '2026-02-13')).toEqual({ period: '2026-02', evidence: true });
    // (a Monday: the Friday before was in February)
    expect(periodOf('Zhipu’s shares rose 12% on Friday.', '12%', '2026-03-02')).toEqual({ period: '2026-02', evidence: true });
    expect(periodOf('智谱昨日股价上涨10%。', '10%', '2026-03-01')).toEqual({ period: '2026-02', evidence: true });
    // (上周五 on Saturday 7 March is the Friday of the week before, 27 February)
    expect(periodOf('智谱上周五股价上涨10%。', '10%', '2026-03-07')).toEqual({ period: '2026-02', evidence: true });
    expect(periodOf('智谱周五股价上涨10%。', '10%', '2026-03-07')).toEqual({ period: '2026-03', evidence: true });
  });

  test('each is found where its phrase starts, however far before the word it is found from', () => {
    // (2026-03-04 is a Wednesday)
    expect(mentions('Sales rose earlier this month, fell last Wednesday, and 上周五 and 星期一 too; at the beginning of March, over the past three and a half years.', '2026-03-04')).toEqual([
      'earlier this month=2026-03',
      'last Wednesday=2026-02',
      '上周五=2026-02',
      '星期一=2026-03',
      'the beginning of March=2026-03',
      'over the past three and a half years=null',
    ]);
  });

  test('a weekday is no date when the page date has no day, nor one ahead ("will report on Friday")', () => {
    expect(periodOf('Zhipu’s shares rose 12% on Friday.', '12%', '2026-03').evidence).toBe(false);
    expect(mentions('Zhipu will report results on Friday.', '2026-03-02')).toEqual(['Friday=null']);
  });

  test('a value as of a day in a sentence that says the day, wherever it says it', () => {
    expect(periodOf('Baichuan raised about 5 billion yuan in a new round, the company said on Thursday.', '5 billion yuan', '2026-03-06')).toEqual({ period: '2026-03', evidence: true });
    expect(periodOf('Baichuan raised about 5 billion yuan in a new round, the company said on Thursday.', '5 billion yuan', '2026-03-02')).toEqual({ period: '2026-02', evidence: true });
    // (not a revenue: the day it was reported is not its period)
    expect(periodOf('Zhipu’s revenue was 724 million yuan, the company said on Thursday.', '724 million yuan', '2026-03-06').period).toBeNull();
  });

  test('the day a figure was told of does not end the period in force for a flow', () => {
    const text = 'MiniMax published its results for the first half of 2025. Revenue climbed 40% to 1.2 billion yuan, the company said on Tuesday.';
    expect(claims(text, '2025-08-21')).toContainEqual(['minimax', 'revenue', '2025-H1', 1.2e9]);
  });

  test('"today" and "last month" need only the page’s month', () => {
    expect(periodOf('Zhipu’s shares rose 12% today.', '12%', '2026-03')).toEqual({ period: '2026-03', evidence: true });
    expect(periodOf('Moonshot raised $500 million last month.', '$500 million', '2026-02-17')).toEqual({ period: '2026-01', evidence: true });
    expect(periodOf('Moonshot raised $500 million last month.', '$500 million').period).toBeNull();
  });

  test('a value told in the past tense with no date is of no known day', () => {
    expect(periodOf('Zhipu’s shares closed at HK$496.', 'HK$496', '2026-02-13').evidence).toBe(false);
    expect(periodOf('Zhipu plans a second listing following its recent US$558 million IPO.', 'US$558 million', '2026-02-13').evidence).toBe(false);
  });

  test('a value the sentence gives as of now is as of the page date', () => {
    expect(periodOf('Zhipu is now valued at $20 billion.', '$20 billion', '2026-02-13')).toEqual({ period: '2026-02', evidence: true });
    expect(periodOf('目前智谱估值为200亿美元。', '200亿美元', '2026-02-13')).toEqual({ period: '2026-02', evidence: true });
  });

  test('a value expected later is not as of the page date', () => {
    expect(periodOf('Its valuation will stabilize at $300 billion.', '$300 billion', '2026-06').evidence).toBe(false);
  });

  test('a date in another clause does not date a value its own clause puts before it', () => {
    const text = 'Moonshot kicked off talks in late January, about a month after securing $500 million at a $4.3 billion valuation.';
    expect(periodOf(text, '$500 million', '2026-02-17').evidence).toBe(false);
    expect(periodOf(text, '$4.3 billion', '2026-02-17').evidence).toBe(false);
  });
});

describe('spans', () => {
  test('"the same period" after a span counted back from an unknown date and another period is not either of them', () => {
    const text = 'Zhipu lost 6.2 billion yuan over the past three and a half years, with revenue of 191 million yuan in the first half of 2025. It spent 4.4 billion yuan on R&D in the same period.';
    expect(figure(text, '4.4 billion yuan').period).toBeNull();
    expect(figure('Zhipu’s revenue was 191 million yuan in the first half of 2025. It spent 1.1 billion yuan on R&D in the same period.', '1.1 billion yuan').period).toBe('2025-H1');
  });

  test('a span is a reporting period too: a later figure is not carried to the only half named', () => {
    const text = 'From 2021 to June 2024, Zhipu’s revenue was 685 million yuan.\n\nRevenue was 191 million yuan in the first half of 2025.\n\nZhipu made a loss of 30 yuan per yuan of revenue.';
    expect(claims(text).map((c) => c[3])).not.toContain(30);
  });
});

describe('a day without a year, in an article without a date', () => {
  const period = (text: string, surface: string) => readFigures(text).find((x) => x.text === surface)!.period;

  test('is the day results for a stated period were released: a half or third quarter in its own year, a full year in the next', () => {
    expect(period('8月21日,某公司发布2025年上半年财报。截至8月21日收盘,该公司股价报收52.2元。', '52.2元')).toBe('2025-08');
    expect(period('On March 31, Zhipu released its 2025 annual results. On March 31 its shares closed at HK$600.', 'HK$600')).toBe('2026-03');
  });

  test('is not dated by a year named for another matter, or by a release with no word of releasing', () => {
    expect(period('8月21日,某公司2025年上半年营收增长。8月21日该公司股价报收52.2元。', '52.2元')).toBeNull();
  });
});

describe('periods of values compared with', () => {
  const period = (text: string, surface: string, pageDate?: string) => readFigures(text, pageDate ? { pageDate } : {}).find((x) => x.text === surface)!.period;

  test('the year of a compared value does not date a half named after it', () => {
    const text = 'MiniMax said on Thursday revenue rose 150% to $190 million in 2025. Gross margin improved to 25% from 12% in 2024. In the second half alone revenue reached $110 million.';
    expect(period(text, '$110 million', '2026-03-26')).toBe('2025-H2');
  });

  test('a change counted from a compared period is not of that period; a level named with it is', () => {
    // (the growth runs from December 2024 to December 2025: not a figure of December 2024)
    expect(period('豆包日均tokens调用量在2025年12月突破60万亿,较2024年12月增长超过10倍。', '10倍', '2026-01-10')).not.toBe('2024-12');
    expect(period('2025年上半年,公司归母净利润为-2.4亿元,较2024年同期的亏损额4亿元大幅收窄。', '4亿元')).toBe('2024-H1');
  });

  test('a month that ends a span is no month of a flow', () => {
    expect(period('Alibaba pledged to spend 380 billion yuan on AI over the three fiscal years ending March 2028.', '380 billion yuan', '2026-11-20')).toBeNull();
  });
});

describe('more period words', () => {
  const period = (text: string, surface: string, pageDate?: string) => readFigures(text, pageDate ? { pageDate } : {}).find((x) => x.text === surface)!.period;

  test('an amount like 2018.6亿元 names no year', () => {
    expect(period('腾讯2026年第二季收入为2018.6亿元,同比增长13%。', '13%')).toBe('2026-Q2');
  });

  test('"the first six months" is the first half', () => {
    expect(period('In 2025, second-half revenue was 500 million yuan, compared with 180 million yuan in the first six months.', '180 million yuan')).toBe('2025-H1');
  });

  test('the value a figure moved from is the year before\'s, and a value "now" takes no year from another clause', () => {
    expect(period('In 2025, the net loss widened to 4.6 billion yuan from 3 billion yuan.', '3 billion yuan')).toBe('2024');
    expect(period('In the third quarter of 2025, revenue rose to 4 billion yuan from 3 billion yuan.', '3 billion yuan')).toBeNull();
    expect(period('智谱2025年营收为6.8亿元,目前港股市值约2,000亿港元。', '2,000亿港元', '2026-06-10')).toBe('2026-06');
  });
});

describe('halves and quarters a page reports as past', () => {
  const period = (text: string, surface: string, pageDate?: string) => readFigures(text, pageDate ? { pageDate } : {}).find((x) => x.text === surface)!.period;

  test('have ended by the page date; one looked ahead to is this year\'s', () => {
    expect(period('Second-half revenue was 500 million yuan, compared with 180 million yuan in the first six months.', '180 million yuan', '2026-03-31')).toBe('2025-H1');
    expect(period('Analysts expect third-quarter revenue of 30 billion yuan.', '30 billion yuan', '2026-05-20')).toBe('2026-Q3');
  });

  test('a market value takes no year from a flow named in another clause; an index move "this year" keeps it', () => {
    expect(period('MiniMax 2025年营收为1.8亿美元,市值约1,700亿港元。', '1,700亿港元')).toBeNull();
    expect(period('The Star 50 Index is up 9% this year, compared with a 3% decline in the Hang Seng Tech Index.', '3%', '2026-02-13')).toBe('2026');
  });
});

describe('"the six months ended June 30"', () => {
  test('is the first half of the page\'s year', () => {
    const f = readFigures('Revenue rose 142% to $186 million in the six months ended June 30, the company said on Wednesday.', { pageDate: '2026-08-27' }).find((x) => x.text === '$186 million')!;
    expect(f.period).toBe('2026-H1');
  });
});

describe('a month named alone in Chinese, and values said as of now', () => {
  test('"在10月突破60万" is October of the page\'s year; "3个月" and "月活" are no months', () => {
    const f = readFigures('多位知情人士称，Kimi的付费用户在10月突破60万。', { pageDate: '2025-11-20' }).find((x) => x.text === '60万')!;
    expect(f.period).toBe('2025-10');
    expect(readFigures('过去3个月，月活跃用户增长了20%。', { pageDate: '2025-11-20' }).find((x) => x.text === '20%')?.period ?? null).not.toBe('2025-03');
  });

  test('"has passed $300 million" and "已超过" speak of the page\'s date', () => {
    expect(readFigures("Moonshot's annualized revenue run rate has passed $300 million, people said.", { pageDate: '2026-06-10' }).find((x) => x.text === '$300 million')!.evidence.period?.scope).toBe('page');
    expect(readFigures('月之暗面的年化经常性收入已超过1.2亿美元。', { pageDate: '2025-11-20' }).find((x) => x.text === '1.2亿美元')!.evidence.period?.scope).toBe('page');
  });
});

describe('a price list', () => {
  test('a price a company charges now is a value as of the page date, not of a quarter in force', () => {
    const text = 'Tencent reported third-quarter results on Wednesday. DeepSeek charges 2 yuan per million input tokens for its V3.2 model, and Moonshot lists Kimi K2 at $0.60 per million input tokens.';
    const read = readFigures(text, { pageDate: '2026-03-12' });
    expect(read.filter((f) => f.metric === 'price-per-mtok').map((f) => [f.entity, f.period, f.evidence.period?.scope])).toEqual([
      ['deepseek', '2026-03', 'page'],
      ['moonshot', '2026-03', 'page'],
    ]);
  });
});

describe('rankings and shares of a market', () => {
  const read = (text: string) => readFigures(text, { pageDate: '2026-06-20' }).map((f) => [f.text, f.entity, f.metric, f.period]);

  test('"according to QuestMobile data for May" dates every figure the sentence gives; "X with 140 million" is X\'s', () => {
    expect(read("Doubao remains China's most-used AI app with about 230 million monthly users, followed by DeepSeek with 140 million, according to QuestMobile data for May.")).toEqual([
      ['230 million', 'bytedance', 'users', '2026-05'],
      ['140 million', 'deepseek', 'users', '2026-05'],
    ]);
  });

  test('"share of China\'s paid AI-video market", "share of chatbot traffic" and "market values" name what they measure', () => {
    expect(read("In 1H26, we estimate MiniMax's share of China's paid AI-video market at 22-25%.")[0]?.[2]).toBe('market-share');
    expect(read("Kimi's share of China's AI chatbot traffic rose to 9.1% in May.")[0]?.slice(1)).toEqual(['moonshot', 'market-share', '2026-05']);
    expect(read('Their Hong Kong listings have given MiniMax and Zhipu market values of HK$210 billion and HK$185 billion respectively.').map((r) => r[2])).toEqual(['market-cap', 'market-cap']);
  });
});

describe('periods "截至…止"', () => {
  test('"截至2026年6月30日止六个月" is the first half; "截至9月底止第三季" the third quarter; 云智能 is a unit', () => {
    const read = (text: string) => readFigures(text, { pageDate: '2026-11-14' }).map((f) => [f.text, f.metric, f.period]);
    expect(read('MiniMax公布中期业绩。截至2026年6月30日止六个月，收入2.06亿美元。')).toEqual([['2.06亿美元', 'revenue', '2026-H1']]);
    expect(read('腾讯昨日公布截至9月底止第三季业绩，收入按年增长14%。')).toEqual([['14%', 'revenue-growth', '2026-Q3']]);
    expect(read('百度公布业绩。阿里巴巴云智能截至2026年3月底止季度收入则增长26%。')).toEqual([['26%', 'other:segment-revenue-growth', '2026-Q1']]);
  });
});

describe('a period opening a paragraph', () => {
  test('"2025年上半年，…" at the start of a line is the figure\'s own period, not a dateline; "8月21日，" is a dateline', () => {
    const text = '科大讯飞发布半年报。\n2025年上半年，科大讯飞营收为109亿元。\n8月21日，科大讯飞市值约1300亿元。';
    const read = readFigures(text, { pageDate: '2025-08-22' });
    expect(read.map((f) => [f.text, f.period])).toEqual([['109亿元', '2025-H1'], ['1300亿元', '2025-08']]);
    expect(read[0]!.evidence.period?.scope).toBe('sentence');
    expect(read[1]!.evidence.period?.scope).not.toBe('sentence');
  });
});

describe('a month an undated text has named with its year, named again (sentences of our own)', () => {
  test('"2026年7月" then "7月" is July 2026; another month named without a year stays unknown', () => {
    const f = readFigures('2026年7月，国内AI应用的格局继续向头部集中。据第三方数据，豆包7月月活跃用户数为3.1亿。Kimi在3月的月活跃用户为4000万。');
    expect(f.map((x) => [x.text, x.period])).toEqual([
      ['3.1亿', '2026-07'],
      ['4000万', null],
    ]);
  });
});
