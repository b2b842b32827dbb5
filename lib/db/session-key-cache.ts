import { fromBase64, toBase64 } from '../crypto/bytes';
import type { SessionKeyCache } from './vault';

/** The part of a WebExtension storage area the cache needs; `browser.storage.session` has this shape. */
export interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export const SESSION_KEY_ITEM = 'vault.sessionKey';

/**
 * A SessionKeyCache over a storage area, storing the key as base64: extension storage keeps
 * JSON values only, and a Uint8Array would come back as a plain object. Pass
 * `browser.storage.session` (memory only, cleared when the browser closes; by default not
 * readable by content scripts), never `storage.local`.
 * @example openStore({ keyCache: sessionKeyCacheOver(browser.storage.session) })
 */
export function sessionKeyCacheOver(area: StorageAreaLike, item = SESSION_KEY_ITEM): SessionKeyCache {
  return {
    async get() {
      const value = (await area.get(item))[item];
      if (typeof value !== 'string') return undefined;
      try {
        return fromBase64(value);
      } catch {
        return undefined;
      }
    },
    set: (key) => area.set({ [item]: toBase64(key) }),
    clear: () => area.remove(item),
  };
}
