// The few IndexedDB steps both stores (imported packs, reading memory) take, as promises: open a database (its
// schema made by `upgrade`), wait for a transaction, read a request's result. One definition, so the stores differ
// only in what they keep.

/** A transaction's end: resolves when committed, rejects with its error when it fails or is aborted. */
export const done = (tx: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new DOMException('The transaction was aborted', 'AbortError'));
  });

export const result = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

/**
 * Open `name` at `version`, making its object stores with `upgrade` when it is new or older. Rejects rather than
 * waits when another page holds an older version open (the caller says so in words).
 */
export function openDatabase(factory: IDBFactory, name: string, version: number, upgrade: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name, version);
    } catch (error) {
      reject(error);
      return;
    }
    request.onupgradeneeded = () => upgrade(request.result);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new DOMException('blocked by another open page', 'BlockedError'));
  });
}
