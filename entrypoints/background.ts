import '@/lib/model/zod-config';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openStore, sessionKeyCacheOver, type CaseRepository } from '@/lib/db';
import { AdapterStore } from '@/lib/db/adapter-store';
import { handleStoreRequest } from '@/lib/db/handlers';
import { IdleAutoLock } from '@/lib/extension/idle-lock';
import { ContentInbox, handleContentMessage } from '@/lib/messaging/content-inbox';
import { classifySender } from '@/lib/messaging/sender';
import { QUICK_EXIT_COMMAND, type PanelBroadcast } from '@/lib/messaging/panel-broadcast';

const AUTO_LOCK_ALARM = 'auto-lock';
/** Once a day the trash is emptied of cases deleted 30 or more days ago (their keys destroyed). */
const PURGE_TRASH_ALARM = 'purge-trash';

/**
 * The background owns the database and answers messages by the sender's role
 * (lib/messaging/sender.ts): the case store for extension pages only; a content script may only
 * report on its own page (lib/messaging/content-inbox.ts); anything else is ignored. Nothing is
 * injected into web pages: the panel opens from the toolbar button or the keyboard shortcut.
 */
export default defineBackground(() => {
  const inbox = new ContentInbox();
  const version = browser.runtime.getManifest().version;
  const identity = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };

  // Listeners are registered synchronously (MV3 wakes the worker for them); the store opens
  // once and every handler waits for it.
  const ready = (async () => {
    // The unlocked key's bytes live in storage.session: memory only, gone when the browser closes.
    const store = await openStore({ keyCache: sessionKeyCacheOver(browser.storage.session) });
    const lockAndTell = async () => {
      await store.vault.lock();
      broadcast({ type: 'panel/locked' });
    };
    const idle = new IdleAutoLock(idlePorts(), lockAndTell);
    await idle.init();
    await idle.lockIfIdle();
    // Purging needs no key, so it runs at every start, locked or not, and then daily.
    await purgeTrash(store.repo);
    // Created once: re-creating it at every worker start would push the next run back each time.
    if (browser.alarms && !(await browser.alarms.get(PURGE_TRASH_ALARM).catch(() => undefined))) {
      void browser.alarms.create(PURGE_TRASH_ALARM, { periodInMinutes: 24 * 60 });
    }
    return { ...store, adapters: new AdapterStore(store.repo.binding), idle, version, lockAndTell, notify: broadcast };
  })();

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
    // Quick exit: lock at once, and every open panel clears itself and closes.
    if (command !== QUICK_EXIT_COMMAND) return;
    broadcast({ type: 'panel/quick-exit' });
    void ready.then((s) => s.vault.lock());
  });
  browser.alarms?.onAlarm.addListener((alarm) => {
    if (alarm.name === AUTO_LOCK_ALARM) void ready.then((s) => s.idle.lockIfIdle().then((locked) => locked && broadcast({ type: 'panel/locked' })));
    if (alarm.name === PURGE_TRASH_ALARM) void ready.then((s) => purgeTrash(s.repo));
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
        void ready
          .then(async (ctx) => {
            if (await ctx.idle.lockIfIdle()) broadcast({ type: 'panel/locked' });
            return handleStoreRequest(message, ctx);
          })
          .then(sendResponse, (e: Error) => sendResponse({ ok: false, error: `The store could not be opened: ${e?.message ?? e}` }));
        // Keep the channel open for the async answer (Chrome's contract; the polyfill honours it too).
        return true;
    }
  });
});

function idlePorts() {
  return {
    now: () => Date.now(),
    loadMinutes: async () => (await browser.storage.local.get('autoLockMinutes')).autoLockMinutes as number | undefined,
    saveMinutes: (minutes: number) => browser.storage.local.set({ autoLockMinutes: minutes }),
    loadLastActivity: async () => (await browser.storage.session.get('lastActivityAt')).lastActivityAt as number | undefined,
    saveLastActivity: (at: number) => browser.storage.session.set({ lastActivityAt: at }),
    wakeAt: (at: number) => void browser.alarms?.create(AUTO_LOCK_ALARM, { when: at }),
  };
}

/** Empties the trash of old cases; a failure (a busy store) waits for the next run. */
async function purgeTrash(repo: CaseRepository): Promise<void> {
  await repo.purgeTrash().catch(() => {});
}

/** Tells every open panel (extension pages only: runtime messages never reach web pages). */
function broadcast(message: PanelBroadcast) {
  void browser.runtime.sendMessage(message).catch(() => {});
}

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
