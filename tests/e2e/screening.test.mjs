// Screening in the panel: verdict badges with reasons, questions, periods beside the list, CSV import.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
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
  await page.goto(ext.panelUrl);
  const panel = new PanelPage(page);
  await panel.loadSample();
  await panel.tab('Record');
  assert.equal(await page.locator('.badge').count(), 9);
  assert.equal(await badge(page, 'ev-2015-robbery').innerText(), '✕ Not eligible');
  assert.match(await row(page, 'ev-2015-robbery').innerText(), /667\.5\(c\)\(9\)/);
  assert.equal(await badge(page, 'ev-2012-conv').innerText(), '✓ Candidate');
  // 2013-03-10 falls in the gap between the two periods: review, with a question to settle it.
  assert.equal(await badge(page, 'ev-2013-gap').innerText(), '? Needs review');
  await row(page, 'ev-2013-gap').locator('.event-summary').click();
  await row(page, 'ev-2013-gap').getByText('To settle this, find out:').waitFor();
  await page.screenshot({ path: join(SHOTS, 'screening-review-open.png'), fullPage: true });
  // Answering the question settles the review; "not known yet" puts it back.
  const question = row(page, 'ev-2013-gap').getByRole('radiogroup', { name: /victim of human trafficking when this offense was committed/ });
  await question.getByLabel('Yes').click();
  assert.equal(await badge(page, 'ev-2013-gap').innerText(), '✓ Candidate');
  assert.match(await row(page, 'ev-2013-gap').innerText(), /The attorney answered "yes"/);
  await row(page, 'ev-2013-gap').getByRole('button', { name: 'Clear answer' }).click();
  assert.equal(await badge(page, 'ev-2013-gap').innerText(), '? Needs review');
  await row(page, 'ev-2013-gap').locator('.event-summary').click(); // close it again

  // Filter by verdict.
  const filters = page.getByRole('group', { name: 'Filter by verdict' });
  await filters.getByRole('button', { name: /^Not eligible/ }).click();
  assert.equal(await page.locator('li.event').count(), 1);
  await filters.getByRole('button', { name: /^All/ }).click();

  // Widen the first period to cover the gap: the badge flips without a reload.
  await page.locator('.periods-beside summary').click();
  await page.locator('.periods-beside').getByLabel('To', { exact: true }).first().fill('2013-05-31');
  assert.equal(await badge(page, 'ev-2013-gap').innerText(), '✓ Candidate');
  await panel.waitSaved();
  await page.screenshot({ path: join(SHOTS, 'screening-badges.png') });
  await page.close();
});

test('a CSV pasted in the panel is previewed with per-line errors, then added without duplicates', async () => {
  const page = await ext.context.newPage();
  await page.goto(ext.panelUrl);
  const panel = new PanelPage(page);
  await panel.newCase();
  await panel.tab('Record');
  await page.getByText('Import entries from CSV').click();
  const csv = ['id,date,code,section,level,county,event', 'a1,2013-05-02,PC,647(b),M,Alameda,conviction', 'a2,2013-13-40,HS,11350(a),F,Alameda,conviction', 'a3,2014-01-09,PC,484(a),M,Alameda,conviction'].join('\n');
  await page.getByLabel('CSV text').fill(csv);
  const preview = page.getByTestId('csv-preview');
  await preview.waitFor();
  assert.match(await preview.innerText(), /2 to add, 1 line with problems/);
  assert.match(await preview.innerText(), /Line 3: date "2013-13-40" is not a date/);
  await page.getByRole('button', { name: 'Add 2 entries' }).click();
  assert.equal(await page.locator('li.event').count(), 2);
  // No trafficking period yet: both need review.
  assert.equal(await page.locator('.badge[data-verdict="review"]').count(), 2);
  await page.getByLabel('CSV text').fill(csv);
  assert.match(await preview.innerText(), /0 to add, 2 already in the case/);
  await page.close();
});
