import '@/lib/model/zod-config';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { CaseRepository, VacaturDb } from '@/lib/db';
import { handleStoreRequest } from '@/lib/db/handlers';
import { ContentInbox, handleContentMessage } from '@/lib/messaging/content-inbox';
import { classifySender } from '@/lib/messaging/sender';
import { QUICK_EXIT_COMMAND, type PanelBroadcast } from '@/lib/messaging/panel-broadcast';

/**
 * The background owns the database and answers messages by the sender's role
 * (lib/messaging/sender.ts): the case store for extension pages only; a content script may only
 * report on its own page (lib/messaging/content-inbox.ts); anything else is ignored. Nothing is
 * injected into web pages: the panel opens from the toolbar button or the keyboard shortcut.
 */
export default defineBackground(() => {
  const repo = new CaseRepository(new VacaturDb());
  const inbox = new ContentInbox();
  const version = browser.runtime.getManifest().version;
  const identity = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };

  if (import.meta.env.CHROME) {
    // Chrome: the toolbar button (and its shortcut, _execute_action) opens the side panel.
    void browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
  } else {
    // Firefox: a toolbar click does not open sidebar_action by itself; the click is the user gesture.
    const button = firefox().browserAction ?? browser.action;
    button?.onClicked.addListener(() => void firefox().sidebarAction?.open());
    if (import.meta.env.MODE !== 'production') openPanelTabForTemporaryInstall();
  }

  browser.commands?.onCommand.addListener((command) => {
    // Quick exit: every open panel clears itself at once and closes (the lock comes with it).
    if (command === QUICK_EXIT_COMMAND) void browser.runtime.sendMessage({ type: 'panel/quick-exit' } satisfies PanelBroadcast).catch(() => {});
  });
  browser.tabs.onRemoved.addListener((tabId) => inbox.forgetTab(tabId));

  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (r: unknown) => void) => {
    const who = classifySender(sender, identity);
    switch (who.role) {
      case 'stranger':
        return false;
      case 'content':
        sendResponse(handleContentMessage(message, who, inbox));
        return false;
      case 'extension-page':
        handleStoreRequest(message, repo, version).then(sendResponse);
        // Keep the channel open for the async answer (Chrome's contract; the polyfill honours it too).
        return true;
    }
  });
});

/**
 * Test and development builds only: WebDriver BiDi cannot open moz-extension:// pages and a
 * headless Firefox has no toolbar to click, so a temporarily installed add-on opens its panel
 * in a tab. Store builds never do this.
 */
function openPanelTabForTemporaryInstall() {
  browser.runtime.onInstalled.addListener((details) => {
    if ((details as { temporary?: boolean }).temporary) void browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') });
  });
}

/** Firefox-only APIs that the Chrome-flavoured WXT types do not declare. */
function firefox() {
  return browser as unknown as {
    sidebarAction?: { open(): Promise<void> };
    browserAction?: { onClicked: { addListener(cb: () => void): void } };
  };
}
