// Issue 14 in the panel: a case opens on its overview (counts, status, deadline, the checklist
// whose steps open the tab where each is fixed), removals offer Undo, "Add entry" focuses the new
// entry's first field, and the case list shows each case's status and next response date.
import { after, before, test } from 'node:test';
import { expect } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchExtension, SHOTS } from './fixtures.mjs';
import { PanelPage } from './pages/panel.mjs';

let ext;
before(async () => {
  ext = await launchExtension();
  mkdirSync(SHOTS, { recursive: true });
});
after(async () => ext?.close());

/** The page's width can hold its content: nothing is cut off or scrolls sideways. */
const noSideways = (page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test('the overview shows the counts and the checklist; a step opens its tab with the field focused', async () => {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 400, height: 900 });
  const panel = new PanelPage(page);
  await panel.open(ext.panelUrl);
  await panel.loadSampleOverview();

  const overview = panel.overview;
  const counts = overview.getByTestId('overview-counts');
  await expect(counts.getByRole('button', { name: 'Candidate 6' })).toBeVisible();
  await expect(counts.getByRole('button', { name: 'Needs review 2' })).toBeVisible();
  await expect(counts.getByRole('button', { name: 'Not eligible 1' })).toBeVisible();
  await expect(overview.getByTestId('overview-status')).toHaveText('Intake');
  await expect(overview.getByTestId('overview-periods')).toContainText('05/01/2010 to 01/15/2013');
  const checklist = overview.getByTestId('case-checklist');
  await expect(checklist.getByTestId('checklist-left')).toHaveText('6 of 10 steps left.');
  await expect(checklist.locator('li[data-done="false"]')).toHaveCount(6);
  await expect.poll(() => noSideways(page), { message: 'no sideways scrolling at 400 px' }).toBeLessThanOrEqual(0);
  await page.screenshot({ path: join(SHOTS, 'overview.png'), fullPage: true });
  await page.screenshot({ path: join(SHOTS, 'readme-overview.png') }); // the first screen, for the README
  await page.setViewportSize({ width: 320, height: 900 });
  await expect.poll(() => noSideways(page), { message: 'no sideways scrolling at 320 px' }).toBeLessThanOrEqual(0);
  await page.screenshot({ path: join(SHOTS, 'overview-320.png'), fullPage: true });
  // The guide, offline in the panel.
  const guide = overview.getByTestId('guide');
  await guide.getByText('New to vacatur? A short guide').click();
  await expect(guide).toContainText('§ 236.14(m)(2)');
  await expect.poll(() => noSideways(page), { message: 'the open guide fits 320 px' }).toBeLessThanOrEqual(0);
  await guide.getByText('New to vacatur? A short guide').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'overview-guide-320.png') });
  await guide.getByText('New to vacatur? A short guide').click();
  await page.setViewportSize({ width: 400, height: 900 });

  // The nexus step: the Packet tab, the first empty nexus field focused.
  await checklist.getByRole('button', { name: /^Write how each of the 6 matters was a direct result/ }).click();
  await expect(page.getByRole('tab', { name: 'Packet', selected: true })).toBeVisible();
  await expect(page.getByLabel(/^Nexus \(attorney\)/).first()).toBeFocused();
  // The Packet tab shows the same checklist, and its steps move within the tab.
  const packetChecklist = page.getByTestId('case-checklist');
  await expect(packetChecklist.getByTestId('checklist-left')).toHaveText('6 of 10 steps left.');
  await packetChecklist.getByRole('button', { name: /^Record service on/ }).click();
  await expect(page.locator('.agency').first().getByLabel('Served on (delivered, mailed or sent)')).toBeFocused();

  // The review step: the Record tab, filtered to the entries to review, the first question's answer focused.
  await panel.tab('Overview');
  await panel.overview.getByRole('button', { name: /^Answer 2 open questions/ }).click();
  await expect(page.getByRole('tab', { name: 'Record', selected: true })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Filter by verdict' }).getByRole('button', { name: /^Needs review/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('li.event')).toHaveCount(2);
  const question = page.getByRole('group', { name: /victim of human trafficking when this offense was committed/ });
  await expect(question.getByRole('button', { name: 'Yes' })).toBeFocused();

  // A count opens the record filtered to it.
  await panel.tab('Overview');
  await panel.overview.getByTestId('overview-counts').getByRole('button', { name: 'Not eligible 1' }).click();
  await expect(page.locator('li.event')).toHaveCount(1);
  await expect(page.locator('li.event')).toContainText('211');
  await page.close();
});

test('removing a record entry or a period offers Undo; Undo brings it back and focuses it; "Add entry" focuses its first field', async () => {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 400, height: 900 });
  const panel = new PanelPage(page);
  await panel.open(ext.panelUrl);
  await panel.loadSampleOverview();
  await panel.tab('Record');
  const entries = page.getByTestId('events').locator('li.event');
  await expect(entries).toHaveCount(9);
  // Oldest first.
  await expect(entries.first()).toContainText('09/14/2010');
  await expect(entries.last()).toContainText('04/11/2018');

  await page.getByRole('button', { name: 'Remove PC 148.9(a) 03/10/2013' }).click();
  await expect(entries).toHaveCount(8);
  const undo = page.getByRole('button', { name: 'Undo' });
  await expect(undo).toBeFocused();
  await expect(page.locator('.toast')).toContainText('Removed the entry PC 148.9(a), 03/10/2013.');
  await page.screenshot({ path: join(SHOTS, 'record-undo.png') });
  await page.keyboard.press('Enter');
  await expect(entries).toHaveCount(9);
  await expect(entries.filter({ hasText: '148.9(a)' }).locator('.event-summary')).toBeFocused();
  await expect(undo).toHaveCount(0);
  await panel.waitSaved();

  await page.getByRole('button', { name: 'Add entry' }).click();
  const fresh = page.getByRole('group', { name: 'New entry' });
  await expect(fresh.getByLabel('Kind')).toBeFocused();
  await expect(fresh.locator('.event-form + .screening-detail')).toHaveCount(1);
  await fresh.getByLabel('Section').fill('647(b)');
  await fresh.getByRole('button', { name: 'Done: put it in the list' }).click();
  await expect(entries).toHaveCount(10);
  await expect(entries.last().locator('.event-summary')).toBeFocused();

  // Grouped by county: one heading per county.
  await page.getByLabel('Group by').selectOption('county');
  await expect(page.getByTestId('events').getByRole('heading')).toHaveText([/^Los Angeles/, /^Orange/, /^County not entered/]);
  await page.getByLabel('Group by').selectOption('none');

  await panel.tab('Trafficking');
  await page.getByRole('button', { name: 'Remove the period 05/01/2010 to 01/15/2013' }).click();
  await expect(page.getByLabel('From', { exact: true })).toHaveCount(1);
  await expect(undo).toBeFocused();
  await undo.click();
  await expect(page.getByLabel('From', { exact: true })).toHaveCount(2);
  await expect(page.getByLabel('From', { exact: true }).first()).toBeFocused();
  await expect(page.getByLabel('From', { exact: true }).first()).toHaveValue('2010-05-01');
  await panel.waitSaved();
  await page.close();
});

test('the case list shows each case status and next response date', async () => {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 400, height: 900 });
  const panel = new PanelPage(page);
  await panel.open(ext.panelUrl);
  await panel.loadSampleOverview();
  await panel.overview.getByLabel('Petition filed:').fill('2026-11-20');
  await expect(panel.overview.getByTestId('overview-status')).toHaveText('Petition filed');
  await expect(panel.overview.getByRole('status').filter({ hasText: 'Status: Petition filed, 11/20/2026.' })).toHaveCount(1);

  // Served by hand on 2026-12-01: received that day; 45 days to respond (Pen. Code § 236.14(c)).
  await panel.tab('Packet');
  const agency = page.locator('.agency').first();
  await agency.getByLabel('Method of service').selectOption('personal');
  await agency.getByLabel('Served on (delivered, mailed or sent)').fill('2026-12-01');
  await panel.tab('Overview');
  const deadline = panel.overview.getByTestId('overview-deadline');
  await expect(deadline).toContainText('01/15/2027');
  await panel.waitSaved();
  await panel.backToList();
  const row = panel.caseRows.filter({ hasText: 'Alvarado Ortiz' });
  await expect(row.getByTestId('case-status')).toContainText('Status: Petition filed (11/20/2026)');
  await expect(row.getByTestId('case-status')).toContainText(/Response (due|period ended) 01\/15\/2027/);
  await page.screenshot({ path: join(SHOTS, 'overview-case-list.png') });
  await page.close();
});
