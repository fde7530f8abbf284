// A figure in a table cell: metric from the column header, company from the row (else the header), year from the
// row's first cell. `| 2024 | $45B | 2% |` under `| Year | China AI Market (USD) | Zhipu Market Share (est.) |`.
import type { EntityId, MetricId, Unit } from '../vocabulary';
import type { RawFigure } from './find-figures';
import { growthOf, type Cue } from './metrics';
import { lowerBound } from './lower-bound';
import { CURRENCY_AFTER, currencyFromSuffix } from './parse-amount';
import type { TableRow } from './tables';

interface TableAttribution {
  metric: MetricId | null;
  entity: EntityId | null | undefined;
  period: string | null;
  unit: Unit | null;
  approx: boolean;
  /** The scale a bare number in the cell is counted in, from its header or the table's caption ("Revenue (RMB bn)"). */
  scale: { factor: number; unit: Unit | null } | null;
  /** The header or row text each came from. */
  cues: { metric: string | null; entity: string | null; period: string | null };
}

// (the header of a column of growth: "y/y", "YoY", "Growth", "同比")
const GROWTH_HEAD = /^(?:y\/y|yoy|y-o-y|growth|chg|change|% chg|同比|按年|增速|增幅)$/;

/** A period mention as a table needs it: where it stands, what it resolved to, and its kind. */
type PeriodAt = { start: number; end: number; period: string | null; kind: string };

const PERCENT_METRICS = new Set<string>(['benchmark-mmlu', 'benchmark-ceval', 'market-share', 'gross-margin', 'other:net-margin']);

/** Metric from the column header, company from the row (else the header), year from the row's first cell. */
export function fromTable(
  norm: string,
  row: TableRow,
  col: number,
  cues: Cue[],
  mentions: { start: number; end: number; entity: EntityId | null; weak: boolean }[],
  periods: PeriodAt[],
  fig: RawFigure,
): TableAttribution | null {
  const header = row.header!;
  const head = header.cells[col];
  if (!head) return null;
  const cue = cues.find((c) => c.start >= head.start && c.end <= head.end);
  const headText = norm.slice(head.start, head.end);
  let metric: MetricId | null = cue && cue.metric !== 'margin' ? cue.metric : null;
  // ("Revenue  y/y", "Revenue  Growth", "收入  同比": a column of growth is that of the column before it)
  if (metric === null && col > 0 && GROWTH_HEAD.test(headText.trim()) && fig.unit === 'percent') {
    const before = header.cells[col - 1]!;
    const base = cues.find((c) => c.start >= before.start && c.end <= before.end);
    if (base && base.metric !== 'margin' && !/-(?:growth|change|share)$|margin$/.test(base.metric)) metric = growthOf(base.metric);
  }
  if (metric === 'price-per-mtok' || /per 1m tokens|per million tokens/.test(headText)) metric = 'price-per-mtok';
  if (/market(?! share)/.test(headText) && /\$|usd|yuan|rmb|元/.test(headText + norm.slice(fig.start, fig.end)) && metric === null) metric = 'market-size';
  const inRange = (m: { start: number; end: number }, a: number, b: number) => m.start >= a && m.end <= b;
  let entity: EntityId | null | undefined;
  const within = (a: number, b: number) => {
    const found: typeof mentions = [];
    for (let j = lowerBound(mentions, a); j < mentions.length && mentions[j]!.start < b; j++) if (mentions[j]!.end <= b) found.push(mentions[j]!);
    return found;
  };
  const rowMention = within(row.start, row.end).find((m) => m.entity !== null && !inRange(m, row.cells[col]!.start, row.cells[col]!.end));
  const headMention = within(head.start, head.end)[0];
  if (headMention) entity = headMention.entity;
  else if (rowMention) entity = rowMention.entity;
  else if (/market/.test(headText)) entity = 'china-market';
  const first = row.cells[0];
  const year = first ? /^\s*((?:19|20)\d\d)\s*$/.exec(norm.slice(first.start, first.end))?.[1] : undefined;
  const p0 = periods[lowerBound(periods, head.start)];
  const headPeriod = p0 && inRange(p0, head.start, head.end) && p0.period !== null ? p0 : undefined;
  const entityFrom = headMention ?? rowMention;
  // ("Mar 9   Baichuan (medical)   Series A   RMB600m": a row opened by a day or a month is of that month)
  // (the first mention from the cell's start, found by binary search: no scan of the text's periods per cell)
  const p1 = !year && !headPeriod && first ? periods[lowerBound(periods, first.start)] : undefined;
  const rowDate = p1 && inRange(p1, first!.start, first!.end) && p1.period !== null && (p1.kind === 'date' || p1.kind === 'month') ? p1 : undefined;
  const above = captionLine(norm, header.start);
  // ("REVENUE (RMB bn)" over "Company  2024  2025", "收入（亿元）" over "公司 | 2025 | 2026": a column headed by a year or by
  // a company only is of the one metric the table's caption names)
  const captionCue = metric === null && (year || headPeriod || headMention) ? captionMetric(norm, above, cues) : null;
  if (captionCue && (fig.unit !== 'percent' || PERCENT_METRICS.has(captionCue.metric) || /-(?:growth|change|share)$|margin$/.test(captionCue.metric))) metric = captionCue.metric;
  let unit: Unit | null = null;
  if (metric && PERCENT_METRICS.has(metric) && (fig.unit === null || fig.unit === 'count') && fig.cell) unit = 'percent';
  if (metric === 'parameters' && (fig.unit === null || fig.unit === 'count')) unit = 'parameters';
  if (fig.cell && !metric) return null;
  // ("EARNINGS SNAPSHOT (three months to March 31)" above a table of aligned columns: the period its caption names)
  const caption = !year && !headPeriod && !rowDate && header.aligned ? captionPeriod(above, periods) : undefined;
  const cueTexts = {
    metric: metric === null ? null : captionCue && metric === captionCue.metric ? norm.slice(captionCue.start, captionCue.end) : headText.trim(),
    entity: entityFrom ? norm.slice(entityFrom.start, entityFrom.end) : entity !== undefined ? headText.trim() : null,
    period: year ?? (headPeriod ? norm.slice(headPeriod.start, headPeriod.end) : rowDate ? norm.slice(rowDate.start, rowDate.end) : caption ? norm.slice(caption.start, caption.end) : null),
  };
  // ("Revenue (RMB bn)", "Q3 AT A GLANCE (RMB bn)", "9月MAU（亿）": a bare number counted in the scale its header or the
  // line above the table names)
  const scale = fig.cell ? (scaleOf(headText) ?? (above ? scaleOf(norm.slice(above[0], above[1])) : null)) : null;
  return { metric, entity, period: year ?? headPeriod?.period ?? rowDate?.period ?? caption?.period ?? null, unit, approx: /\(est\.?\)|estimated/.test(headText), scale, cues: cueTexts };
}

const SCALE_EN = /[(（]\s?(rmb|cny|yuan|usd|hkd|us\$|hk\$|\$)?\s?(bn|billion|mn|m|million)\s?[)）]/;
const SCALE_ZH = /[(（]\s?(亿|億|万|萬)\s?(元|人民币|人民幣|美元|港元)?\s?[)）]/;

/** The currency a scale's word names: a dollar sign as a price's prefix would, a word as after a number ("RMB", "元"). */
function currencyOfWord(word: string): Unit | null {
  if (word === 'hk$') return 'HKD';
  if (word === 'us$' || word === '$') return 'USD';
  const m = CURRENCY_AFTER.exec(` ${word.replace('人民幣', '人民币')}`);
  return m ? currencyFromSuffix(m) : null;
}

/** The scale a line names in parentheses ("(RMB bn)", "（亿元）"), with its currency when it names one. */
function scaleOf(line: string): { factor: number; unit: Unit | null } | null {
  const en = SCALE_EN.exec(line);
  if (en) return { factor: /^b/.test(en[2]!) ? 1e9 : 1e6, unit: en[1] ? currencyOfWord(en[1]) : null };
  const zh = SCALE_ZH.exec(line);
  if (zh) return { factor: /亿|億/.test(zh[1]!) ? 1e8 : 1e4, unit: zh[2] ? currencyOfWord(zh[2]) : null };
  return null;
}

/** The line right above a table's header (its caption), as [start, end), or null for a table that opens the text. */
function captionLine(norm: string, headerStart: number): [number, number] | null {
  const end = headerStart - 1;
  return end <= 0 ? null : [norm.lastIndexOf('\n', end - 1) + 1, end];
}

/**
 * The one metric a table's caption names: a short line, no sentence ("REVENUE (RMB bn)", "Cloud revenue, by quarter"),
 * with a single metric cue in it. `cues` hold the cues of the caption and the header.
 */
function captionMetric(norm: string, line: [number, number] | null, cues: Cue[]): (Cue & { metric: MetricId }) | null {
  if (!line || line[1] - line[0] > 60 || /[.。!?;；:：]\s*$/.test(norm.slice(line[0], line[1]))) return null;
  const inLine = cues.filter((c): c is Cue & { metric: MetricId } => c.start >= line[0] && c.end <= line[1] && c.metric !== 'margin');
  return inLine.length > 0 && inLine.every((c) => c.metric === inLine[0]!.metric) ? inLine[0]! : null;
}

/** The one period named in a table's caption line, if any. */
function captionPeriod(line: [number, number] | null, periods: PeriodAt[]): PeriodAt | undefined {
  if (!line) return undefined;
  const found: PeriodAt[] = [];
  for (let j = lowerBound(periods, line[0]); j < periods.length && periods[j]!.start < line[1]; j++) if (periods[j]!.period !== null && periods[j]!.kind !== 'relative') found.push(periods[j]!);
  return found.length === 1 ? found[0] : undefined;
}
