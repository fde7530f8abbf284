// The popover's content, built from DOM nodes with textContent only: quotes and page text are data, never markup
// (a quote reading `<img src=x onerror=alert(1)>` shows as those characters). In reading order: one plain sentence
// (at most 30 words), a strip with every value on a log axis, one row per outlet and value with its quote and a
// link to the passage, then the details (how the figure was read, the full explanation) folded.
import { explanationIn } from '../../core/check/explain-in';
import { periodInWords, qualifierWords } from '../../core/check/periods';
import { LANG_TAG, translate, type Lang } from '../../core/i18n/translate';
import { sourceLabel } from '../../core/check/source-label';
import { summarySentence } from '../../core/check/summary-sentence';
import type { Source } from '../../core/schema';
import type { CheckedFigure, ClaimComparison } from '../../core/types';
import { findFigureInQuote } from './emphasise-figure';
import { entityLabel, formatRange, metricLabel } from '../shared/format';
import { renderStripChart, type StripPoint } from '../shared/strip-chart';
import { verdictLabel, worthALookLabel } from '../shared/verdicts';

export const TITLE_ID = 'fc-pop-title';
export const SUMMARY_ID = 'fc-pop-summary';
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

/**
 * A link straight to the quote in the source article (a text fragment, `#:~:text=start,end`): the first and last
 * few words, so a long quote still matches. `-`, `,` and `&` are syntax in a fragment and are escaped.
 */
export function passageUrl(url: string, quote: string): string {
  const words = quote.replace(/\s+/g, ' ').trim().split(' ');
  const enc = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D');
  const fragment = words.length <= 8 ? enc(words.join(' ')) : `${enc(words.slice(0, 4).join(' '))},${enc(words.slice(-4).join(' '))}`;
  return `${url.replace(/#.*$/, '')}#:~:text=${fragment}`;
}

/** One row per outlet and value: an outlet that states the same value in three places is listed once. */
function distinctRows(claims: readonly ClaimComparison[], lookup: Lookup): ClaimComparison[] {
  const seen = new Set<string>();
  return claims.filter((c) => {
    const key = `${sourceLabel(lookup(c.sourceId), c.sourceId)}|${c.value === null ? c.originalValue : c.value.toPrecision(4)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function sourceItem(doc: Document, figure: CheckedFigure, claim: ClaimComparison, lookup: Lookup, lang: Lang): HTMLLIElement {
  const item = el(doc, 'li', 'fc-source');
  item.dataset.verdict = claim.verdict;
  item.dataset.sourceId = claim.sourceId;
  const source = lookup(claim.sourceId);
  const head = el(doc, 'div', 'fc-source-head');
  head.append(el(doc, 'strong', 'fc-outlet', source?.outlet ?? source?.title ?? claim.sourceId));
  const when = [source?.date, claim.period ? translate(lang, 'popoverFigureFor', [periodInWords(claim.period, null, lang)]) : null]
    .filter(Boolean)
    .join(' · ');
  if (when) head.append(el(doc, 'span', 'fc-source-date', ` · ${when}`));
  head.append(el(doc, 'span', 'fc-source-verdict', claim.worth ? worthALookLabel(lang) : verdictLabel(claim.verdict, lang)));
  item.append(head);
  const converted = el(doc, 'div', 'fc-converted');
  const original = formatRange(claim.originalValue, null, claim.originalUnit, lang);
  const inUnit = formatRange(claim.value, claim.valueMax, figure.unit, lang);
  converted.append(el(doc, 'span', 'fc-label', translate(lang, 'popoverTheirFigure')));
  converted.append(el(doc, 'strong', 'fc-their-value', inUnit));
  if (claim.originalUnit !== figure.unit) converted.append(doc.createTextNode(translate(lang, 'popoverStatedAs', [original])));
  item.append(converted);
  const quote = quoteNode(doc, claim);
  // the quote is in its source's language, whatever the card's (a screen reader then reads it with the right voice)
  if (source?.language) quote.lang = source.language === 'zh' ? LANG_TAG.zh : LANG_TAG.en;
  item.append(quote);
  if (source?.url) {
    const link = el(doc, 'a', 'fc-passage', translate(lang, 'popoverReadPassage'));
    link.href = passageUrl(source.url, claim.quote);
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    link.setAttribute('aria-label', translate(lang, 'popoverReadPassageIn', [source.outlet ?? source.title]));
    item.append(link);
  }
  return item;
}

function stripPoints(figure: CheckedFigure, rows: readonly ClaimComparison[], lookup: Lookup, pageName: string): StripPoint[] {
  const points: StripPoint[] = [{ label: pageName, value: figure.value, own: true }];
  for (const c of rows) {
    if (c.value === null || c.unit !== figure.unit) continue;
    points.push({ label: sourceLabel(lookup(c.sourceId), c.sourceId), value: c.value, own: false });
  }
  return points;
}

function details(doc: Document, figure: CheckedFigure, explanation: string, lang: Lang): HTMLDetailsElement {
  const box = el(doc, 'details', 'fc-details');
  box.append(el(doc, 'summary', 'fc-details-summary', translate(lang, 'popoverHowRead')));
  const reading = el(doc, 'dl', 'fc-reading');
  const qualifier = qualifierWords(lang)[figure.qualifier] ?? '';
  const space = qualifier && lang === 'en' ? ' ' : '';
  const segment = figure.segment ? (lang === 'zh' ? `（${figure.segment}）` : ` (${figure.segment})`) : '';
  const rows: [string, string][] = [
    [translate(lang, 'popoverReadAs'), `${qualifier}${space}${formatRange(figure.value, figure.valueMax, figure.unit, lang)}`],
    [translate(lang, 'popoverCompany'), entityLabel(figure.entity, lang)],
    [translate(lang, 'popoverMetric'), metricLabel(figure.metric, lang) + segment],
    [translate(lang, 'popoverPeriod'), periodInWords(figure.period, figure.basis, lang)],
  ];
  for (const [label, value] of rows) reading.append(el(doc, 'dt', undefined, label), el(doc, 'dd', undefined, value));
  box.append(reading);
  const line = el(doc, 'p', 'fc-explanation', explanation);
  line.id = EXPLANATION_ID;
  box.append(line);
  if (figure.ownClaim) box.append(el(doc, 'p', 'fc-own', translate(lang, 'popoverOwn')));
  return box;
}

/** Build the popover body for one figure. */
export function buildPopoverContent(
  doc: Document,
  figure: CheckedFigure,
  lookup: Lookup,
  pageSource: string | null = null,
  lang: Lang = 'en',
): HTMLElement {
  const root = el(doc, 'div', 'fc-pop');
  root.dataset.verdict = figure.verdict;
  root.lang = LANG_TAG[lang];
  const name = (id: string) => sourceLabel(lookup(id), id);
  const head = el(doc, 'div', 'fc-head');
  const worth = figure.verdict === 'related' && figure.claims.some((c) => c.worth);
  head.append(el(doc, 'span', 'fc-badge', worth ? worthALookLabel(lang) : verdictLabel(figure.verdict, lang)));
  const title = el(doc, 'h2', 'fc-title', `“${figure.text}”`);
  title.id = TITLE_ID;
  head.append(title);
  root.append(head);
  const summary = el(doc, 'p', 'fc-summary', summarySentence(figure, { name, pageSource, lang }));
  summary.id = SUMMARY_ID;
  root.append(summary);

  // On a page that is itself a database source, its own claims are not "other" sources.
  const others = distinctRows(
    figure.claims.filter((c) => c.sourceId !== pageSource),
    lookup,
  );
  const pageName = pageSource ? name(pageSource) : translate(lang, 'summaryThisPage');
  const strip = renderStripChart(doc, stripPoints(figure, others, lookup, pageName), figure.unit, lang);
  if (strip) root.append(strip);
  if (others.length) {
    root.append(el(doc, 'h3', 'fc-subtitle', others.length === 1 ? translate(lang, 'popoverOtherSource') : translate(lang, 'popoverOtherSources', [others.length])));
    const list = el(doc, 'ul', 'fc-sources');
    for (const claim of others) list.append(sourceItem(doc, figure, claim, lookup, lang));
    root.append(list);
  }
  root.append(details(doc, figure, explanationIn(figure, { name, pageSource, lang }), lang));
  root.append(el(doc, 'p', 'fc-keys', translate(lang, 'popoverKeys')));
  return root;
}
