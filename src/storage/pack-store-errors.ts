// What went wrong with the pack storage, in words a reader can act on, instead of "QuotaExceededError" or
// "Resource::kQuotaBytes quota exceeded".
export class PackStoreError extends Error {
  constructor(
    message: string,
    readonly kind: 'quota' | 'unavailable' | 'blocked' | 'other',
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'PackStoreError';
  }
}

export const QUOTA_WORDS =
  'There is not enough room left in the browser’s storage for this pack. Free some disk space or remove a pack you ' +
  'no longer need, then try again.';
export const UNAVAILABLE_WORDS =
  'The browser does not let Figure Check keep claim packs here (this happens in a private window, or when site ' +
  'data is blocked for extensions). Open the options page in a normal window to import or remove packs.';
export const BLOCKED_WORDS =
  'Another Figure Check page is still using the pack storage (an older version of the extension). Close other ' +
  'Figure Check tabs and try again.';

export function packStoreProblem(error: unknown): PackStoreError {
  if (error instanceof PackStoreError) return error;
  const name = error && typeof error === 'object' && 'name' in error ? String((error as { name: unknown }).name) : '';
  const message = error instanceof Error || (error && typeof error === 'object' && 'message' in error) ? String((error as { message: unknown }).message) : String(error);
  if (name === 'QuotaExceededError' || /quota/i.test(message)) return new PackStoreError(QUOTA_WORDS, 'quota', error);
  if (name === 'BlockedError') return new PackStoreError(BLOCKED_WORDS, 'blocked', error);
  if (['UnavailableError', 'InvalidStateError', 'SecurityError', 'NotAllowedError', 'UnknownError'].includes(name)) {
    return new PackStoreError(UNAVAILABLE_WORDS, 'unavailable', error);
  }
  return new PackStoreError(`The claim packs could not be read or written (${message || name || 'unknown error'}).`, 'other', error);
}
