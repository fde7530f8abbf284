// Find the claims a figure can be compared with: an index by `entity|metric`, built once per claim list (cached
// in a WeakMap keyed by the list, so one database is indexed once however many pages are checked), and the rule
// that decides how a claim's period relates to the figure's.
import type { Claim } from '../schema';
import type { Figure } from '../types';
import type { Basis, EntityId, MetricId } from '../vocabulary';
import { basisOf, normaliseSegment, sameMarket, splitMarket, splitYardstick } from '../read/fact-basis';
import { PER_SHARE_METRICS } from '../read/metrics';
import { DAY_VALUES } from '../read/pick-period';
import { isSpan, normalisePeriod, periodEnd } from './periods';

export type ClaimIndex = ReadonlyMap<string, readonly Claim[]>;

const indexes = new WeakMap<readonly Claim[], ClaimIndex>();

export const indexKey = (entity: EntityId, metric: MetricId): string => `${entity}|${metric}`;

export function claimIndex(claims: readonly Claim[]): ClaimIndex {
  let index = indexes.get(claims);
  if (!index) {
    const map = new Map<string, Claim[]>();
    for (const c of claims) {
      const key = indexKey(c.entity, c.metric);
      const list = map.get(key);
      if (list) list.push(c);
      else map.set(key, [c]);
    }
    index = map;
    indexes.set(claims, index);
  }
  return index;
}

/** Claims about the same entity and metric, from the database and any extra lists (an imported pack). */
export function matchClaims(indexes: readonly ClaimIndex[], entity: EntityId, metric: MetricId): Claim[] {
  const key = indexKey(entity, metric);
  return indexes.flatMap((ix) => ix.get(key) ?? []);
}

/**
 * How a claim's period relates to a figure's:
 * - `same`: the same period: compare values fully;
 * - `loose`: one side has no period (or the figure has none and the claim is the latest the sources give): compare,
 *   but only a gap with a likely explanation (scale word, currency) is flagged; a plain gap may be another period;
 * - `other`: another period, or a forecast against a reported value: shown as related context only.
 */
export type PeriodRelation = 'same' | 'loose' | 'other';

/** A claim's basis: as stated, else the one its period implies. */
export const claimBasis = (claim: Claim): Basis | null =>
  claim.basis !== undefined ? claim.basis : basisOf(claim.period, claim.metric, claim.qualifier);

export const claimSegment = (claim: Claim): string | null => (claim.segment ? normaliseSegment(claim.segment) : null);

/**
 * Whether a value per share in one currency and one in another are of two listings (Baidu's US$118 American
 * depositary share and its HK$113.5 Hong Kong share, an ADS being several shares): never one fact in two currencies.
 */
export const isPerShareOfListing = (metric: string): boolean => PER_SHARE_METRICS.has(metric);

/** Metrics of a part of a company by definition (a segment's revenue, growth, share of the total, margin). */
const PART_METRIC = 'other:segment-';

/**
 * Whether a figure and a claim are of the same part of the company (both the whole, or one segment or model). A
 * market share's yardstick that one side does not tell is no difference (as with the basis below); two told
 * yardsticks, a share by revenue and one by tokens, are two facts.
 */
export function samePart(figure: Figure, claim: Claim): boolean {
  // (a part's figure that names no part, on both sides, may be two parts: "revenue from AI-powered businesses" and
  // "revenue from its AI applications", both read as some part of Baidu, are not one fact)
  if (figure.metric !== null && figure.metric.startsWith(PART_METRIC) && figure.segment === null && !claim.segment) return false;
  const [partA, byA] = splitYardstick(figure.segment);
  const [partB, byB] = splitYardstick(claim.segment || null);
  const part = (p: string | null) => (p === null ? null : normaliseSegment(p));
  // (and a share of one market is not a share of another, where both name theirs; one that names none may be either)
  return part(partA) === part(partB) && (byA === null || byB === null || byA === byB) && sameMarket(splitMarket(figure.segment)[1], splitMarket(claim.segment || null)[1]);
}

/**
 * Whether a figure and a claim can be statements of one fact apart from the period: the same segment (both the
 * whole company, or the same part or model) and no different basis (a quarter is not a year, nine months not a
 * year, a one-day move not a move since listing). A basis the reader could not tell is not a difference here; the
 * evidence rules keep such a figure from being warned of.
 */
export function sameKind(figure: Figure, claim: Claim): boolean {
  if (!samePart(figure, claim)) return false;
  if (figure.metric !== null && isPerShareOfListing(figure.metric) && figure.unit !== claim.unit) return false;
  // (a price per million tokens is a model's: with no model named on either side, two prices may be two models')
  if (figure.metric === 'price-per-mtok' && (figure.segment === null || claimSegment(claim) === null)) return false;
  const a = figure.basis;
  const b = claimBasis(claim);
  return a === null || b === null || a === b;
}

const OF_A_MONTH = /^\d{4}-\d{2}$/;
// (moves whose size depends on the day they are told: a day's, so far this year, since listing)
const UNFIXED_MOVES = new Set<string>(['daily', 'ytd', 'since-listing']);

/** A forecast, said so or a range looked ahead to ("预计…全年营收将达到10.5亿元至11.5亿元"): beaten or missed, never wrong. */
export const isForecastFigure = (figure: Pick<Figure, 'qualifier' | 'basis'>): boolean => figure.qualifier === 'forecast' || figure.basis === 'forecast';
export const isForecastClaim = (claim: Claim): boolean => claim.qualifier === 'forecast' || claimBasis(claim) === 'forecast';

export function periodRelation(figure: Figure, claim: Claim, latest: ReadonlySet<string>): PeriodRelation {
  if (isForecastFigure(figure) !== isForecastClaim(claim)) return 'other';
  if (!sameKind(figure, claim)) return 'other';
  const f = normalisePeriod(figure.period);
  const c = normalisePeriod(claim.period);
  if (figure.metric !== null && DAY_VALUES.has(figure.metric)) {
    // a share price, a market value or a move is of one trading day, and periods here are months at finest: two
    // prices of one month may be of two days. A move is one fact only when both say over what: a month's or a
    // year's move ("fell 23% in February") is, a day's is not ("rose 3% on Monday" against "fell 2% on Thursday"),
    // nor a move so far this year or since listing, which grows day by day, nor one that does not say. A price or a
    // market value of a month is compared only for a gap with a likely explanation (a scale word, a currency)
    const cb = claimBasis(claim);
    if (figure.metric === 'stock-change') {
      if (figure.basis === null || cb === null || figure.basis !== cb || UNFIXED_MOVES.has(figure.basis)) return 'other';
    } else if (OF_A_MONTH.test(f ?? '') || OF_A_MONTH.test(c ?? '')) return f === c ? 'loose' : 'other';
  }
  if (f !== null && c !== null) return f === c ? 'same' : 'other';
  if (f === null && c !== null) return latest.has(c) ? 'loose' : 'other';
  return 'loose';
}

/**
 * The periods a figure without a period most likely means: the latest reported (not forecast, not a span)
 * period among the claims, not after the page's date. "Revenue of 7 billion yuan" on a page from June 2026 is
 * compared with the 2025 figures, not with 2021–2024.
 */
export function latestPeriods(claims: readonly Claim[], pageEnd: number | null): Set<string> {
  let best = -Infinity;
  const ends = new Map<string, number>();
  for (const c of claims) {
    const p = normalisePeriod(c.period);
    if (p === null || isForecastClaim(c) || isSpan(p)) continue;
    const end = periodEnd(p);
    if (end === null || (pageEnd !== null && end > pageEnd)) continue;
    ends.set(p, end);
    if (end > best) best = end;
  }
  return new Set([...ends].filter(([, e]) => e === best).map(([p]) => p));
}
