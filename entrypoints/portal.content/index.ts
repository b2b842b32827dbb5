import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { REPLICA_MATCHES } from '@/lib/portals/matches';
import { classifySender } from '@/lib/messaging/sender';
import { asAgentRequest, createAgent } from './agent';

/**
 * The portal agent. It shows nothing and leaves no trace a page could detect or switch off: no
 * element, no attribute, no page event listener, nothing posted to the page (in-page buttons are
 * the surface of extension clickjacking). It answers only the extension's own pages, through
 * the runtime channel a page cannot reach, and only in the top frame (collect and fill reach
 * same-origin frames from there). It receives fill values only when the user clicked Fill.
 * No React or zod here: the budget is 30 KB gzipped.
 */
export default defineContentScript({
  // Rewritten per build mode in wxt.config.ts (known portals; replicas in test builds only).
  matches: REPLICA_MATCHES,
  main() {
    if (window !== window.top) return;
    const identity = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };
    const agent = createAgent(document);
    browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (r: unknown) => void) => {
      if (classifySender(sender, identity).role !== 'extension-page') return false;
      const request = asAgentRequest(message);
      if (!request) return false;
      agent.answer(request).then(sendResponse, (e: Error) => sendResponse({ ok: false, error: e?.message ?? String(e) }));
      return true;
    });
  },
});
