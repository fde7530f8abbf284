// The development set (../shared/devset) as the eval scripts read it: each article's body and metadata, its labels
// with their spans in the body, and the matching rule of the set's README (a figure goes to the label its span
// overlaps most).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { periodEnd, periodStart } from '../../src/core/check/periods';
import { choosePageDate, parseTextHeader } from '../../src/core/page-meta';

export interface DevLabel {
  article: string;
  surface: string;
  quote: string;
  entity: string | null;
  metric: string | null;
  period: string | null;
  value: number;
  valueMax?: number;
  unit: string;
  qualifier: string;
  basis?: string | null;
  segment?: string | null;
  shouldFlag?: boolean;
  flagWhy?: string;
  start: number;
  end: number;
}

export interface DevArticle {
  file: string;
  body: string;
  date: string | null;
  labels: DevLabel[];
}

export function loadDevset(dir: string, labelFile = 'labels.json'): DevArticle[] {
  const labels = JSON.parse(readFileSync(path.join(dir, labelFile), 'utf8')) as Omit<DevLabel, 'start' | 'end'>[];
  const files = readdirSync(path.join(dir, 'articles')).filter((f) => f.endsWith('.txt')).sort();
  return files.map((file) => {
    const { body, meta } = parseTextHeader(readFileSync(path.join(dir, 'articles', file), 'utf8'));
    const mine = labels
      .filter((l) => l.article === file)
      .map((l) => {
        const start = body.indexOf(l.quote) + l.quote.indexOf(l.surface);
        return { ...l, start, end: start + l.surface.length };
      });
    return { file, body, date: choosePageDate({ header: meta.DATE }), labels: mine };
  });
}

/** Index of the label whose span the figure's [start, end) overlaps most (skipping `taken`), or -1. */
export function matchLabel(labels: readonly DevLabel[], start: number, end: number, taken: ReadonlySet<number> = new Set()): number {
  let best = -1;
  let bestLen = 0;
  labels.forEach((l, i) => {
    const overlap = Math.min(l.end, end) - Math.max(l.start, start);
    if (overlap > bestLen && !taken.has(i)) {
      best = i;
      bestLen = overlap;
    }
  });
  return best;
}

/** A metric written with or without the vocabulary's `other:` prefix is one metric (`api-revenue-share`, `other:api-revenue-share`). */
export const sameMetric = (a: string | null, b: string | null): boolean => a === b || (a !== null && b !== null && a.replace(/^other:/, '') === b.replace(/^other:/, ''));

/** `a` of `b` as a percentage with one decimal, "-" when there is nothing to count. */
export const pct = (a: number, b: number): string => (b === 0 ? '-' : `${((100 * a) / b).toFixed(1)}%`);

/**
 * One period, however it is written: the same first and last month are the same period ("2025-Q2..2026-Q1" is
 * "2025-04..2026-03", "2026-9M" is "2026-01..2026-09", "2026-H1" is "2026-01..2026-06"); a month is never a quarter.
 */
export const samePeriod = (a: string | null, b: string | null): boolean => a === b || (a !== null && b !== null && periodStart(a) !== null && periodStart(a) === periodStart(b) && periodEnd(a) === periodEnd(b));
