/** Deletes every IndexedDB database and the sessionStorage of this origin (sign-out). */
export async function clearOfflineData(): Promise<void> {
  globalThis.sessionStorage?.clear();
  const idb = globalThis.indexedDB;
  if (!idb) return;
  const names = typeof idb.databases === 'function' ? (await idb.databases()).map((d) => d.name).filter((n): n is string => !!n) : [];
  await Promise.all(
    names.map(
      (name) =>
        new Promise<void>((resolve) => {
          const req = idb.deleteDatabase(name);
          req.onsuccess = req.onerror = req.onblocked = () => resolve();
        }),
    ),
  );
}
