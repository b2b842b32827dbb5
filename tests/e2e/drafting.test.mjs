// Issue 11 in the panel: the drafting answers reach the documents, full-name exhibits are caught
// before assembly (Pen. Code § 236.14(q)), and a passed response period is flagged (§ 236.14(d)).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchExtension, SHOTS } from './fixtures.mjs';
import { PanelPage } from './pages/panel.mjs';

let ext;
before(async () => (ext = await launchExtension()));
after(async () => ext?.close());

test('drafting answers fill the blanks, full-name exhibits are lodged under seal, a passed deadline is flagged', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'drafting-e2e-'));
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 400, height: 1000 });
  const panel = new PanelPage(page);
  await panel.open(ext.panelUrl);
  await panel.loadSample();
  await panel.tab('Packet');

  // The sample's immigration notice may show the full name: warned before assembly.
  const fullName = page.getByTestId('full-name-exhibits');
  await expect(fullName).toContainText('may show the client');
  const notice = fullName.getByRole('listitem').filter({ hasText: /I-797/ });
  await notice.getByRole('button', { name: 'Lodge under seal' }).click();
  await expect(notice).toContainText('lodged under seal');
  await fullName.screenshot({ path: join(SHOTS, 'packet-full-name.png') });

  // The Los Angeles hearing, entered once, reaches the notice and every caption.
  const drafting = page.getByTestId('drafting');
  await drafting.getByLabel('Hearing date (Los Angeles County)').fill('2027-02-10');
  await drafting.getByLabel('Time (Los Angeles County)').fill('8:30 a.m.');
  await drafting.getByLabel('Department (Los Angeles County)').fill('100');
  await drafting.getByLabel('Restitution that directly benefits a victim (Pen. Code § 236.14(i))').selectOption('none');

  // Served by hand long ago: the 45 days from receipt have run (Pen. Code § 236.14(c), (d)).
  const agency = page.locator('.agency').first();
  await agency.getByLabel('Method of service').selectOption('personal');
  await agency.getByLabel('Served on (delivered, mailed or sent)').fill('2025-01-06');
  await expect(page.getByTestId('case-deadline')).toContainText('Response period ended');
  await expect(page.getByTestId('case-deadline')).toContainText('236.14(d)');
  await panel.waitSaved();

  // The client's one-page summary, in Spanish (the sample client's language), printable.
  await page.getByText('Summary for the client (printable)').click();
  const summary = page.getByTestId('client-summary');
  await expect(summary).toHaveAttribute('lang', 'es');
  await expect(summary.getByRole('heading', { level: 2 })).toHaveText('Su petición para limpiar sus antecedentes');
  await expect(summary).toContainText('Audiencia en el condado de Los Angeles: 10/02/2027, 8:30 a.m., departamento 100.');
  await expect(summary).not.toContainText('Alvarado');
  await page.getByLabel('Language of the summary').selectOption('en');
  await expect(summary.getByRole('heading', { level: 2 })).toHaveText('Your petition to clear your record');
  await summary.screenshot({ path: join(SHOTS, 'client-summary.png') });

  await page.getByRole('button', { name: /^Assemble packet/ }).click();
  const result = page.getByTestId('packet-result');
  await expect(result).toBeVisible({ timeout: 30_000 });
  const draft = page.getByTestId('draft-items');
  await expect(draft).toContainText('Orange County, Notice of Petition');
  await expect(draft).not.toContainText(/Los Angeles County, Notice of Petition[^\n]*: \[hearing date\]/);
  await expect(draft).not.toContainText('state whether any such restitution is outstanding');
  await drafting.screenshot({ path: join(SHOTS, 'packet-drafting.png') });

  const [download] = await Promise.all([page.waitForEvent('download'), result.getByRole('button', { name: /^Download DIA_\d{4}-\d{2}-\d{2}_Los-Angeles_Packet\.pdf/ }).click()]);
  const file = join(dir, 'packet.pdf');
  await download.saveAs(file);
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  assert.match(text, /PLEASE TAKE NOTICE that on February 10, 2027, at 8:30 a\.m\./);
  assert.match(text, /No such restitution is outstanding\./);
  await page.close();
});
