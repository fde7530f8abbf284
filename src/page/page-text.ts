// The text of a page as Figure Check reads it: the visible text of the main content, page furniture left out. One
// function for the content script (in slices) and the command-line check (at once), so both read the same figures
// at the same offsets.
import { findMainContent, type MainContentHow } from './main-content';
import { collectVisibleText, collectVisibleTextSliced, type VisibleText } from './visible-text';

export interface PageText extends VisibleText {
  /** How the main content was found (see main-content.ts). */
  how: MainContentHow;
}

export function pageText(body: Element): PageText {
  const main = findMainContent(body);
  return { ...collectVisibleText(main.root, main.skip), how: main.how };
}

/** pageText over several tasks (see collectVisibleTextSliced); null when `signal` aborts. */
export async function pageTextSliced(body: Element, signal: AbortSignal, sliceMs: number): Promise<PageText | null> {
  const t0 = performance.now();
  const main = findMainContent(body);
  try {
    // Its cost on the page's timeline (the bench reads it): one task, before the sliced walk.
    performance.measure('fc:main-content', { start: t0, end: performance.now() });
  } catch {
    // timings are optional
  }
  const visible = await collectVisibleTextSliced(main.root, signal, sliceMs, main.skip);
  return visible && { ...visible, how: main.how };
}
