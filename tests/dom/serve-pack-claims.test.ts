// The background's side of the pack claims: packs an older build kept in storage.local are moved at start (and the
// stamp written, so pages start asking), and a page's request by company|metric is answered from the store.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { packClaimsReplySchema } from '../../src/core/messages';
import { openPackStore } from '../../src/storage/pack-store';
import { servePackClaims } from '../../src/storage/serve-pack-claims';
import { PACKS_KEY, loadPackStamp } from '../../src/storage/storage';
import { bigPack } from '../browser/big-pack';

beforeEach(() => fakeBrowser.reset());

test('legacy packs move at start, and a request gets just the claims about its keys', async () => {
  const old = { ...bigPack('Old pack', 200, 50_000, 'old'), importedAt: '2026-11-01T00:00:00.000Z' };
  await fakeBrowser.storage.local.set({ [PACKS_KEY]: [old] });
  const factory = new IDBFactory();
  servePackClaims(() => openPackStore(factory));
  await vi.waitFor(async () => expect((await loadPackStamp()).count).toBe(1));
  expect((await fakeBrowser.storage.local.get(PACKS_KEY))[PACKS_KEY]).toBeUndefined();

  const key = `${old.claims[0]!.entity}|${old.claims[0]!.metric}`;
  const reply = packClaimsReplySchema.parse(await fakeBrowser.runtime.sendMessage({ type: 'fc:pack-claims', keys: [key] }));
  expect(reply.problem).toBeNull();
  expect(reply.claims.map((c) => c.id).sort()).toEqual(old.claims.filter((c) => `${c.entity}|${c.metric}` === key).map((c) => c.id).sort());
});

test('when the store cannot be opened the answer says why in words, with no claims', async () => {
  servePackClaims(() => openPackStore(null));
  const reply = packClaimsReplySchema.parse(await fakeBrowser.runtime.sendMessage({ type: 'fc:pack-claims', keys: ['zhipu|revenue'] }));
  expect(reply).toMatchObject({ claims: [], sources: [] });
  expect(reply.problem).toMatch(/does not let Figure Check keep claim packs here/);
});
