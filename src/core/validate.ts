// Parse untrusted data once, at the edge, and turn zod's issues into lines a person can act on:
// "data/claims.json: row 17 (zhipu-revenue-2025-nbd), field "unit": Invalid option ...".
import type { z } from 'zod';
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

/** Describe each zod issue with its row (and the row's id when it has one) and field path. */
export function describeIssues(error: z.ZodError, input: unknown, file: string): string[] {
  return error.issues.map((issue) => {
    const path = [...issue.path];
    let where = file;
    // Arrays of rows: the first path element is the row index; packs nest rows under `claims`/`sources`.
    let rows: unknown = input;
    if (typeof path[0] === 'string' && (path[0] === 'claims' || path[0] === 'sources' || path[0] === 'rates')) {
      const key = path.shift() as string;
      rows = (input as Record<string, unknown>)?.[key];
      where += ` ${key}`;
    }
    if (typeof path[0] === 'number') {
      const index = path.shift() as number;
      const row = Array.isArray(rows) ? rows[index] : undefined;
      const id = row && typeof row === 'object' && 'id' in row ? String((row as { id: unknown }).id) : null;
      where += `: row ${index + 1}${id ? ` (${id})` : ''}`;
    }
    const field = path.length ? `, field "${path.join('.')}"` : '';
    return `${where}${field}: ${issue.message}`;
  });
}

export function parseWith<T>(schema: z.ZodType<T>, input: unknown, file: string): Parsed<T> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, problems: describeIssues(result.error, input, file) };
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
  const sources = parseWith(sourcesSchema, input.sources, files.sources);
  const claims = parseWith(claimsSchema, input.claims, files.claims);
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
    if (sourceIds.has(s.id)) problems.push(`${sourcesFile}: row ${i + 1} (${s.id}), field "id": duplicate id`);
    sourceIds.add(s.id);
  });
  const claimIds = new Set<string>();
  claims.forEach((c, i) => {
    if (claimIds.has(c.id)) problems.push(`${claimsFile}: row ${i + 1} (${c.id}), field "id": duplicate id`);
    claimIds.add(c.id);
    if (!sourceIds.has(c.sourceId))
      problems.push(`${claimsFile}: row ${i + 1} (${c.id}), field "sourceId": no source "${c.sourceId}"`);
  });
  return problems;
}

export function loadDatabaseOrThrow(input: { sources: unknown; claims: unknown; fx: unknown }): ClaimDatabase {
  const parsed = parseDatabase(input);
  if (!parsed.ok) throw new DataError('claim database', parsed.problems);
  return parsed.data;
}
