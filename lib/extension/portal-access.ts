import { browser } from 'wxt/browser';
import type { AgentReply, AgentRequest } from '../messages';

/** The tab the panel would fill: its id, and its URL when the extension may see it. */
export interface ActivePage {
  tabId: number;
  /** Known for portals we have host access to, sites the user allowed, or after the toolbar click (activeTab). */
  url?: string;
}

/** `https://court.example.org/*`: one site, any port and path (match patterns carry no port). */
export function originPattern(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? `${u.protocol}//${u.hostname}/*` : null;
  } catch {
    return null;
  }
}

/**
 * The browser side of portal autofill, for the panel: which page is active, whether the user
 * allowed the extension there, and the request/response messages to the portal agent in that
 * tab's top frame. The agent gets only what each request carries; fill steps go only after
 * the user clicked Fill.
 */
export const portalAccess = {
  async activePage(): Promise<ActivePage | null> {
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) return null;
    return { tabId: tab.id, url: tab.url || undefined };
  },

  hasAccess(pattern: string): Promise<boolean> {
    return browser.permissions.contains({ origins: [pattern] });
  },

  /** Must run in the click handler: the browser asks the user to allow this one site. */
  requestAccess(pattern: string): Promise<boolean> {
    return browser.permissions.request({ origins: [pattern] });
  },

  /** Sites the user allowed at runtime (beyond the portals the extension ships adapters for). */
  async allowedSites(): Promise<string[]> {
    const declared = new Set(browser.runtime.getManifest().host_permissions ?? []);
    const { origins = [] } = await browser.permissions.getAll();
    return origins.filter((o) => !declared.has(o));
  },

  revoke(pattern: string): Promise<boolean> {
    return browser.permissions.remove({ origins: [pattern] });
  },

  /** Sends a request to the agent, injecting it first on a site the user allowed at runtime. */
  async ask<T>(tabId: number, request: AgentRequest): Promise<T> {
    let reply = await sendToAgent<T>(tabId, request);
    if (!reply) {
      await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/portal.js'] });
      reply = await sendToAgent<T>(tabId, request);
    }
    if (!reply) throw new Error('Vacatur Assist cannot reach this page. Reload the page and try again.');
    if (!reply.ok) throw new Error(reply.error);
    return reply.data;
  },
};

export type PortalAccess = typeof portalAccess;

async function sendToAgent<T>(tabId: number, request: AgentRequest): Promise<AgentReply<T> | undefined> {
  try {
    return (await browser.tabs.sendMessage(tabId, request, { frameId: 0 })) as AgentReply<T> | undefined;
  } catch {
    return undefined; // no agent in the page (yet)
  }
}
