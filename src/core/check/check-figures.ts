// Cross-check a list of figures found in `text` against a claim database: find whether the page is itself one of
// the sources (and which figures are its own claims), index the claims once, find values the page states twice,
// then check each figure. Pure; never throws (a figure that cannot be checked comes
// back `unchecked` with the reason). checkFiguresSteps is the same work in steps, for a caller that yields between them.
import type { Claim, Source } from '../schema';
import type { CheckedFigure, Figure, Report } from '../types';
import type { ClaimDatabase } from '../validate';
import type { EntityId, MetricId } from '../vocabulary';
import { currenciesOf } from './page-consistency';
import type { Part } from './arithmetic';
import { checkFigure, type CheckContext } from './check-figure';
import { claimIndex, matchClaims } from './match-claims';
import { matchOwnClaim, type OwnMatch } from './own-claim';
import { findPageConflictsSteps } from './page-conflicts-steps';
import { findPageSourceSteps } from './page-source';
import { dateEnd } from './periods';
import { sourceLabel } from './source-label';

export interface CheckOptions {
  /** The page's date (`2026-06`, `2026-06-15`): a figure without a period is read as of this date. */
  pageDate?: string;
  /** Claims from an imported pack, checked alongside the database. */
  extraClaims?: readonly Claim[];
  extraSources?: readonly Source[];
  /**
   * Claims from the reading memory (pages the reader read), their sources already labelled as such
   * (rememberedSource). Compared with like any source, but a disagreement with them alone is worth a look, never a
   * warning; they are not used as parts of a ratio or growth rate, and a source id the database or a pack already
   * has is theirs, not the memory's.
   */
  remembered?: { claims: readonly Claim[]; sources: readonly Source[] };
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

/**
 * checkFigures as a sequence of steps: it pauses (yields) between its page-level stages and after each figure, so a
 * caller that must not hold a thread for long can stop between steps and go on later. Run to the end without
 * pausing, it is checkFigures; the report is its return value.
 */
export function* checkFiguresSteps(
  figures: readonly Figure[],
  text: string,
  db: ClaimDatabase,
  options: CheckOptions = {},
): Generator<void, Report, void> {
  const list = Array.isArray(figures) ? figures : [];
  try {
    return yield* checkAll(list, typeof text === 'string' ? text : '', db, options);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      pageSource: null,
      figures: list.map((f) => ({ ...f, verdict: 'unchecked', explanation: `Could not be checked: ${reason}`, claims: [], ownClaim: false, flagged: false })),
    };
  }
}

export function checkFigures(figures: readonly Figure[], text: string, db: ClaimDatabase, options: CheckOptions = {}): Report {
  const steps = checkFiguresSteps(figures, text, db, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

function* checkAll(figures: readonly Figure[], text: string, db: ClaimDatabase, options: CheckOptions): Generator<void, Report, void> {
  const extra = options.extraClaims ?? [];
  const sources = new Map<string, Source>();
  for (const s of [...db.sources, ...(options.extraSources ?? [])]) sources.set(s.id, s);
  const remembered = new Set<string>();
  for (const s of options.remembered?.sources ?? []) if (!sources.has(s.id)) (remembered.add(s.id), sources.set(s.id, s));
  const memory = (options.remembered?.claims ?? []).filter((c) => remembered.has(c.sourceId));
  const indexes = extra.length ? [claimIndex(db.claims), claimIndex(extra)] : [claimIndex(db.claims)];
  const checked = memory.length ? [...indexes, claimIndex(memory)] : indexes;
  const allClaims = extra.length || memory.length ? [...db.claims, ...extra, ...memory] : db.claims;
  const page = yield* findPageSourceSteps(text, allClaims);
  yield;

  const pageDate = options.pageDate ?? (page.sourceId ? sources.get(page.sourceId)?.date : null) ?? null;
  const pageEnd = dateEnd(pageDate);
  const pageYear = pageEnd === null ? null : Math.floor((pageEnd - 1) / 12);

  // Parts for arithmetic come from the claims only: the page's figures are the reader's guesses, and a ratio is
  // only contradicted by parts its own writer stated (see arithmetic.ts).
  const lookup = (entity: EntityId, metric: MetricId): Part[] => matchClaims(indexes, entity, metric).map(claimPart);
  const matched: OwnMatch[] = [];
  for (const f of figures) {
    matched.push(matchOwnClaim(f, page.spans, db.fx));
    yield;
  }
  const read = matched.map((m) => m.figure);

  const currencies = currenciesOf(read);
  const ctx: CheckContext = {
    fx: db.fx,
    currencies,
    indexes: checked,
    pageSource: page.sourceId,
    pageEnd,
    pageYear,
    lookup,
    name: (id) => sourceLabel(sources.get(id), id),
    ...(remembered.size ? { remembered } : {}),
  };
  const conflicts = yield* findPageConflictsSteps(read, text, db.fx, pageYear);
  yield;
  const out: CheckedFigure[] = [];
  for (let i = 0; i < read.length; i++) {
    out.push(checkFigure(read[i] as Figure, ctx, conflicts.get(i) ?? [], read, matched[i]?.own ?? false));
    yield;
  }
  return { pageSource: page.sourceId, figures: out };
}
