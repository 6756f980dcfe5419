/**
 * Asks the browser to keep Podscan's data under storage pressure instead of
 * evicting it. Resolves false when refused or unsupported; never rejects.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  const storage = globalThis.navigator?.storage as StorageManager | undefined;
  if (!storage?.persist || !storage.persisted) return false;

  try {
    return (await storage.persisted()) || (await storage.persist());
  } catch {
    return false;
  }
}
