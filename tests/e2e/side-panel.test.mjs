// The real Chrome side panel, and the trust model around portal pages: the content script shows
// nothing a page could detect, and every case-store request from its world is refused.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { expect } from '@playwright/test';
import { join } from 'node:path';
import { launchExtension, SHOTS } from './fixtures.mjs';
import { startPortalServer } from '../../scripts/portal-server.mjs';
import { PanelPage } from './pages/panel.mjs';

let ext;
let portals;
before(async () => {
  ext = await launchExtension();
  portals = await startPortalServer();
});
after(async () => {
  await ext?.close();
  await portals?.close();
});

/** Every request of the store protocol (lib/messages.ts), with plausible arguments. */
const STORE_REQUESTS = [
  { type: 'ping' },
  { type: 'cases/list' },
  { type: 'cases/get', id: 'any' },
  { type: 'cases/create', body: { client: { firstName: 'Intruder' } } },
  { type: 'cases/save', case: { id: 'any' } },
  { type: 'cases/delete', id: 'any' },
  { type: 'cases/restore', case: { id: 'any' } },
];

/**
 * Runs `expression` in the content script's isolated world of `page` (found over CDP: the
 * isolated execution context whose origin is our extension) and returns its value.
 */
async function inContentScriptWorld(page, expression) {
  const cdp = await page.context().newCDPSession(page);
  const contexts = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable'); // replays the contexts that already exist
  const origin = `chrome-extension://${ext.extensionId}`;
  await expect.poll(() => contexts.some((c) => c.origin === origin && c.auxData?.type === 'isolated'), { message: 'content script world' }).toBe(true);
  const world = contexts.find((c) => c.origin === origin && c.auxData?.type === 'isolated');
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true, returnByValue: true });
  await cdp.detach();
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value;
}

test('a portal page shows nothing of the extension, and its content script is refused every store request', async () => {
  // A case exists, so a leak would have something to leak.
  const panel = await ext.context.newPage();
  await new PanelPage(panel).open(ext.panelUrl);
  await new PanelPage(panel).loadSample();

  const page = await ext.context.newPage();
  await page.goto(`${portals.url}/record-request.html`);
  // The content script runs on the replica (it answers the extension) ...
  const hello = await panel.evaluate(async (url) => {
    // Match patterns have no port: find the replica's tab by its full URL.
    const tab = (await chrome.tabs.query({})).find((t) => t.url === `${url}/record-request.html`);
    return chrome.tabs.sendMessage(tab.id, { type: 'agent/hello' });
  }, portals.url);
  assert.equal(hello.ok, true);
  assert.equal(hello.data.url, `${portals.url}/record-request.html`);

  // ... but leaves no trace a page could see: no element, no attribute, no custom element.
  const trace = await page.evaluate(() => ({
    rootAttributes: [...document.documentElement.attributes].map((a) => a.name),
    custom: [...document.querySelectorAll('*')].filter((el) => el.tagName.includes('-')).map((el) => el.tagName),
    text: document.body.innerText,
  }));
  assert.deepEqual(trace.rootAttributes.filter((n) => /vacatur|wxt/i.test(n)), []);
  assert.deepEqual(trace.custom, []);
  assert.doesNotMatch(trace.text, /Vacatur Assist/);

  // From the content script's own world, every store request is refused.
  const replies = await inContentScriptWorld(
    page,
    `Promise.all(${JSON.stringify(STORE_REQUESTS)}.map((m) => chrome.runtime.sendMessage(m)))`,
  );
  assert.equal(replies.length, STORE_REQUESTS.length);
  for (const [i, reply] of replies.entries()) {
    assert.deepEqual(reply, { ok: false, error: "Refused: a portal page's script may not use the case store." }, STORE_REQUESTS[i].type);
  }
  // Its own role's message is accepted only for its own page.
  const forged = await inContentScriptWorld(page, `chrome.runtime.sendMessage({ type: 'content/snapshot', url: 'https://another.example/', fields: [] })`);
  assert.equal(forged.ok, false);
  const own = await inContentScriptWorld(page, `chrome.runtime.sendMessage({ type: 'content/snapshot', url: location.href, fields: [] })`);
  assert.deepEqual(own, { ok: true, data: { received: true } });

  // Nothing was created by the refused requests.
  const list = await panel.evaluate(() => chrome.runtime.sendMessage({ type: 'cases/list' }));
  assert.equal(list.ok, true);
  assert.deepEqual(list.data.map((c) => c.name), ['Alvarado Ortiz, Daniela Inés']);
  await page.close();
  await panel.close();
});

test('the toolbar button opens the real side panel, which works', async () => {
  const page = await ext.context.newPage();
  await new PanelPage(page).open(ext.panelUrl);
  // Chrome opens the panel on a toolbar click (and its shortcut, _execute_action).
  const behavior = await page.evaluate(() => chrome.sidePanel.getPanelBehavior());
  assert.equal(behavior.openPanelOnActionClick, true);
  // Headless Chromium has no toolbar to click: a trusted click in our own page opens the panel
  // the same way (sidePanel.open needs the user gesture the toolbar click would give).
  await page.evaluate(() => {
    const b = document.createElement('button');
    b.textContent = 'open side panel (test harness)';
    b.onclick = async () => {
      const win = await chrome.windows.getCurrent();
      await chrome.sidePanel.open({ windowId: win.id });
    };
    document.body.prepend(b);
  });
  await page.getByRole('button', { name: 'open side panel (test harness)' }).click();
  const { page: sidePanel, disconnect } = await ext.realSidePanel();
  try {
    await sidePanel.getByRole('button', { name: 'Load sample case' }).click();
    await sidePanel.getByRole('tab', { name: 'Overview', selected: true }).waitFor();
    const width = await sidePanel.evaluate(() => innerWidth);
    assert.ok(width > 200 && width < 800, `side panel width ${width}`);
    await sidePanel.screenshot({ path: join(SHOTS, 'real-side-panel.png') });
  } finally {
    await disconnect();
  }
  await page.close();
});
