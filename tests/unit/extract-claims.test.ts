// Claims from any article (npm run extract): only figures whose company, metric and period stand where they do,
// verbatim quotes of at most 240 characters, the article as the source, and the same ids on every run.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractClaims, quoteAround } from '../../src/core/extract-claims';
import { readFigures } from '../../src/core/read-figures';
import { claimPackSchema } from '../../src/core/schema';
import { extract } from '../../scripts/extract';

const TEXT =
  'Zhipu reported revenue of 724 million yuan for 2025, up 131.9% year over year.\n' +
  'Analysts compared it with MiniMax. Revenue was 7 billion yuan, one blog said.\n' +
  'MiniMax raised $600 million in January 2026.';
const facts = { file: 'a.txt', url: 'https://www.example.com/news/zhipu-results', title: 'Zhipu results', siteName: null, date: '2026-03-31', lang: 'en' };
/** The claims extracted from a sentence of our own, read on a page of `date` (null: an undated page). */
const claimsAt = (text: string, date: string | null = null) =>
  extractClaims(readFigures(text, date ? { pageDate: date } : {}), text, { file: 'a', url: null, title: 't', siteName: null, date, lang: null }).claims;

describe('extractClaims', () => {
  const { source, claims } = extractClaims(readFigures(TEXT, { pageDate: '2026-03-31' }), TEXT, facts);

  test('keeps the figures with company, metric and period where they stand; leaves out one whose company is in doubt', () => {
    expect(claims.map((c) => [c.entity, c.metric, c.period, c.value])).toEqual([
      ['zhipu', 'revenue', '2025', 724e6],
      ['zhipu', 'revenue-growth', '2025', 1.319],
      ['minimax', 'funding', '2026-01', 600e6],
    ]);
  });

  test('quotes are verbatim sentences of the text, and the source is the article', () => {
    for (const c of claims) expect(TEXT).toContain(c.quote);
    expect(claims[0]!.quote).toBe('Zhipu reported revenue of 724 million yuan for 2025, up 131.9% year over year.');
    expect(source).toMatchObject({ outlet: 'example.com', title: 'Zhipu results', date: '2026-03-31', language: 'en', url: facts.url });
    expect(claims[0]!.id).toBe(`${source.id}-zhipu-revenue-2025`);
  });

  test('a quote longer than 240 characters is cut around the figure, still verbatim', () => {
    const long = `${'Zhipu and its peers kept on growing in many ways '.repeat(6)}with revenue of 724 million yuan in 2025 ${'and more words after it '.repeat(8)}.`;
    const start = long.indexOf('724 million yuan');
    const quote = quoteAround(long, start, start + 16);
    expect(quote.length).toBeLessThanOrEqual(240);
    expect(quote).toContain('724 million yuan');
    expect(long).toContain(quote);
  });
});

describe('npm run extract', () => {
  test('a folder of text files gives a valid pack, the same on every run', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fc-extract-'));
    writeFileSync(path.join(dir, 'one.txt'), `URL: https://example.com/a\nTITLE: A\nDATE: 2026-03-31\nLANG: en\n---\n${TEXT}`);
    const first = await extract([dir]);
    const second = await extract([dir]);
    expect(second.json).toBe(first.json);
    const pack = claimPackSchema.parse(JSON.parse(first.json));
    expect(pack.claims).toHaveLength(3);
    expect(pack.sources[0]).toMatchObject({ url: 'https://example.com/a', date: '2026-03-31', outlet: 'example.com' });
    expect(first.summary).toBe('3 claims from 1 article');
  });

  test('no input is a clear error', async () => {
    await expect(extract([])).rejects.toThrow(/no input given/);
    await expect(extract(['/nonexistent/folder'])).rejects.toThrow(/no such file or folder/);
  });
});

describe('a claim says what its figure is a figure of', () => {
  const claimsOf = (text: string) =>
    extractClaims(readFigures(text), text, { ...facts, date: null }).claims.map((c) => [c.metric, c.value]);

  test('a count under a money metric is not that metric ("30 provinces" of a contract)', () => {
    expect(claimsOf('In 2025, Zhipu signed a contract worth 3 billion yuan that covers 30 provinces.')).toEqual([['contract-value', 3e9]]);
  });

  test('a part of the company named only by reference, or a share of revenue without its part, is left out', () => {
    expect(claimsOf('In 2025, Baidu said this portion of revenue rose to 9 billion yuan.')).toEqual([]);
    expect(claimsOf('In 2025, Baidu said cloud revenue rose to 9 billion yuan.')).toEqual([['other:segment-revenue', 9e9]]);
    expect(claimsOf("In 2025, it made up 26% of Baidu's revenue.")).toEqual([]);
  });

  test('a broker\'s target price is an opinion, not a fact of the company: no claim', () => {
    const text = 'In the first half of 2026, Baidu revenue rose 5% to 70 billion yuan. Our new target price for Baidu of HK$95 (previous: HK$88) is based on FY27E P/E.';
    const made = extractClaims(readFigures(text, { pageDate: '2026-08-28' }), text, { ...facts, date: '2026-08-28' }).claims;
    expect(made.map((c) => c.metric)).toEqual(['revenue-growth', 'revenue']);
  });

  test('a valuation multiple, one day\'s price over one year\'s sales or earnings, is no claim', () => {
    const text = 'In the first half of 2026, Zhipu revenue rose 80% to 1.2 billion yuan. The stock trades at 80 times 2026 sales, against 11 times 2027 earnings for Baidu.';
    const made = extractClaims(readFigures(text, { pageDate: '2026-08-28' }), text, { ...facts, date: '2026-08-28' }).claims;
    expect(made.map((c) => c.metric)).toEqual(['revenue-growth', 'revenue']);
  });

  test('a market share its own words name ("14.2% of all tokens") is a claim, whatever cue stood nearer', () => {
    const text = 'Kimi has 3 million paid members. Its models handled 14.2% of all tokens routed through OpenRouter in September 2026.';
    const made = extractClaims(readFigures(text, { pageDate: '2026-10-09' }), text, { ...facts, date: '2026-10-09' }).claims;
    expect(made.filter((c) => c.metric === 'market-share').map((c) => [c.entity, c.value, c.period])).toEqual([['moonshot', 0.142, '2026-09']]);
  });

  test('a sensitivity, what would be if, is no claim', () => {
    expect(claimsOf('In 2026, a 10% cut in token prices would lower Zhipu revenue by about 3%.')).toEqual([]);
    expect(claimsOf('If prices fall 20% in 2026, Zhipu revenue would drop by 5%.')).toEqual([]);
    expect(claimsOf('2026年，若价格下降10%，智谱收入将减少3%。')).toEqual([]);
    expect(claimsOf('In 2026, Zhipu cut token prices by 10%.')).toEqual([['price-change', -0.1]]);
  });

  test('"costs" alone does not say which', () => {
    expect(claimsOf('In 2025, Baidu had costs of 90 billion yuan.')).toEqual([]);
    expect(claimsOf('In 2025, Baidu had R&D expenses of 20 billion yuan.')).toEqual([['rd-expense', 20e9]]);
  });

  test('the start of "from X to Y" is a value of an earlier period the sentence does not name', () => {
    expect(claimsOf('In 2025, the gross margin of Baidu rose from 41% to 45%.').map((c) => c[1])).toEqual([0.45]);
    expect(claimsOf('Baidu revenue grew from 30 billion yuan in 2024 to 35 billion yuan in 2025.').map((c) => c[1])).toEqual([30e9, 35e9]);
  });

  test('the level before a change, "down from 8 yuan", is of a time the sentence does not name; "up from 20% in 2024" names it', () => {
    const claimsAt = (text: string, date: string) =>
      extractClaims(readFigures(text, { pageDate: date }), text, { ...facts, date }).claims.map((c) => `${c.value}@${c.period}`);
    expect(claimsAt('From Oct. 1, 2026, Baidu will charge 2 yuan per million output tokens for ERNIE 5, down from 8 yuan.', '2026-09-20')).toEqual(['2@2026-10']);
    expect(claimsAt("In 2025, Baidu's gross margin rose to 45%, up from 41% in 2024.", '2026-03-20')).toEqual(['0.45@2025', '0.41@2024']);
    // (a list of them too, and a date a change takes effect from, after the page's, is this year's)
    expect(claimsAt('Baidu will charge 1 yuan per million input tokens and 4 yuan per million output tokens from July 1, down from 3 yuan and 12 yuan respectively.', '2026-06-18')).toEqual(['1@2026-07', '4@2026-07']);
  });
});

describe('a target as of the article date', () => {
  const at = (text: string) =>
    extractClaims(readFigures(text, { pageDate: '2026-03-10' }), text, { ...facts, date: '2026-03-10' }).claims.map((c) => [c.entity, c.metric, c.period, c.qualifier, c.value]);

  test('a valuation targeted is a claim as of the page date, marked as a forecast', () => {
    expect(at('MiniMax is targeting a valuation of $8 billion in its next round.')).toEqual([['minimax', 'valuation', '2026-03', 'forecast', 8e9]]);
  });

  test('a round reported without a date is not dated by the page: it may have closed weeks before', () => {
    expect(at('MiniMax raised $600 million from investors led by Tencent.')).toEqual([]);
  });
});

describe('an amount of money is no count', () => {
  test('a subscription price next to "paying subscribers" gives no claim of paying users', () => {
    const text = 'In March 2026 Kimi had about 1.3 million paying subscribers, who pay from $19 to $199 a month.';
    const figures = readFigures(text, { pageDate: '2026-04-10' });
    const made = extractClaims(figures, text, { file: 'a.txt', url: null, title: 't', siteName: null, date: '2026-04-10', lang: 'en' }).claims;
    expect(made.map((c) => [c.metric, c.value])).toEqual([['paying-users', 1.3e6]]);
  });
});

describe('figures a reader records', () => {

  test('a figure written only in words is a round approximation, not a claim', () => {
    const text = '腾讯发布财报。2026年第二季度，腾讯云收入增长约八成，达到120亿元。';
    const made = extractClaims(readFigures(text, { pageDate: '2026-08-20' }), text, { ...facts, date: '2026-08-20' }).claims;
    expect(made.map((c) => c.value)).toEqual([12e9]);
  });

  test('a Chinese headline of two clauses: the period after a figure, past a space, is the next clause\'s', () => {
    const text = '商汤前三季度营收52.6亿元 第三季度单季盈利';
    const made = extractClaims(readFigures(text, { pageDate: '2026-10-20' }), text, { ...facts, date: '2026-10-20' }).claims;
    expect(made.map((c) => [c.metric, c.period, c.value])).toEqual([['revenue', '2026-9M', 5.26e9]]);
  });
});

describe('placements and offer prices', () => {
  const TEXT2 = 'MiniMax昨日宣布以先旧后新方式配售新股，每股配售价548港元，较上日收市价折让9.2%。智谱自1月8日上市以来累升312%，招股价为116.2港元。';
  const made = () => extractClaims(readFigures(TEXT2, { pageDate: '2026-07-15' }), TEXT2, { ...facts, date: '2026-07-15' }).claims;

  test('an offering\'s price is no market price: no share-price claim', () => {
    expect(made().filter((c) => c.metric === 'share-price')).toEqual([]);
  });

  test('a gain "自1月8日上市以来" runs from the listing to the page date', () => {
    expect(made().find((c) => c.value === 3.12)).toMatchObject({ entity: 'zhipu', metric: 'stock-change', period: '2026-01..2026-07' });
  });

  test('a placement\'s discount to the last close is no move of the shares', () => {
    const f = readFigures(TEXT2, { pageDate: '2026-07-15' }).find((x) => x.text === '9.2%')!;
    expect([f.metric, f.value]).toEqual(['other:placement-discount', -0.092]);
  });
});

describe('shares and counts', () => {
  const claimsAt = (text: string, date: string) => extractClaims(readFigures(text, { pageDate: date }), text, { ...facts, date }).claims.map((c) => [c.metric, c.value]);

  test('a share of overseas revenue is the overseas share; a percentage beside a count of users is no count', () => {
    expect(claimsAt('月之暗面完成新一轮融资。2025年12月，月之暗面的年化收入已超过1.2亿美元，其中海外收入占比约35%。', '2026-01-20')).toEqual([['arr', 1.2e8], ['other:overseas-revenue-share', 0.35]]);
    expect(claimsAt('At the end of 2025, QuestMobile counted 515 million monthly users of Doubao, equal to about 40% of the mobile internet population.', '2026-02-01').map((c) => c[1])).not.toContain(0.4);
  });
});

describe('amounts that cannot be what they are read as', () => {
  const made = (text: string, date: string) => extractClaims(readFigures(text, { pageDate: date }), text, { ...facts, date }).claims.map((c) => [c.metric, c.value]);
  test('a company\'s loss or funding is never a few dollars: an amount that small is per something', () => {
    expect(made('上半年，百川智能每位付费用户亏损12元，净亏损为9.6亿元。', '2026-08-30')).toEqual([['net-loss', 9.6e8]]);
    expect(made('Baichuan lost 40 yuan on each subscriber in the first half of 2026.', '2026-08-30')).toEqual([]);
  });
  test('a monthly average is not the period\'s amount', () => {
    expect(made("Baichuan's operating cash outflow was $316 million in 2025, or roughly $26 million a month.", '2026-03-30')).toEqual([['other:operating-cash-flow', -316e6]]);
    expect(made('2025年百川智能净亏损24亿元，每月亏损约2亿元。', '2026-03-30')).toEqual([['net-loss', 2.4e9]]);
  });
  test('a loss per yuan or dollar of revenue, however the yuan of revenue is put', () => {
    expect(made('上半年，百川智能每1美元收入亏损约1.2美元，去年同期为每1美元收入亏损4.3美元。', '2026-08-30')).toEqual([['loss-per-revenue', 1.2], ['loss-per-revenue', 4.3]]);
    expect(made('2026年上半年，百川智能每产生一元收入，亏损约2.1元。', '2026-08-30')).toEqual([['loss-per-revenue', 2.1]]);
    expect(made('2026年上半年，百川智能研发开支相当于收入的128%。', '2026-08-30')).toEqual([['rd-ratio', 1.28]]);
  });
  test('"11 times 2027 earnings" is a price-earnings multiple; analysts\' "average target" is a target price', () => {
    const text = 'Her new price target values Baichuan at 11 times 2027 earnings. Most analysts rate the stock a Buy, but their average target is $142.';
    expect(readFigures(text, { pageDate: '2026-05-10' }).map((f) => f.metric)).toEqual(['other:pe-ratio', 'other:target-price']);
  });
  test('"TP" is a broker\'s target price', () => {
    const text = 'We raise our TP for Baichuan to HK$720 (previous: HK$560).';
    expect(readFigures(text, { pageDate: '2026-11-20' }).map((f) => f.metric)).toEqual(['other:target-price', 'other:target-price']);
  });
  test('a broker\'s "9M26" or "1H26" is a period, not nine million', () => {
    const text = "Baichuan's revenue rose 80% to RMB310mn in 3Q26, taking 9M26 revenue to RMB700mn.";
    expect(readFigures(text, { pageDate: '2026-11-20' }).map((f) => f.text)).toEqual(['80%', 'RMB310mn', 'RMB700mn']);
  });
});

describe('a long relative clause between a metric and its figure', () => {
  test('"the net loss, which includes … at its January listing, was $412 million" is the net loss, of no January', () => {
    const text = 'In the first half of 2026, Baichuan said the net loss, which includes fair-value changes on preferred shares that converted at its January listing, was $412 million.';
    expect(readFigures(text, { pageDate: '2026-08-20' }).map((f) => [f.metric, f.period])).toEqual([['net-loss', '2026-H1']]);
  });
});

describe('a compared figure given to another company', () => {
  test('"46.4% …, compared with 27% for Alibaba": the compared figure is the company\'s named after it', () => {
    const text = "Baichuan's share of the market stood at 46.4% in the first half of 2025, compared with 27% for Alibaba.";
    expect(readFigures(text, { pageDate: '2025-09-10' }).map((f) => [f.text, f.entity, f.metric])).toEqual([['46.4%', 'baichuan', 'market-share'], ['27%', 'alibaba', 'market-share']]);
  });
});

describe('what the market values a listed company at', () => {
  test('"shares … valuing it at", "its listed peers, are worth … respectively" are market values, not round valuations', () => {
    const text = 'Baichuan shares have risen about 260% this year, valuing it at roughly HK$212 billion. Zhipu and MiniMax, its listed peers, are worth about $27 billion and $19 billion respectively in Hong Kong.';
    expect(readFigures(text, { pageDate: '2026-10-10' }).slice(1).map((f) => [f.entity, f.metric])).toEqual([['baichuan', 'market-cap'], ['zhipu', 'market-cap'], ['minimax', 'market-cap']]);
  });
});

describe('an app store is not a company', () => {
  test('"ranked No. 1 … of Google Play" does not make Google the subject of the next sentence', () => {
    const text = "Baichuan's app was downloaded 1.9 million times in Korea in the second quarter of 2026. It ranked No. 1 in the entertainment category of Google Play for 23 straight days in June. Monthly active users in Korea reached 2.6 million in June.";
    expect(readFigures(text, { pageDate: '2026-07-10' }).map((f) => f.entity)).not.toContain('google');
  });
});

describe('investors leading a round', () => {
  test('"a round led by IDG Capital and Tencent at a valuation of $18 billion" values the company raising it', () => {
    const text = 'Baichuan raised money at a fast pace. It closed a $1.2 billion round in April 2026 led by IDG Capital and Tencent at a valuation of $18 billion.';
    expect(readFigures(text, { pageDate: '2026-06-10' }).map((f) => f.entity)).toEqual(['baichuan', 'baichuan']);
  });
});

describe('a rival the subject overtook', () => {
  test('"…, overtaking Meta Platforms, and the group plans to spend …" is the subject\'s spending', () => {
    const text = "Baichuan's revenue grew 24 per cent to around 19 billion yuan last year, overtaking Alibaba, and the group plans to spend some 16 billion yuan on capital expenditure in 2026.";
    expect(readFigures(text, { pageDate: '2026-09-10' }).map((f) => f.entity)).toEqual(['baichuan', 'baichuan', 'baichuan']);
  });
});

describe('investors opening a sentence', () => {
  test('"Backed by Alibaba, Tencent and miHoYo, the company was valued at …" is the company\'s, not its first backer\'s', () => {
    const text = 'Baichuan filed for a Hong Kong IPO on Monday. Backed by Alibaba, Tencent and miHoYo, the company was valued at more than $4 billion in its last private round in 2025.';
    expect(readFigures(text, { pageDate: '2025-12-22' }).map((f) => f.entity)).toEqual(['baichuan']);
  });
});

describe('an IPO told at length', () => {
  const text = 'Baichuan priced its Hong Kong initial public offering at the top of its range, raising HK$4.35 billion ($559 million). The company priced its shares at HK$116.2 each, after marketing them at HK$108 to HK$116.2.';
  test('money raised by "its Hong Kong initial public offering" is its proceeds; the prices it priced and marketed shares at are the offering\'s', () => {
    const figures = readFigures(text, { pageDate: '2026-01-05' });
    expect(figures.slice(0, 2).map((f) => f.metric)).toEqual(['ipo-proceeds', 'ipo-proceeds']);
    const made = extractClaims(figures, text, { ...facts, date: '2026-01-05' }).claims;
    expect(made.filter((c) => c.metric === 'share-price')).toEqual([]);
  });
  test('a valuation as a multiple of forecast revenue is a price-to-sales multiple', () => {
    expect(readFigures('有券商指，百川智能估值相当于2026年预测收入约32倍。', { pageDate: '2026-01-05' }).map((f) => f.metric)).toEqual(['price-to-sales']);
  });
});

describe('"lost X on revenue of Y"', () => {
  test('the amount before "on revenue of" is the loss, the one after it the revenue', () => {
    const text = 'In the first half of 2026, Baichuan lost Rmb2.36bn on revenue of Rmb191mn.';
    expect(readFigures(text, { pageDate: '2026-08-30' }).map((f) => [f.text, f.metric])).toEqual([['Rmb2.36bn', 'net-loss'], ['Rmb191mn', 'revenue']]);
  });
});

describe('market values told in the past tense on a dated page', () => {
  const made = (text: string, date: string) => extractClaims(readFigures(text, { pageDate: date }), text, { ...facts, date }).claims.map((c) => [c.metric, c.period, c.value]);
  test('"fell 3.1% to HK$24.50": a move and a price of the trading days just before the page, so its month', () => {
    expect(made('Baichuan shares fell 3.1% to HK$24.50 on the news.', '2026-11-20')).toEqual([['stock-change', '2026-11', -0.031], ['share-price', '2026-11', 24.5]]);
  });
  test('a day\'s move and a move so far this year joined by "but" each keep their own span', () => {
    expect(made("Baichuan's shares slipped 2.3% on Thursday but remain up 58% since the start of the year.", '2026-08-29')).toEqual([['stock-change', '2026-08', -0.023], ['stock-change', '2026', 0.58]]);
  });
  test('not the entry fee for a board lot', () => {
    expect(made('百川智能招股價介乎151至165港元，一手入場費約3333.3港元。', '2025-12-31')).toEqual([]);
  });
  test('not an offering\'s price', () => {
    expect(made('Baichuan sold shares at HK$116.2 each in its IPO.', '2026-11-20')).toEqual([]);
  });
});

describe('shares told as a move or after a long name', () => {
  const read = (text: string, date: string) => readFigures(text, { pageDate: date }).map((f) => [f.text, f.metric]);
  test('a share that rose from one level to another is a share at both ends, not growth (the named part\'s share)', () => {
    expect(read('百川智能上半年企业业务收入为3.2亿元，占总收入比重由去年同期的41%升至55%。', '2026-08-30').slice(1)).toEqual([['41%', 'other:segment-revenue-share'], ['55%', 'other:segment-revenue-share']]);
  });
  test('a part\'s revenue with a verb between ("相关业务实现收入") or told as "sales of its … products" is the part\'s, not the total', () => {
    expect(read('前三季度百川智能大模型相关业务实现收入约38亿元,同比增长约1.5倍。', '2026-10-30').map((f) => f[1])).toEqual(['other:segment-revenue', 'other:segment-revenue-growth']);
    expect(read("Sales of Baichuan's model-related products and services more than doubled to 2.1 billion yuan in the first nine months of 2026.", '2026-10-30').map((f) => f[1])).toEqual(['other:segment-revenue']);
  });
  test('revenue "from its … video generator" is a part\'s; cash "burned" is spent, not held', () => {
    expect(read('Baichuan said revenue from its Hailan video generator rose to 1.5 billion yuan in the third quarter of 2026.', '2026-11-20').map((f) => f[1])).toEqual(['other:segment-revenue']);
    expect(read('Baichuan burned roughly 2.6 billion yuan of cash in the first half of 2026.', '2026-09-10').map((f) => f[1])).toEqual(['other:cash-burn']);
  });
  test('a part named with 部署, or with its product name in quotation marks, is a part ("本地化部署收入", "汽车业务「绝影」收入")', () => {
    expect(read('百川智能上半年本地化部署收入为6.23亿元，同比增长1.1倍。', '2026-08-30').map((f) => f[1])).toEqual(['other:segment-revenue', 'other:segment-revenue-growth']);
    expect(read('百川智能上半年汽车业务「百灵」收入按年增长45%至1.1亿元。', '2026-08-30').map((f) => f[1])).toEqual(['other:segment-revenue-growth', 'other:segment-revenue']);
  });
  test('the year-ago value of a share told after it ("，去年同期是77%") is that share, not growth', () => {
    expect(read('百川智能上半年企业业务收入达到2.4亿元，占总收入的61%，去年同期是47%。', '2026-08-30').slice(1).map((f) => f[1])).toEqual(['other:segment-revenue-share', 'other:segment-revenue-share']);
    expect(read('百川智能前三季度企业收入已经占到公司总收入的34%，去年同期这一比例是21%。', '2026-10-30').map((f) => f[1])).toEqual(['other:revenue-share', 'other:revenue-share']);
  });
  test('"or 21% of Baidu Core\'s online marketing revenue" is a share, however long the name of the revenue', () => {
    expect(read("Baidu said AI-powered ads brought in 4 billion yuan, or 21% of Baidu Core's online marketing revenue.", '2026-11-20')[1]).toEqual(['21%', 'other:segment-revenue-share']);
  });
});

describe('the part a share of revenue is told of', () => {
  const text =
    'iFlytek reported revenue of 2.1 billion yuan for the third quarter of 2026. Its storage products made up 22% of revenue. ' +
    'Sales to government agencies brought in 17% of revenue. About 45% of its revenue came from users outside China. ' +
    'Its top five customers accounted for 40% of revenue. The company said it accounted for 3% of sales at the group.';
  test('the subject of "made up" or "brought in", or what revenue "came from", is the part; the overseas part has its own name', () => {
    const made = extractClaims(readFigures(text, { pageDate: '2026-11-20' }), text, { ...facts, date: '2026-11-20' }).claims;
    const share = (v: number) => made.find((c) => c.value === v);
    expect([share(0.22)?.metric, share(0.22)?.segment]).toEqual(['other:segment-revenue-share', 'storage products']);
    expect([share(0.17)?.metric, share(0.17)?.segment]).toEqual(['other:segment-revenue-share', 'sales to government agencies']);
    expect([share(0.45)?.metric, share(0.45)?.segment]).toEqual(['other:overseas-revenue-share', 'overseas']);
  });
  test('its largest customers or the company itself are no part of it: the top customers\' share is its own fact, the company\'s share of a group no claim', () => {
    const made = extractClaims(readFigures(text, { pageDate: '2026-11-20' }), text, { ...facts, date: '2026-11-20' }).claims;
    expect(made.filter((c) => c.value === 0.4).map((c) => [c.metric, c.segment ?? null])).toEqual([['other:top5-customer-share', null]]);
    expect(made.map((c) => c.value)).not.toContain(0.03);
  });
});

describe('prices of an offering', () => {
  test('"sold at HK$116.2 in the IPO" gives no claim', () => {
    const text = "Zhipu reported results. Zhipu's shares, sold at HK$116.2 in the IPO, closed at HK$402 on Wednesday.";
    const made = extractClaims(readFigures(text, { pageDate: '2026-08-28' }), text, { ...facts, date: '2026-08-28' }).claims;
    expect(made.map((c) => c.value)).not.toContain(116.2);
  });
});

describe('a forecast for a fiscal year does not end the period in force', () => {
  test('"expects cloud revenue to grow 30% in fiscal 2027" leaves the quarter in force for the next paragraph', () => {
    const text =
      'Alibaba said revenue for the June quarter rose 4% to 248 billion yuan.\n\nAn analyst said she expects cloud revenue to grow about 30% in fiscal 2027.\n\nCustomer management revenue rose 9% to 90.1 billion yuan.';
    const made = extractClaims(readFigures(text, { pageDate: '2026-08-29' }), text, { ...facts, date: '2026-08-29' }).claims;
    expect(made.map((c) => [c.value, c.period])).toEqual([
      [0.04, '2026-Q2'],
      [248e9, '2026-Q2'],
      [0.3, '2026-Q2..2027-Q1'],
      [0.09, '2026-Q2'],
      [90.1e9, '2026-Q2'],
    ]);
  });
});

test('"It sold shares at HK$116 each in January 2026" is the offering\'s price: no claim of a share price (a sentence of our own)', () => {
  const text = 'Zhipu listed in Hong Kong. It sold shares at HK$116 each in January 2026.';
  const made = extractClaims(readFigures(text, { pageDate: '2026-06-18' }), text, { ...facts, date: '2026-06-18' }).claims;
  expect(made.map((c) => c.value)).not.toContain(116);
});

describe('a percentage read as a change with no word of change in its clause makes no claim (sentences of our own)', () => {
  const claimsOf = (text: string) =>
    claimsAt(text, '2026-08-20').map((c) => `${c.metric} ${c.value}`);
  test('"Tencent\'s AI revenue tops 35% of its advertising business" is no growth of a segment', () => {
    expect(claimsOf("Tencent's AI revenue tops 35% of its online advertising business in the third quarter of 2026.")).toEqual([]);
  });
  test('"revenue grew 28% in the second quarter", "按年成長 34%", "ahead of the 20% analysts expected" still claim a change', () => {
    expect(claimsOf("Baidu's revenue grew 28% in the second quarter of 2026.")).toContain('revenue-growth 0.28');
    expect(claimsOf('阿里雲2026年第二季營收按年成長34%。')).toContain('other:segment-revenue-growth 0.34');
  });
});

describe('benchmark scores make no claim (sentences of our own)', () => {
  test('"scored 88.2% on C-Eval and 79.5% on AIME 2025" gives no claim: the settings of a run go unsaid', () => {
    const text = 'Zhipu said GLM-5 scored 88.2% on C-Eval and 79.5% on AIME 2025, ahead of DeepSeek.';
    const claims = claimsAt(text, '2026-08-20');
    expect(claims).toEqual([]);
  });
});

describe('a hypothetical told late in the sentence (sentences of our own)', () => {
  test('"…, and he estimated that a 40 percent cut in MiniMax’s prices would lower its 2027 revenue by 6 percent" makes no claim of either', () => {
    const text = "API sales made up 30 percent of MiniMax's revenue in the first half of 2026, and he estimated that a 40 percent cut in MiniMax's prices would lower its 2027 revenue by 6 percent.";
    const claims = claimsAt(text, '2026-10-13');
    expect(claims.map((c) => c.value)).not.toContain(-0.4);
    expect(claims.map((c) => c.value)).not.toContain(-0.06);
    expect(claims.map((c) => c.value)).not.toContain(0.06);
  });
});

describe('a threshold that sets a class of companies apart (sentences of our own)', () => {
  const claimsOf = (text: string) => claimsAt(text, '2026-07-20');
  test('"apps with more than 1 million Korean users" and "月活超过1000万的平台" are no company\'s figure', () => {
    expect(claimsOf("MiniMax's Talkie had 2.6 million monthly active users in Korea in June. A bill tabled on Tuesday would require AI companion apps with more than 1 million Korean users to appoint a local representative.").map((c) => c.value)).not.toContain(1000000);
    expect(claimsOf('豆包6月月活达2亿。7月15日起，新规要求月活超过1000万的平台进行备案。').map((c) => c.value)).not.toContain(10000000);
  });
  test('but "Talkie, with more than 2 million users in Korea, …" is Talkie\'s own', () => {
    expect(claimsOf('MiniMax said in June that Talkie had more than 2 million users in Korea.').map((c) => c.value)).toContain(2000000);
  });
});

describe('a move to a price per share names its metric by its words (sentences of our own)', () => {
  const claimsOf = (text: string, date: string) => claimsAt(text, date);
  test('"Zhipu fell 7.8 per cent to HK$352.40" is a claim of the day\'s move and of the price, as of the page\'s month', () => {
    const claims = claimsOf('Zhipu fell 7.8 per cent to HK$352.40 on heavy volume.', '2026-07-10');
    expect(claims.map((c) => [c.metric, c.period, c.value])).toEqual([['stock-change', '2026-07', -0.078], ['share-price', '2026-07', 352.4]]);
  });
  test('and in a Chinese market report: "港股早盘上涨1.8%，报647港元", "跌5.2%，收報2.93元"', () => {
    expect(claimsOf('财报发布后，腾讯港股次日早盘上涨1.8%，报647港元。', '2026-11-14').map((c) => [c.entity, c.metric, c.period, c.value])).toEqual([['tencent', 'stock-change', '2026-11', 0.018], ['tencent', 'share-price', '2026-11', 647]]);
    expect(claimsOf('商湯（0020）跌5.2%，收報2.93元。', '2026-11-14').map((c) => [c.metric, c.value])).toEqual([['stock-change', -0.052], ['share-price', 2.93]]);
  });
  test('a move "in premarket trading", "港股高开", "低开" or on "同日" is the day\'s: "阿里巴巴港股高开1.8%，百度则低开0.6%"', () => {
    expect(claimsOf('同日，阿里巴巴港股高开1.8%，百度则低开0.6%。', '2026-08-14').map((c) => [c.entity, c.metric, c.period, c.value])).toEqual([['alibaba', 'stock-change', '2026-08', 0.018], ['baidu', 'stock-change', '2026-08', -0.006]]);
    expect(claimsOf("Alibaba's US-listed shares rose 3.2% in premarket trading in New York.", '2026-08-29').map((c) => [c.metric, c.period, c.value])).toEqual([['stock-change', '2026-08', 0.032]]);
  });
  test('but "revenue rose 42% to $191 million" names revenue, and a move with no price after it stays unclaimed', () => {
    expect(claimsOf('MiniMax said revenue rose 42% to $191 million in the first half of 2026.', '2026-08-27').map((c) => c.metric)).toEqual(['revenue-growth', 'revenue']);
    expect(claimsOf('Zhipu fell 7.8 per cent, trimming its gain since listing.', '2026-07-10')).toEqual([]);
  });
});

describe('tokens a day name their metric by their words (sentences of our own)', () => {
  test('"processed an average of 58 trillion tokens a day in February" is a claim of daily tokens', () => {
    const text = 'Doubao processed an average of more than 58 trillion tokens a day in February.';
    const claims = claimsAt(text, '2026-03-10');
    expect(claims.map((c) => [c.entity, c.metric, c.period, c.value])).toEqual([['bytedance', 'other:daily-tokens', '2026-02', 58e12]]);
  });
});

describe('a funding round told as news is of the page\'s month (sentences of our own)', () => {
  const claimsOf = (text: string, date: string) => claimsAt(text, date).map((c) => [c.metric, c.period, c.value]);
  test('"is in talks to raise about $1.2 billion in a round that would value it at $18 billion"', () => {
    expect(claimsOf('Moonshot AI is in talks to raise about $1.2 billion in a round that would value it at about $18 billion, people familiar with the matter said.', '2026-05-10')).toEqual([['funding', '2026-05', 1.2e9], ['valuation', '2026-05', 18e9]]);
  });
  test('"近日完成新一轮约7亿美元融资"', () => {
    expect(claimsOf('阶跃星辰近日完成新一轮约7亿美元融资。', '2026-11-10')).toEqual([['funding', '2026-11', 7e8]]);
  });
  test('and in a headline\'s words: "StepFun in talks to raise $600 million …", "百川智能完成5亿美元新一轮融资"; not a round of a time gone back to', () => {
    expect(claimsOf('StepFun in talks to raise $600 million at $5 billion valuation, sources say', '2026-06-10')).toEqual([['funding', '2026-06', 6e8], ['valuation', '2026-06', 5e9]]);
    expect(claimsOf('百川智能完成5亿美元新一轮融资', '2026-06-10')).toEqual([['funding', '2026-06', 5e8]]);
    expect(claimsOf('彼时，百川智能完成3亿美元融资。', '2026-06-10')).toEqual([]);
  });
  test('but not a running total ("has raised more than $4.6 billion since it was founded") nor a round told in the past', () => {
    expect(claimsOf('Moonshot has raised more than $4.6 billion since it was founded in 2023.', '2026-09-10').filter((c) => c[2] === 4.6e9)).toEqual([]);
    expect(claimsOf('Baichuan previously raised 5 billion yuan from state funds.', '2026-09-10')).toEqual([]);
  });
});

describe('staff counted in the present tense are of the page\'s month (sentences of our own)', () => {
  const claimsOf = (text: string, date: string) => claimsAt(text, date).map((c) => [c.metric, c.period, c.value]);
  test('"StepFun has about 700 employees" (as "阶跃星辰目前员工约700人" already was)', () => {
    expect(claimsOf('StepFun has about 700 employees, most of them in Shanghai.', '2026-11-10')).toEqual([['headcount', '2026-11', 700]]);
    expect(claimsOf('阶跃星辰目前员工约700人。', '2026-11-10')).toEqual([['headcount', '2026-11', 700]]);
  });
  test('but not staff told in the past, nor people a deal covers', () => {
    expect(claimsOf('In 2019 Zhipu was a spin-out with 23 employees.', '2026-11-10').filter((c) => c[1] !== '2019')).toEqual([]);
    expect(claimsOf("MiniMax will deploy its models across the lender's systems, covering about 42,000 employees.", '2026-08-10')).toEqual([]);
  });
});

describe('a whole year in force after a quarter without a year (sentences of our own)', () => {
  test('on an undated page, figures after "third-quarter revenue … the whole of 2025" make no claim of 2025', () => {
    const text = 'Tencent reported third-quarter revenue of 203.6 billion yuan on Wednesday.\n\nOver the first nine months, capex came close to the 76.8 billion yuan it spent in the whole of 2025.\n\nMarketing services revenue rose 21 percent to 36.2 billion yuan.';
    const claims = claimsAt(text);
    expect(claims.filter((c) => c.value === 36.2e9 || c.value === 0.21)).toEqual([]);
  });
});

describe('a change of costs the words do not name makes no claim (a sentence of our own)', () => {
  test('"selling and marketing expenses rose 21%" (read as costs) is left out, as the costs themselves are', () => {
    const text = "In the third quarter of 2026, Tencent's selling and marketing expenses rose 21% year on year.";
    const claims = claimsAt(text, '2026-11-13');
    expect(claims.filter((c) => /costs/.test(c.metric))).toEqual([]);
  });
});

describe('a period named only for a value compared with, and a bound on the figure\'s own value (sentences of our own)', () => {
  test('"That compares with roughly 11 billion yuan in the first half of 2025" does not put the next paragraph in 2025', () => {
    const claims = claimsAt('Volcano Engine booked revenue of 24 billion yuan in the first half of 2026, the people said. That compares with roughly 11 billion yuan in the first half of 2025.\n\nByteDance\'s total revenue for the period was about $95 billion, up 20%.', '2026-09-14');
    expect(claims.filter((c) => c.metric === 'revenue').map((c) => c.period)).toEqual(['2026-H1']);
  });
  test('"brought in more than 1.4 billion yuan in the third quarter" names the period of its own value, not of a compared one', () => {
    const claims = claimsAt('Kuaishou said its Kling AI brought in more than 1.4 billion yuan in the third quarter.\n\nTotal revenue rose 11% to 38.9 billion yuan, in line with forecasts.', '2026-11-20');
    expect(claims.filter((c) => c.metric === 'revenue').map((c) => c.period)).toEqual(['2026-Q3']);
  });
});

describe('a company named inside an aside about another (a sentence of our own)', () => {
  test('"Baidu, which reported results a day after Tencent, told a similar story." makes the next sentence\'s revenue Baidu\'s claim', () => {
    const claims = claimsAt('Baidu, which reported results a day after Tencent, told a similar story. Revenue rose 3% to 31.2 billion yuan in the third quarter.', '2026-11-20');
    expect(claims.map((c) => [c.entity, c.metric, c.period, c.value])).toEqual([
      ['baidu', 'revenue-growth', '2026-Q3', 0.03],
      ['baidu', 'revenue', '2026-Q3', 31.2e9],
    ]);
  });
});

describe('a price set against another in times (a sentence of our own)', () => {
  test('"more than 3.5 times their January listing price" is no move of the shares; "up 11.5% on the week" is this week\'s', () => {
    const claims = claimsAt('MiniMax shares closed at HK$612 on Thursday, up 11.5% on the week and more than 3.5 times their January listing price of HK$165.', '2026-10-30');
    expect(claims.filter((c) => c.metric === 'stock-change').map((c) => [c.period, c.value])).toEqual([['2026-10', 0.115]]);
  });
});

describe('a Chinese condition told later in the sentence (a sentence of our own)', () => {
  test('"分析师估计，若高端芯片全面禁售，云厂商明年或需额外投入约300亿美元" is what would be, no claim', () => {
    expect(claimsAt('腾讯第三季度资本开支为185亿元。分析师估计，若高端芯片全面禁售，腾讯明年或需额外投入约300亿美元采购替代产品。', '2026-11-14').map((c) => c.value)).toEqual([185e8]);
  });
});

describe('things done so many times are no count of people (a sentence of our own)', () => {
  test('"has been downloaded more than 300 million times" after daily users makes no users claim', () => {
    const claims = claimsAt('Daily active users of the Qwen app rose to 38 million in November, and the app has been downloaded more than 300 million times since its relaunch last November.', '2026-11-20');
    expect(claims.map((c) => [c.metric, c.value])).toEqual([['other:daily-active-users', 38e6]]);
  });
});

describe('a source of data named before the figure (a sentence of our own)', () => {
  test('"Analysts polled by LSEG expect revenue of 1.1 billion yuan" goes on about the company of the sentence before', () => {
    const claims = claimsAt('Zhipu will report its first interim results next month. Analysts polled by LSEG expect revenue of 1.1 billion yuan for the six months to June.', '2026-07-30');
    expect(claims.map((c) => [c.entity, c.metric, c.period, c.value])).toEqual([['zhipu', 'revenue', '2026-H1', 1.1e9]]);
  });
});

describe('a data firm named as the source of a consensus (a sentence of our own)', () => {
  test('"beating the LSEG consensus estimate of 31.6 billion yuan. ¶ Revenue from its AI cloud business jumped 38%" goes on about Baidu', () => {
    const claims = claimsAt('Baidu said third-quarter revenue rose 3% to 31.98 billion yuan, beating the LSEG consensus estimate of 31.6 billion yuan.\n\nRevenue from its AI cloud business jumped 38% to 8.2 billion yuan.', '2026-11-20');
    expect(claims.find((c) => c.value === 8.2e9)).toMatchObject({ entity: 'baidu', period: '2026-Q3' });
  });
});

describe('a users ranking after its month (a sentence of our own)', () => {
  test('each count is a claim of the month the ranking opened with', () => {
    const claims = claimsAt('In October, Chinese AI apps had 730 million monthly users in all, QuestMobile said.\n\nDoubao led with 340 million monthly users, and Qwen had 152 million.', '2026-11-05');
    expect(claims.filter((c) => c.entity !== 'china-market').map((c) => [c.entity, c.period, c.value])).toEqual([['bytedance', '2026-10', 340e6], ['alibaba', '2026-10', 152e6]]);
  });
});
