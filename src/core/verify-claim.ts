// Check one claim against the text of its article: the quote stands there verbatim, and some figure in the quote
// reads as the claim's value. Returns a one-line problem, or null when the claim holds.
import type { Claim } from './schema';
import type { Figure } from './types';

type Reader = (text: string) => Figure[];

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

export function verifyClaim(claim: Claim, article: string, read: Reader): string | null {
  if (!article.includes(claim.quote)) return `quote not found verbatim in the article: "${claim.quote.slice(0, 80)}…"`;
  const figures = read(claim.quote);
  const wanted = [claim.value, claim.valueMax].filter((v): v is number => v !== undefined);
  const found = figures.some((f) =>
    wanted.some(
      (v) => close(f.value, v) || (f.valueMax !== null && close(f.valueMax, v)) || close(Math.abs(f.value), Math.abs(v)),
    ),
  );
  if (found) return null;
  const read_ = figures.map((f) => `${f.text} → ${f.value} ${f.unit}`).join('; ') || 'no figure';
  return `the quote does not state ${claim.value}${claim.valueMax !== undefined ? `–${claim.valueMax}` : ''} ${claim.unit} (read: ${read_})`;
}
