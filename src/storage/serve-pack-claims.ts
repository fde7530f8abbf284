// The background's side of fc:pack-claims: it holds the pack store (IndexedDB in the extension's origin) and
// answers a page's request for the claims about its figures' `entity|metric` keys. It also moves packs an older
// build kept in storage.local into the store, at start: pages ask only once the stamp counts packs, and the
// migration is what writes the stamp for packs imported before the move.
import { browser } from 'wxt/browser';
import { messageSchema, type PackClaimsReply } from '../core/messages';
import { migrateLegacyPacks } from './migrate-packs';
import { openPackStore, type PackStore } from './pack-store';

export function servePackClaims(open: () => Promise<PackStore> = openPackStore): void {
  let ready: Promise<PackStore> | undefined;
  const store = () =>
    (ready ??= open().then(async (s) => {
      await migrateLegacyPacks(s);
      return s;
    })).catch((error) => {
      ready = undefined; // try again next time (a private window closing, a disk freed)
      throw error;
    });
  store().catch((error) => console.warn('[figure-check] the claim packs could not be opened', error));
  browser.runtime.onMessage.addListener((raw: unknown) => {
    const parsed = messageSchema.safeParse(raw);
    if (!parsed.success || parsed.data.type !== 'fc:pack-claims') return undefined;
    const { keys } = parsed.data;
    return store()
      .then((s) => s.claimsFor(keys))
      .then((found): PackClaimsReply => ({ ...found, problem: null }))
      .catch((error): PackClaimsReply => ({ claims: [], sources: [], problem: (error as Error).message }));
  });
}
