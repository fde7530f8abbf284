// The cheap gate: before any heavy work, does the text have a digit (or a Chinese numeral with a scale) and any
// company alias or metric cue at all? One regex test each over the text, well under 2 ms on an ordinary page.
import { GATE_COMPANY_PATTERN } from './gate-words';

const DIGIT_RE = /[0-9０-９]|[一二两三四五六七八九十][十百千万亿萬億]/;
// Company names come from the reader's alias table (generated: gate-words.ts), so every company the reader knows
// passes; the metric words are the gate's own.
const METRIC_WORDS = [
  'revenue', 'loss', 'profit', 'valuation', 'market cap', 'ipo', 'funding', 'raised', 'margin', 'r&d', '\\barr\\b',
  'shares?', 'stock', 'tokens', 'parameters', 'users', 'employees', 'capex', 'cash',
  '营收', '收入', '亏损', '虧損', '利润', '估值', '市值', '融资', '募资', '研发', '股价', '毛利', '用户',
];
const CUE_RE = new RegExp(`${GATE_COMPANY_PATTERN}|${METRIC_WORDS.join('|')}`, 'i');

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
