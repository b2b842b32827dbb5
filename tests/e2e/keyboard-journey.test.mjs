// The main journey by keyboard alone (issue 14, WCAG 2.1.1): set the passphrase, create a case,
// go to the RAP sheet tab with the arrow keys, paste a sheet and confirm it, answer a review
// question in the Record tab, build the packet in the Packet tab. The mouse is never used: only
// page.keyboard (Tab, Shift+Tab, Enter, Space, arrow keys, typing; a paste is insertText). Where a
// step cannot be done this way, the component is at fault, not the test.
import { after, before, test } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { launchExtension, SHOTS } from './fixtures.mjs';
import { E2E_PASSPHRASE } from './pages/panel.mjs';

let ext;
before(async () => (ext = await launchExtension()));
after(async () => ext?.close());

// A small sheet: one person, two arrest-and-court cycles, seven counts.
const SHEET = readFileSync('tests/fixtures/rapsheets/multi-count.txt', 'utf8');

/**
 * Presses Tab (Shift+Tab with `back`) until `target` has the focus, as a keyboard user moves
 * through the panel; fails when it is not reached within `max` presses (it is not in the tab order).
 */
async function tabTo(page, target, { back = false, max = 200 } = {}) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  await expect(target).toBeFocused();
}

test('keyboard only: a new case, a RAP sheet imported, a review question answered, the packet built', async () => {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 400, height: 900 });
  await page.goto(ext.panelUrl);

  // First use: the passphrase, typed twice, the warning acknowledged with Space.
  const setup = page.getByRole('form', { name: 'Set a passphrase' });
  await expect(setup).toBeVisible();
  await tabTo(page, setup.getByLabel('Passphrase', { exact: true }));
  await page.keyboard.type(E2E_PASSPHRASE);
  await tabTo(page, setup.getByLabel('Passphrase again'));
  await page.keyboard.type(E2E_PASSPHRASE);
  await tabTo(page, setup.getByRole('checkbox'));
  await page.keyboard.press('Space');
  await expect(setup.getByRole('checkbox')).toBeChecked();
  await tabTo(page, setup.getByRole('button', { name: 'Set passphrase' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Cases' })).toBeVisible();

  // A new case opens on its overview, its title focused.
  await tabTo(page, page.getByRole('button', { name: 'New case' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: 'Overview', selected: true })).toBeVisible();
  await expect(page.locator('h1.case-title')).toBeFocused();

  // The tabs: one stop in the tab order, then the arrow keys (the ARIA tabs pattern).
  await tabTo(page, page.getByRole('tab', { name: 'Overview' }));
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  const rapTab = page.getByRole('tab', { name: 'RAP sheet', selected: true });
  await expect(rapTab).toBeFocused();

  // The sheet pasted into the text box, checked, confirmed as the client's, imported.
  const text = page.getByRole('textbox', { name: 'RAP sheet text' });
  await tabTo(page, text);
  await page.keyboard.insertText(SHEET);
  await expect(page.getByTestId('rap-subject')).toContainText('BRANDT,LIESEL MAE');
  const owner = page.getByRole('checkbox', { name: /I checked that this record belongs to/ });
  await tabTo(page, owner);
  await page.keyboard.press('Space');
  await expect(owner).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: /^Add \d+ entries to the case$/ }));
  await page.keyboard.press('Enter');
  // The preview is gone; focus is on what was done.
  const done = page.getByRole('status').filter({ hasText: /^Added \d+ entries/ });
  await expect(done).toBeFocused();

  // Back to the tabs, one to the left: the Record tab. No trafficking period yet, so every entry needs review.
  await tabTo(page, rapTab, { back: true });
  await page.keyboard.press('ArrowLeft');
  const recordTab = page.getByRole('tab', { name: 'Record', selected: true });
  await expect(recordTab).toBeFocused();
  const review = page.getByTestId('events').locator('li.event').filter({ has: page.locator('.badge--review') });
  await expect(review.first()).toBeVisible();
  const entry = page.locator(`li.event[data-event-id="${await review.first().getAttribute('data-event-id')}"]`);
  await tabTo(page, entry.locator('.event-summary'));
  await page.keyboard.press('Enter');
  await expect(entry.locator('.event-summary')).toHaveAttribute('aria-expanded', 'true');
  const question = entry.getByRole('group', { name: /victim of human trafficking when this offense was committed/ });
  await tabTo(page, question.getByRole('button', { name: 'Yes' }));
  await page.keyboard.press('Enter');
  await expect(entry.locator('.badge')).toHaveText('✓ Candidate');
  // The answer now shows as given, with its way back focused.
  await expect(entry.getByRole('button', { name: 'Clear answer' })).toBeFocused();

  // The Packet tab, three to the right; the candidate is selected; Assemble.
  await tabTo(page, recordTab, { back: true });
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Packet', selected: true })).toBeFocused();
  const assemble = page.getByRole('button', { name: 'Assemble packet (1 matter)' });
  await tabTo(page, assemble, { max: 400 });
  await page.keyboard.press('Enter');

  // The packet is shown and takes the focus; its downloads come next in the tab order.
  const result = page.getByTestId('packet-result');
  await expect(result).toBeFocused({ timeout: 60_000 });
  const download = result.getByRole('button', { name: /^Download .*_Fresno_Packet\.pdf$/ });
  await tabTo(page, download);
  await page.screenshot({ path: join(SHOTS, 'keyboard-journey-packet.png') });
  await page.close();
});
