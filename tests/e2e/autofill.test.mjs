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
  // The replica portals are built around an invented county (Alder): their case fits them.
  await panel.importFile('tests/fixtures/portals/case-varga.json');
  await expect(panel.field('Last name')).toHaveValue('Varga');
  await panel.backToList();
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
  await expect(sp.getByTestId('fill-plan')).toContainText('Client: Date of birth (year)');
  await sp.screenshot({ path: join(SHOTS, 'fill-preview.png'), fullPage: true });
  await sp.screenshot({ path: join(SHOTS, 'readme-fill.png') }); // the first screen, for the README

  await sp.getByRole('button', { name: /^Fill \d+ fields?$/ }).click();
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
  await sp.getByRole('button', { name: /^Fill \d+ fields?$/ }).click();
  await expect(sp.getByTestId('fill-report')).toContainText(/fields filled/);
  await expect(tab.getByLabel(field)).toHaveValue('A09876543');
});

/** Reads the active page in the side panel and fills every kept value; returns the report text. */
async function readAndFill(sp) {
  await sp.getByRole('button', { name: /^(Read this page|Read the page again)$/ }).click();
  await expect(sp.getByTestId('fill-plan')).toBeVisible();
  await sp.getByRole('button', { name: /^Fill \d+ fields?$/ }).click();
  const report = sp.getByTestId('fill-report');
  await expect(report).toContainText(/fields filled|Nothing was filled/);
  return report.innerText();
}

/** The user's own clicks in the wizard: save the step, go to the next. */
async function saveAndNext(page) {
  const step = page.locator('section[data-step]:not([hidden])');
  await step.getByRole('button', { name: 'Save changes' }).click();
  await step.getByRole('button', { name: 'Next' }).click();
}

test('the e-filing wizard: combobox and framework-controlled input, a step in an iframe, a widget in a shadow root, payment never filled', async () => {
  const sp = side.page;
  await sp.getByRole('button', { name: '← All cases' }).click();
  await sp.getByRole('button', { name: /^Varga, Elena/ }).click();
  await showPortal(`${portals.url}/efsp/wizard.html`);
  await sp.getByRole('tab', { name: 'Fill' }).click();
  await sp.getByRole('button', { name: 'Check the tab again' }).click();

  // Step 1: the court location combobox (options load after typing) and a framework-controlled input.
  await readAndFill(sp);
  await expect(sp.getByTestId('fill-page')).toContainText('step “Case information”');
  await sp.screenshot({ path: join(SHOTS, 'fill-wizard-step1.png'), fullPage: true });
  await expect(tab.locator('#courtLocation')).toHaveValue(/County/);
  await expect(tab.locator('#caseSearchNumber')).not.toHaveValue('');
  const caseNumber = await tab.locator('#caseSearchNumber').inputValue();
  await saveAndNext(tab); // the page re-renders from its own state: the value must survive
  await tab.locator('li[data-nav="case"]').click();
  await expect(tab.locator('#caseSearchNumber')).toHaveValue(caseNumber);
  await tab.locator('li[data-nav="documents"]').click();

  // Step 2: documents.
  await readAndFill(sp);
  await expect(tab.locator('#docDescription')).not.toHaveValue('');
  await saveAndNext(tab);

  // Step 3: parties, inside a same-origin iframe.
  await readAndFill(sp);
  const frame = tab.frameLocator('#partiesFrame');
  await expect(frame.locator('#attorneyBarNo')).not.toHaveValue('');
  await saveAndNext(tab);

  // Step 4: service contact, a widget in an open shadow root.
  await readAndFill(sp);
  await expect(tab.locator('#serviceContacts').locator('#serviceContact')).not.toHaveValue('');
  await saveAndNext(tab);
  await saveAndNext(tab); // fees: left to the attorney

  // Payment: nothing is ever filled there.
  await expect(tab.locator('section[data-step="payment"]')).toBeVisible();
  await sp.getByRole('button', { name: /^(Read this page|Read the page again)$/ }).click();
  await expect(sp.getByTestId('fill-page')).toContainText('step “Payment”');
  await expect(sp.getByRole('button', { name: 'Fill 0 fields' })).toBeDisabled();
  await sp.screenshot({ path: join(SHOTS, 'fill-payment.png'), fullPage: true });
  const cards = tab.locator('section[data-step="payment"] input');
  for (const value of await cards.evaluateAll((els) => els.map((e) => e.value))) assert.equal(value, '');
});

test('charges from a court case-summary page are previewed and added once', async () => {
  const sp = side.page;
  await sp.getByRole('button', { name: '← All cases' }).click();
  const row = sp.getByRole('button', { name: /^Varga, Elena/ });
  await expect(row).toContainText(/\d+ record entr/);
  const before = Number(/(\d+) record entr/.exec(await row.innerText())[1]);
  await row.click();
  await showPortal(`${portals.url}/court/case-summary.html`);
  await sp.getByRole('tab', { name: 'Fill' }).click();
  await sp.getByRole('button', { name: 'Check the tab again' }).click();
  await sp.getByRole('button', { name: /^(Read this page|Read the page again)$/ }).click();
  await sp.getByRole('button', { name: 'Import charges from this page…' }).click();
  const preview = sp.getByTestId('charges-preview');
  await expect(preview).toContainText(/\d+ charges read, \d+ new/);
  const added = Number(/(\d+) new/.exec(await preview.innerText())[1]);
  assert.ok(added > 0, 'the page has charges the case does not hold');
  await sp.screenshot({ path: join(SHOTS, 'fill-charges.png'), fullPage: true });
  await sp.getByRole('button', { name: `Add ${added} entries` }).click();
  await expect(sp.getByRole('status').filter({ hasText: `Added ${added} entries` })).toBeVisible();
  // A second import adds nothing.
  await sp.getByRole('button', { name: 'Import charges from this page…' }).click();
  await expect(sp.getByTestId('charges-preview')).toContainText(/0 new/);
  await sp.getByRole('tab', { name: 'Record' }).click();
  await expect(sp.locator('li.event')).toHaveCount(before + added);
});

test('settings list the taught mapping; it exports as a pack without case data, deletes, and a bad pack is refused', async () => {
  const sp = side.page;
  await sp.getByRole('button', { name: 'Settings' }).click();
  const taught = sp.getByTestId('taught-adapters');
  await expect(taught).toContainText('Taught: 127.0.0.1');
  const [download] = await Promise.all([sp.waitForEvent('download'), sp.getByRole('button', { name: 'Export adapter pack' }).click()]);
  const { readFileSync, writeFileSync, mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'pack-e2e-'));
  const file = join(dir, 'pack.json');
  await download.saveAs(file);
  const text = readFileSync(file, 'utf8');
  assert.equal(JSON.parse(text).format, 'vacatur-assist/adapter-pack');
  assert.doesNotMatch(text, /A09876543|Alvarado|Varga/, 'a pack carries selectors, never case data');
  await sp.screenshot({ path: join(SHOTS, 'settings-portals.png'), fullPage: true });
  await taught.getByRole('button', { name: 'Delete' }).click();
  await expect(sp.getByText('None yet. Teach a page from the Fill tab.')).toBeVisible();
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, JSON.stringify({ format: 'vacatur-assist/adapter-pack', version: 1, adapters: [{ id: 'x' }] }));
  await sp.getByTestId('adapter-pack-input').setInputFiles(bad);
  await expect(sp.getByRole('alert')).toContainText('Nothing was changed.');
  await sp.getByTestId('adapter-pack-input').setInputFiles(file);
  await expect(sp.getByRole('status')).toContainText('Imported 1 portal mapping.');
  await expect(taught).toContainText('Taught: 127.0.0.1');
});

test("a court's own ASP.NET form: labels in the neighbouring cell, split phone, the DOB in the court's format", async () => {
  const sp = side.page;
  await sp.getByRole('button', { name: '← All cases' }).click();
  await sp.getByRole('button', { name: /^Varga, Elena/ }).click();
  await showPortal(`${portals.url}/court/petition-filing.html`);
  await sp.getByRole('tab', { name: 'Fill' }).click();
  await sp.getByRole('button', { name: 'Check the tab again' }).click();
  await readAndFill(sp);
  await expect(tab.locator('#ctl00_Main_txtDefLast')).toHaveValue(/^varga$/i);
  await expect(tab.locator('#ctl00_Main_txtDefFirst')).toHaveValue(/^elena$/i);
  await expect(tab.locator('#ctl00_Main_txtDefDOB')).toHaveValue(/07.?09.?(19)?93/);
  await expect(tab.locator('#ctl00_Main_txtDefPhoneArea')).toHaveValue('555');
  await expect(tab.locator('#ctl00_Main_txtAttyBarNo')).not.toHaveValue('');
  // The page's own state fields are untouched.
  await expect(tab.locator('input[name="__VIEWSTATE"]')).toHaveValue(/.+/);
});
