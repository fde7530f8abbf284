// Metric words of financial news that name a different fact from their neighbours: receivables collected against
// sales collections, the days receivables take against the amount collected, registered users against active users,
// and an amount a metric rose or fell by against the level it reached. Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { extractClaims } from '../../src/core/extract-claims';
import { readFigures } from '../../src/core/read-figures';

function figure(text: string, surface: string) {
  const f = readFigures(text).find((x) => x.text === surface);
  expect(f, `no "${surface}" in ${readFigures(text).map((x) => x.text).join(' | ')}`).toBeDefined();
  return f!;
}

describe('receivables', () => {
  test('trade receivables collected are not sales collections', () => {
    expect(figure('2024年,某公司应收账款回款额达到58亿元。', '58亿元').metric).toBe('other:receivables-collected');
    expect(figure('In 2024 the firm said trade receivables collected reached RMB4.1bn.', 'RMB4.1bn').metric).toBe('other:receivables-collected');
    expect(figure('2024年,某公司销售回款达到80亿元。', '80亿元').metric).toBe('other:sales-collections');
  });
  test('"sales collections" in English are collections, no sales', () => {
    expect(figure('Sales collections, a gauge watched for a company that sells to local governments, rose 9% to 14.2 billion yuan in the first half.', '14.2 billion yuan').metric).toBe('other:sales-collections');
    expect(figure('Sales rose 9% to 14.2 billion yuan in the first half.', '14.2 billion yuan').metric).toBe('revenue');
  });

  test('the days receivables take to collect are a count of days, and their fall a change', () => {
    expect(figure('2024年,该公司应收账款周转天数同比缩短12%。', '12%').metric).toBe('other:receivable-days-change');
    expect(figure('In 2024, receivable turnover days fell 8% from a year earlier.', '8%').metric).toBe('other:receivable-days-change');
  });
});

describe('users', () => {
  test('registered users are told apart from active users', () => {
    expect(figure('In 2024, registered users of the app grew 140%.', '140%').metric).toBe('other:registered-user-growth');
    expect(figure('In 2024, monthly active users of the app grew 40%.', '40%').metric).toBe('other:users-growth');
  });

  test('registered developers are a running total apart from the developers active now', () => {
    expect(figure('As of June 2026, Baidu registered developers numbered more than 5 million.', '5 million').metric).toBe('other:registered-developers');
    expect(figure('截至2026年6月，百度千帆平台注册开发者数量超过500万。', '500万').metric).toBe('other:registered-developers');
    expect(figure('As of June 2026, Baidu had 600,000 active developers.', '600,000').metric).toBe('other:developers');
  });

  test('daily active users are a fact apart from monthly ones', () => {
    expect(figure('The chatbot had 45 million daily active users in June and 150 million monthly active users.', '45 million').metric).toBe('other:daily-active-users');
    expect(figure('The chatbot had 45 million daily active users in June and 150 million monthly active users.', '150 million').metric).toBe('users');
    expect(figure('截至6月底,该应用日活跃用户数突破4500万,月活跃用户约1.5亿。', '4500万').metric).toBe('other:daily-active-users');
    expect(figure('截至6月底,该应用日活跃用户数突破4500万,月活跃用户约1.5亿。', '1.5亿').metric).toBe('users');
    expect(figure('該應用日活躍用戶數突破4,500萬。', '4,500萬').metric).toBe('other:daily-active-users');
  });
});

describe('a part\'s share of an amount', () => {
  test('"more than 60% of it came from outside China", "约70%来自本地化部署" are shares of the revenue, not its growth', () => {
    expect(figure('Zhipu revenue in the first half of 2026 was 390 million yuan, and more than 60% came from on-premise projects.', '60%').metric).toBe('other:revenue-share');
    expect(figure('In 2025, Baidu AI cloud revenue rose 30%, and 40% of it came from outside China.', '40%').metric).toMatch(/revenue-share$/);
    expect(figure('In 2025, Baidu AI cloud revenue rose 30%, and 40% of it came from outside China.', '30%').metric).toBe('other:segment-revenue-growth');
    expect(figure('2025年，智谱收入增长80%，其中约70%来自本地化部署。', '70%').metric).toBe('other:revenue-share');
  });

  test('"more than 60% of it earned abroad", "六成的收入来自海外" are the overseas share of revenue, not growth', () => {
    expect(figure('Sales at Moonshot rose to $90m in 2025, more than 60% of it earned abroad.', '60%').metric).toBe('other:overseas-revenue-share');
    expect(figure('2025年，月之暗面61%的收入来自海外。', '61%').metric).toBe('other:overseas-revenue-share');
    expect(figure('Sales at Moonshot rose 60% in 2025, driven by users abroad.', '60%').metric).toBe('revenue-growth');
  });
  test('"see the overseas share staying above 70%" is the overseas share of revenue; an "overseas share sale" is none', () => {
    expect(figure('Analysts forecast revenue of $380 million for 2026 and see the overseas share staying above 70%.', '70%').metric).toBe('other:overseas-revenue-share');
    expect(figure('Its overseas share sale raised $500 million, 20% more than planned.', '20%').metric).not.toMatch(/revenue-share/);
  });

  test('"made up 12% of the year\'s total" is a share of what the sentence counts: of revenue a revenue share, of anything else no metric the vocabulary has, never growth', () => {
    expect(figure('Kuaishou said paying users in Japan made up 12% of the year\'s total in 2025.', '12%').metric).toBeNull();
    expect(figure('Tencent said foreign clients accounted for about 30% of cloud users in 2025.', '30%').metric).toBeNull();
    expect(figure('Tencent said foreign clients accounted for about 30% of revenue in 2025.', '30%').metric).toMatch(/revenue-share$/);
    expect(figure('Tencent said cloud users rose 30% in 2025.', '30%').metric).not.toBeNull();
  });
});

describe('a forecast said with "could generate … in annual revenue by 2030"', () => {
  test('the year after "annual revenue" is its period, "could generate" a forecast, and a unit that earns it a part', () => {
    const read = (text: string, surface: string) => readFigures(text, { pageDate: '2026-05-21' }).find((f) => f.text === surface)!;
    const group = read('Tencent could generate as much as 1 trillion yuan in annual revenue by 2030, analysts said.', '1 trillion yuan');
    expect([group.metric, group.period, group.qualifier]).toEqual(['revenue', '2030', 'forecast']);
    const unit = read("BEIJING, May 21 - Tencent's cloud unit could generate about 200 billion yuan in annual revenue by 2030, analysts said.", '200 billion yuan');
    expect([unit.metric, unit.period, unit.qualifier]).toEqual(['other:segment-revenue', '2030', 'forecast']);
    // ("annual revenue" with no year after it: the last full year)
    expect(read("Tencent's annual revenue was 700 billion yuan, it said in March.", '700 billion yuan').period).toBe('2025');
  });
});

describe('run-rates, shares of R&D, private rounds', () => {
  test('"run-rate revenue" is a run-rate; "约占研发投入的70%" a share of R&D, no R&D ratio; "the valuation of its last private round" no market value', () => {
    expect(figure("Moonshot's run-rate revenue topped $300 million in October 2026.", '$300 million').metric).toBe('arr');
    expect(figure('智谱此前披露，2025年其算力服务费用达到31.6亿元，约占研发投入的70%。', '70%').metric).toBeNull();
    expect(figure('2025年，智谱研发投入约占收入的300%。', '300%').metric).toBe('rd-ratio');
    const listed = 'Zhipu is up about 200% from its IPO price of HK$116.20 and is valued at HK$200 billion, four times the $5 billion valuation of its last private round.';
    expect(figure(listed, '$5 billion').metric).toBe('valuation');
  });
});

describe('valuation multiples in broker notes', () => {
  test('"30x 2027E EV/sales", "43x EV/ARR": the multiple the words after it name, past a year tag; no sum of money is one', () => {
    expect(figure('Top pick: Zhipu, TP HK$480, based on 30x 2027E EV/sales.', '30x').metric).toBe('other:ev-to-sales');
    const arr = 'Moonshot: we estimate 2026E ARR at US$420mn, implying 43x EV/ARR at the US$18bn mark.';
    expect(figure(arr, '43x').metric).toBe('other:ev-to-arr');
    expect(figure(arr, 'US$18bn').metric).not.toBe('other:ev-to-arr');
    // (a list of companies' multiples, a year between them: "48 times forecast 2027 revenue and Zhipu at 30 times")
    expect(figure('MiniMax trades at about 48 times forecast 2027 revenue and Zhipu at 30 times.', '30 times').metric).toBe('price-to-sales');
    expect(figure('Zhipu trades at roughly 48 times forecast 2026 sales, according to calculations based on LSEG consensus, and MiniMax at about 65 times.', '65 times').metric).toBe('price-to-sales');
  });
});

describe('one company compared with another', () => {
  test('"30% larger than Zhipu\'s", "2.5 times MiniMax\'s", "反超智谱约28%", "为商汤收入逾10倍" compare two companies: no growth of either', () => {
    expect(figure("By 2025 Moonshot's sales were roughly 30% larger than Zhipu's.", '30%').metric).toBeNull();
    expect(figure("Moonshot revenue in 2025 was 2.5 times MiniMax's.", '2.5 times').metric).toBeNull();
    expect(figure('2025年，月之暗面营收达到9亿元，反超智谱约28%。', '28%').metric).toBeNull();
    expect(figure('百度智能云同季收入达300亿元，为商汤上半年收入逾10倍。', '10倍').metric).toBeNull();
    // (a change over time, and a valuation as a multiple of revenue, stay what they are)
    expect(figure("Moonshot's sales rose 30% in 2025, faster than Zhipu's.", '30%').metric).toBe('revenue-growth');
    expect(figure('投资人说，180亿美元的估值大约是月之暗面明年预期收入的25倍。', '25倍').metric).not.toBeNull();
  });
});

describe('shares of a market said as a list', () => {
  test('"China\'s market for X reached Y, with Volcano Engine holding 46%, Alibaba Cloud 27% and Baidu 17%": each a market share, not growth', () => {
    const text = "IDC said China's market for speech models reached 2 billion yuan in 2025, with iFlytek holding 41%, Baidu 22% and Alibaba 15%.";
    expect(['41%', '22%', '15%'].map((s) => figure(text, s).metric)).toEqual(['market-share', 'market-share', 'market-share']);
    // (no market named: a move, not a share)
    expect(figure('Shares of Zhipu rose on Monday, with Zhipu holding 5% gains by noon.', '5%').metric).not.toBe('market-share');
  });
});

describe('a rival named as a web address', () => {
  test('"competes with Pony.ai, WeRide and Alphabet\'s Waymo": the dot of Pony.ai ends no sentence, so Alphabet stays a rival, not the subject', () => {
    expect(figure("Apollo Go, which competes with Pony.ai, WeRide and Alphabet's Waymo, gave 2.2 million rides in the second quarter of 2026.", '2.2 million').entity).toBe('baidu');
  });

  test('a unit named in an earlier paragraph is no longer the subject: the group\'s forecasts after it are the group\'s', () => {
    const text = 'Apollo Go: rides reached 3.4mn in 3Q26.\n\nEstimates. We lift our FY26E revenue forecast to RMB130.0bn.';
    expect(figure(text, 'RMB130.0bn').metric).toBe('revenue');
    expect(figure('Volcano Engine, ByteDance\'s cloud arm, said revenue doubled to 20 billion yuan in 2025.', '20 billion yuan').metric).toBe('other:segment-revenue');
  });
});

describe('adjusted measures and business units', () => {
  test('"on an adjusted basis", "the adjusted figure" name the adjusted loss, for the figure after them only', () => {
    const a = readFigures('In 2025, Baichuan had a net loss of 2 billion yuan. On an adjusted basis, excluding share-based pay, the loss was 1.5 billion yuan.');
    expect(a.map((f) => f.metric)).toEqual(['net-loss', 'adjusted-net-loss']);
    const b = readFigures('In 2025, the net loss at MiniMax grew to 500 million dollars, and the adjusted figure came to 250 million dollars.');
    expect(b.map((f) => f.metric)).toEqual(['net-loss', 'adjusted-net-loss']);
  });

  test('the revenue of one region ("sales in South-east Asia", "日本市场收入") or of BytePlus is a part\'s, not the group\'s total', () => {
    expect(figure("In 2025, Tencent's revenue in South-east Asia rose 80% to 3 billion yuan.", '3 billion yuan').metric).toBe('other:segment-revenue');
    expect(figure('2025年，腾讯日本市场收入增长80%至30亿元。', '30亿元').metric).toBe('other:segment-revenue');
    expect(figure("In 2025, Tencent's revenue in US dollars rose 8% to $90 billion.", '$90 billion').metric).toBe('revenue');
    expect(figure('BytePlus, the overseas cloud arm of ByteDance, said its revenue doubled to $500 million in 2025.', '$500 million')).toMatchObject({ entity: 'bytedance', metric: 'other:segment-revenue' });
  });

  test('the revenue of a platform, a solution, a product line or a reporting segment ("云平台收入", "解决方案收入", "板块收入", "AI-native revenue") is a part\'s, not the total', () => {
    expect(figure('2025年，某公司云平台收入增长50%至6亿元，总收入为20亿元。', '6亿元').metric).toBe('other:segment-revenue');
    expect(figure('2025年，某公司政务解决方案收入为4亿元。', '4亿元').metric).toBe('other:segment-revenue');
    expect(figure('2025年，某公司硬件产品收入下降10%。', '10%').metric).toBe('other:segment-revenue-growth');
    expect(figure('2025年，某公司金融科技板块收入为80亿元。', '80亿元').metric).toBe('other:segment-revenue');
    expect(figure('In 2025, the company said its AI-native revenue rose 70% to 3 billion yuan.', '3 billion yuan').metric).toBe('other:segment-revenue');
    expect(figure('2025年，某公司云平台收入增长50%至6亿元，总收入为20亿元。', '20亿元').metric).toBe('revenue');
  });

  test('a clause opened by "扣除非经常性损益后," qualifies the profit or loss it goes on to name', () => {
    expect(figure('2026年前三季度，某公司扣除非经常性损益后，公司归母净利润为-3.2亿元。', '-3.2亿元').metric).toBe('other:net-loss-excl-nonrecurring');
    expect(figure('2026年前三季度，某公司归母净利润5亿元，但扣除非经常性损益后仍亏损1.2亿元。', '1.2亿元').metric).toBe('other:net-loss-excl-nonrecurring');
    expect(figure('2026年前三季度，某公司归母净利润5亿元，但扣除非经常性损益后仍亏损1.2亿元。', '5亿元').metric).toBe('net-profit');
    expect(figure('扣除非经常性损益后，某公司2025年归母净亏损为9.7亿元。', '9.7亿元').metric).toBe('other:net-loss-excl-nonrecurring');
  });

  test('a later clause that names the whole ("outpacing the group\'s overall 6% increase") tells the group\'s figure, not the part\'s', () => {
    const text = "In the second quarter of 2026, revenue at Baidu's AI cloud unit rose 30% to 9 billion yuan, well ahead of the group's overall 3% increase to 33 billion yuan.";
    expect(figure(text, '9 billion yuan').metric).toBe('other:segment-revenue');
    expect(figure(text, '3%').metric).toBe('revenue-growth');
    expect(figure(text, '33 billion yuan').metric).toBe('revenue');
  });

  // an app's or a model's revenue, "客户管理收入", "revenue from large-model projects", chip revenue, a part named before a
  // parenthesis: parts' revenue; the company named with its app, or with its stock code, keeps its total
  test.each([
    ["In 2025, Doubao's advertising sales reached 3 billion yuan, ByteDance said.", '3 billion yuan', 'other:segment-revenue'],
    ['2025年，MiniMax旗下海螺AI收入为5000万美元。', '5000万美元', 'other:segment-revenue'],
    ["In the first half of 2026, Talkie's revenue was US$60 million, MiniMax said.", 'US$60 million', 'other:segment-revenue'],
    ['2026年第三季度，阿里巴巴客户管理收入同比增长7%至800亿元。', '800亿元', 'other:segment-revenue'],
    ['iFlytek said revenue from large-model projects was about 2 billion yuan in 2025.', '2 billion yuan', 'other:segment-revenue'],
    ['We estimate Baidu chip revenue at RMB3.0bn in FY26E.', 'RMB3.0bn', 'other:segment-revenue'],
    ['2026年，百度芯片收入预计达30亿元。', '30亿元', 'other:segment-revenue'],
    ['2026年第三季度，腾讯的AI业务（包括云服务、AI应用及广告工具）收入达100亿元。', '100亿元', 'other:segment-revenue'],
    ['2026年第三季度，腾讯AI云基础设施收入60亿元。', '60亿元', 'other:segment-revenue'],
    ['2026年第三季度，腾讯（0700）收入1900亿元。', '1900亿元', 'revenue'],
    ['MiniMax, the maker of Hailuo, said its revenue doubled to $300 million in 2025.', '$300 million', 'revenue'],
    ['Revenue from online advertising, still its largest source of income, fell 10 per cent to 15 billion yuan in the second quarter of 2026.', '15 billion yuan', 'other:segment-revenue'],
    // a unit the subject of the clause before a colon, and what follows it: "Tencent Cloud was the bright spot: sales rose"
    ['Tencent reported revenue of 190 billion yuan for the third quarter of 2026. Tencent Cloud was the bright spot: sales rose 25% to 16 billion yuan.', '16 billion yuan', 'other:segment-revenue'],
    ['Tencent reported revenue of 190 billion yuan for the third quarter of 2026. The result was mixed: sales rose 8% to 190 billion yuan.', '190 billion yuan', 'revenue'],
    // what earned it named, with an aside between dashes: "Its apps abroad - Cici and Gauth - generated"
    ["In the first half of 2026, ByteDance's overseas apps - the chatbot Cici and the tutor Gauth - generated $400 million in revenue.", '$400 million', 'other:segment-revenue'],
    ['In the first half of 2026, in-app purchases brought in US$30 million for Moonshot.', 'US$30 million', 'other:segment-revenue'],
    // a unit, a verb and the year before revenue: "the health care unit reported 2025 revenue of"
    ["Baidu's driverless unit reported 2025 revenue of 900 million yuan.", '900 million yuan', 'other:segment-revenue'],
    // revenue a thing brought, "带动的收入", "带来的收入"
    ['2025年，百度文心大模型直接带动的收入超过20亿元。', '20亿元', 'other:segment-revenue'],
    // a unit told first, then a comma, then its revenue ("阿里云，季内收入")
    ['2026年第三季度，腾讯云，季内收入150亿元，按年增长20%。', '150亿元', 'other:segment-revenue'],
    // "X担当主力", a line of business the sentence opens with as the mainstay
    ['2026年前三季度，商汤生成式AI业务继续担当主力，期内收入30亿元。', '30亿元', 'other:segment-revenue'],
  ])('a part\'s revenue or the total: %s', (text, surface, metric) => {
    expect(figure(text, surface).metric).toBe(metric);
  });

  test('"經調整（non-GAAP）歸屬股東淨利潤…按年跌24%", "經調整盈利跌24%": the adjusted profit and its change', () => {
    const text = '騰訊經調整盈利升12%。騰訊第3季經調整（non-IFRS）歸屬股東淨利潤700億元，按年升12%。';
    const read = readFigures(text, { pageDate: '2026-11-20' });
    expect(read.map((f) => f.metric)).toEqual(['other:non-gaap-net-profit-growth', 'other:non-gaap-net-profit', 'other:non-gaap-net-profit-growth']);
    expect(figure('騰訊第3季歸屬股東淨利潤600億元，按年升10%。', '10%').metric).toBe('other:net-profit-growth');
  });

  test('an adjusted or non-IFRS EBITA or operating profit is a measure apart from the reported one', () => {
    expect(figure('騰訊第二季經調整經營盈利增18%至745億元人民幣。', '745億元人民幣').metric).toBe('other:adjusted-operating-profit');
    expect(figure('In the third quarter of 2026, Alibaba adjusted EBITA fell 20% to 40 billion yuan.', '40 billion yuan').metric).toBe('other:adjusted-ebita');
    expect(figure('2026年第三季度，阿里巴巴经调整EBITA为400亿元。', '400亿元').metric).toBe('other:adjusted-ebita');
    expect(figure('In the third quarter of 2026, Tencent non-IFRS operating profit rose to 80 billion yuan.', '80 billion yuan').metric).toBe('other:adjusted-operating-profit');
    expect(figure('In the third quarter of 2026, Tencent operating profit rose to 70 billion yuan.', '70 billion yuan').metric).toBe('other:operating-profit');
  });

  test('"云智能集团经调整EBITA" is the segment\'s EBITA, not the group\'s adjusted EBITA', () => {
    const f = figure('2026年第二季度，阿里云智能集团收入增长30%；云智能集团经调整EBITA为40亿元。', '40亿元');
    expect([f.metric, f.segment]).toEqual(['other:segment-ebita', 'cloud']);
  });

  test('a business unit named as the subject (Volcano Engine, 阿里云) makes its revenue a part\'s, not the group\'s', () => {
    const f = figure('In 2026, Volcano Engine, ByteDance\'s cloud arm, aims for revenue of 60 billion yuan.', '60 billion yuan');
    expect([f.entity, f.metric, f.segment]).toEqual(['bytedance', 'other:segment-revenue', 'cloud']);
    expect(figure('In 2026, ByteDance revenue is expected to reach 190 billion dollars.', '190 billion dollars').metric).toBe('revenue');
  });
});

describe('ranges and shares written the Chinese way', () => {
  test('"在18亿元至20亿元之间" is one range, as "12亿至13亿元" is', () => {
    const f = readFigures('分析师预计，商汤2026年全年收入在45亿元至50亿元之间。');
    expect(f.map((x) => [x.text, x.value, x.valueMax, x.qualifier])).toEqual([['45亿元至50亿元', 45e8, 50e8, 'range']]);
  });
  test('an earnings notice\'s "盈利6,200万元–7,400万元" is one range, as "1.2亿元-1.5亿元" is; "5.9亿元，-3%" is two figures', () => {
    expect(readFigures('归属于上市公司股东的净利润　本报告期：盈利6,200万元–7,400万元。').map((x) => [x.text, x.value, x.valueMax, x.qualifier])).toEqual([['6,200万元–7,400万元', 62e6, 74e6, 'range']]);
    expect(readFigures('公司预计上半年净利润1.2亿元-1.5亿元。').map((x) => [x.value, x.valueMax])).toEqual([[1.2e8, 1.5e8]]);
    expect(readFigures('公司收入5.9亿元，-3%。').map((x) => x.text)).toEqual(['5.9亿元', '-3%']);
  });

  test('"占整体收入的比重不足2%" and "of which on-premise 60% and API 40%" are shares, not growth; "其中海外收入增长50%" is growth', () => {
    expect(figure('2026年，可灵收入占快手整体收入的比重仍不足3%。', '3%').metric).toBe('other:revenue-share');
    expect(figure('FY25 revenue of RMB2.0bn, of which on-premise deployment 60% and API 40%.', '60%').metric).toBe('other:revenue-share');
    // (a part named is that part's share, under the one name its revenue and growth have)
    const cloud = figure('FY25 revenue of RMB2.0bn, of which on-premise deployment 60% and cloud services 40%.', '40%');
    expect([cloud.metric, cloud.segment]).toEqual(['other:segment-revenue-share', 'cloud']);
    expect(figure('2025年，商汤收入增长30%，其中海外收入增长50%。', '50%').metric).toBe('other:overseas-revenue-growth');
  });
});

describe('results-note wording', () => {
  test.each([
    ['2025年，智谱开放平台及企业服务收入3亿元。', '3亿元'],
    ['2025年，DeepSeek 的 API 收入约 9 亿元。', '9 亿元'],
    ['In 2025, Zhipu open platform and enterprise services revenue rose to 300 million yuan.', '300 million yuan'],
    ['2026年上半年，智谱开放平台(MaaS)收入为2.3亿元。', '2.3亿元'],
    ['MiniMax開放平台第三季營收約2億元人民幣。', '2億元人民幣'],
    ['In 1H26, open platform and enterprise revenue rose 96% YoY to US$47mn.', 'US$47mn'],
    ['MiniMax, which sells mostly to consumers abroad, said its open platform brought in $40 million in the first half of 2026.', '$40 million'],
  ])('the API business\'s revenue ("开放平台及企业服务收入", "API 收入", "open platform and enterprise revenue"): %s', (text, surface) => {
    expect(figure(text, surface).metric).toBe('api-revenue');
  });

  test('figures in parentheses after the API business\'s name are its revenue and growth', () => {
    const note = 'Zhipu 1H26 revenue of RMB900mn (+120% YoY) was driven by the open platform (RMB400mn, +200% YoY) and by cloud services (RMB300mn, +80% YoY).';
    expect(['RMB900mn', 'RMB400mn', '+200%', 'RMB300mn'].map((x) => figure(note, x).metric)).toEqual(['revenue', 'api-revenue', 'other:api-revenue-growth', 'other:segment-revenue']);
  });

  test('"API (MaaS) revenue", 非公认会计准则下的净利润, "at the start of last year"', () => {
    expect(figure('In 1H26, MiniMax API (MaaS) revenue rose to RMB300mn.', 'RMB300mn').metric).toBe('api-revenue');
    expect(figure('2026年第二季度，非公认会计准则(Non-GAAP)下归属于百度的净利润为50亿元。', '50亿元').metric).toBe('other:non-gaap-net-profit');
    const f = readFigures('Moonshot had about 300 employees at the start of last year.', { pageDate: '2026-08-28' })[0]!;
    expect([f.metric, f.period]).toEqual(['headcount', '2025-01']);
  });

  test('"a placement of 20mn shares at HK$300": a number of shares, and a price of the placement, neither a market price', () => {
    const text = 'In June 2026 MiniMax raised money through a placement of 20mn shares at HK$300.';
    expect(figure(text, '20mn').metric).toBe('other:placement-shares');
    const claims = extractClaims(readFigures(text, { pageDate: '2026-08-28' }), text, { file: 'a', url: null, title: 't', siteName: null, date: '2026-08-28', lang: 'en' }).claims;
    expect(claims.map((c) => c.metric)).not.toContain('share-price');
  });

  test('"is offering 40m H-shares at HK$95-HK$105 each": the offer\'s price range, never a price the shares traded at', () => {
    const claimsOf = (text: string) => extractClaims(readFigures(text, { pageDate: '2026-10-12' }), text, { file: 'a', url: null, title: 't', siteName: null, date: '2026-10-12', lang: 'en' }).claims;
    expect(claimsOf('Baichuan is offering 40m H-shares at HK$95-HK$105 each in its Hong Kong listing.').map((c) => c.metric)).not.toContain('share-price');
    expect(claimsOf('Baichuan will sell 40 million new shares at HK$95 in its Hong Kong listing.').map((c) => c.metric)).not.toContain('share-price');
    expect(claimsOf('百川今日起招股，招股價介乎95至105港元，集資最多40億港元。').map((c) => c.metric)).not.toContain('share-price');
    expect(claimsOf('智譜股價週二收報400港元，較116港元的招股價累計上漲約245%。').map((c) => c.value)).not.toContain(116);
    expect(claimsOf('On October 9, Zhipu shares closed at HK$95.').map((c) => c.metric)).toContain('share-price');
  });
});

describe('rides ordered', () => {
  test('"出行服务订单量为320万单" counts rides, not the value of contracts', () => {
    expect(figure('2026年第三季度，萝卜快跑全无人驾驶出行服务订单量为320万单。', '320万').metric).toBe('other:robotaxi-rides');
    expect(figure('2026年第三季度，公司新签订单金额为30亿元。', '30亿元').metric).toBe('contract-value');
  });
});

describe('a count is no revenue (sentences of our own)', () => {
  test('"Daily token calls on X Cloud\'s platform": a part\'s name after what is counted says whose the count is', () => {
    expect(figure("Tokens processed per day on Baidu's AI Cloud platform reached 2 trillion in March 2026.", '2 trillion').metric).toBe('other:daily-tokens');
    expect(figure("Daily token calls on Volcano Engine's platform topped 50 trillion in June 2026.", '50 trillion').metric).toBe('other:daily-tokens');
  });
});

describe('the worth of a market (sentences of our own)', () => {
  test('"the market for AI agents in China was worth 38 billion yuan": what the market is of, then its worth, is its size, no valuation', () => {
    expect(figure('Lumina says the market for AI agents in China was worth 38 billion yuan in 2025.', '38 billion yuan').metric).toBe('market-size');
    expect(figure('The Chinese market for AI video tools could be worth 12 billion yuan in 2027, Lumina said.', '12 billion yuan').metric).toBe('market-size');
  });
});

describe('a company\'s share, said with no "of" (a sentence of our own)', () => {
  test('"Baidu AI Cloud\'s share slipped to 12.1% from 14.0%": its share of the market, no growth of its cloud', () => {
    const text = "In 2025, Baidu AI Cloud's share slipped to 12.1% from 14.0% a year earlier, the tracker said.";
    expect(['12.1%', '14.0%'].map((t) => figure(text, t).metric)).toEqual(['market-share', 'market-share']);
  });
});

describe('things counted after a figure are no people (sentences of our own)', () => {
  test('"900 staff and access to some 20,000 Huawei Ascend chips", "约1万张GPU卡": the chips are no headcount', () => {
    expect(readFigures('In June 2026, Zhipu had about 900 staff and access to some 20,000 Huawei Ascend chips.').map((f) => [f.text, f.metric])).toEqual([['900', 'headcount'], ['20,000', null]]);
    expect(readFigures('截至2026年6月底，百川拥有约500名员工和约1万张GPU卡。').map((f) => [f.text, f.metric])).toEqual([['500', 'headcount'], ['1万', null]]);
  });
});

describe('the total\'s own amount after a part (a sentence of our own)', () => {
  test('"MaaS revenue tripled to 612 million yuan, out of total revenue of 1.38 billion yuan": the second is the total', () => {
    const text = 'In 2025, MaaS revenue at MiniMax tripled to 612 million yuan, out of total revenue of 1.38 billion yuan.';
    expect(['612 million yuan', '1.38 billion yuan'].map((t) => figure(text, t).metric)).toEqual(['other:segment-revenue', 'revenue']);
  });
});

describe('"是同期海外收入的1.9倍": one amount as a multiple of another (sentences of our own)', () => {
  test('a multiple of another amount the clause names is no growth of it; a multiple of a time ago is', () => {
    expect(figure('MiniMax 2026年二季度在美国的推广开支约4500万美元，是同期海外收入的1.9倍。', '1.9倍').metric).toBeNull();
    expect(figure('智谱2026年上半年海外收入是去年同期的3.1倍。', '3.1倍').metric).toBe('other:overseas-revenue-growth');
  });
});

describe('"AI-powered revenue", "AI-driven revenue" (sentences of our own)', () => {
  test('revenue named by the part that earns it is a part\'s, as "AI-related revenue" already was', () => {
    expect(figure('Tencent said AI-driven revenue rose 48% in the third quarter of 2026.', '48%').metric).toBe('other:segment-revenue-growth');
    expect(figure('Tencent said AI-powered revenue reached 9 billion yuan in the third quarter of 2026.', '9 billion yuan').metric).toBe('other:segment-revenue');
  });
});

describe('revenue still to come (sentences of our own)', () => {
  test('"deferred revenue", "contracted revenue not yet recognised", "在手订单" are a backlog, no revenue of a period', () => {
    expect(figure('At the end of June 2026, StepFun said contracted revenue not yet recognised was about 900 million yuan.', '900 million yuan').metric).toBe('other:backlog');
    expect(figure('截至2026年6月底，智谱在手订单约25亿元。', '25亿元').metric).toBe('other:backlog');
  });
});

describe('Kuaishou and its Kling', () => {
  test('Kuaishou is a company the reader knows; a figure said of Kling is its part\'s, never Kuaishou\'s total', () => {
    expect(figure('Kuaishou revenue rose 13% to 35 billion yuan in the second quarter of 2026.', '35 billion yuan').entity).toBe('kuaishou');
    expect(figure('快手2026年第二季度收入增长13%至350亿元。', '350亿元').entity).toBe('kuaishou');
    const en = figure('In the second quarter of 2026, Kling generated 300 million yuan of revenue.', '300 million yuan');
    expect([en.entity, en.metric, en.segment]).toEqual(['kuaishou', 'other:segment-revenue', 'kling']);
    const zh = figure('2026年第二季度，可灵AI收入超过3亿元。', '3亿元');
    expect([zh.entity, zh.metric, zh.segment]).toEqual(['kuaishou', 'other:segment-revenue', 'kling']);
    expect(figure('In June 2026, Kling had 45 million monthly active users.', '45 million').metric).toBeNull();
  });
});

describe('chip subsidiaries: Kunlunxin (Baidu) and T-Head (Alibaba)', () => {
  test('a figure said of the chip unit is a part\'s, never the group\'s total; its valuation and its rounds are its own', () => {
    const en = figure('In 2025, Kunlunxin booked revenue of 5.1 billion yuan, its filing shows.', '5.1 billion yuan');
    expect([en.entity, en.metric]).toEqual(['baidu', 'other:segment-revenue']);
    const zh = figure('平头哥2025年营收约48亿元，同比增长60%。', '48亿元');
    expect([zh.entity, zh.metric]).toEqual(['alibaba', 'other:segment-revenue']);
    expect(figure('In May 2026, Kunlunxin was valued at 30 billion yuan in a private round.', '30 billion yuan').metric).toBeNull();
    expect(figure('In September 2026, Volcano Engine was valued at US$40 billion by its new investors.', 'US$40 billion').metric).toBeNull();
  });

  test('a paragraph opened by "The company" goes on about the unit named as its subject before', () => {
    const text = 'Kunlunxin, the chip arm of Baidu, has filed to list in Hong Kong.\n\nThe company, which designs accelerators, reported revenue of 2.2 billion yuan for the first half of 2026.';
    expect(readFigures(text).map((f) => [f.text, f.metric])).toEqual([['2.2 billion yuan', 'other:segment-revenue']]);
  });
});

describe('a loss per unit of revenue, and margins', () => {
  test('"for every RMB1 of revenue", "每赚1元收入亏损约3元": the loss per yuan, and the "1" no figure', () => {
    expect(readFigures('In 2025, Baichuan lost RMB2.4 for every RMB1 of revenue.').map((f) => [f.text, f.metric])).toEqual([['RMB2.4', 'loss-per-revenue']]);
    expect(readFigures('2025年，百川每赚1元收入亏损约3元。').map((f) => [f.text, f.metric])).toEqual([['3元', 'loss-per-revenue']]);
  });

  test('an adjusted net margin is no growth of adjusted profit; 净利润率 is a net margin', () => {
    expect(figure('2026年第二季度，快手经调整净利润为50亿元，经调整净利润率为14%。', '14%').metric).toBe('other:adjusted-net-margin');
    expect(figure('2026年第二季度，快手净利润率为12%。', '12%').metric).toBe('other:net-margin');
  });
});

describe('cash flowing out', () => {
  test('an operating cash outflow is a negative operating cash flow, and so is the one it is compared with; what the outflow grew by stays a change', () => {
    const en = readFigures('In the first half of 2026, SenseTime\'s operating cash outflow was 900 million yuan, versus 1.4 billion yuan a year earlier.');
    expect(en.map((f) => [f.metric, f.value])).toEqual([
      ['other:operating-cash-flow', -900e6],
      ['other:operating-cash-flow', -1.4e9],
    ]);
    expect(figure('2026年上半年,商汤经营活动现金流净流出9亿元。', '9亿元').value).toBe(-900e6);
    const up = figure('2026年上半年,商汤经营活动现金流净流出9亿元,净流出同比增加2亿元。', '2亿元');
    expect([up.metric, up.value]).toEqual(['other:operating-cash-outflow-increase', 200e6]);
  });

  test('"经营现金流出为7亿元" is an outflow too, and a price "下调45%" a cut', () => {
    const f = readFigures('2026年上半年，商汤经营现金流出为7亿元，较去年同期的12亿元大幅减少。');
    expect(f.map((x) => [x.metric, x.value])).toEqual([
      ['other:operating-cash-flow', -700e6],
      ['other:operating-cash-flow', -1.2e9],
    ]);
    expect(figure('2026年5月，智谱API价格下调30%。', '30%').value).toBe(-0.3);
  });

  test('a value "较…的" compared with is of the measure it is compared with', () => {
    const f = readFigures('阶跃星辰完成新一轮融资，投后估值达50亿美元，较去年6月上一轮融资时的20亿美元增长1.5倍。');
    expect(f.find((x) => x.text === '20亿美元')!.metric).toBe('valuation');
  });

  test('"Open-platform (API) revenue" is API revenue', () => {
    expect(figure('In 2025, Zhipu\'s open-platform (API) revenue rose 80% to 400 million yuan.', '400 million yuan').metric).toBe('api-revenue');
  });
});

describe('an amount a metric changed by', () => {
  test('a rise by an amount is the change, the level it rose to is the metric', () => {
    const up = figure('2024年,公司销售回款同比增加9.2亿元。', '9.2亿元');
    expect([up.metric, up.value]).toEqual(['other:sales-collections-increase', 920e6]);
    expect(figure('2024年,公司销售回款同比增加至92亿元。', '92亿元').metric).toBe('other:sales-collections');
    const en = figure('In 2024, revenue rose by RMB2.5bn to RMB30bn.', 'RMB2.5bn');
    expect([en.metric, en.value]).toEqual(['other:revenue-increase', 2.5e9]);
    expect(figure('In 2024, revenue rose by RMB2.5bn to RMB30bn.', 'RMB30bn').metric).toBe('revenue');
  });

  test('a fall by an amount is a negative change', () => {
    const down = figure('In 2024, capital expenditure fell by $1.2 billion.', '$1.2 billion');
    expect([down.metric, down.value]).toEqual(['other:capex-increase', -1.2e9]);
    const zh = figure('2024年,公司研发费用同比减少3亿元。', '3亿元');
    expect([zh.metric, zh.value]).toEqual(['other:rd-expense-increase', -3e8]);
  });
});

describe('a growth rate named after its figure', () => {
  test('"the 120% growth rate of revenue" is revenue growth, not the metric named before it', () => {
    const f = figure("In 2025, Zhipu's R&D spending rose 30%, below the 120% growth rate of revenue.", '120%');
    expect([f.metric, f.value]).toEqual(['revenue-growth', 1.2]);
  });
});

describe('amounts said per unit', () => {
  test('a loss for every yuan of revenue is a loss per unit of revenue, not the net loss', () => {
    expect(figure('For every yuan of revenue it brought in last year, Minimax lost 4 yuan.', '4 yuan').metric).toBe('loss-per-revenue');
    expect(figure('In 2024 Baichuan booked a loss of 12 yuan per yuan of revenue, its filing shows.', '12 yuan').metric).toBe('loss-per-revenue');
    // (the net loss in the same sentence, a number away, stays the net loss)
    expect(figure('In 2024 Baichuan lost 12 yuan per yuan of revenue, and its net loss reached 3 billion yuan.', '3 billion yuan').metric).toBe('net-loss');
  });

  test('a loss or profit per share is earnings per share; another total said per unit is no metric', () => {
    expect(figure('In 2025 Baidu posted a net loss of 3.2 yuan per share.', '3.2 yuan').metric).toBe('other:eps');
    expect(figure('In 2025 Zhipu made revenue of $2 per user from its consumer app.', '$2').metric).toBeNull();
    // (a price per million tokens is per unit by its own words)
    expect(figure('In 2025 DeepSeek cut prices to $0.28 per million tokens.', '$0.28').metric).toBe('price-per-mtok');
  });
});

describe('run rates', () => {
  test('a revenue run rate is annualised revenue, not a year of revenue', () => {
    expect(figure('By December 2025 MiniMax had reached a revenue run rate of $250 million.', '$250 million').metric).toBe('arr');
    expect(figure('Moonshot expects a $1 billion annualised run-rate in 2026.', '$1 billion').metric).toBe('arr');
  });
});

describe('the size of a market', () => {
  test("a market's size is the market's, never the company named with it", () => {
    const f = figure('To justify its price, Zhipu must win 20% of a $400 billion market by 2030.', '$400 billion');
    expect([f.metric, f.entity]).toEqual(['market-size', null]);
    const g = figure("Zhipu says China's AI market will be worth $400 billion by 2030.", '$400 billion');
    expect([g.metric, g.entity]).toEqual(['market-size', 'china-market']);
  });
});

describe('parts of a company', () => {
  test('revenue from a kind of business is that part\'s revenue, and its share "of the total" a share', () => {
    const text = 'In the third quarter of 2026, revenue from cloud-based businesses rose 30% to 9 billion yuan and accounted for 35% of the total.';
    expect(figure(text, '9 billion yuan').metric).toBe('other:segment-revenue');
    expect(figure(text, '30%').metric).toBe('other:segment-revenue-growth');
    expect(figure(text, '35%').metric).toBe('other:segment-revenue-share');
  });

  test("a business unit named as the subject has the unit's revenue, not the group's", () => {
    expect(figure('2025年,火山引擎全年收入约200亿元。', '200亿元').metric).toBe('other:segment-revenue');
    expect(figure("In 2025, Alibaba Cloud's revenue rose to 120 billion yuan.", '120 billion yuan').metric).toBe('other:segment-revenue');
    expect(figure('2025年,字节跳动收入约200亿美元。', '200亿美元').metric).toBe('revenue');
  });
});

describe('Chinese wording', () => {
  test('traditional characters of business news read as their simplified forms', () => {
    expect(figure('2026年第三季，國際市場遊戲收入增長20%至180億元。', '180億元').metric).toBe('other:segment-revenue');
  });

  test('"应占" (attributable to) is no share, and a space in a Chinese headline ends the clause', () => {
    expect(figure('2026年第三季，股東應佔盈利按年增12%。', '12%').metric).toBe('other:net-profit-growth');
    expect(figure('2026年第三季 腾讯盈利增12% 资本开支按年升30%', '12%').metric).toBe('other:net-profit-growth');
  });

  test('the net cash from operations, cash at hand and developers', () => {
    expect(figure('2026年前三季度,经营活动产生的现金流量净额为5.2亿元。', '5.2亿元').metric).toBe('other:operating-cash-flow');
    expect(figure('截至2026年9月30日,公司货币资金余额为88亿元。', '88亿元').metric).toBe('cash');
    expect(figure('2026年,开放平台开发者数量突破150万。', '150万').metric).toBe('other:developers');
  });

  test('"环比" belongs to the change it stands with, not to the year-on-year change before it', () => {
    const text = '2026年第三季度,公司营收60亿元,同比增长15%,环比增长8%。';
    expect(figure(text, '15%').metric).toBe('revenue-growth');
    expect(figure(text, '8%').metric).toBe('other:revenue-growth-qoq');
    // (Hong Kong's 按季 and the wires' "from the prior quarter" say the same)
    expect(figure('騰訊第三季收入1900億元，按年增長15%，按季增長8%。', '8%').metric).toBe('other:revenue-growth-qoq');
    expect(figure('Tencent revenue rose 8% from the prior quarter in the third quarter of 2026.', '8%').metric).toBe('other:revenue-growth-qoq');
  });
});

describe('direction words', () => {
  test('"slipped", "eased", "advanced" say which way a figure moved', () => {
    expect(figure('In the third quarter of 2026, revenue slipped 3% to 30 billion yuan.', '3%').value).toBe(-0.03);
    expect(figure('In 2026, the margin eased 2% from a year earlier.', '2%').value).toBe(-0.02);
    expect(figure('Shares advanced 4% on Friday.', '4%').value).toBe(0.04);
  });

  test('the later items of a list of changes share the first one\'s direction: "分别下降50%和60%", "fell 5%, 6% and 7%"', () => {
    expect(figure('输入和输出价格较年初分别下降50%和60%。', '60%').value).toBe(-0.6);
    expect(figure('Prices of the three models fell 5%, 6% and 7% on Monday.', '7%').value).toBe(-0.07);
    expect(figure('Revenue rose 20% to 5 billion yuan and 30% of it came from abroad.', '30%').value).toBe(0.3);
  });
});

describe('capital words', () => {
  test('preferred shares and share-based pay are no share price', () => {
    const text = 'In 2025, the adjusted net loss, which strips out share-based pay and changes on preferred shares, narrowed to $200 million from $300 million a year earlier.';
    expect(figure(text, '$200 million').metric).toBe('adjusted-net-loss');
    expect(figure(text, '$300 million').metric).toBe('adjusted-net-loss');
  });

  test('money a listing raised is IPO proceeds, not a funding round', () => {
    expect(figure('In January 2026 the listing raised HK$3 billion.', 'HK$3 billion').metric).toBe('ipo-proceeds');
    expect(figure('In January 2026 the start-up raised $300 million in a new round.', '$300 million').metric).toBe('funding');
  });

  test('a figure compared "against" the one before it is the same measure', () => {
    const text = 'In 2025 the loss came to $1.20 for every dollar of revenue, against $3.50 a year earlier.';
    expect(figure(text, '$1.20').metric).toBe('loss-per-revenue');
    expect(figure(text, '$3.50').metric).toBe('loss-per-revenue');
  });
});

describe('an offer price', () => {
  test('is not a share price as of the page date', () => {
    const f = readFigures('Shares rose 10% on Thursday, taking their gain from the HK$120 offer price to about 150%.', { pageDate: '2026-03-26' }).find((x) => x.text === 'HK$120')!;
    expect(f.evidence.period).toBeNull();
  });
});

describe('what a figure is measured against', () => {
  test('how far a result beat an estimate is no growth', () => {
    expect(figure('In 1H26, revenue was RMB486mn, up 131% YoY and 6% above our estimate.', '6%').metric).toBeNull();
    expect(figure('In 1H26, revenue was RMB486mn, up 131% YoY and 6% above our estimate.', '131%').metric).toBe('revenue-growth');
  });

  test('what a company was worth is its valuation', () => {
    expect(figure('The round values Moonshot at three times the $4.3 billion it was worth in December 2025.', '$4.3 billion').metric).toBe('valuation');
  });
});

describe('tokens a day', () => {
  test('"日均tokens调用量" is the daily token count, its rise the growth of it', () => {
    const text = '2025年12月,豆包大模型日均tokens调用量突破50万亿,较2024年12月增长超过10倍。';
    expect(figure(text, '50万亿').metric).toBe('other:daily-tokens');
    expect(figure(text, '10倍').metric).toBe('other:daily-tokens-growth');
  });
});

describe('margins and profits of a part', () => {
  test("a unit's EBITA is the unit's, and 'a margin of' after a profit is that profit's margin", () => {
    const text = "In the third quarter of 2026, the unit's adjusted EBITA rose 40% to 4 billion yuan, a margin of 9%.";
    expect(figure(text, '4 billion yuan').metric).toBe('other:segment-ebita');
    expect(figure(text, '40%').metric).toBe('other:segment-ebita-growth');
    expect(figure(text, '9%').metric).toBe('other:segment-ebita-margin');
    expect(figure('In 2026, group EBITA rose 10% to 40 billion yuan.', '40 billion yuan').metric).toBe('other:ebita');
  });

  test('"by a wide margin" is no margin', () => {
    expect(figure('In 2026, cloud revenue of 40 billion yuan beat estimates by a wide margin.', '40 billion yuan').metric).toBe('other:segment-revenue');
  });
});

describe('a market sized by an analyst', () => {
  test('"a market he sizes at 60 billion yuan" is the size of a market, and no company\'s', () => {
    const f = figure("Lea estimates Alibaba holds 36% of the AI cloud market, in a market he sizes at 60 billion yuan this year.", '60 billion yuan');
    expect([f.metric, f.entity]).toEqual(['market-size', null]);
  });
});

describe('revenue through an API', () => {
  test('"revenue from selling access to its models through an API" is API revenue, not the total', () => {
    expect(figure('In 2025, revenue from selling access to its models through an API reached $30 million.', '$30 million').metric).toBe('api-revenue');
  });
});

describe('annualised recurring revenue', () => {
  test('is ARR, even "from API and enterprise customers"', () => {
    expect(figure('In February 2026, annualised recurring revenue from API and enterprise customers passed $150 million.', '$150 million').metric).toBe('arr');
  });
});

describe('more of how results are written', () => {
  test('"EBITA at the cloud unit" is the unit\'s, and "revenue at the cloud unit" the unit\'s revenue', () => {
    const text = 'In the March quarter of 2026, earnings before interest, taxes and amortization at the cloud unit increased 50% to 4 billion yuan.';
    expect(figure(text, '4 billion yuan').metric).toBe('other:segment-ebita');
    expect(figure(text, '50%').metric).toBe('other:segment-ebita-growth');
    expect(figure('In the March quarter of 2026, revenue at the cloud unit rose 20% to 30 billion yuan.', '30 billion yuan').metric).toBe('other:segment-revenue');
  });

  test('"lost 6 yuan for every yuan it took in" is a loss per unit of revenue', () => {
    expect(figure('In 2025 the company lost roughly 6 yuan for every yuan it took in.', '6 yuan').metric).toBe('loss-per-revenue');
  });

  test('"raised HK$4 billion in its January initial public offering" is IPO proceeds', () => {
    expect(figure('In 2026 it raised HK$4 billion in its January initial public offering.', 'HK$4 billion').metric).toBe('ipo-proceeds');
  });
});

describe('non-IFRS profit', () => {
  test('"非国际财务报告准则下，归属于公司权益持有人的净利润" is the non-IFRS profit', () => {
    expect(figure('2026年第二季,非国际财务报告准则下，归属于公司权益持有人的净利润为700亿元。', '700亿元').metric).toBe('other:non-gaap-net-profit');
  });
});

describe('parts of a company named before or after "revenue"', () => {
  test('a line of business, a region or a unit is a part: its revenue is not the group\'s', () => {
    expect(figure('Customer management revenue at Alibaba rose 9% to 88.4 billion yuan in the quarter.', '88.4 billion yuan').metric).toBe('other:segment-revenue');
    expect(figure('Baichuan wants medical revenue to reach 1 billion yuan by 2027.', '1 billion yuan').metric).toBe('other:segment-revenue');
    expect(figure('Cloud Intelligence Group revenue reached 33.7 billion yuan in the quarter.', '33.7 billion yuan').metric).toBe('other:segment-revenue');
    expect(figure('At Zhipu, revenue from overseas developers grew 340 per cent in 2025.', '340 per cent').metric).toBe('other:segment-revenue-growth');
    expect(figure('百度2026年第二季度网络营销收入按年跌14%至150.2亿元。', '150.2亿元').metric).toBe('other:segment-revenue');
    expect(figure('百度2026年第二季度AI相关收入超过110亿元。', '110亿元').metric).toBe('other:segment-revenue');
    // (and the group's own: "group revenue", "total revenue")
    expect(figure('Alibaba group revenue rose 6% to 261.4 billion yuan in the quarter.', '261.4 billion yuan').metric).toBe('revenue');
  });

  test('a share of a whole market\'s call volume is a market share', () => {
    expect(figure('2025年上半年中国公有云大模型调用量中，火山引擎占49.2%。', '49.2%').metric).toBe('market-share');
  });

  test('"since its January listing" dates a share-price move; it is not the listing\'s proceeds', () => {
    expect(figure('MiniMax stock has gained 187% since its January listing but fell 6.2% on Thursday to HK$598.5.', 'HK$598.5').metric).toBe('share-price');
  });
});

describe('a verb, what it acts on, then "by"', () => {
  test('"cut its capex by 9 per cent" is a fall, "raised its prices by 20%" a rise', () => {
    expect(figure('In 2025, Baidu cut its capital expenditure by 9 per cent.', '9 per cent').value).toBeCloseTo(-0.09);
    expect(figure('In 2025, Zhipu raised its API prices by 20%.', '20%').value).toBeCloseTo(0.2);
  });
  test('"narrowed its net loss by 38%" is a fall of the loss, "widened its loss by 12%" a rise (sentences of our own)', () => {
    expect(figure('The company narrowed its net loss by 38% to 2.7 billion yuan in 2025.', '38%').value).toBeCloseTo(-0.38);
    expect(figure('The start-up widened its net loss by 12% in 2025.', '12%').value).toBeCloseTo(0.12);
  });
});

describe('companies and figures said "respectively", and money raised by selling shares', () => {
  const read = (text: string) => readFigures(text, { pageDate: '2026-03-01' }).map((f) => [f.text, f.entity, f.metric]);

  test('a list of companies and a list of figures as long as it are taken item by item', () => {
    expect(read('Zhipu and MiniMax listed in Hong Kong in January, raising HK$4.3 billion and HK$4.2 billion respectively, while Moonshot AI raised $620 million in December.')).toEqual([
      ['HK$4.3 billion', 'zhipu', 'ipo-proceeds'],
      ['HK$4.2 billion', 'minimax', 'ipo-proceeds'],
      ['$620 million', 'moonshot', 'funding'],
    ]);
    expect(read('MiniMax和智谱均已递交招股书，两家公司去年的收入分别为3.5亿元和3.1亿元。').map((r) => r[1])).toEqual(['minimax', 'zhipu']);
  });

  test('a placement of new shares raises funding, not IPO proceeds', () => {
    expect(read('MiniMax昨日以先旧后新方式配售新股，集资净额约115亿港元。')[0]).toEqual(['115亿港元', 'minimax', 'funding']);
  });
});

describe('rivals ranked after a market share', () => {
  test('"ahead of Alibaba Cloud at 27% and Baidu AI Cloud at 17%": each is that company\'s market share', () => {
    const read = readFigures("Volcano Engine held 46.4% of China's public-cloud market for model serving in 2025, according to IDC, ahead of Alibaba Cloud at 27% and Baidu AI Cloud at 17%.");
    expect(read.map((f) => [f.text, f.entity, f.metric])).toEqual([
      ['46.4%', 'bytedance', 'market-share'],
      ['27%', 'alibaba', 'market-share'],
      ['17%', 'baidu', 'market-share'],
    ]);
  });

  test('the same said "respectively" in Chinese', () => {
    const read = readFigures('据IDC数据,2025年火山引擎在中国公有云大模型调用市场的份额达到46.4%,阿里云和百度智能云分别以27.1%和17.8%位列其后。');
    expect(read.map((f) => [f.entity, f.metric])).toEqual([['bytedance', 'market-share'], ['alibaba', 'market-share'], ['baidu', 'market-share']]);
  });
});

describe('more of what a figure is', () => {
  const read = (text: string, surface: string, pageDate = '2025-11-20') => readFigures(text, { pageDate }).find((f) => f.text === surface)!;

  test('"约为去年的5倍", "five times last year\'s": growth of this year, not a figure of last year', () => {
    expect(read('月之暗面今年给自己定的收入目标是20亿元人民币，约为去年的5倍。', '5倍').period).toBe('2025');
  });

  test('"users now pay for a subscription" are paying users; "or $186.3 million on an adjusted basis" is the adjusted loss', () => {
    expect(read('In November, more than 2.4 million Kimi users now pay for a subscription.', '2.4 million').metric).toBe('paying-users');
    expect(read("In 2025, MiniMax's net loss was $512 million, or $186.3 million on an adjusted basis.", '$186.3 million').metric).toBe('adjusted-net-loss');
  });

  test('首季 and 次季 are the first and second quarters', () => {
    expect(read('2025年，百度智能雲收入按年增長27%，較首季的23%增速加快。', '23%').period).toBe('2025-Q1');
  });

  test('"the gross margin on Zhipu\'s API business" is a part\'s margin', () => {
    expect(read("In 2025, the gross margin on Zhipu's API business was 56 per cent.", '56 per cent').metric).toBe('other:segment-gross-margin');
    expect(read("In 2025, Zhipu's gross margin was 50 per cent.", '50 per cent').metric).toBe('gross-margin');
  });

  test('a cash flow said as an outflow is negative', () => {
    expect(read("In the quarter ended June 30, 2025, Alibaba's free cash flow was an outflow of 18.8 billion yuan.", '18.8 billion yuan').value).toBe(-18.8e9);
  });
});

describe('running totals and model-as-a-service', () => {
  test('"bringing the total for the fiscal year to 131 billion yuan" is no figure of the quarter in force', () => {
    const read = readFigures('Alibaba reported results for the quarter ended March 31, 2026. Capital expenditure reached 38.7 billion yuan in the quarter, bringing the total for the fiscal year to about 131 billion yuan.', { pageDate: '2026-05-14' });
    expect(read.map((f) => [f.text, f.period])).toEqual([['38.7 billion yuan', '2026-Q1'], ['131 billion yuan', null]]);
  });

  test('MaaS revenue is a line of business; "MaaS/API revenue" is API revenue', () => {
    expect(figure("In 2025, Zhipu's MaaS revenue jumped 310% to 214 million yuan.", '214 million yuan').metric).toBe('other:segment-revenue');
    expect(figure("In 2025, Zhipu's MaaS/API revenue jumped 310% to 214 million yuan.", '214 million yuan').metric).toBe('api-revenue');
  });
});

describe('prices cut and money raised in a listing', () => {
  test('"cut the price of its flagship model by as much as 60 per cent" is a price cut of 60%', () => {
    const f = figure('In 2026, DeepSeek cut the price of its flagship model by as much as 60 per cent.', '60 per cent');
    expect([f.metric, f.value]).toEqual(['price-change', -0.6]);
  });

  test('"the HK$4.2 billion raised in the listing" is the IPO\'s proceeds', () => {
    expect(figure('MiniMax said its cash pile was bolstered by the HK$4.2 billion raised in the listing.', 'HK$4.2 billion').metric).toBe('ipo-proceeds');
  });

  test('"net proceeds from its March listing", "a March listing that raised", "上市集资净额" are the IPO\'s; a round "that values it at" is a valuation', () => {
    expect(figure('SenseTime ended June with cash of 12 billion yuan, helped by HK$3.1bn of net proceeds from its March listing.', 'HK$3.1bn').metric).toBe('ipo-proceeds');
    const since = figure('It was Zhipu\'s first report since a March listing that raised HK$5.2 billion.', 'HK$5.2 billion');
    expect([since.metric, since.basis]).toEqual(['ipo-proceeds', null]);
    expect(figure('公司现金主要来自今年3月上市集资净额约52亿港元及其后的配售。', '52亿港元').metric).toBe('ipo-proceeds');
    expect(figure('公司今年3月配售新股集资约20亿港元。', '20亿港元').metric).toBe('funding');
    expect(figure('StepFun has raised $700 million in a round that values it at about $9 billion.', '$9 billion').metric).toBe('valuation');
  });
});

describe('tokens a day', () => {
  test('after a price per million tokens, "58 trillion tokens a day" is a daily token count', () => {
    const read = readFigures('Input to Doubao will cost 0.3 yuan per million tokens. ByteDance said Doubao processed an average of more than 58 trillion tokens a day in February, up from 16.4 trillion a year earlier.', { pageDate: '2026-03-12' });
    expect(read.map((f) => [f.text, f.metric, f.period])).toEqual([
      ['0.3 yuan', 'price-per-mtok', '2026-03'],
      ['58 trillion tokens', 'other:daily-tokens', '2026-02'],
      ['16.4 trillion', 'other:daily-tokens', '2025-02'],
    ]);
  });
});

describe('more lines of business and multiples', () => {
  test('"分业务看" goes through the lines of business; "Baidu Core revenue" is a part; Apollo Go rides are robotaxi rides', () => {
    expect(figure('2026年上半年，分业务看，教育业务仍是第一大收入来源，上半年实现收入36.91亿元。', '36.91亿元').metric).toBe('other:segment-revenue');
    expect(figure('快手第三季收入增长13%。分部方面，线上营销服务收入增长14.1%；直播收入99.3亿元，按年跌2.7%。', '99.3亿元').metric).toBe('other:segment-revenue');
    expect(figure('In Q3 2026, Baidu Core revenue was RMB25.2 billion.', 'RMB25.2 billion').metric).toBe('other:segment-revenue');
    expect(figure('In Q3 2026, Apollo Go provided 4.9 million fully driverless rides.', '4.9 million').metric).toBe('other:robotaxi-rides');
  });

  test('"trades at about 40 times this year\'s expected sales" is a price-to-sales multiple; "cut the price of GLM-5 on its platform by 50%" a fall', () => {
    expect(figure("In 2026, MiniMax trades at about 40 times this year's expected sales.", '40 times').metric).toBe('price-to-sales');
    const f = figure('In March 2026, Zhipu cut the price of GLM-5 on its platform by 50% to 4 yuan per million input tokens.', '50%');
    expect([f.metric, f.value]).toEqual(['price-change', -0.5]);
  });

  test('"4.35 billion Hong Kong dollars raised in its January IPO" is the IPO\'s proceeds', () => {
    expect(figure('Zhipu ended the year with 11.7 billion yuan in cash, before counting 4.35 billion Hong Kong dollars raised in its January IPO.', '4.35 billion Hong Kong dollars').metric).toBe('ipo-proceeds');
  });
});

describe('a market report', () => {
  test('"Zhipu jumped 14.6% to a record HK$612": a move of the shares and their price; "Revenue rose 142% to $191.4 million" stays revenue', () => {
    const read = readFigures('Zhipu, the Beijing model developer, jumped 14.6% to a record HK$612 on Monday. SenseTime added 6.1% to HK$2.43 on turnover of HK$5.6 billion. MiniMax said revenue rose 142% to $191.4 million in 2025.', { pageDate: '2026-03-02' });
    expect(read.map((f) => [f.text, f.entity, f.metric])).toEqual([
      ['14.6%', 'zhipu', 'stock-change'],
      ['HK$612', 'zhipu', 'share-price'],
      ['6.1%', 'sensetime', 'stock-change'],
      ['HK$2.43', 'sensetime', 'share-price'],
      ['HK$5.6 billion', 'sensetime', null],
      ['142%', 'minimax', 'revenue-growth'],
      ['$191.4 million', 'minimax', 'revenue'],
    ]);
  });
});

describe('relative clauses, margins on a revenue, an API business, and figures at a company', () => {
  const read = (text: string) => readFigures(text, { pageDate: '2026-04-02' }).map((f) => [f.text, f.entity, f.metric, f.period]);

  test('a cue inside ", which …," does not name the figure after it; "gross margin on that revenue" is a part\'s margin', () => {
    expect(read("In 2025, Zhipu's cloud business, which sells API access to developers, grew 190% to 268 million yuan. But gross margin on that revenue fell to 21% from 34% in 2024.").map((r) => r[2])).toEqual([
      'other:segment-revenue-growth',
      'other:segment-revenue',
      'other:segment-gross-margin',
      'other:segment-gross-margin',
    ]);
  });

  test('a margin told right after the revenue of a part the reader cannot name is the part\'s; one after the total is not', () => {
    expect(read('In 2025, Baidu’s open platform revenue was $61.8 million, at a gross margin of 68.9%, while total revenue was $300 million at a gross margin of 31.6%.').map((r) => r[2])).toEqual([
      'api-revenue',
      'other:segment-gross-margin',
      'revenue',
      'gross-margin',
    ]);
    // (an EBITA margin too: "cloud revenue reached 188.3 billion yuan at an adjusted EBITA margin of 9.1%")
    expect(read('In 2025, Alibaba’s cloud revenue reached 188.3 billion yuan at an adjusted EBITA margin of 9.1%.').map((r) => r[2])).toEqual(['other:segment-revenue', 'other:segment-ebita-margin']);
    // (the group's margin named as such stays the group's)
    expect(read('In 2025, Baidu’s open platform revenue was $61.8 million, and the group’s gross margin was 45%.').map((r) => r[2])).toEqual(['api-revenue', 'gross-margin']);
  });

  test('"EBITA margin at Cloud Intelligence Group", "gross margin at Alibaba Cloud": the unit named after the margin is whose it is, not its revenue', () => {
    expect(read('In the June quarter, adjusted EBITA margin at Cloud Intelligence Group, which houses the Qwen models, rose to 10.8% from 8.8% a year earlier.').map((r) => r[2])).toEqual([
      'other:segment-ebita-margin',
      'other:segment-ebita-margin',
    ]);
    expect(read('In the June quarter, the gross margin at Alibaba Cloud was 40%.')[0]![2]).toBe('other:segment-gross-margin');
    expect(read('In the June quarter, the gross margin at Alibaba was 40%.')[0]![2]).toBe('gross-margin');
  });

  test('a contribution margin (贡献利润率) is no gross margin', () => {
    expect(read('In 2025, MiniMax’s contribution margin was 30%, against a gross margin of 25%.').map((r) => r[2])).toEqual(['other:contribution-margin', 'gross-margin']);
    expect(read('2025年5月，Kimi订阅业务的贡献利润率为-23%，毛利率为10%。').map((r) => r[2])).toEqual(['other:contribution-margin', 'gross-margin']);
  });

  test('a count told with the things it counts ("41,000 units", "1.46万台") is no sum of money, whatever money metric was in force', () => {
    expect(read('UBTech’s revenue rose 20% in 2025. China’s humanoid shipments will reach 41,000 units in 2026, according to Axion.')[1]![2]).toBeNull();
    expect(read('2025年优必选营收24.1亿元。2025年中国人形机器人出货量为1.46万台。')[1]![2]).toBeNull();
    // (a sum without its currency written stays the revenue it was said to be)
    expect(read('In 2025, UBTech’s revenue was 2.41 billion yuan, up from 1.3 billion.')[1]![2]).toBe('revenue');
  });

  test('a holder\'s stake ("持股比例提升至7.2%", "raised its stake to 7.2%") is no change in a round or a valuation', () => {
    expect(read('今年6月，腾讯在智元机器人C轮融资中将持股比例提升至7.2%。')[0]![2]).toBeNull();
    expect(read('In June, Tencent raised its stake to 7.2% in the funding round.')[0]![2]).toBeNull();
  });

  test('an EBITDA loss (经调整EBITDA亏损) is no net loss; its narrowing is the change of that loss', () => {
    expect(read('2026年上半年，商汤经调整EBITDA亏损2.96亿元，按年收窄55%。').map((r) => r[2])).toEqual(['other:adjusted-ebitda-loss', 'other:adjusted-ebitda-loss-change']);
    expect(read('In the first half of 2026, SenseTime’s adjusted EBITDA loss was 296 million yuan, and its net loss was 1.2 billion yuan.').map((r) => r[2])).toEqual(['other:adjusted-ebitda-loss', 'net-loss']);
  });

  test('"该部分收入", "当地收入": a part pointed back at, or a place\'s revenue, in a later clause is a part\'s, never the total', () => {
    expect(read('2026年第二季度，百度AI原生营销服务成为新的增长点，该部分收入同比增长186%，达到34亿元。').map((r) => r[2])).toEqual(['other:segment-revenue-growth', 'other:segment-revenue']);
    expect(read('日本是MiniMax增长最快的单一市场，2026年上半年当地收入按年增长约1.1倍。')[0]![2]).toBe('other:segment-revenue-growth');
  });

  test('growth on a like-for-like basis (同口径) is not the reported revenue growth', () => {
    expect(read('2026年第三季度，阿里巴巴集团收入2621亿元，同比增长6%；若剔除已出售业务，同口径增长11%。').map((r) => r[2])).toEqual(['revenue', 'revenue-growth', 'other:adjusted-revenue-growth']);
    expect(read('In the third quarter of 2026, Alibaba’s revenue rose 6%. On a like-for-like basis revenue rose 11%.').map((r) => r[2])).toEqual(['revenue-growth', 'other:adjusted-revenue-growth']);
  });

  test('"a negative gross margin of 4.5%" is below zero; a loss "narrower by 24%" fell', () => {
    expect(readFigures('In 2025, the unit had revenue of 150 million yuan and a negative gross margin of 4.5%.').find((f) => f.text === '4.5%')!.value).toBeCloseTo(-0.045);
    const loss = readFigures('In 2025, Baidu’s adjusted net loss was 188 million yuan, narrower by 24%.').find((f) => f.text === '24%')!;
    expect([loss.metric, loss.value]).toEqual(['other:adjusted-net-loss-change', -0.24]);
  });

  test('"DeepSeek\'s API business alone generated about 1.1 billion yuan of revenue" is API revenue; "less than 20% at Moonshot" is Moonshot\'s', () => {
    expect(read("He estimated that DeepSeek's API business alone generated about 1.1 billion yuan of revenue last year.")[0]!.slice(1, 3)).toEqual(['deepseek', 'api-revenue']);
    expect(read('About 70% of MiniMax revenue came from outside China in 2025, compared with less than 20% at Moonshot.')[1]![1]).toBe('moonshot');
  });

  test('"36 million users in November that year" is November of the year named before; "今年1月" is January of the page\'s year', () => {
    expect(read('Kimi spent heavily on advertising in late 2024 and briefly held 36 million users in November that year.')[0]![3]).toBe('2024-11');
    expect(readFigures('MiniMax另有今年1月上市集资所得净额约42亿港元。', { pageDate: '2026-03-27' })[0]!.period).toBe('2026-01');
  });
});

describe('a figure inside a relative clause', () => {
  test('"ahead of rival Baidu, which reported revenue of 31 billion yuan" is the antecedent\'s, rival or not', () => {
    const text = 'Alibaba shares rose 5% on Friday, ahead of rival Baidu, which reported third-quarter revenue of 31 billion yuan in 2026.';
    expect(figure(text, '31 billion yuan').entity).toBe('baidu');
    expect(figure(text, '5%').entity).toBe('alibaba');
  });
});

describe('"respectively" in Hong Kong Chinese', () => {
  test('"商湯（0020）及快手（1024）今年以來股價分別升約80%及35%": item by item, past the tickers and the verb on the first item', () => {
    const f = readFigures('市場人士指，商湯（0020）及快手（1024）今年以來股價分別升約80%及35%。', { pageDate: '2026-08-28' });
    expect(f.map((x) => [x.text, x.entity])).toEqual([
      ['80%', 'sensetime'],
      ['35%', 'kuaishou'],
    ]);
  });
});

describe('the subject past a relative clause', () => {
  test('"DeepSeek, which briefly overtook Doubao in February, slipped to 81 million": DeepSeek\'s', () => {
    expect(figure('DeepSeek, which briefly overtook Doubao in February, slipped to 81 million users in December 2025.', '81 million').entity).toBe('deepseek');
  });

  test('"Rival Zhipu, which reported a 125% rise in revenue last week, was down 1.2%": not revenue growth', () => {
    expect(figure('Rival Zhipu, which reported a 125% rise in first-half revenue to 412 million yuan last week, was down 1.2%.', '1.2%').metric).not.toBe('revenue-growth');
  });
});

describe('results and market wires (sentences of our own)', () => {
  const read = (text: string, pageDate = '2026-11-19') => readFigures(text, { pageDate }).map((f) => [f.text, f.entity, f.metric, f.period]);

  test('"revenue from AI-powered apps" is a part\'s; "the same quarter of 2025"; "per American depositary share" is EPS; a price target "on the shares"', () => {
    const text =
      'Baidu reported third-quarter results on Tuesday. Revenue from AI-powered apps grew 42% to 2.9 billion yuan. It swung to a net loss of 2.1 billion yuan from a profit of 7.6 billion yuan in the same quarter of 2025. Adjusted net profit fell 28% to 3.4 billion yuan, or 9.70 yuan per American depositary share. Li Wei cut his price target on the U.S.-listed shares to $148.';
    expect(read(text).map((r) => [r[0], r[2], r[3]])).toEqual([
      ['42%', 'other:segment-revenue-growth', '2026-Q3'],
      ['2.9 billion yuan', 'other:segment-revenue', '2026-Q3'],
      ['2.1 billion yuan', 'net-loss', '2026-Q3'],
      ['7.6 billion yuan', 'net-profit', '2025-Q3'],
      ['28%', 'other:non-gaap-net-profit-growth', '2026-Q3'],
      ['3.4 billion yuan', 'other:non-gaap-net-profit', '2026-Q3'],
      ['9.70 yuan', 'other:eps', '2026-Q3'],
      ['$148', 'other:target-price', null],
    ]);
  });

  test('a listed company "closed at HK$402, valuing the company at HK$177 billion" has that market value; a round "in July at a valuation of $12 billion" is valued in July', () => {
    expect(read("Zhipu's shares closed at HK$402 on Wednesday, valuing the company at about HK$177 billion.", '2026-08-28').map((r) => r[2])).toEqual(['share-price', 'market-cap']);
    expect(read('Rival MiniMax listed a day after Zhipu, while Moonshot AI raised $700 million in July at a valuation of $12 billion.', '2026-08-28')).toEqual([
      ['$700 million', 'moonshot', 'funding', '2026-07'],
      ['$12 billion', 'moonshot', 'valuation', '2026-07'],
    ]);
  });

  test('"智谱(02513.HK)涨6.3%，报351港元": a move and a price quoted in a market report; "sales of API access" is API revenue', () => {
    expect(read('港股大模型板块今日走强。智谱(02513.HK)涨6.3%，报351港元。', '2026-06-11').map((r) => r[2])).toEqual(['stock-change', 'share-price']);
    // (and the cumulative move, with the market value after it: "MiniMax（0100）累升195%，市值約1,060億港元")
    expect(read('港股AI板塊今年表現突出。商湯（0020）今年以來累升約80%，市值約1,200億港元。', '2026-10-09').map((r) => r[2])).toEqual(['stock-change', 'market-cap']);
    expect(read('In the first half of 2026, Zhipu sales of API access through its open platform rose to 410 million yuan.')[0]![2]).toBe('api-revenue');
  });
});

describe('money a business "generated" or "brought in" (sentences of our own)', () => {
  const read = (text: string, pageDate = '2026-08-27') => readFigures(text, { pageDate }).map((f) => [f.text, f.metric]);

  test('what a part of the company earned is that part\'s revenue; what the API business earned is API revenue', () => {
    expect(read('Kuaishou said its Kling video unit, which sells subscriptions to creators, generated 1.2 billion yuan in the second quarter, up 80% from a year earlier.')).toEqual([
      ['1.2 billion yuan', 'other:segment-revenue'],
      ['80%', 'other:segment-revenue-growth'],
    ]);
    expect(read('StepFun said its open platform, which sells model access to developers, brought in $42 million in the first half.')).toEqual([['$42 million', 'api-revenue']]);
    expect(read('StepFun generated $90 million in the first half of 2026.')).toEqual([['$90 million', 'revenue']]);
  });

  test('an earning verb says nothing of a count, nor of an amount it is not said of', () => {
    expect(read('Hailuo generated 12 million videos in July.')).toEqual([['12 million', null]]);
    expect(read('Subscriptions brought in $30 million and the open platform, which serves developers, $20 million.')).toEqual([
      ['$30 million', 'other:segment-revenue'],
      ['$20 million', null],
    ]);
  });
});

describe('what a company is valued at, and whose market value a relative clause gives (sentences of our own)', () => {
  test('"valued at about $3 billion in a March round" is a valuation, not the round\'s money; "Zhipu, whose shares give it a market value of" is Zhipu\'s', () => {
    const f = readFigures('The deal puts Baichuan behind StepFun, valued at about $3 billion in a March round, and well short of Zhipu, whose Hong Kong shares give it a market value of about HK$200 billion.', { pageDate: '2026-06-02' });
    expect(f.map((x) => [x.text, x.entity, x.metric])).toEqual([
      ['$3 billion', 'stepfun', 'valuation'],
      ['HK$200 billion', 'zhipu', 'market-cap'],
    ]);
  });
});

describe('Hong Kong financial Chinese (sentences of our own)', () => {
  test('"純利" is net profit', () => {
    const f = readFigures('小米次季純利升18%至108億元，收入增14%。', { pageDate: '2026-08-20' });
    expect(f.map((x) => [x.text, x.metric, x.period])).toEqual([
      ['18%', 'other:net-profit-growth', '2026-Q2'],
      ['108億元', 'net-profit', '2026-Q2'],
      ['14%', 'revenue-growth', '2026-Q2'],
    ]);
  });
});

describe('a spending or a loss as a multiple of revenue (sentences of our own)', () => {
  test('"1.4 times revenue" after R&D is the R&D ratio, after a loss the loss per unit of revenue; "20 times sales" stays a valuation multiple', () => {
    const f = readFigures('StepFun said R&D spending reached $180 million in 2025, or 1.4 times revenue. Its net loss was 2.2 times revenue. Its shares trade at 20 times sales.', { pageDate: '2026-04-01' });
    expect(f.map((x) => [x.text, x.metric])).toEqual([
      ['$180 million', 'rd-expense'],
      ['1.4 times', 'rd-ratio'],
      ['2.2 times', 'loss-per-revenue'],
      ['20 times', 'price-to-sales'],
    ]);
    expect(readFigures('2025年，阶跃星辰研发开支为12.6亿元，约为营收的3倍。', { pageDate: '2026-04-01' }).map((x) => [x.text, x.metric])).toEqual([
      ['12.6亿元', 'rd-expense'],
      ['3倍', 'rd-ratio'],
    ]);
  });
});

describe('tokens a day, and a change counted from a month (sentences of our own)', () => {
  test('"tokens handled by its models averaged 9 trillion a day" is a daily token count, not the users named before it', () => {
    const f = readFigures('Doubao had 120 million daily active users in June, while tokens handled by its models averaged 9 trillion a day.', { pageDate: '2026-07-10' });
    expect(f.map((x) => [x.text, x.metric])).toEqual([
      ['120 million', 'other:daily-active-users'],
      ['9 trillion', 'other:daily-tokens'],
    ]);
  });

  test('"up 80% from September" is counted from September: September is not its period', () => {
    const f = readFigures("Yuanbao had 40 million daily active users in March, up 80% from September.", { pageDate: '2026-05-13' });
    expect(f.map((x) => [x.text, x.period])).toEqual([
      ['40 million', '2026-03'],
      ['80%', null],
    ]);
  });
});

describe('placements told without the word, and the IPO price (sentences of our own)', () => {
  test('"raised … by selling new shares. It sold 20 million shares at HK$510 apiece, a discount of 8%": the placement\'s size, price and discount', () => {
    const text = 'MiniMax has raised HK$10 billion by selling new shares to institutional investors, eight months after its IPO. The company sold 20 million shares at HK$510 apiece, a discount of 8 per cent to the last close.';
    const f = readFigures(text, { pageDate: '2026-09-10' });
    expect(f.slice(1).map((x) => [x.text, x.metric])).toEqual([
      ['20 million', 'other:placement-shares'],
      ['HK$510', 'other:placement-price'],
      ['8 per cent', 'other:placement-discount'],
    ]);
    expect(readFigures('Rival Zhipu, which placed shares at a 7.5 percent discount in June, also fell.', { pageDate: '2026-09-10' })[0]!.metric).toBe('other:placement-discount');
  });

  test('a move "from its IPO price" is a move of the shares, not money the IPO raised; shares sold in the IPO are no placement', () => {
    const f = readFigures('The stock was up 150 per cent from its IPO price and has gained 30 per cent so far this year.', { pageDate: '2026-09-10' });
    expect(f.map((x) => x.metric)).toEqual(['stock-change', 'stock-change']);
    expect(readFigures('It sold 40 million new shares in its IPO at HK$165 each.', { pageDate: '2026-01-10' }).map((x) => x.metric)).not.toContain('other:placement-price');
  });
});

describe('a price list priced per million tokens (sentences of our own)', () => {
  test('"输出价格由每百万tokens 16元下调至8元，缓存命中价格由1元降至0.5元": every price of the list is per million tokens', () => {
    const f = readFigures('智谱的输出价格由每百万tokens 16元下调至8元，缓存命中的输入价格由1元降至0.5元。');
    expect(f.map((x) => [x.text, x.metric])).toEqual([
      ['16元', 'price-per-mtok'],
      ['8元', 'price-per-mtok'],
      ['1元', 'price-per-mtok'],
      ['0.5元', 'price-per-mtok'],
    ]);
  });
});

describe('a part\'s revenue past its period, a share "coming from", an IPO price (sentences of our own)', () => {
  test('"云业务2025年收入约80亿元" is the part\'s revenue; "百度2025年收入" the company\'s', () => {
    expect(readFigures('百度称，智能云业务2025年收入约80亿元。', { pageDate: '2026-03-20' })[0]!.metric).toBe('other:segment-revenue');
    expect(readFigures('百度2025年收入为1300亿元。', { pageDate: '2026-03-20' })[0]!.metric).toBe('revenue');
  });

  test('"with more than 60% coming from overseas" is a share of the revenue; "priced at HK$165 in the January IPO" is no money raised', () => {
    const f = readFigures('MiniMax took in $160 million in 2025, with more than 60% coming from overseas users. Its shares, priced at HK$165 in the January IPO, have since risen.', { pageDate: '2026-04-01' });
    expect(f.map((x) => [x.text, x.metric])).toEqual([
      ['$160 million', 'revenue'],
      ['60%', 'other:revenue-share'],
      ['HK$165', 'share-price'],
    ]);
  });
});

test('"SenseTime lost 5.1% to HK$2.24" is a move of the shares; "lost 4.7 billion yuan" a loss (sentences of our own)', () => {
  const f = readFigures('Baidu fell 3% to HK$90.10 and SenseTime lost 5.1% to HK$2.24 on Thursday. Zhipu lost 4.7 billion yuan last year.', { pageDate: '2026-05-20' });
  expect(f.map((x) => [x.text, x.metric])).toEqual([
    ['3%', 'stock-change'],
    ['HK$90.10', 'share-price'],
    ['5.1%', 'stock-change'],
    ['HK$2.24', 'share-price'],
    ['4.7 billion yuan', 'net-loss'],
  ]);
});

test('"从16元/百万tokens下调至8元/百万tokens": the old price is no price of the page\'s month; "Our PT of HK$520" is a price target (sentences of our own)', () => {
  const f = readFigures('6月初，智谱将旗舰模型的输出价格从16元/百万tokens下调至8元/百万tokens。', { pageDate: '2026-06-20' });
  expect(f.map((x) => [x.text, x.period])).toEqual([
    ['16元', null],
    ['8元', '2026-06'],
  ]);
  expect(readFigures('Our PT of HK$520 is based on 22x FY27E EV/sales.', { pageDate: '2026-03-24' })[0]!.metric).toBe('other:target-price');
});

describe('a market desk\'s figures (sentences of our own)', () => {
  const read = (text: string) => readFigures(text, { pageDate: '2026-07-15' }).map((x) => [x.text, x.entity, x.metric]);

  test('multiples compared with a price-to-sales multiple are price-to-sales multiples, each of the company it is "for"', () => {
    expect(read('SenseTime shares fell. The stock trades at about 12 times forecast sales for this year, compared with some 40 times for Zhipu and 2.1 times for Baidu.')).toEqual([
      ['12 times', 'sensetime', 'price-to-sales'],
      ['40 times', 'zhipu', 'price-to-sales'],
      ['2.1 times', 'baidu', 'price-to-sales'],
    ]);
  });

  test('money wiped off a market value, southbound buying and a day\'s turnover are no share prices', () => {
    expect(read('MiniMax shares fell 9% on Tuesday, wiping about $3 billion off its market value.').map((r) => r[2])).toEqual(['stock-change', 'other:market-cap-change']);
    expect(read('Southbound investors bought a net HK$1.8 billion of MiniMax stock in June.').map((r) => r[2])).toEqual([null]);
  });

  test('a placement\'s share of capital, money from new shares, the share of turnover sold short, R&D per yuan of revenue', () => {
    expect(read('Kuaishou sold 30 million new shares at HK$70 each, equal to about 0.7% of its enlarged share capital.').map((r) => r[2])).toEqual(['other:placement-shares', 'other:placement-price', 'other:placement-share-of-capital']);
    expect(read('iFlytek sold new shares worth 3 billion yuan in March.').map((r) => r[2])).toEqual(['funding']);
    expect(read('Zhipu fell 6% as short selling made up 28% of the stock\'s turnover.').map((r) => r[2])).toEqual(['stock-change', 'other:short-selling-ratio']);
    expect(read('Zhipu lost 4.7 billion yuan last year. It spends about 2.2 yuan on research for every yuan of revenue.').map((r) => r[2])).toEqual(['net-loss', 'rd-ratio']);
  });
});

describe('broker lists, run rates, contributions, plunges, multiples and investors (sentences of our own)', () => {
  test('"FY26E/27E/28E revenue of RMB1.2/1.9/2.7bn" takes the years item by item', () => {
    const f = readFigures('We lift FY26E/27E/28E revenue to RMB1.2/1.9/2.7bn.', { pageDate: '2026-09-01' });
    expect(f.map((x) => [x.text, x.period])).toEqual([
      ['RMB1.2', '2026'],
      ['1.9', '2027'],
      ['2.7bn', '2028'],
    ]);
  });

  test('"ran at around RMB2 billion a year" is a run rate; "贡献收入1.2亿美元" a part\'s revenue', () => {
    expect(readFigures('StepFun said its API sales ran at around RMB2 billion a year by June.', { pageDate: '2026-09-01' })[0]!.metric).toBe('arr');
    expect(readFigures('2025年，星野应用贡献收入1.2亿美元。', { pageDate: '2026-03-01' })[0]!.metric).toBe('other:segment-revenue');
  });

  test('"急挫11.4%" is a fall; a market value after "1月以每股165港元上市" is the page\'s; "市值相当于明年预测收入约20倍" a price-to-sales multiple', () => {
    const f = readFigures('智谱股价昨日一度急挫8.2%。该股今年1月以每股116港元上市，市值约1,800亿港元。有分析师指，智谱目前市值相当于明年预测收入约20倍。', { pageDate: '2026-11-20' });
    expect(f.map((x) => [x.text, x.metric, x.value, x.period])).toEqual([
      ['8.2%', 'stock-change', -0.082, '2026-11'],
      ['116港元', 'share-price', 116, '2026-01'],
      ['1,800亿港元', 'market-cap', 1.8e11, '2026-11'],
      ['20倍', 'price-to-sales', 20, '2027'],
    ]);
  });

  test('"由阿里巴巴领投，投后估值25亿美元" is the company\'s valuation, not the investor\'s', () => {
    const f = readFigures('2024年3月，月之暗面完成10亿美元融资，由阿里巴巴领投，投后估值25亿美元。', { pageDate: '2026-09-01' });
    expect(f.map((x) => [x.text, x.entity])).toEqual([
      ['10亿美元', 'moonshot'],
      ['25亿美元', 'moonshot'],
    ]);
  });
});

describe('guidance ranges, spending "it spent in", what was said when, paying subscribers (sentences of our own)', () => {
  test('"lift revenue to $500 million to $700 million next year" is one range; "rose to $5 million from $3 million" two figures', () => {
    expect(readFigures('Analysts think the agents can lift revenue to $500 million to $700 million next year.', { pageDate: '2026-11-20' }).map((x) => [x.text, x.value, x.valueMax])).toEqual([['$500 million to $700 million', 5e8, 7e8]]);
    expect(readFigures('Revenue rose to $5 million from $3 million.', { pageDate: '2026-11-20' }).map((x) => x.text)).toEqual(['$5 million', '$3 million']);
  });

  test('"AI businesses as a whole brought in" is a part\'s revenue; "the 30 billion yuan it spent in the first quarter" is that quarter\'s', () => {
    expect(readFigures('Baidu said AI-powered businesses as a whole brought in 10.5 billion yuan in the quarter.', { pageDate: '2026-11-20' })[0]!.metric).toBe('other:segment-revenue');
    const f = readFigures('Tencent said capex was 28 billion yuan in the third quarter, below the 30 billion yuan it spent in the first quarter.', { pageDate: '2026-11-20' });
    expect(f.map((x) => x.period)).toEqual(['2026-Q3', '2026-Q1']);
  });

  test('"said in February that it would invest 380 billion yuan over three years" is not February\'s spending; 付费订阅用户 are paying users', () => {
    expect(readFigures('Chief executive Eddie Wu said in February that Alibaba would invest over 380 billion yuan in the three years ahead.', { pageDate: '2026-11-20' })[0]!.period).not.toBe('2026-02');
    expect(readFigures('截至6月底，Kimi的付费订阅用户已超过150万。', { pageDate: '2026-07-20' })[0]!.metric).toBe('paying-users');
  });
});

describe('free cash flow out and in, and estimates for "2026E/27E" (sentences of our own)', () => {
  test('"自由现金流为净流出80亿元，去年同期则为净流入120亿元": a free cash flow, out then in, the second of the year-ago quarter', () => {
    const f = readFigures('腾讯公布2026年第二季业绩。自由现金流为净流出80亿元，去年同期则为净流入120亿元。', { pageDate: '2026-08-20' });
    expect(f.map((x) => [x.text, x.metric, x.value, x.period])).toEqual([
      ['80亿元', 'other:free-cash-flow', -8e9, '2026-Q2'],
      ['120亿元', 'other:free-cash-flow', 1.2e10, '2025-Q2'],
    ]);
  });

  test('"RMB20.1bn/27.3bn for 2026E/27E" takes the years item by item', () => {
    const f = readFigures('We forecast cloud revenue of RMB20.1bn/27.3bn for 2026E/27E.', { pageDate: '2026-11-20' });
    expect(f.map((x) => [x.text, x.period])).toEqual([
      ['RMB20.1bn', '2026'],
      ['27.3bn', '2027'],
    ]);
  });
});

test('"Kling generated 1.2 billion yuan. Total revenue for the quarter grew 12%": the group\'s total, said so, is not the unit\'s (sentences of our own)', () => {
  const f = readFigures('Kling generated 1.2 billion yuan in revenue in the third quarter. Total revenue for the quarter grew 12% to 38.1 billion yuan.', { pageDate: '2026-11-20' });
  expect(f.map((x) => [x.text, x.metric])).toEqual([
    ['1.2 billion yuan', 'other:segment-revenue'],
    ['12%', 'revenue-growth'],
    ['38.1 billion yuan', 'revenue'],
  ]);
});

test('"非国际财务报告准则下的经营利润" is the adjusted operating profit, not the adjusted net profit (sentences of our own)', () => {
  const f = readFigures('腾讯第二季非国际财务报告准则下的经营利润为690亿元，非国际财务报告准则下的净利润为650亿元。', { pageDate: '2026-08-20' });
  expect(f.map((x) => [x.text, x.metric])).toEqual([
    ['690亿元', 'other:adjusted-operating-profit'],
    ['650亿元', 'other:non-gaap-net-profit'],
  ]);
});

test('"revenue of RMB600mn, with cloud services at RMB350mn and the API platform at RMB150mn": the parts\' revenue (sentences of our own)', () => {
  const f = readFigures('StepFun reported 1H26 revenue of RMB600mn, with cloud services at RMB350mn and the API platform at RMB150mn.', { pageDate: '2026-09-20' });
  expect(f.map((x) => [x.text, x.metric])).toEqual([
    ['RMB600mn', 'revenue'],
    ['RMB350mn', 'other:segment-revenue'],
    ['RMB150mn', 'api-revenue'],
  ]);
});

test('"held a 26% share, followed by Tencent Cloud (10%)"; "非美国通用会计准则下的净利润" (sentences of our own)', () => {
  expect(readFigures('Alibaba Cloud held a 26% share, followed by Tencent Cloud (10%) and Volcano Engine (9%).', { pageDate: '2026-09-01' }).map((x) => [x.text, x.entity, x.metric])).toEqual([
    ['26%', 'alibaba', 'market-share'],
    ['10%', 'tencent', 'market-share'],
    ['9%', 'bytedance', 'market-share'],
  ]);
  expect(readFigures('百度第三季非美国通用会计准则下的净利润为50亿元。', { pageDate: '2026-11-20' })[0]!.metric).toBe('other:non-gaap-net-profit');
});

describe('features: per dollar, investors, targets, guidance raised, shares of "it", an IPO\'s price (sentences of our own)', () => {
  const read = (text: string) => readFigures(text, { pageDate: '2026-06-18' }).map((x) => [x.text, x.entity, x.metric]);

  test('"lost about 1.2 dollars for every dollar" is a loss per unit of revenue', () => {
    expect(read('StepFun lost about 1.2 dollars for every dollar in the half.')).toEqual([['1.2 dollars', 'stepfun', 'loss-per-revenue']]);
  });

  test('"after Tencent led a $500m investment in it" is Moonshot\'s funding, Tencent the investor', () => {
    expect(read('Moonshot was valued at $3bn after Tencent led a $500m investment in it in 2024.').map((r) => [r[0], r[1], r[2]])).toEqual([
      ['$3bn', 'moonshot', 'valuation'],
      ['$500m', 'moonshot', 'funding'],
    ]);
  });

  test('"has a target price of HK$200 on its shares" is a target; "raised its guidance for 2026 to $90 billion" raised no money', () => {
    expect(read("Li Wen expects Baidu's capex to reach 20 billion yuan and has a target price of HK$200 on its shares.").map((r) => r[2])).toEqual(['capex', 'other:target-price']);
    expect(read("Meta expects capex of $70 billion this year, and Google's parent has raised its guidance for 2026 to $90 billion.").map((r) => r[2])).not.toContain('funding');
  });

  test('"over 70% of it from consumers abroad" is a share of revenue', () => {
    expect(read('MiniMax had revenue of $30 million in 2024, over 70% of it from consumers abroad.').map((r) => r[2])).toEqual(['revenue', 'other:revenue-share']);
  });
});

describe('flash items (sentences of our own)', () => {
  test('"由X领投，腾讯、启明创投跟投" makes the co-investors investors too; the round is the start-up\'s', () => {
    const f = readFigures('月之暗面宣布完成10亿美元融资，由红杉中国领投，腾讯、启明创投跟投，投后估值约120亿美元。', { pageDate: '2026-07-09' });
    expect(f.map((x) => [x.text, x.entity])).toEqual([
      ['10亿美元', 'moonshot'],
      ['120亿美元', 'moonshot'],
    ]);
  });

  test('figures in parentheses after a line of business are its own; "GPM" is the gross margin', () => {
    const f = readFigures('Zhipu 1H26 revenue was RMB1.2bn, driven by on-premise deployments (+40% YoY to RMB0.8bn). GPM expanded 3.1ppt YoY to 52.0%.', { pageDate: '2026-08-29' });
    expect(f.map((x) => [x.text, x.metric])).toEqual([
      ['RMB1.2bn', 'revenue'],
      ['+40%', 'other:segment-revenue-growth'],
      ['RMB0.8bn', 'other:segment-revenue'],
      ['3.1ppt', 'other:gross-margin-change'],
      ['52.0%', 'gross-margin'],
    ]);
  });

  test('"每股美国存托股收益" is earnings per share; "扣非净亏损…按年收窄41.5%" the loss before one-off items and its change', () => {
    const f = readFigures('百度第三季经调整每股美国存托股收益15.2元。科大讯飞扣非净亏损3.5亿元，按年收窄40%。', { pageDate: '2026-11-20' });
    expect(f.map((x) => [x.text, x.metric, x.value])).toEqual([
      ['15.2元', 'other:adjusted-eps', 15.2],
      ['3.5亿元', 'other:net-loss-excl-nonrecurring', 3.5e8],
      ['40%', 'other:net-loss-excl-nonrecurring-change', -0.4],
    ]);
  });
});

describe('money raised over all rounds is no round (sentences of our own)', () => {
  const read = (text: string, surface: string) => readFigures(text, { pageDate: '2026-07-15' }).find((x) => x.text === surface)!;
  test('"in total", "to date", 累计 make the amount cumulative funding; a round stays a round', () => {
    expect(read('The company had raised over 16 billion yuan in total by the end of 2024.', '16 billion yuan').metric).toBe('other:cumulative-funding');
    expect(read('Zhipu has raised about 16bn yuan to date.', '16bn yuan').metric).toBe('other:cumulative-funding');
    const zh = '阶跃星辰3月完成约35亿元融资，累计融资约90亿元。';
    expect(read(zh, '90亿元').metric).toBe('other:cumulative-funding');
    expect(read('Moonshot raised $700 million in a round in May.', '$700 million').metric).toBe('funding');
  });
  test('"across 2024 and 2025" is one amount over both years', () => {
    expect(read('MiniMax raised $850m across 2024 and 2025.', '$850m').period).toBe('2024..2025');
  });
});

describe('a part of the company as the subject of its revenue (sentences of our own)', () => {
  const read = (text: string, surface: string) => readFigures(text, { pageDate: '2026-02-20' }).find((x) => x.text === surface)!;
  test('"Cloud Intelligence Group grew revenue", "the cloud unit, which …, lifted revenue": the unit’s revenue', () => {
    expect(read('Alibaba’s Cloud Intelligence Group grew revenue by 29% to 41.2 billion yuan in the quarter to December.', '41.2 billion yuan').metric).toBe('other:segment-revenue');
    expect(read('Alibaba’s cloud unit, which says AI products have grown for nine quarters, lifted revenue 26% to 33.4bn yuan.', '26%').metric).toBe('other:segment-revenue-growth');
    expect(read('阿里巴巴云智能集团在截至2025年12月31日止季度的收入为389亿元。', '389亿元').metric).toBe('other:segment-revenue');
    expect(read('MiniMax said in August that Hailuo and its other consumer apps brought in $168 million in the first half.', '$168 million').metric).toBe('other:segment-revenue');
    // (the company itself as subject: its revenue)
    expect(read('Alibaba grew revenue by 7% to 250 billion yuan in the quarter.', '250 billion yuan').metric).toBe('revenue');
  });
  test('"up from less than 40 million yuan" is the same part’s revenue', () => {
    expect(read('Baichuan’s medical business brought in about 180 million yuan of revenue in 2025, up from less than 40 million yuan in 2024.', '40 million yuan').metric).toBe('other:segment-revenue');
  });
});

describe('其中, parts in parentheses, 相关的 and in-app purchases (sentences of our own)', () => {
  const metric = (text: string, surface: string) => readFigures(text, { pageDate: '2026-08-28' }).find((x) => x.text === surface)!.metric;
  test('a clause opened by 其中 names a part of the revenue, unless the part is a period', () => {
    expect(metric('阿里巴巴收入增长6%，其中来自外部客户的收入增长36%。', '36%')).toBe('other:segment-revenue-growth');
    expect(metric('公司前三季度收入268.4亿元，其中第三季度实现营收102.7亿元。', '102.7亿元')).toBe('revenue');
  });
  test('past a comma after 其中: "其中，面向企业的开放平台及行业项目收入约23.5亿元"; not "其中，第三季度营收"', () => {
    expect(metric('讯飞前三季度大模型相关收入达41.3亿元。其中，面向企业的开放平台及行业项目收入约23.5亿元。', '23.5亿元')).toBe('other:segment-revenue');
    expect(metric('公司前三季度收入268.4亿元。其中，第三季度实现营收102.7亿元。', '102.7亿元')).toBe('revenue');
  });
  test('"海外AI应用(不含TikTok)合计收入", "与AI相关的收入", "in-app purchase revenue" are parts', () => {
    expect(metric('2026年上半年,字节跳动海外AI应用(不含TikTok)合计收入约6.8亿美元。', '6.8亿美元')).toBe('other:segment-revenue');
    expect(metric('期內百度與AI相關的收入首次超過100億元。', '100億元')).toBe('other:segment-revenue');
    expect(metric('Its in-app purchase revenue rose to $19 million in the three months ended September 30.', '$19 million')).toBe('other:segment-revenue');
  });
});

describe('a model’s own figures (sentences of our own)', () => {
  const metric = (text: string, surface: string) => readFigures(text, { pageDate: '2026-07-16' }).find((x) => x.text === surface)!.metric;
  test('active parameters are not the model’s size; a context window is not its parameters', () => {
    const en = 'Kimi K3 has 1.4 trillion total parameters, of which 48 billion are active for any given token, and reads up to 512,000 tokens of context.';
    expect([metric(en, '1.4 trillion'), metric(en, '48 billion'), metric(en, '512,000 tokens')]).toEqual(['parameters', 'other:active-parameters', 'other:context-length']);
    const zh = 'Qwen4-Max总参数量达2.2万亿，激活参数约650亿，原生支持100万tokens上下文。';
    expect([metric(zh, '2.2万亿'), metric(zh, '650亿'), metric(zh, '100万')]).toEqual(['parameters', 'other:active-parameters', 'other:context-length']);
  });
  test('a benchmark score is no context length, and a valuation said after its amount is a valuation', () => {
    expect(metric('GLM-6上下文长度200万tokens，于SWE-bench Verified取得81.3%成绩。', '81.3%')).toBe('other:benchmark-score');
    expect(metric('Qwen4-Max scored 79.6% on SWE-bench Verified.', '79.6%')).toBe('other:benchmark-score');
    expect(metric('月之暗面拟集资15亿美元，较5月一轮的180亿美元估值高出约67%。', '180亿美元')).toBe('valuation');
  });
  test('a count of daily API calls is no change in their volume; 日均 token 调用量 is daily tokens', () => {
    expect(metric('Daily API calls passed 500 million in June.', '500 million')).toBe('other:daily-api-calls');
    expect(metric('豆包大模型的日均 token 调用量在 9 月突破 50 万亿。', '50 万亿')).toBe('other:daily-tokens');
  });
  test('the unit word after a daily count says what was counted: 次 are calls, tokens are tokens', () => {
    const read = (text: string, surface: string) => readFigures(text, { pageDate: '2026-10-20' }).find((x) => x.text === surface)!;
    const calls = read('某平台9月日均调用量突破60亿次,较年初翻了一番。', '60亿');
    expect([calls.metric, calls.unit, calls.period]).toEqual(['other:daily-api-calls', 'count', '2026-09']);
    expect(read('某平台9月日均调用量突破60万亿,较年初翻了一番。', '60万亿').metric).toBe('other:daily-tokens');
    expect(read('該公司稱,目前每日調用量超過800億tokens。', '800億').metric).toBe('other:daily-tokens');
    expect(read('該公司稱,目前每日調用量超過8億次。', '8億').metric).toBe('other:daily-api-calls');
  });
  test('the share of staff in research is no research spending as a share of revenue, and a count of researchers no spending', () => {
    const read = (text: string, surface: string) => readFigures(text, { pageDate: '2026-04-21' }).find((x) => x.text === surface)!;
    const zh = '截至2025年末，该公司员工总数为9,860人，其中研发人员6,315人，占员工总数的64.0%。研发费用为31亿元，占收入的28%。';
    expect([read(zh, '6,315').metric, read(zh, '64.0%').metric, read(zh, '64.0%').period]).toEqual(['other:rd-headcount', 'other:rd-staff-share', '2025-12']);
    expect([read(zh, '31亿元').metric, read(zh, '28%').metric]).toEqual(['rd-expense', 'rd-ratio']);
    expect(read('該集團員工減至1012人，其中研發人員佔比升至74%。', '74%').metric).toBe('other:rd-staff-share');
    expect(read('R&D staff made up 71% of its employees at the end of 2025, and R&D spending was 33% of revenue.', '71%').metric).toBe('other:rd-staff-share');
    expect(read('R&D staff made up 71% of its employees at the end of 2025, and R&D spending was 33% of revenue.', '33%').metric).toBe('rd-ratio');
  });
  test('a spread over a benchmark rate is the price of a loan or a bond, not a change', () => {
    const read = (text: string, surface: string) => readFigures(text, { pageDate: '2026-09-01' }).find((x) => x.text === surface)!.metric;
    expect(read('The company signed a five-year loan with eight banks priced at 95 basis points over SOFR.', '95 basis points')).toBe('other:loan-margin');
    expect(read('It refinanced a facility priced at HIBOR+230bps.', '230bps')).toBe('other:loan-margin');
    expect(read('The group priced its ten-year bonds at 120 basis points over Treasuries.', '120 basis points')).toBe('other:bond-spread');
    expect(read('Its gross margin rose 150 basis points to 42%.', '150 basis points')).toBe('other:gross-margin-change');
  });
  test('people cut are a fall in the headcount, and 减幅 the size of a fall', () => {
    const read = (text: string, surface: string) => readFigures(text, { pageDate: '2026-08-21' }).find((x) => x.text === surface)!;
    const zh = read('期内员工人数由年初的3,958人减至3,412人，减少546人，减幅约14%。', '546');
    expect([zh.metric, zh.value]).toEqual(['other:headcount-change', -546]);
    const pct = read('期内员工人数由年初的3,958人减至3,412人，减少546人，减幅约14%。', '14%');
    expect([pct.metric, pct.value]).toEqual(['other:headcount-growth', -0.14]);
    expect(read('The company cut about 1,800 staff in the quarter.', '1,800').value).toBe(-1800);
    expect(read('About 1,800 employees were cut in the quarter.', '1,800').value).toBe(-1800);
    expect(read('The company added 1,800 staff in the quarter.', '1,800').value).toBe(1800);
    expect(read('公司收入为12亿元，减幅约14%。', '14%').value).toBe(-0.14);
  });
  test('a Chinese term glossed in English in brackets is still the term: 日均词元（Token）调用量 is daily tokens', () => {
    expect(figure('该平台日均词元（Token）调用量突破9万亿。', '9万亿').metric).toBe('other:daily-tokens');
  });
});

describe('the earner of the last clause, and research spending (sentences of our own)', () => {
  const metric = (text: string, surface: string) => readFigures(text, { pageDate: '2026-08-27' }).find((x) => x.text === surface)!.metric;
  test('"Hailuo and the Talkie app together brought in $131 million, while the open platform, which …, generated $61 million"', () => {
    const text = 'Hailuo and the Talkie companion app together brought in $131 million, while the open platform, which sells model access to businesses, generated $61 million.';
    expect([metric(text, '$131 million'), metric(text, '$61 million')]).toEqual(['other:segment-revenue', 'api-revenue']);
  });
  test('"Research spending was $252 million, up 41%" is R&D spending', () => {
    const text = 'MiniMax’s research spending was $252 million in the half, up 41%.';
    expect([metric(text, '$252 million'), metric(text, '41%')]).toEqual(['rd-expense', 'other:rd-expense-growth']);
  });
});

describe('a part of a capital budget (sentences of our own)', () => {
  const metric = (text: string, surface: string) => readFigures(text, { pageDate: '2026-03-20' }).find((x) => x.text === surface)!.metric;
  test('"including roughly 85 billion yuan for AI processors", "其中约850亿元将用于采购算力芯片" are parts, not the capex', () => {
    const en = 'ByteDance has budgeted about 160 billion yuan for capex in 2026, including roughly 85 billion yuan for AI processors.';
    expect([metric(en, '160 billion yuan'), metric(en, '85 billion yuan')]).toEqual(['capex', 'other:capex-part']);
    expect(metric('字节跳动今年在AI基础设施上的资本开支预计达1600亿元，其中约850亿元将用于采购算力芯片。', '850亿元')).toBe('other:capex-part');
    expect(metric('ByteDance plans to spend about 170 billion yuan on capital expenditure in 2026, with roughly 85 billion yuan of it going on AI chips.', '85 billion yuan')).toBe('other:capex-part');
  });
  test('a part is no claim', () => {
    const text = 'ByteDance has budgeted about 160 billion yuan for capex in 2026, including roughly 85 billion yuan for AI processors.';
    const figures = readFigures(text, { pageDate: '2026-03-20' });
    const { claims } = extractClaims(figures, text, { file: 'a.txt', url: null, title: null, siteName: null, date: '2026-03-20', lang: null });
    expect(claims.map((c) => c.value)).toEqual([160e9]);
  });
});

describe('the year-ago amount of a profit measure (sentences of our own)', () => {
  const metric = (text: string, surface: string) => readFigures(text, { pageDate: '2026-01-20' }).find((x) => x.text === surface)!.metric;
  test('"扣非净利润预计为1.9亿元至2.7亿元，上年同期为亏损1.57亿元": the loss excluding one-offs, not the net loss', () => {
    expect(metric('科大讯飞扣除非经常性损益后的净利润预计为1.9亿元至2.7亿元，上年同期为亏损1.57亿元。', '1.57亿元')).toBe('other:net-loss-excl-nonrecurring');
    expect(metric('科大讯飞归母净利润预计为8.6亿元，上年同期为6.25亿元。', '6.25亿元')).toBe('net-profit');
  });
});

describe('the price per token (a sentence of our own)', () => {
  test('"its average price per token fell 80%" is a price change, not revenue growth', () => {
    const f = readFigures('Zhipu’s open platform brought in about 390m yuan in 2025, but its average price per token fell 80% over the year.', { pageDate: '2026-09-04' }).find((x) => x.text === '80%')!;
    expect([f.metric, f.value]).toEqual(['price-change', -0.8]);
  });
});

describe('a share told with a verb of change or "contributing" (sentences of our own)', () => {
  const metric = (text: string, surface: string) => readFigures(text, { pageDate: '2026-11-20' }).find((x) => x.text === surface)!.metric;
  test('"佔總收入比例升至41%" and "with consumer apps contributing about 70%" are shares, not growth', () => {
    expect(metric('智譜今年首三季API收入按年增長2.8倍至11.4億元，佔總收入比例升至41%。', '41%')).not.toMatch(/growth/);
    expect(metric('MiniMax’s revenue for the first nine months was around $120 million, with consumer apps contributing about 70% and the open platform the rest.', '70%')).not.toMatch(/growth/);
  });
});

describe('EBITA spelt out, a unit’s operating margin, and people added or cut (sentences of our own)', () => {
  const metric = (text: string, surface: string) => readFigures(text, { pageDate: '2026-05-10' }).find((x) => x.text === surface)!.metric;
  test('"adjusted earnings before interest, taxes and amortisation at the cloud unit" is the unit’s EBITA', () => {
    const text = 'Alibaba reported results. Adjusted earnings before interest, taxes and amortisation at the cloud unit rose 29% to 4.1 billion yuan, giving the business a margin of 9.2%.';
    expect([metric(text, '29%'), metric(text, '4.1 billion yuan'), metric(text, '9.2%')]).toEqual(['other:segment-ebita-growth', 'other:segment-ebita', 'other:segment-ebita-margin']);
  });
  test('"the cloud unit’s operating margin" is the unit’s', () => {
    expect(metric('Baidu’s cloud unit’s operating margin could reach 8% by 2027.', '8%')).toBe('other:segment-operating-margin');
  });
  test('"plans to hire 200 more staff", "has cut about 8% of its staff" are changes, not the headcount', () => {
    expect(metric('Moonshot AI plans to hire 200 more staff this year, bringing its headcount to around 500.', '200')).toBe('other:headcount-change');
    expect(metric('Baidu has cut about 8% of its staff since October.', '8%')).toBe('other:headcount-change');
    expect(metric('Moonshot AI has about 450 employees.', '450')).toBe('headcount');
  });
});

describe('revenue named by what it came from is a part of the company’s (sentences of our own)', () => {
  const metric = (text: string, surface: string) => readFigures(text, { pageDate: '2026-08-26' }).find((x) => x.text === surface)!.metric;
  test('"revenue from generative AI amounted to", "revenue from vision AI was", "revenue from Baidu rose" are parts', () => {
    const text = 'SenseTime said revenue from generative AI amounted to RMB2.3 billion in the first half, up 27%. Revenue from vision AI was RMB402 million.';
    expect([metric(text, 'RMB2.3 billion'), metric(text, '27%'), metric(text, 'RMB402 million')]).toEqual(['other:segment-revenue', 'other:segment-revenue-growth', 'other:segment-revenue']);
    expect(metric('The chip designer said revenue from Baidu rose to $80 million in 2025.', '$80 million')).toBe('other:segment-revenue');
  });
  test('"revenue from its MaaS open platform" is the API business', () => {
    expect(metric('Zhipu said revenue from its MaaS open platform reached RMB610 million in the third quarter.', 'RMB610 million')).toBe('api-revenue');
  });
  test('but not a moved-from value, a year earlier, or contracts with customers: those are the whole', () => {
    expect(metric('Total revenue was RMB2.9 billion in the first half. Revenue from a year earlier was RMB2.4 billion.', 'RMB2.4 billion')).toBe('revenue');
    expect(metric('Revenue from contracts with customers was RMB2.9 billion in the first half.', 'RMB2.9 billion')).toBe('revenue');
    expect(metric('MiniMax said revenue from January to June was $80 million.', '$80 million')).toBe('revenue');
  });
});

describe('what a part contributed, restated as a share (sentences of our own)', () => {
  test('"with generative AI contributing RMB2.41 billion, or about 80%" is a part’s revenue and its share', () => {
    const f = readFigures('SenseTime’s first-half revenue rose 28% to RMB3.02 billion, with generative AI contributing RMB2.41 billion, or about 80%.', { pageDate: '2026-09-23' });
    expect(f.map((x) => x.metric)).toEqual(['revenue-growth', 'revenue', 'other:segment-revenue', 'other:segment-revenue-share']);
  });
  test('"Generative AI revenue was RMB2.41 billion, or about 80%." is a share, not growth', () => {
    expect(readFigures('Generative AI revenue was RMB2.41 billion, or about 80%.').find((x) => x.text === '80%')!.metric).toBe('other:segment-revenue-share');
  });
});

describe('receivables are owed, not cash (sentences of our own)', () => {
  test('"应收账款为186.3亿元" after 货币资金 in one sentence, and "trade receivables stood at", are receivables as of a date', () => {
    const f = readFigures('截至9月末，公司货币资金余额为98.4亿元；截至9月末，应收账款为186.3亿元。Trade receivables stood at RMB5 billion at the end of June, while cash was RMB9 billion.', { pageDate: '2026-10-22' });
    expect(f.map((x) => `${x.text}=${x.metric}`)).toEqual(['98.4亿元=cash', '186.3亿元=other:accounts-receivable', 'RMB5 billion=other:accounts-receivable', 'RMB9 billion=cash']);
    expect(f.find((x) => x.text === '186.3亿元')!.period).toBe('2026-09');
  });
});

describe('shares named with two words before them (a sentence of our own)', () => {
  test('"placing 1.6 billion new Class B shares at HK$1.52 each" is a number of shares and a placement price, not funding', () => {
    const f = readFigures('SenseTime will raise about HK$2.43 billion by placing 1.6 billion new Class B shares at HK$1.52 each.', { pageDate: '2026-09-23' });
    expect(f.map((x) => `${x.text}=${x.metric}`)).toEqual(['HK$2.43 billion=funding', '1.6 billion=other:placement-shares', 'HK$1.52=other:placement-price']);
  });
});

describe('a share "of it" (sentences of our own)', () => {
  test('"about 71% of it went on compute" is a share of something said before, no metric of ours; "70% of it earned abroad" is the overseas share', () => {
    expect(readFigures('R&D spending equalled 380% of revenue in 2025, and about 71% of it went on training compute.').find((x) => x.text === '71%')!.metric).toBeNull();
    expect(readFigures('MiniMax had revenue of $79m in 2025, more than 70% of it earned abroad.').find((x) => x.text === '70%')!.metric).toBe('other:overseas-revenue-share');
  });
});

describe('a share of all the tokens or calls of a market (a sentence of our own)', () => {
  test('"handled 49.2% of all large-model tokens processed on public clouds in China, up from 46.4%" is a market share', () => {
    const f = readFigures('Volcano Engine handled 49.2% of all large-model tokens processed on public clouds in China in the first half of 2026, up from 46.4% in the second half of 2025.', { pageDate: '2026-10-12' });
    expect(f.map((x) => x.metric)).toEqual(['market-share', 'market-share']);
  });
  test('"handled 46.4% of large-model token calls on China\'s public clouds, ahead of Alibaba Cloud at 27.1%" too; "70% of its API calls" is no market\'s', () => {
    const f = readFigures('Volcano Engine handled 46.4% of large-model token calls on China’s public clouds in the first half of 2026, ahead of Alibaba Cloud at 27.1%.', { pageDate: '2026-10-12' });
    expect(f.map((x) => x.metric)).toEqual(['market-share', 'market-share']);
    expect(figure('Overseas users made up 70% of its API calls in 2026.', '70%').metric).not.toBe('market-share');
  });
});

describe('the profit before one-off items said to be a loss (a sentence of our own)', () => {
  test('"扣非净利润仍亏损1.96亿元" is the loss before one-off items, not the net loss', () => {
    const f = readFigures('前三季度归母净利润0.85亿元，同比扭亏；扣非净利润仍亏损1.96亿元。', { pageDate: '2026-10-23' });
    expect(f.map((x) => x.metric)).toEqual(['net-profit', 'other:net-loss-excl-nonrecurring']);
  });
});

describe('a model’s size is told beside its word (sentences of our own)', () => {
  test('"据智能超参数统计，中标项目金额合计58.7亿元，同比增长约1.9倍；科大讯飞中标186个项目" has no parameter counts; "671 billion parameters", "参数量达到2300亿" do', () => {
    const f = readFigures('据第三方机构智能超参数统计，前三季度全国大模型相关中标项目金额合计58.7亿元，同比增长约1.9倍；其中科大讯飞中标186个项目。DeepSeek V3 has 671 billion parameters. 该模型参数量达到2300亿。', { pageDate: '2026-10-23' });
    expect(f.map((x) => x.metric)).toEqual([null, null, null, 'parameters', 'parameters']);
  });
});

describe('a unit’s adjusted EBITA and its margin, in Chinese with a space (a sentence of our own)', () => {
  test('"雲智能集團經調整 EBITA 年增 41% 至 50.8 億元人民幣，利潤率約 9.5%" is the unit’s EBITA, its growth and its margin', () => {
    const f = readFigures('阿里巴巴第三季度雲智能集團經調整 EBITA 年增 41% 至 50.8 億元人民幣，利潤率約 9.5%。公司淨利潤為10億元，淨利潤率為5%。', { pageDate: '2026-11-20' });
    expect(f.map((x) => x.metric)).toEqual(['other:segment-ebita-growth', 'other:segment-ebita', 'other:segment-ebita-margin', 'net-profit', 'other:net-margin']);
  });
});

describe('a compound annual growth rate (sentences of our own)', () => {
  const read = (text: string) => readFigures(text, { pageDate: '2026-11-20' }).map((x) => `${x.text}=${x.metric}/${x.period}`);
  test('"grow at a compound annual rate of 85% between 2026 and 2028" is a yearly rate over the span, not the growth over it', () => {
    expect(read('Analysts expect Zhipu’s revenue to grow at a compound annual rate of 85% between 2026 and 2028.')).toEqual(['85%=other:revenue-cagr/2026..2028']);
  });
  test('"2025至2029年的年均複合增長率約為85%", "三年复合增长率超过140%" after three years: over the years the sentence named', () => {
    expect(read('IDC預計，到2029年市場規模將超過900億元，2025至2029年的年均複合增長率約為85%。').pop()).toBe('85%=other:market-size-cagr/2025..2029');
    expect(read('智谱2023年、2024年和2025年营业收入分别为1.25亿元、3.12亿元和7.24亿元,三年复合增长率超过140%。').pop()).toBe('140%=other:revenue-cagr/2023..2025');
  });
});

describe('shares of a market named just before (sentences of our own)', () => {
  test('"the market was worth 16.4 billion yuan. Volcano Engine held 41.2% of it, … followed by Alibaba Cloud with 19.8%. Tencent Cloud had 5.3%"', () => {
    const f = readFigures('In the first half, the market was worth 16.4 billion yuan, IDC said. Volcano Engine held 41.2% of it, up from 36.8% a year earlier, followed by Alibaba Cloud with 19.8% and Baidu AI Cloud with 11.5%. Tencent Cloud had 5.3% and Zhipu 4.9%.', { pageDate: '2026-12-02' });
    expect(f.map((x) => x.metric)).toEqual(['market-size', 'market-share', 'market-share', 'market-share', 'market-share', 'market-share', 'market-share']);
  });
});

describe('a part named before a relative clause about its revenue (a sentence of our own)', () => {
  test('"the cloud unit, whose revenue grew 29% to 51.6 billion yuan" is the unit’s', () => {
    const f = readFigures('At Alibaba, Chen oversaw finance for the cloud unit, whose revenue grew 29% to 51.6 billion yuan in the September quarter of 2026.', { pageDate: '2026-12-01' });
    expect(f.map((x) => x.metric)).toEqual(['other:segment-revenue-growth', 'other:segment-revenue']);
  });
});

describe('a count whose measure word counts times or firms (a sentence of our own)', () => {
  test('"日活跃用户约1.3亿,日均对话次数超过25亿次;企业客户超过100万家" counts no users after the first (the firms are customers)', () => {
    const f = readFigures('截至11月,豆包日活跃用户约1.3亿,11月日均对话次数超过25亿次;企业端,企业客户超过100万家。', { pageDate: '2026-12-04' });
    expect(f.map((x) => x.metric)).toEqual(['other:daily-active-users', null, 'other:enterprise-customers']);
  });
});

describe('paid members are paying users (sentences of our own)', () => {
  test('"当时付费会员约为250万", "3 million paid members"', () => {
    expect(readFigures('今年3月，快手年化收入为1亿美元，当时付费会员约为250万。', { pageDate: '2026-12-01' }).map((x) => x.metric)).toEqual(['arr', 'paying-users']);
    expect(readFigures('Kimi had 3 million paid members in October.', { pageDate: '2026-12-01' })[0]!.metric).toBe('paying-users');
  });
});

describe('a value in Hong Kong dollars is a market value (sentences of our own)', () => {
  test('"MiniMax is worth around HK$95 billion" is its market value; "valued at $18 billion in its latest round" a valuation', () => {
    const f = readFigures('Zhipu’s market value has since climbed to about HK$210 billion, while MiniMax is worth around HK$95 billion. Moonshot was valued at $18 billion in its latest round.', { pageDate: '2026-12-03' });
    expect(f.map((x) => x.metric)).toEqual(['market-cap', 'market-cap', 'valuation']);
  });
});

describe('what revenue cost is not revenue (a sentence of our own)', () => {
  test('"Cost of revenue rose 88% to $131 million" is the cost of revenue', () => {
    const f = readFigures('MiniMax revenue rose 50% to $200 million in the first half. Cost of revenue rose 88% to $131 million, mostly for rented compute.', { pageDate: '2026-08-26' });
    expect(f.map((x) => x.metric)).toEqual(['revenue-growth', 'revenue', 'other:cost-of-revenue-growth', 'other:cost-of-revenue']);
  });
});

describe('月活 is monthly active users (a sentence of our own)', () => {
  test('"App累计下载量超过1.9亿次,9月月活达2150万" is downloads, then September’s monthly users', () => {
    const f = readFigures('讯飞星火App累计下载量超过1.9亿次,9月月活达2150万。', { pageDate: '2026-10-24' });
    expect(f.map((x) => `${x.metric}/${x.period}`)).toEqual(['other:app-downloads/null', 'users/2026-09']);
  });
});

describe('a loss or profit before tax or from operations is not the net figure (sentences of our own)', () => {
  test('"an operating loss of 2 billion yuan", "pre-tax profit", "profit before tax", "经营亏损", "除税前溢利", "股东应占溢利"', () => {
    const f = readFigures('Baidu posted an operating loss of 2 billion yuan in the third quarter. Its pre-tax profit was 1 billion yuan and profit before tax rose 5%. Net loss was 3 billion yuan. 商汤经营亏损12亿元，除税前溢利为3亿元，股东应占溢利2亿元。', { pageDate: '2026-11-20' });
    expect(f.map((x) => x.metric)).toEqual(['other:operating-loss', 'other:pretax-profit', 'other:pretax-profit-growth', 'net-loss', 'other:operating-loss', 'other:pretax-profit', 'net-profit']);
  });
});

describe('other lines of the accounts are not the net loss or the revenue (sentences of our own)', () => {
  test('"total comprehensive loss", "fair value losses on preferred shares", "gross merchandise volume", "deferred revenue", "合同负债", "公允价值变动损失"', () => {
    const f = readFigures('In 2025 Zhipu’s total comprehensive loss was 5 billion yuan. Fair value losses on preferred shares were 2.1 billion yuan. Gross merchandise volume reached 80 billion yuan. Deferred revenue stood at 500 million yuan. Net loss was 4.7 billion yuan and revenue 724 million yuan. 合同负债为3亿元，公允价值变动损失为20亿元。', { pageDate: '2026-03-30' });
    expect(f.map((x) => x.metric)).toEqual(['other:comprehensive-loss', 'other:fair-value-change', 'other:gmv', 'other:deferred-revenue', 'net-loss', 'revenue', 'other:deferred-revenue', 'other:fair-value-change']);
  });
});

describe('revenue with a part taken out, and orders booked, are not the reported revenue (sentences of our own)', () => {
  test('"Revenue excluding the divested unit rose 3%", "Like-for-like sales rose 6%", "New bookings reached 12 billion yuan"', () => {
    const f = readFigures('Baidu’s revenue rose 4% to 31 billion yuan in the third quarter. Revenue excluding the divested unit rose 3%. New bookings reached 12 billion yuan. Like-for-like sales rose 6%.', { pageDate: '2026-11-20' });
    expect(f.map((x) => x.metric)).toEqual(['revenue-growth', 'revenue', 'other:adjusted-revenue-growth', 'other:bookings', 'other:adjusted-revenue-growth']);
  });
});

describe('a market report’s moves (sentences of our own)', () => {
  test('"gained 3.2% to close at HK$288.4" is a move and a price; "extending its loss this week to 11%" a fall of the shares', () => {
    const f = readFigures('Zhipu slid 6.5% to HK$512, extending its loss this week to 11%. MiniMax gained 3.2% to close at HK$288.4.', { pageDate: '2026-11-12' });
    expect(f.map((x) => `${x.metric}=${x.value}`)).toEqual(['stock-change=-0.065', 'share-price=512', 'stock-change=-0.11', 'stock-change=0.032', 'share-price=288.4']);
  });
});

describe('turnover and bare moves in a market report (sentences of our own)', () => {
  test('"The Hang Seng Index lost 1.2%. Turnover rose to HK$280 billion. Zhipu slid 6.5%." is the exchange’s turnover and Zhipu’s shares', () => {
    const f = readFigures('Hong Kong stocks fell on Thursday. The Hang Seng Index lost 1.2%. Turnover rose to HK$280 billion. Zhipu slid 6.5%.', { pageDate: '2026-11-12' });
    expect(f.map((x) => `${x.entity}/${x.metric}`)).toEqual(['null/other:index-change', 'null/other:market-turnover', 'zhipu/stock-change']);
  });
  test('but "Baidu’s turnover rose 5%" in a results story is its revenue', () => {
    const f = readFigures('Baidu’s turnover rose 5% to 30 billion yuan in the third quarter.', { pageDate: '2026-11-20' });
    expect(f.map((x) => x.metric)).toEqual(['revenue-growth', 'revenue']);
  });
});

describe('no company is worth a few dollars (a sentence of our own)', () => {
  test('"SenseTime was flat at HK$2.05" after a market value is no market value', () => {
    const f = readFigures('MiniMax gained 3.2%, giving it a market value of HK$95 billion. SenseTime was flat at HK$2.05.', { pageDate: '2026-11-12' });
    expect(f.map((x) => x.metric)).toEqual([null, 'market-cap', null]);
  });
});

describe('the market’s money in a Chinese market report (sentences of our own)', () => {
  test('"大市成交额2800亿港元", "南向资金净买入98亿港元" are no company’s; "MiniMax逆市上涨3.2%" is its shares’ move', () => {
    const f = readFigures('港股周四低开低走，恒生指数收跌1.2%。大市成交额2800亿港元。MiniMax逆市上涨3.2%，收报288.4港元。南向资金净买入98亿港元。', { pageDate: '2026-11-12' });
    expect(f.map((x) => `${x.entity}/${x.metric}`)).toEqual(['null/other:index-change', 'null/other:market-turnover', 'minimax/stock-change', 'minimax/share-price', 'null/other:southbound-flow']);
  });
});

describe('a funding story’s verbs (sentences of our own)', () => {
  test('"a round that values the Kimi developer at $18 billion", "burned about $400 million", "burned $45 million a month", "is seeking $500 million at a $6 billion valuation"', () => {
    const f = readFigures('Moonshot has raised $1.2 billion in a round led by Tencent that values the Kimi developer at $18 billion. Moonshot burned about $400 million in the first half, or about $70 million a month. Rival StepFun is seeking $500 million at a $6 billion valuation.', { pageDate: '2026-11-17' });
    expect(f.map((x) => x.metric)).toEqual(['funding', 'valuation', 'other:cash-burn', 'other:monthly-cash-burn', 'funding', 'valuation']);
  });
});

describe('a part said to grow (a sentence of our own)', () => {
  test('"Capex jumped 66%. Its business services segment, which includes cloud, grew 20%." is the segment’s revenue growth, not capex growth', () => {
    const f = readFigures('Capital expenditure jumped 66% to 21 billion yuan. Its business services segment, which includes cloud, grew 20%.', { pageDate: '2026-11-13' });
    expect(f.map((x) => x.metric)).toEqual(['other:capex-growth', 'capex', 'other:segment-revenue-growth']);
  });
});

describe('robotaxi rides said as 出行服务 (a sentence of our own)', () => {
  test('"提供全无人驾驶出行服务320万次，同比增长212%" counts rides; "出行服务收入为10亿元" is revenue', () => {
    const f = readFigures('萝卜快跑第三季度提供全无人驾驶出行服务320万次，同比增长212%。出行服务收入为10亿元。', { pageDate: '2026-11-19' });
    expect(f.map((x) => x.metric)).toEqual(['other:robotaxi-rides', 'other:robotaxi-rides-growth', 'other:segment-revenue']);
  });
});

describe('tokens a day are a rate as of a date, and a multiple of an earlier count is its growth (sentences of our own)', () => {
  test('"now process more than 50 trillion tokens a day" is of the page’s month; "是去年同期的2.1倍" is growth', () => {
    expect(readFigures('Doubao models now process more than 50 trillion tokens a day.', { pageDate: '2026-11-20' })[0]!.period).toBe('2026-11');
    const f = readFigures('截至10月底，豆包大模型日均Tokens调用量已突破63万亿，是去年同期的2.1倍。', { pageDate: '2026-11-12' });
    expect(f.map((x) => `${x.metric}/${x.period}`)).toEqual(['other:daily-tokens/2026-10', 'other:daily-tokens-growth/null']);
  });
});

describe('the same shares’ run this year (a sentence of our own)', () => {
  test('"SenseTime rose 8.7% to HK$2.31 and has gained 60% this year" is a move of its shares', () => {
    const f = readFigures('SenseTime rose 8.7% to HK$2.31 on Thursday and has gained 60% this year.', { pageDate: '2026-08-28' });
    expect(f.map((x) => x.metric)).toEqual(['stock-change', 'share-price', 'stock-change']);
  });
});

describe('developers are a count as of a date (a sentence of our own)', () => {
  test('"GLM models now serve 5 million developers, up from 3 million at the start of the year"', () => {
    const f = readFigures('Zhipu said GLM models now serve 5 million developers, up from 3 million at the start of the year.', { pageDate: '2026-07-15' });
    expect(f.map((x) => `${x.metric}/${x.period}`)).toEqual(['other:developers/2026-07', 'other:developers/2026-01']);
  });
});

describe('paying developers, and countries covered (sentences of our own)', () => {
  test('"付費開發者超過32萬名" are paying users; "覆盖200多个国家及地区" counts no people', () => {
    const f = readFigures('截至6月底，GLM開放平台的付費開發者超過32萬名，开发者超过500万，覆盖 200 多个国家及地区。', { pageDate: '2026-08-29' });
    expect(f.map((x) => x.metric)).toEqual(['paying-users', 'other:developers', null]);
  });
});

describe('market words that are no company metric (sentences of our own)', () => {
  test('"implying 31% upside", "有约18%的上行空间": the distance to a target, not a move', () => {
    expect(figure('Orient Peak set a HK$95 target price for SenseTime, implying 31% upside from the close.', '31%').metric).toBeNull();
    expect(figure('某券商给予百度目标价150港元，较昨日收盘价有约18%的上行空间。', '18%').metric).toBeNull();
  });
  test('margin financing is not funding: "融资余额为188亿元", "较前一日增加5亿元"', () => {
    expect(figure('截至11月5日，百度融资余额为188亿元，较前一日增加5亿元。', '188亿元').metric).toBeNull();
    expect(figure('截至11月5日，百度融资余额为188亿元，较前一日增加5亿元。', '5亿元').metric).toBeNull();
    expect(figure('智谱宣布完成30亿元融资。', '30亿元').metric).toBe('funding');
  });
  test('short selling: "沽空比率為21.5%" is the short-selling ratio; "沽空金額2.3億元" no metric', () => {
    expect(figure('百度跌2.1%，沽空金額2.3億元，沽空比率為21.5%。', '21.5%').metric).toBe('other:short-selling-ratio');
    expect(figure('百度跌2.1%，沽空金額2.3億元，沽空比率為21.5%。', '2.3億元').metric).toBeNull();
  });
  test('"with 64% of the tradable shares changing hands" and "a 35% premium to its Hong Kong stock" are no growth or move', () => {
    const t = "MiniMax's A shares closed up 90% on their debut, with 64% of the tradable shares changing hands, and ended at a 35% premium to its Hong Kong stock.";
    expect(figure(t, '90%').metric).toBe('stock-change');
    expect(figure(t, '64%').metric).toBeNull();
    expect(figure(t, '35%').metric).toBeNull();
  });
  test('"opened at 120 yuan" after an IPO is a price per share, not proceeds', () => {
    expect(figure("Baichuan's shares, priced at 48 yuan in the IPO, opened at 120 yuan.", '120 yuan').metric).toBe('share-price');
  });
  test('worth "at the A-share price" is a market value; "90 times its forecast 2027 sales" a valuation multiple', () => {
    const t = 'At the current share price MiniMax is worth about 410 billion yuan, or roughly 90 times its forecast 2027 sales.';
    expect(figure(t, '410 billion yuan').metric).toBe('market-cap');
    expect(figure(t, '90 times').metric).toBe('price-to-sales');
    expect(figure("MiniMax's revenue was 3 times the revenue of Baichuan.", '3 times').metric).not.toBe('price-to-sales');
  });
  test('"lifting its 2026 revenue forecast by 12%" is a revision of an estimate, not growth', () => {
    expect(figure('Orient Peak kept a buy rating on Zhipu, lifting its 2026 revenue forecast by 12% to 3.4 billion yuan.', '12%').metric).toBe('other:estimate-revision');
  });
  test('an offer price written "招股价区间为每股20港元至23港元" makes no claim of a market price', () => {
    const text = '百川智能今日起招股，招股价区间为每股20港元至23港元。';
    const claims = extractClaims(readFigures(text, { pageDate: '2026-11-20' }), text, { file: 'a', url: null, title: 't', siteName: null, date: '2026-11-20', lang: 'zh' }).claims;
    expect(claims).toEqual([]);
  });
});

describe('shares counted, offered and shared out (sentences of our own)', () => {
  test('"hold 9.6 million of those shares" is a count of shares, not money, whatever currency came before', () => {
    const f = figure('Cornerstone investors, who bought HK$800 million of the offering, hold 9.6 million of those shares.', '9.6 million');
    expect(f.unit).toBe('count');
    expect(f.metric).not.toBe('share-price');
  });
  test('"pricing shares at HK$120" in a listing is the offer price: no claim of a market price', () => {
    const text = 'Baichuan listed in Hong Kong in March, pricing shares at HK$120.';
    const claims = extractClaims(readFigures(text, { pageDate: '2026-07-08' }), text, { file: 'a', url: null, title: 't', siteName: null, date: '2026-07-08', lang: 'en' }).claims;
    expect(claims).toEqual([]);
  });
  test('"贡献了今年上半年收入的52.3%" is a part of revenue, not growth', () => {
    expect(figure('收入结构上，终端业务贡献了今年上半年收入的52.3%。', '52.3%').metric).toBe('other:revenue-share');
  });
});

describe('what a change, a dash and a parenthesis name (sentences of our own)', () => {
  test('"a 38% jump in cloud sales" is the part’s growth, not the group’s nor the profit’s before it', () => {
    expect(figure("Tencent's net income fell 4% despite a 38% jump in cloud sales.", '38%').metric).toBe('other:segment-revenue-growth');
    expect(figure('Baidu posted a 9% fall in online marketing revenue.', '9%').metric).toBe('other:segment-revenue-growth');
  });
  test('"US$120 million-US$135 million" is one range; "US$53 million - US$41 million less" two figures', () => {
    const r = readFigures('Analysts had pencilled in US$120 million-US$135 million for Zhipu’s loss.');
    expect(r.map((x) => [x.value, x.valueMax])).toEqual([[120e6, 135e6]]);
    expect(readFigures('Zhipu revenue was US$53 million - US$41 million less than forecast.').length).toBe(2);
  });
  test('"(3Q25: 11.9%)" after a ratio is the same ratio of that quarter', () => {
    const f = readFigures("Alibaba's capex was 10.4% of revenue in the quarter (3Q25: 11.9%).", { pageDate: '2026-11-21' });
    expect(f.map((x) => `${x.metric}/${x.period}`)).toEqual(['other:capex-ratio/null', 'other:capex-ratio/2025-Q3']);
  });
  test('"Doubao-related revenue" is a part’s revenue; "a HK$95 target" a target price', () => {
    expect(figure('We expect Doubao-related revenue at ByteDance to reach RMB30bn in FY27E.', 'RMB30bn').metric).toBe('other:segment-revenue');
    expect(figure('Orient Peak upgraded SenseTime with a HK$3 target.', 'HK$3').metric).toBe('other:target-price');
  });
});

describe('parts, markets and downloads of this batch (sentences of our own)', () => {
  test('"百度核心收入" is a segment’s revenue', () => {
    expect(figure('百度核心收入236.5億元，按年增長4%。', '236.5億元').metric).toBe('other:segment-revenue');
  });
  test('"about 9% below Friday’s close" after a target is no move; "全年约40%的营收" a share of revenue', () => {
    expect(figure('Orient Peak raised its target to HK$610, about 9% below Friday’s close.', '9%').metric).toBeNull();
    expect(figure('四季度历来是旺季，去年第四季度单季贡献了全年约40%的营收。', '40%').metric).toBe('other:revenue-share');
  });
  test('"千问系列模型……累计下载量已突破5亿次" counts model downloads, an app’s downloads stay an app’s', () => {
    expect(figure('截至9月底，千问系列模型在Hugging Face等平台的累计下载量已突破5亿次。', '5亿').metric).toBe('other:model-downloads');
    expect(figure('豆包App下载量超过3亿。', '3亿').metric).toBe('other:app-downloads');
  });
});

describe('proceeds, stakes and market value lost (sentences of our own)', () => {
  test('"上市所得款項淨額約38億港元" and "the HK$3.8 billion raised in its January initial public offering" are IPO proceeds', () => {
    expect(figure('截至6月底，公司持有現金約15億元；1月上市所得款項淨額約38億港元。', '38億港元').metric).toBe('ipo-proceeds');
    expect(figure('Cash rose to 12 billion yuan, boosted by the HK$3.8 billion raised in its January initial public offering.', 'HK$3.8 billion').metric).toBe('ipo-proceeds');
  });
  test('"Alibaba’s 33% stake is worth about US$6 billion at current prices" is no market value of Alibaba', () => {
    expect(figure("Alibaba's 33% stake in Moonshot is worth about US$6 billion at current prices.", 'US$6 billion').metric).toBe('other:stake-value');
  });
  test('"shed about HK$15 billion in market value" is a change of the market value', () => {
    expect(figure('Zhipu and MiniMax slid. Together the two firms shed about HK$15 billion in market value in one session.', 'HK$15 billion').metric).toBe('other:market-cap-change');
  });
});

describe('rounds, investors, users a week and token prices (sentences of our own)', () => {
  test('"完成逾30亿元人民币的B+轮募资" is a round’s funding, not IPO proceeds; "出资10亿元" one investor’s part', () => {
    expect(figure('百川智能3月完成逾30亿元人民币的B+轮募资，估值超过20亿美元。', '30亿元人民币').metric).toBe('funding');
    expect(figure('百川智能完成50亿元融资，其中一家国资基金出资10亿元。', '10亿元').metric).toBeNull();
    expect(figure('智谱在上海科创板上市，募资100亿元。', '100亿元').metric).toBe('ipo-proceeds');
  });
  test('"900 million weekly active users" is no count of monthly users; "input prices … to 0.6 yuan" a token price', () => {
    expect(figure('ChatGPT had 900 million weekly active users in July.', '900 million').metric).toBe('other:weekly-active-users');
    expect(figure('Baidu cut ERNIE input prices by 30% to 0.6 yuan in May.', '0.6 yuan').metric).toBe('price-per-mtok');
  });
});

describe('units and ranges of this batch (sentences of our own)', () => {
  test('"Jueying revenue grew 52%", "automotive revenue of 700 million to 800 million yuan" are a part’s, the second one range', () => {
    expect(figure("SenseTime's revenue rose. Jueying revenue grew 52% YoY to RMB210mn in 1H26.", '52%').metric).toBe('other:segment-revenue-growth');
    const f = readFigures("The broker expects StepFun's full-year automotive revenue of 700 million to 800 million yuan.");
    expect(f.map((x) => [x.metric, x.value, x.valueMax])).toEqual([['other:segment-revenue', 700e6, 800e6]]);
  });
  test('"rose 6% from the June quarter" in a story of the September quarter is sequential', () => {
    const f = readFigures("Tencent's third-quarter cloud revenue rose 6% from the June quarter.", { pageDate: '2026-11-20' });
    expect(f[0]!.metric).toBe('other:segment-revenue-growth-qoq');
  });
});

describe('sequential growth and improvements (sentences of our own)', () => {
  test('"up 7.1% YoY and 3% QoQ": the year-on-year one is no sequential change, the second is', () => {
    const f = readFigures("Tencent's 3Q26 revenue was RMB190bn, up 7.1% YoY and 3% QoQ.", { pageDate: '2026-11-20' });
    expect(f.map((x) => x.metric)).toEqual(['revenue', 'revenue-growth', 'other:revenue-growth-qoq']);
  });
  test('"毛利率按年改善6.1個百分點" is a change of the margin, not the margin', () => {
    expect(figure('商湯期內毛利率升至44%，按年改善6.1個百分點。', '6.1個百分點').metric).toBe('other:gross-margin-change');
  });
});

describe('the total a share is taken of (sentences of our own)', () => {
  test('a change after "or 77% of total revenue" is the part\'s, not the total\'s', () => {
    expect(figure('Generative AI revenue was 2.46 billion yuan, or 77% of total revenue, up 52% year on year.', '52%').metric).toBe('other:segment-revenue-growth');
  });
  test('"生成式AI業務收入24.6億元，佔總收入77%，按年增長52%": the share and the change are the part\'s', () => {
    const text = '其中生成式AI業務收入24.6億元，佔總收入77%，按年增長52%。';
    expect(figure(text, '77%').metric).toBe('other:segment-revenue-share');
    expect(figure(text, '52%').metric).toBe('other:segment-revenue-growth');
  });
  test('but a total named as the subject keeps its own change: "總收入324億元，按年增長8%"', () => {
    expect(figure('百度第二季總收入324億元，按年增長8%。', '8%').metric).toBe('revenue-growth');
  });
});

describe('a share of total revenue taken by a part named before it (sentences of our own)', () => {
  test('"海外收入3.1億元，佔總收入73%" is the overseas share', () => {
    expect(figure('稀宇海外收入3.1億元，佔總收入73%。', '73%').metric).toBe('other:overseas-revenue-share');
  });
});

describe('a part named after the metric: users abroad (sentences of our own)', () => {
  test('"41 million monthly active users abroad" and "paying users outside mainland China" are the part abroad, not the total', () => {
    expect(figure('Talkie had more than 41 million monthly active users abroad in June.', '41 million').segment).toBe('overseas');
    expect(figure("Kimi's paying users outside mainland China rose 38% quarter on quarter.", '38%').segment).toBe('overseas');
  });
  test('"1.42 million monthly active users in Korea" is the part in Korea', () => {
    expect(figure('Talkie had 1.42 million monthly active users in Korea last month.', '1.42 million').segment).toBe('korea');
  });
  test('a part\'s users are named as the part\'s: "other:overseas-paying-users", "other:segment-users"', () => {
    expect(figure('Kimi had 1.9 million paying users abroad at the end of September.', '1.9 million').metric).toBe('other:overseas-paying-users');
    expect(figure('Talkie had 1.42 million monthly active users in Korea last month.', '1.42 million').metric).toBe('other:segment-users');
    expect(figure("Kimi's monthly active users outside mainland China rose 38% quarter on quarter.", '38%').metric).toBe('other:overseas-users-growth-qoq');
  });
  test('but "30 million monthly active users, a third of them abroad" is the total', () => {
    expect(figure('Kimi has 30 million monthly active users, a third of them abroad.', '30 million').segment).toBeNull();
  });
});

describe('a change against the quarter before, said with "higher than" (sentences of our own)', () => {
  test('"Second-quarter revenue … was 27% higher than in the first quarter" is sequential growth', () => {
    expect(figure('MiniMax said 2026 second-quarter revenue of US$71.9 million was 27% higher than in the first quarter.', '27%').metric).toBe('other:revenue-growth-qoq');
  });
  test('but "27% higher than in the second quarter of 2025" in a second-quarter story is not', () => {
    expect(figure('MiniMax said 2026 second-quarter revenue of US$71.9 million was 27% higher than in the second quarter of 2025.', '27%').metric).toBe('revenue-growth');
  });
  test('"a 36% increase on the first quarter" after second-quarter revenue is sequential growth of the second quarter; the first quarter does not become the period in force', () => {
    const figs = readFigures('Revenue for the six months to June 30 was $168.5 million. Second-quarter revenue alone was $97.1 million, a 36% increase on the first quarter. The net loss was $50 million.', { pageDate: '2026-08-28' });
    expect(figs.find((f) => f.text === '36%')).toMatchObject({ metric: 'other:revenue-growth-qoq', period: '2026-Q2' });
    expect(figs.find((f) => f.text === '$50 million')?.period).toBe('2026-H1');
  });
});

describe('a change against the quarter before, past the value it was or named by its months (sentences of our own)', () => {
  test('"6% more than the 38.9 billion yuan spent in the June quarter" in a September-quarter story is sequential', () => {
    const figs = readFigures('Capex for the three months to September 30 reached 41.3 billion yuan, up 31% from a year earlier and 6% more than the 38.9 billion yuan spent in the June quarter.', { pageDate: '2026-11-21' });
    expect(['31%', '6%'].map((t) => figs.find((f) => f.text === t)?.metric)).toEqual(['other:capex-growth', 'other:capex-growth-qoq']);
  });
  test('"19% less than in the April-June period" is sequential; "than in the July-September period of 2025" is not', () => {
    const q = readFigures('Tencent spent 27.4 billion yuan on capital expenditure in the third quarter, a 4% rise from a year earlier but 19% less than in the April-June period.', { pageDate: '2026-11-21' });
    expect(q.find((f) => f.text === '19%')?.metric).toBe('other:capex-growth-qoq');
    const y = readFigures('Tencent spent 27.4 billion yuan on capital expenditure in the third quarter, 19% more than in the July-September period of 2025.', { pageDate: '2026-11-21' });
    expect(y.find((f) => f.text === '19%')?.metric).toBe('other:capex-growth');
  });
});

describe('an amount of money is no ratio (sentences of our own)', () => {
  test('"… R&D ratio fell to 118%. iFlytek spent 2.31 billion yuan, 18.1% of sales": the amount is R&D spending, the share the ratio', () => {
    const figs = readFigures("MiniMax's R&D ratio fell to 118% from 210%. iFlytek spent 2.31 billion yuan, 18.1% of sales.", { pageDate: '2026-09-15' });
    expect(figs.find((f) => f.text === '2.31 billion yuan')?.metric).toBe('rd-expense');
  });
  test('"1.6 yuan on research for every yuan of revenue" is still a ratio said in money', () => {
    expect(figure('MiniMax spends about 1.6 yuan on research for every yuan of revenue.', '1.6 yuan').metric).toBe('rd-ratio');
  });
});

describe('"in the bank" (a sentence of our own)', () => {
  test('"burned US$85 million a month … and had about US$1.4 billion in the bank at the end of June": the second is cash, at the end of June', () => {
    const figs = readFigures('StepFun burned about US$85 million a month in the first half and had about US$1.4 billion in the bank at the end of June.', { pageDate: '2026-08-20' });
    expect(figs.find((f) => f.text === 'US$1.4 billion')).toMatchObject({ metric: 'cash', period: '2026-06' });
  });
});

describe('"spending" said again right after capex (sentences of our own)', () => {
  test('"Capex fell to 27.4 billion yuan. Spending in 2025 totalled 92.5 billion yuan" is capex both times', () => {
    const figs = readFigures("Tencent's capital expenditure fell to 27.4 billion yuan in the third quarter. Spending in 2025 totalled 92.5 billion yuan.", { pageDate: '2026-11-21' });
    expect(figs.find((f) => f.text === '92.5 billion yuan')?.metric).toBe('capex');
  });
  test('but spending after operating costs were named is a cost, and spending with no capex before it stays a cost', () => {
    const figs = readFigures("Tencent's capital expenditure fell to 27.4 billion yuan. Operating costs rose 5%, and marketing spending reached 9 billion yuan.", { pageDate: '2026-11-21' });
    expect(figs.find((f) => f.text === '9 billion yuan')?.metric).not.toBe('capex');
    expect(figure('Spending in 2025 totalled 92.5 billion yuan, Tencent said.', '92.5 billion yuan').metric).not.toBe('capex');
  });
});

describe('money raised, then where it came from (sentences of our own)', () => {
  test('"raised HK$4.19 billion in the offering", "aims to raise 6.5 billion yuan from the Shanghai offering" are what a listing raised', () => {
    expect(figure('StepFun raised HK$3.9 billion in the offering, before an over-allotment option.', 'HK$3.9 billion').metric).toBe('ipo-proceeds');
    expect(figure('Baichuan aims to raise 6.5 billion yuan from the Shanghai offering.', '6.5 billion yuan').metric).toBe('ipo-proceeds');
  });
  test('"raised $500 million in a round" stays funding', () => {
    expect(figure('StepFun raised $500 million in a round led by Tencent.', '$500 million').metric).toBe('funding');
  });
});

describe('"AI spending" (sentences of our own)', () => {
  test('"AI spending tops 41 billion yuan", "spending on AI infrastructure" are capex; a model maker\'s "spending on computing" is not', () => {
    expect(figure('Tencent burns cash as AI spending tops 30 billion yuan in the quarter.', '30 billion yuan').metric).toBe('capex');
    expect(figure("Baidu's spending on AI infrastructure reached 20 billion yuan in the quarter.", '20 billion yuan').metric).toBe('capex');
    expect(figure("Zhipu's spending on computing reached 1.5 billion yuan in 2025.", '1.5 billion yuan').metric).not.toBe('capex');
  });
});

describe('a bare percentage after a sentence that named a ratio and an amount (a sentence of our own)', () => {
  test('"… a gross margin of 40.8%, on revenue of 12.74 billion yuan. Zhipu\'s 51.3% was the highest" is a gross margin', () => {
    const figs = readFigures("iFlytek kept a gross margin of 40.8% in the first half, on revenue of 12.74 billion yuan. Zhipu's 51.3% was the highest in the group.", { pageDate: '2026-09-15' });
    expect(figs.find((f) => f.text === '51.3%')?.metric).toBe('gross-margin');
  });
});

describe('"相当于收入约14%": an amount set against revenue (sentences of our own)', () => {
  test('capex "相当于收入的14%" is capex against revenue, R&D "相当于收入约75%" the R&D ratio', () => {
    expect(readFigures('腾讯今年资本开支约1250亿元，相当于收入的14%。', { pageDate: '2026-08-14' }).find((f) => f.text === '14%')?.metric).toBe('other:capex-ratio');
    expect(readFigures('该行预计商汤上半年研发开支约21亿元，相当于收入约75%。', { pageDate: '2026-08-14' }).find((f) => f.text === '75%')?.metric).toBe('rd-ratio');
  });
  test('the revenue an amount was set against names no later amount: "…相当于收入约14%；明年则可能增至1550亿元" is capex', () => {
    const figs = readFigures('分析师预计腾讯今年资本开支介乎1200亿至1300亿元，相当于收入约14%；明年则可能增至1550亿元。', { pageDate: '2026-08-14' });
    expect(figs.find((f) => f.text === '1550亿元')?.metric).toBe('capex');
  });
});

describe('an amount spent, in a passage about capex (sentences of our own)', () => {
  test('"… capex came to 12.5% of revenue, far below Meta, which spent $19.4 billion in its own quarter" is Meta\'s capex', () => {
    const figs = readFigures("Baidu's capex came to 9% of revenue, far below Meta, which spent $19.4 billion in its own September quarter.", { pageDate: '2026-11-13' });
    expect(figs.find((f) => f.text === '$19.4 billion')?.metric).toBe('capex');
  });
  test('but what was spent on something else is not: "spent $2 billion on marketing"', () => {
    const figs = readFigures("Baidu's capex came to 9% of revenue. It spent $2 billion on marketing.", { pageDate: '2026-11-13' });
    expect(figs.find((f) => f.text === '$2 billion')?.metric).not.toBe('capex');
  });
});

describe('depreciation (sentences of our own)', () => {
  test('"depreciation and amortisation rose 38% to 14.6 billion yuan" and "折旧与摊销同比增长35%至131亿元" are depreciation and its growth', () => {
    const en = readFigures('Tencent said depreciation and amortisation rose 38% to 14.6 billion yuan in the third quarter.', { pageDate: '2026-11-21' });
    expect(['38%', '14.6 billion yuan'].map((t) => en.find((f) => f.text === t)?.metric)).toEqual(['other:depreciation-growth', 'other:depreciation']);
    const zh = readFigures('腾讯第三季度折旧与摊销同比增长35%至131亿元。', { pageDate: '2026-11-21' });
    expect(['35%', '131亿元'].map((t) => zh.find((f) => f.text === t)?.metric)).toEqual(['other:depreciation-growth', 'other:depreciation']);
  });
});

describe('a line of business named by what it sells (a sentence of our own)', () => {
  test('"Total revenue fell 3% … as online marketing shrank 11%": the second change is the line\'s, not the group\'s', () => {
    const figs = readFigures('Total revenue fell 2% to 31.2 billion yuan as online marketing shrank 9%.', { pageDate: '2026-11-21' });
    expect(['2%', '9%'].map((t) => figs.find((f) => f.text === t)?.metric)).toEqual(['revenue-growth', 'other:segment-revenue-growth']);
  });
});

describe('"its video revenue" (a sentence of our own)', () => {
  test('is a line of business, its growth a segment\'s', () => {
    expect(figure('Kuaishou said its video revenue rose 45% in the first half.', '45%').metric).toBe('other:segment-revenue-growth');
  });
});

describe('"of which generative AI accounted for 2.41 billion yuan" (a sentence of our own)', () => {
  test('is the amount of a part of the revenue just given', () => {
    const figs = readFigures('Kuaishou posted revenue of 38.7 billion yuan, of which online marketing accounted for 21.4 billion yuan.', { pageDate: '2026-11-21' });
    expect(['38.7 billion yuan', '21.4 billion yuan'].map((t) => figs.find((f) => f.text === t)?.metric)).toEqual(['revenue', 'other:segment-revenue']);
  });
});

describe('"MAUs" (sentences of our own)', () => {
  test('"Doubao’s MAUs reached 213.6 million" counts monthly users', () => {
    expect(figure('Doubao’s MAUs reached 213.6 million last month.', '213.6 million').metric).toBe('users');
  });
});

describe('what a round would value a company at (sentences of our own)', () => {
  test('"a round that would value it at about $18 billion" and "Seeks Funding at $5 Billion Value" are valuations, not money raised', () => {
    expect(figure('Moonshot AI is in talks to raise about $1.2 billion in a round that would value it at about $18 billion.', '$18 billion').metric).toBe('valuation');
    expect(figure('StepFun Is Said to Seek Funding at $5 Billion Value', '$5 Billion').metric).toBe('valuation');
    expect(figure('Moonshot AI is in talks to raise about $1.2 billion in a round that would value it at about $18 billion.', '$1.2 billion').metric).toBe('funding');
  });
});

describe('a part\'s gross margin (sentences of our own)', () => {
  test('"DeepSeek\'s API gross margin", "a gross margin of 9% on its open-platform business" are a part\'s margin', () => {
    expect(figure("Chen estimates that DeepSeek's API gross margin will drop to 35-40% in the second half.", '35-40%').metric).toBe('other:segment-gross-margin');
    expect(figure('MiniMax disclosed a gross margin of just 9% on its open-platform business in the first quarter.', '9%').metric).toBe('other:segment-gross-margin');
  });
  test('"开放平台API收入2.1亿元，毛利率仅为18%，较去年同期下滑12个百分点": the margin and its change are the part\'s', () => {
    const text = '阶跃星辰开放平台API收入2.1亿元，毛利率仅为18%，较去年同期下滑12个百分点。';
    expect(figure(text, '18%').metric).toBe('other:segment-gross-margin');
    expect(figure(text, '12个百分点').metric).toBe('other:segment-gross-margin-change');
  });
  test('but "公司整体毛利率为38%" and a company\'s own margin stay the company\'s', () => {
    expect(figure('阶跃星辰开放平台API收入2.1亿元，公司整体毛利率为38%。', '38%').metric).toBe('gross-margin');
    expect(figure("MiniMax's gross margin rose to 31.4% in the first half.", '31.4%').metric).toBe('gross-margin');
  });
});

describe('prices per million tokens (sentences of our own)', () => {
  test('"from 4 yuan per million in January to 2 yuan in April", in a sentence about tokens, are prices per million tokens', () => {
    const text = 'Zhipu has cut the price of GLM-5 input tokens twice this year, from 4 yuan per million in January to 2 yuan in April.';
    expect(figure(text, '4 yuan').metric).toBe('price-per-mtok');
    expect(figure(text, '2 yuan').metric).toBe('price-per-mtok');
  });
  test('but no price per million tokens runs to billions: "or under 9 billion yuan a year"', () => {
    expect(figure('Volcano Engine earns less than 0.5 yuan per million tokens, or under 9 billion yuan a year at current volumes.', '9 billion yuan').metric).not.toBe('price-per-mtok');
  });
  test('"cut the price of its newest model by another 40%" is a cut', () => {
    expect(figure('DeepSeek cut the price of its newest model by another 40% last month.', '40%').value).toBe(-0.4);
  });
});

describe('a share of the calls or tokens a market uses (sentences of our own)', () => {
  test('"Baidu\'s share of China\'s API calls fell to 14%" is a market share, not a change in call volume', () => {
    expect(figure("Baidu's share of China's API calls fell to 14% in the first half of 2026.", '14%').metric).toBe('market-share');
  });
});

describe('a change from the half just before (sentences of our own)', () => {
  test('"up 14.5% from the 534.7 million yuan booked in the second half of 2025" and "較去年下半年的34.1億元減少10%" are half-on-half', () => {
    expect(readFigures('Revenue for the six months to June 30 rose 221% from a year earlier to 612.4 million yuan, and was up 14.5% from the 534.7 million yuan booked in the second half of 2025.', { pageDate: '2026-08-28' }).find((f) => f.text === '14.5%')!.metric).toBe('other:revenue-growth-hoh');
    expect(readFigures('商湯公布截至今年6月底止中期業績，收入按年增長30.2%至30.7億元，惟較去年下半年的34.1億元減少10%。', { pageDate: '2026-08-27' }).find((f) => f.text === '10%')!.metric).toBe('other:revenue-growth-hoh');
  });
  test('but a change from the same half a year before stays year-on-year', () => {
    expect(readFigures('Revenue rose 30% in the first half of 2026 from the first half of 2025.', { pageDate: '2026-08-27' })[0]!.metric).toBe('revenue-growth');
  });
});

describe('a clause whose subject is the company named as such (sentences of our own)', () => {
  test('"its Kling service earned …, as the short-video company reported third-quarter revenue of RMB38.62 billion" is the group\'s revenue', () => {
    const text = 'Kuaishou said its Kling AI service earned more than RMB1 billion in a single quarter for the first time, as the short-video company reported third-quarter revenue of RMB38.62 billion.';
    expect(readFigures(text, { pageDate: '2026-11-26' }).find((f) => f.text === 'RMB38.62 billion')!.metric).toBe('revenue');
  });
  test('but "火山引擎……；公司内部为2026年设定的营收目标为450亿元" (公司 alone is the unit) stays the unit\'s', () => {
    expect(readFigures('火山引擎2025年营收超过250亿元；公司内部为2026年设定的营收目标为450亿元。', { pageDate: '2026-03-10' }).find((f) => f.text === '450亿元')!.metric).toBe('other:segment-revenue');
  });
});

describe('half on half, a margin\'s points, and a model\'s relative clause (sentences of our own)', () => {
  const text = 'SenseTime reported 1H26 results on 26 Aug: revenue rose 30% YoY to RMB3.07bn, though down 10% HoH from a seasonally strong 2H25 (RMB3.41bn). Adjusted net margin improved 22ppt YoY to -27%.';
  test('"down 10% HoH from a seasonally strong 2H25" is half-on-half growth of the first half, and the next sentence stays in it', () => {
    const f = readFigures(text, { pageDate: '2026-08-27' });
    expect(f.find((x) => x.text === '10%')!.metric).toBe('other:revenue-growth-hoh');
    expect(f.find((x) => x.text === '10%')!.period).toBe('2026-H1');
    expect(f.find((x) => x.text === '-27%')!.period).toBe('2026-H1');
  });
  test('"adjusted net margin improved 22ppt" is a change of the margin', () => {
    expect(readFigures(text, { pageDate: '2026-08-27' }).find((x) => x.text === '22ppt')!.metric).toBe('other:adjusted-net-margin-change');
  });
  test('"Anthropic\'s Claude Opus 5, which lists at US$5" is Anthropic\'s price', () => {
    expect(readFigures("Kimi K3 costs less than a fifth of Anthropic's Claude Opus 5, which lists at US$5 per million input tokens.", { pageDate: '2026-10-21' })[0]!.entity).toBe('anthropic');
  });
});

describe('a change counted from the quarter before, then one from a year before (sentences of our own)', () => {
  test('"up 8% from the second quarter and 31% from a year earlier": the second is year-on-year growth of the third quarter', () => {
    const f = readFigures('Tencent said third-quarter revenue rose 14% year on year. Capital expenditure reached 34.7 billion yuan, up 8% from the second quarter and 31% from a year earlier.', { pageDate: '2026-11-16' });
    expect(f.find((x) => x.text === '31%')!.metric).toBe('other:capex-growth');
    expect(f.find((x) => x.text === '31%')!.period).toBe('2026-Q3');
  });
  test('"資本開支347億元，按季增8%、按年增31%": the second is year-on-year', () => {
    expect(readFigures('騰訊公布第三季業績，資本開支347億元，按季增8%、按年增31%。', { pageDate: '2026-11-18' }).find((x) => x.text === '31%')!.metric).toBe('other:capex-growth');
  });
});

describe('a value set in a round, and money an offering raised (sentences of our own)', () => {
  test('"The valuation would be up from about $11 billion in a round that closed in April" is a valuation', () => {
    expect(figure('Moonshot is in talks at $18 billion. The valuation would be up from about $11 billion in a round that closed in April.', '$11 billion').metric).toBe('valuation');
    expect(figure('That would be up from the $9.6 billion it fetched in a round led by Alibaba.', '$9.6 billion').metric).toBe('valuation');
  });
  test('but "raised $1 billion in a round led by Alibaba" is the round\'s size', () => {
    expect(figure('Moonshot raised $1 billion in a round led by Alibaba.', '$1 billion').metric).toBe('funding');
  });
  test('"The listing in Hong Kong in January raised HK$4.2 billion", "the HK$4.3 billion raised in its January initial public offering" are IPO proceeds', () => {
    expect(figure('For MiniMax, the listing in Hong Kong in January raised HK$4.2 billion at HK$165 a share.', 'HK$4.2 billion').metric).toBe('ipo-proceeds');
    expect(figure("Zhipu's cash was boosted by the HK$4.3 billion raised in its January initial public offering.", 'HK$4.3 billion').metric).toBe('ipo-proceeds');
  });
});

describe('a multiple said once for two companies (a sentence of our own)', () => {
  test('"Zhipu trades at about 120 times forecast 2026 sales; MiniMax at some 60 times" gives MiniMax the same multiple', () => {
    expect(figure('Zhipu trades at about 120 times forecast 2026 sales; MiniMax at some 60 times.', '60 times').metric).toBe('price-to-sales');
  });
});

describe('turnover in a market report, and money that is no share (sentences of our own)', () => {
  test('"The A shares … closed at 462.50 yuan. Turnover reached 21.7 billion yuan" is the value of shares traded, not revenue', () => {
    const f = readFigures('The A shares opened at 399 yuan and closed at 462.50 yuan. Turnover reached 21.7 billion yuan.', { pageDate: '2026-11-20' });
    expect(f.find((x) => x.text === '21.7 billion yuan')!.metric).toBe('other:turnover');
  });
  test('but "turnover rose 12% to 5 billion yuan" in a results story is revenue', () => {
    expect(figure('iFlytek said turnover rose 12% to 5 billion yuan in the quarter.', '5 billion yuan').metric).toBe('revenue');
  });
});

describe('what a balance sheet owes, net cash, and cash spent on operations (sentences of our own)', () => {
  test('borrowings, net cash and a debt ratio are no amounts of cash, and are of the moment the sentence names', () => {
    const f = readFigures('截至9月末，科大讯飞货币资金为142.6亿元；短期借款58.3亿元，长期借款71.2亿元，有息负债合计约130亿元；资产负债率为58.4%。', { pageDate: '2026-10-30' });
    expect(f.map((x) => [x.text, x.metric, x.period])).toEqual([
      ['142.6亿元', 'cash', '2026-09'],
      ['58.3亿元', 'other:short-term-borrowings', '2026-09'],
      ['71.2亿元', 'other:long-term-borrowings', '2026-09'],
      ['130亿元', 'other:borrowings', '2026-09'],
      ['58.4%', 'other:debt-ratio', '2026-09'],
    ]);
    const en = readFigures('Tencent held net cash of 95 billion yuan at the end of September, and total borrowings of 160 billion yuan.', { pageDate: '2026-11-14' });
    expect(en.map((x) => [x.metric, x.period])).toEqual([['other:net-cash', '2026-09'], ['other:borrowings', '2026-09']]);
  });
  test('"net cash used in operating activities" is an operating cash outflow; "free cash outflow" a negative free cash flow', () => {
    const f = readFigures('Net cash used in operating activities reached 2.9 billion yuan in the first half of 2026. Free cash outflow was 1.1 billion yuan.', { pageDate: '2026-08-28' });
    expect(f.map((x) => [x.metric, x.value])).toEqual([['other:operating-cash-flow', -2.9e9], ['other:free-cash-flow', -1.1e9]]);
  });
  test('receivables told in a nine-month report are as of its last month', () => {
    expect(readFigures('科大讯飞2026年前三季度的应收账款仍高达176.5亿元，较年初增加约9%。', { pageDate: '2026-10-30' }).find((x) => x.text === '176.5亿元')!.period).toBe('2026-09');
  });
});

describe('a bare "target" set at a price per share (sentences of our own)', () => {
  test('"cut its target on the New York-listed shares to $205 from $220 and on the Hong Kong stock to HK$199" and "a target of HK$198" are target prices', () => {
    const f = readFigures('A broker cut its target on the New York-listed shares of Alibaba to $205 from $220 and on the Hong Kong stock to HK$199 from HK$214. Another, which rates the stock Hold with a target of HK$198, is cautious.', { pageDate: '2026-11-21' });
    expect(f.map((x) => x.metric)).toEqual(Array(5).fill('other:target-price'));
  });
  test('but "shares rose to HK$199" is a price', () => {
    expect(readFigures('Alibaba set a target for cloud growth; its Hong Kong shares rose 2% to HK$199.', { pageDate: '2026-11-21' }).find((x) => x.text === 'HK$199')!.metric).toBe('share-price');
  });
});

describe('bonds, their coupons and conversion terms (sentences of our own)', () => {
  test('money raised through convertible bonds or a dollar bond is no funding round, and its terms are no share price or move', () => {
    const f = readFigures("Kuaishou is raising HK$6 billion through five-year convertible bonds. The notes pay a coupon of 0.5% and can be converted into shares at HK$98 each, a premium of 25% to Monday's close. Tencent sold a US$2 billion two-tranche bond on Tuesday.", { pageDate: '2026-09-16' });
    expect(f.map((x) => [x.text, x.metric])).toEqual([
      ['HK$6 billion', 'other:convertible-bond-issue'],
      ['0.5%', 'other:coupon-rate'],
      ['HK$98', 'other:conversion-price'],
      ['25%', 'other:conversion-premium'],
      ['US$2 billion', 'other:bond-issue'],
    ]);
  });
  test('"notes due 2032": the year a debt falls due is no period of the figures beside it', () => {
    const f = readFigures('Alibaba raised US$1.5 billion in July from convertible notes due 2032 with a coupon of 0.5%.', { pageDate: '2026-11-20' });
    expect(f.map((x) => x.period)).toEqual(['2026-07', null]);
  });
  test('"科大讯飞发行20亿元科创债，票面利率1.92%"', () => {
    expect(readFigures('科大讯飞发行20亿元科创债，票面利率1.92%。', { pageDate: '2026-10-30' }).map((x) => x.metric)).toEqual(['other:bond-issue', 'other:coupon-rate']);
  });
  test('tech companies as a group are no single company', () => {
    expect(readFigures('Tencent sold a bond in September. Chinese technology companies have issued US$23.7 billion of offshore bonds so far this year.', { pageDate: '2026-09-16' })[0]!.entity).toBeNull();
  });
});

describe('a broker moving its own forecast, and orders counted (sentences of our own)', () => {
  test('"raised its 2026 and 2027 revenue forecasts by 3% and 5%" is a revision of the forecasts, and makes no claim', () => {
    const text = 'The broker raised its 2026 and 2027 revenue forecasts for Tencent by 3% and 5% to 289.5 billion yuan and 329 billion yuan.';
    const f = readFigures(text, { pageDate: '2026-11-14' });
    expect(f.map((x) => x.metric)).toEqual(['other:estimate-revision', 'other:estimate-revision', 'revenue', 'revenue']);
    const { from } = extractClaims(f, text, { file: 't.txt', url: null, title: null, siteName: null, date: '2026-11-14', lang: null });
    expect(from.map((x) => x.text)).not.toContain('3%');
    expect(figure('該行將2026年收入預測上調8%至1.97億美元。', '8%').metric).toBe('other:estimate-revision');
  });
  test('a robotaxi service\'s orders are its rides: "萝卜快跑第三季全球订单量约340万单，按年增长112%"', () => {
    const f = readFigures('百度旗下萝卜快跑第三季全球订单量约340万单，按年增长112%。', { pageDate: '2026-10-17' });
    expect(f.map((x) => x.metric)).toEqual(['other:robotaxi-rides', 'other:robotaxi-rides-growth']);
  });
  test('"带动订单逾4.1亿单" counts orders; "新签订单金额12亿元" is the money of contracts', () => {
    const f = readFigures('淘宝AI购物助手带动订单逾4.1亿单，公司新签订单金额12亿元。', { pageDate: '2026-11-12' });
    expect(f.map((x) => x.metric)).toEqual(['other:orders', 'contract-value']);
  });
});

describe('"an annualised" amount (a sentence of our own)', () => {
  test('"revenue passed an annualised US$300 million in June" is a run rate, not June\'s revenue', () => {
    expect(figure('Moonshot said its revenue passed an annualised US$300 million in June.', 'US$300 million').metric).toBe('arr');
    // (and a part's revenue annualised: "annualised API revenue", "API revenue reached an annualized $280 million")
    expect(figure('Annualised API revenue already passed RMB600mn in July.', 'RMB600mn').metric).toBe('arr');
    expect(figure("DeepSeek's API revenue reached an annualized $280 million in June.", '$280 million').metric).toBe('arr');
  });
});

describe('an aside between a metric and its verb (sentences of our own)', () => {
  test('"adjusted EBITA, the group\'s preferred profit measure, dropped 19%" is the EBITA\'s fall', () => {
    const f = readFigures("Tencent's net income fell 2% to 50 billion yuan, and adjusted EBITA, the group's preferred profit measure, dropped 19% to 31.2 billion yuan.", { pageDate: '2026-11-25' });
    expect(f.slice(2).map((x) => x.metric)).toEqual(['other:adjusted-ebita-growth', 'other:adjusted-ebita']);
  });
  test('"Net cash, after subtracting 228 billion yuan of borrowings, was 218 billion yuan": the net cash', () => {
    const f = readFigures('Alibaba had net cash, after subtracting 228 billion yuan of borrowings and bonds, was 218 billion yuan at the end of September.', { pageDate: '2026-11-25' });
    expect(f.map((x) => x.metric)).toEqual(['other:borrowings', 'other:net-cash']);
  });
  test('but a clause after a fronted phrase is no aside: "In the quarter, the group lifted capex to 41.2 billion yuan, up 60%"', () => {
    expect(figure('In the quarter, the first of its fiscal year, the group lifted capital expenditure to 41.2 billion yuan, up 60% from a year earlier.', '60%').metric).toBe('other:capex-growth');
  });
});

describe('money budgeted for infrastructure (a sentence of our own)', () => {
  test('"has budgeted 160 billion yuan for AI infrastructure this year, up from about 85 billion yuan" is capex, not revenue', () => {
    const f = readFigures('Revenue rose 24% in the first half, and the group has budgeted 160 billion yuan for AI infrastructure this year, up from about 85 billion yuan in 2025.', { pageDate: '2026-11-18' });
    expect(f.slice(1).map((x) => x.metric)).toEqual(['capex', 'capex']);
  });
});

describe('a business line\'s revenue (sentences of our own)', () => {
  test('"quick commerce revenue", "即时零售收入", "device licensing brought in", "deployments for state-owned enterprises brought in" are parts', () => {
    expect(figure('Quick commerce revenue reached 24.6 billion yuan.', '24.6 billion yuan').metric).toBe('other:segment-revenue');
    expect(figure('即时零售收入246亿元。', '246亿元').metric).toBe('other:segment-revenue');
    expect(figure('Zhipu said device licensing brought in 386 million yuan.', '386 million yuan').metric).toBe('other:segment-revenue');
    expect(figure('Zhipu said on-premise deployments for state-owned enterprises brought in 317 million yuan.', '317 million yuan').metric).toBe('other:segment-revenue');
    expect(figure('MiniMax said Talkie brought in US$50 million in the first half.', 'US$50 million').metric).toBe('other:segment-revenue');
  });
  test('a month in a relative clause is no month for "a year earlier": "The company, which listed in January, said … against 74 million yuan a year earlier"', () => {
    const f = readFigures('Zhipu said revenue for the six months to June 30 jumped 132% to 1.27 billion yuan. The company, which listed in Hong Kong in January, said device licensing brought in 386 million yuan, against 74 million yuan a year earlier.', { pageDate: '2026-08-28' });
    expect(f.find((x) => x.text === '74 million yuan')!.period).toBe('2025-H1');
  });
});

describe('a cost per million tokens is no price (sentences of our own)', () => {
  test('"an average inference cost of RMB0.62 per million tokens, against an API price of RMB1.9": a cost, then a price', () => {
    const f = readFigures('Zhipu disclosed an average inference cost of RMB0.62 per million tokens in 2Q26, against a blended API price of RMB1.9.', { pageDate: '2026-09-10' });
    expect(f.map((x) => x.metric)).toEqual(['other:inference-cost-per-mtok', 'price-per-mtok']);
    expect(readFigures('智谱第二季平均推理成本为每百万token 0.62元。', { pageDate: '2026-09-10' })[0]!.metric).toBe('other:inference-cost-per-mtok');
  });
});

describe('money raised in a listing named after it (sentences of our own)', () => {
  test('"raised HK$4.35 billion in its Hong Kong listing", "in what was then the city\'s largest AI listing" are IPO proceeds', () => {
    expect(figure('Zhipu raised HK$4.35 billion in its Hong Kong listing in January.', 'HK$4.35 billion').metric).toBe('ipo-proceeds');
    expect(figure("Zhipu had raised HK$4.35 billion in what was then the city's largest AI listing.", 'HK$4.35 billion').metric).toBe('ipo-proceeds');
    expect(figure("Cash stood at 16.7 billion yuan, helped by the HK$4.35 billion raised in January's Hong Kong IPO.", 'HK$4.35 billion').metric).toBe('ipo-proceeds');
  });
});

describe('a share of what a market counts (a sentence of our own)', () => {
  test('"its share of open-weight model downloads fell to 18% from 31%" is a market share, not downloads', () => {
    const f = readFigures('DeepSeek said its share of open-weight model downloads on Hugging Face fell to 18% in the third quarter from 31% a year earlier.', { pageDate: '2026-11-27' });
    expect(f.map((x) => x.metric)).toEqual(['market-share', 'market-share']);
  });
});

describe('what a round did (sentences of our own)', () => {
  test('"the round brought in $X" is funding and "priced it at $Y" a valuation, not revenue or a price', () => {
    expect(figure('Its first round, in mid-2023, brought in roughly $60 million from two funds.', '$60 million').metric).toBe('funding');
    expect(figure('A further round in July 2025 priced it at more than $4 billion.', '$4 billion').metric).toBe('valuation');
    // (the amount before "at a valuation of" is what was raised; a round "enlarged to" is its new size)
    expect(figure('In May it drew commitments of more than US$500 million at a valuation of about US$8 billion.', 'US$500 million').metric).toBe('funding');
    expect(figure('5月，公司获得超5亿美元承诺，估值约80亿美元，随后该轮扩大至7亿美元。', '7亿美元').metric).toBe('funding');
    // (what a product brought in stays its revenue)
    expect(figure('Talkie brought in $70 million in 2025.', '$70 million').metric).not.toBe('funding');
  });
});

describe('a share of a market\'s size (a sentence of our own)', () => {
  test('"the market was worth 5 billion yuan, with Zhipu\'s share at 30%" is a market share', () => {
    expect(figure('China\'s model API market was worth 5 billion yuan in the first half, with Zhipu\'s share at 30%.', '30%').metric).toBe('market-share');
  });
});

describe('percentage points (a sentence of our own)', () => {
  test('"an improvement of 10.6 percentage points" after a margin is the margin\'s change, never its level', () => {
    expect(figure('Gross margin rose to 34.7% from 24.1%, an improvement of 10.6 percentage points.', '10.6 percentage points').metric).toBe('other:gross-margin-change');
  });
});

describe('money a court, a regulator or a claimant names (sentences of our own)', () => {
  test('damages, fines, provisions and sums sought in a suit make no claim of revenue, profit or cost', () => {
    const text = 'A Beijing court ordered Zhipu to pay 4.2 million yuan in damages over novels used to train its models, a fraction of the 30 million yuan the authors had sought. Zhipu booked a provision of 50 million yuan for the case.';
    expect(['4.2 million yuan', '30 million yuan', '50 million yuan'].map((t) => figure(text, t).metric)).toEqual([null, null, null]);
    expect(figure('监管部门对百度处以罚款11.4亿元。', '11.4亿元').metric).toBeNull();
    // ("sought" outside a suit: a valuation a round sought stays one)
    expect(figure('Moonshot is in talks to raise money at a valuation of $18 billion, up from the $10 billion it sought in February.', '$10 billion').metric).toBe('valuation');
  });
});

describe('turnover in a report on trading (sentences of our own)', () => {
  test('a stock\'s turnover is the value of shares traded, as of the page\'s month; the whole market\'s and a festival\'s sales are not', () => {
    const en = readFigures('MiniMax shares jumped 12% to a record close. Turnover reached HK$7.5 billion, the highest of any stock on the exchange.', { pageDate: '2026-08-26' });
    expect(en.find((f) => f.text === 'HK$7.5 billion')).toMatchObject({ metric: 'other:turnover', period: '2026-08' });
    const zh = readFigures('科大讯飞全周上涨9.1%，周五收报60.2元；全周成交额达420亿元。', { pageDate: '2026-11-07' });
    expect(zh.find((f) => f.text === '420亿元')).toMatchObject({ metric: 'other:turnover', period: '2026-11' });
    expect(figure('恒生指数收市跌186点。主板全日成交额2,600亿元，较前一日减少9%。', '2,600亿元').metric).not.toBe('other:turnover');
    expect(figure('阿里巴巴表示，天猫双11期间平台成交额同比增长8%，达到5000亿元。', '5000亿元').metric).not.toBe('other:turnover');
  });
});

describe('a deal\'s value and a daily token volume (sentences of our own)', () => {
  test('"signs HK$2.3bn server deal" is a contract\'s value, not the loss the headline names first; a round\'s "deal" is not', () => {
    expect(figure('MiniMax loss widens as computing bill doubles; signs HK$2.3bn server deal', 'HK$2.3bn').metric).toBe('contract-value');
    expect(figure('StepFun raised US$1.2 billion in its Series C, a deal led by state funds.', 'US$1.2 billion').metric).toBe('funding');
  });
  test('"daily token volume to exceed 10 trillion" is tokens a day, not users', () => {
    expect(figure('The analyst expects Zhipu\'s daily token volume to exceed 10 trillion by the end of 2026.', '10 trillion').metric).toBe('other:daily-tokens');
  });
});

describe('staff cut or added (sentences of our own)', () => {
  test('"about 1,500 positions were eliminated", "员工减少300人至2,900人": the change, not the staff\'s size', () => {
    expect(figure('Filings imply that about 1,500 positions were eliminated in the quarter.', '1,500').metric).toBe('other:headcount-change');
    expect(figure('商汤上半年员工减少300人至2900人。', '300').metric).toBe('other:headcount-change');
    expect(figure('商汤上半年员工减少300人至2900人。', '2900').metric).toBe('headcount');
  });
});

describe('revenue from outside China (a sentence of our own)', () => {
  test('overseas revenue and its growth have the name their share already had, not a segment\'s', () => {
    const text = 'Zhipu said overseas revenue rose 120% to 186 million yuan in the first half, 33% of the total.';
    expect(['120%', '186 million yuan', '33%'].map((t) => figure(text, t).metric)).toEqual(['other:overseas-revenue-growth', 'other:overseas-revenue', 'other:overseas-revenue-share']);
  });

  test('"revenue earned abroad", "revenue generated overseas": the part named after the revenue word, past its verb', () => {
    const text = 'In 2025, revenue earned abroad rose 64% to 410 million yuan, Zhipu said.';
    expect(['64%', '410 million yuan'].map((t) => figure(text, t).metric)).toEqual(['other:overseas-revenue-growth', 'other:overseas-revenue']);
    expect(figure('Revenue generated overseas was US$52 million in the first half of 2026, MiniMax said.', 'US$52 million').metric).toBe('other:overseas-revenue');
  });

  test('"revenue rose 90% to US$80 million, with 64% generated abroad": the share earned abroad, no growth', () => {
    const text = "Zhipu's 2025 revenue rose 90% to US$80 million, with 64% generated abroad.";
    expect(['90%', '64%'].map((t) => figure(text, t).metric)).toEqual(['revenue-growth', 'other:overseas-revenue-share']);
  });

  test('"来自中国以外市场的收入", "來自內地以外市場的收入": the revenue from outside China, and its share', () => {
    const text = '百川2025年来自中国以外市场的收入为1.2亿元，占总收入15%。';
    expect(['1.2亿元', '15%'].map((t) => figure(text, t).metric)).toEqual(['other:overseas-revenue', 'other:overseas-revenue-share']);
  });
});

describe('money a listing raised (sentences of our own)', () => {
  test('"floated …, selling shares at HK$165 each to raise HK$4.2 billion" and "the HK$4.3 billion raised in its January IPO and a placement" are IPO proceeds', () => {
    expect(figure('Zhipu floated in Hong Kong in January, selling shares at HK$116 each to raise about HK$4.3 billion.', 'HK$4.3 billion').metric).toBe('ipo-proceeds');
    const text = 'Cash rose, boosted by the HK$4.3 billion raised in its January initial public offering and a HK$4.2 billion share placement in June.';
    expect(['HK$4.3 billion', 'HK$4.2 billion'].map((t) => figure(text, t).metric)).toEqual(['ipo-proceeds', 'funding']);
  });
});

describe('research spending as a multiple of revenue (a sentence of our own)', () => {
  test('"研發開支增至20億元，相當於收入逾5倍" is the R&D ratio, not a growth', () => {
    expect(figure('期內研發開支按年增50%至20億元，相當於收入逾5倍。', '5倍').metric).toBe('rd-ratio');
  });
});

describe('a segment named as the place of the revenue, or as the clause\'s subject (sentences of our own)', () => {
  test('"revenue in its games and cloud segment rose 7% to 48.2 billion yuan" and "the segment booked 140 billion yuan in revenue" are the part\'s', () => {
    const text = 'Kuaishou said revenue in its online marketing and cloud segment rose 7% to 48.2 billion yuan in the quarter.';
    expect(['7%', '48.2 billion yuan'].map((t) => figure(text, t).metric)).toEqual(['other:segment-revenue-growth', 'other:segment-revenue']);
    const nine = 'Over nine months, the segment booked 140 billion yuan in revenue, against group revenue of 410 billion yuan.';
    expect(['140 billion yuan', '410 billion yuan'].map((t) => figure(nine, t).metric)).toEqual(['other:segment-revenue', 'revenue']);
  });
});

describe('two deals told side by side, parted by a semicolon (a sentence of our own)', () => {
  test('"…挂牌，募资35亿港元；9月，公司又配售2000万股，募资约80亿港元": the first is the listing\'s, the second the placement\'s', () => {
    const text = '3月12日，MiniMax在港交所挂牌，募资35亿港元；9月，公司又配售2000万股新股，募资约80亿港元。';
    expect(['35亿港元', '80亿港元'].map((t) => figure(text, t).metric)).toEqual(['ipo-proceeds', 'funding']);
  });
});

describe('a sentence opened by the sequential comparison (a sentence of our own)', () => {
  test('"Quarter on quarter, revenue rose 4%, and year on year 19%": the first change is sequential, the second not', () => {
    const text = 'Quarter on quarter, Kuaishou revenue rose 4%, and year on year 19%.';
    expect(['4%', '19%'].map((t) => figure(text, t).metric)).toEqual(['other:revenue-growth-qoq', 'revenue-growth']);
  });
});

describe('a region written in traditional characters (a sentence of our own)', () => {
  test('"東南亞收入…至3.1億元" is a region\'s revenue, as "东南亚收入" is', () => {
    expect(figure('商湯表示，東南亞收入上半年按年增長40%至3.1億元。', '3.1億元').metric).toBe('other:segment-revenue');
  });
});

describe('a sentence that opens by saying its subject is a line of business (a sentence of our own)', () => {
  test('"智慧医疗仍是第二大业务板块，前三季度收入21.4亿元，同比增长9%" is the part\'s revenue', () => {
    const text = '科大讯飞前三季度营收180亿元。智慧医疗仍是第二大业务板块，前三季度收入21.4亿元，同比增长9%。';
    expect(['180亿元', '21.4亿元', '9%'].map((t) => figure(text, t).metric)).toEqual(['revenue', 'other:segment-revenue', 'other:segment-revenue-growth']);
  });
});

describe('a unit named before a relative clause about it (a sentence of our own)', () => {
  test('"Baidu Core, which leaves out iQiyi, generated revenue of 23 billion yuan" is the unit\'s', () => {
    expect(figure('Baidu Core, which leaves out iQiyi, generated revenue of 23 billion yuan in the quarter.', '23 billion yuan').metric).toBe('other:segment-revenue');
  });
});

describe('a sum of money is no rate (a sentence of our own)', () => {
  test('"issued US$2.5 billion of zero-coupon convertible bonds" names no coupon rate', () => {
    expect(figure('Tencent issued US$2.5 billion of zero-coupon convertible bonds in October.', 'US$2.5 billion').metric).not.toBe('other:coupon-rate');
  });
});

describe('money set aside from what was raised (sentences of our own)', () => {
  test('"按募资用途，约40亿元将用于模型研发" and "about HK$5 billion of the proceeds will go to research" are no R&D spending', () => {
    expect(figure('按募资用途，80亿元中约40亿元将用于模型研发，25亿元用于算力建设。', '40亿元').metric).toBeNull();
    expect(figure('MiniMax said about HK$5 billion of the proceeds will go to research and development.', 'HK$5 billion').metric).toBeNull();
  });
});

describe('a run rate, and a share of the company\'s own revenue (sentences of our own)', () => {
  test('"was running at an annualised rate of roughly $250 million" is a run rate; "Its share of Baidu Core revenue dropped below 55%" a share, no growth', () => {
    expect(figure('Kimi\'s subscription business was running at an annualised rate of roughly $250 million in July.', '$250 million').metric).toBe('arr');
    const share = figure('Online marketing revenue fell 7%. Its share of Baidu Core revenue dropped below 55% for the first time.', '55%');
    expect([share.metric, share.value]).toEqual(['other:revenue-share', 0.55]);
  });
});

describe('valuation multiples in lists and with what the sales are (sentences of our own)', () => {
  test('"100 and 45 times their annualised first-half sales", "6x fiscal 2028 EV/sales", "58x 2026E and 30x 2028E earnings"', () => {
    expect(figure('Zhipu and MiniMax trade at roughly 100 and 45 times their annualised first-half sales.', '45 times').metric).toBe('price-to-sales');
    expect(figure('The analyst values the cloud business at 6x fiscal 2028 EV/sales.', '6x').metric).toBe('other:ev-to-sales');
    const pe = 'That puts the stock on 58x 2026E and 30x 2028E earnings.';
    expect(['58x', '30x'].map((t) => figure(pe, t).metric)).toEqual(['other:pe-ratio', 'other:pe-ratio']);
  });
});

describe('a valuation and the round that set it, in one Chinese clause (sentences of our own)', () => {
  test('"以150亿美元估值完成10亿美元新一轮融资": the valuation is the first amount\'s, the round the second\'s; "较其融资时150亿美元的投后估值" is a valuation', () => {
    const text = '7月，月之暗面以150亿美元估值完成10亿美元新一轮融资。';
    expect(['150亿美元', '10亿美元'].map((t) => figure(text, t).metric)).toEqual(['valuation', 'funding']);
    expect(figure('券商测算其合理估值为1,500亿港元，较其3月融资时150亿美元的投后估值溢价约20%。', '150亿美元').metric).toBe('valuation');
  });
});

describe('a listing that raised money, told in a relative clause; a sum named as a placement\'s size (sentences of our own)', () => {
  test('"boosted by its Hong Kong listing in January, which raised HK$3.9 billion" is the IPO\'s; "followed a HK$2.1 billion placement" a placement\'s', () => {
    expect(figure('Cash rose, boosted by the company\'s Hong Kong listing in January, which raised HK$3.9 billion.', 'HK$3.9 billion').metric).toBe('ipo-proceeds');
    expect(figure('The deal came at a 7% discount and followed a HK$2.1 billion placement in March 2025.', 'HK$2.1 billion').metric).toBe('funding');
  });
});

describe('the level a share is to reach (a sentence of our own)', () => {
  test('"made up 21% of 1H26 revenue and should reach about 30% by 2028E" is the same share, not growth', () => {
    const text = 'The API platform made up 21% of 1H26 revenue and should reach about 30% by 2028E.';
    expect(['21%', '30%'].map((t) => figure(text, t).metric)).toEqual(['other:revenue-share', 'other:revenue-share']);
  });
});

describe('a share of a market named in four words (a sentence of our own)', () => {
  test('"held 30% of China\'s AI video generation market" is a market share', () => {
    expect(figure('Kling held 30% of China\'s AI video generation market by revenue in the quarter.', '30%').metric).toBe('market-share');
  });
});

describe('the users of one version or one region (sentences of our own)', () => {
  test('"with 40 million of them in China", "国际版…月活跃用户达到1,500万", "国内版…约1.5亿" are a part; "全球月活跃用户超过2亿" the whole', () => {
    expect(figure('DeepSeek had about 110 million monthly active users worldwide in October, with 40 million of them in China.', '40 million').metric).toBe('other:domestic-users');
    const zh = 'Qwen应用国际版上线三个月，10月月活跃用户达到1,500万；相比之下，国内版千问应用月活跃用户约1.5亿。';
    expect(['1,500万', '1.5亿'].map((t) => figure(zh, t).metric)).toEqual(['other:overseas-users', 'other:domestic-users']);
    expect(figure('公司表示，海外用户主要来自美国及东南亚，截至6月底全球月活跃用户超过2亿。', '2亿').metric).toBe('users');
  });
});

describe('a share said with 贡献 or 占比升至逾 (sentences of our own)', () => {
  test('"其中海外市場貢獻70%", "生成式AI佔比升至逾七成" are shares, not growth', () => {
    expect(figure('MiniMax上半年收入2.2億美元，其中海外市場貢獻70%。', '70%').metric).toBe('other:revenue-share');
    expect(figure('商湯中期收入增25% 生成式AI佔比升至逾七成', '七成').metric).toBe('other:revenue-share');
  });
});

describe('"API/MaaS revenue" (a sentence of our own)', () => {
  test('a broker\'s two names for the API business, joined by a slash, name API revenue', () => {
    expect(figure('MiniMax: we cut our API/MaaS revenue forecast to US$210mn for 2027.', 'US$210mn').metric).toBe('api-revenue');
  });
});

describe('an amount said to be of something (sentences of our own)', () => {
  test('"drawing HK$690 billion of margin loans" is not the oversubscription named before it', () => {
    expect(figure('The retail tranche was subscribed 2,614 times, drawing HK$690 billion of margin loans from brokers.', 'HK$690 billion').metric).toBeNull();
    expect(figure("Zhipu's shares rose 5%, and retail investors borrowed HK$40 billion of margin financing to bid.", 'HK$40 billion').metric).toBeNull();
  });
  test('an amount of a metric the reader knows keeps it', () => {
    expect(figure('The company booked 3 billion yuan of revenue in the quarter.', '3 billion yuan').metric).toBe('revenue');
  });
});

describe('what revenue comes from (sentences of our own)', () => {
  test('"subscription revenue from AI high-performance computing infrastructure jumped 112%" is revenue growth, not capex', () => {
    expect(figure('Within AI Cloud, subscription revenue from AI high-performance computing infrastructure jumped 112%.', '112%').metric).toBe('other:segment-revenue-growth');
    expect(figure('Baidu spent 4 billion yuan on AI infrastructure.', '4 billion yuan').metric).toBe('capex');
  });
});

describe('a line of business as the earner (sentences of our own)', () => {
  test('"Generative AI brought in 2.38 billion yuan", "Baidu Core, which houses search, generated" are parts, not the total', () => {
    expect(figure('First-half revenue rose 23% to 2.91 billion yuan. Generative AI brought in 2.38 billion yuan.', '2.38 billion yuan').metric).toBe('other:segment-revenue');
    expect(figure("Baidu's revenue fell 7%. Baidu Core, which houses search and the cloud, generated 23.9 billion yuan.", '23.9 billion yuan').metric).toBe('other:segment-revenue');
  });
  test('past a time the sentence opens with: "Over the first nine months, AI-powered businesses generated"', () => {
    expect(figure('Over the first nine months, AI-powered businesses generated 26.7 billion yuan, up 48%.', '26.7 billion yuan').metric).toBe('other:segment-revenue');
    expect(figure('Over the first nine months, Baidu generated 70 billion yuan.', '70 billion yuan').metric).toBe('revenue');
  });
});

describe('a unit\'s or an app\'s change from the quarter before (a sentence of our own)', () => {
  test('"可灵AI单季收入超过4.6亿元，环比增长28%" is the unit\'s sequential growth, not the group\'s', () => {
    expect(figure('第三季度集团总收入为381.5亿元，同比增长14.2%。其中，可灵AI单季收入超过4.6亿元，环比增长28%。', '28%').metric).toBe('other:segment-revenue-growth-qoq');
    const en = readFigures("Kuaishou's third-quarter revenue rose 14%. Kling's third-quarter revenue grew 30% from the second quarter.", { pageDate: '2026-11-20' });
    expect(en.find((f) => f.text === '30%')?.metric).toBe('other:segment-revenue-growth-qoq');
  });
});

describe('segments named in Chinese (sentences of our own)', () => {
  test('"雲智能急升34%" is Alibaba\'s Cloud Intelligence Group, and "生成式AI仍是增長主力，期內收入…" a line of business', () => {
    expect(figure('阿里季績收入增8% 雲智能急升34%', '34%').metric).toBe('other:segment-revenue-growth');
    expect(figure('商湯上半年收入增36%。生成式AI仍是增長主力，期內收入26.9億元，按年升48%。', '26.9億元').metric).toBe('other:segment-revenue');
  });
  test('a business that "继续担当增长引擎" or "成为收入支柱" is the subject of the revenue after the comma', () => {
    expect(figure('公司上半年收入增30%。云业务继续担当增长引擎，期内收入20.5亿元，按年增40%。', '20.5亿元').metric).toBe('other:segment-revenue');
    expect(figure('公司上半年收入增30%。海外業務成為收入支柱，期內收入8.2億元。', '8.2億元').metric).toBe('other:segment-revenue');
  });
});

describe('changes from the quarter before, in other words (sentences of our own)', () => {
  const read = (text: string, surface: string) => readFigures(text, { pageDate: '2026-11-20' }).find((f) => f.text === surface)?.metric;
  test('"down 11% from the previous three months", "down 40% from the first three months of the year" are sequential', () => {
    expect(read('Its capex reached 38.6 billion yuan in the September quarter, down 11% from the previous three months but up 22% year on year.', '11%')).toBe('other:capex-growth-qoq');
    expect(read("Tencent's capital expenditure reached 19.1 billion yuan in the April-June quarter, down 40% from the first three months of the year.", '40%')).toBe('other:capex-growth-qoq');
  });
  test('"季減12%、年增52%" (Taiwan\'s wording) is sequential then yearly; "第三季增長12%" is a quarter\'s growth', () => {
    expect([read('騰訊第三季資本支出為198億元人民幣，季減12%、年增52%。', '12%'), read('騰訊第三季資本支出為198億元人民幣，季減12%、年增52%。', '52%')]).toEqual(['other:capex-growth-qoq', 'other:capex-growth']);
    expect(read('阿里雲季營收年增34% 資本支出季減仍逾400億元', '34%')).not.toMatch(/qoq/);
  });
});

describe('sequential changes said after a yearly one, or before the metric (sentences of our own)', () => {
  const read = (text: string, surface: string) => readFigures(text, { pageDate: '2026-11-20' }).find((f) => f.text === surface)?.metric;
  test('"rose 12% year on year … and 8% from the previous three months", "up 21% on the previous quarter"', () => {
    expect(read('Revenue for the third quarter rose 12% year on year to 7.31 billion yuan and 8% from the previous three months.', '8%')).toBe('other:revenue-growth-qoq');
    expect(read('Third-quarter revenue alone was US$94 million, up 21% on the previous quarter.', '21%')).toBe('other:revenue-growth-qoq');
  });
  test('"quarter-on-quarter revenue growth of 37%"; not past a conjunction: "down 11% from the previous three months but up 22% year on year"', () => {
    expect(read('Analysts pointed to quarter-on-quarter revenue growth of 37% in the second quarter.', '37%')).toBe('other:revenue-growth-qoq');
    expect(read('Its capex reached 38.6 billion yuan in the September quarter, down 11% from the previous three months but up 22% year on year.', '22%')).toBe('other:capex-growth');
  });
});

describe('a business or an app named as the owner of revenue (sentences of our own)', () => {
  const read = (text: string, surface: string) => readFigures(text, { pageDate: '2026-11-20' }).find((f) => f.text === surface)?.metric;
  test('"MiniMax旗下海螺视频第三季度收入为3120万美元", "其金融科技及企業服務部門第2季營收約586億元" are parts', () => {
    expect(read('对比同行，MiniMax旗下海螺视频第三季度收入为3120万美元。', '3120万美元')).toBe('other:segment-revenue');
    expect(read('騰訊未單獨揭露騰訊雲營收，其金融科技及企業服務部門第2季營收約586億元。', '586億元')).toBe('other:segment-revenue');
  });
  test('"Hailuo has grown faster. Its revenue in the second quarter was US$31.5 million" is the app\'s; "its" after the company stays the company\'s', () => {
    const text = "MiniMax's revenue rose 89%. Hailuo has grown faster. Its revenue in the second quarter was US$31.5 million. MiniMax said it had 2 billion yuan of cash. Its revenue was US$100 million in July.";
    expect([read(text, 'US$31.5 million'), read(text, 'US$100 million')]).toEqual(['other:segment-revenue', 'revenue']);
  });
});

describe('revenue of one kind of customer or product line (sentences of our own)', () => {
  test('"Moonshot\'s consumer revenue", "ByteDance\'s video-generation revenue" are parts of the company\'s', () => {
    expect(figure("Spread Moonshot's consumer revenue, which brokers estimate at $95 million, over its users.", '$95 million').metric).toBe('other:segment-revenue');
    expect(figure("Analysts estimate ByteDance's video-generation revenue at about 2 billion yuan.", '2 billion yuan').metric).toBe('other:segment-revenue');
    expect(figure("Moonshot's revenue reached $95 million.", '$95 million').metric).toBe('revenue');
  });
});

describe('what a unit says of revenue (a sentence of our own)', () => {
  test('"Its cloud unit said in August that revenue rose to 41.3 billion yuan" is the unit\'s', () => {
    expect(figure('Alibaba is the biggest taxpayer. Its cloud unit said in August that revenue rose 34% to 41.3 billion yuan.', '41.3 billion yuan').metric).toBe('other:segment-revenue');
    expect(figure('Alibaba said in August that revenue rose 4% to 247 billion yuan.', '247 billion yuan').metric).toBe('revenue');
  });
});

describe('a part\'s profit in more wordings (sentences of our own)', () => {
  test('"The cloud unit\'s own adjusted Ebita", "The China e-commerce group\'s adjusted EBITA" are parts; "The group\'s adjusted EBITA" the whole', () => {
    const text = "Alibaba's revenue rose 5%. The cloud unit's own adjusted Ebita rose 41% to 4.3 billion yuan. The China e-commerce group's adjusted EBITA fell 22% to 30.4 billion yuan. The group's adjusted EBITA fell 10% to 40 billion yuan.";
    expect(['4.3 billion yuan', '30.4 billion yuan', '40 billion yuan'].map((t) => figure(text, t).metric)).toEqual(['other:segment-ebita', 'other:segment-ebita', 'other:adjusted-ebita']);
  });
});

describe('shares sold in a listing (sentences of our own)', () => {
  test('"priced its 71.2 million shares …, raising HK$9.34 billion, the biggest AI offering" is the listing\'s proceeds', () => {
    expect(figure('Moonshot priced its 71.2 million shares at the top of its HK$118-HK$131.20 range, raising HK$9.34 billion, the biggest AI offering in the city this year.', 'HK$9.34 billion').metric).toBe('ipo-proceeds');
  });
  test('a listed company selling new shares, or a placement, raises no IPO proceeds', () => {
    expect(figure('MiniMax sold 40 million new shares in a top-up placement, raising HK$11.3 billion.', 'HK$11.3 billion').metric).toBe('funding');
    expect(figure("Zhipu's gain since listing shrank. SenseTime said it would sell 1.2 billion new shares at HK$2.10 apiece, to raise about HK$2.52 billion.", 'HK$2.52 billion').metric).toBe('funding');
  });
});

describe('a business that grew, named after its change (sentences of our own)', () => {
  test('"a 41% jump in its AI cloud business" after the group\'s revenue is the business\'s revenue growth', () => {
    expect(figure('Baidu reported third-quarter revenue above expectations, as a 41% jump in its AI cloud business made up for weaker advertising.', '41%').metric).toBe('other:segment-revenue-growth');
    expect(figure('Group revenue rose 5%, helped by a 30% rise in the cloud unit.', '30%').metric).toBe('other:segment-revenue-growth');
  });
});

describe('a multiple set beside another with "a discount to" (a sentence of our own)', () => {
  test('"based on 28x FY27E EV/sales, a discount to the 32x we apply to US peers" is a multiple of the same kind, not a price change', () => {
    expect(figure('Our target price is based on 28x FY27E EV/sales, a discount to the 32x we apply to the US peer group.', '32x').metric).toBe('other:ev-to-sales');
  });
});

describe('a Chinese headline of two clauses with a space between (a sentence of our own)', () => {
  test('"收入佔比近八成 經調整虧損收窄32%": the change after the space is the loss\'s, not a share', () => {
    expect(figure('生成式AI收入佔比近八成 經調整虧損收窄32%', '32%').metric).toBe('other:adjusted-net-loss-change');
  });
});

describe('a count of places and a shares\' run said with "are up" (sentences of our own)', () => {
  test('"212 million users in more than 200 countries", "覆盖200多个国家和地区": the 200 counts places, not users', () => {
    expect(figure('The apps had 212 million cumulative users in more than 200 countries.', '200').metric).toBeNull();
    expect(figure('公司用户覆盖200多个国家和地区，累计用户达2.1亿。', '200').metric).toBeNull();
  });
  test('"Shares rose 6.8% to HK$312.40, giving it a market value of HK$96 billion, and are up 41% since the start of the year" is the shares\' run', () => {
    const figs = readFigures('Shares of MiniMax rose 6.8% to HK$312.40 on Wednesday, giving it a market value of about HK$96 billion, and are up 41% since the start of the year.', { pageDate: '2026-08-27' });
    expect(figs.find((f) => f.text === '41%')?.metric).toBe('stock-change');
  });
});

describe('forecasts cut by a slash list (a sentence of our own)', () => {
  test('"cut its 2026-28 net profit forecasts by 22%/15%/9%" is three revisions, all cuts', () => {
    const figs = readFigures('The broker cut its 2026-28 net profit forecasts by 22%/15%/9% to 0.71/1.38/2.05 billion yuan.', { pageDate: '2026-10-24' });
    expect(['22%', '15%', '9%'].map((t) => figs.find((f) => f.text === t)).map((f) => [f?.metric, f?.value])).toEqual([['other:estimate-revision', -0.22], ['other:estimate-revision', -0.15], ['other:estimate-revision', -0.09]]);
  });
});

describe('an impairment booked (sentences of our own)', () => {
  test('"信用减值损失为2.1亿元" after sales collections is an impairment, not a collection; "an impairment charge of 3 billion yuan" too', () => {
    expect(figure('前三季度销售回款186.2亿元，同比增长16.4%；信用减值损失为2.1亿元。', '2.1亿元').metric).toBe('other:impairment');
    expect(figure('It booked an impairment charge of 3 billion yuan in 2025.', '3 billion yuan').metric).toBe('other:impairment');
  });
});

describe('a change from the quarter before, named before it in Chinese (a sentence of our own)', () => {
  test('"第二季收入约15.1亿元，较首季的11.3亿元增长约34%" is sequential growth; a change on the year is not', () => {
    const figs = readFigures('以单季计，第二季云业务收入约15.1亿元，较首季的11.3亿元增长约34%，按年增长52%。', { pageDate: '2026-08-28' });
    expect(['34%', '52%'].map((t) => figs.find((f) => f.text === t)?.metric)).toEqual(['other:segment-revenue-growth-qoq', 'other:segment-revenue-growth']);
  });
});

describe('a clause that names the amount of a thing no cue knows (a sentence of our own)', () => {
  test('"亏损同比收窄50.6%；大模型项目中标金额6.2亿元，同比增长43%" leaves the amount and its change without the loss\'s metric', () => {
    const figs = readFigures('公司上半年营业收入127.4亿元，亏损同比收窄50.6%；大模型项目中标金额6.2亿元，同比增长43%。', { pageDate: '2026-09-02' });
    expect(figs.map((f) => [f.text, f.metric])).toEqual([['127.4亿元', 'revenue'], ['50.6%', 'other:net-loss-change'], ['6.2亿元', null], ['43%', null]]);
  });
});

describe('the value of things bought or signed for (sentences of our own)', () => {
  test('"placed orders worth more than 10 billion yuan", "signed contracts worth 2 billion yuan" take no metric named before', () => {
    const figs = readFigures('ByteDance accounted for roughly 60% of sales, having placed orders worth more than 10 billion yuan. Tencent signed contracts worth 2 billion yuan.', { pageDate: '2026-10-24' });
    expect(figs.map((f) => [f.text, f.metric])).toEqual([['60%', 'other:segment-revenue-share'], ['10 billion yuan', null], ['2 billion yuan', null]]);
  });
});

describe('the gap between two listings’ prices in Chinese (a sentence of our own)', () => {
  test('"港股上涨5.3%，A股相对H股溢价约46%" is a move, then a premium that is no move', () => {
    const figs = readFigures('同日，智谱港股上涨5.3%，A股相对H股溢价约46%。', { pageDate: '2026-08-06' });
    expect(figs.map((f) => [f.text, f.metric])).toEqual([['5.3%', 'stock-change'], ['46%', null]]);
  });
});

describe('a sequential change named in the next sentence (a sentence of our own)', () => {
  test('"on revenue of 7.26 billion yuan, up 19.3%. Quarter on quarter, revenue climbed 6.1%" leaves the first a year-on-year rise', () => {
    const figs = readFigures('Net profit for the July-September quarter rose 64% to 412 million yuan, on revenue of 7.26 billion yuan, up 19.3%. Quarter on quarter, revenue climbed 6.1%.', { pageDate: '2026-10-21' });
    expect(figs.filter((f) => f.unit === 'percent').map((f) => [f.text, f.metric])).toEqual([['64%', 'other:net-profit-growth'], ['19.3%', 'revenue-growth'], ['6.1%', 'other:revenue-growth-qoq']]);
  });
});

describe('users counted since launch (sentences of our own)', () => {
  test('"累计用户已超2亿", "cumulative users passed 200 million" are a running total, not the users of a month', () => {
    expect(readFigures('截至6月底，讯飞星火App累计用户已超2亿。', { pageDate: '2026-09-02' })[0]!.metric).toBe('other:registered-users');
    expect(readFigures('Spark\'s cumulative users passed 200 million by June.', { pageDate: '2026-09-02' })[0]!.metric).toBe('other:registered-users');
  });
});

describe('Chinese users counted a day (a sentence of our own)', () => {
  test('"每日触达用户已超过3亿人", "日均活跃用户约4000万" are daily users, not the users of a month', () => {
    expect(readFigures('AI搜索功能每日触达用户已超过3亿人。', { pageDate: '2026-11-13' })[0]!.metric).toBe('other:daily-active-users');
    expect(readFigures('元宝日均活跃用户约4000万。', { pageDate: '2026-11-13' })[0]!.metric).toBe('other:daily-active-users');
  });
});

describe('profit before one-off items, in English (sentences of our own)', () => {
  test('"Excluding one-off items such as government subsidies, profit was …", "net profit excluding one-off items" are not the net profit', () => {
    const figs = readFigures('Net profit rose 64% to 412 million yuan in the third quarter. Excluding one-off items such as government subsidies, profit was 196 million yuan. The loss excluding one-off items was 20 million yuan a year earlier.', { pageDate: '2026-10-21' });
    expect(figs.map((f) => [f.text, f.metric])).toEqual([
      ['64%', 'other:net-profit-growth'],
      ['412 million yuan', 'net-profit'],
      ['196 million yuan', 'other:net-profit-excl-nonrecurring'],
      ['20 million yuan', 'other:net-loss-excl-nonrecurring'],
    ]);
  });
});

describe('people to be hired (sentences of our own)', () => {
  test('"计划再招聘200名应届毕业生", "plans to hire 300 engineers" take no metric named before; "has 420 employees" is still headcount', () => {
    const figs = readFigures('元宝月活跃用户超过1.5亿。公司今年计划再招聘200名应届毕业生。Zhipu plans to hire 300 engineers this year. Moonshot has 420 employees.', { pageDate: '2026-11-13' });
    expect(figs.map((f) => [f.text, f.metric])).toEqual([['1.5亿', 'users'], ['200', null], ['300', null], ['420', 'headcount']]);
  });
});

describe('a list of metrics said "respectively" (sentences of our own)', () => {
  test('"收入和归母净亏损的一致预期分别为…和…", "revenue and net loss of … and …, respectively" go item by item', () => {
    const zh = readFigures('分析师对MiniMax 2025年收入和经调整净亏损的一致预期分别为4.1亿美元和2.6亿美元。', { pageDate: '2026-03-20' });
    expect(zh.map((f) => f.metric)).toEqual(['revenue', 'adjusted-net-loss']);
    const en = readFigures('Analysts had expected Baidu revenue and net profit of 31.2 billion yuan and 4.1 billion yuan, respectively, for the quarter.', { pageDate: '2026-11-20' });
    expect(en.map((f) => f.metric)).toEqual(['revenue', 'net-profit']);
    // (one metric over a list of years stays that metric)
    expect(readFigures('智谱2024年和2025年收入分别为3.1亿元和7.2亿元。', { pageDate: '2026-03-31' }).map((f) => f.metric)).toEqual(['revenue', 'revenue']);
  });
});

describe('a profit warning names no profit (a sentence of our own)', () => {
  test('"落在盈利预警给出的…区间之内" is the loss the sentence names', () => {
    expect(figure('MiniMax归母净亏损31.2亿元，落在公司2月盈利预警给出的30亿元至33亿元区间之内。', '30亿元至33亿元').metric).toBe('net-loss');
    expect(figure('公司发布盈利预告，预计前三季度净利润为5亿元至6亿元。', '5亿元至6亿元').metric).toBe('net-profit');
  });
});

describe('an amount, then the valuation it came at (sentences of our own)', () => {
  test('"A further 3 billion yuan followed … at a valuation of about 24 billion yuan": the first is the round', () => {
    const f = readFigures('StepFun was founded in 2023. A further 2 billion yuan followed in May 2025 at a valuation of about 15 billion yuan.', { pageDate: '2026-05-01' });
    expect(f.filter((x) => x.kind === 'money').map((x) => x.metric)).toEqual(['funding', 'valuation']);
  });
});

describe('a multiple of analysts\' sales (a sentence of our own)', () => {
  test('"trades at about 40 times analysts\' 2027 sales estimates" is a price-to-sales ratio, no growth', () => {
    expect(figure("MiniMax trades at about 40 times analysts' 2027 sales estimates, data compiled by the exchange show.", '40 times').metric).toBe('price-to-sales');
    expect(figure('MiniMax said its revenue grew about 4 times in 2025.', '4 times').metric).not.toBe('price-to-sales');
  });
});

describe('"该股" (the stock) names a share move (a sentence of our own)', () => {
  test('"虧損擴大至…；該股今年累升72%" is the stock\'s move, not the loss\'s', () => {
    expect(figure('商湯上半年虧損擴大至12億元；該股今年累升45%，市值約900億港元。', '45%').metric).toBe('stock-change');
  });
});

describe('the share of revenue the top customers bring (sentences of our own)', () => {
  test('"The five largest customers accounted for 44.8%", "its largest customer, a phone maker, made up 24.8%": no part of the business', () => {
    const text = "The five largest customers accounted for 44.8% of Baichuan's revenue in 2025, and its largest customer, a phone maker, made up 24.8%. Healthcare solutions generated 61.3% of revenue.";
    expect(figure(text, '44.8%').metric).toBe('other:top5-customer-share');
    expect(figure(text, '24.8%').metric).toBe('other:largest-customer-share');
    expect(figure(text, '61.3%')).toMatchObject({ metric: 'other:segment-revenue-share', segment: 'healthcare solutions' });
  });
  test('"前五大客户销售收入占比分别为71.6%、68.9%和62.3%", "第一大客户……贡献收入占比24.8%"', () => {
    const figs = readFigures('阶跃星辰前五大客户销售收入占比分别为71.6%、68.9%和62.3%，虽逐年下降。其中第一大客户为某国产手机品牌，2025年贡献收入占比24.8%。', { pageDate: '2026-06-16' });
    expect(figs.map((f) => f.metric)).toEqual(['other:top5-customer-share', 'other:top5-customer-share', 'other:top5-customer-share', 'other:largest-customer-share']);
  });
});

describe('"the amount it raised": a relative clause right after an amount names it (sentences of our own)', () => {
  test('"cash …, which does not include the HK$4.35 billion it raised in its IPO" is the listing\'s proceeds, not cash', () => {
    const text = 'Zhipu had 9.8 billion yuan in cash at the end of 2025, a figure that does not include the HK$4.35 billion it raised in its initial public offering in January.';
    expect(figure(text, '9.8 billion yuan').metric).toBe('cash');
    expect(figure(text, 'HK$4.35 billion').metric).toBe('ipo-proceeds');
  });
  test('"revenue was less than the $1.2 billion it lost" is a loss', () => {
    expect(figure("MiniMax's revenue in 2025 was less than the $1.2 billion it lost.", '$1.2 billion').metric).toBe('net-loss');
  });
});

describe('money raised, told among listings (sentences of our own)', () => {
  test('"The deal follows the debuts of … MiniMax raised HK$4.58 billion on Jan. 9 and its shares have more than doubled since" is the listing\'s proceeds', () => {
    expect(figure('The deal follows the debuts of Zhipu and MiniMax. MiniMax raised HK$4.58 billion on Jan. 9 and its shares have more than doubled since.', 'HK$4.58 billion').metric).toBe('ipo-proceeds');
    expect(figure('01.AI, which raised HK$2.35 billion in June, trades 31% below its HK$18.20 offer price.', 'HK$2.35 billion').metric).toBe('ipo-proceeds');
  });
  test('but not money from investors, a total so far, or a raise before a listing still to come', () => {
    expect(figure('MiniMax listed in January. It raised $600 million from Alibaba in 2024.', '$600 million').metric).toBe('funding');
    expect(figure('By the time of its Hong Kong debut in January, Zhipu had raised more than 16 billion yuan in all.', '16 billion yuan').metric).not.toBe('ipo-proceeds');
    expect(figure('StepFun has hired banks for a Hong Kong IPO. The Shanghai start-up raised 5 billion yuan in January.', '5 billion yuan').metric).toBe('funding');
  });
});

describe('growth as Taiwan writes it, 成長 (a sentence of our own)', () => {
  test('"Kimi今年5月月活躍用戶達1.36億，較去年12月成長85%；付費用戶約620萬人": a rise, and the May count of paying users', () => {
    const figs = readFigures('Kimi今年5月月活躍用戶達1.36億，較去年12月成長85%，排名第四；付費用戶約620萬人。', { pageDate: '2026-06-10' });
    expect(figs.map((f) => [f.text, f.metric, f.period])).toEqual([['1.36億', 'users', '2026-05'], ['85%', 'other:users-growth', null], ['620萬', 'paying-users', '2026-05']]);
  });
});

describe('招股所得, what a share offering brought in (a sentence of our own)', () => {
  test('"持有現金98億元，未計今年1月招股所得約43.5億港元": the offering\'s proceeds, not cash', () => {
    const figs = readFigures('截至去年12月底，智譜持有現金及短期投資合共98億元，未計今年1月招股所得約43.5億港元。', { pageDate: '2026-03-27' });
    expect(figs.map((f) => f.metric)).toEqual(['cash', 'ipo-proceeds']);
  });
});

describe('revenue "at a pace of … a year" is a run-rate (a sentence of our own)', () => {
  test('"generating recurring revenue at a pace of more than $500 million a year in March, up from about $210 million"', () => {
    const figs = readFigures('MiniMax was generating recurring revenue at a pace of more than $500 million a year in March, up from about $210 million in September.', { pageDate: '2026-04-10' });
    expect(figs.map((f) => [f.metric, f.period])).toEqual([['arr', '2026-03'], ['arr', '2025-09']]);
  });
});

describe('a multiple followed at once by the ratio it is: "8倍PS", "35倍PE" (sentences of our own)', () => {
  test('broker notes give the multiple before the name of the ratio', () => {
    expect(figure('参考同业估值，我们给予该公司2027年12倍PS，对应目标价3.10港元。', '12倍').metric).toBe('price-to-sales');
    expect(figure('维持“增持”评级，给予2026年40倍PE，目标价58元。', '40倍').metric).toBe('other:pe-ratio');
    expect(figure('按2027年预测计，公司目前约25倍市盈率。', '25倍').metric).toBe('other:pe-ratio');
    expect(figure('We set our target at 9x 2027E PS.', '9x').metric).toBe('price-to-sales');
  });
  test('a multiple followed by other words keeps its reading', () => {
    expect(figure('公司上半年收入同比增长3倍，达到12亿元。', '3倍').metric).toBe('revenue-growth');
  });
  test('the name of the ratio before the multiple, or before a list of them: "对应PE分别为60/45/33倍", "平均PS约8倍"', () => {
    const t = '我们预计公司2026-2028年归母净利润分别为5.1/7.2/9.8亿元，以当前股价计算对应PE分别为60/45/33倍。';
    expect(['60', '45', '33倍'].map((x) => figure(t, x).metric)).toEqual(['other:pe-ratio', 'other:pe-ratio', 'other:pe-ratio']);
    expect(figure('可比公司2027年平均PS约8倍，我们给予公司10倍PS。', '8倍').metric).toBe('price-to-sales');
    expect(figure('公司股价今年以来上涨3倍，市盈率随之升高。', '3倍').metric).toBe('stock-change');
  });
});

describe('"trade at 15x consensus 2027 earnings", "60 times analysts\' average revenue estimate" (sentences of our own)', () => {
  test('a consensus or an average of analysts\' forecasts is a forecast the multiple is taken against', () => {
    expect(figure('The target values Baidu at 30 times Everbright\'s 2027 earnings forecast.', '30 times').metric).toBe('other:pe-ratio');
    expect(figure('The target for MiniMax is based on 40 times estimated 2027 enterprise value to sales.', '40 times').metric).toBe('other:ev-to-sales');
    expect(figure('At HK$40 the shares trade at 15x consensus 2027 earnings.', '15x').metric).toBe('other:pe-ratio');
    expect(figure('Baidu trades at 60 times analysts\' average revenue estimate for 2027, data from LSEG show.', '60 times').metric).toBe('price-to-sales');
  });
});

describe('"24 times this year\'s expected Kling revenue": a valuation multiple of a unit\'s forecast sales (a sentence of our own)', () => {
  test('a unit named between the forecast word and revenue', () => {
    expect(figure('At HK$31 the shares trade at about 18 times next year\'s forecast cloud revenue, analysts said.', '18 times').metric).toBe('price-to-sales');
    expect(figure('The stake values the unit at roughly 24 times this year\'s expected Kling revenue.', '24 times').metric).toBe('price-to-sales');
  });
  test('growth against a past year stays growth', () => {
    expect(figure('Kling revenue rose to 2.4 times last year\'s level.', '2.4 times').metric).not.toBe('price-to-sales');
  });
});

describe('the shares a target price is for are part of its name (sentences of our own)', () => {
  test('"target price for the A-shares", "for Tencent\'s Hong Kong shares"', () => {
    expect(figure('The analyst cut her target price for the A-shares to 480 yuan from 530 yuan.', '480 yuan').metric).toBe('other:target-price');
    expect(figure('Brokers raised the target price for Tencent\'s Hong Kong shares to HK$720.', 'HK$720').metric).toBe('other:target-price');
  });
  test('a close of the shares stays a share price', () => {
    expect(figure('Tencent\'s Hong Kong shares closed at HK$612 on Friday.', 'HK$612').metric).toBe('share-price');
  });
});

describe('valuation multiples in Chinese: a market value as a multiple of revenue whose amount is told, and EV/sales (sentences of our own)', () => {
  test('"市值约1,650亿港元，相当于今年预测收入约9亿元的60倍"', () => {
    expect(figure('某公司市值约1,650亿港元，相当于我们预测今年收入约9亿元人民币的60倍左右。', '60倍').metric).toBe('price-to-sales');
  });
  test('"企业价值与销售额比率约30倍"', () => {
    expect(figure('以明年预测收入计，该公司企业价值与销售额比率约30倍。', '30倍').metric).toBe('other:ev-to-sales');
  });
  test('revenue as a multiple of last year\'s revenue stays growth', () => {
    expect(figure('公司今年收入预计将是去年收入约4亿元的3倍。', '3倍').metric).toBe('revenue-growth');
  });
});

describe('a percentage "of" an amount told is a part of it, no growth (a sentence of our own)', () => {
  test('"already about 45 per cent of the 20.2 billion yuan it booked last year"', () => {
    const f = readFigures('Cloud revenue reached 9.1 billion yuan in the first half, up 30 per cent and already about 45 per cent of the 20.2 billion yuan it booked last year.', { pageDate: '2026-08-20' });
    expect(f.map((x) => [x.text, x.metric])).toEqual([['9.1 billion yuan', 'other:segment-revenue'], ['30 per cent', 'other:segment-revenue-growth'], ['45 per cent', null], ['20.2 billion yuan', 'other:segment-revenue']]);
  });
});

describe('a company whose name ends in "AI" is no AI business (sentences of our own)', () => {
  test('"OpenAI上半年收入约150亿美元" is OpenAI\'s revenue; "海螺AI上半年收入" a business\'s', () => {
    expect(figure('OpenAI上半年收入约150亿美元。', '150亿美元').metric).toBe('revenue');
    expect(figure('MiniMax旗下海螺AI上半年收入约6000万美元。', '6000万美元').metric).toBe('other:segment-revenue');
  });
});

describe('a number of shares is no share price (sentences of our own)', () => {
  test('"selling 41.3 million Baidu shares", "3,150万股"', () => {
    expect(figure('The fund completed its sale, selling 41.3 million Baidu shares, or 1.2% of the total, at an average price of 88.10 yuan.', '41.3 million').metric).toBeNull();
    expect(figure('该股东累计减持公司股份3,150万股，减持均价62.40元。', '3,150万').metric).toBeNull();
    expect(figure('该股东累计减持公司股份3,150万股，减持均价62.40元。', '62.40元').metric).toBe('share-price');
  });
});

describe('raised money spent, left or moved is not what a share sale raised (sentences of our own)', () => {
  test('"累计使用募集资金", "尚未使用的募集资金余额", "剩余募集资金…调整投向"', () => {
    expect(figure('截至2026年6月30日，公司累计使用募集资金18.6亿元。', '18.6亿元').metric).toBeNull();
    expect(figure('截至2026年6月30日，尚未使用的募集资金余额为7.2亿元。', '7.2亿元').metric).toBeNull();
    expect(figure('公司拟将剩余募集资金5.3亿元调整投向算力中心项目。', '5.3亿元').metric).toBeNull();
  });
  test('the amount raised stays IPO proceeds', () => {
    expect(figure('公司2023年定增募集资金总额25.8亿元。', '25.8亿元').metric).toBe('ipo-proceeds');
  });
});

describe('post-money names a valuation (a sentence of our own)', () => {
  test('"closed a $600 million round at $7 billion post-money"', () => {
    const f = readFigures('StepFun closed a $600 million round last month at $7 billion post-money.', { pageDate: '2026-05-20' });
    expect(f.map((x) => [x.text, x.metric])).toEqual([['$600 million', 'funding'], ['$7 billion', 'valuation']]);
  });
});

describe('raising a pledge or a budget is no fund-raising (a sentence of our own)', () => {
  test('"raising a pledge of 300 billion yuan"', () => {
    expect(figure('Tencent said it would spend 360 billion yuan on AI over three years, raising a pledge of 300 billion yuan.', '300 billion yuan').metric).not.toBe('funding');
    expect(figure('The start-up is raising $500 million in a new round.', '$500 million').metric).toBe('funding');
  });
});

describe('"lifting its share of the total to 40%": a part\'s share of the whole (a sentence of our own)', () => {
  test('told of the revenue the sentence names', () => {
    const f = readFigures('Revenue from the video platform rose 180% to 390 million yuan, lifting its share of the total to 36.5% from 22.1%.');
    expect(f.map((x) => [x.text, x.metric])).toEqual([['180%', 'other:segment-revenue-growth'], ['390 million yuan', 'other:segment-revenue'], ['36.5%', 'other:segment-revenue-share'], ['22.1%', 'other:segment-revenue-share']]);
  });
});

describe('a line of business the sentence only points back at (sentences of our own)', () => {
  test('"That business generated … in sales with a gross margin of …", "该业务收入…，毛利率…" are a part\'s', () => {
    const en = readFigures('Baichuan sells software to hospitals. That business generated 228 million yuan in sales last year, with a gross margin of 47%.', { pageDate: '2026-03-20' });
    expect(en.map((x) => x.metric)).toEqual(['other:segment-revenue', 'other:segment-gross-margin']);
    const zh = readFigures('百川的医疗业务增长较快。2025年，该业务收入7.82亿元，毛利率46.3%；公司总收入13.5亿元。', { pageDate: '2026-03-20' });
    expect(zh.map((x) => x.metric)).toEqual(['other:segment-revenue', 'other:segment-gross-margin', 'revenue']);
    // ("that" as a word of its own is no pointing at a part)
    expect(readFigures('Baichuan sells software. That means revenue of 1.35 billion yuan last year.', { pageDate: '2026-03-20' })[0]!.metric).toBe('revenue');
  });
  test('"X of its revenue overseas, or N per cent": the amount earned abroad and its share of the whole', () => {
    const f = readFigures('SenseTime generated 471 million yuan of its first-half revenue overseas, or 16.3 per cent.', { pageDate: '2026-09-20' });
    expect(f.map((x) => [x.metric, x.segment])).toEqual([['other:overseas-revenue', 'overseas'], ['other:overseas-revenue-share', 'overseas']]);
    const part = readFigures('Kling brought in 1.2 billion yuan in the quarter, or 8%.', { pageDate: '2026-09-20' });
    expect(part.map((x) => x.metric)).toEqual(['other:segment-revenue', 'other:segment-revenue-share']);
    // (a change said so stays a change)
    const more = readFigures('Kling brought in 1.2 billion yuan, or 8% more than a year earlier.', { pageDate: '2026-09-20' });
    expect(more[1]!.metric).toBe('other:segment-revenue-growth');
  });
  test('"revenue there" is the revenue of the part or place just named, not the company\'s', () => {
    const f = readFigures("MiniMax's sales rose 146% to $186.7 million in 2025. The open platform, which sells model access to companies, grew faster: revenue there rose 181% to $57.9 million.", { pageDate: '2026-03-20' });
    expect(f.map((x) => x.metric)).toEqual(['revenue-growth', 'revenue', 'other:segment-revenue-growth', 'other:segment-revenue']);
  });
});

describe('the value of a fund\'s holding is no market value (sentences of our own)', () => {
  test('"基金持有腾讯控股市值1,200亿元" is what the funds hold, not Tencent\'s market value; "腾讯控股市值达4.5万亿港元" is', () => {
    expect(figure('截至9月底，公募基金合计持有腾讯控股市值1,200亿元。', '1,200亿元').metric).not.toBe('market-cap');
    expect(figure('截至9月底，基金持仓市值约300亿港元。', '300亿港元').metric).not.toBe('market-cap');
    expect(figure('截至9月底，腾讯控股市值达4.5万亿港元。', '4.5万亿港元').metric).toBe('market-cap');
  });
});

describe('the shares that trade, the part sold short, and money raised in a listing (sentences of our own)', () => {
  test('"lifted its free float to 65%" is the free float; "short interest rose to 5% of the free float" is short interest', () => {
    expect(figure("The end of the lock-up lifted MiniMax's free float to about 65% from 20%.", '65%').metric).toBe('other:free-float');
    expect(figure('Short interest in Zhipu rose to 5.4% of the free float.', '5.4%').metric).toBe('other:short-interest');
  });
  test('"raised HK$4.2 billion when it listed in January" is a listing\'s proceeds, not a round', () => {
    expect(figure('MiniMax, which raised HK$4.2 billion when it listed in January, closed at HK$640 on Friday.', 'HK$4.2 billion').metric).toBe('ipo-proceeds');
  });
});

describe('what staff are paid (sentences of our own)', () => {
  test('"share-based compensation", "股份支付费用" are a cost of staff, not money raised in a listing nor cash', () => {
    expect(figure('The company expects share-based compensation to fall to about $90 million this year as IPO-related grants roll off.', '$90 million').metric).toBe('other:share-based-compensation');
    expect(figure('某公司上半年以股份為基礎的薪酬開支2.4億元，按年減少12%。', '2.4億元').metric).toBe('other:share-based-compensation');
    expect(figure('某公司上半年以股份為基礎的薪酬開支2.4億元，按年減少12%。', '12%').metric).toBe('other:share-based-compensation-growth');
    // (a multiple of an earlier year's amount is its growth, as for other amounts of money)
    expect(figure('某公司2025年股份支付费用3.2亿元，是2024年的3倍多。', '3倍').metric).toBe('other:share-based-compensation-growth');
  });
  test('"staff costs", "支付给职工以及为职工支付的现金", "員工成本" are what staff cost, not cash nor headcount', () => {
    expect(figure('Staff costs rose 21% to 1.3 billion yuan in the first half.', '1.3 billion yuan').metric).toBe('other:staff-costs');
    expect(figure('某公司2025年“支付给职工以及为职工支付的现金”为42.5亿元，同比增长8%。', '42.5亿元').metric).toBe('other:staff-costs');
    expect(figure('某公司2025年“支付给职工以及为职工支付的现金”为42.5亿元，同比增长8%。', '8%').metric).toBe('other:staff-costs-growth');
    expect(figure('某公司上半年員工成本9.2億元。', '9.2億元').metric).toBe('other:staff-costs');
  });
  test('"佔收入比率由64%降至47%": both are shares of revenue, the level it fell to too', () => {
    const text = '某公司上半年員工成本9.2億元；員工成本佔收入比率由64%降至47%。';
    expect(figure(text, '64%').metric).toBe('other:staff-costs-share');
    expect(figure(text, '47%').metric).toBe('other:staff-costs-share');
  });
});

describe('what a sustainability report tells (sentences of our own)', () => {
  test('a share of renewable power, emissions, power use and water use are no revenue, capex or segment figures', () => {
    expect(figure('In 2025 the share of renewable power in Baidu\'s data centres rose 11 percentage points to 52%.', '52%').metric).toBe('other:renewable-share');
    expect(figure('In 2025 the share of renewable power in Baidu\'s data centres rose 11 percentage points to 52%.', '11 percentage points').metric).toBe('other:renewable-share-change');
    expect(figure('Baidu said its scope 1 and 2 emissions fell 7% in 2025, while revenue grew 4%.', '7%').metric).toBe('other:emissions-growth');
    expect(figure('2025年，腾讯用电量增长19%，绿电占比提升至48.5%，用水量下降3%。', '19%').metric).toBe('other:energy-use-growth');
    // (in English, "power consumption" is said of chips, data centres and countries as readily as of the company: no claim,
    // and no revenue either)
    expect(figure('Tencent said power consumption rose 21% in 2025, while revenue grew 10%.', '21%').metric).toBeNull();
    expect(figure('2025年，腾讯用电量增长19%，绿电占比提升至48.5%，用水量下降3%。', '48.5%').metric).toBe('other:renewable-share');
    expect(figure('2025年，腾讯用电量增长19%，绿电占比提升至48.5%，用水量下降3%。', '3%').metric).toBe('other:water-use-growth');
    // (traditional characters: 綠電, 清潔能源)
    expect(figure('2025年，騰訊綠電佔比升至48.5%，清潔能源佔比則為51%。', '51%').metric).toBe('other:renewable-share');
  });
  test('a data centre\'s PUE is never a percentage', () => {
    expect(figure('The cluster runs at a PUE of 1.12 and utilisation of its chips averaged 83% in the quarter.', '83%').metric).not.toBe('other:pue');
  });
  test('a share moves by points: its change is a change, not a growth', () => {
    expect(figure("In 2025 Volcano Engine's market share rose 3 percentage points to 49%.", '3 percentage points').metric).toBe('other:market-share-change');
  });
});

describe('money per user and per employee (sentences of our own)', () => {
  test('what each user or payer brings in is no revenue', () => {
    expect(figure("Kimi's average revenue per paying user rose 9% to $5.20 in the first half of 2026.", '$5.20').metric).toBe('other:arppu');
    expect(figure("Kimi's average revenue per paying user rose 9% to $5.20 in the first half of 2026.", '9%').metric).toBe('other:arppu-growth');
    expect(figure("The app's ARPU was $1.40 in the second quarter of 2026.", '$1.40').metric).toBe('other:arpu');
  });
  test('"人均收入" is revenue per employee, "人均薪酬" and "paid its staff an average of" what each is paid, never a headcount', () => {
    expect(figure('以平均员工人数计算，某公司上半年人均收入约68万元。', '68万元').metric).toBe('revenue-per-employee');
    expect(figure('某公司上半年人均薪酬约92万元。', '92万元').metric).toBe('other:average-pay');
    expect(figure('StepFun paid its staff an average of 880,000 yuan each in 2025.', '880,000 yuan').metric).toBe('other:average-pay');
    expect(figure('StepFun, with about 1,200 employees, spent 1.3 billion yuan in 2025.', '1.3 billion yuan').metric).not.toBe('headcount');
  });
});

describe('a multiple of an earlier time is growth (sentences of our own)', () => {
  test('"6.3 times the level a year earlier", "2.4 times the previous year\'s level", after the figure it multiplies', () => {
    const tokens = readFigures('Daily token use on the platform reached 3.8 trillion in June 2026, 5.2 times the level a year earlier.', { pageDate: '2026-08-20' });
    expect(tokens.find((x) => x.text === '5.2 times')?.metric).toBe('other:daily-tokens-growth');
    const costs = readFigures('StepFun said its computing costs reached 2.2 billion yuan in 2025, 1.8 times the previous year\'s level.', { pageDate: '2026-08-20' });
    expect(costs.find((x) => x.text === '1.8 times')).toMatchObject({ metric: 'other:costs-growth', period: '2025' });
    // (a multiple of another thing stays a comparison)
    expect(figure('Its revenue is 10 times the revenue of Baichuan.', '10 times').metric).not.toMatch(/-growth$/);
  });
});

describe('a count is no price, and "raised its … to" no money raised (sentences of our own)', () => {
  test('"the number of people paying for it climbed to 6.1 million" after a price rise counts payers', () => {
    const text = 'StepFun will raise the price of its premium tier by 20% to 39 yuan a month, after the number of people paying for its app climbed to 3.4 million at the end of September.';
    expect(figure(text, '3.4 million').metric).toBe('paying-users');
    expect(figure('Baidu repurchased $900 million of its shares in the first nine months of 2026, buying back 7.5 million ADSs.', '7.5 million').metric).not.toBe('share-price');
  });
  test('"raised its buyback authorization to $6 billion" is no round', () => {
    expect(figure('Baidu raised its buyback authorization to $5 billion through the end of 2028.', '$5 billion').metric).not.toBe('funding');
    expect(figure('Zhipu raised $500 million in a new round.', '$500 million').metric).toBe('funding');
  });
});

describe('a valuation as a multiple of sales (a sentence of our own)', () => {
  test('"put its valuation at 45 times her forecast for this year\'s sales" is a price-to-sales multiple, no growth', () => {
    expect(figure("The analyst put MiniMax's valuation at 45 times her forecast for this year's sales.", '45 times').metric).toBe('price-to-sales');
  });
});

describe('"Its gross margin" opening the sentence after a part\'s revenue is the part\'s (sentences of our own)', () => {
  test('the sentence before was about the part: its subject is the part, all its figures are the part\'s', () => {
    const platform = readFigures(
      'Baidu reported revenue of 30 billion yuan for the quarter. Its cloud platform, which sells model access by the token, earned 300 million yuan. Its gross margin rose to 15% from 9%.',
      { pageDate: '2026-04-02' },
    );
    expect(platform.map((x) => [x.text, x.metric])).toEqual([
      ['30 billion yuan', 'revenue'],
      ['300 million yuan', 'other:segment-revenue'],
      ['15%', 'other:segment-gross-margin'],
      ['9%', 'other:segment-gross-margin'],
    ]);
    const unit = figure('SenseTime said revenue rose to 3 billion yuan. Enterprise services, the unit that builds private models for banks, brought in 1.2 billion yuan, up 30% year on year. But its gross margin fell to 28% from 34%.', '28%');
    expect(unit.metric).toBe('other:segment-gross-margin');
  });
  test('not when the sentence before is about the company, or gives its total too', () => {
    expect(figure("Baidu's revenue rose 5% to 30 billion yuan, with cloud sales at 6 billion yuan. Its gross margin rose to 45%.", '45%').metric).toBe('gross-margin');
    expect(figure('Baidu said cloud revenue rose to 6 billion yuan in the quarter. Its gross margin was 45%.', '45%').metric).toBe('gross-margin');
    expect(figure('Its cloud platform earned 300 million yuan. Its overall gross margin was 45%.', '45%').metric).toBe('gross-margin');
    // (a sentence whose subject is the revenue, not the part: "its" is still the company)
    expect(figure('Alibaba reported revenue of 250 billion yuan. Cloud revenue rose 20% to 30 billion yuan. Its gross margin improved to 40%.', '40%').metric).toBe('gross-margin');
  });
});

describe('a part\'s share of revenue whose subject has no name of its own (sentences of our own)', () => {
  test('"but the business now accounts for", "The API business, which …, now makes up": a part, unnamed; not "but now" or "now"', () => {
    const business = figure("Zhipu's platform earned 291 million yuan, but the business now accounts for 37 per cent of revenue.", '37 per cent');
    expect([business.metric, business.segment]).toEqual(['other:segment-revenue-share', null]);
    const api = figure('The API business, which is growing fast, now makes up 12% of revenue.', '12%');
    expect([api.metric, api.segment]).toEqual(['other:segment-revenue-share', null]);
    const which = figure('Revenue was driven by the open platform (RMB449mn), which now makes up 46% of revenue.', '46%');
    expect([which.metric, which.segment]).toEqual(['other:segment-revenue-share', null]);
    // (a named part keeps its name, the adverb after it dropped)
    const named = figure('Enterprise services now account for 40% of revenue.', '40%');
    expect([named.metric, named.segment]).toEqual(['other:segment-revenue-share', 'enterprise services']);
  });
});

describe('"loss-making" describes a company, it is no loss figure (a sentence of our own)', () => {
  test('"SenseTime, still loss-making, has spent HK$410 million on buybacks" is not a net loss; "lost HK$410 million" is', () => {
    expect(figure('SenseTime, still loss-making, has spent HK$410 million on buybacks this year.', 'HK$410 million').metric).not.toBe('net-loss');
    expect(figure('The loss-hit start-up raised $300 million last month.', '$300 million').metric).toBe('funding');
    expect(figure('SenseTime, still unprofitable, lost HK$410 million this year.', 'HK$410 million').metric).toBe('net-loss');
  });
});

describe('margins of parts named beside them (sentences of our own)', () => {
  const segs = (text: string) => readFigures(text, { pageDate: '2026-04-02' }).map((x) => [x.text, x.metric, x.segment]);
  test('"generative AI carries a gross margin of 36.8%, against 58.2% for vision AI": each its own part\'s', () => {
    expect(segs('Group gross margin fell to 41.6% because generative AI carries a gross margin of 36.8%, against 58.2% for vision AI.')).toEqual([
      ['41.6%', 'gross-margin', null],
      ['36.8%', 'other:segment-gross-margin', 'generative ai'],
      ['58.2%', 'other:segment-gross-margin', 'vision ai'],
    ]);
  });
  test('"视觉AI毛利率则升至61.3%": vision AI, one name in both languages', () => {
    expect(segs('分业务看，生成式AI毛利率为35.1%，视觉AI毛利率则升至61.3%。')).toEqual([
      ['35.1%', 'other:segment-gross-margin', 'generative ai'],
      ['61.3%', 'other:segment-gross-margin', 'vision ai'],
    ]);
  });
  test('"for the year" after a margin names no part', () => {
    expect(segs("SenseTime's gross margin was 40% for the year.")).toEqual([['40%', 'gross-margin', null]]);
  });
});

describe('the metric of a figure set against another, and of one past an aside (sentences of our own)', () => {
  const metrics = (text: string) => readFigures(text, { pageDate: '2026-10-28' }).map((x) => [x.text, x.metric]);
  test('"earned 87 million yuan against a loss of 97 million yuan": a profit, then a loss', () => {
    expect(metrics('In the nine months the company earned 87 million yuan against a loss of 97 million yuan a year earlier.')).toEqual([
      ['87 million yuan', 'net-profit'],
      ['97 million yuan', 'net-loss'],
    ]);
    // (an amount with no verb of earning, set against a named loss, is not given the loss's metric)
    expect(figure('The unit spent 40 million yuan, compared with a loss of 97 million yuan.', '40 million yuan').metric).not.toBe('net-loss');
  });
  test('"while the loss narrowed 11% from 193 million yuan" compares the loss, not the revenue before it', () => {
    expect(metrics('Revenue rose 13.5% to 5.28 billion yuan, while the loss narrowed 11% from 193 million yuan a year earlier.')).toEqual([
      ['13.5%', 'revenue-growth'],
      ['5.28 billion yuan', 'revenue'],
      ['11%', 'other:net-loss-change'],
      ['193 million yuan', 'net-loss'],
    ]);
    // (a bare "from" still compares with the amount before it)
    expect(metrics('Revenue rose 10% to 5.5 billion yuan from 5 billion yuan.').map((r) => r[1])).toEqual(['revenue-growth', 'revenue', 'revenue']);
  });
  test('"the adjusted net loss – which excludes share-based payments – fell to 708 million yuan": the words between dashes name what is left out', () => {
    expect(figure('The adjusted net loss – which excludes share-based payments and revaluations – fell to 708 million yuan.', '708 million yuan').metric).toBe('adjusted-net-loss');
  });
  test('"narrows first-half loss as generative AI reaches 78 per cent of sales": the part\'s share, not a loss margin', () => {
    const f = figure('SenseTime narrows first-half loss as generative AI reaches 78 per cent of sales', '78 per cent');
    expect([f.metric, f.segment]).toEqual(['other:segment-revenue-share', 'generative ai']);
    expect(figure('Its net loss reached 40% of revenue.', '40%').metric).toBe('other:net-margin');
  });
});

describe('the company\'s margin in a clause of its own after a part\'s revenue (sentences of our own)', () => {
  test('"Zhipu said its API revenue rose …, but its gross margin fell to 39.4%": the company\'s margin', () => {
    expect(figure('Zhipu said its API revenue rose 182% to 463 million yuan in the first half, but its gross margin fell to 39.4%.', '39.4%').metric).toBe('gross-margin');
    expect(figure("An analyst expects Zhipu's API revenue to exceed 1 billion yuan this year and the gross margin to stabilise at around 38%.", '38%').metric).toBe('gross-margin');
  });
  test('but the part\'s when the part is the subject, or the margin is said with the revenue', () => {
    expect(figure('Generative AI revenue rose 46% to 2.48 billion yuan, but its gross margin slid to 33.1%.', '33.1%').metric).toBe('other:segment-gross-margin');
    expect(figure('API revenue rose to $81 million, with a gross margin of 20%.', '20%').metric).toBe('other:segment-gross-margin');
  });
});

describe('rivals, operating margins, causes and multiples (sentences of our own)', () => {
  test('"Tencent, China\'s most valuable internet group, which reported revenue of …": the figure is Tencent\'s', () => {
    expect(figure("ByteDance is well ahead of Tencent, China's most valuable listed internet group, which last week reported revenue of 741 billion yuan.", '741 billion yuan').entity).toBe('tencent');
  });
  test('"经营利润率约26%" is an operating margin; "或因折旧增加而降至23%": the depreciation is the cause, the margin falls', () => {
    expect(figure('字节去年经营溢利为483亿美元，经营利润率约26%。', '26%').metric).toBe('other:operating-margin');
    expect(figure('分析师预测，字节今年经营利润率或因折旧增加而降至23%。', '23%').metric).toBe('other:operating-margin');
  });
  test('"最高降幅达55%" is a cut of 55%', () => {
    expect(figure('火山引擎将豆包模型的输入价格下调至0.6元/百万tokens，最高降幅达55%。', '55%').value).toBeCloseTo(-0.55);
  });
  test('"78 times consensus 2026 revenue" is a price-to-sales multiple', () => {
    expect(figure('The stock traded at about 78 times consensus 2026 revenue.', '78 times').metric).toBe('price-to-sales');
  });
  test('"Its adjusted net loss, a measure that strips out share-based compensation and fair-value changes, widened to …": the aside names what is left out', () => {
    expect(figure('Its adjusted net loss, a measure that strips out share-based compensation and fair-value changes, widened 5% to $196.4 million.', '$196.4 million').metric).toBe('adjusted-net-loss');
  });
});

describe('a change of the staff named as a noun, and restated as a percentage (a sentence of our own)', () => {
  test('"a reduction of about 450 people, or 9.2%" is a fall of the headcount, in people and in percent', () => {
    const figs = readFigures('Staff fell to 4,420 at the end of December from 4,870 a year before, a reduction of about 450 people, or 9.2%.', { pageDate: '2026-03-28' });
    expect(['4,420', '450', '9.2%'].map((t) => { const f = figs.find((x) => x.text === t)!; return [f.metric, f.value]; })).toEqual([
      ['headcount', 4420],
      ['other:headcount-change', -450],
      ['other:headcount-change', -0.092],
    ]);
  });
});

describe('moves, multiples and prices told beside other companies (sentences of our own)', () => {
  test('"extending their decline since DeepSeek\'s announcement on Tuesday to 5.8%": Alibaba\'s fall; DeepSeek only dates it', () => {
    const f = figure("Alibaba's shares fell 2.7% on Thursday, extending their decline since DeepSeek's announcement on Tuesday to 5.8%.", '5.8%');
    expect([f.entity, f.metric, f.value]).toEqual(['alibaba', 'stock-change', -0.058]);
    // (with no other subject named before it, the company of the time phrase is still the one the sentence is about)
    expect(figure("The stock has risen 80% since Zhipu's January debut.", '80%').entity).toBe('zhipu');
  });
  test('"valued at about 9.8 times its 2025 net profit" is a price-to-earnings multiple', () => {
    expect(figure('At $430 billion, ByteDance would be valued at about 9.8 times its 2025 net profit.', '9.8 times').metric).toBe('other:pe-ratio');
  });
  test('"cheaper than DeepSeek\'s V4, which charges 0.8 yuan …, but above the 0.24 yuan Alibaba Group Holding charges for Qwen3.5-Plus": each price its model\'s', () => {
    const figs = readFigures("The cut leaves Doubao cheaper than DeepSeek's V4, which charges 0.8 yuan per million input tokens, but still above the 0.24 yuan Alibaba Group Holding charges for Qwen3.5-Plus.", { pageDate: '2026-09-28' });
    expect(figs.map((f) => [f.text, f.entity, f.segment])).toEqual([
      ['0.8 yuan', 'deepseek', 'deepseek v4 input'],
      ['0.24 yuan', 'alibaba', 'qwen3.5-plus input'],
    ]);
  });
});

describe('a dividend per share is no share price, and an index\'s aside names no company (sentences of our own)', () => {
  test('"paid HK$4.50 a share in dividends", "a final dividend of US$1.20 per share", "每股派息4.5港元"', () => {
    // (no metric of the vocabulary names it: say nothing rather than call it a price)
    expect(figure('Tencent has pledged to buy back its shares and paid HK$4.50 a share in dividends for 2025.', 'HK$4.50').metric).toBeNull();
    expect(figure('Baidu declared a final dividend of US$1.20 per share of its stock.', 'US$1.20').metric).toBeNull();
    expect(figure('腾讯股价上涨，去年每股派息4.5港元。', '4.5港元').metric).toBeNull();
    expect(figure('The shares closed at HK$400 on Friday.', 'HK$400').metric).toBe('share-price');
  });
  test('"the Star 50 Index in Shanghai, where Zhipu is preparing a second listing, is up only 2 per cent": the index\'s move', () => {
    const f = figure('The Star 50 Index in Shanghai, where Zhipu is preparing a second listing, is up only 2 per cent this year.', '2 per cent');
    expect([f.entity, f.metric]).toEqual([null, 'other:index-change']);
  });
});

describe('a cue past a conjunction that opens a clause of its own names no earlier figure (sentences of our own)', () => {
  test('"to sell control of its car unit for 3.6 billion yuan as losses narrow": no loss', () => {
    expect(figure('SenseTime to sell control of car unit for 3.6 billion yuan as losses narrow', '3.6 billion yuan').metric).toBeNull();
    // ("as well as", "as part of" open no clause; a cue before the figure still names it)
    expect(figure('Zhipu raised 2 billion yuan in funding as revenue climbed.', '2 billion yuan').metric).toBe('funding');
  });
});

describe('a rate written before notes is their coupon; a share is never a count (sentences of our own)', () => {
  test('"US$1.5 billion of 3.6% notes", "2.8% five-year bonds due 2031"', () => {
    expect(figure('Alibaba will refinance US$1.5 billion of 3.6% notes and invest in cloud capacity, where capex rose 50%.', '3.6%').metric).toBe('other:coupon-rate');
    expect(figure('Baidu sold 2 billion yuan of 2.8% five-year bonds due 2031.', '2.8%').metric).toBe('other:coupon-rate');
    // (of no period: the month the notes fall due dates their end, not the rate)
    expect(figure('Alibaba will refinance US$1.5 billion of 3.6% notes that fall due in November.', '3.6%').period).toBeNull();
  });
  test('"百度以109个项目保持数量第一" after a share of the market was named: no market share', () => {
    expect(figure('科大讯飞以约14.5%的份额继续居首；百度以109个项目保持数量第一。', '109').metric).toBeNull();
    expect(figure('科大讯飞以约14.5%的份额继续居首；百度以109个项目保持数量第一。', '14.5%').metric).toBe('market-share');
  });
});

describe('the staff of a unit named by its own name are the unit\'s (sentences of our own)', () => {
  test('"Volcano Engine had about 14,000 employees" is a part\'s staff; "ByteDance had 165,000 staff" the group\'s', () => {
    const figs = readFigures('Volcano Engine had about 14,000 employees at the end of September. ByteDance had 165,000 staff.', { pageDate: '2026-10-28' });
    expect(figs.map((f) => [f.text, f.metric, f.segment])).toEqual([
      ['14,000', 'headcount', 'cloud'],
      ['165,000', 'headcount', null],
    ]);
  });
});

describe('an amount the market is said to own is its size (sentences of our own)', () => {
  test('"took 38.6% of the market\'s 9.7 billion yuan in first-half sales": no company\'s revenue', () => {
    const f = figure("Volcano Engine took 38.6% of the market's 9.7 billion yuan in first-half sales.", '9.7 billion yuan');
    expect([f.entity, f.metric]).toEqual([null, 'market-size']);
    const china = figure("In China, Volcano Engine took 38.6% of the market's 9.7 billion yuan in first-half sales.", '9.7 billion yuan');
    expect([china.entity, china.metric]).toEqual(['china-market', 'market-size']);
  });
});

describe('the revenue of a part named after the revenue word, or by a unit that takes it in (sentences of our own)', () => {
  test.each([
    ["Baidu's profit rose 8% as sales tied to its ERNIE large language model approached 6 billion yuan in 2025.", '6 billion yuan', 'other:segment-revenue'],
    ['Tencent said revenue from its Hunyuan model business jumped 70% in the third quarter.', '70%', 'other:segment-revenue-growth'],
    ["An analyst expects Baidu's large-model revenue to climb to 9 billion yuan next year.", '9 billion yuan', 'other:segment-revenue'],
    ['百度上半年大模型收入31.2亿元。', '31.2亿元', 'other:segment-revenue'],
    ['Tencent said its Cloud Intelligence Group brought in 31 billion yuan in the quarter.', '31 billion yuan', 'other:segment-revenue'],
  ])('%s (%s)', (text, surface, metric) => {
    expect(figure(text, surface).metric).toBe(metric);
  });

  test("the company's main business is its whole, and the group's own takings stay revenue", () => {
    expect(figure('Tencent said revenue from its main business rose 12% to 150 billion yuan in 2025.', '150 billion yuan').segment).toBeNull();
    expect(figure('Tencent brought in 150 billion yuan in the quarter.', '150 billion yuan').metric).toBe('revenue');
  });
});

describe('a round named by its letter, and multiples of revenue an analyst or a valuation sets (sentences of our own)', () => {
  test('the amount before a round\'s letter is the round, not the valuation before it', () => {
    expect(figure('Baichuan was valued at 20 billion yuan after its 3 billion yuan B+ round last year.', '3 billion yuan').metric).toBe('funding');
    expect(figure('Moonshot, valued at $3 billion after its $600 million Series C round, is raising again.', '$600 million').metric).toBe('funding');
    expect(figure('Moonshot, valued at $3 billion after its $600 million Series C round, is raising again.', '$3 billion').metric).toBe('valuation');
  });

  test('"at 38 times her 2026 revenue estimate" is a price-to-sales multiple, not growth', () => {
    expect(figure('An analyst at Calderon puts Zhipu at 38 times her 2026 revenue estimate.', '38 times').metric).toBe('price-to-sales');
    expect(figure('Zhipu revenue grew 3 times in 2025.', '3 times').metric).toBe('revenue-growth');
  });

  test('a valuation as multiples of two years\' revenue, listed ("相当于去年收入逾180倍、今年预测收入约85倍")', () => {
    const text = '以400亿美元估值计算，相当于去年收入逾180倍、今年预测收入约85倍。';
    expect(figure(text, '180倍').metric).toBe('price-to-sales');
    expect(figure(text, '85倍').metric).toBe('price-to-sales');
  });
});

describe('a unit that earned an adjusted profit (sentences of our own)', () => {
  test('"The cloud unit earned 4.3 billion yuan of adjusted EBITA" is the unit\'s profit, never its revenue nor the group\'s', () => {
    expect(figure('For Tencent, the cloud unit earned 2.1 billion yuan of adjusted EBITA in the quarter on revenue of 15 billion yuan.', '2.1 billion yuan').metric).toBe('other:segment-ebita');
    expect(figure('The AI division posted 900 million yuan of non-GAAP operating profit in 2025.', '900 million yuan').metric).toBe('other:segment-operating-profit');
    expect(figure('Tencent earned 60 billion yuan of adjusted EBITA in the quarter.', '60 billion yuan').metric).toBe('other:adjusted-ebita');
  });
});

describe('an adjusted profit spelled out with its acronym (sentences of our own)', () => {
  test('"Adjusted earnings before interest, taxes and amortisation (EBITA)" is the adjusted EBITA', () => {
    const text = 'Adjusted earnings before interest, taxes and amortisation (EBITA), the measure Tencent prefers, rose 9% to 61 billion yuan.';
    expect(figure(text, '9%').metric).toBe('other:adjusted-ebita-growth');
    expect(figure(text, '61 billion yuan').metric).toBe('other:adjusted-ebita');
    expect(figure('Earnings before interest, taxes and amortisation (EBITA) rose to 61 billion yuan.', '61 billion yuan').metric).toBe('other:ebita');
  });
});

describe('a Chinese headline parted by a space (sentences of our own)', () => {
  test('"擬融資20億美元 估值上看200億美元": the round, then the valuation', () => {
    const text = '月之暗面傳擬融資20億美元 估值上看200億美元';
    expect(figure(text, '20億美元').metric).toBe('funding');
    expect(figure(text, '200億美元').metric).toBe('valuation');
    expect(figure('月之暗面以200亿美元估值完成新一轮融资。', '200亿美元').metric).toBe('valuation');
  });
});

describe('"3 billion yuan of Kling revenue": a unit or app named between the amount and its metric word (sentences of our own)', () => {
  const text = 'Kuaishou raised its guidance in March.\n\nBrokers now expect 3 billion yuan of Kling revenue this year, and 2 billion yuan in Doubao sales. Kuaishou booked 140 billion yuan of revenue.';
  test('the amount is the unit\'s or the app\'s part, not the group\'s total', () => {
    expect(figure(text, '3 billion yuan').metric).toBe('other:segment-revenue');
    expect(figure(text, '3 billion yuan').segment).toBe('kling');
    expect(figure(text, '2 billion yuan').metric).toBe('other:segment-revenue');
  });
  test('the company\'s own name there leaves its total', () => {
    expect(figure(text, '140 billion yuan').metric).toBe('revenue');
  });
});

test('"after losing 90 million yuan", "loses 30 million yuan a month": a loss told by the verb in -ing or the present (sentences of our own)', () => {
  expect(figure('The unit made a profit in the second quarter, after losing 90 million yuan in the first quarter.', '90 million yuan').metric).toBe('net-loss');
  expect(figure('The start-up loses 30 million yuan a month, people familiar said.', '30 million yuan').metric).toBe('net-loss');
  expect(figure('Its shares are losing 4% this week.', '4%').metric).not.toBe('net-loss');
});

describe('"Zhipu, the developer that listed in January, raised HK$6 billion": a listing told in an appositive clause is the company\'s past, not the deal of the sentence (sentences of our own)', () => {
  const text = 'Zhipu, the Beijing-based model developer that listed in Hong Kong in January, raised HK$6 billion by selling new shares, sending its stock down 7% on Thursday.';
  test('the money is raised now, not the listing\'s proceeds, and of the page\'s month', () => {
    const f = readFigures(text, { pageDate: '2026-08-27' }).find((x) => x.text === 'HK$6 billion')!;
    expect(f.metric).toBe('funding');
    expect(f.period).toBe('2026-08');
  });
  test('a listing said in the sentence\'s own clause still raised the money', () => {
    expect(figure('Zhipu listed in Hong Kong in January, raising HK$4.3 billion.', 'HK$4.3 billion').metric).toBe('ipo-proceeds');
    expect(figure('Zhipu, which listed in January, raised HK$4.3 billion in the offering.', 'HK$4.3 billion').metric).toBe('ipo-proceeds');
  });
});

describe('words of results and of brokers\' notes (sentences of our own)', () => {
  test('"RMB 5.4 billion, a 9.6% margin": the word right after a percent names it, of the profit before', () => {
    const f = readFigures('Adjusted EBITA for the cloud unit was RMB 5.4 billion, a 9.6% margin, up from 8.9% a year earlier.', { pageDate: '2026-11-20' });
    expect(f.find((x) => x.text === '9.6%')?.metric).toBe('other:segment-ebita-margin');
    expect(figure('Net profit was 3 billion yuan, a 12% margin.', '12%').metric).toBe('other:net-margin');
  });
  test('"The latest round: the cloud unit pulled in RMB 56 billion": a round of results before a colon is no funding round', () => {
    expect(figure("The latest round: Alibaba's cloud unit pulled in RMB 56 billion in the September quarter.", 'RMB 56 billion').metric).not.toBe('funding');
    expect(figure('The round, led by Tencent, pulled in $500 million.', '$500 million').metric).toBe('funding');
  });
  test('a target for a company\'s depositary shares, and a target moved by a percent without "by"', () => {
    const text = "Northgate cut its target for Baidu's American depositary shares (ADSs) to $128 from $141. Tianrui lifted its target 31% to HK$472.";
    expect(figure(text, '$128').metric).toBe('other:target-price');
    expect(figure(text, 'HK$472').metric).toBe('other:target-price');
    expect(figure(text, '31%').metric).toBe('other:estimate-revision');
    expect(figure(text, '31%').value).toBe(0.31);
  });
  test('"7.1 times its forecast 2027 enterprise value-to-sales", "17.4 times 2027 enterprise value to revenue"', () => {
    expect(figure('He values SenseTime at 7.1 times its forecast 2027 enterprise value-to-sales.', '7.1 times').metric).toBe('other:ev-to-sales');
    expect(figure('Valuation: 17.4 times 2027 enterprise value to revenue.', '17.4 times').metric).toBe('other:ev-to-sales');
    expect(figure('MiniMax trades at 12 times EV/revenue.', '12 times').metric).toBe('other:ev-to-sales');
  });
  test('"19 times for MiniMax on the same basis": the company after "for" owns a compared multiple', () => {
    expect(figure('SenseTime trades at 7.1 times 2027 sales, against 33 times for Zhipu and 19 times for MiniMax on the same basis.', '19 times').entity).toBe('minimax');
  });
  test('"30% larger than Zhipu\'s": a gap to another company is no growth of the figure\'s own', () => {
    expect(figure("By last year MiniMax's sales were roughly 30% larger than Zhipu's.", '30%').metric).toBeNull();
    expect(figure("Zhipu's gross margin was 5 percentage points above MiniMax's.", '5 percentage points').metric).toBeNull();
    expect(figure("MiniMax's revenue was 30% higher than a year earlier.", '30%').metric).toBe('revenue-growth');
  });
});

describe('gaps that are no level nor growth, and a round named after its amount (sentences of our own)', () => {
  test('"beat market expectations by more than 11%", "比市场一致预期高出约11%": a beat of a forecast, not growth', () => {
    expect(figure('The company reported first-half revenue that beat market expectations by more than 11%.', '11%').metric).toBeNull();
    expect(figure('公司上半年收入14.6亿元，比市场一致预期高出约11%。', '11%').metric).toBeNull();
    expect(figure('公司上半年收入14.6亿元，同比增长112%。', '112%').metric).toBe('revenue-growth');
  });
  test('"較前日收市價有31%潛在升幅": how far a target lies above the price, no move of the shares', () => {
    expect(figure('目標價上調至2.85元，較前日收市價2.17元有31%潛在升幅。', '31%').metric).toBeNull();
  });
  test('"Doubao\'s margin over DeepSeek is now 34 million users, up from 27 million": a lead, and the lead it is compared with', () => {
    const text = "Doubao's margin over DeepSeek is now 34 million users, up from 27 million in March.";
    expect(figure(text, '34 million').metric).toBeNull();
    expect(figure(text, '27 million').metric).toBeNull();
    expect(figure('The gross margin is expected to improve to 46.5% next year.', '46.5%').metric).toBe('gross-margin');
  });
  test('", with a market value of about HK$97 billion as of Thursday, says 2.9 million": the aside\'s metric is not the count\'s', () => {
    const text = 'MiniMax, with a market value of about HK$97 billion as of Thursday, says 2.9 million people were paying for its apps.';
    expect(figure(text, 'HK$97 billion').metric).toBe('market-cap');
    expect(figure(text, '2.9 million').metric).not.toBe('market-cap');
  });
  test('"7月拿下32亿元人民币C轮": a lettered round named after its amount is funding', () => {
    expect(figure('月之暗面估值已超过MiniMax的市值；阶跃星辰7月拿下32亿元人民币C轮。', '32亿元人民币').metric).toBe('funding');
  });
});

test('"the leasing business, which accounted for 40 per cent of first-half generative AI revenue": a share within a part is not the part\'s share of the whole (a sentence of our own)', () => {
  expect(figure("SenseTime's computing-leasing business, which accounted for roughly 40 per cent of first-half generative AI revenue, earns lower margins.", '40 per cent').metric).toBeNull();
  expect(figure("Cloud accounted for 20% of Alibaba's revenue.", '20%').metric).toBe('other:segment-revenue-share');
});

test('"5% higher than expected", "8% wider than analysts had expected": a beat or a miss of forecasts, not a change (sentences of our own)', () => {
  expect(figure('Revenue was 5% higher than expected.', '5%').metric).toBeNull();
  expect(figure('Its loss was 8% wider than analysts had expected.', '8%').metric).toBeNull();
  expect(figure('Cloud sales came in 3% above what analysts had forecast.', '3%').metric).toBeNull();
  expect(figure('Revenue was 5% higher than a year earlier.', '5%').metric).toBe('revenue-growth');
});

test('"about 3% of Doubao users pay", "Kimi loses 2% of its users a month": a percent is no count of people (sentences of our own)', () => {
  expect(figure('About 3% of Doubao users pay for the app.', '3%').metric).toBeNull();
  expect(figure('Kimi loses 2% of its users each month.', '2%').metric).toBeNull();
  expect(figure("DeepSeek's monthly active users fell 14% in March.", '14%').metric).toBe('other:users-growth');
});

describe('a part told after the total: "with marketing services up 21%", "That business brought in", "Talkie and Xingye brought in" (sentences of our own)', () => {
  test('"…, with online marketing services up 14%": the move of a line of business the total is made of, not of the total', () => {
    expect(figure('Acme reported second-quarter revenue of 203.6 billion yuan, up 12%, with marketing services up 21%.', '21%').metric).toBe('other:segment-revenue-growth');
    expect(figure('Revenue at Acme grew 13% to 39.6 billion yuan in the fourth quarter, with online marketing services up 14%.', '14%').metric).toBe('other:segment-revenue-growth');
    expect(figure('Total revenue at Baidu slipped 2% to 30.5 billion yuan in the third quarter, with online marketing down 11%.', '11%').metric).toBe('other:segment-revenue-growth');
    // (the total itself, and a metric that is no part, keep their own reading)
    expect(figure('Revenue at Acme grew 13% to 39.6 billion yuan in the fourth quarter, with online marketing services up 14%.', '13%').metric).toBe('revenue-growth');
    expect(figure('Revenue at Acme grew 13% to 39.6 billion yuan in the fourth quarter, with net profit up 20%.', '20%').metric).not.toBe('other:segment-revenue-growth');
  });
  test('"ad sales" are the sales of a line of business', () => {
    expect(figure('Tencent said AI lifted ad sales 24% in the second quarter.', '24%').metric).toBe('other:segment-revenue-growth');
    // (a word that ends in "ad" is no advertising: "StepFun had revenue of")
    expect(figure('StepFun had revenue of 2.37 billion yuan in 2024.', '2.37 billion yuan').metric).toBe('revenue');
  });
  test('"That on-premise business brought in": a part named with a demonstrative earned the money', () => {
    expect(figure("Zhipu's 2025 revenue was 1.1 billion yuan. That on-premise business brought in 848 million yuan.", '848 million yuan').metric).toBe('other:segment-revenue');
    expect(figure("Zhipu's 2025 revenue was 1.1 billion yuan. This cloud unit generated 300 million yuan.", '300 million yuan').metric).toBe('other:segment-revenue');
  });
  test('"Talkie and its Chinese twin Xingye brought in": apps named together earned a part of the revenue', () => {
    expect(figure("MiniMax's revenue rose to $300 million in the first half. Talkie and its Chinese twin Xingye brought in US$68.2 million.", 'US$68.2 million').metric).toBe('other:segment-revenue');
    expect(figure("MiniMax's revenue rose to $300 million in the first half. Talkie and Hailuo brought in US$98 million.", 'US$98 million').metric).toBe('other:segment-revenue');
  });
});

describe('marketing spending, users gained and a part of the staff (sentences of our own)', () => {
  test('money spent to promote is marketing expense, not capital spending, and an app\'s is the app\'s', () => {
    const zh = readFigures('据某研究机构测算，第三季度元宝的推广费用约为31亿元。该机构预计，元宝全年推广投入将达到115亿元。三季度腾讯销售及市场推广开支为119亿元。', { pageDate: '2026-11-12' });
    const at = (s: string) => zh.find((f) => f.text === s)!;
    expect(at('115亿元').metric).toBe('other:marketing-expense');
    expect(at('115亿元').segment).toBe('yuanbao');
    expect(at('31亿元').segment).toBe('yuanbao');
    expect(at('119亿元').metric).toBe('other:marketing-expense');
    expect(at('119亿元').segment).toBeNull();
    const en = figure("Tencent's selling and marketing expenses rose 28% to 11.9 billion yuan in the third quarter, as marketing spending on Yuanbao reached 3.1 billion yuan.", '3.1 billion yuan');
    expect(en.metric).toBe('other:marketing-expense');
    expect(en.segment).toBe('yuanbao');
    // (marketing costs are no costs of the whole business: a metric of their own, once a segment of the costs)
    expect(figure('Its marketing costs fell 22% in 2025 while sales grew.', '22%').metric).toBe('other:marketing-expense-growth');
    // (money put into data centres is still capital spending)
    expect(figure('腾讯预计全年算力投入将超过1000亿元。', '1000亿元').metric).toBe('capex');
  });
  test('users gained over a time are no count of users', () => {
    expect(figure('Yuanbao added 22 million monthly active users in the third quarter.', '22 million').metric).toBe('other:users-added');
    expect(figure('Yuanbao had 118 million monthly active users at the end of September, up by 22 million from June.', '22 million').metric).toBe('other:users-added');
    expect(figure('截至9月底，元宝月活跃用户数达到1.18亿，较6月底的9600万又增加了2200万。', '2200万').metric).toBe('other:users-added');
    expect(figure('元宝三季度新增月活用户2200万。', '2200万').metric).toBe('other:users-added');
    // (the level reached stays a count of users)
    expect(figure('截至9月底，元宝月活跃用户数达到1.18亿，较6月底的9600万又增加了2200万。', '1.18亿').metric).toBe('users');
    expect(figure('元宝月活跃用户数增长至1.18亿。', '1.18亿').metric).toBe('users');
  });
  test('"其中中国区员工约11.4万人": the staff of a part told after the whole', () => {
    const f = figure('截至2025年底，某集团全球员工约16.2万人；其中中国区员工约11.4万人。', '11.4万');
    expect(f.metric).toBe('headcount');
    expect(f.segment).toBe('中国区');
    expect(figure('截至2025年底，某集团全球员工约16.2万人；其中中国区员工约11.4万人。', '16.2万').segment).toBeNull();
  });
  test('"smart-city projects" are no projection', () => {
    expect(figure("iFlytek's revenue from smart-city projects fell 8% to 1.56 billion yuan in the first half.", '1.56 billion yuan').qualifier).not.toBe('forecast');
    expect(figure('Zhipu projects revenue of 2.5 billion yuan in 2026.', '2.5 billion yuan').qualifier).toBe('forecast');
  });
});

describe('a share, its amount and its change; a contest lost (sentences of our own)', () => {
  test('points moved by a share just told are the share\'s change, never revenue growth', () => {
    expect(figure("Government and state-owned customers made up 47% of iFlytek's revenue in the first half, down 5 percentage points.", '5 percentage points').metric).toBe('other:revenue-share-change');
    expect(figure('上半年，智谱来自政府部门和国有企业的收入为4.58亿元，占总营收的58%，较2025年全年的64%下降6个百分点。', '6个百分点').metric).toBe('other:segment-revenue-share-change');
    const t = "Government bodies and state-owned enterprises accounted for 43% of SenseTime's revenue in the first half, or 1.28 billion yuan, up 8 percentage points from a year earlier.";
    expect(figure(t, '8 percentage points').metric).toBe('other:revenue-share-change');
    // (the amount restating the share is the part's revenue, not the company's)
    expect(figure(t, '1.28 billion yuan').metric).toBe('other:segment-revenue');
  });
  test('"来自政府部门和国有企业的收入": revenue from some buyers is a part of revenue', () => {
    expect(figure('上半年，智谱来自政府部门和国有企业的收入为4.58亿元。', '4.58亿元').metric).toBe('other:segment-revenue');
    expect(figure('上半年，智谱的收入为7.9亿元。', '7.9亿元').metric).toBe('revenue');
  });
  test('"lost the year\'s biggest award, a 1.02 billion yuan platform": no money lost', () => {
    expect(figure("iFlytek lost the year's biggest award, a 1.02 billion yuan provincial platform, to Zhipu.", '1.02 billion yuan').metric).not.toBe('net-loss');
    expect(figure('Zhipu lost 2.3 billion yuan in the first half.', '2.3 billion yuan').metric).toBe('net-loss');
  });
});

describe('customers counted, a cut told with a possessive, pay raised (sentences of our own)', () => {
  test('companies that buy are counted as customers, never as users or tokens, and make no claim', () => {
    const t = 'Daily token calls to Hunyuan models passed 8 trillion in July, the company said, and more than 30,000 enterprise customers now use the models through Tencent Cloud.';
    expect(figure(t, '30,000').metric).toBe('other:enterprise-customers');
    expect(figure('Its Qwen app passed 150 million monthly active users in September, and more than 300,000 companies now build on Qwen models.', '300,000').metric).toBe('other:enterprise-customers');
    expect(figure('截至6月末，智谱企业客户超过1400家。', '1400').metric).toBe('other:enterprise-customers');
    const figures = readFigures('截至6月末，智谱企业客户超过1400家。', { pageDate: '2026-09-01' });
    expect(extractClaims(figures, '截至6月末，智谱企业客户超过1400家。', { file: 't', url: null, title: null, siteName: null, date: '2026-09-01', lang: null }).claims).toEqual([]);
    // (revenue from them is still revenue)
    expect(figure('Revenue from enterprise customers rose 40% to 2.1 billion yuan in the first half at Zhipu.', '2.1 billion yuan').metric).toBe('other:segment-revenue');
  });
  test('"cut prices for Hunyuan\'s API by 60%": a cut, a possessive in what was cut', () => {
    expect(figure("In August Tencent also cut prices for Hunyuan's API by 60% to win cloud customers.", '60%').value).toBe(-0.6);
  });
  test('"raised the base salary … by about 20%": pay raised, no money raised', () => {
    expect(figure('The company also raised the base salary of its top research grade by about 20%.', '20%').metric).not.toBe('other:funding-growth');
    expect(figure('Moonshot raised $700 million in its latest round.', '$700 million').metric).toBe('funding');
  });
});

describe('a part named as the subject, or as some of a total (sentences of our own)', () => {
  test('"Education remained the largest unit, with revenue up 21%": the unit\'s revenue', () => {
    expect(figure('Education remained the largest unit, with revenue up 21% to 4.02 billion yuan in the first half.', '4.02 billion yuan').metric).toBe('other:segment-revenue');
    // (a company said to be the largest is no part)
    expect(figure('Zhipu was the largest company, with revenue up 21% to 4.02 billion yuan in the first half.', '4.02 billion yuan').metric).toBe('revenue');
  });
  test('"with about 1.4 billion yuan of that coming from government clients": some of the total', () => {
    const t = "She expects Zhipu's revenue to reach 2.35 billion yuan this year, with about 1.4 billion yuan of that coming from government and state-owned clients.";
    expect(figure(t, '1.4 billion yuan').metric).toBe('other:segment-revenue');
    expect(figure(t, '2.35 billion yuan').metric).toBe('revenue');
    // (some of it coming in a quarter is a part of the time, not of the business)
    expect(figure("The parent's first-half revenue rose 22% to $103.9 billion, with $54.1 billion of that coming in the second quarter.", '$54.1 billion').metric).toBe('revenue');
  });
});

test('"restructuring charges of 1.26 billion yuan weighed on profit": money set aside to cut staff, not the profit (sentences of our own)', () => {
  expect(figure("Restructuring charges of 1.26 billion yuan weighed on Baidu's second-quarter profit.", '1.26 billion yuan').metric).toBe('other:restructuring-charges');
  expect(figure('Net income fell 18 per cent to 4.1 billion yuan, dragged down by 1.26 billion yuan of severance and other restructuring charges.', '1.26 billion yuan').metric).toBe('other:restructuring-charges');
  expect(figure('Net income fell 18 per cent to 4.1 billion yuan, dragged down by 1.26 billion yuan of severance and other restructuring charges.', '4.1 billion yuan').metric).toBe('net-profit');
  expect(figure('百度第二季度的重组费用为12.6亿元。', '12.6亿元').metric).toBe('other:restructuring-charges');
});

describe('a range between two whole amounts, an aside of what a total includes, pay in shares (sentences of our own)', () => {
  test('"between 135 billion yuan and 145 billion yuan" is one range', () => {
    const f = figure('Tencent has raised its capital expenditure plan for this year to between 135 billion yuan and 145 billion yuan.', '135 billion yuan and 145 billion yuan');
    expect([f.value, f.valueMax, f.qualifier]).toEqual([135e9, 145e9, 'range']);
  });
  test('"僱員福利開支（包括以股份為基礎的酬金）為22.6億元": the aside names a part, the total keeps its own name', () => {
    const t = '僱員福利開支（包括以股份為基礎的酬金）為22.6億元，按年減少14%；其中以股份為基礎的酬金3.18億元，按年大減42%。';
    expect(figure(t, '22.6億元').metric).toBe('other:staff-costs');
    expect(figure(t, '3.18億元').metric).toBe('other:share-based-compensation');
    expect(figure('Staff costs (including share-based compensation) were 2.26 billion yuan in 2025.', '2.26 billion yuan').metric).toBe('other:staff-costs');
  });
});

test('"fell 12% in the half to 403 million yuan" is the half just reported, not a year named since (sentences of our own)', () => {
  const f = readFigures("SenseTime reported first-half results on Tuesday. SenseTime's generative AI revenue overtook its vision business in 2024, Ren said. The vision AI unit's revenue fell 12% in the half to 403 million yuan.", { pageDate: '2026-09-01' });
  expect(f.find((x) => x.text === '403 million yuan')!.period).toBe('2026-H1');
  // ("the six months to June 2026": a half named by its end)
  expect(readFigures('Revenue in the six months to June 2026 rose 80% to 900 million yuan.', { pageDate: '2026-09-01' }).find((x) => x.text === '900 million yuan')!.period).toBe('2026-H1');
});
