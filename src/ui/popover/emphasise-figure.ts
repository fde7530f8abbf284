// Where in a claim's quote is its figure? The claim stores the value, not the span, so look for a written number
// that, with a common scale, gives the stored value: "revenue was 724 million yuan" with 724000000 → "724 million".
const NUMBER_RE = /\d[\d,]*(?:\.\d+)?/g;
const TAIL_RE = /^(?:\s?(?:trillion|billion|million|thousand|bn|mn|[bmkBMK](?![a-z])|万亿|亿|万|億|萬|百万|千万))?(?:\s?(?:%|percent|per cent|-fold|fold|x|×|倍|元|yuan|RMB|HKD|USD|美元|港元|人民币))?/;
const HEAD_RE = /(?:US\$|HK\$|S\$|RMB\s?|CNY\s?|¥|\$|€|人民币)$/;
const SCALES = [1, 1e3, 1e4, 1e6, 1e8, 1e9, 1e12, 0.01, 1e-2 * 1e-2];

function close(a: number, b: number): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= Math.max(Math.abs(a), Math.abs(b)) * 0.005;
}

/** [start, end) of the figure in the quote, or null when no written number fits the value. */
export function findFigureInQuote(quote: string, value: number): [number, number] | null {
  const target = Math.abs(value);
  for (const match of quote.matchAll(NUMBER_RE)) {
    const n = Number(match[0].replace(/,/g, ''));
    if (!Number.isFinite(n) || !SCALES.some((s) => close(n * s, target))) continue;
    let start = match.index;
    const end = start + match[0].length;
    const head = HEAD_RE.exec(quote.slice(Math.max(0, start - 4), start));
    if (head) start -= head[0].length;
    const tail = TAIL_RE.exec(quote.slice(end))?.[0] ?? '';
    return [start, end + tail.length];
  }
  return null;
}
