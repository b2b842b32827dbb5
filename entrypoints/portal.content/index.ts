import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { REPLICA_MATCHES } from '@/lib/portals/matches';
import { classifySender } from '@/lib/messaging/sender';

/**
 * The portal agent. It shows nothing and leaves no trace a page could detect or switch off: no
 * element, no attribute, no page event listener, nothing posted to the page (in-page buttons are
 * the surface of extension clickjacking). It only answers the extension itself, through the
 * runtime channel a page cannot reach; autofill's collect and fill requests arrive the same way
 * after the user clicks in the panel. No React or zod here: the budget is 30 KB gzipped.
 */
export default defineContentScript({
  // Rewritten per build mode in wxt.config.ts (known portals; replicas in test builds only).
  matches: REPLICA_MATCHES,
  allFrames: true,
  main() {
    const identity = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };
    browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (r: unknown) => void) => {
      // From the extension's own pages only (the background's messages carry its URL too).
      if (classifySender(sender, identity).role !== 'extension-page') return false;
      if ((message as { type?: unknown })?.type === 'agent/hello') {
        sendResponse({ ok: true, data: { url: location.href, top: window === window.top } });
      }
      return false;
    });
  },
});
