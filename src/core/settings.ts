// Settings kept in extension storage. Versioned: stored data that is corrupt or from an unknown version falls
// back to the defaults with a notice, never a crash.
import { z } from 'zod';
import { claimPackSchema } from './schema';

export const DEFAULT_SITES = [
  'reuters.com',
  'bloomberg.com',
  'ft.com',
  'wsj.com',
  'cnbc.com',
  'scmp.com',
  'caixinglobal.com',
  'technode.com',
  'theinformation.com',
  'techcrunch.com',
  'nikkei.com',
  'asia.nikkei.com',
  'yicaiglobal.com',
  'nbd.com.cn',
  '36kr.com',
  'sina.com.cn',
  'qq.com',
  '163.com',
  'mingpao.com',
  'gate.com',
];

export const settingsSchema = z.object({
  version: z.literal(1),
  /** Run on every site, or only on `sites`. */
  scope: z.enum(['all', 'listed']),
  sites: z.array(z.string()),
  /** Sites the user switched off from the popup (host names). */
  disabledSites: z.array(z.string()),
  /** Flag only conflicts (conflict, magnitude, currency, arithmetic, page-conflict), or rounding gaps too. */
  sensitivity: z.enum(['conflicts', 'rounding']),
  /**
   * Mark every figure read, also those with nothing to compare ("not in the database"). Off by default: most
   * figures on a page have nothing to say, and a mark on each buried the ones that do. Settings stored before this
   * field existed load with it off (the default below), so no version bump is needed.
   */
  markAll: z.boolean().default(false),
  /**
   * The language of the cards, the popup and the options: the browser's, the page's own (Chinese on a Chinese
   * page), English or Chinese. Settings stored before this field existed load with 'browser'.
   */
  language: z.enum(['browser', 'page', 'en', 'zh']).default('browser'),
  /**
   * Reading memory: keep the claims of each page read (on this computer, in IndexedDB) and check later pages
   * against them. Off until the reader turns it on; settings stored before it existed load with it off.
   */
  memory: z.boolean().default(false),
  /** Sites whose pages are never remembered (host names, as `sites`). */
  memoryExcludedSites: z.array(z.string()).default([]),
  /** Whether the popup has asked once about the memory (it asks only once, whatever the answer). */
  memoryAsked: z.boolean().default(false),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  version: 1,
  scope: 'all',
  sites: DEFAULT_SITES,
  disabledSites: [],
  // A rounding gap is not a disagreement: by default only what the sources truly contradict is a warning.
  sensitivity: 'conflicts',
  markAll: false,
  language: 'browser',
  memory: false,
  memoryExcludedSites: [],
  memoryAsked: false,
};

export const storedPacksSchema = z.array(claimPackSchema.extend({ importedAt: z.string() }));

/** "news.reuters.com" is covered by "reuters.com"; "www." and letter case are ignored. */
export function hostMatches(host: string, site: string): boolean {
  const h = host.toLowerCase().replace(/^www\./, '');
  const s = site.trim().toLowerCase().replace(/^www\./, '');
  return s !== '' && (h === s || h.endsWith(`.${s}`));
}

/** Whether the extension should run on a page of `host` under these settings. */
export function siteEnabled(settings: Settings, host: string): boolean {
  if (settings.disabledSites.some((s) => hostMatches(host, s))) return false;
  return settings.scope === 'all' || settings.sites.some((s) => hostMatches(host, s));
}

/**
 * Whether a page may be remembered: the memory is on, the page is an http(s) page the extension runs on, its site is
 * not excluded, and it is not in a private window (the caller says; the background knows it from the sender's tab).
 */
export function mayRemember(settings: Settings, url: string, incognito: boolean): boolean {
  if (!settings.memory || incognito) return false;
  let host: string;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return false;
    host = u.hostname;
  } catch {
    return false;
  }
  if (!siteEnabled(settings, host)) return false;
  return !settings.memoryExcludedSites.some((s) => hostMatches(host, s));
}
