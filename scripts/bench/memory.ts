// The reading memory at scale (issue 12): 100,000 remembered claims (10,000 pages of 10 claims, most about a few
// big companies and metrics, as news is) in IndexedDB, here fake-indexeddb in Node (an in-memory IndexedDB written
// in JavaScript; a browser's is native code). Prints the look-up for one page's figures (the keys a real news page
// asks for: a saved NBD article on Zhipu), remembering one page, and the storage used (the records' JSON in UTF-8,
// which is what the options page reports; a browser's files add their own overhead and compression). Targets:
// look-up under 5 ms, storage under 50 MB.
import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { claimKeys } from '../../src/core/check/claim-keys';
import { readFigures } from '../../src/core/read-figures';
import type { Claim, Source } from '../../src/core/schema';
import type { EntityId, MetricId } from '../../src/core/vocabulary';
import { openMemoryStore } from '../../src/storage/memory-store';
import { seedText } from '../../tests/unit/check-helpers';

const ENTITIES: EntityId[] = ['zhipu', 'minimax', 'moonshot', 'baidu', 'alibaba', 'bytedance', 'tencent', 'deepseek', 'stepfun', 'baichuan', '01ai', 'iflytek', 'sensetime', 'kuaishou'];
const METRICS: MetricId[] = ['revenue', 'net-loss', 'valuation', 'funding', 'users', 'ipo-proceeds', 'market-cap', 'rd-expense'] as MetricId[];

/** A small deterministic generator (mulberry32), so every run remembers the same pages. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
/** Skewed towards the first items (news is mostly about a few companies and metrics). */
const skewed = <T>(items: readonly T[], r: () => number): T => items[Math.floor(items.length * r() ** 2)]!;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

export async function benchMemory(pages = 10_000, perPage = 10): Promise<string> {
  const store = await openMemoryStore(new IDBFactory());
  const r = random(12);
  const t0 = performance.now();
  const start = Date.parse('2025-11-26T00:00:00Z');
  for (let p = 0; p < pages; p++) {
    const host = `site${p % 300}.example`;
    const url = `https://www.${host}/news/${p}`;
    const id = `site${p % 300}-example-${p.toString(36)}`;
    const source: Source = { id, title: `A news story number ${p} about Chinese AI companies`, outlet: host, author: null, date: '2026-01-01', language: 'en', file: url, url };
    const claims: Claim[] = [];
    for (let c = 0; c < perPage; c++) {
      const entity = skewed(ENTITIES, r);
      const metric = skewed(METRICS, r);
      const period = String(2020 + Math.floor(r() * 7));
      const value = Math.round(1e6 + r() * 1e10);
      claims.push({
        id: `${id}-${entity}-${metric}-${period}-${c}`,
        entity,
        metric,
        period,
        value,
        unit: 'CNY',
        qualifier: 'exact',
        sourceId: id,
        quote: `${entity} reported ${metric} of ${(value / 1e6).toFixed(0)} million yuan in ${period}, the company said in a filing on ${p}.`,
      });
    }
    await store.remember({ url, title: source.title, source, claims, readAt: new Date(start + p * 3_000_000).toISOString() });
  }
  const fillMs = performance.now() - t0;

  const { pages: pageCount, claims, bytes } = await store.usage();

  const keys = claimKeys(readFigures(seedText('nbd-zhipu-api')));
  const times: number[] = [];
  let served = 0;
  for (let i = 0; i < 25; i++) {
    const a = performance.now();
    served = (await store.claimsFor(keys, 'https://www.site1.example/news/1')).claims.length;
    times.push(performance.now() - a);
  }
  const one: Claim[] = [];
  const rememberTimes: number[] = [];
  for (let i = 0; i < 10; i++) {
    const url = 'https://www.scmp.com/tech/one';
    const source: Source = { id: 'scmp-one', title: 'One page', outlet: 'scmp.com', author: null, date: null, language: 'en', file: url, url };
    one.length = 0;
    for (let c = 0; c < perPage; c++) one.push({ id: `scmp-one-${c}`, entity: 'zhipu', metric: 'revenue', period: '2025', value: 7.24e8 + c, unit: 'CNY', qualifier: 'exact', sourceId: source.id, quote: `Revenue was ${c}.` });
    const a = performance.now();
    await store.remember({ url, title: 'One page', source, claims: one, readAt: new Date().toISOString() });
    rememberTimes.push(performance.now() - a);
  }
  store.close();
  return [
    `Reading memory (fake-indexeddb in Node): ${claims.toLocaleString('en')} remembered claims on ${pageCount.toLocaleString('en')} pages (filled in ${(fillMs / 1000).toFixed(1)} s)`,
    // (the first look-up is cold: the store's indexes and the code are touched for the first time; printed apart, so the
    // worst of the warm ones is not that one)
    `  look-up for one page's figures (${keys.length} keys, ${served} claims served): median ${median(times).toFixed(2)} ms, worst ${Math.max(...times.slice(1)).toFixed(2)} ms of ${times.length - 1} after the first, first (cold) ${times[0]!.toFixed(2)} ms (target < 5 ms)`,
    `  remembering one page again (${perPage} claims, replacing its old ones): median ${median(rememberTimes).toFixed(2)} ms`,
    `  storage used (every record as UTF-8 JSON, the options page's figure): ${(bytes / 1e6).toFixed(1)} MB (target < 50 MB)`,
  ].join('\n');
}
