// The pack store over a real IndexedDB implementation (fake-indexeddb): claims come back by company|metric with
// the sources they cite, a pack is removed whole, the order of a pack survives the buckets.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { expect, test } from 'vitest';
import { openPackStore } from '../../src/storage/pack-store';
import { PackStoreError, packStoreProblem } from '../../src/storage/pack-store-errors';
import type { StoredPack } from '../../src/storage/storage';
import { bigPack } from '../browser/big-pack';

const pack = (name: string, prefix: string, claims = 300): StoredPack => ({
  ...bigPack(name, claims, claims * 250, prefix),
  importedAt: `2026-11-2${prefix.length}T00:00:00.000Z`,
});

test('claimsFor returns only the claims about the keys asked, from every pack, with their sources', async () => {
  const store = await openPackStore(new IDBFactory());
  const a = pack('A', 'a');
  const b = pack('B', 'bb');
  await store.add(a);
  await store.add(b);
  const key = `${a.claims[0]!.entity}|${a.claims[0]!.metric}`;
  const found = await store.claimsFor([key, key]);
  const expected = [...a.claims, ...b.claims].filter((c) => `${c.entity}|${c.metric}` === key);
  expect(found.claims.map((c) => c.id).sort()).toEqual(expected.map((c) => c.id).sort());
  expect(found.sources.map((s) => s.id).sort()).toEqual([...new Set(expected.map((c) => c.sourceId))].sort());
  expect(await store.claimsFor(['nobody|revenue'])).toEqual({ claims: [], sources: [] });
  expect(await store.list()).toEqual([
    { name: 'A', importedAt: a.importedAt, claims: 300, sources: 3 },
    { name: 'B', importedAt: b.importedAt, claims: 300, sources: 3 },
  ]);
  expect(await store.all()).toEqual([a, b]);

  await store.remove('A');
  expect((await store.claimsFor([key])).claims.every((c) => c.id.startsWith('bb-'))).toBe(true);
  expect(await store.all()).toEqual([b]);
});

test.each([
  [Object.assign(new Error('Resource::kQuotaBytes quota exceeded'), { name: 'Error' }), 'quota', /not enough room/],
  [new DOMException('x', 'QuotaExceededError'), 'quota', /not enough room/],
  [new DOMException('x', 'InvalidStateError'), 'unavailable', /private window/],
  [new DOMException('x', 'BlockedError'), 'blocked', /Close other Figure Check tabs/],
  [new Error('disk on fire'), 'other', /could not be read or written \(disk on fire\)/],
] as const)('errors in words: %s', (error, kind, words) => {
  const problem = packStoreProblem(error);
  expect(problem).toBeInstanceOf(PackStoreError);
  expect(problem.kind).toBe(kind);
  expect(problem.message).toMatch(words);
});

test('no IndexedDB at all is said in words', async () => {
  await expect(openPackStore(null)).rejects.toThrow(/does not let Figure Check keep claim packs here/);
});
