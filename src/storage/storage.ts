// Typed access to the extension's settings in storage.local, the stamp that tells pages the packs changed, and the
// packs an older build kept there (`fc:packs`, moved to IndexedDB on first run: pack-store.ts). Everything read back is parsed with
// zod: stored data that is corrupt, from an unknown version or written by an older build falls back to the
// defaults (keeping whatever still validates) with a notice for the options page, never a crash.
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { translate, type Lang } from '../core/i18n/translate';
import type { ClaimPack } from '../core/schema';
import {
  DEFAULT_SETTINGS,
  settingsSchema,
  storedPacksSchema,
  type Settings,
} from '../core/settings';

export const SETTINGS_KEY = 'fc:settings';
/** Where packs were kept before they moved to IndexedDB; read once, to migrate them. */
export const PACKS_KEY = 'fc:packs';
/** How many packs are imported and when they last changed: pages skip asking for pack claims when there are none. */
export const PACK_STAMP_KEY = 'fc:pack-stamp';
const packStampSchema = z.object({ count: z.number().int().nonnegative(), at: z.number() });
export type PackStamp = z.infer<typeof packStampSchema>;

export type StoredPack = ClaimPack & { importedAt: string };

/** A value read from storage and, when it had to be repaired, a sentence saying what was reset. */
export interface Loaded<T> {
  value: T;
  notice: string | null;
}

const SETTING_FIELDS = ['scope', 'sites', 'disabledSites', 'sensitivity', 'markAll', 'language', 'memory', 'memoryExcludedSites', 'memoryAsked'] as const;

/**
 * Keep every field that still validates on its own; reset the rest. `{ scope: 'listed', sites: 5 }` keeps scope. The
 * notice is in `lang` (the page that shows it passes the reader's language).
 */
export function repairSettings(raw: unknown, lang: Lang = 'en'): Loaded<Settings> {
  if (raw === undefined || raw === null) return { value: structuredClone(DEFAULT_SETTINGS), notice: null };
  const parsed = settingsSchema.safeParse(raw);
  if (parsed.success) return { value: parsed.data, notice: null };
  const value: Settings = structuredClone(DEFAULT_SETTINGS);
  const reset: string[] = [];
  const record = typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  for (const field of SETTING_FIELDS) {
    const one = settingsSchema.shape[field].safeParse(record[field]);
    if (one.success) (value as Record<string, unknown>)[field] = one.data;
    else reset.push(field);
  }
  const some = reset.length && reset.length < SETTING_FIELDS.length;
  return {
    value,
    notice: some ? translate(lang, 'storageSettingsReset', { fields: reset.join(', ') }) : translate(lang, 'storageSettingsDefaults'),
  };
}

/** Keep every pack that still validates; drop the rest (the notice in `lang`). */
export function repairPacks(raw: unknown, lang: Lang = 'en'): Loaded<StoredPack[]> {
  if (raw === undefined || raw === null) return { value: [], notice: null };
  const parsed = storedPacksSchema.safeParse(raw);
  if (parsed.success) return { value: parsed.data, notice: null };
  if (!Array.isArray(raw)) {
    return { value: [], notice: translate(lang, 'storagePacksUnreadable') };
  }
  const value: StoredPack[] = [];
  const dropped: string[] = [];
  raw.forEach((item, i) => {
    const one = storedPacksSchema.element.safeParse(item);
    if (one.success) value.push(one.data);
    else {
      const name = item && typeof item === 'object' && typeof (item as { name?: unknown }).name === 'string';
      dropped.push(name ? `"${(item as { name: string }).name}"` : `#${i + 1}`);
    }
  });
  return {
    value,
    notice: translate(lang, dropped.length === 1 ? 'storagePackDropped' : 'storagePacksDropped', { packs: dropped.join(', ') }),
  };
}

async function read(key: string): Promise<unknown> {
  try {
    const got = await browser.storage.local.get(key);
    return got[key];
  } catch (error) {
    console.warn('[figure-check] storage read failed', key, error);
    return undefined;
  }
}

export async function loadSettingsWithNotice(lang: Lang = 'en'): Promise<Loaded<Settings>> {
  return repairSettings(await read(SETTINGS_KEY), lang);
}

export async function loadSettings(): Promise<Settings> {
  return (await loadSettingsWithNotice()).value;
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: settingsSchema.parse(settings) });
}

/** The packs an older build kept in storage.local, repaired; null when there are none to migrate. */
export async function loadLegacyPacks(lang: Lang = 'en'): Promise<Loaded<StoredPack[]> | null> {
  const raw = await read(PACKS_KEY);
  return raw === undefined ? null : repairPacks(raw, lang);
}

export async function removeLegacyPacks(): Promise<void> {
  await browser.storage.local.remove(PACKS_KEY);
}

export async function loadPackStamp(): Promise<PackStamp> {
  const parsed = packStampSchema.safeParse(await read(PACK_STAMP_KEY));
  return parsed.success ? parsed.data : { count: 0, at: 0 };
}

/** Tell every page that the packs changed (storage.onChanged reaches content scripts; IndexedDB has no such event). */
export async function savePackStamp(count: number): Promise<void> {
  await browser.storage.local.set({ [PACK_STAMP_KEY]: { count, at: Date.now() } satisfies PackStamp });
}

/** Call `listener` when settings or packs change (from any page of the extension). Returns the unsubscribe. */
export function onStoredDataChange(listener: (what: 'settings' | 'packs') => void): () => void {
  const handler = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local') return;
    if (SETTINGS_KEY in changes) listener('settings');
    if (PACK_STAMP_KEY in changes) listener('packs');
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
