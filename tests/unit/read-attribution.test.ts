// Attribution: which company, metric and period each figure is about, from real-style news sentences in English
// and Chinese (traditional too). Each row: text, page date, the figure's text, and the expected attribution.
import { describe, expect, test } from 'vitest';
import { readFigures } from '../../src/core/read-figures';
import { extractClaims } from '../../src/core/extract-claims';
import { findTableRows } from '../../src/core/read/tables';
import { normalizeText } from '../../src/core/read/normalize';

type Row = [text: string, pageDate: string | undefined, figure: string, entity: string | null, metric: string | null, period: string | null];

function check([text, pageDate, figure, entity, metric, period]: Row) {
  const figs = readFigures(text, pageDate ? { pageDate } : {});
  const f = figs.find((x) => x.text === figure);
  expect(f, `no "${figure}" in ${figs.map((x) => x.text).join(' | ')}`).toBeDefined();
  expect({ entity: f!.entity, metric: f!.metric, period: f!.period }).toEqual({ entity, metric, period });
}

const ZHIPU_2025 =
  'Yesterday, Zhipu released its full-year 2025 performance. For the full year, revenue reached 724 million yuan, up 131.9% year over year; but with 3.18 billion yuan in R&D spending driving it, the adjusted net loss reached 3.18B yuan.';
const API =
  'In 2025, API-selling revenue grew from 48 million yuan in 2024 to 190 million yuan, up 296% year over year.';
const TENCENT =
  'Tencent Holdings has unveiled a first-quarter performance for 2026. While revenue rose a steady 9% to 196.46 billion RMB, the narrative was dominated by AI.\nCapital expenditure for the quarter skyrocketed to 31.9 billion RMB (approximately $4.4 billion), a 16% increase year-on-year and a staggering 63% jump from the previous quarter.';
const BAICHUAN =
  'Baichuan AI raised about 5 billion yuan (US$687.6 million) in a new funding round that valued the start-up at more than 20 billion yuan. Baichuan has seen its valuation swell past US$2.7 billion in a matter of months, becoming the second-most valuable AI start-up behind crosstown rival Moonshot AI, valued at US$3 billion and also backed by Alibaba.';
const MINGPAO =
  '【明報專訊】商湯（0020）今年上半年收入按年增36%至23.58億元；經調整虧損淨額11.62億元（人民幣，下同），收窄50%。至於視覺AI收入由去年同期5.12億元減至4.36億元。截至今年6月底，集團總現金儲備132億元。';
const IFLYTEK =
  '8月21日,科大讯飞发布2025年上半年财报。\n半年报显示,2025年上半年,科大讯飞实现营收109.11亿元,同比增长17.01%;毛利43.89亿元,同比提升17.12%;归母净利润为-2.39亿元,2024年同期为-4亿元,相当于同比减亏40.37%。截至8月21日A股收盘,科大讯飞当天上涨2.43%,报收52.22元。';
const BAIDU =
  '百度第3季財報營收人民幣311.7億元，年減7%，意外虧損人民幣112億元，若不按美國通用會計準則，歸屬於百度的淨利潤為人民幣38億元，年減35%。百度AI雲收入年增33%；AI原生行銷服務收入年增262%達人民幣28億元。';
const STEPFUN =
  '2026 年 1 月 26 日,阶跃星辰(StepFun)宣布完成超 50 亿元人民币 B+ 轮融资,更在全行业 2025 年模型层合计融资仅 94.16 亿元的背景下,一己之力吞下超半数资金份额。\n单轮融资超 10 亿元的企业仅剩 MiniMax、智谱 AI、月之暗面三家。';

describe('entity, metric and period', () => {
  test.each<Row>([
    [ZHIPU_2025, undefined, '724 million yuan', 'zhipu', 'revenue', '2025'],
    [ZHIPU_2025, undefined, '131.9%', 'zhipu', 'revenue-growth', '2025'],
    [ZHIPU_2025, undefined, '3.18 billion yuan', 'zhipu', 'rd-expense', '2025'],
    [ZHIPU_2025, undefined, '3.18B yuan', 'zhipu', 'adjusted-net-loss', '2025'],
    [`Zhipu said. ${API}`, undefined, '48 million yuan', 'zhipu', 'api-revenue', '2024'],
    [`Zhipu said. ${API}`, undefined, '190 million yuan', 'zhipu', 'api-revenue', '2025'],
    [`Zhipu said. ${API}`, undefined, '296%', 'zhipu', 'other:api-revenue-growth', '2025'],
    [TENCENT, undefined, '9%', 'tencent', 'revenue-growth', '2026-Q1'],
    [TENCENT, undefined, '196.46 billion RMB', 'tencent', 'revenue', '2026-Q1'],
    [TENCENT, undefined, '31.9 billion RMB', 'tencent', 'capex', '2026-Q1'],
    [TENCENT, undefined, '$4.4 billion', 'tencent', 'capex', '2026-Q1'],
    [TENCENT, undefined, '16%', 'tencent', 'other:capex-growth', '2026-Q1'],
    [TENCENT, undefined, '63%', 'tencent', 'other:capex-growth-qoq', '2026-Q1'],
    [BAICHUAN, '2024-07-25', '5 billion yuan', 'baichuan', 'funding', '2024-07'],
    [BAICHUAN, '2024-07-25', 'US$687.6 million', 'baichuan', 'funding', '2024-07'],
    [BAICHUAN, '2024-07-25', '20 billion yuan', 'baichuan', 'valuation', '2024-07'],
    [BAICHUAN, '2024-07-25', 'US$2.7 billion', 'baichuan', 'valuation', '2024-07'],
    [BAICHUAN, '2024-07-25', 'US$3 billion', 'moonshot', 'valuation', '2024-07'],
    [MINGPAO, '2025-08-29', '36%', 'sensetime', 'revenue-growth', '2025-H1'],
    [MINGPAO, '2025-08-29', '23.58億元', 'sensetime', 'revenue', '2025-H1'],
    [MINGPAO, '2025-08-29', '11.62億元', 'sensetime', 'adjusted-net-loss', '2025-H1'],
    [MINGPAO, '2025-08-29', '50%', 'sensetime', 'other:adjusted-net-loss-change', '2025-H1'],
    [MINGPAO, '2025-08-29', '5.12億元', 'sensetime', 'other:segment-revenue', '2024-H1'],
    [MINGPAO, '2025-08-29', '4.36億元', 'sensetime', 'other:segment-revenue', '2025-H1'],
    [MINGPAO, '2025-08-29', '132億元', 'sensetime', 'cash', '2025-06'],
    [IFLYTEK, undefined, '109.11亿元', 'iflytek', 'revenue', '2025-H1'],
    [IFLYTEK, undefined, '17.01%', 'iflytek', 'revenue-growth', '2025-H1'],
    [IFLYTEK, undefined, '43.89亿元', 'iflytek', 'other:gross-profit', '2025-H1'],
    [IFLYTEK, undefined, '-2.39亿元', 'iflytek', 'net-loss', '2025-H1'],
    [IFLYTEK, undefined, '-4亿元', 'iflytek', 'net-loss', '2024-H1'],
    [IFLYTEK, undefined, '40.37%', 'iflytek', 'other:net-loss-change', '2025-H1'],
    // "截至8月21日" names no year and the page has no date, but the text opened "8月21日,科大讯飞发布2025年上半年财报": a
    // half is reported in its own year, and the same day named again is that day (the half is not the price's period)
    [IFLYTEK, undefined, '2.43%', 'iflytek', 'stock-change', '2025-08'],
    [IFLYTEK, undefined, '52.22元', 'iflytek', 'share-price', '2025-08'],
    // ...with the page's date, the last 21 August on or before it
    [IFLYTEK, '2025-08-22', '2.43%', 'iflytek', 'stock-change', '2025-08'],
    [IFLYTEK, '2025-08-22', '52.22元', 'iflytek', 'share-price', '2025-08'],
    [BAIDU, '2025-11-19', '人民幣311.7億元', 'baidu', 'revenue', '2025-Q3'],
    [BAIDU, '2025-11-19', '7%', 'baidu', 'revenue-growth', '2025-Q3'],
    [BAIDU, '2025-11-19', '人民幣112億元', 'baidu', 'net-loss', '2025-Q3'],
    [BAIDU, '2025-11-19', '人民幣38億元', 'baidu', 'other:non-gaap-net-profit', '2025-Q3'],
    [BAIDU, '2025-11-19', '33%', 'baidu', 'other:segment-revenue-growth', '2025-Q3'],
    [BAIDU, '2025-11-19', '人民幣28億元', 'baidu', 'other:segment-revenue', '2025-Q3'],
    [STEPFUN, undefined, '50 亿元人民币', 'stepfun', 'funding', '2026-01'],
    [STEPFUN, undefined, '94.16 亿元', 'china-market', 'funding', '2025'],
    [STEPFUN, undefined, '10 亿元', null, 'funding', '2025'],
    [
      'Shanghai’s chip-heavy Star 50 Index is up more than 9% this year, compared with an almost 3% decline in the Hang Seng Technology Index.',
      '2026-02-13',
      '9%',
      null,
      'other:index-change',
      '2026',
    ],
    [
      'Moonshot is raising funds at a fast clip. Existing backers, including Alibaba, Tencent and 5Y Capital, have already committed more than $700 million to the first tranche of the latest round.',
      '2026-02-17',
      '$700 million',
      'moonshot',
      'funding',
      '2026-02',
    ],
    ['By comparison, OpenAI’s o1 reasoning model is priced at US$15 per million input tokens.', undefined, 'US$15', 'openai', 'price-per-mtok', null],
    ['Rival Zhipu, which listed a day earlier, has gained 80% since its debut.', '2026-01-09', '80%', 'zhipu', 'stock-change', '2026-01'],
    ['Research and development expenses at MiniMax accounted for more than 200% of revenue in 2025.', undefined, '200%', 'minimax', 'rd-ratio', '2025'],
    ['As of February 2026, MiniMax’s ARR has surpassed $150 million.', undefined, '$150 million', 'minimax', 'arr', '2026-02'],
    ['From 2021 to June 2024, Zhipu’s cumulative revenue amounted to approximately 685 million yuan.', undefined, '685 million yuan', 'zhipu', 'revenue', '2021..2024-H1'],
    ['Alibaba Group will invest at least 380 billion yuan ($52.44 billion) in its cloud computing and artificial intelligence infrastructure over the next three years.', '2025-02-24', '380 billion yuan', 'alibaba', 'capex', null],
    ['In the December quarter, Alibaba’s revenue rose 8% to 280.15 billion yuan.', '2025-02-24', '280.15 billion yuan', 'alibaba', 'revenue', '2024-Q4'],
    ['OpenAI is projected to generate $11.6 billion in revenue next year.', '2025-02-24', '$11.6 billion', 'openai', 'revenue', '2026'],
    ['DeepSeek said it trained its V3 model for less than $6 million.', undefined, '$6 million', 'deepseek', 'training-cost', null],
    ['智谱AI的员工总数超过800人，其中研发人员占比约74%。', undefined, '74%', 'zhipu', 'other:rd-staff-share', null],
    ['字节跳动旗下火山引擎的豆包大模型日均tokens使用量突破30万亿。', undefined, '30万亿', 'bytedance', 'other:daily-tokens', null],
    ['百度AI雲強勁增長33%，其中AI高性能計算基礎設施的訂閱收入年增128%。', undefined, '33%', 'baidu', 'other:segment-revenue-growth', null],
    ['Shares of SenseTime fell 5.3% to HK$1.96, while the Hang Seng Tech index rose 1.5%.', '2025-02-24', '1.5%', null, 'other:index-change', '2025-02'],
    ['【經濟日報】智譜（02513）昨日在港交所掛牌，集資淨額約42.9億港元。首日收市報187.8港元，較招股價上升61.6%。', '2026-01-09', '42.9億港元', 'zhipu', 'ipo-proceeds', '2026-01'],
    ['【經濟日報】智譜（02513）昨日在港交所掛牌，集資淨額約42.9億港元。首日收市報187.8港元，較招股價上升61.6%。', '2026-01-09', '61.6%', 'zhipu', 'stock-change', '2026-01'],
    ['智譜2024年收入3.12億元人民幣；研發開支佔收入比例超過700%。', undefined, '700%', 'zhipu', 'rd-ratio', '2024'],
    ['騰訊第三季總收入1929億元；非國際財務報告準則下的盈利為706億元。', '2025-11-14', '706億元', 'tencent', 'other:non-gaap-net-profit', '2025-Q3'],
    ['MiniMax（00100）周五上市，全日升109%，收報345港元。', '2026-01-09', '109%', 'minimax', 'stock-change', '2026-01'],
    ['DeepSeek’s app topped the charts. Nvidia shares fell 17% on Monday. Its revenue rose 94% last year.', '2025-01-28', '17%', null, 'stock-change', '2025-01'],
    ['DeepSeek’s app topped the charts. Nvidia shares fell 17% on Monday. Its revenue rose 94% last year.', '2025-01-28', '94%', null, 'revenue-growth', '2024'],
    ['Alibaba-backed Zhipu raised $140 million in its latest round.', '2025-03-10', '$140 million', 'zhipu', 'funding', '2025-03'],
    ['According to IDC, China’s AI market will reach $150 billion by 2030.', undefined, '$150 billion', 'china-market', 'market-size', '2030'],
    ["Zhipu's API revenue grew to 190 million yuan in 2025 from 48 million yuan in 2024.", undefined, '48 million yuan', 'zhipu', 'api-revenue', '2024'],
    ["Zhipu's revenue was 312 million yuan, a year-on-year increase of 130%.", undefined, '130%', 'zhipu', 'revenue-growth', null],
    ['Alibaba’s cloud division revenue grew 34% year-over-year to 39.8 billion yuan in the quarter ended September 30, 2025.', undefined, '39.8 billion yuan', 'alibaba', 'other:segment-revenue', '2025-Q3'],
  ])('%#: %s → %s', (...row) => check(row));
});

describe('tables', () => {
  const table = [
    'Benchmark Performance:',
    '',
    '| Model | Parameters | MMLU Score | Inference Cost (per 1M tokens) |',
    '|---|---|---|---|',
    '| GLM-4 (Zhipu) | ~200B (MoE) | 88.5 | $1.20 |',
    '| Qwen2.5-72B (Alibaba) | 72B | 86.8 | $0.80 |',
    '',
    '| Year | China AI Market (USD) | Zhipu Market Share (est.) |',
    '|---|---|---|',
    '| 2024 | $45B | 2% |',
  ].join('\n');
  test('a cell takes its metric from the column header, its company from the row and its year from the first cell', () => {
    const figs = readFigures(table).map((f) => [f.text, f.value, f.unit, f.entity, f.metric, f.period, f.qualifier]);
    expect(figs).toEqual([
      ['200B', 200e9, 'parameters', 'zhipu', 'parameters', null, 'approx'],
      ['88.5', 0.885, 'percent', 'zhipu', 'benchmark-mmlu', null, 'exact'],
      ['$1.20', 1.2, 'USD', 'zhipu', 'price-per-mtok', null, 'exact'],
      ['72B', 72e9, 'parameters', 'alibaba', 'parameters', null, 'exact'],
      ['86.8', 0.868, 'percent', 'alibaba', 'benchmark-mmlu', null, 'exact'],
      ['$0.80', 0.8, 'USD', 'alibaba', 'price-per-mtok', null, 'exact'],
      ['$45B', 45e9, 'USD', 'china-market', 'market-size', '2024', 'exact'],
      ['2%', 0.02, 'percent', 'zhipu', 'market-share', '2024', 'approx'],
    ]);
  });
  test('a bare number in a cell whose header names no metric is not a figure', () => {
    expect(readFigures('| Rank | Company |\n|---|---|\n| 1 | Zhipu |\n| 2 | MiniMax |')).toEqual([]);
  });
});

describe('context carried from earlier sentences', () => {
  test('"the company" and "its" take the company named before; the heading sets it first', () => {
    const text = 'Zhipu AI files for Hong Kong IPO\n\nThe company said its revenue rose 130% to 312 million yuan in 2024. Its net loss was 2.96 billion yuan.';
    const figs = readFigures(text);
    expect(figs.map((f) => [f.text, f.entity, f.metric, f.period])).toEqual([
      ['130%', 'zhipu', 'revenue-growth', '2024'],
      ['312 million yuan', 'zhipu', 'revenue', '2024'],
      ['2.96 billion yuan', 'zhipu', 'net-loss', '2024'],
    ]);
  });

  test('an amount with no currency takes yuan only where the text shows yuan', () => {
    const yuan = readFigures('Zhipu reported revenue of 724 million yuan last year. Its valuation reached 7 billion in the latest round.');
    expect(yuan.find((f) => f.text === '7 billion')?.unit).toBe('CNY');
    const none = readFigures('The model was trained by a team, and the app reached 7 billion visits.');
    expect(none.find((f) => f.text === '7 billion')?.unit).toBe('count');
  });

  test('a business the company names as its own ("旗下芯片业务「灵犀芯」") is its own subject: its figures are not the company\'s', () => {
    const text = '百度拟分拆旗下芯片业务「灵犀芯」上市。灵犀芯2025年收入为30亿元，净亏损5亿元。百度2025年收入为1300亿元。';
    const figs = readFigures(text, { pageDate: '2026-05-10' });
    expect(figs.filter((f) => f.text === '30亿元' || f.text === '5亿元').map((f) => f.entity)).toEqual([null, null]);
    expect(figs.find((f) => f.text === '1300亿元')?.entity).toBe('baidu');
    // (an app, named the same way, leaves the company the subject of what follows)
    const app = readFigures('阶跃星辰旗下“跃问”App月活跃用户为600万。公司预计2026年研发投入将超过40亿元。', { pageDate: '2026-05-10' });
    expect(app.find((f) => f.text === '40亿元')?.entity).toBe('stepfun');
  });

  test('a unit named in apposition to its owner ("Pingtou, the chip design arm of Alibaba") is its own subject; a segment said so is still the company\'s', () => {
    for (const text of [
      'Pingtou, the chip design arm of Alibaba, said revenue rose to 5 billion yuan in 2025. Alibaba reported revenue of 996 billion yuan for the year.',
      'Pingtou, Alibaba\'s chip design arm, said revenue rose to 5 billion yuan in 2025. Alibaba reported revenue of 996 billion yuan for the year.',
      'Alibaba\'s chip design arm, Pingtou, said revenue rose to 5 billion yuan in 2025. Alibaba reported revenue of 996 billion yuan for the year.',
    ]) {
      const figs = readFigures(text, { pageDate: '2026-05-10' });
      expect(figs.find((f) => f.text === '5 billion yuan')?.entity, text).toBe(null);
      expect(figs.find((f) => f.text === '996 billion yuan')?.entity, text).toBe('alibaba');
    }
    // (a segment's common name, written in lower case, is no unit of its own)
    const seg = readFigures('Tencent said online games, the group\'s biggest unit, grew 16% to 44.2 billion yuan in the second quarter.', { pageDate: '2026-08-14' });
    expect(seg.find((f) => f.text === '44.2 billion yuan')?.entity).toBe('tencent');
  });

  test('an investor allotted shares in an offering ("腾讯旗下投资平台获配约3亿元") is no subject: "公司" after it is the company listing', () => {
    const text = '百川智能今日登陆科创板，募资总额60亿元。战略配售部分，腾讯旗下投资平台获配约3亿元。\n\n招股书显示，公司2025年营收为4.2亿元，净亏损28亿元。';
    const figs = readFigures(text, { pageDate: '2026-10-20' });
    expect(['4.2亿元', '28亿元'].map((t) => figs.find((f) => f.text === t)?.entity)).toEqual(['baichuan', 'baichuan']);
  });

  test('"零一万物" is a name, not ten thousand; and the company a team was "并入" is the object, not the subject', () => {
    const figs = readFigures('零一万物在2025年将部分团队并入阿里，去年亏损收窄至约4.5亿元。', { pageDate: '2026-09-01' });
    expect(figs.map((f) => [f.text, f.entity])).toEqual([['4.5亿元', '01ai']]);
  });

  test('a rival a figure "edged past" is no subject: "the group" after it is the company before', () => {
    const text = "ByteDance's revenue in 2025 rose to about $150bn, edging past Meta's $140bn. The group was valued at more than $330bn in September.";
    expect(readFigures(text, { pageDate: '2026-01-10' }).find((f) => f.text === '$330bn')?.entity).toBe('bytedance');
  });

  test('a month without a year after the page date belongs to the year before', () => {
    const figs = readFigures('ByteDance’s Doubao had 157 million monthly active users in August.', { pageDate: '2026-01-09' });
    expect(figs[0]?.period).toBe('2025-08');
  });
});

describe('period rules', () => {
  test.each<Row>([
    // "in the same period" takes the period stated last, even when the company changes
    ['Zhipu’s revenue in 2025 was 724 million yuan. In the same period, MiniMax’s revenue was 540 million yuan.', undefined, '540 million yuan', 'minimax', 'revenue', '2025'],
    // ...but "the same period last year" is still last year's
    ['Tencent’s first-quarter revenue for 2026 rose 9% to 196.46 billion RMB, compared with 180 billion RMB in the same period last year.', undefined, '180 billion RMB', 'tencent', 'revenue', '2025-Q1'],
    // "annual revenue" without a year on a dated page: the last finished year; the valuation stays at the page month
    ['Zhipu is valued at over one trillion yuan while reporting just 7 billion yuan in annual revenue.', '2026-06', '7 billion yuan', 'zhipu', 'revenue', '2025'],
    ['Zhipu is valued at over one trillion yuan while reporting just 7 billion yuan in annual revenue.', '2026-06', 'one trillion yuan', 'zhipu', 'valuation', '2026-06'],
    // ...unless the text looks ahead: in February "full-year revenue" expected may be last year's (not yet reported)
    // or this year's, so no year
    ['Analysts expect full-year revenue of 4.1 billion yuan for Zhipu.', '2026-02', '4.1 billion yuan', 'zhipu', 'revenue', null],
    // a period bound to a later figure is that figure's, not the valuation's
    ['Zhipu has a valuation exceeding one trillion yuan (approximately $140 billion) while reporting 7 billion yuan in 2025.', '2026-06', 'one trillion yuan', 'zhipu', 'valuation', '2026-06'],
    // "Founded in April 2023": neither the month nor the year inside it is a period in force
    ['Founded in April 2023, Baichuan has seen its valuation swell past US$2.7 billion in a matter of months.', undefined, 'US$2.7 billion', 'baichuan', 'valuation', null],
    // a target price takes only a period written with it; the multiple keeps its own
    ['SenseTime’s revenue grew 21% to RMB1.74bn in 1H24. We raise our target price to HK$1.36 based on 6.5x FY25E EV/sales.', undefined, 'HK$1.36', 'sensetime', 'other:target-price', null],
    ['SenseTime’s revenue grew 21% to RMB1.74bn in 1H24. We raise our target price to HK$1.36 based on 6.5x FY25E EV/sales.', undefined, '6.5x', 'sensetime', 'other:ev-to-sales', '2025'],
    // a year after the page's is a projection: it holds in its own sentence but is not carried on
    ['Zhipu’s gross margin was 56% in 2025. In 2030, China’s AI market could reach $250 billion. Zhipu’s revenue grew 40%.', '2026-06', '$250 billion', 'china-market', 'market-size', '2030'],
    ['Zhipu’s gross margin was 56% in 2025. In 2030, China’s AI market could reach $250 billion. Zhipu’s revenue grew 40%.', '2026-06', '40%', 'zhipu', 'revenue-growth', '2025'],
    // a price-to-sales multiple is as of the page date, like the valuation it comes from
    ['Zhipu trades at over 140x price-to-sales.', '2026-06', '140x', 'zhipu', 'price-to-sales', '2026-06'],
    // a headline figure before any period takes the period the lead states
    ['商湯經調整虧損收窄 生成式AI收入增72%\n\n【明報專訊】商湯（0020）今年上半年收入按年增36%至23.58億元。', '2025-08-29', '72%', 'sensetime', 'other:segment-revenue-growth', '2025-H1'],
    // ...and stays without one when the lead states none
    ['Baichuan raises US$700 million from Alibaba\n\nBaichuan AI raised about 5 billion yuan in a new round, the company said on Thursday.', undefined, 'US$700 million', 'baichuan', 'funding', null],
    // "since its Jan 8 debut": from that month to the page's
    ['Zhipu’s stock jumped 23.4% on Friday, extending its gain since its Jan 8 debut to about 320%.', '2026-02-13', '320%', 'zhipu', 'stock-change', '2026-01..2026-02'],
  ])('%#: %s → %s', (...row) => check(row));

  test('a valuation column in a table is as of the page date', () => {
    const figs = readFigures('| Company | Model | Valuation |\n|---|---|---|\n| Zhipu AI | GLM-4 | $140B |', { pageDate: '2026-06' });
    expect(figs.map((f) => [f.text, f.entity, f.metric, f.period])).toEqual([['$140B', 'zhipu', 'valuation', '2026-06']]);
  });
});

describe('metric rules', () => {
  test.each<Row>([
    // a cue that already names the ratio keeps it (not "rd-ratio-share")
    ['In 2025, MiniMax’s revenue was 540 million yuan, and the R&D expense ratio was 323%.', undefined, '323%', 'minimax', 'rd-ratio', '2025'],
    ['Zhipu’s R&D as % of revenue reached 50%+ in H1 2025.', undefined, '50%', 'zhipu', 'rd-ratio', '2025-H1'],
    // "a $250 billion market" is the size of the market, even after a valuation cue, and no company's figure
    ['For Zhipu’s valuation to be justified, it must capture 25% of a $250 billion market by 2030.', undefined, '$250 billion', null, 'market-size', '2030'],
    // ...but a market cap is not
    ['Zhipu ended its first day with a $5 billion market cap.', '2026-01-09', '$5 billion', 'zhipu', 'market-cap', '2026-01'],
    // an open platform sells API access: its revenue is API revenue, never the company's total
    ['MiniMax open-platform revenue in 2025: $25.96M', undefined, '$25.96M', 'minimax', 'api-revenue', '2025'],
    ['MiniMax’s open platform revenue reached $25.96 million in 2025.', undefined, '$25.96 million', 'minimax', 'api-revenue', '2025'],
  ])('%#: %s → %s', (...row) => check(row));
});

describe('guidance, a company a compared figure is for, and the year a company was founded (sentences of our own)', () => {
  test('"For the fourth quarter, Tencent guided … 10% to 12%" in November is this year\'s fourth quarter', () => {
    expect(readFigures('For the fourth quarter, Tencent guided cloud revenue growth of 10% to 12%.', { pageDate: '2026-11-14' })[0]!.period).toBe('2026-Q4');
  });

  test('"compared with 210 million for ByteDance\'s Doubao" is ByteDance\'s', () => {
    const f = readFigures("DeepSeek's monthly active users stood at 90 million in May, compared with 210 million for ByteDance's Doubao.", { pageDate: '2026-06-10' });
    expect(f.map((x) => [x.text, x.entity])).toEqual([
      ['90 million', 'deepseek'],
      ['210 million', 'bytedance'],
    ]);
  });

  test('"since its founding in 2023" is when the company began, not the period of the money raised', () => {
    expect(readFigures('StepFun has raised about $1.5 billion in total since its founding in 2023.', { pageDate: '2026-05-20' })[0]!.period).not.toBe('2023');
  });
});

test('"rivals Baidu and Tencent, whose shares rose 3% and 5%": a relative clause after a list gives its figures item by item', () => {
  const f = readFigures('Alibaba fell 2%, trailing rivals Baidu and Tencent, whose shares rose 3% and 5% on Friday.', { pageDate: '2026-05-20' });
  expect(f.slice(1).map((x) => [x.text, x.entity])).toEqual([
    ['3%', 'baidu'],
    ['5%', 'tencent'],
  ]);
});

describe('a round an investor led is the round of the company that raised it (sentences of our own)', () => {
  const who = (text: string, surface: string) => readFigures(text, { pageDate: '2026-10-15' }).find((x) => x.text === surface)!.entity;

  test('"Tencent led a $500 million round in StepFun": StepFun’s round', () => {
    expect(who('Tencent led a $500 million round in StepFun in March.', '$500 million')).toBe('stepfun');
    expect(who('Alibaba, which led a $1 billion round in early 2024 that valued Moonshot at $2.5 billion, put in about $200 million this time.', '$1 billion')).toBe('moonshot');
  });

  test('"raised 1 billion yuan from Tencent at a valuation of 20 billion yuan": the company money came from is the investor', () => {
    expect(who('Baichuan raised 1 billion yuan from Tencent at a valuation of 20 billion yuan.', '20 billion yuan')).toBe('baichuan');
    expect(who('Baichuan agreed last month to take new money from iFlytek at a valuation of 12 billion yuan.', '12 billion yuan')).toBe('baichuan');
    // (a company valued in its own apposition stays the owner)
    expect(who('Moonshot AI, valued at $4 billion, raised money from Alibaba.', '$4 billion')).toBe('moonshot');
  });

  test('with no company named for the round, it is no one’s; what the investor put in stays its own', () => {
    expect(who('Tencent, which joined a $300 million financing round, declined to comment.', '$300 million')).toBeNull();
    expect(who('Alibaba, which led a $1 billion round in early 2024 that valued Moonshot at $2.5 billion, put in about $200 million this time.', '$200 million')).toBe('alibaba');
  });
});

describe('a value compared with "the" (sentences of our own)', () => {
  const fig = (text: string, surface: string) => readFigures(text, { pageDate: '2026-10-15' }).find((x) => x.text === surface)!;

  test('"lower than the 1.2 billion yuan its chief executive cited" is the revenue it is compared with', () => {
    const f = fig('Zhipu booked revenue of 1.08 billion yuan last year, according to the prospectus for its planned listing, lower than the "more than 1.2 billion yuan" its chief executive cited in March.', '1.2 billion yuan');
    expect([f.entity, f.metric, f.period]).toEqual(['zhipu', 'revenue', '2025']);
  });

  test('"below the $14 billion discussed" is no bound "below $14 billion"', () => {
    expect(fig('The round values Moonshot at $12 billion, below the $14 billion that had been discussed.', '$14 billion').qualifier).toBe('exact');
    expect(fig('The round values Moonshot at below $14 billion.', '$14 billion').qualifier).toBe('under');
  });
});

describe('a company set against the subject with 则 (sentences of our own)', () => {
  test('"…市销率约40倍，智谱则约为60倍。她预期公司明年收入…" is the subject\'s', () => {
    const figs = readFigures('分析师认为，阶跃星辰估值较同业略低，市销率约40倍，智谱则约为60倍。她预期公司明年收入可达30亿元。', { pageDate: '2026-11-03' });
    expect(figs.find((f) => f.text === '30亿元')?.entity).toBe('stepfun');
  });
});

describe('a pronoun opening the sentence before a weak mention (a sentence of our own)', () => {
  test('"该公司去年将团队并入阿里云后，今年以约50亿元估值融资" is the company before, not the one the team went to', () => {
    const figs = readFigures('估值回落的还有百川智能。该公司去年将部分团队并入阿里云后，今年4月以约50亿元估值完成融资。', { pageDate: '2026-09-18' });
    expect(figs.find((f) => f.text === '50亿元')?.entity).toBe('baichuan');
  });
});

describe('the whole country\'s use (sentences of our own)', () => {
  test('"全国日均Token消耗量", "AI chatbots in China" are the market\'s, not the company the text is about', () => {
    const zh = readFigures('字节跳动旗下豆包的日均token调用量超过50万亿。国家数据局称，全国日均Token消耗量已超过100万亿。', { pageDate: '2026-09-09' });
    expect(zh.find((f) => f.text === '100万亿')?.entity).toBe('china-market');
    const en = readFigures('Doubao added users for a ninth month as the number of people using AI chatbots in China climbed past 650 million.', { pageDate: '2026-11-18' });
    expect(en.find((f) => f.text === '650 million')?.entity).toBe('china-market');
  });
});

describe('a company named to place another, the one in apposition (sentences of our own)', () => {
  test('"Zhipu\'s closest rival, MiniMax, reported …" is MiniMax\'s', () => {
    const figs = readFigures("Zhipu's revenue rose 131% in the first half. Zhipu's closest rival, MiniMax, reported on Wednesday that its first-half revenue rose 140% to $212 million.", { pageDate: '2026-09-20' });
    expect(figs.map((f) => f.entity)).toEqual(['zhipu', 'minimax', 'minimax']);
    // (a rival named without its own name stays the sentence's subject's foil, no owner of the figure)
    expect(readFigures("Zhipu's revenue rose 131% in the first half, faster than its rivals.", { pageDate: '2026-09-20' })[0]!.entity).toBe('zhipu');
  });
  test('what a forecaster expects "from" a company is that company\'s; money raised from an investor is not the investor\'s', () => {
    const figs = readFigures("One broker forecasts Zhipu's 2026 revenue at 1.52 billion yuan; another expects US$352 million from MiniMax. Zhipu raised $300 million from Tencent.", { pageDate: '2026-09-20' });
    expect(figs.map((f) => f.entity)).toEqual(['zhipu', 'minimax', 'zhipu']);
  });
  test('a figure at the end of a long relative clause is its antecedent\'s', () => {
    const figs = readFigures('Zhipu earns 16% of its revenue abroad. Its path differs from that of rival MiniMax, which makes most of its money from consumer apps sold abroad and reported overseas revenue of US$152.7 million for the first half.', { pageDate: '2026-09-20' });
    expect(figs.map((f) => f.entity)).toEqual(['zhipu', 'minimax']);
  });
});

describe('a value set beside, named with its owner after it (a sentence of our own)', () => {
  test('"more than twice the 60 million of Kimi" is that company\'s', () => {
    const figs = readFigures('The Qwen app had 150 million monthly active users in October, more than twice the 60 million of Moonshot.', { pageDate: '2026-11-15' });
    expect(figs.map((f) => f.entity)).toEqual(['alibaba', 'moonshot']);
  });
});

describe('a round led or joined by an investor named as its subject (sentences of our own)', () => {
  test('"A Tencent-led round brought in…", "Tencent joined a round … at a $3.3 billion valuation": never the investor\'s', () => {
    const led = readFigures('StepFun was founded in 2023. A Tencent-led round in 2024 brought in about $300 million at a $1.5 billion valuation.', { pageDate: '2026-08-26' });
    expect(led.filter((f) => f.text !== '2023').map((f) => f.entity)).toEqual(['stepfun', 'stepfun']);
    const joined = readFigures('Baichuan raised money twice in 2024. Alibaba joined a $300 million round in August that year at a $3.3 billion valuation.', { pageDate: '2026-08-26' });
    // (the round of the company the text is about, which the sentence does not name again)
    expect(joined.find((f) => f.text === '$3.3 billion')?.entity).toBe('baichuan');
    const named = readFigures('Alibaba joined a $300 million round in Baichuan in August at a $3.3 billion valuation.', { pageDate: '2026-08-26' });
    expect(named.find((f) => f.text === '$3.3 billion')?.entity).toBe('baichuan');
  });
});

describe('an investor named in full, a round the sentence does not say whose (sentences of our own)', () => {
  test('"Tencent Holdings Ltd. joined a $300 million extension …", "… that put the startup\'s value at …": the company the text is about', () => {
    const f = readFigures("StepFun was founded in 2023 by former Microsoft researchers. Alibaba Group Holding Ltd. led a $400 million round in May 2024 that put the startup's value at $1.6 billion, and Tencent Holdings Ltd. joined a $200 million extension in 2025 at roughly $2.4 billion. Its January IPO added HK$3.1 billion.", { pageDate: '2026-10-03' });
    const of = (t: string) => f.find((x) => x.text === t)!;
    expect([of('$400 million').entity, of('$1.6 billion').entity, of('$200 million').entity, of('HK$3.1 billion').entity]).toEqual(['stepfun', 'stepfun', 'stepfun', 'stepfun']);
    expect(of('$1.6 billion').metric).toBe('valuation');
    // (a company that "led" a ranking is no investor: "Alibaba led with 42.6 billion yuan. … Its cloud unit's revenue …")
    const ranked = readFigures("Alibaba led with 42.6 billion yuan of capex, up 35%. Its cloud unit's revenue grew 31% to 51.2 billion yuan.", { pageDate: '2026-11-20' });
    expect(ranked.find((x) => x.text === '51.2 billion yuan')!.entity).toBe('alibaba');
    // (an investor writing about its own round is no one's: the text names no other company)
    expect(readFigures('Tencent Holdings Ltd. joined a $200 million extension in 2025 at roughly $2.4 billion.', { pageDate: '2026-10-03' }).map((x) => x.entity)).toEqual([null, null]);
  });
});

describe('the partners of a deal listed after "with" (a sentence of our own)', () => {
  test('"a string of deals with Alibaba, Tencent and state funds … brought in 2.6 billion yuan" is the subject\'s, none of the partners\'', () => {
    const f = readFigures('MiniMax was founded in Shanghai in 2021. The biggest of its deals with Alibaba, Tencent and state funds, in March 2024, brought in $600 million and lifted its valuation to $2.5 billion.', { pageDate: '2026-05-01' });
    expect(f.filter((x) => x.kind === 'money').map((x) => x.entity)).toEqual(['minimax', 'minimax']);
  });
});

describe('an investor opening a sentence (a sentence of our own)', () => {
  test('"Alibaba led the next, in March 2024: $600 million at a valuation of $2.5 billion" is not Alibaba’s valuation', () => {
    const f = readFigures('MiniMax raised money twice. Alibaba led the next, in March 2024: $600 million at a valuation of $2.5 billion.', { pageDate: '2026-10-03' }).find((x) => x.text === '$2.5 billion')!;
    expect(f.entity).not.toBe('alibaba');
  });
});

describe('a figure said of each of several companies (sentences of our own)', () => {
  test('"两家公司目前市销率均超过40倍", "both companies trade at" are no one company’s', () => {
    expect(readFigures('有投资人提醒，智谱和MiniMax两家公司目前市销率均超过40倍。', { pageDate: '2026-06-11' })[0]!.entity).toBeNull();
    expect(readFigures('Zhipu and MiniMax listed in January; both companies trade at more than 40 times sales.', { pageDate: '2026-06-11' }).find((x) => x.text === '40 times')?.entity ?? null).toBeNull();
  });
});

describe('a relative clause past an amount restated in parentheses (a sentence of our own)', () => {
  test('"ahead of MiniMax, which was valued at HK$80 billion (US$10.3 billion) after raising HK$4.7 billion" is MiniMax\'s throughout', () => {
    const f = readFigures('Zhipu is now worth more than any listed peer, well ahead of MiniMax, which was valued at HK$80 billion (US$10.3 billion) after raising HK$4.7 billion in June.', { pageDate: '2026-07-10' });
    expect(f.map((x) => [x.text, x.entity])).toEqual([['HK$80 billion', 'minimax'], ['US$10.3 billion', 'minimax'], ['HK$4.7 billion', 'minimax']]);
  });
});

describe('the company of a relative clause after the figure (a sentence of our own)', () => {
  test('"about 4% of the $60 that OpenAI then asked for o1" is OpenAI’s price', () => {
    const f = readFigures('When DeepSeek released R1 in January 2025, it charged $2.19 per million output tokens, about 4% of the $60 that OpenAI then asked for o1.', { pageDate: '2026-07-01' });
    expect(f.find((x) => x.text === '$60')!.entity).toBe('openai');
    expect(f.find((x) => x.text === '$2.19')!.entity).toBe('deepseek');
  });
});

describe('an average over a group (sentences of our own)', () => {
  test('"wider than the 6.3% average on Hong Kong tech placings", "an average of 30% across the sector" are no single company’s', () => {
    const f = readFigures('SenseTime sold shares at a 9.5% discount. The discount is wider than the 6.3% average on Hong Kong tech placings this year. Its margin was 40%, against an average of 30% across the sector.', { pageDate: '2026-09-23' });
    expect(f.map((x) => `${x.text}=${x.entity}`)).toEqual(['9.5%=sensetime', '6.3%=null', '40%=sensetime', '30%=null']);
  });
});

describe('the sector named by its companies as a group (a sentence of our own)', () => {
  test('"Chinese large-model startups have raised 31.6 billion yuan", "China’s AI start-ups raised $5 billion" are the market’s, not the last company named', () => {
    const f = readFigures('Moonshot raised $500 million. Chinese large-model startups have raised 31.6 billion yuan in the first eight months of 2026. China’s AI start-ups raised $5 billion last year.', { pageDate: '2026-09-16' });
    expect(f.map((x) => `${x.text}=${x.entity}`)).toEqual(['$500 million=moonshot', '31.6 billion yuan=china-market', '$5 billion=china-market']);
  });
});

describe('a company named only as what the subject is compared with (sentences of our own)', () => {
  test('"高于GPT-5的91.6%;在C-Eval上得分92.7%": the clauses after the comparison are still the subject’s', () => {
    const f = readFigures('讯飞公布的评测结果显示,星火X2在AIME上得分为93.3%,高于GPT-5的91.6%;在C-Eval上得分92.7%。', { pageDate: '2026-10-24' });
    expect(f.map((x) => `${x.text}=${x.entity}`)).toEqual(['93.3%=iflytek', '91.6%=openai', '92.7%=iflytek']);
  });
  test('but "the company behind the GLM models" names the subject', () => {
    const f = readFigures('Zhipu is no longer the underdog. Shares of the company behind the GLM models have risen 210% since listing in January, giving it a market value of about HK$240 billion.', { pageDate: '2026-10-08' });
    expect(f.map((x) => x.entity)).toEqual(['zhipu', 'zhipu']);
  });
});

describe('a shareholder named for its stake is not the company the text goes on about (sentences of our own)', () => {
  test('"腾讯持股9.5%。公司今年1月完成…融资", "Alibaba holds 12% of the company. The company raised …" are not the holder’s', () => {
    const zh = readFigures('百川智能递交港股上市申请。股权方面，阿里巴巴持股9.5%。公司今年3月完成30亿元融资。', { pageDate: '2026-08-18' });
    expect(zh.find((x) => x.text === '30亿元')!.entity).toBe('baichuan');
    const en = readFigures('Baichuan filed for a Hong Kong listing. Alibaba holds 12% of the company. The company raised 3 billion yuan in March.', { pageDate: '2026-08-18' });
    expect(en.find((x) => x.text === '3 billion yuan')!.entity).toBe('baichuan');
  });
  test('"its" after the holder may still be the holder: left as it was', () => {
    const en = readFigures('Baichuan filed for a Hong Kong listing. Alibaba holds 12% of the company. Its cloud revenue rose 26%.', { pageDate: '2026-08-18' });
    expect(en.find((x) => x.text === '26%')!.entity).toBe('alibaba');
  });
});

describe('an average names no company (sentences of our own)', () => {
  test('"Average list prices for flagship models fell 58%", "大模型平均价格下降58%" after a sentence about ByteDance', () => {
    expect(readFigures("ByteDance's Doubao started the price war. Average list prices for flagship models fell 58% in a year.")[0]!.entity).toBeNull();
    expect(readFigures('字节跳动打响价格战。大模型平均价格一年内下降58%。')[0]!.entity).toBeNull();
    expect(readFigures("ByteDance's Doubao cut its average price by 58%.")[0]!.entity).toBe('bytedance');
  });
});

describe('a group of companies totalled is no single company (sentences of our own)', () => {
  test('"商汤上半年收入增长。园区内AI企业今年首十个月共获融资约60亿港元" is not SenseTime’s', () => {
    expect(readFigures('商汤上半年收入增长。另外，园区内AI企业今年首十个月共获融资约60亿港元。', { pageDate: '2026-10-16' })[0]!.entity).toBeNull();
  });
});

describe('deals counted across a sector are no company\'s (sentences of our own)', () => {
  const who = (text: string) => readFigures(text, { pageDate: '2026-11-01' }).map((f) => [f.text, f.entity]);
  test('"model-layer deals hit 18.3 billion yuan", "Hong Kong tech IPOs have raised", "领域共发生融资47笔"', () => {
    expect(who('StepFun raises 7 billion yuan as model-layer deals hit 18.3 billion yuan in nine months.')).toEqual([['7 billion yuan', 'stepfun'], ['18.3 billion yuan', null]]);
    expect(who('Zhipu rose 3%. This year Hong Kong tech IPOs have raised HK$96.3 billion, up 41% from a year earlier.').slice(1)).toEqual([['HK$96.3 billion', null], ['41%', null]]);
    expect(who('阶跃星辰8月融资70亿元。据统计，2026年前三季度端侧AI领域共发生融资47笔，金额合计86.5亿元。')).toEqual([['70亿元', 'stepfun'], ['47', null], ['86.5亿元', null]]);
    expect(who('智谱股价涨3%。今年港股新股集资额达963亿港元。').slice(1)).toEqual([['963亿港元', null]]);
  });
  test('deals "in China" are the market\'s; a company\'s own deals stay its own', () => {
    expect(who('StepFun raised 5 billion yuan in January; a tracker counted 31 model-layer funding rounds in China in 2025 worth 9.8 billion yuan in all.')).toEqual([['5 billion yuan', 'stepfun'], ['31', 'china-market'], ['9.8 billion yuan', 'china-market']]);
    expect(who("StepFun's two rounds raised 12 billion yuan in 2025.")).toEqual([['12 billion yuan', 'stepfun']]);
    expect(who('When Zhipu and MiniMax listed in January, their IPOs raised a combined HK$8.54 billion.')).toEqual([['HK$8.54 billion', null]]);
  });
});

describe('rivals named after their figure, and counted groups (sentences of our own)', () => {
  test('"outpacing the 31% growth Google Cloud reported" and "compared with 8% at Google Cloud" are Google’s', () => {
    const a = readFigures("Tencent's cloud revenue rose 28% to 16 billion yuan, outpacing the 31% growth Google Cloud reported a month earlier.");
    expect(a.find((x) => x.text === '31%')!.entity).toBe('google');
    const b = readFigures("Tencent's cloud revenue rose 6% from the June quarter, compared with 8% at Google Cloud.", { pageDate: '2026-11-20' });
    expect(b.find((x) => x.text === '8%')!.entity).toBe('google');
  });
  test('"中国头部三家公司2026年资本开支合计约3000亿元" is a counted group, no company; "中国AI企业共获融资" stays the market’s', () => {
    expect(readFigures('腾讯三季度资本开支增长。按测算，中国头部三家公司2026年资本开支合计约3000亿元。', { pageDate: '2026-11-18' })[0]!.entity).toBeNull();
    expect(readFigures('智谱完成融资。Chinese AI start-ups raised a combined 30 billion yuan in the first quarter of 2026.', { pageDate: '2026-11-18' })[0]!.entity).toBe('china-market');
  });
});

describe('a rival named after its figure without "that" (sentences of our own)', () => {
  test('"against the roughly US$5 billion OpenAI is expected to make this year" is OpenAI’s', () => {
    const f = readFigures("Zhipu's revenue may reach 3 billion yuan in 2026, against the roughly US$5 billion OpenAI is expected to make this year.", { pageDate: '2026-07-22' });
    expect(f.find((x) => x.text === 'US$5 billion')!.entity).toBe('openai');
  });
});

describe('the subject of the sentence before, a company with a relative clause, an exception (sentences of our own)', () => {
  test('"Zhipu is racing MiniMax, …, and Moonshot AI, valued at …, to win developers. It had cash of 9 billion yuan" is Zhipu’s', () => {
    const f = readFigures('Zhipu is racing MiniMax, which listed a day after it, and Moonshot AI, valued at $4.3 billion in May, to win developers. It had cash of 9 billion yuan at the end of June.', { pageDate: '2026-08-28' });
    expect(f.find((x) => x.text === '9 billion yuan')!.entity).toBe('zhipu');
  });
  test('"ahead of MiniMax Group Inc., whose market value was about HK$90 billion" is MiniMax’s', () => {
    expect(readFigures('The round puts StepFun ahead of MiniMax Group Inc., whose market value was about HK$90 billion on Monday.', { pageDate: '2026-11-10' })[0]!.entity).toBe('minimax');
  });
  test('"成为除字节跳动以外估值最高的公司。…据报公司去年亏损约30亿元" is not ByteDance’s', () => {
    const f = readFigures('分析指，百川智能将成为除字节跳动以外估值最高的公司。不过，据报公司去年亏损约30亿元。', { pageDate: '2026-11-10' });
    expect(f[0]!.entity).toBe('baichuan');
  });
});

describe('"its" later in a sentence that names no company (sentences of our own)', () => {
  test('"Zhipu’s prices are a tenth of what Anthropic charges. Paying users of its apps climbed to 1.9 million" is Zhipu’s', () => {
    const f = readFigures("Zhipu's token prices, at $0.40 per million input tokens, are a tenth of what Anthropic charges for its Claude model. Paying users of its apps climbed to 1.9 million in June.", { pageDate: '2026-08-28' });
    expect(f.find((x) => x.text === '1.9 million')!.entity).toBe('zhipu');
  });
});

describe('a company named only as a multiple’s base (sentences of our own)', () => {
  test('"posted revenue of 9 billion yuan, nearly three times Zhipu’s, but a net loss of 200 million yuan" is not Zhipu’s loss', () => {
    const f = readFigures("The comparison with iFlytek Co. is stark. The Hefei-based company posted first-half revenue of 9 billion yuan, nearly three times Zhipu's, but a net loss of 200 million yuan.", { pageDate: '2026-09-01' });
    expect(f.find((x) => x.text === '200 million yuan')!.entity).not.toBe('zhipu');
  });
});

describe('companies named by their apps (sentences of our own)', () => {
  test('"千问" is Alibaba\'s app, "Yuanbao" Tencent\'s, "Talkie" MiniMax\'s', () => {
    expect(readFigures('10月千问App月活逼近1.4亿。', { pageDate: '2026-11-10' })[0]!.entity).toBe('alibaba');
    expect(readFigures('Yuanbao averaged more than 15 million daily active users in October.', { pageDate: '2026-11-10' })[0]!.entity).toBe('tencent');
    expect(readFigures('Talkie had 30 million monthly active users in June.', { pageDate: '2026-08-10' })[0]!.entity).toBe('minimax');
  });
});

describe('a clause whose subject is several companies (sentences of our own)', () => {
  test('a total right after the values of several companies ("…, together about US$30 billion", "三者合計市值逾…") is none of theirs', () => {
    const en = readFigures("Baidu's market value was HK$240 billion on Monday and SenseTime's HK$70 billion, together about US$40 billion.", { pageDate: '2026-10-10' });
    expect(en.map((f) => f.entity)).toEqual(['baidu', 'sensetime', null]);
    const zh = readFigures('智譜市值約1,900億港元，MiniMax市值約980億港元，商湯市值約1,100億港元，三者合計市值約4,000億港元。', { pageDate: '2026-10-10' });
    expect(zh.at(-1)!.entity).toBeNull();
    // (one company's parts together stay its own)
    expect(readFigures('今年上半年，可灵以33%的收入份额位居第一，即梦与Seedance合计占24%。', { pageDate: '2026-11-14' })[1]!.entity).toBe('bytedance');
    expect(readFigures('Tencent said its cloud and advertising units together earned 90 billion yuan in the quarter.', { pageDate: '2026-11-14' })[0]!.entity).toBe('tencent');
  });
  test('"兩者合計逾4,200億港元", "两家公司上半年合计亏损超过40亿元", "the two companies together lost" belong to none of them', () => {
    expect(readFigures('MiniMax收報338港元，市值約1,520億港元，兩者合計逾4,200億港元。', { pageDate: '2026-09-30' }).find((f) => f.text === '4,200億港元')!.entity).toBeNull();
    expect(readFigures('智谱研发投入占收入的167%，两家公司上半年合计亏损超过40亿元。', { pageDate: '2026-09-30' }).find((f) => f.text === '40亿元')!.entity).toBeNull();
    expect(readFigures('Zhipu and MiniMax reported results last week; the two companies together lost more than 4 billion yuan in the first half.', { pageDate: '2026-09-30' }).find((f) => f.text === '4 billion yuan')!.entity).toBeNull();
  });
  test('but one company\'s own figure beside them keeps its owner', () => {
    expect(readFigures('MiniMax收報338港元，市值約1,520億港元，兩者合計逾4,200億港元。', { pageDate: '2026-09-30' }).find((f) => f.text === '1,520億港元')!.entity).toBe('minimax');
  });
});

describe('a company named in parentheses right after the figure (sentences of our own)', () => {
  test('"peers sit at RMB0.8 (ByteDance Doubao, DeepSeek V4) and RMB1.2 (Alibaba Qwen3.5-Plus)"', () => {
    const f = readFigures('Baidu now charges RMB0.6 per million input tokens; peers sit at RMB0.8 (ByteDance Doubao, DeepSeek V4) and RMB1.2 (Alibaba Qwen3.5-Plus).', { pageDate: '2026-09-18' });
    expect(f.map((x) => x.entity)).toEqual(['baidu', null, 'alibaba']);
  });
  test('but a conversion or a comparison in parentheses names no owner', () => {
    const f = readFigures('Zhipu raised HK$4.2 billion (US$540 million) in its listing.', { pageDate: '2026-01-18' });
    expect(f.map((x) => x.entity)).toEqual(['zhipu', 'zhipu']);
  });
});

describe('a market\'s growth is no company\'s (a sentence of our own)', () => {
  test('"若百度及騰訊跟隨，明年大模型API市場規模或只增長40%至50%" is not Tencent\'s', () => {
    expect(readFigures('若百度及騰訊跟隨，明年大模型API市場規模或只增長40%至50%。', { pageDate: '2026-09-24' })[0]!.entity).not.toBe('tencent');
  });
});

describe('device makers and carriers are companies of their own; shopping and video apps are their groups\' (sentences of our own)', () => {
  test('"Lenovo\'s shares rose 4.6%" after a sentence about Zhipu is Lenovo\'s move, no tracked company\'s', () => {
    const f = readFigures("Zhipu's models now ship on Lenovo laptops. Lenovo's Hong Kong shares rose 4.6% to HK$11.36 on Friday.", { pageDate: '2026-11-20' });
    expect(f.map((x) => x.entity)).toEqual([null, null]);
  });
  test('"荣耀第三季度出货量" is Honor\'s, not DeepSeek\'s named after it', () => {
    expect(readFigures('DeepSeek模型已装入多家手机。荣耀第三季度出货量达1420万部。', { pageDate: '2026-10-22' })[0]!.entity).toBeNull();
  });
  test('makers listed "among them" are examples: the next sentence is still the company\'s', () => {
    const f = readFigures('Zhipu said its models now ship on 31 million devices made by 14 manufacturers, among them Lenovo, Honor and Geely. Cash stood at 14.2 billion yuan at the end of June.', { pageDate: '2026-08-28' });
    expect(f.find((x) => x.text === '14.2 billion yuan')!.entity).toBe('zhipu');
  });
  test('Taobao is Alibaba\'s and Douyin ByteDance\'s', () => {
    const f = readFigures("Taobao's AI assistant handled 410 million orders during Singles' Day, while Douyin's assistant handled 96 million.", { pageDate: '2026-11-12' });
    expect(f.map((x) => x.entity)).toEqual(['alibaba', 'bytedance']);
  });
});

describe('a partner is no subject, nor is a tracked company named late in a sentence about another (sentences of our own)', () => {
  test('"小米则选择与阿里巴巴的通义千问合作，…市占率15.1%" is Xiaomi\'s share, not Alibaba\'s', () => {
    expect(readFigures('小米则选择与阿里巴巴的通义千问合作，第三季国内出货量1080万部，市占率15.1%。', { pageDate: '2026-11-19' }).map((x) => x.entity)).toEqual([null, null]);
  });
  test('"Xiaomi said its assistant, which routes questions to Qwen, …. Monthly active users rose to 162 million" carries no Alibaba', () => {
    const f = readFigures('Xiaomi said its assistant, which routes harder questions to Qwen, is now active on 190 million devices. Monthly active users rose to 162 million in September.', { pageDate: '2026-11-19' });
    expect(f.find((x) => x.text === '162 million')!.entity).toBeNull();
  });
  test('but a broker opening the sentence before leaves the company it wrote about in force', () => {
    const f = readFigures('Goldman Sachs said Zhipu would grow fast. Revenue rose 50% to 1.2 billion yuan in the first half of 2026.', { pageDate: '2026-08-28' });
    expect(f.find((x) => x.text === '1.2 billion yuan')!.entity).toBe('zhipu');
  });
});

describe('a place\'s companies together, and an industry\'s revenue (sentences of our own)', () => {
  test('"its AI companies had combined revenue of 276 billion yuan" is no one company\'s', () => {
    const f = readFigures('Zhipu is based in Haidian. The district is home to 91 model services, and its AI companies had combined revenue of 276 billion yuan in the first half.', { pageDate: '2026-08-28' });
    expect(f.find((x) => x.text === '276 billion yuan')!.entity).toBeNull();
  });
  test('"杭州人工智能核心产业营收有望突破4300亿元" is the industry\'s', () => {
    expect(readFigures('阿里巴巴总部在杭州。今年杭州人工智能核心产业营收有望突破4300亿元。', { pageDate: '2026-11-20' })[0]!.entity).toBeNull();
  });
});

describe('China\'s other tech companies are companies of their own (sentences of our own)', () => {
  test('"Pony.ai said revenue rose 72%" after a sentence about Baidu is Pony.ai\'s; "Alibaba Health shares" are not Alibaba\'s', () => {
    const f = readFigures("Baidu's Apollo Go gave 3.1 million rides in the quarter. Pony.ai said revenue rose 72% to US$25 million in the third quarter. Alibaba Health shares rose 3% to HK$5.10.", { pageDate: '2026-11-25' });
    expect(f.slice(1).map((x) => x.entity)).toEqual([null, null, null, null]);
  });
});

describe('"from" a thing names no investor (a sentence of our own)', () => {
  test('"raised $2 billion from a dollar bond sale in May, and Baidu sold …": Baidu is the subject of its own clause', () => {
    const f = readFigures('Alibaba raised US$2 billion from a dollar bond sale in May, and Baidu sold 8 billion yuan of bonds in June.', { pageDate: '2026-07-01' });
    expect(f.map((x) => x.entity)).toEqual(['alibaba', 'baidu']);
    const investors = readFigures('StepFun raised $600 million from Alibaba, Tencent and IDG, valuing it at $4 billion.', { pageDate: '2026-07-01' });
    expect(investors.map((x) => x.entity)).toEqual(['stepfun', 'stepfun']);
  });
  test('a source of forecasts named before its kind, "the LSEG consensus", "a Reuters poll", is no subject; nor investors a line-up "included"', () => {
    const f = readFigures("Baidu's quarter beat forecasts. Revenue was 33 billion yuan, 2% above the LSEG consensus of 32.4 billion yuan.", { pageDate: '2026-11-20' });
    expect(f.map((x) => x.entity)).toEqual(['baidu', 'baidu', 'baidu']);
    const g = readFigures('Zhipu grew fast. In 2023 it raised more than 2.5 billion yuan from a line-up that included Alibaba, Tencent and Meituan.', { pageDate: '2026-11-20' });
    expect(g.map((x) => x.entity)).toEqual(['zhipu']);
  });
});

describe('the sector named "in China", and a news outlet a group owns (sentences of our own)', () => {
  test('"Model developers in China raised 31.4 billion yuan" is the market\'s; "told Tencent News" leaves 01.AI the subject', () => {
    const f = readFigures('StepFun raised 7 billion yuan. Model developers in China raised 31.4 billion yuan across 19 deals in the first seven months of 2026. 01.AI told Tencent News it expects revenue to exceed 1 billion yuan this year.', { pageDate: '2026-08-10' });
    expect(f.map((x) => x.entity)).toEqual(['stepfun', 'china-market', 'china-market', '01ai']);
  });
  test('a measure of a kind of product taken across China is the market\'s: "chatbot downloads in China", "monthly users of AI assistants in China", "国内AI聊天类应用下载量"', () => {
    const downloads = readFigures('Kimi climbed to third place in May. A tracker expects chatbot downloads in China to pass 900 million this year.', { pageDate: '2026-06-02' });
    expect(downloads.find((f) => f.text === '900 million')?.entity).toBe('china-market');
    const users = readFigures('Kimi climbed to third place in May. The broker forecasts that the number of monthly users of AI assistants in China will reach 700 million by December.', { pageDate: '2026-06-02' });
    expect(users.find((f) => f.text === '700 million')?.entity).toBe('china-market');
    const zh = readFigures('Kimi五月升至第三。1—5月，国内AI聊天类应用下载量合计2.3亿次。', { pageDate: '2026-06-02' });
    expect(zh.find((f) => f.text === '2.3亿')?.entity).toBe('china-market');
  });
  test('a company\'s own measure in China, or one that names no kind of product, stays the company\'s', () => {
    const own = readFigures("Kimi climbed to third place in May. Kimi's downloads in China rose to 40 million in the month.", { pageDate: '2026-06-02' });
    expect(own.find((f) => f.text === '40 million')?.entity).toBe('moonshot');
    const its = readFigures('Kimi climbed to third place in May. Its users in China reached 60 million in the month.', { pageDate: '2026-06-02' });
    expect(its.find((f) => f.text === '60 million')?.entity).toBe('moonshot');
  });
});

describe('a figure in parentheses after a company\'s product (a sentence of our own)', () => {
  test('"more than Tencent\'s Yuanbao (96 million) and Alibaba\'s Qwen app (83 million) combined"', () => {
    const f = readFigures("ByteDance's chatbot had 248 million monthly users in October, more than Tencent's Yuanbao (96 million) and Alibaba's Qwen app (83 million) combined.", { pageDate: '2026-11-20' });
    expect(f.map((x) => x.entity)).toEqual(['bytedance', 'tencent', 'alibaba']);
  });
});

describe('the market named by a group of its members (sentences of our own)', () => {
  test('"Chinese AI video start-ups raised …", "domestic model makers processed …", "我国日均Token消耗量" are the market\'s, not the company before', () => {
    const en = readFigures('MiniMax said Hailuo revenue doubled. Chinese AI video start-ups raised 3.9 billion yuan in the first half of 2026, data provider IT Juzi said.', { pageDate: '2026-08-05' });
    expect(en.find((f) => f.text === '3.9 billion yuan')?.entity).toBe('china-market');
    const nda = readFigures('Doubao kept its lead in September. The agency said domestic model makers processed an average of 88 trillion tokens a day last month.', { pageDate: '2026-10-12' });
    expect(nda.find((f) => f.text.startsWith('88 trillion'))?.entity).toBe('china-market');
    const zh = readFigures('豆包日均Token调用量超过40万亿。截至今年8月底，我国日均Token消耗量已突破95万亿。', { pageDate: '2026-09-20' });
    expect(zh.find((f) => f.text === '95万亿')?.entity).toBe('china-market');
  });
  test('a Latin word set off by spaces inside the group, as many Chinese outlets write it: "中国 AI 应用在海外市场的收入"', () => {
    const f = readFigures('快手可灵的海外收入增长较快。据一家数据机构统计，前三季度中国 AI 应用在海外市场的订阅收入合计约 5.6 亿美元，同比增长 90%。', { pageDate: '2026-11-10' });
    expect(f.filter((x) => x.text.startsWith('5.6') || x.text === '90%').map((x) => x.entity)).toEqual(['china-market', 'china-market']);
  });
  test('a group that is an object, counted, or the scope of a ranking is no market', () => {
    const object = readFigures('Zhipu said it now serves 12,000 Chinese companies, and its revenue rose 80% in the half.', { pageDate: '2026-08-30' });
    expect(object.find((f) => f.text === '80%')?.entity).toBe('zhipu');
    const counted = readFigures('Zhipu listed in January. China\'s four best-funded AI start-ups raised 20 billion yuan between them in 2025.', { pageDate: '2026-03-02' });
    expect(counted.find((f) => f.text === '20 billion yuan')?.entity).not.toBe('china-market');
    const ranked = readFigures('腾讯元宝仍是内地用户规模最大的AI应用之一；旗下另一款工具月活则达到1,200万。', { pageDate: '2026-10-10' });
    expect(ranked.find((f) => f.text === '1,200万')?.entity).toBe('tencent');
  });
  test('the group is carried only as the subject its sentence opens with', () => {
    const opened = readFigures('Chinese AI start-ups raised 52 billion yuan in the first nine months. The number of deals rose to 58, and the third quarter alone accounted for 21 billion yuan. MiniMax raised the most.', { pageDate: '2026-10-08' });
    expect(opened.find((f) => f.text === '21 billion yuan')?.entity).toBe('china-market');
    const inside = readFigures('Moonshot cut the price of Kimi K3 by half, reopening a price war that Chinese developers had hoped was over.\n\nFrom Monday, developers will pay 2 yuan per million input tokens.', { pageDate: '2026-07-20' });
    expect(inside.find((f) => f.text === '2 yuan')?.entity).toBe('moonshot');
  });
  test('companies named between the group and the figure leave the figure to none', () => {
    const figs = readFigures('Chinese internet companies plan to spend more on AI than ever before, with Tencent, Alibaba and ByteDance together pledging upward of 500 billion yuan for 2026.', { pageDate: '2026-03-10' });
    expect(figs.find((f) => f.text === '500 billion yuan')?.entity).toBeNull();
  });
});

describe('a value set beside for a group of other companies (a sentence of our own)', () => {
  test('"compared with about 40% for the three largest US spenders" is theirs, not the first figure\'s', () => {
    const figs = readFigures('Analysts expect Alibaba\'s AI capex to grow 25% in 2027, compared with about 40% for the three largest US spenders.', { pageDate: '2026-09-01' });
    expect(figs.map((f) => f.entity)).toEqual(['alibaba', null]);
  });
});

describe('"the pair", "their IPOs raised a combined" (sentences of our own)', () => {
  test('a subject that is two companies gives a figure of neither', () => {
    const figs = readFigures('When MiniMax and Zhipu listed in January, their IPOs raised a combined HK$8.1 billion. Since then the pair have pulled in HK$20 billion through placements.', { pageDate: '2026-11-20' });
    expect(['HK$8.1 billion', 'HK$20 billion'].map((t) => figs.find((f) => f.text === t)?.entity)).toEqual([null, null]);
  });
});

describe('a few companies counted, named like the sector (a sentence of our own)', () => {
  test('"Zhipu and MiniMax, the two Chinese model makers that trade publicly, had a combined market value of …" is no market\'s', () => {
    const figs = readFigures('Zhipu and MiniMax, the two Chinese model makers that trade publicly, had a combined market value of about HK$310 billion on Friday.', { pageDate: '2026-10-12' });
    expect(figs.find((f) => f.text === 'HK$310 billion')?.entity).toBeNull();
  });
});

describe('N times a company\'s, in Chinese (a sentence of our own)', () => {
  test('"OpenAI上半年收入约120亿美元，接近MiniMax同期的90倍": the multiple is OpenAI\'s comparison, not MiniMax\'s growth', () => {
    const figs = readFigures('OpenAI上半年收入约120亿美元，接近MiniMax同期的90倍。', { pageDate: '2026-08-30' });
    const f = figs.find((x) => x.text === '90倍');
    expect([f?.entity, f?.metric]).toEqual(['openai', null]);
  });
});

describe('a company named as what a place is home to (a sentence of our own)', () => {
  test('"Anhui, home to iFlytek, added 12" does not make the text about iFlytek', () => {
    const figs = readFigures('Anhui, home to iFlytek, added 12 registered services in the half. The regulator said the number of users hit 580 million in June.', { pageDate: '2026-07-15' });
    expect(figs.find((f) => f.text === '580 million')?.entity).not.toBe('iflytek');
  });
});

describe('a value named with its owner after it, past its noun or before a time (sentences of our own)', () => {
  test('"the US$12 billion in revenue OpenAI is expected to book" and "about US$4 billion for Anthropic at the start of the year" are theirs', () => {
    const a = readFigures('Zhipu expects API revenue of 900 million yuan this year, a fraction of the US$12 billion in revenue OpenAI is expected to book.', { pageDate: '2026-07-08' });
    expect(a.find((f) => f.text === 'US$12 billion')?.entity).toBe('openai');
    const b = readFigures('Kimi\'s annualised revenue passed US$150 million in June, compared with about US$4 billion for Anthropic at the start of the year.', { pageDate: '2026-08-18' });
    expect(b.find((f) => f.text === 'US$4 billion')?.entity).toBe('anthropic');
  });
});

describe('the market as the country\'s apps, and as the place of a share (sentences of our own)', () => {
  test('"Across the country, AI apps had …" and "全国AI应用月活规模" are the market\'s; "在国内大模型API市场份额约15%" is the company\'s', () => {
    const en = readFigures('Doubao led again in October. Across the country, AI apps had 680 million monthly users in October.', { pageDate: '2026-11-18' });
    expect(en.find((f) => f.text === '680 million')?.entity).toBe('china-market');
    const zh = readFigures('豆包月活继续领先。全国AI应用月活规模于10月达6.8亿。', { pageDate: '2026-11-13' });
    expect(zh.find((f) => f.text === '6.8亿')?.entity).toBe('china-market');
    const share = readFigures('据第三方机构估算，DeepSeek上半年API调用收入约4亿元，在国内大模型API市场份额约15%。', { pageDate: '2026-08-02' });
    expect(share.find((f) => f.text === '15%')?.entity).toBe('deepseek');
  });
  test('an app named right after "国内…应用" is one app, not the market', () => {
    const figs = readFigures('MiniMax海螺AI第二季收入3,000万美元。国内角色扮演应用星野的月活躍用戶則為900萬。截至6月底，集團現金約25億美元。', { pageDate: '2026-08-28' });
    expect(figs.find((f) => f.text === '900萬')?.entity).not.toBe('china-market');
  });
});

describe('ByteDance\'s video products, and a company named in an apposition about the subject (sentences of our own)', () => {
  test('"即梦与Seedance合计占21%" is ByteDance\'s; "Volcano Engine, Alibaba\'s closest rival in model APIs, held 44%" is Volcano Engine\'s', () => {
    const zh = readFigures('今年上半年，可灵以35%的收入份额位居第一，即梦与Seedance合计占21%。', { pageDate: '2026-11-19' });
    expect(zh.find((f) => f.text === '21%')?.entity).toBe('bytedance');
    const en = readFigures('ByteDance\'s Volcano Engine, Alibaba\'s closest rival in model APIs, held 44% of China\'s public cloud model market last year.', { pageDate: '2026-08-20' });
    expect(en.find((f) => f.text === '44%')?.entity).toBe('bytedance');
  });
});

describe('"put their combined sales at" (a sentence of our own)', () => {
  test('a total put on two companies together is neither\'s', () => {
    const figs = readFigures('Zhipu\'s 600 million yuan and MiniMax\'s $180 million put their combined first-half sales at roughly $265 million.', { pageDate: '2026-09-08' });
    expect(figs.find((f) => f.text === '$265 million')?.entity).toBeNull();
  });
});

describe('companies listed with their products in quotes, said respectively (a sentence of our own)', () => {
  test('"騰訊「元寶」及阿里巴巴「千問」分別為6,900萬及6,500萬" goes item by item', () => {
    const figs = readFigures('DeepSeek月活約1億，騰訊「元寶」及阿里巴巴「千問」分別為6,900萬及6,500萬。', { pageDate: '2026-10-28' });
    expect(['6,900萬', '6,500萬'].map((t) => figs.find((f) => f.text === t)?.entity)).toEqual(['tencent', 'alibaba']);
  });
});

describe('a city or province as the subject of its own figures (sentences of our own)', () => {
  const TEXT =
    "Zhipu reported revenue of 1.02 billion yuan for the half. Beijing's artificial intelligence core industry generated 212.4 billion yuan in revenue in the first six months, the bureau said. In the second quarter alone, core industry revenue rose 26.1 per cent year on year. Alibaba, the city's biggest employer in the sector, said it would spend more than 480 billion yuan. Hangzhou's DeepSeek said on Monday it had cut prices. Its daily active users rose to 50 million.";
  const figs = readFigures(TEXT, { pageDate: '2026-07-28' });
  const owner = (t: string) => figs.find((f) => f.text === t)?.entity;
  test('"Beijing\'s AI core industry generated" and the sentences that go on about it are no company\'s', () => {
    expect([owner('212.4 billion yuan'), owner('26.1 per cent')]).toEqual([null, null]);
  });
  test('a place in an apposition to a company, or owning a company by name, leaves the company the subject', () => {
    expect([owner('1.02 billion yuan'), owner('480 billion yuan'), owner('50 million')]).toEqual(['zhipu', 'alibaba', 'deepseek']);
  });
  test('"北京市人工智能核心产业规模" is the region\'s; a company named inside the phrase stays the subject', () => {
    const zh = readFigures('智谱上半年营收10亿元。北京市人工智能核心产业规模达到2124亿元，同比增长23.8%。北京智谱华章科技有限公司营收增长50%。', { pageDate: '2026-07-28' });
    expect(['10亿元', '2124亿元', '23.8%', '50%'].map((t) => zh.find((f) => f.text === t)?.entity)).toEqual(['zhipu', null, null, 'zhipu']);
  });
});

describe('the group named as such after a unit, and a business as a clause\'s subject (sentences of our own)', () => {
  test('"The parent\'s second-quarter revenue" after a story about its unit is the group\'s total', () => {
    const figs = readFigures('Kuaishou plans to list Kling separately, whose revenue rose 30%. The parent\'s second-quarter revenue rose 11% to 37.6 billion yuan.', { pageDate: '2026-09-22' });
    expect(['11%', '37.6 billion yuan'].map((t) => figs.find((f) => f.text === t)?.metric)).toEqual(['revenue-growth', 'revenue']);
  });
  test('"and online marketing services, its biggest business, grew 12% to 21.3 billion yuan" is that business\'s revenue', () => {
    const figs = readFigures('Kuaishou\'s adjusted net profit grew 18% to 5.6 billion yuan, and online marketing services, its biggest business, grew 12% to 21.3 billion yuan.', { pageDate: '2026-11-20' });
    expect(['12%', '21.3 billion yuan'].map((t) => figs.find((f) => f.text === t)?.metric)).toEqual(['other:segment-revenue-growth', 'other:segment-revenue']);
    const next = readFigures('Tencent\'s operating profit rose 9% to 60 billion yuan. Its games division grew 5% to 50 billion yuan.', { pageDate: '2026-11-20' });
    expect(next.find((f) => f.text === '50 billion yuan')?.metric).toBe('other:segment-revenue');
  });
});

describe('a company outside the vocabulary owning a result (sentences of our own)', () => {
  const TEXT = "The listing makes Tencent, Enflame's largest outside shareholder, one of the biggest winners. Enflame's revenue rose 148% to 1.54 billion yuan in the first nine months of the year. Its net loss narrowed to 612 million yuan. Margins. MiniMax's gross margin of 31.4% is the lowest of the group. On Friday's close, Zhipu's market value was HK$230 billion.";
  const figs = readFigures(TEXT, { pageDate: '2026-11-20' });
  const owner = (t: string) => figs.find((f) => f.text === t)?.entity;
  test('"Enflame\'s revenue rose 148%" and the sentence opened by "Its" after it are not the company named before', () => {
    expect([owner('148%'), owner('1.54 billion yuan'), owner('612 million yuan')]).toEqual([null, null, null]);
  });
  test('a known name after a capitalised word, or a day\'s possessive, is no unknown owner', () => {
    expect([owner('31.4%'), owner('HK$230 billion')]).toEqual(['minimax', 'zhipu']);
  });
});

describe('a company named inside an apposition (sentences of our own)', () => {
  test('"Zhipu, the only one of the AI tigers besides MiniMax to have listed, has a market value of …" is Zhipu\'s', () => {
    const figs = readFigures('Zhipu, the only one of the AI tigers besides MiniMax to have listed, has a market value of HK$230 billion.', { pageDate: '2026-08-06' });
    expect(figs.find((f) => f.text === 'HK$230 billion')?.entity).toBe('zhipu');
  });
  test('after a list, "Zhipu and MiniMax, the two that trade publicly, had a combined market value" is neither\'s', () => {
    const figs = readFigures('Zhipu and MiniMax, the two Chinese model makers that trade publicly, had a combined market value of about HK$290 billion at Friday\'s close.', { pageDate: '2026-10-20' });
    expect(figs.find((f) => f.text === 'HK$290 billion')?.entity).toBeNull();
  });
});

describe('a time said with 以来 before the market as a subject (a sentence of our own)', () => {
  test('"今年以来内地AI企业在港集资逾400亿港元" is the market\'s, not the company named before', () => {
    const figs = readFigures('阿里巴巴持股增至约29%；今年以来内地AI企业已在港集资逾400亿港元。', { pageDate: '2026-10-09' });
    expect(figs.find((f) => f.text === '400亿港元')?.entity).toBe('china-market');
  });
});

describe('companies named as what another followed or what set something off (sentences of our own)', () => {
  test('"has filed for a listing, following Zhipu and MiniMax" leaves the filer the subject of the next sentence', () => {
    const figs = readFigures('Shanghai-based StepFun has filed for a listing in Hong Kong, following Zhipu and MiniMax, which between them raised more than HK$8 billion in January. The prospectus shows revenue of 1.06 billion yuan last year. The following day, Zhipu said revenue rose 20%.', { pageDate: '2026-08-14' });
    expect(['1.06 billion yuan', '20%'].map((t) => figs.find((f) => f.text === t)?.entity)).toEqual(['stepfun', 'zhipu']);
  });
  test('"joining a summer of cuts set off by DeepSeek" leaves the company cutting the subject', () => {
    const figs = readFigures('Moonshot AI will halve the price of its paid tier, joining a summer of cuts set off by DeepSeek. Paid usage will cost 1 yuan per million input tokens.', { pageDate: '2026-08-05' });
    expect(figs.find((f) => f.text === '1 yuan')?.entity).toBe('moonshot');
  });
});

describe('the market named by its industry in Chinese (sentences of our own)', () => {
  test('"內地大模型行業首三季融資逾650億" is the market\'s, not the company the text names next', () => {
    const figs = readFigures('內地大模型行業首三季融資逾650億\n\n今年1月上市的MiniMax昨日公布業績。', { pageDate: '2026-10-20' });
    expect(figs.find((f) => f.text === '650億')?.entity).toBe('china-market');
  });
  test('an industry chain is no market: "国内AI产业链上的公司"', () => {
    const figs = readFigures('智谱上半年营收10亿元，国内AI产业链上游的芯片订单增长30%。', { pageDate: '2026-10-20' });
    expect(figs.find((f) => f.text === '30%')?.entity).not.toBe('china-market');
  });
});

describe('a list in parentheses names the members of a group (sentences of our own)', () => {
  test('"the big four cloud spenders (Alibaba, Tencent, ByteDance and Baidu) … up 38%" is none of theirs; a company before the list keeps its figures', () => {
    const group = readFigures('We now expect capex at the big four cloud spenders (Alibaba, Tencent, ByteDance and Baidu) to rise 38% this year, and pencil in RMB720-760bn for 2027.', { pageDate: '2026-09-15' });
    expect(['38%', 'RMB720-760bn'].map((t) => group.find((f) => f.text === t)?.entity)).toEqual([null, null]);
    const zh = readFigures('四大云厂商（阿里、腾讯、字节、百度）今年资本开支预计增长38%。', { pageDate: '2026-09-15' });
    expect(zh.find((f) => f.text === '38%')?.entity).toBeNull();
    const one = readFigures('Alibaba’s capex outpaced its peers (Tencent and Baidu), rising 38% to 40 billion yuan in 2026.', { pageDate: '2026-09-15' });
    expect(one.find((f) => f.text === '40 billion yuan')?.entity).toBe('alibaba');
  });
});

describe('a change named with the company it happened to (sentences of our own)', () => {
  test('"lagging a 52% rise in Alibaba" is Alibaba\'s move; the stock the sentence opened with keeps its own', () => {
    const figs = readFigures('Baidu reported results on Tuesday. The stock is up about 35% this year, lagging a 52% rise in Alibaba.', { pageDate: '2026-11-18' });
    expect(['35%', '52%'].map((t) => figs.find((f) => f.text === t)?.entity)).toEqual(['baidu', 'alibaba']);
  });
});

describe('a company named after a figure as what it is compared with (sentences of our own)', () => {
  test('"The stock has risen 212% since its January listing, vs. Zhipu\'s 255%": the first move is the story\'s company\'s', () => {
    const figs = readFigures('MiniMax reported 9M26 revenue of US$300mn. The stock has risen 212% since its January listing, vs. Zhipu’s 255% over the same period.', { pageDate: '2026-11-04' });
    expect(['212%', '255%'].map((t) => figs.find((f) => f.text === t)?.entity)).toEqual(['minimax', 'zhipu']);
  });
});

describe('a move to a price after the news that moved it (a sentence of our own)', () => {
  test('"rose 7.9% to HK$2.87 after saying … revenue in the first nine months grew 60%": the move and the price are the page\'s day\'s', () => {
    const figs = readFigures('SenseTime rose 7.9% to HK$2.87 after saying in a business update that generative AI revenue in the first nine months grew about 60%.', { pageDate: '2026-11-27' });
    expect(['7.9%', 'HK$2.87'].map((t) => figs.find((f) => f.text === t)).map((f) => [f?.metric, f?.period])).toEqual([['stock-change', '2026-11'], ['share-price', '2026-11']]);
  });
});

describe('names run together in a Chinese headline (a sentence of our own)', () => {
  test('"阿里腾讯百度三季度资本开支合计超700亿" is the three together, none of theirs', () => {
    const figs = readFigures('阿里腾讯百度三季度资本开支合计超700亿 仍不及谷歌一家', { pageDate: '2026-11-18' });
    expect(figs.find((f) => f.text === '700亿')?.entity).toBeNull();
  });
});

describe('an aside closed before a name (sentences of our own)', () => {
  test('"(from $85bn), and Meta lifted its outlook to $70bn": the "from" of the aside makes no investor of Meta', () => {
    const figs = readFigures('Alphabet lifted its capex outlook to $91bn (from $85bn), and Meta lifted its outlook to $70bn.', { pageDate: '2026-08-06' });
    expect(['$91bn', '$85bn', '$70bn'].map((t) => figs.find((f) => f.text === t)?.entity)).toEqual(['google', 'google', 'meta']);
  });
  test('a list that runs on past an aside is still a list: "investors including Zhipu (Z.ai) and MiniMax" are named as investors', () => {
    const figs = readFigures('Galbot said investors including Zhipu (Z.ai) and MiniMax put in 3 billion yuan.', { pageDate: '2026-08-06' });
    expect(figs.find((f) => f.text === '3 billion yuan')?.entity).not.toBe('minimax');
  });
  test('"相比之下" ("by contrast") opens a sentence about its own subject: it names nothing a comparison is made with', () => {
    const figs = readFigures('腾讯今年资本开支约900亿元。相比之下，美国四大云厂商今年资本开支合计预计超过6000亿美元，Meta一家的预算就高达1200亿美元。', { pageDate: '2026-08-06' });
    expect(figs.find((f) => f.text === '1200亿美元')?.entity).toBe('meta');
  });
  test('"国内版千问应用" is the domestic edition of one app, not the domestic market', () => {
    const figs = readFigures('阿里巴巴称，千问应用国际版10月月活跃用户达到1800万；相比之下，国内版千问应用月活跃用户约1.6亿。', { pageDate: '2026-11-20' });
    expect(figs.find((f) => f.text === '1.6亿')?.entity).toBe('alibaba');
  });
});

describe('后者 / 前者 / "the latter" / "the former" (sentences of our own)', () => {
  test('"后者" heading a clause is the company named last before it, "前者" the one before that', () => {
    const latter = readFigures('她指出，腾讯的投入仍远低于阿里巴巴，后者承诺三年投入逾3800亿元。', { pageDate: '2026-08-14' });
    expect(latter.find((f) => f.text === '3800亿元')?.entity).toBe('alibaba');
    const former = readFigures('智谱及MiniMax上月分别披露，6月日均Token用量为4.6万亿及2.1万亿，前者按年增长逾4倍。', { pageDate: '2026-09-14' });
    expect(former.find((f) => f.text === '4倍')?.entity).toBe('zhipu');
  });
  test('"the latter" after two companies is the second; a company named after the pointer takes over', () => {
    const figs = readFigures('Brokers prefer Zhipu and iFlytek; the latter trades at 42x next year\'s earnings.', { pageDate: '2026-09-14' });
    expect(figs.find((f) => f.text === '42x')?.entity).toBe('iflytek');
    const named = readFigures('Tencent spent less than Alibaba, the latter said, while Baidu spent 50 billion yuan.', { pageDate: '2026-08-14' });
    expect(named.find((f) => f.text === '50 billion yuan')?.entity).toBe('baidu');
  });
  test('a pointer to an index gives no company, and a semicolon ends what the pointer heads', () => {
    const index = readFigures('智谱今年以来跑赢恒生科技指数，后者同期累升约18%。', { pageDate: '2026-09-14' });
    expect(index.find((f) => f.text === '18%')?.entity).toBeNull();
    const semi = readFigures('腾讯的投入仍远低于阿里巴巴，后者承诺三年投入逾3800亿元；腾讯今年则投入约900亿元。', { pageDate: '2026-08-14' });
    expect(semi.find((f) => f.text === '900亿元')?.entity).toBe('tencent');
  });
});

describe('the group money went to, heading its sentence (a sentence of our own)', () => {
  test('"Investment in Chinese AI start-ups reached 51 billion yuan" is the market\'s funding, not that of a company named later', () => {
    const figs = readFigures('Investment in Chinese AI start-ups reached 51 billion yuan in the second quarter. Baichuan raised 2 billion yuan.', { pageDate: '2026-07-08' });
    expect(figs.find((f) => f.text === '51 billion yuan')).toMatchObject({ entity: 'china-market', metric: 'funding' });
  });
});

describe('"国内AI原生App月活总规模" (a sentence of our own)', () => {
  test('is the domestic market\'s apps together, not the last company named', () => {
    const figs = readFigures('数据显示，10月DeepSeek月活约1.4亿，国内AI原生App月活总规模达到9.2亿。', { pageDate: '2026-11-13' });
    expect(figs.find((f) => f.text === '9.2亿')?.entity).toBe('china-market');
  });
});


describe('a company named inside an aside the sentence closes (a sentence of our own)', () => {
  test('"Baidu, which reported a day after Tencent, told a similar story. Revenue rose …" goes on about Baidu', () => {
    const figs = readFigures('Baidu, which reported results a day after Tencent, told a similar story. Revenue rose 3% to 31.2 billion yuan in the third quarter.', { pageDate: '2026-11-20' });
    expect(figs.map((f) => [f.text, f.entity])).toEqual([['3%', 'baidu'], ['31.2 billion yuan', 'baidu']]);
  });
});

describe('the apps 元宝 and 文小言 by their own names (a sentence of our own)', () => {
  test('"千问约1.9亿次，元宝约1.7亿次，文小言约6000万次" are Alibaba\'s, Tencent\'s and Baidu\'s', () => {
    const figs = readFigures('今年前三季度，千问累计下载量约1.9亿次，元宝约1.7亿次，文小言约6000万次。', { pageDate: '2026-11-05' });
    expect(figs.map((f) => f.entity)).toEqual(['alibaba', 'tencent', 'baidu']);
  });
});

describe('the average of a group, in Chinese (a sentence of our own)', () => {
  test('"较发行价上涨86%，低于科创板新股上市首日平均213%的涨幅" is the new listings\' average, not the company\'s', () => {
    const figs = readFigures('智谱A股收盘较发行价上涨86%，低于今年以来科创板新股上市首日平均213%的涨幅。', { pageDate: '2026-08-06' });
    expect(figs.map((f) => [f.text, f.entity])).toEqual([['86%', 'zhipu'], ['213%', null]]);
  });
});

describe('the leaders of a market together (a sentence of our own)', () => {
  test('"The top five vendors held 71.3% of the market" is no single company\'s share', () => {
    const figs = readFigures('Volcano Engine won share, IDC said. The top five vendors held 71.3% of the market.', { pageDate: '2026-09-10' });
    expect(figs.find((f) => f.text === '71.3%')?.entity).toBeNull();
  });
});

describe('a product raises no money (sentences of our own)', () => {
  test('"Moonshot … Claude changed that. A round led by state funds lifted its valuation" is Moonshot\'s valuation, not Anthropic\'s', () => {
    const figs = readFigures('Moonshot AI raised $60 million in its first round in 2023. Claude changed that. A round led by state funds in May 2024 brought in $1 billion and lifted its valuation to $2.5 billion.', { pageDate: '2026-10-02' });
    expect(figs.filter((f) => f.text === '$2.5 billion' || f.text === '$1 billion').map((f) => f.entity)).toEqual(['moonshot', 'moonshot']);
  });
  test('"when Gemini set off a rush among investors, it raised 3 billion yuan" is the company\'s round, not Google\'s', () => {
    const figs = readFigures('StepFun was founded in 2023. In 2025, when Gemini set off a rush among investors, it raised 3 billion yuan from Tencent and state funds.');
    expect(figs.find((f) => f.text === '3 billion yuan')?.entity).toBe('stepfun');
  });
  test('a product still owns its users and its sales: "ChatGPT had 800 million weekly users; its revenue reached $13 billion"', () => {
    const figs = readFigures('ChatGPT had 800 million weekly users in October. Its revenue reached $13 billion last year.', { pageDate: '2026-11-02' });
    expect(figs.map((f) => f.entity)).toEqual(['openai', 'openai']);
  });
});

describe('several companies as one subject: "the three booked" (a sentence of our own)', () => {
  test('"Between them, the three booked revenue of …" is none of theirs', () => {
    const f = readFigures('Zhipu, MiniMax and StepFun all filed this year. Between them, the three booked revenue of 4.1 billion yuan in 2025.', { pageDate: '2026-09-01' });
    expect(f.map((x) => [x.text, x.entity])).toEqual([['4.1 billion yuan', null]]);
  });
  test('"the three months" is no subject', () => {
    expect(readFigures('Zhipu said revenue in the three months rose 30% to 400 million yuan.', { pageDate: '2026-09-01' }).map((x) => x.entity)).toEqual(['zhipu', 'zhipu']);
  });
});

describe('a company named as the one left out is no subject (sentences of our own)', () => {
  test('"若剔除百度，其余四家…增速为41%", "Excluding Baidu, the other four …"', () => {
    expect(readFigures('阿里资本开支为380亿元。若剔除百度，其余四家合计资本开支1210亿元，增速为41%。', { pageDate: '2026-11-20' }).map((x) => [x.text, x.entity])).toEqual([['380亿元', 'alibaba'], ['1210亿元', null], ['41%', null]]);
    expect(readFigures('Excluding Baidu, capital spending at the other four rose 41% to 121 billion yuan.', { pageDate: '2026-11-20' }).map((x) => x.entity)).toEqual([null, null]);
  });
});

describe('a heading line names the company of the item below it (a newsletter of our own)', () => {
  test('"► iFlytek (002230.SZ)" above "Revenue growth was steady; net loss … RMB112 million" makes the loss iFlytek\'s claim', () => {
    const text = 'THE DESK\n\n► SenseTime (0020.HK)\nRevenue rose 29% to RMB3.05 billion in the first half.\n\n► iFlytek (002230.SZ)\nRevenue growth was steady; net loss attributable to shareholders was RMB112 million in the first half.';
    const figures = readFigures(text, { pageDate: '2026-08-28' });
    const { claims } = extractClaims(figures, text, { file: 'x', url: null, title: null, siteName: null, date: '2026-08-28', lang: null });
    expect(claims.map((c) => `${c.entity} ${c.metric} ${c.value}`)).toContain('iflytek net-loss 112000000');
    // (a line that is a sentence, or that gives a figure, is no heading)
    const said = 'THE DESK\n\n► SenseTime rose 29% to RMB3.05 billion in the first half.\nMiniMax said it would list.\nRevenue was RMB900 million in the first half.';
    const f2 = readFigures(said, { pageDate: '2026-08-28' });
    expect(extractClaims(f2, said, { file: 'x', url: null, title: null, siteName: null, date: '2026-08-28', lang: null }).claims.map((c) => c.value)).not.toContain(900000000);
  });
  test('a heading opening a block of lines names the company of every line in it ("iFlytek\\nThe rumour: …\\nThe report: …")', () => {
    const text = 'SenseTime and iFlytek reported half-year results this week.\n\niFlytek\nThe rumour: "iFlytek is back in profit", said a post shared widely.\nThe report: Revenue rose 17.9% to 12.86 billion yuan in the first half.\n';
    const claims = (t: string) => extractClaims(readFigures(t, { pageDate: '2026-08-28' }), t, { file: 'x', url: null, title: null, siteName: null, date: '2026-08-28', lang: null }).claims.map((c) => `${c.entity} ${c.metric} ${c.value}`);
    expect(claims(text)).toContain('iflytek revenue 12860000000');
    // (a blank line ends the block: the heading's company is not carried past it into another item)
    const apart = 'SenseTime and iFlytek reported half-year results this week.\n\niFlytek\nThe rumour: "iFlytek is back in profit", said a post shared widely.\n\nThe report: Revenue rose 17.9% to 12.86 billion yuan in the first half.\n';
    expect(claims(apart)).not.toContain('iflytek revenue 12860000000');
  });
});

describe('columns aligned with spaces, as plain-text newsletters set tables (tables of our own)', () => {
  test('metric from the header, growth from the column before, company from the row, the period in force or the caption', () => {
    const text = 'THE DESK\nFigures are for the three months to September 30 unless stated.\n\nSNAPSHOT\nCompany     Revenue      y/y     Net loss\nZhipu       RMB0.98bn    +120%   RMB0.60bn\nMiniMax     US$70.2m     +150%   US$88m\n';
    const f = readFigures(text, { pageDate: '2026-11-20' });
    expect(f.map((x) => [x.text, x.entity, x.metric, x.period])).toEqual([
      ['RMB0.98bn', 'zhipu', 'revenue', '2026-Q3'],
      ['+120%', 'zhipu', 'revenue-growth', '2026-Q3'],
      ['RMB0.60bn', 'zhipu', 'net-loss', '2026-Q3'],
      ['US$70.2m', 'minimax', 'revenue', '2026-Q3'],
      ['+150%', 'minimax', 'revenue-growth', '2026-Q3'],
      ['US$88m', 'minimax', 'net-loss', '2026-Q3'],
    ]);
    const captioned = 'EARNINGS SNAPSHOT (three months to March 31)\n                Revenue       y/y\nBaidu           RMB32.4bn     -3%\n';
    expect(readFigures(captioned, { pageDate: '2026-05-20' }).map((x) => [x.metric, x.period])).toEqual([['revenue', '2026-Q1'], ['revenue-growth', '2026-Q1']]);
  });
  test('a bare number is counted in the scale its header or the caption names ("(RMB bn)", "Revenue (US$m)")', () => {
    const captioned = 'Figures for the quarter to September 30.\n\nQ3 AT A GLANCE (RMB bn)\n              Revenue    y/y\nAlibaba       268.2      +8%\nBaidu         8.3        +9%\n';
    expect(readFigures(captioned, { pageDate: '2026-11-20' }).map((x) => [x.entity, x.metric, x.value, x.unit])).toEqual([
      ['alibaba', 'revenue', 268_200_000_000, 'CNY'],
      ['alibaba', 'revenue-growth', 0.08, 'percent'],
      ['baidu', 'revenue', 8_300_000_000, 'CNY'],
      ['baidu', 'revenue-growth', 0.09, 'percent'],
    ]);
    const piped = '| Company | Revenue (US$m) |\n| MiniMax | 118.4 |\n';
    expect(readFigures(piped, { pageDate: '2026-08-28' }).map((x) => [x.value, x.unit])).toEqual([[118_400_000, 'USD']]);
  });
  test('a row opened by a day is of that month ("Jun 11  Moonshot  US$14.5bn" under "Post-money")', () => {
    const text = 'THE BIG ROUNDS\nDate     Company      Post-money\nMar 9    Baichuan     RMB32bn\nJun 11   Moonshot     US$14.5bn\n';
    expect(readFigures(text, { pageDate: '2026-07-03' }).map((x) => [x.entity, x.metric, x.period])).toEqual([['baichuan', 'valuation', '2026-03'], ['moonshot', 'valuation', '2026-06']]);
  });
  test('a column headed by a year only is of the metric the caption names ("NET LOSS (US$m)" over "Company  2024  2025")', () => {
    const text = 'Losses at the listed pair\n\nNET LOSS (US$m)\nCompany        2024       2025\nMiniMax        465.2      512.0\nZhipu          287.6      340.5\n\nBoth still burn cash.';
    expect(readFigures(text, { pageDate: '2026-04-02' }).map((x) => [x.entity, x.metric, x.period, x.value])).toEqual([
      ['minimax', 'net-loss', '2024', 465_200_000],
      ['minimax', 'net-loss', '2025', 512_000_000],
      ['zhipu', 'net-loss', '2024', 287_600_000],
      ['zhipu', 'net-loss', '2025', 340_500_000],
    ]);
    // (a caption that is a sentence, or names two metrics, names none for the table)
    const sentence = 'The table below shows net loss in US$m.\nCompany        2024       2025\nMiniMax        465.2      512.0\n';
    expect(readFigures(sentence, { pageDate: '2026-04-02' })).toEqual([]);
    const two = 'REVENUE AND NET LOSS (US$m)\nCompany        2024       2025\nMiniMax        465.2      512.0\n';
    expect(readFigures(two, { pageDate: '2026-04-02' })).toEqual([]);
  });
  test('prose typed with two spaces after a full stop is no table', () => {
    expect(findTableRows(normalizeText('Zhipu grew 20%.  MiniMax fell 3%.  Baidu held.\nRevenue rose.  Costs fell.  Loss narrowed.'))).toEqual([]);
  });
});

// A text that opens on a company the vocabulary does not know is about that company: a tracked company it names after
// (a customer, a rival) is not the text's own. Sentences written for these tests.
describe('a text that opens on a company the reader does not know', () => {
  const claimsOf = (text: string, date: string) => {
    const figures = readFigures(text, { pageDate: date });
    return extractClaims(figures, text, { file: 'a.txt', url: null, title: null, siteName: null, date, lang: null }).claims.map((c) => [c.entity, c.value]);
  };

  test('known by an apposition, a trade word, a company word in its name or a stock code: its figures are no customer\'s', () => {
    const tail = '\n\nRevenue rose 21% to 2.8 billion yuan in the second quarter.';
    expect(claimsOf(`Norlink Group, one of China's largest data-centre operators, raised its forecast on Tuesday after a single customer – said to be ByteDance – signed for more racks.${tail}`, '2026-08-20')).toEqual([]);
    expect(claimsOf(`Shanghai-listed server maker Qiyuan Data said on Tuesday that orders from Alibaba doubled.${tail}`, '2026-08-20')).toEqual([]);
    expect(claimsOf(`Harbor Compute Holdings posted a jump in profit on Tuesday as Zhipu rented more chips.${tail}`, '2026-08-20')).toEqual([]);
    expect(claimsOf('【本報訊】星河雲（2388）昨日公布第二季業績，智譜等模型公司租用更多算力。\n\n期內收入按年增長21%至28億元。', '2026-08-20')).toEqual([]);
  });

  test('only at the page\'s opening: a window read from mid-page (a chunk with its context) takes no company from its first lines', () => {
    const opening = 'Harbor Compute Holdings posted a jump in profit on Tuesday as Zhipu rented more chips.\n\nRevenue rose 21% to 2.8 billion yuan in the second quarter.';
    expect(claimsOf(opening, '2026-08-20')).toEqual([]);
    expect(readFigures(opening, { pageDate: '2026-08-20', midPage: true }).find((f) => f.text === '2.8 billion yuan')!.entity).toBe('zhipu');
    expect(readFigures(opening, { pageDate: '2026-08-20' }).find((f) => f.text === '2.8 billion yuan')!.entity).toBeNull();
  });

  test('a tracked company named with a company word, a broker, a person or a place is no unknown company', () => {
    const tail = '\n\nRevenue rose 21% to 2.8 billion yuan in the second quarter.';
    expect(claimsOf(`Alibaba Group Holding said on Tuesday that its cloud arm grew faster.${tail}`, '2026-08-20')).toContainEqual(['alibaba', 2.8e9]);
    expect(claimsOf('【本報訊】騰訊控股（0700）昨日公布第二季業績。\n\n期內收入按年增長21%至28億元。', '2026-08-20')).toContainEqual(['tencent', 2.8e9]);
    expect(claimsOf(`Nomura Securities said on Tuesday that Baidu would gain from the cloud.${tail}`, '2026-08-20')).toContainEqual(['baidu', 2.8e9]);
    expect(claimsOf(`Chen Hao, president of Baidu's cloud arm, said on Tuesday the unit would grow.${tail}`, '2026-08-20')).toContainEqual(['baidu', 2.8e9]);
  });
});

// A company added to a list in an aside ("together with", "along with") is one of the list's subject: the amount the
// list spent is none of theirs alone. Sentences written for this test.
describe('a company added to a list in an aside', () => {
  test('"A, B and C, together with D, spent …" is said of all four', () => {
    check(['Alibaba, Tencent and Baidu, together with privately held ByteDance, spent about 380 billion yuan on capital expenditure in 2025.', '2026-03-31', '380 billion yuan', null, 'capex', '2025']);
    check(['Baidu, along with Alibaba, spent about 90 billion yuan on chips in 2025.', '2026-03-31', '90 billion yuan', null, 'capex', '2025']);
    check(['Baidu, together with its partners, spent about 5 billion yuan on chips in 2025.', '2026-03-31', '5 billion yuan', 'baidu', 'capex', '2025']);
  });
});

describe('a company named in an apposition after the subject (sentences of our own)', () => {
  const text = "Zhipu's shares rose 3%. Baidu Inc., Alibaba's closest rival in cloud, reported second-quarter revenue of 32.7 billion yuan, up 4%, with AI cloud making up 26% of it.";
  test.each<Row>([
    [text, '2026-08-20', '32.7 billion yuan', 'baidu', 'revenue', '2026-Q2'],
    [text, '2026-08-20', '4%', 'baidu', 'revenue-growth', '2026-Q2'],
  ])('%s → %s', (...row) => check(row));
});

describe('a company named in an aside about the subject (sentences of our own)', () => {
  const qwen = "The Yuanbao app, relaunched last year as Tencent's answer to Doubao, had 62 million monthly active users in September.";
  const shares = "Shares of Tencent, one of MiniMax's earliest backers, rose 2.1% in Hong Kong on Wednesday.";
  test.each<Row>([
    [qwen, '2026-10-20', '62 million', 'tencent', 'users', '2026-09'],
    [shares, '2026-10-22', '2.1%', 'tencent', 'stock-change', '2026-10'],
  ])('%s → %s', (...row) => check(row));
});

describe('a company named in Chinese as a holder or an investor (sentences of our own)', () => {
  // (the round and the valuation after the investor are the raiser's: here a company outside the vocabulary, so no one's)
  const holder = '股东方面，腾讯于6月C轮融资后持股7.2%，为最大外部股东；该轮融资额36亿元，投后估值640亿元。';
  // (the raiser named before its investor in the same sentence)
  const raiser = 'MiniMax于2024年3月完成6亿美元B轮融资，腾讯将持有其5%股权，投后估值25亿美元。';
  test.each<Row>([
    [holder, '2026-09-30', '36亿元', null, 'funding', '2026-06'],
    [holder, '2026-09-30', '640亿元', null, 'valuation', '2026-06'],
    [raiser, '2026-09-30', '25亿美元', 'minimax', 'valuation', '2024-03'],
  ])('%s → %s', (...row) => check(row));
  test('the stake right after 持股 stays the holder\'s', () => {
    expect(readFigures(holder, { pageDate: '2026-09-30' }).find((f) => f.text === '7.2%')!.entity).toBe('tencent');
  });
});

describe('a rival opening a clause as its subject, and an amount a year (sentences of our own)', () => {
  const rival = 'Spending on AI is rising across the industry, and rival Li Auto has said it will put about 12 billion yuan into AI this year.';
  const flow = 'Xiaomi routes translation to Doubao, an arrangement that one analyst estimates is worth about 45 million yuan a year to ByteDance.';
  test.each<Row>([
    [rival, '2026-08-19', '12 billion yuan', null, 'capex', '2026'],
    ['Zhipu’s revenue rose 20% in 2025, while rival MiniMax posted revenue of $300 million.', '2026-08-19', '$300 million', 'minimax', 'revenue', '2025'],
  ])('%s → %s', (...row) => check(row));
  test('an amount worth so much a year is no valuation', () => {
    expect(readFigures(flow, { pageDate: '2026-08-19' }).find((f) => f.text === '45 million yuan')!.metric).not.toBe('valuation');
    expect(readFigures('Moonshot is worth $4 billion.', { pageDate: '2026-08-19' })[0]!.metric).toBe('valuation');
  });
});

describe('"The Hong Kong-listed company" opening a sentence refers back to the subject before (sentences of our own)', () => {
  const text = 'Beijing-based Zhipu said its gross margin narrowed as a price war among Chinese model developers pushed its customers onto cloud access.\n\nThe Hong Kong-listed company’s gross margin fell to 41.2 per cent in the six months to June.';
  test.each<Row>([[text, '2026-08-28', '41.2 per cent', 'zhipu', 'gross-margin', '2026-H1']])('%s → %s', (...row) => check(row));
});

describe('a company named as what the subject is compared with (sentences of our own)', () => {
  const zh = '智谱2025年收入为31.2亿元，是MiniMax的近两倍，但归母净亏损达47.6亿元。';
  const en = 'MiniMax’s first-half revenue rose 170%. The figures compare with RMB703.7 million of first-half revenue at rival Zhipu, which plans a second listing.';
  test.each<Row>([
    [zh, '2026-03-30', '47.6亿元', 'zhipu', 'net-loss', '2025'],
    [en, '2026-08-27', 'RMB703.7 million', 'zhipu', 'revenue', '2026-H1'],
  ])('%s → %s', (...row) => check(row));
});

describe('the industry\'s total after a list of its products (sentences of our own)', () => {
  test('"行业总MAU" is the market\'s, not the last product\'s', () => {
    const read = readFigures('某券商预计，到2026年底Kimi月活将达到1亿，元宝将达到1.5亿，行业总月活有望超过7亿。', { pageDate: '2026-07-10' });
    expect(read.map((f) => f.entity)).toEqual(['moonshot', 'tencent', 'china-market']);
  });
});

describe('a headline that runs two names together (sentences of our own)', () => {
  test('"智譜MiniMax市值逾4000億": the two together, neither alone', () => {
    expect(readFigures('智譜MiniMax市值逾4000億 估值還能撐多久', { pageDate: '2026-09-20' })[0]!.entity).toBeNull();
    expect(readFigures('MiniMax市值逾2000億', { pageDate: '2026-09-20' })[0]!.entity).toBe('minimax');
  });
});

/** The figure written `surface` in `text`, read on a page dated 2026-09-01. */
const at = (text: string, surface: string) => readFigures(text, { pageDate: '2026-09-01' }).find((f) => f.text === surface)!;

describe('tenders: a clause of its own after ", and", and a bid that is no contract (sentences of our own)', () => {
  test('"…from a state-owned grid operator in April, and iFlytek signed a 376 million yuan project": iFlytek\'s', () => {
    const t = 'Baidu won a 462 million yuan contract from a state-owned grid operator in April, and iFlytek signed a 376 million yuan education project in Anhui province in May.';
    expect(at(t, '376 million yuan').entity).toBe('iflytek');
    expect(at(t, '462 million yuan').entity).toBe('baidu');
    // (a list after "from" still names investors, not the subject: "backed by Tencent, Alibaba, and Baidu")
    expect(at('MiniMax, backed by Tencent, Alibaba, and Baidu, raised $600 million in May.', '$600 million').entity).toBe('minimax');
  });
  test('"beating a bid of 702 million yuan from SenseTime", "iFlytek had bid 1.13 billion yuan": a bid is no contract value', () => {
    const t = 'In June, Alibaba Cloud won a 688 million yuan contract to build a computing centre in Shanghai, beating a bid of 702 million yuan from SenseTime.';
    expect(at(t, '688 million yuan').metric).toBe('contract-value');
    expect(at(t, '702 million yuan').metric).toBeNull();
    expect(at('iFlytek had bid 1.13 billion yuan for the platform.', '1.13 billion yuan').metric).toBeNull();
  });
});

describe('a ranking and a count set beside with its owner after it (sentences of our own)', () => {
  test('"remains the most-used app after ByteDance\'s Doubao, with 149 million users": the subject\'s', () => {
    expect(at("DeepSeek, which has never taken outside money, remains the most-used Chinese model app after ByteDance's Doubao, with 149 million monthly active users in July.", '149 million').entity).toBe('deepseek');
    // ("after" of time is no ranking)
    expect(at('After Zhipu listed in January, MiniMax raised $600 million.', '$600 million').entity).toBe('minimax');
  });
  test('"more than the 132 million users of DeepSeek\'s app": the owner named after the count', () => {
    const t = "Doubao had 159 million monthly active users in March, more than the 132 million users of DeepSeek's app and almost six times Kimi's 27 million.";
    expect(at(t, '132 million').entity).toBe('deepseek');
    expect(at(t, '159 million').entity).toBe('bytedance');
  });
});

describe('"分别" of companies named apart, and "两者" of the two named last (sentences of our own)', () => {
  test('"预期智谱全年收入约14.5亿元，MiniMax则约4.1亿美元，按年分别增长约120%及150%"', () => {
    const t = '她预期智谱全年收入约14.5亿元，MiniMax则约4.1亿美元，按年分别增长约120%及150%。';
    expect(at(t, '120%').entity).toBe('zhipu');
    expect(at(t, '150%').entity).toBe('minimax');
  });
  test('"两者市值分别约2190亿港元及1240亿港元" after the two closing prices', () => {
    const t = '股价方面，智谱昨日收报498港元，升3.1%；MiniMax收报405港元，跌1.2%。两者市值分别约2190亿港元及1240亿港元。';
    expect(at(t, '2190亿港元').entity).toBe('zhipu');
    expect(at(t, '1240亿港元').entity).toBe('minimax');
  });
  test('a list said "respectively" in a clause that names its own company stays that company\'s', () => {
    const t = "Alibaba's Qwen3.5-Plus charges 0.8 yuan per million input tokens and 4.8 yuan for output, while ByteDance's Doubao-Seed-2.0-Pro lists at 0.6 yuan and 3.6 yuan respectively.";
    expect(at(t, '0.6 yuan').entity).toBe('bytedance');
    expect(at(t, '3.6 yuan').entity).toBe('bytedance');
  });
});
