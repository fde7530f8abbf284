// Imported claim packs in IndexedDB, in the extension's own origin (the options page and the background open it;
// a content script cannot, as its IndexedDB is the page's). extension storage.local holds 10 MB in Chromium
// without `unlimitedStorage`, so a third 4.5 MB pack failed there; and the content script had to read and index
// every pack on every page. Here each claim is a record indexed by `entity|metric`, so a page asks only for the
// claims about the companies and metrics it mentions, and a pack is added or removed in one transaction.
// Claims are kept in buckets, one record per pack and `entity|metric` (a few hundred records for 20,000 claims):
// one record per claim made Chromium's IndexedDB take about 13 s to commit a 20,000-claim pack.
import type { Claim, Source } from '../core/schema';
import { indexKey } from '../core/check/match-claims';
import { packStoreProblem } from './pack-store-errors';
import { done, openDatabase, result } from './idb';
import type { StoredPack } from './storage';

const DB_NAME = 'figure-check-packs';
const DB_VERSION = 1;

export interface PackSummary {
  name: string;
  importedAt: string;
  claims: number;
  sources: number;
}

export interface PackClaims {
  claims: Claim[];
  sources: Source[];
}

/** The claims of one pack about one `entity|metric`, each with its position in the pack as imported. */
interface ClaimBucket {
  pack: string;
  key: string;
  claims: [number, Claim][];
}
interface SourceRecord {
  pack: string;
  id: string;
  n: number;
  source: Source;
}

export interface PackStore {
  list(): Promise<PackSummary[]>;
  /** Every pack in full, in the order imported (the options page's claim browser and id checks). */
  all(): Promise<StoredPack[]>;
  add(pack: StoredPack): Promise<void>;
  /**
   * Put `pack` in place of the pack named `old` (a subscribed pack refreshed, perhaps under a new name) in one
   * transaction: a page asking meanwhile sees the old claims or the new ones, never neither or both.
   */
  replace(old: string | null, pack: StoredPack): Promise<void>;
  remove(name: string): Promise<void>;
  /** The claims whose `entity|metric` is one of `keys`, and the pack sources they cite. */
  claimsFor(keys: readonly string[]): Promise<PackClaims>;
  close(): void;
}

function open(factory: IDBFactory): Promise<IDBDatabase> {
  return openDatabase(factory, DB_NAME, DB_VERSION, (db) => {
    db.createObjectStore('packs', { keyPath: 'name' });
    // Keyed [pack, …], so a pack's records are one key range: removing a pack is a ranged delete.
    db.createObjectStore('claims', { keyPath: ['pack', 'key'] }).createIndex('key', 'key');
    db.createObjectStore('sources', { keyPath: ['pack', 'id'] }).createIndex('id', 'id');
  });
}

/**
 * Packs can be imported again from their file, so a write need not wait for the disk's flush (Chromium's default
 * waits; Firefox's is already relaxed).
 */
const RELAXED = { durability: 'relaxed' } as IDBTransactionOptions;

/** Every record of one pack: [pack] up to [pack, anything], since arrays sort after strings. */
const packRange = (name: string) => IDBKeyRange.bound([name], [name, []]);

/** Queue the records of `pack` in `tx` (a readwrite transaction over the three stores). */
function write(tx: IDBTransaction, pack: StoredPack): void {
  const summary: PackSummary = { name: pack.name, importedAt: pack.importedAt, claims: pack.claims.length, sources: pack.sources.length };
  tx.objectStore('packs').put(summary);
  const sources = tx.objectStore('sources');
  pack.sources.forEach((source, n) => sources.put({ pack: pack.name, id: source.id, n, source } satisfies SourceRecord));
  const buckets = new Map<string, ClaimBucket>();
  pack.claims.forEach((claim, n) => {
    const key = indexKey(claim.entity, claim.metric);
    const bucket = buckets.get(key) ?? buckets.set(key, { pack: pack.name, key, claims: [] }).get(key)!;
    bucket.claims.push([n, claim]);
  });
  const claims = tx.objectStore('claims');
  for (const bucket of buckets.values()) claims.put(bucket);
}

/** Queue the removal of every record of the pack `name` in `tx`. */
function erase(tx: IDBTransaction, name: string): void {
  tx.objectStore('packs').delete(name);
  tx.objectStore('claims').delete(packRange(name));
  tx.objectStore('sources').delete(packRange(name));
}

/** Open the store; every failure comes back as a PackStoreError whose message says what happened in plain words. */
export async function openPackStore(factory: IDBFactory | null | undefined = globalThis.indexedDB): Promise<PackStore> {
  if (!factory) throw packStoreProblem(new DOMException('no IndexedDB', 'UnavailableError'));
  const db = await open(factory).catch((error) => {
    throw packStoreProblem(error);
  });
  const guard = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw packStoreProblem(error);
    }
  };

  return {
    list: () =>
      guard(async () => {
        const packs = await result(db.transaction('packs').objectStore('packs').getAll() as IDBRequest<PackSummary[]>);
        return packs.sort((a, b) => a.importedAt.localeCompare(b.importedAt));
      }),
    all: () =>
      guard(async () => {
        const tx = db.transaction(['packs', 'claims', 'sources']);
        const [packs, claims, sources] = await Promise.all([
          result(tx.objectStore('packs').getAll() as IDBRequest<PackSummary[]>),
          result(tx.objectStore('claims').getAll() as IDBRequest<ClaimBucket[]>),
          result(tx.objectStore('sources').getAll() as IDBRequest<SourceRecord[]>),
        ]);
        const byName = new Map<string, StoredPack>();
        for (const p of packs.sort((a, b) => a.importedAt.localeCompare(b.importedAt))) {
          byName.set(p.name, { name: p.name, importedAt: p.importedAt, sources: [], claims: [] });
        }
        for (const r of sources.sort((a, b) => a.n - b.n)) byName.get(r.pack)?.sources.push(r.source);
        for (const [name, pack] of byName) {
          const own = claims.filter((b) => b.pack === name).flatMap((b) => b.claims);
          pack.claims = own.sort((a, b) => a[0] - b[0]).map(([, c]) => c);
        }
        return [...byName.values()];
      }),
    add: (pack) =>
      guard(async () => {
        const tx = db.transaction(['packs', 'claims', 'sources'], 'readwrite', RELAXED);
        write(tx, pack);
        await done(tx);
      }),
    replace: (old, pack) =>
      guard(async () => {
        const tx = db.transaction(['packs', 'claims', 'sources'], 'readwrite', RELAXED);
        for (const name of new Set([old ?? pack.name, pack.name])) erase(tx, name);
        write(tx, pack);
        await done(tx);
      }),
    remove: (name) =>
      guard(async () => {
        const tx = db.transaction(['packs', 'claims', 'sources'], 'readwrite', RELAXED);
        erase(tx, name);
        await done(tx);
      }),
    claimsFor: (keys) =>
      guard(async () => {
        const tx = db.transaction(['claims', 'sources']);
        const index = tx.objectStore('claims').index('key');
        const found = await Promise.all([...new Set(keys)].map((k) => result(index.getAll(k) as IDBRequest<ClaimBucket[]>)));
        const claims = found.flat().flatMap((b) => b.claims.map(([, c]) => c));
        const byId = tx.objectStore('sources').index('id');
        const cited = [...new Set(claims.map((c) => c.sourceId))];
        const sources = await Promise.all(cited.map((id) => result(byId.get(id) as IDBRequest<SourceRecord | undefined>)));
        return { claims, sources: sources.flatMap((r) => (r ? [r.source] : [])) };
      }),
    close: () => db.close(),
  };
}
