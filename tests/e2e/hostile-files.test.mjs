// Hostile and huge files (issue 12): a 20,000-page PDF imported as a RAP sheet, a PNG that claims
// 40000 × 40000 pixels attached as an exhibit, and a 12-matter packet, each while the user keeps
// typing. The PDF work runs in the PDF worker (lib/workers), so every key is handled within
// 100 ms; the files past the limits get one line naming the file and the limit, the bad exhibit
// is skipped with a warning and the packet still builds; Cancel stops a build.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { expect } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchExtension, SHOTS } from './fixtures.mjs';
import { PanelPage } from './pages/panel.mjs';
import { startInputDelayProbe, stopInputDelayProbe, typeUntil } from './pages/input-delay.mjs';
import { openHeavyCase } from './pages/heavy-case.mjs';
import { manyPagePdf, pngBomb } from '../factories/hostile-files.mjs';

/** The budget for the panel's input delay while PDF work runs. */
const BUDGET_MS = 100;

let ext;
let dir;
before(async () => {
  ext = await launchExtension();
  dir = mkdtempSync(join(tmpdir(), 'hostile-e2e-'));
  writeFileSync(join(dir, 'twenty-thousand-pages.pdf'), manyPagePdf(20_000, 'NOT A RAP SHEET'));
  writeFileSync(join(dir, 'bomb.png'), pngBomb(40_000, 40_000));
});
after(async () => ext?.close());

async function panel() {
  const p = new PanelPage(await ext.context.newPage());
  await p.page.setViewportSize({ width: 400, height: 1000 });
  await p.open(ext.panelUrl);
  return p;
}

function reportDelays(what, d) {
  const long = d.longTasks.map((t) => `${t.ms} ms at ${t.at}`).join(', ') || 'none';
  console.log(`# ${what}: ${d.keys} keys, input delay max ${d.max} ms, p95 ${d.p95} ms, longest event ${d.maxDuration} ms; main-thread tasks over 50 ms: ${long}`);
  assert.ok(d.keys >= 10, `typed during the work (${d.keys} keys)`);
  assert.ok(d.max < BUDGET_MS, `${what}: input delay ${d.max} ms (budget ${BUDGET_MS} ms)`);
}

test('a 20,000-page PDF as a RAP sheet: refused with one line naming the limit while the user types', async () => {
  const p = await panel();
  const { page } = p;
  await p.newCase();
  await p.tab('RAP sheet');
  const text = page.getByLabel('RAP sheet text');
  await text.click();
  await startInputDelayProbe(page);
  await page.getByTestId('rap-file').setInputFiles(join(dir, 'twenty-thousand-pages.pdf'));
  const refused = page.getByRole('alert').filter({ hasText: 'twenty-thousand-pages.pdf: 20,000 pages, over the 500-page limit for a RAP sheet PDF' });
  const typed = await typeUntil(text, refused);
  reportDelays('20,000-page RAP sheet', await stopInputDelayProbe(page));
  await expect(refused).toBeVisible();
  await expect(text, 'every key typed while the PDF was read is there').toHaveValue(typed);
  await expect(page.getByText('Open .txt or PDF…')).toBeVisible();
  await page.close();
});

test('a PNG claiming 40000 × 40000 pixels as an exhibit: skipped with a warning, the packet still builds, typing stays responsive', async () => {
  const p = await panel();
  const { page } = p;
  await p.loadSample();
  await p.tab('Packet');
  await page.getByTestId('attach-ex-tvisa').setInputFiles(join(dir, 'bomb.png'));
  await expect(page.getByText(/File attached/).first()).toBeVisible();
  await p.waitSaved();
  const narrative = page.getByLabel('Trafficking narrative (declaration of petitioner)');
  await narrative.fill('');
  await narrative.click();
  await startInputDelayProbe(page);
  await page.getByRole('button', { name: /^Assemble packet/ }).click();
  const result = page.getByTestId('packet-result');
  const typed = await typeUntil(narrative, result);
  reportDelays('packet with a PNG bomb', await stopInputDelayProbe(page));
  await expect(result).toContainText(
    'Exhibit A ("USCIS Form I-797 approval notice, T nonimmigrant status"): the image is 40,000 × 40,000 pixels (1,600 megapixels), over the 40-megapixel limit for an exhibit image; its slip sheet says "exhibit file not attached"',
  );
  await expect(result.getByRole('button', { name: /^Download .*_Packet\.pdf/ }).first()).toBeVisible();
  await expect(narrative).toHaveValue(typed);
  await result.screenshot({ path: join(SHOTS, 'packet-png-bomb-skipped.png') });
  await page.close();
});

test('a 12-matter packet builds in the worker while the user types; Cancel stops a build', async () => {
  const p = await panel();
  const { page } = p;
  await openHeavyCase(p);
  const assemble = page.getByRole('button', { name: 'Assemble packet (12 matters)' });
  await expect(assemble).toBeEnabled();

  // Cancel: the worker is stopped, nothing is built, the button comes back.
  await assemble.click();
  await expect(page.getByRole('progressbar', { name: 'Assembling the packet' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Canceled: no packet was built.' })).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Assembling the packet' })).toBeHidden();
  await expect(page.getByTestId('packet-result')).toBeHidden();
  await expect(assemble).toBeEnabled();

  // Build again, typing all the while.
  const narrative = page.getByLabel('Trafficking narrative (declaration of petitioner)');
  await narrative.click();
  await startInputDelayProbe(page);
  await assemble.click();
  const result = page.getByTestId('packet-result');
  const typed = await typeUntil(narrative, result);
  reportDelays('12-matter packet', await stopInputDelayProbe(page));
  await expect(result.locator('section')).toHaveCount(3);
  await expect(narrative).toHaveValue(typed);
  await page.close();
});
