// End to end (issue 12, "never lose an attorney's work"): two panels on one case, delete while
// open elsewhere, the trash across a reload, and typing closed before the autosave delay.
// Every assertion waits on a condition (Playwright's expect / expect.poll), never on time.
import { after, before, test } from 'node:test';
import { expect } from '@playwright/test';
import { join } from 'node:path';
import { launchExtension, SHOTS } from './fixtures.mjs';
import { PanelPage } from './pages/panel.mjs';

let ext;
before(async () => {
  ext = await launchExtension();
});
after(async () => ext?.close());

/** A new panel page, past the lock. */
async function panel() {
  const p = new PanelPage(await ext.context.newPage());
  await p.open(ext.panelUrl);
  return p;
}

/** A case named `last` created in a first panel and opened in a second one. */
async function caseInTwoPanels(last) {
  const a = await panel();
  await a.newCase();
  await a.field('Last name').fill(last);
  await a.waitSaved();
  const b = await panel();
  await b.openCase(last);
  await expect(b.field('Last name')).toHaveValue(last);
  return { a, b };
}

test('two panels editing different fields of one case: both edits are kept', async () => {
  const { a, b } = await caseInTwoPanels('Mirabal');
  await a.field('First name').fill('Esperanza');
  await b.field('Phone').fill('555-0142');
  await a.waitSaved();
  await b.waitSaved();
  // Each panel brings in the other's change without losing its own.
  await expect(a.field('Phone')).toHaveValue('555-0142');
  await expect(b.field('First name')).toHaveValue('Esperanza');

  await a.page.reload();
  await a.openCase('Mirabal');
  await expect(a.field('First name')).toHaveValue('Esperanza');
  await expect(a.field('Phone')).toHaveValue('555-0142');
  await a.page.close();
  await b.page.close();
});

test('two panels changing the same field: the conflict shows both values, and "Keep mine" wins', async () => {
  const { a, b } = await caseInTwoPanels('Quiroga');
  // Both type before either autosave (400 ms) has run: whichever saves second conflicts.
  await b.field('Phone').fill('555-0199');
  await a.field('Phone').fill('555-0101');
  await expect.poll(async () => (await a.conflict.count()) + (await b.conflict.count()), { timeout: 10_000 }).toBe(1);
  const [loser, winner, mine, theirs] = (await a.conflict.count()) ? [a, b, '555-0101', '555-0199'] : [b, a, '555-0199', '555-0101'];
  await expect(loser.conflict.getByTestId('conflict-mine')).toHaveText(mine);
  await expect(loser.conflict.getByTestId('conflict-theirs')).toHaveText(theirs);
  await expect(loser.page.getByTestId('save-status')).toContainText('Not saved');
  await loser.page.screenshot({ path: join(SHOTS, 'reliability-conflict.png'), fullPage: true });
  await loser.conflict.getByRole('button', { name: 'Keep mine' }).click();
  await expect(loser.conflict).toHaveCount(0);
  await loser.waitSaved();
  // The other panel follows, and a reload shows the chosen value.
  await expect(winner.field('Phone')).toHaveValue(mine);
  await winner.page.reload();
  await winner.openCase('Quiroga');
  await expect(winner.field('Phone')).toHaveValue(mine);
  await a.page.close();
  await b.page.close();
});

test('"Keep theirs" keeps the value saved in the other panel', async () => {
  const { a, b } = await caseInTwoPanels('Santillan');
  await b.field('Email').fill('b@example.org');
  await a.field('Email').fill('a@example.org');
  await expect.poll(async () => (await a.conflict.count()) + (await b.conflict.count()), { timeout: 10_000 }).toBe(1);
  const [loser, theirs] = (await a.conflict.count()) ? [a, 'b@example.org'] : [b, 'a@example.org'];
  await loser.conflict.getByRole('button', { name: 'Keep theirs' }).click();
  await expect(loser.conflict).toHaveCount(0);
  await expect(loser.field('Email')).toHaveValue(theirs);
  await loser.waitSaved();
  await loser.page.reload();
  await loser.openCase('Santillan');
  await expect(loser.field('Email')).toHaveValue(theirs);
  await a.page.close();
  await b.page.close();
});

test('a case deleted in one panel closes in the other with a message', async () => {
  const { a, b } = await caseInTwoPanels('Villaseñor');
  await a.page.getByRole('button', { name: 'Delete case' }).click();
  await a.page.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(a.page.getByRole('button', { name: 'Undo' })).toBeVisible();
  await expect(b.page.getByText('This case was deleted in another panel')).toBeVisible();
  await expect(b.page.getByRole('heading', { name: 'Cases' })).toBeVisible();
  await expect(b.caseRows.filter({ hasText: 'Villaseñor' })).toHaveCount(0);
  await a.page.close();
  await b.page.close();
});

test('a deleted case is in the trash after a reload, and restores', async () => {
  const a = await panel();
  await a.newCase();
  await a.field('Last name').fill('Echeverría');
  await a.waitSaved();
  await a.page.getByRole('button', { name: 'Delete case' }).click();
  await a.page.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(a.caseRows.filter({ hasText: 'Echeverría' })).toHaveCount(0);

  await a.page.reload();
  await expect(a.page.getByRole('heading', { name: 'Cases' })).toBeVisible();
  await a.openTrash();
  const row = a.page.getByTestId('trash-list').locator('li').filter({ hasText: 'Echeverría' });
  await expect(row).toHaveCount(1);
  await a.page.screenshot({ path: join(SHOTS, 'reliability-trash.png'), fullPage: true });
  await row.getByRole('button', { name: /^Restore/ }).click();
  await expect(row).toHaveCount(0);
  await a.backToList();
  await expect(a.caseRows.filter({ hasText: 'Echeverría' })).toHaveCount(1);
  await a.page.close();
});

test('typing and closing the page at once (before the autosave delay) keeps what was typed', async () => {
  const a = await panel();
  await a.newCase();
  await a.field('Last name').fill('Arancibia');
  await a.waitSaved();
  await a.field('First name').fill('Lucía');
  await a.page.close(); // right after the fill: pagehide must send the save

  const b = await panel();
  await b.openCase('Arancibia');
  await expect(b.field('First name')).toHaveValue('Lucía');
  await b.page.close();
});

test('the case list reminds about a backup; Settings shows the storage state and usage', async () => {
  const a = await panel();
  await a.newCase();
  await a.field('Last name').fill('Bustamante');
  await a.waitSaved();
  await a.backToList();
  const reminder = a.page.getByTestId('backup-reminder');
  await expect(reminder).toContainText('backed up');
  await reminder.getByRole('button', { name: 'Back up now' }).click();
  const storage = a.page.getByTestId('storage-info');
  await expect(storage).toContainText(/persistent/i);
  await expect(storage).toContainText(/Using \d/);
  await a.page.close();
});
