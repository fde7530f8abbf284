// The popover's content, built from DOM nodes with textContent only: quotes and page text are data, never markup
// (a quote reading `<img src=x onerror=alert(1)>` shows as those characters).
import type { Source } from '../../core/schema';
import type { CheckedFigure, ClaimComparison, Verdict } from '../../core/types';
import { ENTITIES, METRICS } from '../../core/vocabulary';
import { findFigureInQuote } from './emphasise-figure';
import { formatRange } from '../shared/format';
import { VERDICT_LABELS } from '../shared/verdicts';


export const TITLE_ID = 'fc-pop-title';
export const EXPLANATION_ID = 'fc-pop-explanation';

type Lookup = (sourceId: string) => Source | undefined;

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function entityLabel(id: string | null): string {
  if (!id) return 'unknown company';
  return (ENTITIES as Record<string, string>)[id] ?? id;
}

function metricLabel(id: string | null): string {
  if (!id) return 'unknown metric';
  if (id.startsWith('other:')) return id.slice(6).replace(/-/g, ' ');
  return (METRICS as Record<string, string>)[id] ?? id;
}

/** The quote as text with the figure in a <mark>. */
function quoteNode(doc: Document, claim: ClaimComparison): HTMLElement {
  const block = el(doc, 'blockquote', 'fc-quote');
  const span = findFigureInQuote(claim.quote, claim.originalValue);
  if (!span) {
    block.textContent = `“${claim.quote}”`;
    return block;
  }
  const [a, b] = span;
  block.append(doc.createTextNode(`“${claim.quote.slice(0, a)}`));
  block.append(el(doc, 'mark', 'fc-quote-figure', claim.quote.slice(a, b)));
  block.append(doc.createTextNode(`${claim.quote.slice(b)}”`));
  return block;
}

function sourceItem(doc: Document, figure: CheckedFigure, claim: ClaimComparison, lookup: Lookup): HTMLLIElement {
  const item = el(doc, 'li', 'fc-source');
  item.dataset.verdict = claim.verdict;
  item.dataset.sourceId = claim.sourceId;
  const source = lookup(claim.sourceId);
  const head = el(doc, 'div', 'fc-source-head');
  head.append(el(doc, 'strong', 'fc-outlet', source?.outlet ?? source?.title ?? claim.sourceId));
  const when = [source?.date, claim.period ? `figure for ${claim.period}` : null].filter(Boolean).join(' · ');
  if (when) head.append(el(doc, 'span', 'fc-source-date', ` · ${when}`));
  head.append(el(doc, 'span', 'fc-source-verdict', VERDICT_LABELS[claim.verdict]));
  item.append(head);
  if (source?.outlet && source.title) item.append(el(doc, 'div', 'fc-source-title', source.title));
  item.append(quoteNode(doc, claim));
  const converted = el(doc, 'div', 'fc-converted');
  const original = formatRange(claim.originalValue, null, claim.originalUnit);
  const inUnit = formatRange(claim.value, claim.valueMax, figure.unit);
  converted.append(el(doc, 'span', 'fc-label', 'Their figure: '));
  converted.append(el(doc, 'strong', 'fc-their-value', inUnit));
  if (claim.originalUnit !== figure.unit) converted.append(doc.createTextNode(` (stated as ${original})`));
  item.append(converted);
  return item;
}

/** Build the popover body for one figure. */
export function buildPopoverContent(
  doc: Document,
  figure: CheckedFigure,
  lookup: Lookup,
  pageSource: string | null = null,
): HTMLElement {
  const root = el(doc, 'div', 'fc-pop');
  root.dataset.verdict = figure.verdict;
  const head = el(doc, 'div', 'fc-head');
  head.append(el(doc, 'span', 'fc-badge', VERDICT_LABELS[figure.verdict]));
  const title = el(doc, 'h2', 'fc-title', `“${figure.text}”`);
  title.id = TITLE_ID;
  head.append(title);
  root.append(head);

  const reading = el(doc, 'dl', 'fc-reading');
  const rows: [string, string][] = [
    ['Read as', formatRange(figure.value, figure.valueMax, figure.unit) + (figure.qualifier !== 'exact' ? ` (${figure.qualifier})` : '')],
    ['Company', entityLabel(figure.entity)],
    ['Metric', metricLabel(figure.metric)],
    ['Period', figure.period ?? 'not stated'],
  ];
  for (const [label, value] of rows) {
    reading.append(el(doc, 'dt', undefined, label), el(doc, 'dd', undefined, value));
  }
  root.append(reading);

  const explanation = el(doc, 'p', 'fc-explanation', figure.explanation);
  explanation.id = EXPLANATION_ID;
  root.append(explanation);
  if (figure.ownClaim) root.append(el(doc, 'p', 'fc-own', 'This page is itself a source for this figure.'));

  // On a page that is itself a database source, its own claims are not "other" sources.
  const others = figure.claims.filter((c) => c.sourceId !== pageSource);
  if (others.length) {
    root.append(el(doc, 'h3', 'fc-subtitle', others.length === 1 ? 'Other source' : `Other sources (${others.length})`));
    const list = el(doc, 'ul', 'fc-sources');
    for (const claim of others.slice(0, 6)) list.append(sourceItem(doc, figure, claim, lookup));
    root.append(list);
    if (others.length > 6) root.append(el(doc, 'p', 'fc-more', `and ${others.length - 6} more in the toolbar popup`));
  }
  root.append(el(doc, 'p', 'fc-keys', 'Alt+Shift+N / Alt+Shift+P: next / previous flagged figure · Esc: close'));
  return root;
}
