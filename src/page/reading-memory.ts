// The content script's side of the reading memory: after a page is checked, its claims (the same extraction as
// `npm run extract`) go to the background to be remembered; before a page is checked, the remembered claims about
// its figures' keys come back, their pages named as such ("a page you read on 20 November (scmp.com)"). The
// background decides whether to store (memory on, site not excluded, tab not private); this side only skips the
// message when the settings it read already say no.
import { browser } from 'wxt/browser';
import { claimKeys } from '../core/check/claim-keys';
import { rememberedSource } from '../core/check/source-label';
import { extractClaims } from '../core/extract-claims';
import { memoryClaimsReplySchema, type Message } from '../core/messages';
import type { Claim, Source } from '../core/schema';
import type { Figure } from '../core/types';
import { logOnce } from './log-once';

export interface Remembered {
  claims: Claim[];
  sources: Source[];
}

/** The page's address as the memory knows it (no fragment). */
export const pageUrl = (loc: Pick<Location, 'href'> = location): string => loc.href.replace(/#.*$/, '');

/** The remembered claims about these figures, except the current page's own; null when there are none or no answer. */
export async function recall(figures: readonly Figure[], url: string, now: Date = new Date()): Promise<Remembered | null> {
  const keys = claimKeys(figures);
  if (!keys.length) return null;
  const message: Message = { type: 'fc:memory-claims', url, keys };
  try {
    const parsed = memoryClaimsReplySchema.safeParse(await browser.runtime.sendMessage(message));
    if (!parsed.success) {
      logOnce('reading memory: the background sent no usable answer', parsed.error);
      return null;
    }
    if (parsed.data.problem) logOnce('the reading memory is unavailable', parsed.data.problem);
    const { claims, sources, readAt } = parsed.data;
    if (!claims.length) return null;
    return { claims, sources: sources.map((s) => rememberedSource(s, readAt[s.id], now)) };
  } catch (error) {
    logOnce('the reading memory could not be asked', error);
    return null;
  }
}

const meta = (doc: Document, property: string) =>
  doc.querySelector(`meta[property="${property}"]`)?.getAttribute('content')?.trim() || null;

let lastSent = '';

/** Send the page's claims to be remembered (unless the same claims were just sent for the same address). */
export async function rememberPage(doc: Document, figures: readonly Figure[], text: string, url: string, date: string | null): Promise<void> {
  const title = doc.title.trim().slice(0, 500);
  const { source, claims } = extractClaims(figures, text, {
    file: url,
    url,
    title: title || null,
    siteName: meta(doc, 'og:site_name'),
    date: date?.slice(0, 10) ?? null,
    lang: doc.documentElement.lang || null,
  });
  if (!claims.length) return;
  const message: Message = { type: 'fc:remember', url, title, source, claims: claims.slice(0, 2000) };
  const key = JSON.stringify(message);
  if (key === lastSent) return;
  lastSent = key;
  try {
    await browser.runtime.sendMessage(message);
  } catch (error) {
    lastSent = '';
    logOnce('the page could not be remembered', error);
  }
}
