// Encryption at rest in a real Chromium profile: the raw database files never hold a client's
// name, DOB, CII or narrative once a passphrase is set (and a plaintext profile does, which
// proves the scan can find them); the lock, the back-off message, quick exit, backups.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { expect } from '@playwright/test';
import { launchExtension, SHOTS } from './fixtures.mjs';
import { PanelPage, E2E_PASSPHRASE } from './pages/panel.mjs';

const open = [];
after(async () => Promise.all(open.map((e) => e.close().catch(() => {}))));

/** An invented client with values distinctive enough to search raw bytes for. */
const client = (n) => ({
  first: `Wrenfield${n}`,
  last: `Oyelaran${n}`,
  dob: `1990-0${n}-1${n}`,
  cii: `Q7788665${n}`,
  narrative: `Invented narrative ${n}: a fictional account for the encryption test.`,
});
const secrets = (c) => [c.first, c.last, c.dob, c.cii, 'Invented narrative'];

async function createCase(panel, c) {
  await panel.newCase();
  await panel.field('First name').fill(c.first);
  await panel.field('Last name').fill(c.last);
  await panel.field('Date of birth').fill(c.dob);
  await panel.field('CII number').fill(c.cii);
  await panel.tab('Trafficking');
  await panel.field('Narrative').fill(c.narrative);
  await panel.waitSaved();
  await panel.backToList();
}

/** A fresh profile, unlocked with the e2e passphrase, holding the sample case. */
async function profileWithSample() {
  const ext = await launchExtension();
  open.push(ext);
  const page = await ext.context.newPage();
  const panel = new PanelPage(page);
  await panel.open(ext.panelUrl);
  await panel.loadSample();
  return { ext, page, panel };
}

/** Fills an encrypted-file form's passphrase twice and downloads the file it makes. */
async function downloadEncrypted(page, form, passphrase, button) {
  await form.getByLabel('Passphrase for this file', { exact: true }).fill(passphrase);
  await form.getByLabel('Passphrase for this file, again').fill(passphrase);
  const [download] = await Promise.all([page.waitForEvent('download'), form.getByRole('button', { name: button }).click()]);
  return download;
}

/** Every file of the profile's IndexedDB for our extension, as one buffer per file. */
function indexedDbFiles(userDataDir) {
  const root = join(userDataDir, 'Default', 'IndexedDB');
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else files.push({ path: p, bytes: readFileSync(p) });
    }
  };
  for (const dir of readdirSync(root).filter((d) => d.startsWith('chrome-extension_'))) walk(join(root, dir));
  return files;
}

/** Which secrets appear in any file, as Latin-1/UTF-8 or UTF-16 (how V8 serialises strings). */
function leaked(files, words) {
  return words.filter((w) => files.some((f) => f.bytes.includes(Buffer.from(w, 'latin1')) || f.bytes.includes(Buffer.from(w, 'utf16le'))));
}

test('with a passphrase the raw database files hold none of the name, DOB, CII or narrative, also after a delete', async () => {
  const ext = await launchExtension();
  open.push(ext);
  const page = await ext.context.newPage();
  const panel = new PanelPage(page);
  await panel.open(ext.panelUrl); // a fresh profile: sets the passphrase first
  const [kept, deleted] = [client(1), client(2)];
  await createCase(panel, kept);
  await createCase(panel, deleted);
  await page.getByTestId('case-list').getByRole('button', { name: new RegExp(deleted.last) }).click();
  await page.getByRole('button', { name: 'Delete case' }).click();
  await page.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(panel.caseRows).toHaveCount(1);
  await ext.close({ keepProfile: true }); // flushes the database to disk

  const files = indexedDbFiles(ext.userDataDir);
  assert.ok(files.length > 0 && files.some((f) => f.bytes.length > 0), 'the profile has database files');
  assert.deepEqual(leaked(files, [...secrets(kept), ...secrets(deleted)]), []);

  // After a browser restart the store is locked; the passphrase opens it and the kept case is there.
  const again = await launchExtension({ userDataDir: ext.userDataDir });
  open.push(again);
  const page2 = await again.context.newPage();
  await page2.goto(again.panelUrl);
  await expect(page2.getByRole('heading', { name: 'Vacatur Assist is locked' })).toBeVisible();
  await new PanelPage(page2).unlock(E2E_PASSPHRASE);
  await expect(new PanelPage(page2).caseRows).toHaveCount(1);
  await expect(new PanelPage(page2).caseRows.first()).toContainText(`${kept.last}, ${kept.first}`);
});

test('the same scan finds the client in a profile that continued without a passphrase (the check can fail)', async () => {
  const ext = await launchExtension();
  open.push(ext);
  const page = await ext.context.newPage();
  await page.goto(ext.panelUrl);
  await expect(page.getByRole('heading', { name: 'Protect the case data on this computer' })).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'vault-setup.png') });
  await page.getByRole('button', { name: 'Continue without a passphrase…' }).click();
  await page.screenshot({ path: join(SHOTS, 'vault-continue-plain.png') });
  await page.getByRole('button', { name: 'Continue without encryption' }).click();
  const panel = new PanelPage(page);
  await expect(page.getByRole('heading', { name: 'Cases' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Not encrypted' })).toBeVisible();
  const c = client(3);
  await createCase(panel, c);
  // Settings show the standing warning.
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByTestId('plain-warning')).toContainText('not encrypted');
  await page.screenshot({ path: join(SHOTS, 'settings-plain.png'), fullPage: true });
  await ext.close({ keepProfile: true });
  assert.ok(leaked(indexedDbFiles(ext.userDataDir), secrets(c)).length >= 3, 'plaintext names are found in the raw files');
});

test('turning encryption on later moves every case into a new encrypted database and deletes the plaintext one', async () => {
  const ext = await launchExtension();
  open.push(ext);
  const page = await ext.context.newPage();
  await page.goto(ext.panelUrl);
  await page.getByRole('button', { name: 'Continue without a passphrase…' }).click();
  await page.getByRole('button', { name: 'Continue without encryption' }).click();
  const panel = new PanelPage(page);
  const c = client(4);
  await createCase(panel, c);
  const before = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name).sort());
  await page.getByRole('button', { name: 'Settings' }).click();
  const form = page.getByRole('form', { name: 'Set a passphrase' });
  await form.getByLabel('Passphrase', { exact: true }).fill(E2E_PASSPHRASE);
  await form.getByLabel('Passphrase again').fill(E2E_PASSPHRASE);
  await form.getByRole('checkbox').check();
  await form.getByRole('button', { name: 'Encrypt my cases' }).click();
  await expect(page.getByRole('button', { name: 'Lock now' })).toBeVisible();
  await expect(page.getByRole('note')).toContainText('may keep fragments');
  await page.getByRole('button', { name: '← All cases' }).click();
  await expect(panel.caseRows.first()).toContainText(c.last);
  // The plaintext database is gone; a new generation holds the case, sealed.
  const after = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name).sort());
  const plaintextDb = before.find((n) => !n.endsWith('-meta'));
  assert.ok(!after.includes(plaintextDb), `${plaintextDb} was deleted (now: ${after})`);
  const rows = await page.evaluate(async (name) => {
    const db = await new Promise((ok, no) => {
      const r = indexedDB.open(name);
      r.onsuccess = () => ok(r.result);
      r.onerror = () => no(r.error);
    });
    const all = await new Promise((ok) => {
      const q = db.transaction('cases').objectStore('cases').getAll();
      q.onsuccess = () => ok(q.result);
    });
    db.close();
    return all.map((row) => JSON.stringify(row, (_k, v) => (v instanceof Uint8Array ? `bytes:${v.length}` : v)));
  }, after.find((n) => !n.endsWith('-meta')));
  assert.equal(rows.length, 1);
  for (const word of secrets(c)) assert.doesNotMatch(rows[0], new RegExp(word));
  assert.match(rows[0], /"kind":"sealed"/);
});

test('Lock now hides every case; a wrong passphrase says so; quick exit clears, locks and closes the panel', async () => {
  const { ext, page, panel } = await profileWithSample();
  await page.getByRole('button', { name: 'Lock now' }).click();
  await expect(page.getByRole('heading', { name: 'Vacatur Assist is locked' })).toBeVisible();
  await expect(page.locator('body')).not.toContainText('Alvarado');
  await page.screenshot({ path: join(SHOTS, 'vault-locked.png') });
  // A store request from the page while locked is refused.
  const refused = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'cases/list' }));
  assert.equal(refused.reason, 'locked');

  await panel.unlock('not the passphrase at all');
  await expect(page.getByRole('alert')).toContainText('That passphrase is not right.');
  await panel.unlock(E2E_PASSPHRASE);
  await expect(panel.caseRows).toHaveCount(1);

  // Quick exit from the keyboard: the panel (here our own tab) closes and the store is locked.
  // The tab closes on keydown, so the key's release may find no page: that is the point.
  await Promise.all([page.waitForEvent('close'), page.keyboard.press('Alt+Shift+X').catch((e) => assert.ok(page.isClosed(), e.message))]);
  const status = await ext.worker.evaluate(() => new Promise((r) => chrome.storage.session.get(null, r)));
  assert.equal(status['vault.sessionKey'], undefined, 'the session key is gone');
  const next = await ext.context.newPage();
  await next.goto(ext.panelUrl);
  await expect(next.getByRole('heading', { name: 'Vacatur Assist is locked' })).toBeVisible();
});

test('an encrypted backup restores into another profile; a wrong passphrase changes nothing; an existing case asks', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'backup-e2e-'));
  const { page, panel } = await profileWithSample();
  await panel.backToList();
  await page.getByRole('button', { name: 'Settings' }).click();
  const backup = page.getByRole('form', { name: 'Encrypted backup of all cases' });
  const download = await downloadEncrypted(page, backup, 'separate backup phrase 9', 'Download encrypted backup');
  const file = join(dir, download.suggestedFilename());
  await download.saveAs(file);
  const text = readFileSync(file, 'utf8');
  assert.equal(JSON.parse(text).format, 'vacatur-assist/backup');
  assert.doesNotMatch(text, /Alvarado|Daniela|A09876543/);

  // Same profile: the case exists, so the import asks; "Keep both" makes a copy.
  const importer = page.getByRole('form', { name: 'Import an encrypted backup or hand-off file' });
  await page.getByTestId('encrypted-file-input').setInputFiles(file);
  await importer.getByLabel("The file's passphrase").fill('wrong backup phrase 0');
  await importer.getByRole('button', { name: 'Import' }).click();
  await expect(importer.getByRole('alert')).toContainText('Nothing was changed.');
  await importer.getByLabel("The file's passphrase").fill('separate backup phrase 9');
  await importer.getByRole('button', { name: 'Import' }).click();
  await expect(importer.getByRole('group', { name: 'Cases that already exist' })).toContainText('Alvarado Ortiz');
  await page.screenshot({ path: join(SHOTS, 'settings-import-conflict.png'), fullPage: true });
  await importer.getByRole('button', { name: 'Keep both' }).click();
  await expect(importer.getByRole('status')).toContainText('Imported 1 case');
  await page.getByRole('button', { name: '← All cases' }).click();
  await expect(panel.caseRows).toHaveCount(2);
});

test('changing the passphrase: the old one no longer opens the store, the new one opens every case; the activity log records a hand-off', async () => {
  const { page, panel } = await profileWithSample();
  // A hand-off file, then the case's activity log shows it.
  await page.getByRole('button', { name: 'Hand off (encrypted)…' }).click();
  const handoff = page.getByRole('form', { name: 'Encrypted hand-off file' });
  const download = await downloadEncrypted(page, handoff, 'handoff phrase only 4', 'Download hand-off file');
  assert.match(download.suggestedFilename(), /^vacatur-handoff-Alvarado-Ortiz-\d{4}-\d{2}-\d{2}\.json$/);
  await panel.tab('Activity');
  await expect(page.getByTestId('activity-log')).toContainText('Handed off');
  await page.screenshot({ path: join(SHOTS, 'case-activity.png') });
  await panel.backToList();

  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Change passphrase…' }).click();
  const form = page.getByRole('form', { name: 'Change passphrase' });
  await form.getByLabel('Current passphrase').fill(E2E_PASSPHRASE);
  await form.getByLabel('New passphrase', { exact: true }).fill('a brand new passphrase 77');
  await form.getByLabel('New passphrase again').fill('a brand new passphrase 77');
  await form.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(page.getByRole('status')).toContainText('Passphrase changed.');
  await page.getByRole('button', { name: 'Lock now' }).click();
  await panel.unlock(E2E_PASSPHRASE);
  await expect(page.getByRole('alert')).toContainText('That passphrase is not right.');
  await panel.unlock('a brand new passphrase 77');
  await expect(panel.caseRows).toHaveCount(1);
  await panel.openCase('Alvarado Ortiz');
  await expect(panel.field('CII number')).toHaveValue('A09876543');
});
