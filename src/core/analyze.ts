// The facade the content script, the popup and the command-line check call: read the figures in a text and
// cross-check them against the claim database. Pure, no DOM; never throws on odd input.
import { checkFigures, checkFiguresSteps, type CheckOptions } from './check/check-figures';
import { readFigures } from './read-figures';
import type { Report } from './types';
import type { ClaimDatabase } from './validate';

export type AnalyzeOptions = CheckOptions;
export { checkFigures, checkFiguresSteps };

export function analyzeText(text: string, db: ClaimDatabase, options: AnalyzeOptions = {}): Report {
  if (typeof text !== 'string' || !text) return { pageSource: null, figures: [] };
  let figures;
  try {
    // The page's date reaches the reader too: "in March" or a quarter without a year is read as of it.
    figures = readFigures(text, options.pageDate ? { pageDate: options.pageDate } : {});
  } catch {
    return { pageSource: null, figures: [] };
  }
  return checkFigures(figures, text, db, options);
}
