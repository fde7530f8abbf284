// Binary search over lists sorted by start offset (mentions, cues, period mentions).
/** Items sorted by start: index of the first with start >= pos. */
export function lowerBound<T extends { start: number }>(items: readonly T[], pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
