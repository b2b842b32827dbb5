/**
 * Who sent a runtime message, decided from what the browser stamps on it (never from the
 * message itself). Content scripts share the extension's id with its pages, so the id alone
 * proves nothing: an extension page is recognised by its own URL on the extension's origin and
 * by not living in a web page's tab. Everything else from our id is a content script, bound to
 * the tab and frame the browser says it runs in.
 */
export interface MessageSenderLike {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

export interface ExtensionIdentity {
  id: string;
  /** `chrome-extension://<id>/` or `moz-extension://<uuid>/`, from runtime.getURL('/'). */
  baseUrl: string;
}

export type SenderRole =
  | { role: 'extension-page' }
  | { role: 'content'; tabId: number; frameId: number; url: string }
  | { role: 'stranger' };

export function classifySender(sender: MessageSenderLike, ext: ExtensionIdentity): SenderRole {
  if (!sender.id || sender.id !== ext.id) return { role: 'stranger' };
  const onOurOrigin = (url: string | undefined) => !!url && url.startsWith(ext.baseUrl);
  if (onOurOrigin(sender.url)) {
    // The side panel / sidebar has no tab; the panel opened as one of our own tabs has a tab on
    // our origin. Our page framed inside someone else's tab is not trusted.
    if (!sender.tab || onOurOrigin(sender.tab.url)) return { role: 'extension-page' };
    return { role: 'stranger' };
  }
  if (sender.tab?.id !== undefined && sender.url) {
    return { role: 'content', tabId: sender.tab.id, frameId: sender.frameId ?? 0, url: sender.url };
  }
  return { role: 'stranger' };
}
