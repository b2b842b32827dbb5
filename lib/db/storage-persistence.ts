/**
 * Asking the browser to keep the extension's data under storage pressure (issue 12). Without it,
 * IndexedDB is "best effort": a browser short of disk may evict it. Chrome grants persistence to
 * an extension with the `unlimitedStorage` permission or by its own engagement heuristics and
 * answers at once; Firefox may show the user a prompt. Called from the panel (a page, where
 * `navigator.storage` exists, and where Firefox can prompt). The port is injected so this module
 * touches no browser API itself and tests pass a fake.
 */
export interface StoragePort {
  persisted?(): Promise<boolean>;
  persist?(): Promise<boolean>;
  estimate?(): Promise<{ usage?: number; quota?: number }>;
}

export interface StorageState {
  /** undefined: this browser cannot say. */
  persisted?: boolean;
  usageBytes?: number;
  quotaBytes?: number;
}

/** Asks for persistent storage unless it is already granted; never throws. */
export async function requestPersistence(storage: StoragePort | undefined): Promise<boolean | undefined> {
  try {
    if (await storage?.persisted?.()) return true;
    return await storage?.persist?.();
  } catch {
    return undefined;
  }
}

/** What Settings shows: persisted or not, and how much is used of how much. Never throws. */
export async function readStorageState(storage: StoragePort | undefined): Promise<StorageState> {
  const [persisted, estimate] = await Promise.all([
    storage?.persisted?.().catch(() => undefined),
    storage?.estimate?.().catch(() => undefined),
  ]);
  return { persisted, usageBytes: estimate?.usage, quotaBytes: estimate?.quota };
}

/**
 * @example formatBytes(1_572_864) // '1.5 MB'
 */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(v < 10 ? 1 : 0)} ${units[i]}`;
}
