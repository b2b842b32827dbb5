// The packet panel: pick matters, attach an exhibit, enter service, assemble, download a valid PDF.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchExtension, SHOTS } from './fixtures.mjs';
import { PanelPage } from './pages/panel.mjs';

let ext;
before(async () => (ext = await launchExtension()));
after(async () => ext?.close());

// A 2x2 PNG (invented "scan").
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==', 'base64');

test('assembling a packet in the panel downloads a valid, bookmarked PDF', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'packet-e2e-'));
  const scan = join(dir, 'tvisa-notice.png');
  writeFileSync(scan, PNG);
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 400, height: 1000 });
  const panel = new PanelPage(page);
  await panel.open(ext.panelUrl);
  await panel.loadSample();
  await panel.tab('Packet');

  // Candidates are preselected; the robbery (violent, § 667.5(c)(9)) cannot be picked.
  const matters = page.locator('.matter');
  const robberyRow = matters.filter({ hasText: 'PC 211' });
  await expect(robberyRow.getByRole('checkbox')).toBeDisabled();
  await expect.poll(() => page.locator('.matter input:checked').count(), { message: 'candidates preselected' }).toBeGreaterThanOrEqual(5);

  await page.getByTestId('attach-ex-tvisa').setInputFiles(scan);
  await expect(page.getByText(/File attached/).first()).toBeVisible();
  // Personal delivery on 2026-12-01: received that day, so the 45 days run to 2027-01-15 (Pen. Code § 236.14(c)).
  const agency = page.locator('.agency').first();
  await agency.getByLabel('Method of service').selectOption('personal');
  await agency.getByLabel('Served on (delivered, mailed or sent)').fill('2026-12-01');
  await expect(page.getByTestId('case-deadline')).toContainText(/by 01\/15\/2027/);
  await panel.waitSaved();

  await page.getByRole('button', { name: /^Assemble packet/ }).click();
  const result = page.getByTestId('packet-result');
  await expect(result).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('canvas.page-preview[data-rendered="true"]')).toBeVisible({ timeout: 15_000 });
  await page.screenshot({ path: join(SHOTS, 'packet-panel.png'), fullPage: true });
  await result.screenshot({ path: join(SHOTS, 'packet-result.png') });
  await result.evaluate((el) => el.scrollIntoView());
  await page.screenshot({ path: join(SHOTS, 'readme-packet.png') }); // the results as the user first sees them, for the README

  const [download] = await Promise.all([page.waitForEvent('download'), result.getByRole('button', { name: /^Download DIA_\d{4}-\d{2}-\d{2}_Los-Angeles_Packet\.pdf/ }).click()]);
  // The client's initials and the date, never the full name (issue 14).
  assert.match(download.suggestedFilename(), /^DIA_\d{4}-\d{2}-\d{2}_Los-Angeles_Packet\.pdf$/);
  const file = join(dir, 'packet.pdf');
  await download.saveAs(file);
  assert.equal(readFileSync(file).subarray(0, 5).toString(), '%PDF-');
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  assert.ok(Number(/Pages:\s+(\d+)/.exec(info)[1]) > 10, info);
  // Every page of the combined packet is in the preview list (drawn as it scrolls into view).
  await result.getByRole('button', { name: 'Preview Los-Angeles_Packet.pdf' }).click();
  await expect(page.locator('.preview-pages > li')).toHaveCount(Number(/Pages:\s+(\d+)/.exec(info)[1]));

  // One ZIP per county: the combined packet, each document, the files to lodge under seal.
  const [zipped] = await Promise.all([page.waitForEvent('download'), result.getByRole('button', { name: /^Download all for Los Angeles County \(ZIP\)/ }).click()]);
  assert.match(zipped.suggestedFilename(), /^DIA_\d{4}-\d{2}-\d{2}_Los-Angeles\.zip$/);
  const zipFile = join(dir, 'la.zip');
  await zipped.saveAs(zipFile);
  const names = execFileSync('python3', ['-c', 'import zipfile,sys; z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print("\\n".join(z.namelist()))', zipFile], { encoding: 'utf8' }).trim().split('\n');
  assert.ok(names.some((n) => /_Los-Angeles_Packet\.pdf$/.test(n)), names.join(' '));
  assert.ok(names.some((n) => /_Los-Angeles_01_Notice-and-Petition\.pdf$/.test(n)), names.join(' '));
  assert.ok(names.some((n) => /LODGE-UNDER-SEAL\.pdf$/.test(n)), names.join(' '));
  assert.ok(names.every((n) => n.startsWith('DIA_')), names.join(' '));

  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  assert.match(text, /NOTICE OF PETITION AND PETITION FOR VACATUR RELIEF/);
  assert.doesNotMatch(text, /Alvarado Ortiz/, 'public filings use initials (§ 236.14(q))');

  // An exported case file is self-contained: the stored exhibit file travels inside it (issue 12).
  await page.getByRole('button', { name: 'Export case file…' }).click();
  const [exported] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export unencrypted case file' }).click()]);
  const caseFile = JSON.parse(readFileSync(await exported.path(), 'utf8'));
  const tvisa = caseFile.case.evidence.find((e) => e.id === 'ex-tvisa');
  assert.equal(tvisa.file, `data:image/png;base64,${PNG.toString('base64')}`);
  await page.close();
});
