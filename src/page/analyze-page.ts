// Run the core over the page text without holding the main thread for long: the text is read in chunks cut at
// block separators (one chunk for an ordinary article), yielding between chunks, and then cross-checked over all
// figures at once (so page-level checks still see the whole page), in the steps of checkFiguresSteps, yielding
// whenever a task has run for SLICE_MS. For a page of one chunk the result is exactly analyzeText's (readFigures,
// then checkFigures over the same text).
import { checkFiguresSteps } from '../core/analyze';
import { readFigures } from '../core/read-figures';
import type { Figure, Report } from '../core/types';
import type { ClaimDatabase } from '../core/validate';
import { BLOCK_SEPARATOR } from './visible-text';
import { yieldToMain } from './yield-to-main';

export const CHUNK_CHARS = 40_000;
/** How long one task of the cross-check may run before it yields (the browser's long-task mark is 50 ms). */
export const SLICE_MS = 25;

const now = () => (typeof performance === 'undefined' ? Date.now() : performance.now());

/**
 * Run a generator of steps to its return value, yielding to the main thread whenever `sliceMs` have passed since
 * the last yield; null when `signal` aborts.
 */
export async function runSliced<T>(steps: Generator<void, T, void>, signal: AbortSignal, sliceMs = SLICE_MS): Promise<T | null> {
  let since = now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (now() - since >= sliceMs) {
      await yieldToMain();
      if (signal.aborted) return null;
      since = now();
    }
  }
}

/** [start, end) chunks of `text`, each at most `size` long, cut just after a block separator where one is near. */
export function chunkText(text: string, size = CHUNK_CHARS): [number, number][] {
  const chunks: [number, number][] = [];
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const cut = text.lastIndexOf(BLOCK_SEPARATOR, end);
      if (cut > start + size / 2) end = cut + 1;
    }
    chunks.push([start, end]);
    start = end;
  }
  return chunks;
}

export async function analyzePage(
  text: string,
  db: ClaimDatabase,
  signal: AbortSignal,
  options: { pageDate?: string } = {},
): Promise<Report> {
  const empty: Report = { pageSource: null, figures: [] };
  const chunks = chunkText(text);
  const figures: Figure[] = [];
  for (const [start, end] of chunks) {
    if (chunks.length === 1) figures.push(...readFigures(text, options));
    else for (const f of readFigures(text.slice(start, end), options)) figures.push({ ...f, start: f.start + start, end: f.end + start });
    await yieldToMain();
    if (signal.aborted) return empty;
  }
  return (await runSliced(checkFiguresSteps(figures, text, db, options), signal)) ?? empty;
}
