// Cross-check one figure: compare it with every claim about the same entity and metric (converted into its
// unit), check a stated ratio or growth rate against its parts, add what the page itself says elsewhere, and
// pick the most severe verdict with one explanation line. When the page is itself a source, that source's claims
// are listed but never counted: the verdict says where the OTHER sources stand.
import type { Claim, FxTable } from '../schema';
import type { CheckedFigure, ClaimComparison, Figure, Verdict } from '../types';
import type { Unit } from '../vocabulary';
import { checkArithmetic, type PartLookup } from './arithmetic';
import {
  conversionYear,
  explainAgreement,
  explainArithmetic,
  explainDisagreement,
  explainPageConflict,
  explainRelated,
  explainUnverified,
  explainMajority,
  explainWeak,
  explainWorthALook,
  type Detail,
  type ExplainContext,
} from './explain';
import { judgeValues, type Judgement } from './judge-values';
import { isFlowMetric, spanCheck, sumOverSpan } from './span-check';
import type { Currency, MetricId } from '../vocabulary';
import { isCurrency } from '../vocabulary';
import { missingEvidence } from './evidence';
import { isForecastClaim, isForecastFigure, latestPeriods, matchClaims, periodRelation, samePart, type ClaimIndex } from './match-claims';
import { conversionFactor, toUnit } from './normalise';
import type { PageConflict } from './page-consistency';
import { normalisePeriod, periodYear, spanTiles } from './periods';
import { padOf } from './tolerance';
import { VERDICT_RANK, isFlagged, mostSevere } from './severity';
import { compareValues } from './compare-values';
import { precisionOf } from './precision';

export interface CheckContext extends ExplainContext {
  fx: FxTable;
  /** Currencies the page names (its figures' units): the only ones a currency mix-up may be proposed with. */
  currencies: ReadonlySet<Currency>;
  indexes: readonly ClaimIndex[];
  pageEnd: number | null;
  pageYear: number | null;
  lookup: PartLookup;
  /** Sources that are pages the reader read (the reading memory): their disagreement is worth a look, not a warning. */
  remembered?: ReadonlySet<string>;
}

const MAX_PLAIN_RATIO = 20;
/** Without a shared period only a slip of exactly one scale step (×10) or a currency swap is believed. */
const LOOSE_JUDGE = { powers: [10], maxResidual: 1.12 } as const;

function compareClaim(figure: Figure, claim: Claim, latest: ReadonlySet<string>, ctx: CheckContext): Detail {
  const year = conversionYear(figure, claim.period, ctx.pageYear);
  const factor = conversionFactor(claim.unit, figure.unit, year, ctx.fx);
  const value = toUnit(claim.value, claim.unit, figure.unit, year, ctx.fx, figure.metric);
  const valueMax =
    value === null || claim.valueMax === undefined ? null : toUnit(claim.valueMax, claim.unit, figure.unit, year, ctx.fx, figure.metric);
  const own = ctx.pageSource !== null && claim.sourceId === ctx.pageSource;
  const relation = own ? 'own' : periodRelation(figure, claim, latest);
  let verdict: Verdict;
  let judgement: Judgement | null = null;
  if (own) verdict = 'unchecked';
  else if (value === null) verdict = 'related';
  else if (relation === 'other') {
    // (a forecast is no total a period's amount can exceed: an actual above it beat it; nor is another part's amount,
    // "Kling revenue of 3.71 billion yuan in nine months" beside the quarter's 21.85 billion yuan of online marketing;
    // nor is a company's round dated by its year a year's total: "raised US$1.2 billion in 2026" is one round, and the
    // US$10 billion sought in February another; the market's funding, summed by firms that count it, does add up)
    const span = isForecastFigure(figure) || isForecastClaim(claim) || !samePart(figure, claim) || (figure.metric === 'funding' && figure.entity !== 'china-market') ? null : spanCheck(
      figure.metric as MetricId,
      { value: figure.value, valueMax: figure.valueMax, qualifier: figure.qualifier, period: figure.period },
      { value, valueMax, qualifier: claim.qualifier, period: claim.period },
    );
    const ratio = value === 0 ? Infinity : figure.value / value;
    const plausible = Math.abs(ratio) <= MAX_PLAIN_RATIO && Math.abs(ratio) >= 1 / MAX_PLAIN_RATIO;
    verdict = span && plausible ? 'conflict' : 'related';
    if (span && plausible) {
      judgement = { verdict: 'conflict' as const, ratio, gap: 0, span };
    }
  } else {
    judgement = judgeValues(
      { value: figure.value, valueMax: figure.valueMax, qualifier: figure.qualifier },
      { value, valueMax, qualifier: claim.qualifier, precision: precisionIn(claim, factor ?? 1) },
      { unit: figure.unit, otherUnit: claim.unit, year, fx: ctx.fx },
      { ...(relation === 'loose' ? LOOSE_JUDGE : {}), currencies: currenciesFor(figure.unit, claim.unit, ctx) },
    );
    // Without a shared period a plain gap may be another year: only a gap with a likely cause is flagged.
    // A plain gap of more than 20× is almost never two sources disagreeing about one figure: far more often the
    // figure was attributed to the wrong metric, so it is shown as context, not as a conflict.
    const far = judgement.verdict === 'conflict' && (Math.abs(judgement.ratio) > MAX_PLAIN_RATIO || Math.abs(judgement.ratio) < 1 / MAX_PLAIN_RATIO);
    // Without a period on one side an agreement is as unproven as a disagreement: "20 billion yuan" with no date
    // does not agree with a source's "over US$1 billion" of June 2026; both are context.
    const agrees = judgement.verdict === 'consistent' || judgement.verdict === 'rounding';
    verdict = (relation === 'loose' && (judgement.verdict === 'conflict' || agrees)) || far ? 'related' : judgement.verdict;
  }
  // A remembered page is not a vetted source: what it contradicts is shown as worth a look, never as a warning.
  const worth = !own && ctx.remembered?.has(claim.sourceId) && isFlagged(verdict) ? verdict : undefined;
  if (worth) verdict = 'related';
  const comparison: ClaimComparison = {
    claimId: claim.id,
    sourceId: claim.sourceId,
    period: claim.period,
    value,
    valueMax,
    unit: figure.unit,
    originalValue: claim.value,
    originalUnit: claim.unit,
    verdict,
    quote: claim.quote,
    ...(worth ? { worth: true as const } : {}),
  };
  return { comparison, relation, judgement, year, originalMax: claim.valueMax ?? null, qualifier: claim.qualifier, ...(worth ? { worth } : {}) };
}

/** The currencies of the two statements and those the page names (the page's own set when it has both). */
function currenciesFor(a: Unit, b: Unit, ctx: CheckContext): ReadonlySet<Currency> {
  const page = ctx.currencies;
  const missing = (u: Unit) => isCurrency(u) && !page.has(u);
  if (!missing(a) && !missing(b)) return page;
  const set = new Set<Currency>(page);
  if (isCurrency(a)) set.add(a);
  if (isCurrency(b)) set.add(b);
  return set;
}

/** The claim's written precision, carried through the conversion (724 million yuan → about US$0.14 million). */
const precisionIn = (claim: Claim, factor: number): number => precisionOf(claim.value) * Math.abs(factor);

/** The sources that state this figure themselves (same period or none, value agreeing), and the page's own source. */
function writersOf(figure: Figure, claims: readonly Claim[], ctx: CheckContext): Set<string> {
  const writers = new Set<string>();
  if (ctx.pageSource) writers.add(ctx.pageSource);
  const period = normalisePeriod(figure.period);
  for (const c of claims) {
    const p = normalisePeriod(c.period);
    if (period !== null && p !== null && p !== period) continue;
    const v = toUnit(c.value, c.unit, figure.unit, periodYear(c.period), ctx.fx, figure.metric);
    if (v === null) continue;
    const cmp = compareValues(
      { value: figure.value, valueMax: figure.valueMax, qualifier: figure.qualifier },
      { value: v, valueMax: null, qualifier: c.qualifier },
    );
    if (cmp.verdict !== 'conflict' && !cmp.open) writers.add(c.sourceId);
  }
  return writers;
}

/**
 * A cumulative figure ("6.2 billion yuan from 2021 to H1 2024") against a source that gives every single period
 * of the span: compare with their sum, and give each of those claims the sum's verdict.
 */
function compareSpanSums(figure: Figure, details: Detail[], ctx: CheckContext): void {
  if (!figure.metric || !isFlowMetric(figure.metric) || !spanTiles(figure.period)) return;
  const parts = details.map((d) => ({
    period: d.comparison.period,
    value: d.relation === 'other' ? d.comparison.value : null,
    sourceId: d.comparison.sourceId,
  }));
  for (const sum of sumOverSpan(figure.period, parts).values()) {
    const used = sum.parts.map((i) => details[i] as Detail);
    const pad = used.reduce((total, d) => {
      const c = d.comparison;
      const factor = c.originalValue === 0 || c.value === null ? 1 : c.value / c.originalValue;
      return total + padOf({ value: c.value ?? 0, valueMax: null, qualifier: d.qualifier, precision: precisionOf(c.originalValue) * Math.abs(factor) });
    }, 0);
    const first = used[0] as Detail;
    const judgement = judgeValues(
      { value: figure.value, valueMax: figure.valueMax, qualifier: figure.qualifier },
      { value: sum.value, valueMax: null, qualifier: 'exact', pad },
      { unit: figure.unit, otherUnit: first.comparison.originalUnit, year: first.year, fx: ctx.fx },
    );
    for (const d of used) {
      d.comparison.verdict = judgement.verdict;
      d.judgement = judgement;
      d.sum = sum;
    }
  }
}

const byRank = (a: Detail, b: Detail) => VERDICT_RANK[b.comparison.verdict] - VERDICT_RANK[a.comparison.verdict];

/** `figure` as read (or as the page's own claim, see own-claim.ts); `ownClaim` whether it is that claim. */
export function checkFigure(
  figure: Figure,
  ctx: CheckContext,
  pageConflicts: readonly PageConflict[] = [],
  figures: readonly Figure[] = [],
  ownClaim = false,
): CheckedFigure {
  if (!figure.entity || !figure.metric)
    return { ...figure, verdict: 'unverified', explanation: explainUnverified(figure, false), claims: [], ownClaim, flagged: false };
  if (!Number.isFinite(figure.value) || (figure.valueMax !== null && !Number.isFinite(figure.valueMax)))
    return { ...figure, verdict: 'unverified', explanation: 'The value could not be read as a number', claims: [], ownClaim, flagged: false };

  const claims = matchClaims(ctx.indexes, figure.entity, figure.metric);
  const others = claims.filter((c) => c.sourceId !== ctx.pageSource);
  const latest = latestPeriods(others, ctx.pageEnd);
  const details = claims.map((c) => compareClaim(figure, c, latest, ctx));
  compareSpanSums(figure, details, ctx);
  details.sort(byRank);
  const counted = details.filter((d) => d.relation !== 'own');
  const worth = counted.filter((d) => d.worth);
  const plain = worth.length ? counted.filter((d) => !d.worth) : counted;

  const lines: { verdict: Verdict; line: string; first?: boolean }[] = [];
  const tally = sourceTally(plain, ownClaim ? ctx.pageSource : null);
  let dbVerdict = mostSevere(plain.map((d) => d.comparison.verdict));
  const agreeing = plain.filter((d) => d.comparison.verdict === 'consistent' || d.comparison.verdict === 'rounding');
  // When the sources disagree among themselves, a figure that agrees with most of them is not the one to warn of:
  // "724 million yuan" with two sources for it and one (7 billion) against is calm; the outlier is warned of.
  const majority = isFlagged(dbVerdict) && tally.agree.size > tally.disagree.size;
  if (majority) {
    const calm = agreeing.some((d) => d.comparison.verdict === 'consistent') ? 'consistent' : 'rounding';
    const against = plain.filter((d) => isFlagged(d.comparison.verdict));
    lines.push({ verdict: calm, line: explainMajority(figure, tally, against, ctx) });
    dbVerdict = calm;
  } else if (isFlagged(dbVerdict)) {
    const group = plain.filter((d) => d.comparison.verdict === dbVerdict);
    lines.push({ verdict: dbVerdict, line: explainDisagreement(figure, group, agreeing, ctx) });
  } else if (dbVerdict === 'consistent' || dbVerdict === 'rounding') {
    lines.push({ verdict: dbVerdict, line: explainAgreement(figure, plain.filter((d) => d.comparison.verdict === dbVerdict), ctx) });
  } else if (dbVerdict === 'related') {
    lines.push({ verdict: 'related', line: explainRelated(figure, plain, ctx) });
  } else if (!worth.length) {
    lines.push({ verdict: 'unverified', line: explainUnverified(figure, claims.length > 0) });
  }
  if (worth.length) lines.push({ verdict: 'related', line: explainWorthALook(figure, worth, ctx), first: true });

  const arithmetic = checkArithmetic(figure, ctx.lookup, ctx.fx, writersOf(figure, claims, ctx));
  if (arithmetic) {
    const line = explainArithmetic(figure, arithmetic, ctx);
    if (!arithmetic.agrees) lines.push({ verdict: 'arithmetic', line });
    else {
      // Parts from another source that agree are evidence; the page's own parts only confirm its sums.
      const independent = arithmetic.computations.some(
        (c) => c.verdict !== 'conflict' && c.sourceId !== 'page' && c.sourceId !== ctx.pageSource,
      );
      lines.push({ verdict: independent ? 'consistent' : 'unverified', line });
    }
  }
  if (pageConflicts.length) lines.push({ verdict: 'page-conflict', line: explainPageConflict(figure, pageConflicts, figures) });

  let verdict = mostSevere(lines.map((l) => l.verdict));
  // A warning needs the company, metric and period stated where the figure stands (evidence.ts); a guessed reading
  // gets the sources as context only.
  const missing = isFlagged(verdict) ? missingEvidence(figure) : [];
  if (missing.length) {
    const kept = lines.filter((l) => !isFlagged(l.verdict));
    lines.length = 0;
    lines.push({ verdict: 'related', line: explainWeak(figure, missing, counted, ctx) }, ...kept);
    verdict = mostSevere(lines.map((l) => l.verdict));
  }
  // The line for the verdict first, then the rest (most severe first).
  const order = (l: { verdict: Verdict; first?: boolean }) => (l.verdict === verdict ? (l.first ? 101 : 100) : VERDICT_RANK[l.verdict]);
  lines.sort((a, b) => order(b) - order(a));
  const explanation = lines.map((l) => l.line).join(' · ');
  return { ...figure, verdict, explanation, claims: details.map((d) => d.comparison), ownClaim, flagged: isFlagged(verdict) };
}

export interface SourceTally {
  /** Sources that state this fact only with a value agreeing with the figure (the page's own source among them). */
  agree: Set<string>;
  /** Sources whose every statement of this fact the figure contradicts. */
  disagree: Set<string>;
  /** Sources that state the fact both ways (AINews: "7 billion yuan" and "700 million yuan"): they count for neither. */
  split: Set<string>;
}

/** Which sources agree and which disagree with the figure, each counted once. */
function sourceTally(counted: readonly Detail[], ownSource: string | null): SourceTally {
  const agree = new Set<string>();
  const disagree = new Set<string>();
  const split = new Set<string>();
  if (ownSource) agree.add(ownSource);
  for (const d of counted) {
    const v = d.comparison.verdict;
    const id = d.comparison.sourceId;
    const side = v === 'consistent' || v === 'rounding' ? agree : isFlagged(v) ? disagree : null;
    if (side === null || split.has(id) || id === ownSource) continue;
    const other = side === agree ? disagree : agree;
    if (other.has(id)) {
      other.delete(id);
      split.add(id);
    } else side.add(id);
  }
  return { agree, disagree, split };
}
