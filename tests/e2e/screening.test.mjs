// Screening in the panel: verdict badges with reasons, questions, periods beside the list, CSV import.
import { after, before, test } from 'node:test';
import { expect } from '@playwright/test';
import { join } from 'node:path';
import { launchExtension, SHOTS } from './fixtures.mjs';
import { PanelPage } from './pages/panel.mjs';

let ext;
before(async () => (ext = await launchExtension()));
after(async () => ext?.close());

const row = (page, id) => page.locator(`li[data-event-id="${id}"]`);
const badge = (page, id) => row(page, id).locator('.badge');

test('every entry shows a verdict badge, and editing a period updates it at once', async () => {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 380, height: 1200 });
  const panel = new PanelPage(page);
  await panel.open(ext.panelUrl);
  await panel.loadSample();
  await panel.tab('Record');
  await expect(page.locator('.badge')).toHaveCount(9);
  await expect(badge(page, 'ev-2015-robbery')).toHaveText('✕ Not eligible');
  await expect(row(page, 'ev-2015-robbery')).toContainText(/667\.5\(c\)\(9\)/);
  await expect(badge(page, 'ev-2012-conv')).toHaveText('✓ Candidate');
  // 2013-03-10 falls in the gap between the two periods: review, with a question to settle it.
  await expect(badge(page, 'ev-2013-gap')).toHaveText('? Needs review');
  await row(page, 'ev-2013-gap').locator('.event-summary').click();
  await expect(row(page, 'ev-2013-gap').getByText('To settle this, find out:')).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'screening-review-open.png'), fullPage: true });
  // Answering the question settles the review; "not known yet" puts it back.
  const question = row(page, 'ev-2013-gap').getByRole('group', { name: /victim of human trafficking when this offense was committed/ });
  await expect(question.getByRole('button', { name: 'Not known yet' })).toHaveAttribute('aria-pressed', 'true');
  await question.getByRole('button', { name: 'Yes' }).click();
  await expect(badge(page, 'ev-2013-gap')).toHaveText('✓ Candidate');
  await expect(row(page, 'ev-2013-gap')).toContainText(/The attorney answered "yes"/);
  await row(page, 'ev-2013-gap').getByRole('button', { name: 'Clear answer' }).click();
  await expect(badge(page, 'ev-2013-gap')).toHaveText('? Needs review');
  await row(page, 'ev-2013-gap').locator('.event-summary').click(); // close it again

  // Filter by verdict.
  const filters = page.getByRole('group', { name: 'Filter by verdict' });
  await filters.getByRole('button', { name: /^Not eligible/ }).click();
  await expect(page.locator('li.event')).toHaveCount(1);
  await filters.getByRole('button', { name: /^All/ }).click();
  await expect(page.locator('li.event')).toHaveCount(9);

  // Widen the first period to cover the gap: the badge flips without a reload.
  await page.locator('.periods-beside summary').click();
  await page.locator('.periods-beside').getByLabel('To', { exact: true }).first().fill('2013-05-31');
  await expect(badge(page, 'ev-2013-gap')).toHaveText('✓ Candidate');
  await panel.waitSaved();
  await page.screenshot({ path: join(SHOTS, 'screening-badges.png') });
  await page.close();
});

test('a CSV pasted in the panel is previewed with per-line errors, then added without duplicates', async () => {
  const page = await ext.context.newPage();
  const panel = new PanelPage(page);
  await panel.open(ext.panelUrl);
  await panel.newCase();
  await panel.tab('Record');
  await page.getByText('Import entries from CSV').click();
  const csv = ['id,date,code,section,level,county,event', 'a1,2013-05-02,PC,647(b),M,Alameda,conviction', 'a2,2013-13-40,HS,11350(a),F,Alameda,conviction', 'a3,2014-01-09,PC,484(a),M,Alameda,conviction'].join('\n');
  await page.getByLabel('CSV text').fill(csv);
  const preview = page.getByTestId('csv-preview');
  await expect(preview).toContainText(/2 to add, 1 line with problems/);
  await expect(preview).toContainText(/Line 3: date "2013-13-40" is not a date/);
  await page.getByRole('button', { name: 'Add 2 entries' }).click();
  await expect(page.locator('li.event')).toHaveCount(2);
  // No trafficking period yet: both need review.
  await expect(page.locator('.badge[data-verdict="review"]')).toHaveCount(2);
  await page.getByLabel('CSV text').fill(csv);
  await expect(preview).toContainText(/0 to add, 2 already in the case/);
  await page.close();
});
