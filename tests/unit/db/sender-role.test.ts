import { describe, expect, it } from 'vitest';
import { classifySender } from '@/lib/messaging/sender';

const ext = { id: 'abcdefgh', baseUrl: 'chrome-extension://abcdefgh/' };

describe('classifySender: the role comes from the browser stamp, never from the id alone', () => {
  it('the side panel (no tab) and our own tab are extension pages', () => {
    expect(classifySender({ id: ext.id, url: 'chrome-extension://abcdefgh/sidepanel.html' }, ext)).toEqual({ role: 'extension-page' });
    expect(classifySender({ id: ext.id, url: 'chrome-extension://abcdefgh/sidepanel.html', tab: { id: 3, url: 'chrome-extension://abcdefgh/sidepanel.html' } }, ext)).toEqual({ role: 'extension-page' });
    const firefox = { id: 'vacatur-assist@example.org', baseUrl: 'moz-extension://7a1e5c2d/' };
    expect(classifySender({ id: firefox.id, url: 'moz-extension://7a1e5c2d/sidepanel.html' }, firefox)).toEqual({ role: 'extension-page' });
  });

  it('a content script is bound to the tab and frame the browser names', () => {
    expect(classifySender({ id: ext.id, url: 'https://portal.example/step2', frameId: 4, tab: { id: 12, url: 'https://portal.example/' } }, ext)).toEqual({
      role: 'content',
      tabId: 12,
      frameId: 4,
      url: 'https://portal.example/step2',
    });
  });

  it('anything else is a stranger: other extensions, our page framed in a web tab, a look-alike origin, no URL', () => {
    expect(classifySender({ id: 'other', url: 'chrome-extension://other/x.html' }, ext).role).toBe('stranger');
    expect(classifySender({ id: ext.id, url: 'chrome-extension://abcdefgh/sidepanel.html', tab: { id: 1, url: 'https://evil.example/' } }, ext).role).toBe('stranger');
    expect(classifySender({ id: ext.id, url: 'chrome-extension://abcdefghijk/sidepanel.html' }, ext).role).toBe('stranger');
    expect(classifySender({ id: ext.id }, ext).role).toBe('stranger');
    expect(classifySender({}, ext).role).toBe('stranger');
  });
});
