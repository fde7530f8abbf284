// Check an imported claim pack before anything is stored: size, JSON, shape (zod, with row/field messages), and
// its links to the claims already known (bundled database and packs imported earlier). All or nothing.
import { claimPackSchema, type ClaimPack, type Claim, type Source } from './schema';
import { translate, type Lang } from './i18n/translate';
import { parseWith, rowLabel, type Parsed } from './validate';

export const MAX_PACK_BYTES = 5 * 1024 * 1024;

export interface KnownData {
  sources: Source[];
  claims: Claim[];
  packNames: string[];
}

// Every sentence here is in English unless `lang` says otherwise: the options page passes the reader's language.
export function packSizeProblem(file: string, bytes: number, lang: Lang = 'en'): string | null {
  if (bytes <= MAX_PACK_BYTES) return null;
  const size = (bytes / 1024 / 1024).toFixed(1);
  return translate(lang, 'packTooBig', { file, size, max: MAX_PACK_BYTES / 1024 / 1024 });
}

/**
 * The ids of a pack's rows: each said once in the pack and not already known, else a problem per row. Returns the
 * pack's own ids.
 */
function newIds<T extends { id: string }>(
  rows: readonly T[],
  kind: 'source' | 'claim',
  known: readonly { id: string }[],
  takenKey: 'packSourceIdTaken' | 'packClaimIdTaken',
  lang: Lang,
  problems: string[],
  /** More checks of the same row, said right after its id's (a claim's source). */
  alsoCheck?: (row: T, where: string) => void,
): Set<string> {
  const knownIds = new Set(known.map((r) => r.id));
  const own = new Set<string>();
  rows.forEach((r, i) => {
    const where = rowLabel(kind, i, r.id, lang);
    if (own.has(r.id)) problems.push(translate(lang, 'packIdTwice', { where }));
    else if (knownIds.has(r.id)) problems.push(translate(lang, takenKey, { where }));
    own.add(r.id);
    alsoCheck?.(r, where);
  });
  return own;
}

/** Ids must be new; a claim may cite a source of its own pack or one already known. */
export function packLinkProblems(pack: ClaimPack, known: KnownData, lang: Lang = 'en'): string[] {
  const problems: string[] = [];
  if (known.packNames.includes(pack.name)) {
    problems.push(translate(lang, 'packNameTaken', { name: pack.name }));
  }
  const ownSources = newIds(pack.sources, 'source', known.sources, 'packSourceIdTaken', lang, problems);
  const knownSources = new Set(known.sources.map((s) => s.id));
  newIds(pack.claims, 'claim', known.claims, 'packClaimIdTaken', lang, problems, (c, where) => {
    if (!ownSources.has(c.sourceId) && !knownSources.has(c.sourceId)) problems.push(translate(lang, 'packNoSource', { where, id: c.sourceId }));
  });
  return problems;
}

export function validatePackText(text: string, file: string, known: KnownData, lang: Lang = 'en'): Parsed<ClaimPack> {
  const size = packSizeProblem(file, new TextEncoder().encode(text).length, lang);
  if (size) return { ok: false, problems: [size] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [translate(lang, 'packNotJson', { file, error: (error as Error).message })] };
  }
  // The file is named in the sentence above the list, so each line starts at the row: "claim 12: 'period' is missing".
  const parsed = parseWith(claimPackSchema, json, '', 'row', lang);
  if (!parsed.ok) return parsed;
  const problems = packLinkProblems(parsed.data, known, lang);
  return problems.length ? { ok: false, problems } : parsed;
}
