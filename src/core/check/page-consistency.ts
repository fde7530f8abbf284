// The same entity, metric and period stated twice on one page with different values: "a trillion-dollar
// valuation" in one sentence and "one trillion yuan" in another; "7 billion yuan in annual revenue" against
// "700 million yuan". Only gaps a scale word or a currency explains are reported, and never between two figures
// of one sentence: there two different values of the same metric are almost always two different things the
// reader attributed alike ("grew from 48 million yuan to 190 million yuan", a table row).
import type { FxTable } from '../schema';
import type { Figure } from '../types';
import { judgeValues, type Judgement } from './judge-values';
import { toUnit } from './normalise';
import { normalisePeriod, periodYear } from './periods';
import { missingEvidence } from './evidence';
import { isForecastFigure, isPerShareOfListing } from './match-claims';
import { isCurrency, type Currency } from '../vocabulary';

export interface PageConflict {
  /** Index of the other figure in the list given. */
  other: number;
  judgement: Judgement;
}

const MAX_GROUP = 60;

const SENTENCE_END_RE = /[.!?。！？\n|]/;

/** Options for the page: scale slips of 10, 100 or 1,000 and currency swaps that leave a gap under 12%. */
const PAGE_JUDGE = { powers: [10, 100, 1000], maxResidual: 1.12 } as const;

/** A scale slip or currency swap between `a` and `b` (b converted into a's unit), else null. */
function judgePair(a: Figure, b: Figure, year: number | null, fx: FxTable, pageCurrencies: ReadonlySet<Currency>): Judgement | null {
  const value = toUnit(b.value, b.unit, a.unit, year, fx, a.metric);
  if (value === null) return null;
  const valueMax = b.valueMax === null ? null : toUnit(b.valueMax, b.unit, a.unit, year, fx, a.metric);
  // a mix-up only with a currency the page names: "trillion-dollar" against "one trillion yuan (about $140 billion)"
  const currencies = new Set<Currency>(pageCurrencies);
  const judgement = judgeValues(
    { value: a.value, valueMax: a.valueMax, qualifier: a.qualifier },
    { value, valueMax, qualifier: b.qualifier },
    { unit: a.unit, otherUnit: b.unit, year, fx },
    { ...PAGE_JUDGE, currencies },
  );
  return judgement.verdict === 'magnitude' || judgement.verdict === 'currency' ? judgement : null;
}

// String(-0) is '0', but a ratio against -0 differs from one against 0.
const num = (v: number | null): string => (v === null ? 'null' : Object.is(v, -0) ? '-0' : String(v));

/** Everything judgePair reads from one side of a pair (the first side adds the year). */
const sideKey = (f: Figure): string => `${num(f.value)}|${num(f.valueMax)}|${f.qualifier}|${f.unit}|${f.metric}`;

/** A small number for each distinct key, so a pair of figures is keyed by a pair of numbers. */
function interner(): (key: string) => number {
  const ids = new Map<string, number>();
  return (key) => {
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
    }
    return id;
  };
}

/**
 * The figures that can conflict with one another, as lists of indexes: the same fact (entity, metric, period, basis
 * and segment), each with its company, metric and period stated where it stands (evidence.ts); a forecast (a range
 * looked ahead to among them) never conflicts: two brokers' views differ as views do.
 */
export function conflictGroups(figures: readonly Figure[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  figures.forEach((f, i) => {
    if (!f.entity || !f.metric || isForecastFigure(f) || missingEvidence(f).length) return;
    // (a price per share in two currencies is of two listings, see isPerShareOfListing)
    const listing = isPerShareOfListing(f.metric) ? `|${f.unit}` : '';
    const key = `${f.entity}|${f.metric}|${normalisePeriod(f.period) ?? ''}|${f.basis}|${f.segment ?? ''}${listing}`;
    const list = groups.get(key);
    if (list) list.push(i);
    else groups.set(key, [i]);
  });
  return groups;
}

// "247.8 billion yuan ($34.8 billion)", "50 billion yuan, or about US$7 billion": a conversion right after a figure
const RESTATEMENT_GAP = /^\s?(?:[(（[]|,\s?(?:or|about|roughly)\b)\s?(?:about |approximately |around |roughly |some |约|≈|~)?(?:us)?$/i;

/** Whether `f` restates (or is restated by) a figure already listed as a conflict partner: then it adds nothing. */
function restatesAnother(f: Figure, listed: readonly PageConflict[] | undefined, figures: readonly Figure[], text: string): boolean {
  if (!listed) return false;
  return listed.some((c) => {
    const o = figures[c.other] as Figure;
    const [first, second] = o.start <= f.start ? [o, f] : [f, o];
    return second.start - first.end <= 24 && RESTATEMENT_GAP.test(text.slice(first.end, second.start));
  });
}

/** The currencies a page's figures are in: the only ones a currency mix-up may be proposed with. */
export function currenciesOf(figures: readonly Figure[]): Set<Currency> {
  const set = new Set<Currency>();
  for (const f of figures) if (isCurrency(f.unit)) set.add(f.unit);
  return set;
}

export function findPageConflicts(
  figures: readonly Figure[],
  text: string,
  fx: FxTable,
  pageYear: number | null,
  pageCurrencies: ReadonlySet<Currency> = currenciesOf(figures),
): Map<number, PageConflict[]> {
  const groups = conflictGroups(figures);
  const out = new Map<number, PageConflict[]>();
  const add = (i: number, c: PageConflict) => {
    const list = out.get(i);
    if (list) list.push(c);
    else out.set(i, [c]);
  };
  // A page repeats its figures (a headline, the lead, a table, a summary): the judgement of a pair depends only on
  // the two values as written and the year, so each distinct pair of values is judged once.
  const firstId = interner();
  const secondId = interner();
  const judged = new Map<number, Judgement | null>();
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const list = members.slice(0, MAX_GROUP);
    const years = list.map((i) => periodYear((figures[i] as Figure).period) ?? pageYear);
    const keys = list.map((i) => sideKey(figures[i] as Figure));
    const asFirst = keys.map((k, x) => firstId(`${k}|${num(years[x] as number | null)}`));
    const asSecond = keys.map((k) => secondId(k));
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = figures[list[x] as number] as Figure;
        const b = figures[list[y] as number] as Figure;
        const [first, second] = a.start <= b.start ? [a, b] : [b, a];
        if (!SENTENCE_END_RE.test(text.slice(first.end, second.start))) continue;
        const key = (asFirst[x] as number) * figures.length + (asSecond[y] as number);
        let judgement = judged.get(key);
        if (judgement === undefined) {
          judgement = judgePair(a, b, years[x] as number | null, fx, pageCurrencies);
          judged.set(key, judgement);
        }
        if (judgement === null) continue;
        // a figure and its own conversion in parentheses are one statement: one conflict, not two
        if (!restatesAnother(b, out.get(list[x] as number), figures, text)) add(list[x] as number, { other: list[y] as number, judgement: { ...judgement } });
        if (!restatesAnother(a, out.get(list[y] as number), figures, text)) add(list[y] as number, { other: list[x] as number, judgement: { ...judgement, ratio: 1 / judgement.ratio } });
      }
    }
  }
  return out;
}
