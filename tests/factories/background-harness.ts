/**
 * The real background on WXT's fake browser, driven as Chrome drives it: messages carry the
 * sender stamp the browser adds (the background decides a sender's role from it), and each test
 * starts from a new browser profile with an empty IndexedDB.
 */
import Dexie from 'dexie';
import { IDBFactory } from 'fake-indexeddb';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';

export type Sender = { id?: string; url?: string; frameId?: number; tab?: { id?: number; url?: string } };

/** The side panel as Chrome stamps it: our id, our page's URL, no tab. */
export const sidePanel = (): Sender => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidepanel.html') });

/** Our content script on a portal page: our id too, but the page's URL and its tab. */
export const contentScript = (page = 'record-request.html', tabId = 7): Sender => ({
  id: fakeBrowser.runtime.id,
  url: `http://127.0.0.1:4173/${page}`,
  frameId: 0,
  tab: { id: tabId, url: `http://127.0.0.1:4173/${page}` },
});

/**
 * Delivers a message as the browser would and resolves with the answer, or '(ignored)' when no
 * listener answers. (The fake browser's own sendMessage passes an empty sender.)
 */
export function send(message: unknown, sender: Sender = sidePanel()): Promise<any> {
  return new Promise((resolve) => {
    const results = fakeBrowser.runtime.onMessage.trigger(message, sender as never, resolve);
    void Promise.resolve(results).then((r) => {
      if (Array.isArray(r) && r.every((x: unknown) => x === false)) resolve('(ignored)');
    });
  });
}

/** A new browser profile (no listeners, no storage, an empty IndexedDB) with the background started. */
export function startBackground(): void {
  fakeBrowser.reset();
  Dexie.dependencies.indexedDB = globalThis.indexedDB = new IDBFactory();
  vi.spyOn(fakeBrowser.sidePanel, 'setPanelBehavior').mockResolvedValue(undefined);
  // The fake browser has no commands API; the background only registers the quick-exit listener.
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => {});
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ version: '9.9.9' } as never);
  background.main();
}
