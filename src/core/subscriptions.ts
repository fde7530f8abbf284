// Subscribed claim packs (as uBlock Origin subscribes to filter lists): what a subscription is, which addresses may
// be subscribed to, the origin permission each one needs, and what can go wrong with a fetch, as data the options
// page puts into words. Pure: no browser API; the fetch and the storage are in src/storage/subscriptions.ts.
import { z } from 'zod';

/** Refreshed once a day (chrome.alarms allows periods of 30 s and more; a day is far above it). */
export const REFRESH_MINUTES = 24 * 60;
export const REFRESH_ALARM = 'fc:subs-refresh';
/** A server that does not answer in this time counts as unreachable (the last good copy is kept). */
export const FETCH_TIMEOUT_MS = 30_000;

/**
 * Plain http is accepted from this machine only. Nothing on the network sits between the browser and a loopback
 * server, so https adds no protection there, and it lets a reader serve packs made with `npm run extract` from
 * their own machine (the browser tests use it too, so they take the same path as a real subscription). Anywhere
 * else a pack must come over https, so nobody on the way can change the claims. These hosts match the manifest's
 * optional host permissions (wxt.config.ts).
 */
export const LOOPBACK_HOSTS: readonly string[] = ['127.0.0.1', 'localhost'];

export type SubscriptionUrl = { ok: true; url: string; host: string; origin: string } | { ok: false; problem: UrlProblem };
export type UrlProblem = 'empty' | 'not-a-url' | 'not-https' | 'credentials';

/** The address as subscribed (without any #fragment) and the origin permission asked for it, or why it cannot be. */
export function subscriptionUrl(raw: string): SubscriptionUrl {
  const text = raw.trim();
  if (!text) return { ok: false, problem: 'empty' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, problem: 'not-a-url' };
  }
  const loopback = url.protocol === 'http:' && LOOPBACK_HOSTS.includes(url.hostname);
  if (url.protocol !== 'https:' && !loopback) return { ok: false, problem: url.protocol === 'http:' ? 'not-https' : 'not-a-url' };
  if (url.username || url.password) return { ok: false, problem: 'credentials' };
  url.hash = '';
  return { ok: true, url: url.href, host: url.host, origin: originPattern(url) };
}

/** The match pattern of the URL's origin: `https://example.com/*` (match patterns carry no port; any port matches). */
export function originPattern(url: URL): string {
  return `${url.protocol}//${url.hostname}/*`;
}

/** What went wrong with the last fetch, kept as data and put into words in the reader's language by the options page. */
export const fetchProblemSchema = z.discriminatedUnion('kind', [
  /** The server answered with a status other than 200 or 304. */
  z.object({ kind: z.literal('status'), status: z.number().int(), statusText: z.string() }),
  /** No answer: offline, unknown host, refused, timed out, or blocked by the browser. */
  z.object({ kind: z.literal('unreachable'), host: z.string() }),
  /** The server pointed elsewhere; the extension does not follow, as it may reach only the subscribed address. */
  z.object({ kind: z.literal('redirect'), host: z.string() }),
  z.object({ kind: z.literal('too-big'), bytes: z.number() }),
  /** The pack failed the checks an imported pack must pass: every problem, as the import lists them. */
  z.object({ kind: z.literal('invalid'), problems: z.array(z.string()) }),
  /** The browser no longer lets the extension reach the origin (the reader withdrew the permission). */
  z.object({ kind: z.literal('permission'), host: z.string() }),
  /** The pack could not be stored (a PackStoreError's sentence). */
  z.object({ kind: z.literal('storage'), words: z.string() }),
]);
export type FetchProblem = z.infer<typeof fetchProblemSchema>;

export const subscriptionSchema = z.object({
  url: z.string().max(2048),
  /** The name of the pack stored for it (the pack's own `name`); null until the first good fetch. */
  pack: z.string().nullable(),
  etag: z.string().nullable(),
  claims: z.number().int().nonnegative(),
  subscribedAt: z.number(),
  /** When the server was last asked, and when the stored copy last changed (ms since the epoch). */
  checkedAt: z.number().nullable(),
  updatedAt: z.number().nullable(),
  /** The problem of the last fetch; null when it went well (the copy kept is the last good one either way). */
  error: fetchProblemSchema.nullable(),
});
export type Subscription = z.infer<typeof subscriptionSchema>;
export const subscriptionsSchema = z.array(subscriptionSchema);

/** options page → background. The background does every fetch, one at a time. Answer: SubscriptionReply. */
export const subscriptionMessageSchema = z.discriminatedUnion('type', [
  /** Fetch and check the pack at `url`; keep the subscription only if it is a good pack. */
  z.object({ type: z.literal('fc:subs-subscribe'), url: z.string().max(2048) }),
  /** Refresh now: one subscription, or every one when `url` is absent (what the daily alarm does). */
  z.object({ type: z.literal('fc:subs-refresh'), url: z.string().max(2048).optional() }),
  z.object({ type: z.literal('fc:subs-unsubscribe'), url: z.string().max(2048) }),
]);
export type SubscriptionMessage = z.infer<typeof subscriptionMessageSchema>;

export const subscriptionReplySchema = z.object({
  subscriptions: subscriptionsSchema,
  /** The problem of the fetch this message asked for, when there was one (a refused subscription is not listed). */
  error: fetchProblemSchema.nullable(),
});
export type SubscriptionReply = z.infer<typeof subscriptionReplySchema>;

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  410: 'Gone',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** "404 Not Found": HTTP/2 servers send no reason phrase, so the usual ones are filled in. */
export function statusWords(status: number, statusText: string): string {
  const reason = statusText.trim() || STATUS_TEXT[status] || '';
  return reason ? `${status} ${reason}` : String(status);
}
