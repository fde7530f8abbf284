// The reader over the five seed articles: every claim's figure, located through its verbatim quote, must be read
// with the claim's value and unit; entity, metric and period must agree for a high share of the claims.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readFigures } from '../../src/core/read-figures';
import type { Figure } from '../../src/core/types';

interface Claim {
  id: string;
  entity: string;
  metric: string;
  period: string | null;
  value: number;
  valueMax?: number;
  unit: string;
  sourceId: string;
  quote: string;
}
interface Source {
  id: string;
  file: string;
  date: string | null;
}

const root = path.resolve(import.meta.dirname, '../..');
const seedsDir = path.resolve(root, '../shared/seeds');

function loadClaims(): Claim[] {
  const merged = path.join(root, 'data/claims.json');
  if (existsSync(merged)) {
    const claims = JSON.parse(readFileSync(merged, 'utf8')) as Claim[];
    if (claims.length > 0) return claims;
  }
  const parts = path.join(root, 'data/parts');
  if (!existsSync(parts)) return [];
  return readdirSync(parts)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => JSON.parse(readFileSync(path.join(parts, f), 'utf8')) as Claim[]);
}

const sources = JSON.parse(readFileSync(path.join(root, 'data/sources.json'), 'utf8')) as Source[];
const claims = loadClaims();
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

interface Result {
  claim: Claim;
  figure: Figure | undefined;
}

function readAll(): Result[] {
  const results: Result[] = [];
  const byArticle = new Map<string, Figure[]>();
  for (const claim of claims) {
    const source = sources.find((s) => s.id === claim.sourceId);
    if (!source) continue;
    const file = path.join(seedsDir, source.file);
    if (!existsSync(file)) continue;
    const article = readFileSync(file, 'utf8');
    if (!byArticle.has(file)) byArticle.set(file, readFigures(article, source.date ? { pageDate: source.date } : {}));
    const figures = byArticle.get(file)!;
    const at = article.indexOf(claim.quote);
    const inQuote = figures.filter((f) => f.start >= at && f.end <= at + claim.quote.length);
    const figure = inQuote.find(
      (f) => f.unit === claim.unit && (close(f.value, claim.value) || close(Math.abs(f.value), Math.abs(claim.value))),
    );
    results.push({ claim, figure });
  }
  return results;
}

describe.runIf(claims.length > 0 && existsSync(seedsDir))('reading the seed articles', () => {
  const results = readAll();
  const found = results.filter((r) => r.figure);
  const share = (pred: (r: Result) => boolean) => found.filter(pred).length / Math.max(1, found.length);

  test('finds nearly every claimed figure with its value and unit', () => {
    const missing = results.filter((r) => !r.figure).map((r) => `${r.claim.id}: ${r.claim.value} ${r.claim.unit}`);
    console.log(`seed claims read with value and unit: ${found.length}/${results.length}`);
    if (missing.length) console.log(`not read as claimed:\n  ${missing.join('\n  ')}`);
    expect(found.length / results.length).toBeGreaterThanOrEqual(0.85);
  });

  test('every figure of every article is in text order, without overlap, and its text is its span', () => {
    for (const source of sources) {
      const file = path.join(seedsDir, source.file);
      if (!existsSync(file)) continue;
      const article = readFileSync(file, 'utf8');
      const figures = readFigures(article, source.date ? { pageDate: source.date } : {});
      expect(figures.length).toBeGreaterThan(0);
      let end = 0;
      for (const f of figures) {
        expect(article.slice(f.start, f.end)).toBe(f.text);
        expect(f.start).toBeGreaterThanOrEqual(end);
        expect(Number.isFinite(f.value)).toBe(true);
        end = f.end;
      }
    }
  });

  test('attributes entity, metric and period for a high share of them', () => {
    const entity = share((r) => r.figure!.entity === r.claim.entity);
    const metric = share((r) => r.figure!.metric === r.claim.metric);
    const metricLoose = share(
      (r) => r.figure!.metric === r.claim.metric || (!!r.figure!.metric?.startsWith('other:') && r.claim.metric.startsWith('other:')),
    );
    const period = share((r) => r.figure!.period === r.claim.period);
    console.log(
      `entity ${(100 * entity).toFixed(1)}%  metric ${(100 * metric).toFixed(1)}% (is-other ${(100 * metricLoose).toFixed(1)}%)  period ${(100 * period).toFixed(1)}%`,
    );
    expect(entity).toBeGreaterThanOrEqual(0.85);
    expect(metricLoose).toBeGreaterThanOrEqual(0.6);
    expect(period).toBeGreaterThanOrEqual(0.4);
  });
});
