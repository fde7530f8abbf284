// The bundled claim database extended with the imported claims the page asked for (their sources and claims
// appended; ids already present are skipped). Rebuilt only when the extra claims change.
import type { Claim, Source } from '../core/schema';
import type { ClaimDatabase } from '../core/validate';

let memo: { base: ClaimDatabase; extra: unknown; db: ClaimDatabase } | undefined;

export function withClaims(base: ClaimDatabase, extra: { claims: readonly Claim[]; sources: readonly Source[] }): ClaimDatabase {
  if (!extra.claims.length && !extra.sources.length) return base;
  if (memo && memo.base === base && memo.extra === extra) return memo.db;
  const sourceIds = new Set(base.sources.map((s) => s.id));
  const claimIds = new Set(base.claims.map((c) => c.id));
  const db: ClaimDatabase = {
    fx: base.fx,
    sources: [...base.sources, ...extra.sources.filter((s) => !sourceIds.has(s.id) && sourceIds.add(s.id))],
    claims: [...base.claims, ...extra.claims.filter((c) => !claimIds.has(c.id) && claimIds.add(c.id))],
  };
  memo = { base, extra, db };
  return db;
}
