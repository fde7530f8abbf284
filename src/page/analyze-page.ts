// Run the core over the page text without holding the main thread for long: the text is read in chunks of about
// CHUNK_CHARS cut at block separators, each read together with the text just before it (so its first figures keep
// their context), yielding between chunks, and then cross-checked over all figures at once (so page-level checks
// still see the whole page), in the steps of checkFiguresSteps, yielding whenever a task has run for SLICE_MS.
// For a page of one chunk the result is exactly analyzeText's (readFigures, then checkFigures over the same text);
// for a longer one the figures are, in practice, those of one read of the whole text (tests/dom/analyze-page).
import { checkFiguresSteps } from '../core/analyze';
import type { CheckOptions } from '../core/check/check-figures';
import { readFigures } from '../core/read-figures';
import type { Figure, Report } from '../core/types';
import type { ClaimDatabase } from '../core/validate';
import { BLOCK_SEPARATOR } from './visible-text';
import { runSliced, yieldToMain } from './yield-to-main';

/** Text read per task: about 10–25 ms of the reader's work in a browser. */
export const CHUNK_CHARS = 10_000;
/**
 * Text before a chunk read with it (figures found there belong to the chunk before), so a figure near the start of
 * a chunk is read with the sentences, company names and years before it, as in one read of the whole text.
 */
export const READ_CONTEXT_CHARS = 4_000;
/** How long one task of the cross-check may run before it yields (the browser's long-task mark is 50 ms). */
export const SLICE_MS = 15;

const now = () => (typeof performance === 'undefined' ? Date.now() : performance.now());

/** [start, end) chunks of `text`, each at most `size` long, cut just after a block separator where one is near. */
export function chunkText(text: string, size = CHUNK_CHARS): [number, number][] {
  const chunks: [number, number][] = [];
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      // After a block separator; in a block longer than half a chunk, after a sentence (figures do not cross one),
      // else at a space.
      const half = start + size / 2;
      const block = text.lastIndexOf(BLOCK_SEPARATOR, end - 1);
      const sentence = Math.max(text.lastIndexOf('. ', end - 2), text.lastIndexOf('。', end - 1));
      const space = text.lastIndexOf(' ', end - 1);
      if (block >= half) end = block + 1;
      else if (sentence >= half) end = sentence + (text[sentence] === '。' ? 1 : 2);
      else if (space >= half) end = space + 1;
    }
    chunks.push([start, end]);
    start = end;
  }
  return chunks;
}

/** Where the context read before the chunk at `start` begins: a block start up to READ_CONTEXT_CHARS before it. */
function contextStart(text: string, start: number): number {
  if (start <= READ_CONTEXT_CHARS) return 0;
  const block = text.indexOf(BLOCK_SEPARATOR, start - READ_CONTEXT_CHARS);
  return block >= 0 && block < start ? block + 1 : start - READ_CONTEXT_CHARS;
}

/**
 * `db` is the claim database, or a function that gives it for the figures read (the content script fetches only
 * the imported claims about the page's companies and metrics, once it knows them).
 */
/** The claim database for a page, with the reading memory's claims about its figures when the memory is on. */
export type PageDatabase = ClaimDatabase & { remembered?: CheckOptions['remembered'] };

export async function analyzePage(
  text: string,
  db: ClaimDatabase | ((figures: readonly Figure[]) => Promise<PageDatabase>),
  signal: AbortSignal,
  options: { pageDate?: string } = {},
): Promise<Report> {
  const empty: Report = { pageSource: null, figures: [] };
  const chunks = chunkText(text);
  const figures: Figure[] = [];
  // A turn for the page before the first chunk (the walk over the page's nodes ran just before), then before any
  // chunk that would take the task past SLICE_MS if it took as long as the one before.
  let since = -Infinity;
  let last = 0;
  for (const [start, end] of chunks) {
    if (now() - since + last >= SLICE_MS) {
      await yieldToMain();
      if (signal.aborted) return empty;
      since = now();
    }
    const began = now();
    if (chunks.length === 1) figures.push(...readFigures(text, options));
    else {
      const from = contextStart(text, start);
      for (const f of readFigures(text.slice(from, end), from > 0 ? { ...options, midPage: true } : options)) {
        if (f.start + from >= start) figures.push({ ...f, start: f.start + from, end: f.end + from });
      }
    }
    last = now() - began;
  }
  const database: PageDatabase = typeof db === 'function' ? await db(figures) : db;
  await yieldToMain();
  if (signal.aborted) return empty;
  const checkOptions: CheckOptions = database.remembered ? { ...options, remembered: database.remembered } : options;
  return (await runSliced(checkFiguresSteps(figures, text, database, checkOptions), signal, SLICE_MS)) ?? empty;
}
