// RAP sheet import in the panel: paste, preview beside source lines, confirm, merge; no duplicates.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchExtension, SHOTS } from './fixtures.mjs';
import { PanelPage } from './pages/panel.mjs';

let ext;
before(async () => (ext = await launchExtension()));
after(async () => ext?.close());

const SHEET = readFileSync('tests/fixtures/rapsheets/modern-clean.txt', 'utf8');

test('a pasted RAP sheet is previewed, confirmed and merged into the case with verdicts', async () => {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 400, height: 1100 });
  const panel = new PanelPage(page);
  await panel.open(ext.panelUrl);
  await panel.newCase();
  await panel.tab('Trafficking');
  await page.getByRole('button', { name: 'Add period' }).click();
  await panel.field('From').fill('2011-01-01');
  await panel.field('To').fill('2016-12-31');
  await panel.tab('RAP sheet');

  await page.getByLabel('RAP sheet text').fill('Dear landlord, this is a letter, not a criminal record.');
  await expect(page.getByRole('alert')).toContainText(/does not look like a California RAP sheet/);

  await page.getByLabel('RAP sheet text').fill(SHEET);
  await expect(page.getByTestId('rap-subject')).toContainText(/MARLOWE,TESSA RENEE/);
  await expect(page.getByTestId('rap-subject')).toContainText(/CII A12345678/);
  // The preview states how many entries it read; every one of them is listed.
  const counts = page.getByTestId('rap-counts');
  await expect(counts).toContainText(/^\d+ entries read/);
  const entries = Number(/^(\d+) entries read/.exec(await counts.innerText())[1]);
  assert.ok(entries >= 3, `${entries} entries`);
  await expect(page.locator('.rap-entry')).toHaveCount(entries);
  // Each entry shows its source lines, numbered.
  await expect(page.locator('.rap-source').first()).toHaveText(/^\s+\d+\s{2}/);
  const add = page.getByRole('button', { name: /^Add \d+ entries to the case/ });
  await expect(add, 'the user must confirm the record is the client\'s').toBeDisabled();
  await page.getByLabel(/I checked that this record belongs to/).check();
  await page.locator('.rap-preview').screenshot({ path: join(SHOTS, 'rap-preview.png') });
  await add.click();
  await page.getByRole('status').filter({ hasText: /^Added \d+ entries/ }).waitFor();
  await panel.waitSaved();

  await panel.tab('Record');
  await expect(page.locator('li.event')).toHaveCount(entries);
  await expect(page.locator('li.event .badge')).toHaveCount(entries);
  // The empty client fields were filled from the subject block.
  await panel.tab('Client');
  await expect(panel.field('CII number')).toHaveValue('A12345678');
  await expect(panel.field('Last name')).toHaveValue('Marlowe');

  // The same sheet again adds nothing.
  await panel.tab('RAP sheet');
  await page.getByLabel('RAP sheet text').fill(SHEET);
  await expect(page.getByTestId('rap-counts')).toContainText(new RegExp(`${entries} entries read: 0 new, ${entries} already in the case`));
  await page.close();
});

test('the record summary shows the record by county and case, and downloads as a PDF', async () => {
  const { execFileSync } = await import('node:child_process');
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 400, height: 1200 });
  const panel = new PanelPage(page);
  await panel.open(ext.panelUrl);
  await panel.loadSample();
  await panel.tab('Summary');
  const summary = page.getByTestId('record-summary');
  await expect(summary).toContainText(/Los Angeles/);
  await expect(summary).toContainText(/Orange/);
  await expect(summary).toContainText(/Case TA139010/);
  await expect(summary.locator('.badge')).toHaveCount(9);
  await page.screenshot({ path: join(SHOTS, 'record-summary.png') });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF' }).click()]);
  const file = join(mkdtempSync(join(tmpdir(), 'summary-e2e-')), 'summary.pdf');
  await download.saveAs(file);
  const pdfText = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  assert.match(pdfText, /Criminal Record Summary/);
  assert.match(pdfText, /653\.22\(a\)/);
  await page.close();
});

test('a text PDF of a RAP sheet is read in the panel; a scanned PDF gets a message to OCR it first', async () => {
  const { PDFDocument, StandardFonts } = await import('pdf-lib');
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'rap-pdf-e2e-'));
  // A RAP sheet "printed to PDF": the fixture's lines in Courier, 60 lines a page.
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Courier);
  const lines = SHEET.split('\n');
  for (let i = 0; i < lines.length; i += 60) {
    const pg = doc.addPage([612, 792]);
    lines.slice(i, i + 60).forEach((l, j) => l.trim() && pg.drawText(l, { x: 30, y: 760 - j * 12, size: 8, font }));
  }
  const textPdf = join(dir, 'rap-sheet.pdf');
  writeFileSync(textPdf, await doc.save());
  const scan = await PDFDocument.create();
  scan.addPage([612, 792]).drawRectangle({ x: 40, y: 40, width: 500, height: 700, borderWidth: 2 });
  const scanPdf = join(dir, 'scanned.pdf');
  writeFileSync(scanPdf, await scan.save());

  const page = await ext.context.newPage();
  const panel = new PanelPage(page);
  await panel.open(ext.panelUrl);
  await panel.newCase();
  await panel.field('Last name').fill('Okafor'); // none of the sheet's names
  await panel.tab('RAP sheet');
  await page.getByTestId('rap-file').setInputFiles(scanPdf);
  await expect(page.getByRole('alert')).toContainText(/no text layer.*OCR/);
  await page.getByTestId('rap-file').setInputFiles(textPdf);
  await expect(page.getByTestId('rap-subject')).toContainText(/CII A12345678/, { timeout: 20_000 });
  // The sheet's subject is not the client named on the case: a warning beside the confirm step.
  await expect(page.getByTestId('rap-mismatch')).toContainText(/No name on the sheet \(MARLOWE,TESSA RENEE/);
  await expect.poll(() => page.locator('.rap-entry').count()).toBeGreaterThanOrEqual(3);
  await page.close();
});
