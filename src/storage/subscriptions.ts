// Subscribed claim packs, the background's side: the list in storage.local (`fc:subscriptions`), the one kind of
// network request the extension ever makes (GET of a subscribed pack's address, asked by the reader), the checks a
// pack passes before it is stored (those of an import: validatePackText), the atomic swap on a good refresh, and the
// last good copy kept on a bad one. Every fetch runs here, one at a time, whether the options page asked for it or
// the daily alarm did.
import { browser } from 'wxt/browser';
import { chooseLanguage, type Lang } from '../core/i18n/translate';
import type { ClaimDatabase } from '../core/validate';
import {
  FETCH_TIMEOUT_MS,
  REFRESH_ALARM,
  REFRESH_MINUTES,
  subscriptionMessageSchema,
  subscriptionsSchema,
  subscriptionUrl,
  type FetchProblem,
  type Subscription,
  type SubscriptionReply,
} from '../core/subscriptions';
import { MAX_PACK_BYTES, validatePackText } from '../core/validate-pack';
import type { PackStore } from './pack-store';
import { packStoreProblem } from './pack-store-errors';
import { loadSettings, savePackStamp } from './storage';

export const SUBSCRIPTIONS_KEY = 'fc:subscriptions';

export interface SubscriptionDeps {
  fetch: typeof fetch;
  store(): Promise<PackStore>;
  database(): ClaimDatabase;
  read(): Promise<unknown>;
  write(list: Subscription[]): Promise<void>;
  /** Tell pages the packs changed (the stamp in storage.local). */
  packsChanged(count: number): Promise<void>;
  /** Whether the extension may still reach the URL's origin, and giving the permission back. */
  allowed(origin: string): Promise<boolean>;
  release(origin: string): Promise<void>;
  now(): number;
  /** The reader's language, for the problems kept with a subscription (the options page shows them); English if absent. */
  lang?(): Promise<Lang>;
}

export function readSubscriptions(raw: unknown): Subscription[] {
  const parsed = subscriptionsSchema.safeParse(raw ?? []);
  if (parsed.success) return parsed.data;
  // Keep every entry that still reads; one damaged record must not unsubscribe the rest.
  return (Array.isArray(raw) ? raw : []).flatMap((item) => {
    const one = subscriptionsSchema.element.safeParse(item);
    return one.success ? [one.data] : [];
  });
}

type Fetched = { kind: 'same' } | { kind: 'new'; text: string; etag: string | null } | { kind: 'problem'; problem: FetchProblem };

/** Read the body, giving up as soon as it is larger than a pack may be (a wrong URL may point at a huge file). */
async function boundedText(response: Response): Promise<string | null> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_PACK_BYTES) return null;
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_PACK_BYTES) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return new TextDecoder().decode(all);
}

/**
 * GET the pack: nothing from the browser's cache and nothing stored by it (no cookies, no credentials, no
 * referrer), the ETag of the copy we hold as If-None-Match, and no redirect followed, so no other address is ever
 * reached.
 */
async function fetchPack(deps: SubscriptionDeps, url: string, etag: string | null): Promise<Fetched> {
  const host = new URL(url).host;
  let response: Response;
  try {
    response = await deps.fetch(url, {
      method: 'GET',
      cache: 'no-store',
      credentials: 'omit',
      redirect: 'manual',
      referrerPolicy: 'no-referrer',
      headers: { accept: 'application/json', ...(etag ? { 'if-none-match': etag } : {}) },
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    });
  } catch {
    return { kind: 'problem', problem: { kind: 'unreachable', host } };
  }
  if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400 && response.status !== 304)) {
    return { kind: 'problem', problem: { kind: 'redirect', host } };
  }
  if (response.status === 304) return { kind: 'same' };
  if (response.status !== 200) return { kind: 'problem', problem: { kind: 'status', status: response.status, statusText: response.statusText } };
  let text: string | null;
  try {
    text = await boundedText(response);
  } catch {
    return { kind: 'problem', problem: { kind: 'unreachable', host } };
  }
  if (text === null) return { kind: 'problem', problem: { kind: 'too-big', bytes: Number(response.headers.get('content-length')) || MAX_PACK_BYTES + 1 } };
  return { kind: 'new', text, etag: response.headers.get('etag') };
}

export interface Subscriptions {
  list(): Promise<Subscription[]>;
  /** Fetch and check the pack; the subscription is kept only when its pack is good. */
  subscribe(url: string): Promise<SubscriptionReply>;
  /** Refresh one subscription, or all of them. */
  refresh(url?: string): Promise<SubscriptionReply>;
  unsubscribe(url: string): Promise<SubscriptionReply>;
}

export function subscriptions(deps: SubscriptionDeps): Subscriptions {
  // One fetch or change at a time: the daily alarm and a click on "Refresh now" never race to replace a pack.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };
  const list = async () => readSubscriptions(await deps.read());
  const stamp = async (store: PackStore) => deps.packsChanged((await store.list()).length);
  const language = async (): Promise<Lang> => (await deps.lang?.().catch(() => undefined)) ?? 'en';

  /** One fetch of `sub`: the new state of the subscription and the problem, if any. Stores a good new copy. */
  async function update(sub: Subscription): Promise<Subscription> {
    const parsed = subscriptionUrl(sub.url);
    const now = deps.now();
    const lang = await language();
    if (!parsed.ok) return { ...sub, checkedAt: now, error: { kind: 'unreachable', host: sub.url } };
    if (!(await deps.allowed(parsed.origin))) return { ...sub, checkedAt: now, error: { kind: 'permission', host: parsed.host } };
    let store: PackStore;
    try {
      store = await deps.store();
    } catch (error) {
      return { ...sub, checkedAt: now, error: { kind: 'storage', words: packStoreProblem(error, lang).message } };
    }
    const held = sub.pack !== null && (await store.list()).some((p) => p.name === sub.pack);
    // A copy removed meanwhile (from the imported packs' list) is fetched whole again, not confirmed by its ETag.
    const got = await fetchPack(deps, sub.url, held ? sub.etag : null);
    if (got.kind === 'problem') return { ...sub, checkedAt: now, error: got.problem };
    if (got.kind === 'same') return { ...sub, checkedAt: now, error: null };
    // The same checks as an import, against the bundled claims and every other pack (this one's old copy aside).
    const others = (await store.all()).filter((p) => p.name !== sub.pack);
    const db = deps.database();
    const checked = validatePackText(got.text, parsed.host, {
      sources: [...db.sources, ...others.flatMap((p) => p.sources)],
      claims: [...db.claims, ...others.flatMap((p) => p.claims)],
      packNames: others.map((p) => p.name),
    }, lang);
    if (!checked.ok) return { ...sub, checkedAt: now, error: { kind: 'invalid', problems: checked.problems } };
    try {
      await store.replace(held ? sub.pack : null, { ...checked.data, importedAt: new Date(now).toISOString() });
      await stamp(store);
    } catch (error) {
      return { ...sub, checkedAt: now, error: { kind: 'storage', words: packStoreProblem(error, lang).message } };
    }
    return { ...sub, pack: checked.data.name, etag: got.etag, claims: checked.data.claims.length, checkedAt: now, updatedAt: now, error: null };
  }

  const save = async (next: Subscription[]) => {
    await deps.write(next);
    return next;
  };

  return {
    list,
    subscribe: (raw) =>
      serial(async () => {
        const current = await list();
        const parsed = subscriptionUrl(raw);
        if (!parsed.ok) return { subscriptions: current, error: { kind: 'unreachable', host: raw } };
        const existing = current.find((s) => s.url === parsed.url);
        const fresh: Subscription = existing ?? {
          url: parsed.url,
          pack: null,
          etag: null,
          claims: 0,
          subscribedAt: deps.now(),
          checkedAt: null,
          updatedAt: null,
          error: null,
        };
        const after = await update(fresh);
        if (!existing && after.error) {
          // Not subscribed: nothing was stored, and the permission asked for it goes back unless another uses it.
          if (!current.some((s) => subscriptionUrl(s.url).ok && (subscriptionUrl(s.url) as { origin: string }).origin === parsed.origin)) {
            await deps.release(parsed.origin).catch(() => undefined);
          }
          return { subscriptions: current, error: after.error };
        }
        const next = existing ? current.map((s) => (s.url === parsed.url ? after : s)) : [...current, after];
        return { subscriptions: await save(next), error: after.error };
      }),
    refresh: (url) =>
      serial(async () => {
        const current = await list();
        const next: Subscription[] = [];
        let error: FetchProblem | null = null;
        for (const sub of current) {
          if (url !== undefined && sub.url !== url) {
            next.push(sub);
            continue;
          }
          const after = await update(sub);
          error ??= after.error;
          next.push(after);
        }
        // Written as one list: an unsubscribe cannot land in the middle (the queue), and nothing else writes it.
        return { subscriptions: await save(next), error };
      }),
    unsubscribe: (url) =>
      serial(async () => {
        const current = await list();
        const gone = current.find((s) => s.url === url);
        const next = current.filter((s) => s.url !== url);
        if (!gone) return { subscriptions: current, error: null };
        if (gone.pack !== null) {
          try {
            const store = await deps.store();
            await store.remove(gone.pack);
            await stamp(store);
          } catch (error) {
            return { subscriptions: current, error: { kind: 'storage', words: packStoreProblem(error, await language()).message } };
          }
        }
        await save(next);
        const origin = (u: string) => {
          const p = subscriptionUrl(u);
          return p.ok ? p.origin : null;
        };
        const mine = origin(url);
        // The permission goes back unless another subscription is on the same origin.
        if (mine && !next.some((s) => origin(s.url) === mine)) await deps.release(mine).catch(() => undefined);
        return { subscriptions: next, error: null };
      }),
  };
}

/** The browser's side of SubscriptionDeps. */
export function browserSubscriptionDeps(store: () => Promise<PackStore>, database: () => ClaimDatabase): SubscriptionDeps {
  return {
    fetch: (input, init) => fetch(input, init),
    store,
    database,
    read: async () => (await browser.storage.local.get(SUBSCRIPTIONS_KEY))[SUBSCRIPTIONS_KEY],
    write: (list) => browser.storage.local.set({ [SUBSCRIPTIONS_KEY]: subscriptionsSchema.parse(list) }),
    packsChanged: savePackStamp,
    allowed: (origin) => browser.permissions.contains({ origins: [origin] }),
    release: async (origin) => {
      await browser.permissions.remove({ origins: [origin] });
    },
    now: () => Date.now(),
    lang: async () => chooseLanguage((await loadSettings()).language, browser.i18n.getUILanguage()),
  };
}

/** Minutes until the next refresh is due: a day after the oldest check, and at least one minute from now. */
export function firstRefreshDelay(list: readonly Subscription[], now: number): number {
  const oldest = Math.min(...list.map((s) => s.checkedAt ?? 0));
  return Math.max(1, Math.ceil((oldest + REFRESH_MINUTES * 60_000 - now) / 60_000));
}

/**
 * Background wiring: answer the options page's messages and refresh every subscription once a day. The alarm exists
 * only while there is a subscription, so without one the extension has no reason to wake, let alone to fetch.
 */
export function serveSubscriptions(subs: Subscriptions, now: () => number = Date.now): void {
  // Browsers may drop alarms when they restart (Firefox always does), so the background sets it again at start,
  // due a day after the oldest check: a browser restarted every day still refreshes daily.
  const keepAlarm = async (list: Subscription[]) => {
    const alarm = await browser.alarms.get(REFRESH_ALARM);
    if (list.length && !alarm) {
      browser.alarms.create(REFRESH_ALARM, { delayInMinutes: firstRefreshDelay(list, now()), periodInMinutes: REFRESH_MINUTES });
    }
    if (!list.length && alarm) await browser.alarms.clear(REFRESH_ALARM);
  };
  void subs.list().then(keepAlarm).catch(() => undefined);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REFRESH_ALARM) void subs.refresh().catch((error) => console.warn('[figure-check] refresh failed', error));
  });
  browser.runtime.onMessage.addListener((raw: unknown) => {
    const parsed = subscriptionMessageSchema.safeParse(raw);
    if (!parsed.success) return undefined;
    const m = parsed.data;
    const work =
      m.type === 'fc:subs-subscribe' ? subs.subscribe(m.url) : m.type === 'fc:subs-refresh' ? subs.refresh(m.url) : subs.unsubscribe(m.url);
    return work.then(async (reply) => {
      await keepAlarm(reply.subscriptions).catch(() => undefined);
      return reply;
    });
  });
}
