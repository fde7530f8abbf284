// One logarithmic scale for every chart that shows values side by side (the options page's chart, the popover's
// strip): on a linear axis 724 million and 7 billion yuan both sit near "US$0" once a larger value is drawn; on a
// log axis a tenfold gap is a tenth of the way across per power of ten, whatever the size.

export interface LogDomain {
  /** Powers of ten around the values: 1e8 and 1e10 for 724 million and 7 billion. */
  lo: number;
  hi: number;
  /** The powers of ten from lo to hi, for grid lines and labels. */
  ticks: number[];
}

/** A log domain for these values, or null when any is zero or negative (those charts stay linear). */
export function logDomain(values: readonly number[]): LogDomain | null {
  const finite = values.filter((v) => Number.isFinite(v));
  if (!finite.length || finite.some((v) => v <= 0)) return null;
  let lo = Math.floor(Math.log10(Math.min(...finite)));
  let hi = Math.ceil(Math.log10(Math.max(...finite)));
  if (hi === lo) {
    lo -= 1;
    hi += 1;
  }
  const ticks: number[] = [];
  for (let e = lo; e <= hi; e++) ticks.push(10 ** e);
  return { lo: 10 ** lo, hi: 10 ** hi, ticks };
}

/** Where a value sits between lo (0) and hi (1) on the log axis. */
export function logPosition(value: number, domain: Pick<LogDomain, 'lo' | 'hi'>): number {
  const a = Math.log10(domain.lo);
  const b = Math.log10(domain.hi);
  return Math.min(1, Math.max(0, (Math.log10(value) - a) / (b - a)));
}
