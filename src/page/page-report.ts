// The page's figures as the popup lists them (index = position among the marks in document order).
import type { FigureSummary, PageReport } from '../core/messages';
import type { CheckedFigure } from '../core/types';
import type { MarkIndex } from './mark-index';
import { pageDate } from './page-date';

export function buildPageReport(
  doc: Document,
  index: MarkIndex,
  contexts: Map<string, string>,
  state: { enabled: boolean; pageSource: string | null; unmarked?: number; explain?: (figure: CheckedFigure) => string },
): PageReport {
  // the explanation in the reader's language (the popup shows it as it comes)
  const explain = state.explain ?? ((figure: CheckedFigure) => figure.explanation);
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
