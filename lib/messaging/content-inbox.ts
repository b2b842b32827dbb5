import { ContentMessage, type Reply } from '../messages';
import type { SenderRole } from './sender';

type ContentSender = Extract<SenderRole, { role: 'content' }>;

export const REFUSED_FOR_CONTENT = "Refused: a portal page's script may not use the case store.";

/** Where the content script's reports land, keyed by the tab and frame the browser stamped. */
export interface ContentReport {
  tabId: number;
  frameId: number;
  url: string;
  message: ContentMessage;
}

/**
 * The latest report of each kind per tab and frame, for the panel to read. A report is stored
 * under the sender's own tab and frame, never under ids the message claims, so one page cannot
 * speak for another.
 */
export class ContentInbox {
  private readonly reports = new Map<string, ContentReport>();

  put(report: ContentReport): void {
    this.reports.set(key(report.tabId, report.frameId, report.message.type), report);
  }

  latest(tabId: number, frameId: number, type: ContentMessage['type']): ContentReport | undefined {
    return this.reports.get(key(tabId, frameId, type));
  }

  /** A tab that navigated or closed: what its frames said no longer describes it. */
  forgetTab(tabId: number): void {
    for (const [k, r] of this.reports) if (r.tabId === tabId) this.reports.delete(k);
  }
}

function key(tabId: number, frameId: number, type: string): string {
  return `${tabId}:${frameId}:${type}`;
}

/**
 * Answers a content script. Only its role's messages are accepted, validated, and bound to the
 * sender; a store request (or anything else) is refused without touching the store.
 */
export function handleContentMessage(raw: unknown, sender: ContentSender, inbox: ContentInbox): Reply<{ received: true }> {
  const parsed = ContentMessage.safeParse(raw);
  if (!parsed.success) return { ok: false, error: REFUSED_FOR_CONTENT };
  // The page URL in the message must be the one the browser says the frame shows.
  if (parsed.data.url !== sender.url) return { ok: false, error: 'Refused: the report names another page than its sender.' };
  inbox.put({ tabId: sender.tabId, frameId: sender.frameId, url: sender.url, message: parsed.data });
  return { ok: true, data: { received: true } };
}
