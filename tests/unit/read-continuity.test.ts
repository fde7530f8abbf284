// What a news text keeps in force from sentence to sentence (src/core/read/continuity.ts), seen through the claims
// `npm run extract` makes: a company or period stated once and not changed since is recorded with the figures that
// follow; one that something in between could have changed is not. Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { extractClaims } from '../../src/core/extract-claims';
import { readFigures } from '../../src/core/read-figures';

const facts = { file: 'a.txt', url: null, title: 'test', siteName: null, date: null, lang: 'en' };

/** [entity, metric, period, value] of each claim the text gives. */
function claims(text: string, date: string | null = null) {
  const figures = readFigures(text, date ? { pageDate: date } : {});
  return extractClaims(figures, text, { ...facts, date }).claims.map((c) => [c.entity, c.metric, c.period, c.value]);
}

const claimFor = (text: string, value: number) => claims(text).find((c) => c[3] === value) ?? null;

describe('the company in force', () => {
  const LEAD = 'MiniMax published its results for the first half of 2025 on Monday. ';

  test('a sentence that names no company is about the one the text was just about', () => {
    expect(claimFor(`${LEAD}Revenue climbed 40% to 1.2 billion yuan.`, 1.2e9)).toEqual(['minimax', 'revenue', '2025-H1', 1.2e9]);
    expect(claimFor(`${LEAD}\nThe adjusted net loss narrowed to 600 million yuan.`, 600e6)).toEqual(['minimax', 'adjusted-net-loss', '2025-H1', 600e6]);
  });

  test('another company named in between, as subject or as rival, leaves the figure without a claim', () => {
    expect(claimFor(`${LEAD}Zhipu listed in January. Revenue climbed 40% to 1.2 billion yuan.`, 1.2e9)).toBeNull();
    expect(claimFor(`${LEAD}Analysts compared it with Zhipu. Revenue climbed 40% to 1.2 billion yuan.`, 1.2e9)).toBeNull();
    expect(claimFor(`${LEAD}Nvidia supplies its chips. Revenue climbed 40% to 1.2 billion yuan.`, 1.2e9)).toBeNull();
  });

  test("a name the reader does not know owning the figure, or the company's rivals, are not the company", () => {
    expect(claimFor(`${LEAD}Horizon's revenue climbed 40% to 1.2 billion yuan.`, 1.2e9)).toBeNull();
    expect(claimFor(`${LEAD}Its rivals saw revenue climb 40% to 1.2 billion yuan.`, 1.2e9)).toBeNull();
  });

  test('a company named in a later clause is a comparison and does not take the figure', () => {
    expect(claimFor(`${LEAD}Revenue climbed 40% to 1.2 billion yuan, well ahead of Zhipu.`, 1.2e9)).toEqual(['minimax', 'revenue', '2025-H1', 1.2e9]);
  });

  test('paragraphs later, the company holds only when it is the only one the text has named', () => {
    const gap = 'The results came after the close.\nTrading was calm.\n';
    expect(claimFor(`${LEAD}\n${gap}Revenue climbed 40% to 1.2 billion yuan.`, 1.2e9)).toEqual(['minimax', 'revenue', '2025-H1', 1.2e9]);
    expect(claimFor(`Zhipu and MiniMax both listed in Hong Kong.\n${LEAD}\n${gap}Revenue climbed 40% to 1.2 billion yuan.`, 1.2e9)).toBeNull();
  });
});

describe('the company in force across a paragraph break', () => {
  test('is the paragraph before\'s subject only when that is the text\'s own company', () => {
    const story = 'Baidu will report third-quarter results on Tuesday.\n\nIn 2026, its ERNIE app had 200 million users, and Tencent\'s Yuanbao had 100 million.\n\n';
    expect(claimFor(`${story}In 2026, capital expenditure is forecast to reach 15 billion yuan.`, 15e9)).toBeNull();
    const own = 'Baidu will report third-quarter results on Tuesday.\n\nIn 2026, Baidu\'s ERNIE app had 200 million users.\n\n';
    expect(claimFor(`${own}In 2026, capital expenditure is forecast to reach 15 billion yuan.`, 15e9)?.[0]).toBe('baidu');
  });
});

describe('the period in force', () => {
  test('a period stated in the paragraph holds for the figures after it', () => {
    expect(claimFor('2024年,百度的营收为1331亿元。净利润为238亿元。', 238e8)).toEqual(['baidu', 'net-profit', '2024', 238e8]);
  });

  test('after another period was named, only a sentence that refers back ("for the quarter") takes it', () => {
    const text =
      "Tencent's capital expenditure was 76.8 billion yuan in 2024.\nFor the third quarter of 2025, Tencent reported higher spending.\nShareholders were told little else.\n";
    expect(claimFor(`${text}Capital expenditure for the quarter rose to 13 billion yuan.`, 13e9)).toEqual(['tencent', 'capex', '2025-Q3', 13e9]);
    expect(claimFor(`${text}Capital expenditure rose to 13 billion yuan.`, 13e9)).toBeNull();
  });

  test('a forecast is of a period still to come, never of the one in force', () => {
    expect(claimFor('Baidu reported revenue of 133 billion yuan for 2024. Analysts expect revenue of 140 billion yuan.', 140e9)).toBeNull();
  });

  test('a sentence naming a period of its own is not given the one in force', () => {
    const text = 'SenseTime reported results for the first half of 2025. ';
    expect(claimFor(`${text}The company set up a new unit last year, which had revenue of 2 billion yuan.`, 2e9)).toBeNull();
    // (the unit's revenue, a part of the company's)
    expect(claimFor(`${text}The company set up a new unit, which had revenue of 2 billion yuan.`, 2e9)).toEqual(['sensetime', 'other:segment-revenue', '2025-H1', 2e9]);
  });

  test('a headline takes the period the sentence after it states', () => {
    const text = 'Zhipu revenue jumps 130%\n\nZhipu said on Tuesday that its revenue for 2025 rose 130% to 724 million yuan.';
    expect(claims(text)[0]).toEqual(['zhipu', 'revenue-growth', '2025', 1.3]);
  });
});

describe('values as of a date and the present tense', () => {
  test('a valuation or cash pile is as of a date, not of the period in force', () => {
    const text = 'Zhipu reported its results for 2025 on Tuesday. ';
    expect(claimFor(`${text}Revenue rose to 724 million yuan.`, 724e6)).toEqual(['zhipu', 'revenue', '2025', 724e6]);
    expect(claimFor(`${text}The start-up was valued at 40 billion yuan.`, 40e9)).toBeNull();
  });

  test('"current", "now", "目前" speak of the present, not of the period named before', () => {
    const text = 'Zhipu reported its results for 2025 on Tuesday. ';
    expect(claimFor(`${text}Revenue from its API is currently 300 million yuan.`, 300e6)).toBeNull();
    expect(claimFor('2025年,百度的营收为1331亿元。目前其净利润为238亿元。', 238e8)).toBeNull();
  });

  test('a span named since the period changes what the text counts over', () => {
    const text = 'Zhipu reported its results for 2025 on Tuesday.\nFrom 2021 to 2024, it lost heavily.\n';
    expect(claimFor(`${text}Revenue for the year rose to 724 million yuan.`, 724e6)).toBeNull();
  });
});

describe('model facts', () => {
  test("a model's context length is a claim with no period", () => {
    expect(claimFor("DeepSeek's new model has a context length of 128,000 tokens.", 128000)).toEqual(['deepseek', 'other:context-length', null, 128000]);
  });
});

describe('a sentence that opens by referring back ("Its shares", "The company\'s")', () => {
  test('refers to the company the sentence before opens with, even when banks or advisers are named after it', () => {
    const text = 'MiniMax has hired Huatai and Jefferies to advise on a Shanghai listing, a filing showed on Monday. Its shares rose 12% to a record HK$610 on Tuesday.';
    expect(claims(text, '2026-03-10').find((c) => c[3] === 610)).toEqual(['minimax', 'share-price', '2026-03', 610]);
  });

  test('not when the sentence before is about two companies of the vocabulary', () => {
    expect(claims('MiniMax and Tencent have hired Huatai to advise on a joint venture. Its shares rose 12% to a record HK$610 on Tuesday.', '2026-03-10').find((c) => c[3] === 610)).toBeUndefined();
  });

  test('nor when it lists two companies, each named with its product', () => {
    const text = 'The agent uses DeepSeek models on the device, and calls Alibaba’s Qwen and Zhipu’s GLM in the cloud. Tianxi had 31 million monthly active users in March.';
    expect(claims(text, '2026-05-22').find((c) => c[3] === 31e6)).toBeUndefined();
  });
});

describe('a source of data is not a second company', () => {
  test('"analysts polled by LSEG" leaves the text about the company it was about', () => {
    const text =
      "Baidu's third-quarter revenue rose 2% to 31 billion yuan, the company said on Tuesday. Analysts polled by LSEG had expected 30.5 billion yuan.\n\nOnline marketing revenue fell 10%.\n\nCloud revenue grew 20%.\n\nFor the nine months ended Sept. 30, revenue was 92 billion yuan.";
    expect(claims(text, '2026-11-18').find((c) => c[3] === 92e9)).toEqual(['baidu', 'revenue', '2026-9M', 92e9]);
  });
});

describe('a period bound to another figure', () => {
  test('does not stop the period in force for the figure before it ("to 25% from 12% in 2024")', () => {
    const text = 'MiniMax said on Thursday that revenue rose 150% to $190 million in 2025.\nGross margin improved to 25% from 12% in 2024.';
    expect(claims(text, '2026-03-26').find((c) => c[3] === 0.25)).toEqual(['minimax', 'gross-margin', '2025', 0.25]);
    expect(claims(text, '2026-03-26').find((c) => c[3] === 0.12)).toEqual(['minimax', 'gross-margin', '2024', 0.12]);
  });
});

describe('an offer price', () => {
  test('leaves the page date as evidence for the other figures of its sentence', () => {
    const text = 'Shares of MiniMax rose 10% to HK$460 on Thursday, taking their gain from the HK$165 offer price to about 180%.';
    const made = claims(text, '2026-03-26');
    expect(made.find((c) => c[3] === 460)).toEqual(['minimax', 'share-price', '2026-03', 460]);
    expect(made.find((c) => c[3] === 165)).toBeUndefined();
  });
  test('and the ends of the range the shares were marketed in are no price of the page\'s day (a sentence of our own)', () => {
    const made = claims('MiniMax sold 29 million shares at the top of a HK$151-to-HK$165 marketed range. They closed at HK$300 on Friday.', '2026-01-16');
    expect(made.filter((c) => c[3] === 151 || c[3] === 165)).toEqual([]);
    expect(made.find((c) => c[3] === 300)).toEqual(['minimax', 'share-price', '2026-01', 300]);
  });
});

describe('rivals named as what a company competes against', () => {
  test('do not end the text being about that company', () => {
    const text =
      'Zhipu reported first-half 2026 revenue of RMB500mn on Friday. It cut token prices to defend share against DeepSeek and Alibaba Qwen.\n\nGross margin contracted to 40%.\n\nR&D expenses rose 30% to RMB1.6bn.';
    expect(claims(text, '2026-08-31').find((c) => c[3] === 1.6e9)).toEqual(['zhipu', 'rd-expense', '2026-H1', 1.6e9]);
  });
});

describe('"more than" before an amount', () => {
  test('is no comparison that makes the companies after it mere rivals', () => {
    const text =
      'Moonshot is in talks to raise $1 billion, people said on Monday.\n\nStepFun raised more than 5 billion yuan in January, while Baichuan and 01.AI have scaled back.\n\nAnnualized recurring revenue crossed $200 million in April.';
    expect(claims(text, '2026-05-04').find((c) => c[3] === 200e6)).toBeUndefined();
  });
});

describe('a period named for a comparison', () => {
  test('does not stop the period in force ("较第二季的291亿元回落")', () => {
    const text = '腾讯昨日公布2026年第三季业绩，收入按年增长14%至2,100亿元。\n期内资本开支为240亿元，但较第二季的290亿元回落。';
    expect(claims(text, '2026-11-14').find((c) => c[3] === 240e8)).toEqual(['tencent', 'capex', '2026-Q3', 240e8]);
  });

  test('nor does the base of a change ("up 9% from the first quarter") or a value set beside in parentheses ("(1H25: RMB1.1bn)")', () => {
    const quarter = 'Baidu reported second-quarter 2026 results on Wednesday.\n\nCloud revenue jumped 41% to 8.2 billion yuan and rose 9% from the first quarter.';
    expect(claims(quarter, '2026-08-20').find((c) => c[3] === 8.2e9)).toEqual(['baidu', 'other:segment-revenue', '2026-Q2', 8.2e9]);
    const half = 'SenseTime reported 1H26 results on Friday.\n\nAdjusted net loss narrowed 29% YoY to RMB820mn (1H25: RMB1.16bn).';
    expect(claims(half, '2026-08-28').find((c) => c[3] === 820e6)).toEqual(['sensetime', 'adjusted-net-loss', '2026-H1', 820e6]);
  });
});

describe('running totals told in passing', () => {
  const LEAD = '腾讯昨日公布2026年第三季业绩，收入按年增长14%至2,100亿元。\n';

  test('a nine-month total in a later clause leaves the quarter in force, for this sentence and the next paragraph', () => {
    const text = `${LEAD}期内资本开支为240亿元，首三季累计资本开支达780亿元。\n\n分部方面，增值服务收入按年升11%至1,000亿元。`;
    const made = claims(text, '2026-11-14');
    expect(made.find((c) => c[3] === 240e8)).toEqual(['tencent', 'capex', '2026-Q3', 240e8]);
    expect(made.find((c) => c[3] === 780e8)).toEqual(['tencent', 'capex', '2026-9M', 780e8]);
    expect(made.find((c) => c[3] === 1000e8)).toEqual(['tencent', 'other:segment-revenue', '2026-Q3', 1000e8]);
  });

  test('"taking the nine-month total to …" leaves the quarter in force for the next sentence (a sentence of our own)', () => {
    const text = 'Kuaishou said revenue for the three months to September rose 11% to 38 billion yuan. Adjusted net profit climbed 17% to 5.8 billion yuan, taking the nine-month total to 15.9 billion yuan. Research spending rose 9% to 3.5 billion yuan.';
    const made = claims(text, '2026-11-20');
    expect(made.find((c) => c[3] === 15.9e9)?.[2]).toBe('2026-9M');
    expect(made.find((c) => c[3] === 3.5e9)).toEqual(['kuaishou', 'rd-expense', '2026-Q3', 3.5e9]);
  });

  test('a period closing the sentence may be said of all of it, so it still stops the period in force', () => {
    const text = 'Tencent reported third-quarter 2026 results on Thursday.\nCapex was 24 billion yuan, up 32% in the first nine months.';
    expect(claims(text, '2026-11-14').find((c) => c[3] === 24e9)).toBeUndefined();
  });
});

describe('rivals a figure trails', () => {
  test('"behind Doubao\'s 210mn" names a rival, and the note stays about its company', () => {
    const text = 'Baidu will report 2Q26 results in mid-August.\n\nERNIE app MAU reached 58mn as of Jun 2026, behind Doubao\'s 210mn and Qwen\'s 160mn.\n\nWe cut our FY26-28E revenue forecasts to RMB128.4/136.9/147.2bn.';
    expect(claims(text, '2026-07-20').filter((c) => c[1] === 'revenue').map((c) => c[0])).toEqual(['baidu', 'baidu', 'baidu']);
  });
});

describe('"the company behind"', () => {
  test('names the company itself, not a rival', () => {
    const text = 'Moonshot is targeting a $10 billion valuation in a round backed by Alibaba and Tencent, people said on Tuesday.\nThe company behind the Kimi chatbot has already raised more than $700 million in the round.';
    expect(readFigures(text, { pageDate: '2026-02-17' }).find((f) => f.text === '$700 million')!.entity).toBe('moonshot');
  });
});

describe('a move counted since an event does not change the period in force', () => {
  test('"since listing in Hong Kong in January" is no reporting period: the half stated before still holds', () => {
    const text =
      'MiniMax reported its results on Wednesday.\n\nRevenue rose 142% to $186.4 million in the six months ended June 30, the company said in its first interim report since listing in Hong Kong in January. Adjusted net loss narrowed to $212.7 million.';
    expect(claims(text, '2026-08-27').find((c) => c[3] === 212.7e6)).toEqual(['minimax', 'adjusted-net-loss', '2026-H1', 212.7e6]);
  });
});

describe('rivals named in passing', () => {
  test('rivals after the figure, in a sentence whose subject is carried, leave the company in force', () => {
    const text =
      'Zhipu reported first-half revenue of 486 million yuan on Monday.\n\nIn the first half of 2026, gross margin fell to 41.7% as the company cut token prices to defend share against DeepSeek and Alibaba. Adjusted net loss widened to 1.43 billion yuan.';
    const made = claims(text, '2026-08-31');
    expect(made.find((c) => c[3] === 0.417)).toEqual(['zhipu', 'gross-margin', '2026-H1', 0.417]);
    expect(made.find((c) => c[3] === 1.43e9)).toEqual(['zhipu', 'adjusted-net-loss', '2026-H1', 1.43e9]);
  });

  test('a rival as the subject of the sentence between does end it', () => {
    const text =
      'Zhipu reported first-half revenue of 486 million yuan on Monday.\n\nIn the first half of 2026, its rival Baidu cut prices against DeepSeek. Adjusted net loss widened to 1.43 billion yuan.';
    expect(claims(text, '2026-08-31').find((c) => c[3] === 1.43e9)).toBeUndefined();
  });
});

describe('rivals listed with their legal names', () => {
  test('"competes with Alibaba Group Holding Ltd., Baidu Inc. and Zhipu": all rivals, past the full stops of Ltd. and Inc.', () => {
    const text =
      'SenseTime reported its 2025 results on Thursday.\n\nThe Shanghai-founded company, which competes with Alibaba Group Holding Ltd., Baidu Inc. and startups such as Zhipu, has cut costs. Cash and equivalents stood at 12.1 billion yuan at Dec. 31, 2025.';
    expect(claims(text, '2026-03-26').find((c) => c[3] === 12.1e9)).toEqual(['sensetime', 'cash', '2025-12', 12.1e9]);
  });
});

describe('a prospectus story', () => {
  const text =
    'StepFun filed for a Hong Kong listing on Tuesday, saying its loss doubled as it spent to keep pace with DeepSeek and ByteDance.\n\nThe Shanghai-based start-up, founded in 2023 by former Microsoft executive Jiang Daxin, could raise about US$600 million.\n\nRevenue rose to 1.38 billion yuan in 2025 from 412 million yuan in 2024 and 56 million yuan in 2023. The net loss widened to 4.21 billion yuan.\n\nIn the three months ended March 31, revenue jumped 148% to 402 million yuan.';
  const made = () => claims(text, '2026-06-30');

  test('rivals one keeps pace with, and a founder\'s former employer, are not the company in force', () => {
    expect(made().filter((c) => c[1] === 'revenue').map((c) => [c[0], c[2], c[3]])).toEqual([
      ['stepfun', '2025', 1.38e9],
      ['stepfun', '2024', 412e6],
      ['stepfun', '2023', 56e6],
      ['stepfun', '2026-Q1', 402e6],
    ]);
  });

  test('the later items of a list of compared values ("and 56 million yuan in 2023") do not set the year in force', () => {
    const f = readFigures(text, { pageDate: '2026-06-30' }).find((x) => x.text === '4.21 billion yuan')!;
    expect(f.period).toBe('2025');
  });
});

describe('the text\'s own company, last named paragraphs back (sentences of our own)', () => {
  test('"The numbers do not help. In the first half revenue grew 18%" goes on about SenseTime when no other company was named since', () => {
    const text = 'SenseTime shares have fallen 30% this year. Zhipu has doubled over the same time.\n\nShort sellers have piled in. SenseTime\'s market value has shrunk to HK$68 billion, according to LSEG.\n\nInvestors want a turnaround.\n\nThe numbers do not help. In the first half revenue grew 18% to 2.78 billion yuan.';
    expect(claims(text, '2026-09-10').find((c) => c[3] === 2.78e9)).toEqual(['sensetime', 'revenue', '2026-H1', 2.78e9]);
  });
  test('but not when the last company named as a subject is another', () => {
    const text = 'SenseTime shares have fallen 30% this year.\n\nZhipu, by contrast, has doubled.\n\nInvestors want a turnaround.\n\nIn the first half revenue grew 18% to 2.78 billion yuan.';
    expect(claims(text, '2026-09-10').find((c) => c[3] === 2.78e9)).toBeUndefined();
  });
});

describe('a span to the page\'s day in a later clause dates the report, not the figure', () => {
  test('"…, its first annual report since its January listing" keeps the year in force', () => {
    const text = 'MiniMax said its gross margin rose to 31.6% in 2025 from 12.2% a year earlier.\n\nRevenue jumped 158% to $212.4 million, the company said in a filing late Thursday, its first annual report since its January listing.';
    expect(claims(text, '2026-03-27').find((c) => c[3] === 212.4e6)).toEqual(['minimax', 'revenue', '2025', 212.4e6]);
  });
});

describe('the growth of a count that stands at a level does not carry the period in force (sentences of our own)', () => {
  const LEAD = 'MiniMax published its results for the first half of 2025 on Monday. ';
  test('"Monthly active users grew 35%", "daily token calls rose fivefold": from a moment of their own, so no claim', () => {
    expect(claimFor(`${LEAD}Monthly active users of its apps grew 35%.`, 0.35)).toBeNull();
    expect(claimFor(`${LEAD}Developers on its platform grew 88%.`, 0.88)).toBeNull();
    // (revenue growth in the same place keeps the half)
    expect(claimFor(`${LEAD}Revenue climbed 40% to 1.2 billion yuan.`, 0.4)).toEqual(['minimax', 'revenue-growth', '2025-H1', 0.4]);
  });
});

test('"3.4 times Hengrun\'s 2025 revenue of 4.17 billion yuan": a company the vocabulary does not know, named as the owner of an amount, is no tracked company\'s and stops the one in force (sentences of our own)', () => {
  const text = "ByteDance signed a lease with Hengrun, a server maker. The contract is equivalent to 3.4 times Hengrun's 2025 revenue of 4.17 billion yuan. Revenue in the first half of 2026 rose 62% year on year to 2.88 billion yuan.";
  expect(readFigures(text, { pageDate: '2026-09-01' }).find((f) => f.text === '4.17 billion yuan')!.entity).toBeNull();
  expect(claims(text, '2026-09-01')).toEqual([]);
});
