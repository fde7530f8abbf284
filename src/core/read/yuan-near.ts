// An amount written without a currency ("revenue of 7 billion") takes yuan only where the text around it shows
// yuan more than dollars. Positions are collected once per text; each lookup is two binary searches.
import type { Currency } from '../vocabulary';

const YUAN_WORDS = /yuan|rmb|人民币|(?<![美港欧日韩新])元/g;
const DOLLAR_WORDS = /us\$|\$|usd|dollar|美元/g;
const RADIUS = 600;

function positions(norm: string, re: RegExp): number[] {
  const out: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(norm); m; m = re.exec(norm)) out.push(m.index);
  return out;
}

function countNear(sorted: number[], pos: number, radius: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < pos - radius) lo = mid + 1;
    else hi = mid;
  }
  let n = 0;
  for (let i = lo; i < sorted.length && sorted[i]! <= pos + radius; i++) n++;
  return n;
}


export function yuanNear(norm: string): (pos: number) => Currency | null {
  const yuanAt = positions(norm, YUAN_WORDS);
  const dollarAt = positions(norm, DOLLAR_WORDS);
  return (pos) => {
    const y = countNear(yuanAt, pos, RADIUS);
    return y > 0 && y >= countNear(dollarAt, pos, RADIUS) ? 'CNY' : null;
  };
}
