// Shared pieces of the hostile-page tests: a page shell, a sentence the core always marks, and a recorder for
// what the page saw go wrong (uncaught errors, dialogs, our own warnings) while the extension worked on it.
import type { Page } from 'playwright-core';

/** A figure the core marks (Zhipu's 2024 revenue stated ten times too high: a magnitude conflict). */
export const FIGURE_SENTENCE = 'Zhipu revenue was 724 million yuan in 2024.';
export const FIGURE_TEXT = '724 million yuan';
/**
 * Another marked figure, a different company (a rounding gap against the sources: marked but not a warning; a
 * figure no source covers is not marked by default).
 */
export const SECOND_SENTENCE = 'MiniMax revenue was 540 million yuan in 2025.';
export const SECOND_TEXT = '540 million yuan';

export function pageHtml(body: string, head = '', attrs = 'lang="en"'): string {
  return `<!doctype html><html ${attrs}><head><meta charset="utf-8"><title>Hostile page</title>${head}</head><body>${body}</body></html>`;
}

export interface Trouble {
  pageErrors: string[];
  dialogs: string[];
  /** Console lines from our content script (it logs each caught error once, prefixed). */
  ourWarnings: string[];
}

export function recordTrouble(page: Page): Trouble {
  const trouble: Trouble = { pageErrors: [], dialogs: [], ourWarnings: [] };
  page.on('pageerror', (e) => trouble.pageErrors.push(String(e)));
  page.on('dialog', (d) => {
    trouble.dialogs.push(d.message());
    void d.dismiss().catch(() => {});
  });
  page.on('console', (m) => {
    if (m.text().includes('[figure-check]')) trouble.ourWarnings.push(m.text());
  });
  return trouble;
}

/** Marked figures in document order, pieces joined by id (read with the page's own DOM, so call on sane pages). */
export function marksOf(page: Page, within = 'body'): Promise<{ text: string; verdict: string }[]> {
  return page.evaluate((sel) => {
    const byId = new Map<string, { text: string; verdict: string }>();
    const root = document.querySelector(sel);
    for (const m of Array.from(root?.querySelectorAll('fc-mark') ?? [])) {
      const id = m.getAttribute('data-fc-id') ?? '';
      const entry = byId.get(id) ?? { text: '', verdict: m.getAttribute('data-fc-verdict') ?? '' };
      entry.text += m.textContent ?? '';
      byId.set(id, entry);
    }
    return [...byId.values()];
  }, within);
}

/** Wait until a mark for `text` exists (the first scan is done for it). */
export async function waitForFigure(page: Page, text: string, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    (t) => {
      const byId = new Map<string, string>();
      for (const m of Array.from(document.querySelectorAll('fc-mark'))) {
        const id = m.getAttribute('data-fc-id') ?? '';
        byId.set(id, (byId.get(id) ?? '') + (m.textContent ?? ''));
      }
      return [...byId.values()].includes(t);
    },
    text,
    { timeout, polling: 100 },
  );
}

/** Resolves once the content script has finished a pass (its `fc:mark` or `fc:read-and-gate` timeline entry). */
export async function waitForPass(page: Page, name: 'fc:mark' | 'fc:read-and-gate' = 'fc:read-and-gate', timeout = 15_000): Promise<void> {
  await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { timeout, polling: 100 });
}
