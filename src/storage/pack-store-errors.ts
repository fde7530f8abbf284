// What went wrong with the pack storage, in words a reader can act on, instead of "QuotaExceededError" or
// "Resource::kQuotaBytes quota exceeded".
import { translate, type Lang } from '../core/i18n/translate';

export class PackStoreError extends Error {
  constructor(
    message: string,
    readonly kind: 'quota' | 'unavailable' | 'blocked' | 'other',
    override readonly cause?: unknown,
    /** Set when the message is one of packStoreProblem's: its language, what it speaks of and the browser's own words. */
    readonly said?: { lang: Lang; detail: string; subject: StoreSubject },
  ) {
    super(message);
    this.name = 'PackStoreError';
  }
}

/** What the stored data is, for the words: the imported claim packs or the reading memory. */
export type StoreSubject = 'packs' | 'memory';

const KEYS: Record<StoreSubject, Record<PackStoreError['kind'], string>> = {
  packs: { quota: 'packStoreQuota', unavailable: 'packStoreUnavailable', blocked: 'packStoreBlocked', other: 'packStoreOther' },
  memory: { quota: 'memoryStoreQuota', unavailable: 'memoryStoreUnavailable', blocked: 'memoryStoreBlocked', other: 'memoryStoreOther' },
};

// The words come from the catalogs, in English unless `lang` says otherwise: the options page passes the reader's
// language; the background's subscriptions the one its settings choose.
export function packStoreProblem(error: unknown, lang: Lang = 'en', subject: StoreSubject = 'packs'): PackStoreError {
  const words = (kind: PackStoreError['kind'], detail: string) => translate(lang, KEYS[subject][kind], { detail });
  if (error instanceof PackStoreError) {
    // The store speaks English; a page asking in another language gets the same problem in its words.
    if (!error.said || (error.said.lang === lang && error.said.subject === subject)) return error;
    return new PackStoreError(words(error.kind, error.said.detail), error.kind, error.cause, { lang, detail: error.said.detail, subject });
  }
  const name = error && typeof error === 'object' && 'name' in error ? String((error as { name: unknown }).name) : '';
  const message = error instanceof Error || (error && typeof error === 'object' && 'message' in error) ? String((error as { message: unknown }).message) : String(error);
  const detail = message || name || 'unknown error';
  const problem = (kind: PackStoreError['kind']) => new PackStoreError(words(kind, detail), kind, error, { lang, detail, subject });
  if (name === 'QuotaExceededError' || /quota/i.test(message)) return problem('quota');
  if (name === 'BlockedError') return problem('blocked');
  if (['UnavailableError', 'InvalidStateError', 'SecurityError', 'NotAllowedError', 'UnknownError'].includes(name)) return problem('unavailable');
  return problem('other');
}
