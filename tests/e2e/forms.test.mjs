// The Forms tab: open a replica PDF form (file chooser, by keyboard; and by drag and drop), check
// the plan, skip one field and edit another, fill, download, re-read the downloaded fields with
// pdf-lib, and record the record-review request on the case (a milestone shown in two tabs).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { expect } from '@playwright/test';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFCheckBox, PDFDocument, PDFRadioGroup, PDFTextField } from 'pdf-lib';
import { launchExtension, SHOTS } from './fixtures.mjs';
import { PanelPage } from './pages/panel.mjs';

let ext;
before(async () => (ext = await launchExtension()));
after(async () => ext?.close());

const RR101 = 'tests/fixtures/forms/doj-rr-101-record-review.pdf';
const RR102 = 'tests/fixtures/forms/doj-rr-102-out-of-state.pdf';
const VA100 = 'tests/fixtures/forms/va-100-petition-vacate.pdf';
const SHEET = readFileSync('tests/fixtures/rapsheets/modern-clean.txt', 'utf8');
const F = (n) => `form1[0].#subform[0].${n}`;

/** Today in this machine's time zone (the panel's too), YYYY-MM-DD. */
function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Today as the English panel writes it in text (MM/DD/YYYY; date inputs keep YYYY-MM-DD). */
const todayShown = () => today().replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$2/$3/$1');

/** Every field of a PDF by full name: text, 'true' / 'false' for a box, the selected radio option. */
async function fieldsOf(file) {
  const form = (await PDFDocument.load(readFileSync(file))).getForm();
  const out = {};
  for (const f of form.getFields()) {
    if (f instanceof PDFTextField) out[f.getName()] = f.getText() ?? '';
    else if (f instanceof PDFCheckBox) out[f.getName()] = String(f.isChecked());
    else if (f instanceof PDFRadioGroup) out[f.getName()] = f.getSelected() ?? '';
  }
  return out;
}

test('a DOJ record-review request is planned, edited, filled, downloaded and recorded on the case', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'forms-e2e-'));
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 400, height: 1000 });
  const panel = new PanelPage(page);
  await panel.open(ext.panelUrl);
  await panel.loadSample();
  await panel.tab('Forms');

  // The file picker opens from the keyboard: focus the button, press Enter. The chooser is
  // awaited from before the focus: Playwright intercepts file choosers only once the listener's
  // subscription has reached the browser, and a key press sent at once could beat it (1 run in 6).
  const chooser = page.waitForEvent('filechooser');
  const openButton = page.getByRole('button', { name: 'Open a PDF form…' });
  await openButton.focus();
  await expect(openButton).toBeFocused();
  await page.keyboard.press('Enter');
  await (await chooser).setFiles(RR101);

  await expect(page.getByTestId('form-name')).toContainText('DOJ-RR 101 record review request');
  const plan = page.getByTestId('fill-plan');
  await expect(plan.getByLabel('Value for Applicant last name')).toHaveValue('Alvarado Ortiz');
  await expect(plan.getByLabel('Value for Date of birth - month')).toHaveValue('03');
  await expect(plan.getByRole('row').filter({ hasText: 'Applicant last name' })).toContainText('Client: Last name · 85%');
  // Never planned: the SSN, the signature, the operator block.
  await expect(plan).not.toContainText('Social Security');
  await expect(plan).not.toContainText('Operator Name');

  await plan.getByLabel('Fill Middle Name').uncheck();
  await plan.getByLabel('Value for Daytime Telephone').fill('(213) 555-0199');
  await page.mouse.move(0, 0); // no hover state in the screenshot
  await page.screenshot({ path: join(SHOTS, 'forms-plan.png'), fullPage: true });

  await page.getByRole('button', { name: 'Fill 22 fields' }).click();
  const result = page.getByTestId('form-result');
  await expect(result.getByRole('status')).toHaveText('Filled 22 of 32 fields.');
  await expect(result.locator('canvas.page-preview[data-rendered="true"]')).toBeVisible({ timeout: 15_000 });

  const [download] = await Promise.all([page.waitForEvent('download'), result.getByRole('button', { name: 'Download DIA_DOJ-RR-101.pdf' }).click()]);
  assert.equal(download.suggestedFilename(), 'DIA_DOJ-RR-101.pdf');
  const file = join(dir, 'filled.pdf');
  await download.saveAs(file);
  const values = await fieldsOf(file);
  assert.equal(values[F('Field[0]')], 'Alvarado Ortiz');
  assert.equal(values[F('Field[1]')], 'Daniela');
  assert.equal(values[F('Field[2]')], '', 'the unticked middle name stays empty');
  assert.equal(values[F('Field[18]')], '(213) 555-0199', 'the edited telephone is what was written');
  assert.deepEqual([values[F('Field[4]')], values[F('Field[5]')], values[F('Field[6]')]], ['03', '17', '1994']);
  assert.equal(values[F('RadioButtonList[0]')], 'F');
  assert.equal(values[F('Field[13]')], '', 'the SSN is never filled');
  assert.equal(values[F('Field[20]')], 'Jordan T. Whitfield');

  // The request goes to the DOJ today: record it; the date shows on the case, here and in the RAP sheet tab.
  await result.getByRole('button', { name: 'Record the request as made today' }).click();
  await expect(result.getByRole('status').filter({ hasText: 'Recorded on the case' })).toContainText(todayShown());
  const milestones = page.getByTestId('milestones');
  await expect(milestones.getByLabel('Record requested')).toHaveValue(today());
  await expect(milestones.getByLabel('RAP sheet received')).toHaveValue('');
  await result.screenshot({ path: join(SHOTS, 'forms-result.png') });
  await panel.waitSaved();

  // The RAP sheet arrives: importing it dates "RAP sheet received".
  await panel.tab('RAP sheet');
  await expect(page.getByTestId('milestones').getByLabel('Record requested')).toHaveValue(today());
  await page.getByLabel('RAP sheet text').fill(SHEET);
  await page.getByLabel(/I checked that this record belongs to/).check();
  await page.getByRole('button', { name: /^Add \d+ entries to the case/ }).click();
  await expect(page.getByTestId('milestones').getByLabel('RAP sheet received')).toHaveValue(today());
  await panel.waitSaved();

  // The activity log has the fill.
  await panel.tab('Activity');
  await expect(page.getByText(/PDF form DOJ-RR 101: 22 of 32 fields filled/)).toBeVisible();
  await page.close();
});

test('a form dropped on the drop zone is read and planned; an XFA layer and a file that is not a PDF are reported', async () => {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 400, height: 900 });
  const panel = new PanelPage(page);
  await panel.open(ext.panelUrl);
  await panel.loadSample();
  await panel.tab('Forms');

  const drop = page.getByTestId('form-drop');
  /** A DataTransfer holding one file, built in the page as a drag from the file manager would. */
  const dragged = (file) =>
    page.evaluateHandle(
      ({ b64, name }) => {
        const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const dt = new DataTransfer();
        dt.items.add(new File([bytes], name, { type: 'application/pdf' }));
        return dt;
      },
      { b64: readFileSync(file).toString('base64'), name: file.split('/').pop() },
    );
  const data = await dragged(RR102);
  await drop.dispatchEvent('dragover', { dataTransfer: data });
  await expect(drop).toHaveClass(/drop-zone--over/);
  await drop.dispatchEvent('drop', { dataTransfer: data });
  await expect(page.getByTestId('form-name')).toContainText('DOJ-RR 102 out-of-state request');
  await expect(page.getByTestId('fill-plan').getByLabel('Value for Sex:')).toHaveValue('Female');
  await expect(page.getByTestId('fill-plan').getByLabel('Value for Applicant full name')).toHaveValue('Daniela Inés Alvarado Ortiz');
  await expect(drop).not.toHaveClass(/drop-zone--over/);

  // A form with an XFA layer: said before filling, and again once it was removed.
  await drop.dispatchEvent('drop', { dataTransfer: await dragged(VA100) });
  await expect(page.getByTestId('form-name')).toContainText('VA-100 petition to vacate');
  await expect(page.getByRole('group', { name: 'Before filling' })).toContainText('This form has an XFA layer');
  await page.getByRole('button', { name: /^Fill \d+ fields$/ }).click();
  await expect(page.getByTestId('form-result').getByRole('group', { name: 'Warnings' })).toContainText('the form had an XFA layer: it was removed');
  await expect(page.getByTestId('form-result').getByRole('button', { name: 'Download DIA_VA-100.pdf' })).toBeVisible();

  // A file that is not a PDF: one line saying so, nothing planned.
  const text = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['not a form'], 'notes.txt', { type: 'text/plain' }));
    return dt;
  });
  await drop.dispatchEvent('drop', { dataTransfer: text });
  await expect(page.getByRole('alert')).toHaveText('notes.txt: not a PDF.');
  await expect(page.getByTestId('fill-plan')).toHaveCount(0);
  await page.mouse.move(0, 0);
  await page.screenshot({ path: join(SHOTS, 'forms-drop.png'), fullPage: true });
  await page.close();
});
