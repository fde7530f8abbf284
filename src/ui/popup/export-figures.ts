// Export of a page's flagged figures as CSV or JSON, with the page's URL and title on every row.
import type { FigureSummary, PageReport } from '../../core/messages';

/** Cells that a spreadsheet would run as a formula ("=HYPERLINK(...)", "+1", "-2+3", "@SUM") get a leading quote. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const CSV_COLUMNS = [
  'page_url',
  'page_title',
  'index',
  'verdict',
  'figure',
  'entity',
  'metric',
  'period',
  'value',
  'unit',
  'explanation',
  'context',
] as const;

/** RFC 4180 CSV (CRLF line ends) with a byte-order mark so spreadsheet apps read Chinese text as UTF-8. */
export function figuresToCsv(report: Pick<PageReport, 'url' | 'title'>, figures: FigureSummary[]): string {
  const rows = figures.map((f) =>
    [report.url, report.title, f.index, f.verdict, f.text, f.entity, f.metric, f.period, f.value, f.unit, f.explanation, f.context]
      .map(csvCell)
      .join(','),
  );
  return `\uFEFF${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

/** The export's figure fields: the popup's own extras (its sentence, the sources' formatted values) stay out. */
function exported({ sentence: _sentence, sources: _sources, ...figure }: FigureSummary): FigureSummary {
  return figure;
}

export function figuresToJson(report: Pick<PageReport, 'url' | 'title'>, figures: FigureSummary[], exportedAt: Date): string {
  const rows = figures.map(exported);
  return `${JSON.stringify({ url: report.url, title: report.title, exportedAt: exportedAt.toISOString(), figures: rows }, null, 2)}\n`;
}

/** "figure-check-www.reuters.com-2026-11-22.csv" */
export function exportFilename(url: string, when: Date, extension: 'csv' | 'json'): string {
  let host = 'page';
  try {
    host = new URL(url).hostname.replace(/[^a-z0-9.-]/gi, '') || 'page';
  } catch {
    // Not a URL (a local file or an odd scheme): keep "page".
  }
  return `figure-check-${host}-${when.toISOString().slice(0, 10)}.${extension}`;
}
