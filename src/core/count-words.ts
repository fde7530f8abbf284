// "1 claim", "2 claims": a count and its noun, singular for exactly one.
export const countOf = (n: number, noun: string, plural = `${noun}s`): string =>
  `${n.toLocaleString('en')} ${n === 1 ? noun : plural}`;
