// End to end: the built extension in real headless Chromium; the side panel page in a tab.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { expect } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { launchExtension, SHOTS } from './fixtures.mjs';
import { PanelPage } from './pages/panel.mjs';

let ext;
before(async () => {
  ext = await launchExtension();
  mkdirSync(SHOTS, { recursive: true });
});
after(async () => ext?.close());

test('a case created in the panel survives a reload', async () => {
  const page = await ext.context.newPage();
  const panel = new PanelPage(page);
  await panel.open(ext.panelUrl);
  await page.getByText('No cases yet').waitFor();
  await panel.newCase();
  await panel.field('First name').fill('Teodora');
  await panel.field('Last name').fill('Okonkwo-Vance');
  await panel.field('Date of birth').fill('1991-07-04');
  await panel.waitSaved();
  await panel.tab('Trafficking');
  await page.getByRole('button', { name: 'Add period' }).click();
  await panel.field('From').fill('2011-01-01');
  await panel.field('To').fill('2014-06-30');
  await panel.waitSaved();

  await page.reload();
  await expect(panel.caseRows).toHaveCount(1);
  await expect(panel.caseRows.first()).toContainText('Okonkwo-Vance, Teodora');
  await panel.openCase('Okonkwo-Vance');
  await expect(panel.field('Date of birth')).toHaveValue('1991-07-04');
  await panel.tab('Trafficking');
  await expect(panel.field('To')).toHaveValue('2014-06-30');
  await page.screenshot({ path: join(SHOTS, 'panel-trafficking.png') });

  // The background (service worker) sees the same store.
  const stored = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'cases/list' }));
  assert.equal(stored.ok, true);
  assert.equal(stored.data[0].name, 'Okonkwo-Vance, Teodora');
  await page.close();
});

test('an invalid case file is refused with the JSON path, and nothing changes', async () => {
  const page = await ext.context.newPage();
  const panel = new PanelPage(page);
  await panel.open(ext.panelUrl);
  const before = await panel.settledCaseCount();
  const bad = join(tmpdir(), `bad-case-${Date.now()}.json`);
  writeFileSync(
    bad,
    JSON.stringify({ format: 'vacatur-assist/case', version: 1, case: { client: { firstName: 'X' }, events: [{ id: 'e1', kind: 'conviction', date: '2014-02-31' }] } }),
  );
  await panel.importFile(bad);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(/was not imported\. Nothing was changed\./);
  await expect(alert).toContainText(/case\.events\[0\]\.date must be a date written YYYY-MM-DD/);
  await expect(panel.caseRows).toHaveCount(before);
  await page.screenshot({ path: join(SHOTS, 'panel-import-error.png') });
  await page.close();
});

test('sample case loads, deletes with confirmation, and undo brings it back', async () => {
  const page = await ext.context.newPage();
  const panel = new PanelPage(page);
  await panel.open(ext.panelUrl);
  const before = await panel.settledCaseCount();
  await panel.loadSample();
  await expect(panel.field('Last name')).toHaveValue('Alvarado Ortiz');
  await panel.tab('Record');
  await expect(page.getByTestId('events').locator('li')).toHaveCount(9);
  await page.screenshot({ path: join(SHOTS, 'panel-record.png') });
  await page.getByRole('button', { name: 'Delete case' }).click();
  await page.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
  await expect(panel.caseRows).toHaveCount(before);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(panel.caseRows).toHaveCount(before + 1);
  await page.getByRole('searchbox').fill('dani ortiz');
  await expect(panel.caseRows, 'search finds the sample case by alias').toHaveCount(1);
  await page.screenshot({ path: join(SHOTS, 'panel-list.png') });
  await page.close();
});

test('a case exported to a file imports back as the same case', async () => {
  const { readFileSync } = await import('node:fs');
  const page = await ext.context.newPage();
  const panel = new PanelPage(page);
  await panel.open(ext.panelUrl);
  await panel.loadSample();
  // The unencrypted export sits behind a warning; Escape closes it.
  await page.getByRole('button', { name: 'Export case file…' }).click();
  await expect(page.getByRole('group', { name: 'Unencrypted export' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('group', { name: 'Unencrypted export' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Export case file…' }).click();
  await expect(page.getByRole('group', { name: 'Unencrypted export' })).toContainText('The case file is not encrypted.');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export unencrypted case file' }).click()]);
  assert.match(download.suggestedFilename(), /^vacatur-case-Alvarado-Ortiz-\d{4}-\d{2}-\d{2}\.json$/);
  const file = join(tmpdir(), `export-${Date.now()}.json`);
  await download.saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  assert.equal(exported.format, 'vacatur-assist/case');
  assert.equal(exported.version, 1);
  assert.equal(exported.case.events.length, 9);
  assert.equal(exported.case.id, undefined, 'store identity stays out of the file');

  await panel.backToList();
  const before = await panel.settledCaseCount();
  await panel.importFile(file);
  await expect(panel.field('CII number')).toHaveValue('A09876543');
  await panel.tab('Record');
  await expect(page.locator('li.event')).toHaveCount(9);
  await panel.backToList();
  await expect(panel.caseRows).toHaveCount(before + 1);
  await page.close();
});
