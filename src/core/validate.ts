// Parse untrusted data once, at the edge, and turn zod's issues into lines a person can act on:
// "data/claims.json: claim 17 (zhipu-revenue-2025-nbd): 'unit' must be one of CNY, USD, …".
import type { z } from 'zod';
import { translate, type Lang } from './i18n/translate';
import { issueWords } from './issue-words';
import { claimsSchema, fxSchema, sourcesSchema, type Claim, type FxTable, type Source } from './schema';

export class DataError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
    this.name = 'DataError';
  }
}

export type Parsed<T> = { ok: true; data: T } | { ok: false; problems: string[] };

const ROW_NOUNS: Record<string, string> = { claims: 'claim', sources: 'source', rates: 'rate' };
const ROW_KEYS: Record<string, string> = { claim: 'rowClaim', source: 'rowSource', rate: 'rowRate' };

/** "claim 12 (zhipu-revenue-2025-nbd)", "第 12 条声明（zhipu-revenue-2025-nbd）": a row counted from 1, with its id. */
export function rowLabel(noun: string, index: number, id: string | null, lang: Lang = 'en'): string {
  const key = ROW_KEYS[noun];
  const row = key ? translate(lang, key, { n: index + 1 }) : lang === 'en' ? `${noun} ${index + 1}` : translate(lang, 'rowRow', { n: index + 1 });
  return id ? translate(lang, 'rowWithId', { row, id }) : row;
}

/**
 * Describe each zod issue with its row, counted from 1 as a person counts (and the row's id when it has one), and
 * the field, in words: "data/claims.json: claim 12 (zhipu-revenue-2025-nbd): 'period' is missing". Without a file
 * name (an imported pack, named in the sentence around the list) the line starts at the row.
 */
export function describeIssues(error: z.ZodError, input: unknown, file: string, noun = 'row', lang: Lang = 'en'): string[] {
  return error.issues.map((issue) => {
    const path = [...issue.path];
    const parts: string[] = file ? [file] : [];
    // Arrays of rows: the first path element is the row index; packs nest rows under `claims`/`sources`.
    let rows: unknown = input;
    let rowNoun = noun;
    if (typeof path[0] === 'string' && path[0] in ROW_NOUNS) {
      const key = path.shift() as string;
      rows = (input as Record<string, unknown>)?.[key];
      rowNoun = ROW_NOUNS[key] ?? noun;
    }
    let value: unknown = rows;
    if (typeof path[0] === 'number') {
      const index = path.shift() as number;
      const row = Array.isArray(rows) ? rows[index] : undefined;
      const id = row && typeof row === 'object' && 'id' in row ? String((row as { id: unknown }).id) : null;
      parts.push(rowLabel(rowNoun, index, id, lang));
      value = row;
    } else value = input;
    for (const key of path) value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key as PropertyKey] : undefined;
    const where = parts.length > 1 ? translate(lang, 'problemAt', { where: parts[0]!, words: parts[1]! }) : (parts[0] ?? '');
    const words = issueWords(issue, path.join('.'), value, lang);
    return where ? translate(lang, 'problemAt', { where, words }) : words;
  });
}

export function parseWith<T>(schema: z.ZodType<T>, input: unknown, file: string, noun = 'row', lang: Lang = 'en'): Parsed<T> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, problems: describeIssues(result.error, input, file, noun, lang) };
}


export interface ClaimDatabase {
  sources: Source[];
  claims: Claim[];
  fx: FxTable;
}

/** Validate the three data files together, including the links between them (sourceId, duplicate ids). */
export function parseDatabase(input: { sources: unknown; claims: unknown; fx: unknown }, files = {
  sources: 'data/sources.json',
  claims: 'data/claims.json',
  fx: 'data/fx.json',
}): Parsed<ClaimDatabase> {
  const problems: string[] = [];
  const sources = parseWith(sourcesSchema, input.sources, files.sources, 'source');
  const claims = parseWith(claimsSchema, input.claims, files.claims, 'claim');
  const fx = parseWith(fxSchema, input.fx, files.fx);
  for (const p of [sources, claims, fx]) if (!p.ok) problems.push(...p.problems);
  if (!sources.ok || !claims.ok || !fx.ok) return { ok: false, problems };
  problems.push(...crossReferenceProblems(sources.data, claims.data, files.claims, files.sources));
  if (problems.length) return { ok: false, problems };
  return { ok: true, data: { sources: sources.data, claims: claims.data, fx: fx.data } };
}

export function crossReferenceProblems(sources: Source[], claims: Claim[], claimsFile: string, sourcesFile: string) {
  const problems: string[] = [];
  const sourceIds = new Set<string>();
  sources.forEach((s, i) => {
    if (sourceIds.has(s.id)) problems.push(`${sourcesFile}: source ${i + 1} (${s.id}): 'id' is used twice`);
    sourceIds.add(s.id);
  });
  const claimIds = new Set<string>();
  claims.forEach((c, i) => {
    if (claimIds.has(c.id)) problems.push(`${claimsFile}: claim ${i + 1} (${c.id}): 'id' is used twice`);
    claimIds.add(c.id);
    if (!sourceIds.has(c.sourceId))
      problems.push(`${claimsFile}: claim ${i + 1} (${c.id}): 'sourceId' names no source "${c.sourceId}"`);
  });
  return problems;
}

export function loadDatabaseOrThrow(input: { sources: unknown; claims: unknown; fx: unknown }): ClaimDatabase {
  const parsed = parseDatabase(input);
  if (!parsed.ok) throw new DataError('claim database', parsed.problems);
  return parsed.data;
}
