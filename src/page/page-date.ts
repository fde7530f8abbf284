// The page's publication date, when the page states it in markup (`2026-06-15` or `2026-06`): the core reads
// "in March" or a figure without a period as of this date.
const DATE_RE = /^(\d{4}-\d{2}(?:-\d{2})?)/;
const SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="date"]',
  'meta[name="DC.date.issued"]',
  'article time[datetime]',
  'time[datetime]',
];

export function pageDate(doc: Document): string | undefined {
  for (const selector of SELECTORS) {
    const el = doc.querySelector(selector);
    const value = el?.getAttribute('content') ?? el?.getAttribute('datetime');
    const match = value ? DATE_RE.exec(value.trim()) : null;
    if (match) return match[1];
  }
  return undefined;
}
