// Portal autofill from the real side panel: the portal replica is the active tab, the panel
// reads it, previews, fills, reports and undoes; a page the extension has no adapter for is
// taught, and the mapping is used after a reload. Values are asserted in the page itself.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { launchExtension, SHOTS } from './fixtures.mjs';
import { PanelPage } from './pages/panel.mjs';
import { startPortalServer } from '../../scripts/portal-server.mjs';

let ext;
let portals;
let side;
let tab;
before(async () => {
  ext = await launchExtension();
  portals = await startPortalServer();
  tab = await ext.context.newPage();
  const panel = new PanelPage(tab);
  await panel.open(ext.panelUrl);
  await panel.loadSample();
  // The real side panel, opened from a trusted click in our own page (headless has no toolbar).
  await tab.evaluate(() => {
    const b = document.createElement('button');
    b.textContent = 'open side panel (test harness)';
    b.onclick = async () => chrome.sidePanel.open({ windowId: (await chrome.windows.getCurrent()).id });
    document.body.prepend(b);
  });
  await tab.getByRole('button', { name: 'open side panel (test harness)' }).click();
  side = await ext.realSidePanel();
  await side.page.getByRole('button', { name: /Alvarado Ortiz/ }).click();
});
after(async () => {
  await side?.disconnect();
  await ext?.close();
  await portals?.close();
});

/** Shows `url` in the tab the side panel fills, and makes it the active tab. */
async function showPortal(url) {
  await tab.goto(url);
  await tab.bringToFront();
}

test('the record-review application is read, previewed, filled and undone from the side panel; SSN, honeypot and CSRF stay untouched', async () => {
  const sp = side.page;
  await showPortal(`${portals.url}/doj/record-review.html`);
  await sp.getByRole('tab', { name: 'Fill' }).click();
  await sp.getByRole('button', { name: 'Check the tab again' }).click();
  await expect(sp.getByTestId('fill-page')).toContainText(/127\.0\.0\.1|Record/);
  await sp.getByRole('button', { name: 'Read this page' }).click();
  await expect(sp.getByLabel('Value for Last name')).toHaveValue('Alvarado Ortiz');
  await expect(sp.getByTestId('fill-plan')).toContainText('client.dob.year');
  await sp.screenshot({ path: join(SHOTS, 'fill-preview.png'), fullPage: true });

  await sp.getByRole('button', { name: /^Fill \d+ fields$/ }).click();
  await expect(sp.getByTestId('fill-report')).toContainText(/\d+ of \d+ fields filled/);
  await sp.screenshot({ path: join(SHOTS, 'fill-report.png'), fullPage: true });
  await expect(tab.locator('#applicant_last')).toHaveValue('Alvarado Ortiz');
  await expect(tab.locator('#applicant_first')).toHaveValue('Daniela');
  await expect(tab.locator('select[name="dob_year"]')).toHaveValue('1994');
  await expect(tab.locator('input[name="applicant_sex"][value="F"]')).toBeChecked();
  // Never filled: the SSN, the honeypot, the CSRF token.
  await expect(tab.locator('#ssn')).toHaveValue('');
  await expect(tab.locator('#website')).toHaveValue('');
  await expect(tab.locator('input[name="csrf_token"]')).toHaveValue('f3c1a9e07b5d4c2e9a8b7c6d5e4f3a2b');

  await sp.getByRole('button', { name: 'Undo fill' }).click();
  await expect(tab.locator('#applicant_last')).toHaveValue('');
  await expect(tab.locator('#applicant_first')).toHaveValue('');

  // The fill is in the case's activity log, with the fields but no values.
  await sp.getByRole('tab', { name: 'Activity' }).click();
  await expect(sp.getByTestId('activity-log')).toContainText('Filled a portal form');
});

test('a page without an adapter is planned by labels, taught, and the taught mapping fills after a reload', async () => {
  const sp = side.page;
  await showPortal(`${portals.url}/teach/county-request.html`);
  await sp.getByRole('tab', { name: 'Fill' }).click();
  await sp.getByRole('button', { name: 'Check the tab again' }).click();
  await sp.getByRole('button', { name: /^(Read this page|Read the page again)$/ }).click();
  await expect(sp.getByTestId('fill-page')).toContainText('no adapter for this site');
  await sp.getByRole('button', { name: 'Teach this page…' }).click();
  const teach = sp.getByTestId('teach-mode');
  await expect(teach).toBeVisible();
  await sp.screenshot({ path: join(SHOTS, 'fill-teach.png'), fullPage: true });
  const pick = teach.getByRole('combobox').first();
  const label = await pick.getAttribute('aria-label');
  await pick.selectOption('client.cii');
  await teach.getByRole('button', { name: /^Save 1 mapping for this site$/ }).click();
  const field = label.replace(/^Case field for /, '');
  // Teach mode re-plans: the taught field is now planned with the CII, and still after a reload.
  await expect(sp.getByLabel(`Value for ${field}`)).toHaveValue('A09876543');
  await tab.reload();
  await sp.getByRole('button', { name: 'Read the page again' }).click();
  await expect(sp.getByLabel(`Value for ${field}`)).toHaveValue('A09876543');
  await sp.getByRole('button', { name: /^Fill \d+ fields$/ }).click();
  await expect(sp.getByTestId('fill-report')).toContainText(/fields filled/);
  await expect(tab.getByLabel(field)).toHaveValue('A09876543');
});
