// The real Chrome side panel (not the panel page in a tab), and both manifests.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { launchExtension, SHOTS } from './fixtures.mjs';
import { startPortalServer } from '../../scripts/portal-server.mjs';

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

test('the launcher on a portal page opens the real side panel, which works', async () => {
  const page = await ext.context.newPage();
  await page.goto(`${portals.url}/record-request.html`);
  await page.waitForSelector('html[data-vacatur-assist="ready"]');
  // Playwright's click is a trusted user gesture; it carries through runtime.sendMessage to sidePanel.open.
  await page.locator('vacatur-assist-launcher').locator('#vacatur-open-panel').click();
  const { page: panel, disconnect } = await ext.realSidePanel();
  try {
    await panel.getByRole('button', { name: 'Load sample case' }).click();
    await panel.getByRole('form', { name: 'Client' }).waitFor();
    const width = await panel.evaluate(() => innerWidth);
    assert.ok(width > 200 && width < 800, `side panel width ${width}`);
    await panel.screenshot({ path: join(SHOTS, 'real-side-panel.png') });
  } finally {
    await disconnect();
  }
});

test('the Chrome manifest declares a side panel and the Firefox manifests a sidebar', () => {
  const chrome = JSON.parse(readFileSync('.output/chrome-mv3/manifest.json', 'utf8'));
  assert.equal(chrome.side_panel.default_path, 'sidepanel.html');
  assert.ok(chrome.permissions.includes('sidePanel'));
  for (const dir of ['.output/firefox-mv2', '.output/firefox-mv3']) {
    if (!existsSync(join(dir, 'manifest.json'))) continue; // built by `npm test` before this step
    const ff = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    assert.equal(ff.sidebar_action.default_panel, 'sidepanel.html', dir);
    assert.equal(ff.browser_specific_settings.gecko.id, 'vacatur-assist@example.org');
  }
  // No remote code or hosts beyond the portals we ship: loopback replicas only for now.
  assert.deepEqual(chrome.host_permissions, ['http://127.0.0.1/*', 'http://localhost/*']);
  assert.equal(chrome.content_security_policy, undefined, 'the default MV3 CSP (no remote code) stays');
});
