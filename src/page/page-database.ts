// The bundled claim database extended with the user's imported packs (their sources and claims appended). Rebuilt
// only when the packs change.
import type { ClaimDatabase } from '../core/validate';
import type { StoredPack } from '../storage/storage';

let memo: { base: ClaimDatabase; key: string; db: ClaimDatabase } | undefined;

export function withPacks(base: ClaimDatabase, packs: readonly StoredPack[]): ClaimDatabase {
  if (!packs.length) return base;
  const key = JSON.stringify(packs.map((p) => [p.name, p.importedAt, p.claims.length, p.sources.length]));
  if (memo && memo.base === base && memo.key === key) return memo.db;
  const sourceIds = new Set(base.sources.map((s) => s.id));
  const claimIds = new Set(base.claims.map((c) => c.id));
  const db: ClaimDatabase = {
    fx: base.fx,
    sources: [...base.sources, ...packs.flatMap((p) => p.sources).filter((s) => !sourceIds.has(s.id) && sourceIds.add(s.id))],
    claims: [...base.claims, ...packs.flatMap((p) => p.claims).filter((c) => !claimIds.has(c.id) && claimIds.add(c.id))],
  };
  memo = { base, key, db };
  return db;
}
