// Reading memory: the claims of the pages the reader has read (when the memory is on), in IndexedDB in the
// extension's own origin (the background and the options page open it). Modelled on the pack store: claims are kept
// in buckets, one record per page and `entity|metric` (reading the same URL again replaces its buckets in one ranged
// delete), and a later page asks only for the keys of its own figures. What a page asks for comes from one record
// per key holding that key's MAX_PER_KEY newest claims with their pages: a look-up is one get per key however much
// is remembered (a ranged index read over 100,000 claims took 10 to 100 ms).
import type { Claim, ClaimPack, Source } from '../core/schema';
import { claimPackSchema } from '../core/schema';
import { hostMatches } from '../core/settings';
import { indexKey } from '../core/check/match-claims';
import { packOf } from '../core/extract-claims';
import { PackStoreError, packStoreProblem } from './pack-store-errors';
import { done, openDatabase, result } from './idb';

const DB_NAME = 'figure-check-memory';
const DB_VERSION = 1;
/**
 * At most this many remembered claims per `entity|metric` are served to a page (the most recently read): with
 * 100,000 remembered claims a busy key holds thousands, and the newest readings are the ones worth comparing.
 */
export const MAX_PER_KEY = 50;

/** A remembered page as the options page lists it. */
export interface RememberedPage {
  url: string;
  host: string;
  title: string;
  /** The article's own date when it states one (`YYYY-MM-DD`…), else null. */
  date: string | null;
  /** When it was read (ISO time). */
  readAt: string;
  claims: number;
  /** The `entity|metric` keys its claims are under. */
  keys: string[];
  /** Bytes its records take (their JSON, UTF-8). */
  bytes: number;
  source: Source;
}

/** The claims of one page about one `entity|metric`. */
interface ClaimBucket {
  url: string;
  key: string;
  readAt: string;
  /** Minus the time read (ms): the index ['key', 'order'] lists a key's buckets newest first. */
  order: number;
  /** Without what the bucket already says (company, metric: its key; source: its page), to save room. */
  claims: StoredClaim[];
}
type StoredClaim = Omit<Claim, 'entity' | 'metric' | 'sourceId'>;

const stored = ({ entity: _e, metric: _m, sourceId: _s, ...rest }: Claim): StoredClaim => rest;
/** A bucket's claims whole again (the key is `entity|metric`, see indexKey). */
function claimsOf(bucket: ClaimBucket, sourceId: string): Claim[] {
  const bar = bucket.key.indexOf('|');
  const entity = bucket.key.slice(0, bar) as Claim['entity'];
  const metric = bucket.key.slice(bar + 1) as Claim['metric'];
  return bucket.claims.map((c) => ({ ...c, entity, metric, sourceId }) as Claim);
}

/** A key's newest claims, each with the page it was read on. */
interface RecentEntry {
  url: string;
  readAt: string;
  source: Source;
  claim: Claim;
}
interface RecentRecord {
  key: string;
  entries: RecentEntry[];
}

export interface PageToRemember {
  url: string;
  title: string;
  source: Source;
  claims: readonly Claim[];
  readAt: string;
}

export interface RememberedClaims {
  claims: Claim[];
  sources: Source[];
  /** When each source's page was read, by source id. */
  readAt: Record<string, string>;
}

export interface MemoryUsage {
  pages: number;
  claims: number;
  /** The records' JSON in UTF-8. */
  bytes: number;
}

export interface MemoryStore {
  /** Keep a page's claims, replacing what was kept for its URL. A page with no claims is forgotten instead. */
  remember(page: PageToRemember): Promise<void>;
  /** The remembered claims about these keys, except those read at `exceptUrl`; one copy of a syndicated quote. */
  claimsFor(keys: readonly string[], exceptUrl?: string | null): Promise<RememberedClaims>;
  /** Every remembered page, most recently read first. */
  list(): Promise<RememberedPage[]>;
  usage(): Promise<MemoryUsage>;
  forgetPage(url: string): Promise<void>;
  /** Forget every page of a site ("scmp.com" covers "www.scmp.com" and "amp.scmp.com"); returns how many. */
  forgetSite(host: string): Promise<number>;
  forgetAll(): Promise<void>;
  /** Everything remembered, as a claim pack in the import format (what `npm run extract` writes). */
  exportPack(name: string): Promise<ClaimPack>;
  close(): void;
}

const STORES = ['pages', 'claims', 'recent'];

function open(factory: IDBFactory): Promise<IDBDatabase> {
  return openDatabase(factory, DB_NAME, DB_VERSION, (db) => {
    db.createObjectStore('pages', { keyPath: 'url' });
    // Keyed [url, key], so a page's buckets are one key range; indexed by [key, minus the time read], so a key's
    // newest buckets can be found again when a page is forgotten.
    db.createObjectStore('claims', { keyPath: ['url', 'key'] }).createIndex('recent', ['key', 'order']);
    db.createObjectStore('recent', { keyPath: 'key' });
  });
}

const RELAXED = { durability: 'relaxed' } as IDBTransactionOptions;
const utf8 = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

/** The page's address as remembered: without its fragment (`#section` is the same page). */
export function memoryUrl(url: string): string {
  return url.replace(/#.*$/, '');
}

export function hostOfUrl(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** The same statement wherever it was read: a syndicated article repeats the quote word for word. */
const statementKey = (c: Claim) => `${c.entity}|${c.metric}|${c.period}|${c.value}|${c.unit}|${c.quote.replace(/\s+/g, ' ').trim()}`;

const newestFirst = (a: { readAt: string }, b: { readAt: string }) => b.readAt.localeCompare(a.readAt);

/** The storage's trouble in words about the memory (the pack store's words speak of packs). */
export function memoryProblem(error: unknown): PackStoreError {
  return packStoreProblem(error, 'en', 'memory');
}

export async function openMemoryStore(factory: IDBFactory | null | undefined = globalThis.indexedDB): Promise<MemoryStore> {
  if (!factory) throw memoryProblem(new DOMException('no IndexedDB', 'UnavailableError'));
  const db = await open(factory).catch((error) => {
    throw memoryProblem(error);
  });
  const guard = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw memoryProblem(error);
    }
  };
  const allPages = () => result(db.transaction('pages').objectStore('pages').getAll() as IDBRequest<RememberedPage[]>);

  /** The keys a page's buckets are under (in `tx`), from its page record. */
  const keysOf = async (tx: IDBTransaction, url: string): Promise<string[]> =>
    (await result(tx.objectStore('pages').get(url) as IDBRequest<RememberedPage | undefined>))?.keys ?? [];
  /** Delete a page's buckets one by one (a ranged delete scans the store in some IndexedDB implementations). */
  const dropBuckets = (tx: IDBTransaction, url: string, keys: readonly string[]) => {
    for (const key of keys) tx.objectStore('claims').delete([url, key]);
  };

  /**
   * Drop `urls` from the recent records of `keys` and add `add`; a record that fell below the cap (a page was
   * forgotten) is filled again from the buckets, newest first.
   */
  const updateRecent = async (tx: IDBTransaction, keys: Iterable<string>, urls: ReadonlySet<string>, add: Map<string, RecentEntry[]>) => {
    const recent = tx.objectStore('recent');
    await Promise.all(
      [...new Set(keys)].map(async (key) => {
        const had = (await result(recent.get(key) as IDBRequest<RecentRecord | undefined>))?.entries ?? [];
        let entries = had.filter((e) => !urls.has(e.url));
        const refill = entries.length < had.length && had.length >= MAX_PER_KEY;
        if (refill) {
          const range = IDBKeyRange.bound([key, -Infinity], [key, Infinity]);
          const buckets = (await result(tx.objectStore('claims').index('recent').getAll(range, MAX_PER_KEY + urls.size) as IDBRequest<ClaimBucket[]>)).filter(
            (b) => !urls.has(b.url),
          );
          const pages = await Promise.all([...new Set(buckets.map((b) => b.url))].map((u) => result(tx.objectStore('pages').get(u) as IDBRequest<RememberedPage | undefined>)));
          const sourceOf = new Map(pages.flatMap((p) => (p ? [[p.url, p.source] as const] : [])));
          entries = buckets.flatMap((b) => {
            const source = sourceOf.get(b.url);
            return source ? claimsOf(b, source.id).map((claim) => ({ url: b.url, readAt: b.readAt, source, claim })) : [];
          });
        }
        entries = [...(add.get(key) ?? []), ...entries].sort(newestFirst).slice(0, MAX_PER_KEY);
        if (entries.length) recent.put({ key, entries } satisfies RecentRecord);
        else recent.delete(key);
      }),
    );
  };

  const forget = async (urls: readonly string[]) => {
    if (!urls.length) return;
    const tx = db.transaction(STORES, 'readwrite', RELAXED);
    const keys = await Promise.all(urls.map((u) => keysOf(tx, u)));
    urls.forEach((url, i) => {
      tx.objectStore('pages').delete(url);
      dropBuckets(tx, url, keys[i]!);
    });
    await updateRecent(tx, keys.flat(), new Set(urls), new Map());
    await done(tx);
  };

  return {
    remember: (page) =>
      guard(async () => {
        const url = memoryUrl(page.url);
        if (!page.claims.length) return forget([url]);
        const tx = db.transaction(STORES, 'readwrite', RELAXED);
        const oldKeys = await keysOf(tx, url);
        dropBuckets(tx, url, oldKeys);
        const claims = tx.objectStore('claims');
        const buckets = new Map<string, ClaimBucket>();
        const add = new Map<string, RecentEntry[]>();
        const order = -Date.parse(page.readAt) || 0;
        for (const claim of page.claims) {
          const key = indexKey(claim.entity, claim.metric);
          const bucket = buckets.get(key) ?? buckets.set(key, { url, key, readAt: page.readAt, order, claims: [] }).get(key)!;
          bucket.claims.push(stored(claim));
          (add.get(key) ?? add.set(key, []).get(key)!).push({ url, readAt: page.readAt, source: page.source, claim });
        }
        let bytes = 0;
        for (const bucket of buckets.values()) {
          bytes += utf8(bucket);
          claims.put(bucket);
        }
        const record: RememberedPage = {
          url,
          host: hostOfUrl(url),
          title: page.title || page.source.title,
          date: page.source.date,
          readAt: page.readAt,
          claims: page.claims.length,
          keys: [...buckets.keys()],
          bytes: 0,
          source: page.source,
        };
        record.bytes = bytes + utf8(record);
        tx.objectStore('pages').put(record);
        await updateRecent(tx, [...oldKeys, ...buckets.keys()], new Set([url]), add);
        await done(tx);
      }),
    claimsFor: (keys, exceptUrl = null) =>
      guard(async () => {
        const except = exceptUrl ? memoryUrl(exceptUrl) : null;
        const recent = db.transaction('recent').objectStore('recent');
        const found = await Promise.all([...new Set(keys)].map((k) => result(recent.get(k) as IDBRequest<RecentRecord | undefined>)));
        const claims: Claim[] = [];
        const sources = new Map<string, Source>();
        const readAt: Record<string, string> = {};
        const seen = new Set<string>();
        for (const record of found) {
          // Newest first: of a syndicated quote, the copy kept is the one read last.
          for (const entry of record?.entries ?? []) {
            if (entry.url === except) continue;
            const key = statementKey(entry.claim);
            if (seen.has(key)) continue;
            seen.add(key);
            claims.push(entry.claim);
            sources.set(entry.source.id, entry.source);
            readAt[entry.source.id] = entry.readAt;
          }
        }
        return { claims, sources: [...sources.values()], readAt };
      }),
    list: () => guard(async () => (await allPages()).sort(newestFirst)),
    usage: () =>
      guard(async () => {
        const tx = db.transaction(['pages', 'recent']);
        const [pages, recent] = await Promise.all([
          result(tx.objectStore('pages').getAll() as IDBRequest<RememberedPage[]>),
          result(tx.objectStore('recent').getAll() as IDBRequest<RecentRecord[]>),
        ]);
        const bytes = pages.reduce((n, p) => n + p.bytes, 0) + recent.reduce((n, r) => n + utf8(r), 0);
        return { pages: pages.length, claims: pages.reduce((n, p) => n + p.claims, 0), bytes };
      }),
    forgetPage: (url) => guard(() => forget([memoryUrl(url)])),
    forgetSite: (host) =>
      guard(async () => {
        const urls = (await allPages()).filter((p) => hostMatches(p.host, host)).map((p) => p.url);
        await forget(urls);
        return urls.length;
      }),
    forgetAll: () =>
      guard(async () => {
        const tx = db.transaction(STORES, 'readwrite', RELAXED);
        for (const name of STORES) tx.objectStore(name).clear();
        await done(tx);
      }),
    exportPack: (name) =>
      guard(async () => {
        const tx = db.transaction(['pages', 'claims']);
        const [pages, buckets] = await Promise.all([
          result(tx.objectStore('pages').getAll() as IDBRequest<RememberedPage[]>),
          result(tx.objectStore('claims').getAll() as IDBRequest<ClaimBucket[]>),
        ]);
        const sourceIds = new Map(pages.map((p) => [p.url, p.source.id]));
        const byUrl = new Map<string, Claim[]>();
        for (const b of buckets) byUrl.set(b.url, [...(byUrl.get(b.url) ?? []), ...claimsOf(b, sourceIds.get(b.url) ?? '')]);
        pages.sort((a, b) => a.readAt.localeCompare(b.readAt));
        const pack = packOf(
          name,
          pages.map((p) => ({ source: p.source, claims: (byUrl.get(p.url) ?? []).sort((a, b) => a.id.localeCompare(b.id)) })),
        );
        return claimPackSchema.parse(pack);
      }),
    close: () => db.close(),
  };
}
