// The place value of the last significant digit of a number, read from the value itself: 724000000 → 1e6,
// 1.7e9 → 1e8, 0.318 → 0.001, 7e9 → 1e9. Trailing zeros count as not significant ("700 million" → 1e8), which is
// how people read round numbers. Zero has no precision (0).
export function precisionOf(value: number): number {
  const a = Math.abs(value);
  if (!Number.isFinite(a) || a === 0) return 0;
  let p = 10 ** Math.floor(Math.log10(a));
  for (let i = 0; i < 8; i++) {
    const q = a / p;
    if (Math.abs(q - Math.round(q)) < 1e-6 * Math.max(1, q)) return p;
    p /= 10;
  }
  return p;
}
