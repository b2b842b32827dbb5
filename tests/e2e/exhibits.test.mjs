// End to end (issue 12, "a case with two large PDF exhibits can never be saved again"): a case
// with 100 MB of exhibits (four 26 MB PDFs, attached through the file chooser) saves an edit,
// reloads with the edit and all four files, and a file fetched back has the SHA-256 it went in
// with. Every wait is on a condition (Playwright's expect), never on time.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { expect } from '@playwright/test';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchExtension } from './fixtures.mjs';
import { PanelPage } from './pages/panel.mjs';

const FILES = 4;
const FILE_BYTES = 26_000_000; // under the 25 MiB (26,214,400 bytes) cap for one file; 4 make 104 MB
const SLOW = { timeout: 90_000 };

let ext;
let dir;
before(async () => {
  ext = await launchExtension();
  dir = mkdtempSync(join(tmpdir(), 'exhibits-e2e-'));
});
after(async () => {
  await ext?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/**
 * A one-page PDF of exactly `size` bytes: a line drawn on the page, and an unreferenced stream of
 * random bytes (as incompressible as a scan) filling the rest. The cross-reference table is exact.
 */
function bigPdf(size, label) {
  const parts = [];
  const offsets = [];
  let at = 0;
  const push = (b) => {
    const buf = typeof b === 'string' ? Buffer.from(b, 'latin1') : b;
    parts.push(buf);
    at += buf.length;
  };
  const content = `BT /F1 24 Tf 72 700 Td (${label}) Tj ET 72 690 m 540 690 l S`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> /Contents 4 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  push('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n');
  objects.forEach((o, i) => {
    offsets.push(at);
    push(`${i + 1} 0 obj\n${o}\nendobj\n`);
  });
  const tail = (fillerStart, fillerLength) => {
    const xrefAt = fillerStart + `5 0 obj\n<< /Length ${fillerLength} >>\nstream\n`.length + fillerLength + '\nendstream\nendobj\n'.length;
    const rows = [...offsets, fillerStart].map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
    return `xref\n0 6\n0000000000 65535 f \n${rows}trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  };
  // Size the filler so the whole file comes to `size` bytes (the lengths' digits settle in two rounds).
  let filler = size - at;
  for (let i = 0; i < 3; i++) {
    const head = `5 0 obj\n<< /Length ${filler} >>\nstream\n`.length;
    filler = size - at - head - '\nendstream\nendobj\n'.length - tail(at, filler).length;
  }
  const start = at;
  push(`5 0 obj\n<< /Length ${filler} >>\nstream\n`);
  push(randomBytes(filler));
  push('\nendstream\nendobj\n');
  push(tail(start, filler));
  const out = Buffer.concat(parts);
  assert.equal(out.length, size);
  return out;
}

const sha256 = (b) => createHash('sha256').update(b).digest('hex');

// A deadline for the whole test: a message the background never answers fails it instead of hanging the run.
test('a case with 100 MB of exhibits saves an edit, reloads with all four files, and a file comes back unchanged', { timeout: 300_000 }, async () => {
  const paths = [];
  const sums = [];
  for (let i = 1; i <= FILES; i++) {
    const bytes = bigPdf(FILE_BYTES, `Invented exhibit ${i}`);
    const path = join(dir, `exhibit-${i}.pdf`);
    writeFileSync(path, bytes);
    paths.push(path);
    sums.push(sha256(bytes));
  }

  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 400, height: 1000 });
  const panel = new PanelPage(page);
  await panel.open(ext.panelUrl);
  await panel.newCase();
  await panel.field('Last name').fill('Valderrama');
  const saved = () => expect(page.getByTestId('save-status')).toHaveText('All changes saved', SLOW);
  await saved();

  await panel.tab('Packet');
  const exhibits = page.locator('li.exhibit');
  for (let i = 0; i < FILES; i++) {
    await page.getByRole('button', { name: 'Add exhibit' }).click();
    await expect(exhibits).toHaveCount(i + 1);
    await exhibits.nth(i).locator('input[type="file"]').setInputFiles(paths[i]);
    // One file at a time goes to the store (one message each, under the 64 MiB limit).
    await expect(exhibits.nth(i).getByText(`File attached: exhibit-${i + 1}.pdf (24.8 MB)`)).toBeVisible(SLOW);
  }
  await saved();

  // One edit to the case: saved without carrying any file.
  await panel.tab('Client');
  await panel.field('Phone').fill('555-0163');
  await saved();

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Cases' })).toBeVisible();
  await panel.openCase('Valderrama');
  await expect(panel.field('Phone')).toHaveValue('555-0163');
  await panel.tab('Packet');
  await expect(exhibits).toHaveCount(FILES);
  for (let i = 0; i < FILES; i++) await expect(exhibits.nth(i).getByText(`File attached: exhibit-${i + 1}.pdf (24.8 MB)`)).toBeVisible();

  // The stored case is small (references only), its references carry each file's SHA-256, and a
  // file read back from the store hashes to what was attached.
  const stored = await page.evaluate(async () => {
    const list = await chrome.runtime.sendMessage({ type: 'cases/list' });
    const id = list.data.find((s) => s.name.startsWith('Valderrama')).id;
    const got = await chrome.runtime.sendMessage({ type: 'cases/get', id });
    return { id, size: JSON.stringify(got).length, refs: got.data.evidence.map((e) => e.fileRef) };
  });
  assert.ok(stored.size < 50_000, `the case as sent to the panel is ${stored.size} characters`);
  assert.deepEqual(
    stored.refs.map((r) => [r.name, r.size, r.sha256]),
    sums.map((s, i) => [`exhibit-${i + 1}.pdf`, FILE_BYTES, s]),
  );
  const fetched = await page.evaluate(
    async ({ caseId, id }) => {
      const r = await chrome.runtime.sendMessage({ type: 'exhibits/get', caseId, id });
      if (!r.ok) return { error: r.error };
      const bin = atob(r.data.data.slice(r.data.data.indexOf(',') + 1));
      const bytes = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
      return { size: bytes.length, sha256: [...digest].map((b) => b.toString(16).padStart(2, '0')).join('') };
    },
    { caseId: stored.id, id: stored.refs[2].id },
  );
  assert.deepEqual(fetched, { size: FILE_BYTES, sha256: sums[2] });
  assert.equal(sha256(readFileSync(paths[2])), sums[2]);
  await page.close();
});
