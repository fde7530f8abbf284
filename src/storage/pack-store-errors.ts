// What went wrong with the pack storage, in words a reader can act on, instead of "QuotaExceededError" or
// "Resource::kQuotaBytes quota exceeded".
import { translate, type Lang } from '../core/i18n/translate';

export class PackStoreError extends Error {
  constructor(
    message: string,
    readonly kind: 'quota' | 'unavailable' | 'blocked' | 'other',
    override readonly cause?: unknown,
    /** Set when the message is one of packStoreProblem's: its language and the browser's own words (for 'other'). */
    readonly said?: { lang: Lang; detail: string },
  ) {
    super(message);
    this.name = 'PackStoreError';
  }
}

const KEYS: Record<PackStoreError['kind'], string> = {
  quota: 'packStoreQuota',
  unavailable: 'packStoreUnavailable',
  blocked: 'packStoreBlocked',
  other: 'packStoreOther',
};

const words = (kind: PackStoreError['kind'], detail: string, lang: Lang) => translate(lang, KEYS[kind], { detail });

// The words come from the catalogs, in English unless `lang` says otherwise: the options page passes the reader's
// language; the background's subscriptions the one its settings choose.
export function packStoreProblem(error: unknown, lang: Lang = 'en'): PackStoreError {
  if (error instanceof PackStoreError) {
    // The store speaks English; a page asking in another language gets the same problem in its words.
    if (!error.said || error.said.lang === lang) return error;
    return new PackStoreError(words(error.kind, error.said.detail, lang), error.kind, error.cause, { lang, detail: error.said.detail });
  }
  const name = error && typeof error === 'object' && 'name' in error ? String((error as { name: unknown }).name) : '';
  const message = error instanceof Error || (error && typeof error === 'object' && 'message' in error) ? String((error as { message: unknown }).message) : String(error);
  const detail = message || name || 'unknown error';
  const problem = (kind: PackStoreError['kind']) => new PackStoreError(words(kind, detail, lang), kind, error, { lang, detail });
  if (name === 'QuotaExceededError' || /quota/i.test(message)) return problem('quota');
  if (name === 'BlockedError') return problem('blocked');
  if (['UnavailableError', 'InvalidStateError', 'SecurityError', 'NotAllowedError', 'UnknownError'].includes(name)) return problem('unavailable');
  return problem('other');
}
