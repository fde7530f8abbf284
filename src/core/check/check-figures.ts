// Cross-check a list of figures found in `text` against a claim database: find whether the page is itself one of
// the sources (and which figures are its own claims), index the claims once, find values the page states twice,
// then check each figure. Pure; never throws (a figure that cannot be checked comes
// back `unchecked` with the reason).
import type { Claim, Source } from '../schema';
import type { CheckedFigure, Figure, Report } from '../types';
import type { ClaimDatabase } from '../validate';
import type { EntityId, MetricId } from '../vocabulary';
import type { Part } from './arithmetic';
import { checkFigure, type CheckContext } from './check-figure';
import { claimIndex, matchClaims } from './match-claims';
import { matchOwnClaim } from './own-claim';
import { findPageConflicts } from './page-consistency';
import { findPageSource } from './page-source';
import { dateEnd } from './periods';
import { sourceLabel } from './source-label';

export interface CheckOptions {
  /** The page's date (`2026-06`, `2026-06-15`): a figure without a period is read as of this date. */
  pageDate?: string;
  /** Claims from an imported pack, checked alongside the database. */
  extraClaims?: readonly Claim[];
  extraSources?: readonly Source[];
}

const claimPart = (c: Claim): Part => ({
  entity: c.entity,
  metric: c.metric,
  period: c.period,
  value: c.value,
  valueMax: c.valueMax ?? null,
  unit: c.unit,
  qualifier: c.qualifier,
  sourceId: c.sourceId,
});

export function checkFigures(figures: readonly Figure[], text: string, db: ClaimDatabase, options: CheckOptions = {}): Report {
  const list = Array.isArray(figures) ? figures : [];
  try {
    return checkAll(list, typeof text === 'string' ? text : '', db, options);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      pageSource: null,
      figures: list.map((f) => ({ ...f, verdict: 'unchecked', explanation: `Could not be checked: ${reason}`, claims: [], ownClaim: false })),
    };
  }
}

function checkAll(figures: readonly Figure[], text: string, db: ClaimDatabase, options: CheckOptions): Report {
  const extra = options.extraClaims ?? [];
  const indexes = extra.length ? [claimIndex(db.claims), claimIndex(extra)] : [claimIndex(db.claims)];
  const allClaims = extra.length ? [...db.claims, ...extra] : db.claims;
  const page = findPageSource(text, allClaims);
  const sources = new Map<string, Source>();
  for (const s of [...db.sources, ...(options.extraSources ?? [])]) sources.set(s.id, s);

  const pageDate = options.pageDate ?? (page.sourceId ? sources.get(page.sourceId)?.date : null) ?? null;
  const pageEnd = dateEnd(pageDate);
  const pageYear = pageEnd === null ? null : Math.floor((pageEnd - 1) / 12);

  // Parts for arithmetic come from the claims only: the page's figures are the reader's guesses, and a ratio is
  // only contradicted by parts its own writer stated (see arithmetic.ts).
  const lookup = (entity: EntityId, metric: MetricId): Part[] => matchClaims(indexes, entity, metric).map(claimPart);
  const matched = figures.map((f) => matchOwnClaim(f, page.spans, db.fx));
  const read = matched.map((m) => m.figure);

  const ctx: CheckContext = {
    fx: db.fx,
    indexes,
    pageSource: page.sourceId,
    pageEnd,
    pageYear,
    lookup,
    name: (id) => sourceLabel(sources.get(id), id),
  };
  const conflicts = findPageConflicts(read, text, db.fx, pageYear);
  const checked: CheckedFigure[] = read.map((f, i) => checkFigure(f, ctx, conflicts.get(i) ?? [], read, matched[i]?.own ?? false));
  return { pageSource: page.sourceId, figures: checked };
}
