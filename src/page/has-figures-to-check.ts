// The cheap gate: before any heavy work, does the text have a digit (or a Chinese numeral with a scale) and any
// company alias or metric cue at all? One regex test each over the text, well under 2 ms on an ordinary page.
const DIGIT_RE = /[0-9０-９]|[一二两三四五六七八九十][十百千万亿萬億]/;
const CUE_RE = new RegExp(
  [
    // companies
    'zhipu', 'z\\.ai', 'minimax', 'moonshot', 'kimi', 'baidu', 'alibaba', 'qwen', 'bytedance', 'doubao', 'tencent',
    'deepseek', 'stepfun', 'baichuan', '01\\.ai', 'iflytek', 'sensetime', 'openai', 'anthropic', 'google', 'alphabet',
    '\\bmeta\\b', '2513\\.hk', 'hk0?2513',
    '智谱', '稀宇', '月之暗面', '百度', '阿里', '通义', '字节', '豆包', '腾讯', '騰訊', '深度求索', '阶跃', '百川',
    '零一万物', '讯飞', '訊飛', '商汤', '商湯',
    // metrics
    'revenue', 'loss', 'profit', 'valuation', 'market cap', 'ipo', 'funding', 'raised', 'margin', 'r&d', '\\barr\\b',
    'shares?', 'stock', 'tokens', 'parameters', 'users', 'employees', 'capex', 'cash',
    '营收', '收入', '亏损', '虧損', '利润', '估值', '市值', '融资', '募资', '研发', '股价', '毛利', '用户',
  ].join('|'),
  'i',
);

export function hasFiguresToCheck(text: string): boolean {
  return DIGIT_RE.test(text) && CUE_RE.test(text);
}

/** Does this bit of new text have anything a figure could be made of? (For batches of page changes.) */
export function hasDigits(text: string): boolean {
  return DIGIT_RE.test(text);
}

/** Does this text name a company or a metric the gate knows? (The gate's other half, for text added later.) */
export function hasCue(text: string): boolean {
  return CUE_RE.test(text);
}
