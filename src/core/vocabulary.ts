// The shared vocabulary: entity, metric, unit and qualifier ids used by the claim database, the figure reader,
// the cross-check and the UI. Ids are stable; labels are for people.

export const ENTITIES = {
  zhipu: 'Zhipu AI (Z.ai)',
  minimax: 'MiniMax',
  moonshot: 'Moonshot AI (Kimi)',
  baidu: 'Baidu',
  alibaba: 'Alibaba',
  bytedance: 'ByteDance',
  tencent: 'Tencent',
  deepseek: 'DeepSeek',
  stepfun: 'StepFun',
  baichuan: 'Baichuan',
  '01ai': '01.AI',
  iflytek: 'iFlytek',
  sensetime: 'SenseTime',
  kuaishou: 'Kuaishou (Kling)',
  openai: 'OpenAI',
  anthropic: 'Anthropic',
  google: 'Google',
  meta: 'Meta',
  'china-market': 'Chinese AI market',
} as const;
export type EntityId = keyof typeof ENTITIES;

/**
 * The month a company's fiscal year ends, where it is not December: Alibaba's runs April to March, so its "FY27" is
 * the four quarters to March 2027 and its "1QFY27" the quarter to June 2026.
 */
export const FISCAL_YEAR_END: Partial<Record<EntityId, number>> = { alibaba: 3 };
export const ENTITY_IDS = Object.keys(ENTITIES) as EntityId[];

export const METRICS = {
  revenue: 'revenue',
  'revenue-growth': 'revenue growth',
  'net-loss': 'net loss',
  'adjusted-net-loss': 'adjusted net loss',
  'net-profit': 'net profit',
  'gross-margin': 'gross margin',
  'rd-expense': 'R&D expense',
  'rd-ratio': 'R&D as a share of revenue',
  arr: 'annual recurring revenue',
  'api-revenue': 'API revenue',
  'api-revenue-share': 'API share of revenue',
  valuation: 'valuation',
  'market-cap': 'market capitalisation',
  'ipo-proceeds': 'IPO proceeds',
  funding: 'funding raised',
  'share-price': 'share price',
  'stock-change': 'share price change',
  cash: 'cash',
  capex: 'capital expenditure',
  headcount: 'headcount',
  'paying-users': 'paying users',
  users: 'users',
  'price-change': 'price change',
  'call-volume-change': 'API call volume change',
  'contract-value': 'contract value',
  'training-cost': 'training cost',
  parameters: 'model parameters',
  'training-tokens': 'training tokens',
  'benchmark-mmlu': 'MMLU score',
  'benchmark-ceval': 'C-Eval score',
  'price-per-mtok': 'price per million tokens',
  'price-to-sales': 'price-to-sales ratio',
  'loss-per-revenue': 'loss per unit of revenue',
  'revenue-per-employee': 'revenue per employee',
  'market-size': 'market size',
  'market-share': 'market share',
  'github-stars': 'GitHub stars',
} as const;
export type KnownMetricId = keyof typeof METRICS;
/** A known metric id, or `other:<slug>` for a metric the vocabulary does not name (e.g. `other:segment-revenue`). */
export type MetricId = KnownMetricId | `other:${string}`;
export const METRIC_IDS = Object.keys(METRICS) as KnownMetricId[];

export const UNITS = [
  'CNY',
  'USD',
  'HKD',
  'SGD',
  'EUR',
  'percent',
  'percentage-points',
  'ratio',
  'count',
  'tokens',
  'parameters',
] as const;
export type Unit = (typeof UNITS)[number];
export const CURRENCIES = ['CNY', 'USD', 'HKD', 'SGD', 'EUR'] as const satisfies readonly Unit[];
export type Currency = (typeof CURRENCIES)[number];
export const isCurrency = (u: Unit): u is Currency => (CURRENCIES as readonly string[]).includes(u);

export const QUALIFIERS = ['exact', 'approx', 'over', 'under', 'range', 'forecast'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const FIGURE_KINDS = ['money', 'percent', 'count', 'multiple', 'change'] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

/**
 * A period: `2025` (full year), `2025-H1`, `2025-Q2`, `2025-9M` (nine months to date), `2026-02` (a point in time,
 * "as of"), or a span of two of these joined by `..` (`2021..2024-H1`). `null` where the text gives none.
 */
const PERIOD_ONE = String.raw`\d{4}(?:-(?:H[12]|Q[1-4]|9M|0[1-9]|1[0-2]))?`;
export const PERIOD_RE = new RegExp(`^${PERIOD_ONE}(?:\\.\\.${PERIOD_ONE})?$`);
export type Period = string;

/**
 * What a figure measures in time, part of its fact identity: a full year (`fy`), a half (`h1`, `h2`), a quarter
 * (`q`), nine months (`9m`), year to date (`ytd`), a total over a span that is not one reporting period
 * (`cumulative`: since founding, the past four quarters, the first week), a value as of a date (`point`: valuation,
 * share price, cash, a price in force), one day (`daily`: a one-day share move, a daily average), since listing
 * (`since-listing`), an annualised run-rate (`run-rate`), or a forecast (`forecast`: estimates, targets, guidance).
 * Two statements are of the same fact only when their bases agree.
 */
export const BASES = ['fy', 'h1', 'h2', 'q', '9m', 'ytd', 'cumulative', 'point', 'daily', 'since-listing', 'run-rate', 'forecast'] as const;
export type Basis = (typeof BASES)[number];
