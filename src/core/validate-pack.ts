// Check an imported claim pack before anything is stored: size, JSON, shape (zod, with row/field messages), and
// its links to the claims already known (bundled database and packs imported earlier). All or nothing.
import { claimPackSchema, type ClaimPack, type Claim, type Source } from './schema';
import { parseWith, type Parsed } from './validate';

export const MAX_PACK_BYTES = 5 * 1024 * 1024;

export interface KnownData {
  sources: Source[];
  claims: Claim[];
  packNames: string[];
}

export function packSizeProblem(file: string, bytes: number): string | null {
  if (bytes <= MAX_PACK_BYTES) return null;
  const mb = (bytes / 1024 / 1024).toFixed(1);
  return `${file}: the file is ${mb} MB; claim packs can be at most ${MAX_PACK_BYTES / 1024 / 1024} MB.`;
}

/** Ids must be new; a claim may cite a source of its own pack or one already known. */
export function packLinkProblems(pack: ClaimPack, known: KnownData): string[] {
  const problems: string[] = [];
  if (known.packNames.includes(pack.name)) {
    problems.push(`'name': a pack named "${pack.name}" is already imported; remove it first.`);
  }
  const knownSources = new Set(known.sources.map((s) => s.id));
  const ownSources = new Set<string>();
  pack.sources.forEach((s, i) => {
    const where = `source ${i + 1} (${s.id}): 'id'`;
    if (ownSources.has(s.id)) problems.push(`${where} is used twice in this pack`);
    else if (knownSources.has(s.id)) problems.push(`${where} is already used by another source`);
    ownSources.add(s.id);
  });
  const knownClaims = new Set(known.claims.map((c) => c.id));
  const ownClaims = new Set<string>();
  pack.claims.forEach((c, i) => {
    const where = `claim ${i + 1} (${c.id})`;
    if (ownClaims.has(c.id)) problems.push(`${where}: 'id' is used twice in this pack`);
    else if (knownClaims.has(c.id)) problems.push(`${where}: 'id' is already used by another claim`);
    ownClaims.add(c.id);
    if (!ownSources.has(c.sourceId) && !knownSources.has(c.sourceId)) {
      problems.push(`${where}: 'sourceId' names no source "${c.sourceId}" in this pack or the database`);
    }
  });
  return problems;
}

export function validatePackText(text: string, file: string, known: KnownData): Parsed<ClaimPack> {
  const size = packSizeProblem(file, new TextEncoder().encode(text).length);
  if (size) return { ok: false, problems: [size] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`${file}: not valid JSON (${(error as Error).message}).`] };
  }
  // The file is named in the sentence above the list, so each line starts at the row: "claim 12: 'period' is missing".
  const parsed = parseWith(claimPackSchema, json, '');
  if (!parsed.ok) return parsed;
  const problems = packLinkProblems(parsed.data, known);
  return problems.length ? { ok: false, problems } : parsed;
}
