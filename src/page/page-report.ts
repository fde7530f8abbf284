// The page's figures as the popup lists it (index = position among the marks in document order), each with the
// popover's plain sentence and the other sources' values, formatted here once (the popup has no database).
import { sourceLabel } from '../core/check/source-label';
import { summarySentence } from '../core/check/summary-sentence';
import type { FigureSummary, PageReport, SourceValue } from '../core/messages';
import type { Source } from '../core/schema';
import type { Lang } from '../core/i18n/translate';
import type { CheckedFigure } from '../core/types';
import { formatRange } from '../ui/shared/format';
import type { MarkIndex } from './mark-index';
import { pageDate } from './page-date';

type Lookup = (sourceId: string) => Source | undefined;

/** One row per outlet and value (an outlet that states the same value in three places is listed once). */
export function sourceValues(figure: CheckedFigure, lookup: Lookup, pageSource: string | null, lang: Lang = 'en'): SourceValue[] {
  const seen = new Set<string>();
  const rows: SourceValue[] = [];
  for (const claim of figure.claims) {
    if (claim.sourceId === pageSource) continue;
    const name = sourceLabel(lookup(claim.sourceId), claim.sourceId);
    const value =
      claim.value === null
        ? formatRange(claim.originalValue, null, claim.originalUnit, lang)
        : formatRange(claim.value, claim.valueMax, figure.unit, lang);
    const key = `${name}|${value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push({ name, value, verdict: claim.verdict });
  }
  return rows;
}

export function buildPageReport(
  doc: Document,
  index: MarkIndex,
  contexts: Map<string, string>,
  state: {
    enabled: boolean;
    pageSource: string | null;
    unmarked?: number;
    lookup?: Lookup;
    /** The explanation in the reader's language (the popup shows it as it comes); English by default. */
    explain?: (figure: CheckedFigure) => string;
    lang?: Lang;
  },
): PageReport {
  const lang = state.lang ?? 'en';
  const explain = state.explain ?? ((figure: CheckedFigure) => figure.explanation);
  const lookup: Lookup = state.lookup ?? (() => undefined);
  const name = (id: string) => sourceLabel(lookup(id), id);
  const figures: FigureSummary[] = index.ordered(doc).map((entry, i) => ({
    index: i,
    text: entry.figure.text,
    verdict: entry.figure.verdict,
    explanation: explain(entry.figure),
    entity: entry.figure.entity,
    metric: entry.figure.metric,
    period: entry.figure.period,
    value: entry.figure.value,
    unit: entry.figure.unit,
    context: contexts.get(entry.id) ?? '',
    start: entry.figure.start,
    end: entry.figure.end,
    sentence: summarySentence(entry.figure, { name, pageSource: state.pageSource, lang }),
    sources: sourceValues(entry.figure, lookup, state.pageSource, lang),
  }));
  return {
    url: doc.location?.href ?? '',
    title: doc.title,
    enabled: state.enabled,
    pageSource: state.pageSource,
    pageDate: pageDate(doc) ?? null,
    figures,
    unmarked: state.unmarked ?? 0,
  };
}
