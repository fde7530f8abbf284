// The claims the options page browses: the bundled database plus imported packs, each with its source resolved.
import type { Claim, Source } from '../../core/schema';
import type { ClaimDatabase } from '../../core/validate';
import type { StoredPack } from '../../storage/storage';

export interface ClaimRow {
  claim: Claim;
  source: Source | undefined;
  /** "Daily Economic News — Zhipu Zhang Peng: ..." */
  sourceLabel: string;
  /** null for the bundled database, else the pack's name. */
  pack: string | null;
}

export function sourceLabel(source: Source | undefined, fallback: string): string {
  if (!source) return fallback;
  return source.outlet ? `${source.outlet} — ${source.title}` : source.title;
}

export function claimRows(db: Pick<ClaimDatabase, 'sources' | 'claims'>, packs: StoredPack[]): ClaimRow[] {
  const bySource = new Map<string, Source>(db.sources.map((s) => [s.id, s]));
  for (const pack of packs) for (const s of pack.sources) bySource.set(s.id, s);
  const row = (claim: Claim, pack: string | null): ClaimRow => {
    const source = bySource.get(claim.sourceId);
    return { claim, source, sourceLabel: sourceLabel(source, claim.sourceId), pack };
  };
  return [...db.claims.map((c) => row(c, null)), ...packs.flatMap((p) => p.claims.map((c) => row(c, p.name)))];
}
