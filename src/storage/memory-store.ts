// Reading memory: the claims of the pages the reader has read (when the memory is on), in IndexedDB in the
// extension's own origin (the background and the options page open it). Modelled on the pack store: claims are kept
// in buckets, one record per page and `entity|metric`, so remembering a page is a few puts, reading the same URL
// again replaces its buckets in one ranged delete, and a later page asks only for the keys of its own figures.
import type { Claim, ClaimPack, Source } from '../core/schema';
import { claimPackSchema } from '../core/schema';
import { hostMatches } from '../core/settings';
import { indexKey } from '../core/check/match-claims';
import { packOf } from '../core/extract-claims';
import { PackStoreError, packStoreProblem } from './pack-store-errors';

const DB_NAME = 'figure-check-memory';
const DB_VERSION = 1;
/**
 * At most this many remembered claims per `entity|metric` are served to a page (the most recently read): with
 * 100,000 remembered claims a busy key holds thousands, and the newest readings are the ones worth comparing.
 */
export const MAX_PER_KEY = 200;

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
  /** Bytes its records take (their JSON, UTF-8): the storage the options page reports. */
  bytes: number;
  source: Source;
}

interface ClaimBucket {
  url: string;
  key: string;
  readAt: string;
  source: Source;
  claims: Claim[];
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

export interface MemoryStore {
  /** Keep a page's claims, replacing what was kept for its URL. A page with no claims is forgotten instead. */
  remember(page: PageToRemember): Promise<void>;
  /** The remembered claims about these keys, except those read at `exceptUrl`; one copy of a syndicated quote. */
  claimsFor(keys: readonly string[], exceptUrl?: string | null): Promise<RememberedClaims>;
  /** Every remembered page, most recently read first. */
  list(): Promise<RememberedPage[]>;
  forgetPage(url: string): Promise<void>;
  /** Forget every page of a site ("scmp.com" covers "www.scmp.com" and "amp.scmp.com"); returns how many. */
  forgetSite(host: string): Promise<number>;
  forgetAll(): Promise<void>;
  /** Everything remembered, as a claim pack in the import format (what `npm run extract` writes). */
  exportPack(name: string): Promise<ClaimPack>;
  close(): void;
}

const done = (tx: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new DOMException('The transaction was aborted', 'AbortError'));
  });

const result = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

function open(factory: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(DB_NAME, DB_VERSION);
    } catch (error) {
      reject(error);
      return;
    }
    request.onupgradeneeded = () => {
      const db = request.result;
      db.createObjectStore('pages', { keyPath: 'url' });
      // Keyed [url, key], so a page's buckets are one key range.
      db.createObjectStore('claims', { keyPath: ['url', 'key'] }).createIndex('key', 'key');
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new DOMException('blocked by another open page', 'BlockedError'));
  });
}

const RELAXED = { durability: 'relaxed' } as IDBTransactionOptions;
const pageRange = (url: string) => IDBKeyRange.bound([url], [url, []]);
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

const MEMORY_WORDS: Record<PackStoreError['kind'], string> = {
  quota: 'There is not enough room left in the browser’s storage to remember more pages. Free some disk space or forget pages you no longer need.',
  unavailable: 'The browser does not let Figure Check keep its reading memory here (a private window, or site data blocked for extensions).',
  blocked: 'Another Figure Check page is still using the reading memory (an older version of the extension). Close other Figure Check tabs and try again.',
  other: 'The reading memory could not be read or written',
};

/** The storage's trouble in words about the memory (the pack store's words speak of packs). */
export function memoryProblem(error: unknown): PackStoreError {
  if (error instanceof PackStoreError && error.message.startsWith('The reading memory')) return error;
  const problem = packStoreProblem(error);
  const words = problem.kind === 'other' ? `${MEMORY_WORDS.other} (${problem.message.replace(/^.*?\((.*)\)\.?$/, '$1')}).` : MEMORY_WORDS[problem.kind];
  return new PackStoreError(words, problem.kind, error);
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
  const forget = async (urls: readonly string[]) => {
    if (!urls.length) return;
    const tx = db.transaction(['pages', 'claims'], 'readwrite', RELAXED);
    for (const url of urls) {
      tx.objectStore('pages').delete(url);
      tx.objectStore('claims').delete(pageRange(url));
    }
    await done(tx);
  };

  return {
    remember: (page) =>
      guard(async () => {
        const url = memoryUrl(page.url);
        const tx = db.transaction(['pages', 'claims'], 'readwrite', RELAXED);
        const claims = tx.objectStore('claims');
        claims.delete(pageRange(url));
        if (!page.claims.length) {
          tx.objectStore('pages').delete(url);
          await done(tx);
          return;
        }
        const buckets = new Map<string, ClaimBucket>();
        for (const claim of page.claims) {
          const key = indexKey(claim.entity, claim.metric);
          const bucket = buckets.get(key) ?? buckets.set(key, { url, key, readAt: page.readAt, source: page.source, claims: [] }).get(key)!;
          bucket.claims.push(claim);
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
          bytes: 0,
          source: page.source,
        };
        record.bytes = bytes + utf8(record);
        tx.objectStore('pages').put(record);
        await done(tx);
      }),
    claimsFor: (keys, exceptUrl = null) =>
      guard(async () => {
        const except = exceptUrl ? memoryUrl(exceptUrl) : null;
        const index = db.transaction('claims').objectStore('claims').index('key');
        const found = await Promise.all([...new Set(keys)].map((k) => result(index.getAll(k) as IDBRequest<ClaimBucket[]>)));
        const claims: Claim[] = [];
        const sources = new Map<string, Source>();
        const readAt: Record<string, string> = {};
        for (const buckets of found) {
          // Newest reading first: of a syndicated quote, the copy kept is the one read last; the per-key cap keeps the newest.
          const own = buckets.filter((b) => b.url !== except).sort((a, b) => b.readAt.localeCompare(a.readAt));
          const seen = new Set<string>();
          let n = 0;
          for (const bucket of own) {
            for (const claim of bucket.claims) {
              const key = statementKey(claim);
              if (seen.has(key) || n >= MAX_PER_KEY) continue;
              seen.add(key);
              n++;
              claims.push(claim);
              sources.set(bucket.source.id, bucket.source);
              readAt[bucket.source.id] = bucket.readAt;
            }
          }
        }
        return { claims, sources: [...sources.values()], readAt };
      }),
    list: () => guard(async () => (await allPages()).sort((a, b) => b.readAt.localeCompare(a.readAt))),
    forgetPage: (url) => guard(() => forget([memoryUrl(url)])),
    forgetSite: (host) =>
      guard(async () => {
        const urls = (await allPages()).filter((p) => hostMatches(p.host, host)).map((p) => p.url);
        await forget(urls);
        return urls.length;
      }),
    forgetAll: () =>
      guard(async () => {
        const tx = db.transaction(['pages', 'claims'], 'readwrite', RELAXED);
        tx.objectStore('pages').clear();
        tx.objectStore('claims').clear();
        await done(tx);
      }),
    exportPack: (name) =>
      guard(async () => {
        const tx = db.transaction(['pages', 'claims']);
        const [pages, buckets] = await Promise.all([
          result(tx.objectStore('pages').getAll() as IDBRequest<RememberedPage[]>),
          result(tx.objectStore('claims').getAll() as IDBRequest<ClaimBucket[]>),
        ]);
        const byUrl = new Map<string, Claim[]>();
        for (const b of buckets) byUrl.set(b.url, [...(byUrl.get(b.url) ?? []), ...b.claims]);
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
