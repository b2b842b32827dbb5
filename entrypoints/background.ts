import '@/lib/model/zod-config';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { CaseRepository, VacaturDb } from '@/lib/db';
import { handleStoreRequest } from '@/lib/db/handlers';

/**
 * The background owns the database and answers the typed message protocol (lib/messages.ts).
 * Senders are trusted by extension id, never by URL: content scripts of our own extension
 * and the side panel share it; web pages cannot send runtime messages to us at all.
 */
export default defineBackground(() => {
  const repo = new CaseRepository(new VacaturDb());
  const version = browser.runtime.getManifest().version;

  if (import.meta.env.CHROME) {
    // Chrome: the toolbar button opens the side panel. Firefox opens sidebar_action itself.
    void browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
  } else {
    // Firefox: a toolbar click does not open sidebar_action by itself; the click is the user gesture.
    const button = firefox().browserAction ?? browser.action;
    button?.onClicked.addListener(() => void firefox().sidebarAction?.open());
  }

  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (r: unknown) => void) => {
    if (sender.id !== browser.runtime.id) return false;
    if ((message as { type?: string })?.type === 'panel/open') {
      openPanel(sender.tab?.id, sender.tab?.windowId).then(sendResponse, (e: Error) =>
        sendResponse({ ok: false, error: e.message }),
      );
      return true;
    }
    handleStoreRequest(message, repo, version).then(sendResponse);
    // Keep the channel open for the async answer (Chrome's contract; the polyfill honours it too).
    return true;
  });
});

async function openPanel(tabId: number | undefined, windowId: number | undefined) {
  if (import.meta.env.CHROME) {
    if (tabId !== undefined) await browser.sidePanel.open({ tabId });
    else if (windowId !== undefined) await browser.sidePanel.open({ windowId });
    return { ok: true, data: { opened: true } };
  }
  try {
    // Firefox only honours sidebarAction.open() inside a user-action handler, and a click
    // relayed from a content script may not count: fall back to the panel in a tab.
    await firefox().sidebarAction!.open();
    return { ok: true, data: { opened: true, where: 'sidebar' } };
  } catch {
    await browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') });
    return { ok: true, data: { opened: true, where: 'tab' } };
  }
}

/** Firefox-only APIs that the Chrome-flavoured WXT types do not declare. */
function firefox() {
  return browser as unknown as {
    sidebarAction?: { open(): Promise<void> };
    browserAction?: { onClicked: { addListener(cb: () => void): void } };
  };
}
