// Check one claim against the text of its article: the quote stands there verbatim, and some figure in the quote
// reads as the claim's value. Returns a one-line problem, or null when the claim holds.
//
// The reader deliberately leaves two kinds of statement alone, because reading them on every page would cost more
// false figures than it finds: amounts in plain words ("a doubling", "more than half", "three government
// contracts") and bare numbers in table cells ("| 88.5 |" under an "MMLU Score" header). A claim may still rest on
// them; for those the check falls back to a literal reading of the quote.
import { segmentSpellings } from './read/fact-basis';
import type { Claim } from './schema';
import type { Figure } from './types';

type Reader = (text: string) => Figure[];

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

const WORDS: [RegExp, number][] = [
  [/\bhalf\b/i, 0.5],
  [/\bdoubl(?:e|ed|es|ing)\b/i, 2],
  [/\btwo\b/i, 2],
  [/\bthree\b/i, 3],
  [/\bfour\b/i, 4],
  [/\bfive\b/i, 5],
  [/\bten\b/i, 10],
];

/** A score in a table cell is written without its percent sign: "| 88.5 |" for 88.5%. */
function statesTableScore(claim: Claim): boolean {
  if (!claim.metric.startsWith('benchmark-') || claim.unit !== 'percent' || !claim.quote.includes('|')) return false;
  const cell = String(Math.round(claim.value * 1000) / 10);
  return claim.quote.split('|').some((c) => c.trim() === cell);
}

function statesInWords(claim: Claim): boolean {
  return WORDS.some(([word, value]) => close(Math.abs(claim.value), value) && word.test(claim.quote));
}

/** A claim about a part (a segment, a model) must name that part in its quote: "GLM-130B", "API service ARR". */
function namesSegment(claim: Claim): boolean {
  if (!claim.segment) return true;
  const squash = (t: string) => t.toLowerCase().replace(/[\s-]+/g, ' ');
  const quote = squash(claim.quote);
  return segmentSpellings(claim.segment).some((s) => quote.includes(squash(s)));
}

export function verifyClaim(claim: Claim, article: string, read: Reader): string | null {
  if (!article.includes(claim.quote)) return `quote not found verbatim in the article: "${claim.quote.slice(0, 80)}…"`;
  if (!namesSegment(claim)) return `segment "${claim.segment}" is not named in the quote`;
  const figures = read(claim.quote);
  const wanted = [claim.value, claim.valueMax].filter((v): v is number => v !== undefined);
  const found = figures.some((f) =>
    wanted.some((v) => close(f.value, v) || (f.valueMax !== null && close(f.valueMax, v)) || close(Math.abs(f.value), Math.abs(v))),
  );
  if (found || statesTableScore(claim) || statesInWords(claim)) return null;
  const read_ = figures.map((f) => `${f.text} → ${f.value} ${f.unit}`).join('; ') || 'no figure';
  return `the quote does not state ${claim.value}${claim.valueMax !== undefined ? `–${claim.valueMax}` : ''} ${claim.unit} (read: ${read_})`;
}
