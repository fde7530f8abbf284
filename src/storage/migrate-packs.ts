// First run after the move to IndexedDB: packs an older build kept in storage.local (`fc:packs`) go into the pack
// store, then leave storage.local. Safe to run twice at once (the options page and the background): a pack
// already in the store is kept as it is.
import type { Lang } from '../core/i18n/translate';
import type { PackStore } from './pack-store';
import { loadLegacyPacks, removeLegacyPacks, savePackStamp } from './storage';

/** Returns a notice (in `lang`) when some stored packs could not be read (they are dropped, as before the move). */
export async function migrateLegacyPacks(store: PackStore, lang: Lang = 'en'): Promise<string | null> {
  const legacy = await loadLegacyPacks(lang);
  if (!legacy) return null;
  const have = new Set((await store.list()).map((p) => p.name));
  for (const pack of legacy.value) if (!have.has(pack.name)) await store.add(pack);
  await removeLegacyPacks();
  await savePackStamp((await store.list()).length);
  return legacy.notice;
}
