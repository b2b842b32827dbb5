import { describe, expect, it } from 'vitest';
import { BackupError, createBackup, createHandoff, importHandoff, restoreBackup } from '@/lib/backup';
import { readSnapshot } from '@/lib/db';
import { FAST, freshStore, PASS, rawText, secretBody } from '../db/store-fixtures';

const FILE_PASS = 'backup file passphrase 7';

async function unlockedStore() {
  const store = await freshStore();
  await store.vault.setup(PASS);
  return store;
}

async function storeWithCases() {
  const store = await unlockedStore();
  const a = await store.repo.create(secretBody(1));
  const b = await store.repo.create(secretBody(2));
  await store.repo.appendAudit(a.id, { action: 'import', detail: 'RAP sheet', at: '2026-12-01T10:00:00.000Z' });
  await store.vault.db.adapters.put({ id: 'my-court', adapter: { name: 'My court portal' } });
  await store.vault.db.settings.put({ key: 'lockMinutes', value: 10 });
  return { ...store, a, b };
}

async function errorOf(p: Promise<unknown>): Promise<BackupError> {
  const e = await p.then(() => undefined, (x: unknown) => x);
  expect(e).toBeInstanceOf(BackupError);
  return e as BackupError;
}

describe('encrypted backup', () => {
  it('round-trips every case, audit log, adapter and setting into another store, without the vault rows', async () => {
    const src = await storeWithCases();
    const { text, cases, skipped } = await createBackup(src.repo, FILE_PASS, FAST);
    expect(cases).toBe(2);
    expect(skipped).toEqual([]);
    const file = JSON.parse(text);
    expect(file).toMatchObject({ format: 'vacatur-assist/backup', version: 1, cipher: 'AES-GCM-256', kdf: { alg: 'PBKDF2-SHA-256', iterations: 1000 } });
    expect(Object.keys(file).sort()).toEqual(['cipher', 'ciphertext', 'format', 'iv', 'kdf', 'verifier', 'version']);
    for (const secret of ['Marisol1', 'Quintaval2', 'Z99887761', 'RAP sheet', 'My court portal']) expect(text).not.toContain(secret);

    const dst = await unlockedStore();
    const report = await restoreBackup(dst.repo, text, FILE_PASS, FAST);
    expect(report).toMatchObject({ written: true, cases: 2, conflicts: [], adapters: 1, settings: 1 });
    expect(report.added.sort()).toEqual([src.a.id, src.b.id].sort());
    expect(await dst.repo.get(src.a.id)).toEqual(src.a);
    expect(await dst.repo.get(src.b.id)).toEqual(src.b);
    expect(await dst.repo.auditLog(src.a.id)).toEqual([{ at: '2026-12-01T10:00:00.000Z', action: 'import', detail: 'RAP sheet' }]);
    expect(await dst.vault.db.adapters.get('my-court')).toEqual({ id: 'my-court', adapter: { name: 'My court portal' } });
    expect((await dst.vault.db.settings.get('lockMinutes'))?.value).toBe(10);
    // The destination keeps its own passphrase: its vault rows were not touched by the import.
    await dst.vault.lock();
    await dst.vault.unlock(PASS);
    expect((await dst.repo.list()).length).toBe(2);
    // And what landed is encrypted under the destination's keys.
    expect(rawText(await readSnapshot(dst.vault.db))).not.toContain('Quintaval1');
    src.vault.close();
    dst.vault.close();
  });

  it('keeps fields this version does not know, at the top and nested', async () => {
    const src = await unlockedStore();
    const body = { ...secretBody(), futureField: { a: 1 }, client: { ...secretBody().client, pronouns: 'she/her' } };
    const c = await src.repo.create(body);
    expect((c as Record<string, unknown>).futureField).toEqual({ a: 1 });
    const { text } = await createBackup(src.repo, FILE_PASS, FAST);
    const dst = await unlockedStore();
    await restoreBackup(dst.repo, text, FILE_PASS, FAST);
    const back = (await dst.repo.get(c.id)) as Record<string, any>;
    expect(back.futureField).toEqual({ a: 1 });
    expect(back.client.pronouns).toBe('she/her');
    expect(back).toEqual(c);
    src.vault.close();
    dst.vault.close();
  });

  describe('refuses a bad file with its own message and writes nothing', () => {
    async function setup() {
      const src = await storeWithCases();
      const { text } = await createBackup(src.repo, FILE_PASS, FAST);
      src.vault.close();
      const dst = await unlockedStore();
      const other = await dst.repo.create(secretBody(5));
      const before = await readSnapshot(dst.vault.db);
      const unchanged = async () => {
        expect(await readSnapshot(dst.vault.db)).toEqual(before);
        expect((await dst.repo.list()).map((s) => s.id)).toEqual([other.id]);
        dst.vault.close();
      };
      return { text, dst, unchanged };
    }

    it('wrong passphrase', async () => {
      const { text, dst, unchanged } = await setup();
      const e = await errorOf(restoreBackup(dst.repo, text, 'not the file passphrase', FAST));
      expect(e.reason).toBe('wrong-passphrase');
      expect(e.message).toBe('That passphrase does not open this backup. It is the passphrase chosen when the file was made, not the one that unlocks Vacatur Assist.');
      await unchanged();
    });

    it('one flipped byte in the ciphertext', async () => {
      const { text, dst, unchanged } = await setup();
      const file = JSON.parse(text);
      const ct = Buffer.from(file.ciphertext, 'base64');
      ct[ct.length >> 1]! ^= 0x01;
      file.ciphertext = ct.toString('base64');
      const e = await errorOf(restoreBackup(dst.repo, JSON.stringify(file), FILE_PASS, FAST));
      expect(e.reason).toBe('corrupted');
      expect(e.message).toBe('This backup is damaged: the passphrase is right but its contents do not decrypt. Nothing was imported.');
      await unchanged();
    });

    it('a truncated file', async () => {
      const { text, dst, unchanged } = await setup();
      const e = await errorOf(restoreBackup(dst.repo, text.slice(0, Math.floor(text.length * 0.7)), FILE_PASS, FAST));
      expect(e.reason).toBe('corrupted');
      expect(e.message).toBe('This backup is damaged or incomplete (it is not complete JSON). Nothing was imported.');
      await unchanged();
    });

    it('a file from a newer version', async () => {
      const { text, dst, unchanged } = await setup();
      // Version 2 (exhibit files as parts of their own, issue 12) is read; 3 is not yet.
      const e = await errorOf(restoreBackup(dst.repo, JSON.stringify({ ...JSON.parse(text), version: 3 }), FILE_PASS, FAST));
      expect(e.reason).toBe('newer-version');
      expect(e.message).toBe('This backup was made by a newer version of Vacatur Assist (file version 3; this one reads version 2). Update Vacatur Assist to import it.');
      await unchanged();
    });

    it('a hand-off file, or a plain case file, given as a backup', async () => {
      const { text, dst, unchanged } = await setup();
      const relabelled = JSON.stringify({ ...JSON.parse(text), format: 'vacatur-assist/handoff' });
      expect((await errorOf(restoreBackup(dst.repo, relabelled, FILE_PASS, FAST))).message).toBe('This is a Vacatur Assist hand-off file, not a backup.');
      // Relabelled the other way it is still refused: the format is authenticated with the contents.
      expect((await errorOf(importHandoff(dst.repo, relabelled, FILE_PASS, FAST))).reason).toBe('corrupted');
      const caseFile = JSON.stringify({ format: 'vacatur-assist/case', version: 1, case: {} });
      expect(await errorOf(restoreBackup(dst.repo, caseFile, FILE_PASS, FAST))).toMatchObject({ reason: 'wrong-kind', message: 'This is not a Vacatur Assist backup.' });
      await unchanged();
    });

    it('a header field removed', async () => {
      const { text, dst, unchanged } = await setup();
      const { verifier: _drop, ...rest } = JSON.parse(text);
      expect(await errorOf(restoreBackup(dst.repo, JSON.stringify(rest), FILE_PASS, FAST))).toMatchObject({ reason: 'corrupted' });
      await unchanged();
    });

    it('refuses a file with fewer than 600,000 iterations unless tests allow it', async () => {
      const { text, dst, unchanged } = await setup();
      expect(await errorOf(restoreBackup(dst.repo, text, FILE_PASS))).toMatchObject({ reason: 'corrupted' });
      await unchanged();
    });
  });

  it('a case that fails validation stops the whole import, with its JSON path', async () => {
    const { sealFile, BACKUP_FORMAT } = await import('@/lib/backup');
    const dst = await unlockedStore();
    const good = { ...secretBody(1), id: 'x1', createdAt: 'a', updatedAt: 'b' };
    const bad = { ...secretBody(2), id: 'x2', createdAt: 'a', updatedAt: 'b', client: { dob: '1990-02-31' } };
    const text = await sealFile(BACKUP_FORMAT, { exportedAt: 'now', cases: [{ case: good }, { case: bad }] }, FILE_PASS, FAST);
    const e = await errorOf(restoreBackup(dst.repo, text, FILE_PASS, FAST));
    expect(e.reason).toBe('invalid');
    expect(e.problems).toEqual([{ path: 'cases[1].case.client.dob', message: 'must be a date written YYYY-MM-DD, or empty' }]);
    expect(await dst.repo.count()).toBe(0);
    dst.vault.close();
  });

  it('reports conflicts first, then keeps both (new id) or replaces', async () => {
    const src = await storeWithCases();
    const { text } = await createBackup(src.repo, FILE_PASS, FAST);
    src.vault.close();

    const dst = await unlockedStore();
    await restoreBackup(dst.repo, text, FILE_PASS, FAST);
    const edited = await dst.repo.save({ ...(await dst.repo.get(src.a.id)), notes: 'edited here' });
    await dst.repo.appendAudit(src.a.id, { action: 'fill', detail: 'local entry' });

    const dry = await restoreBackup(dst.repo, text, FILE_PASS, { ...FAST, dryRun: true });
    expect(dry).toMatchObject({ written: false, added: [], replaced: [], keptBoth: [] });
    expect(dry.conflicts.map((c) => [c.id, c.name]).sort()).toEqual([
      [src.a.id, 'Quintaval1, Marisol1 Inés'],
      [src.b.id, 'Quintaval2, Marisol2 Inés'],
    ]);
    // Without a choice: reported, not written.
    expect(await restoreBackup(dst.repo, text, FILE_PASS, FAST)).toMatchObject({ written: false });
    expect((await dst.repo.get(src.a.id)).notes).toBe('edited here');

    const kept = await restoreBackup(dst.repo, text, FILE_PASS, { ...FAST, onConflict: 'keep-both' });
    expect(kept.written).toBe(true);
    expect(kept.keptBoth).toHaveLength(2);
    expect(await dst.repo.count()).toBe(4);
    const copyOfA = kept.keptBoth.find((k) => k.from === src.a.id)!.to;
    expect(copyOfA).not.toBe(src.a.id);
    expect(await dst.repo.get(copyOfA)).toEqual({ ...src.a, id: copyOfA });
    expect(await dst.repo.get(src.a.id)).toEqual(edited);

    const replaced = await restoreBackup(dst.repo, text, FILE_PASS, { ...FAST, onConflict: 'replace' });
    expect(replaced.replaced.sort()).toEqual([src.a.id, src.b.id].sort());
    expect(await dst.repo.get(src.a.id)).toEqual(src.a);
    expect(await dst.repo.auditLog(src.a.id)).toEqual([{ at: '2026-12-01T10:00:00.000Z', action: 'import', detail: 'RAP sheet' }]);
    expect(await dst.repo.count()).toBe(4);
    dst.vault.close();
  });

  it('needs the store unlocked to export or import', async () => {
    const src = await storeWithCases();
    const { text } = await createBackup(src.repo, FILE_PASS, FAST);
    await src.vault.lock();
    await expect(createBackup(src.repo, FILE_PASS, FAST)).rejects.toMatchObject({ reason: 'locked' });
    await expect(restoreBackup(src.repo, text, FILE_PASS, FAST)).rejects.toMatchObject({ reason: 'locked' });
    src.vault.close();
  });

  it('backs up a plain store too, and restores it into an encrypted one', async () => {
    const src = await freshStore();
    await src.vault.continueWithoutPassphrase();
    const c = await src.repo.create(secretBody(3));
    const { text } = await createBackup(src.repo, FILE_PASS, FAST);
    const dst = await unlockedStore();
    await restoreBackup(dst.repo, text, FILE_PASS, FAST);
    expect(await dst.repo.get(c.id)).toEqual(c);
    expect(rawText(await readSnapshot(dst.vault.db))).not.toContain('Quintaval3');
    src.vault.close();
    dst.vault.close();
  });
});

describe('encrypted hand-off file', () => {
  it('carries one case and its audit log under its own passphrase', async () => {
    const src = await storeWithCases();
    const text = await createHandoff(src.repo, src.a.id, 'hand-off passphrase 1', FAST);
    expect(JSON.parse(text)).toMatchObject({ format: 'vacatur-assist/handoff', version: 1 });
    expect(text).not.toContain('Marisol1');
    const dst = await unlockedStore();
    expect(await errorOf(importHandoff(dst.repo, text, FILE_PASS, FAST))).toMatchObject({
      reason: 'wrong-passphrase',
      message: 'That passphrase does not open this hand-off file. It is the passphrase chosen when the file was made, not the one that unlocks Vacatur Assist.',
    });
    expect(await errorOf(restoreBackup(dst.repo, text, 'hand-off passphrase 1', FAST))).toMatchObject({ reason: 'wrong-kind' });
    const report = await importHandoff(dst.repo, text, 'hand-off passphrase 1', FAST);
    expect(report).toMatchObject({ written: true, cases: 1, added: [src.a.id], adapters: 0, settings: 0 });
    expect(await dst.repo.get(src.a.id)).toEqual(src.a);
    expect(await dst.repo.auditLog(src.a.id)).toHaveLength(1);
    expect(await dst.repo.count()).toBe(1);
    // A second import of the same file is a conflict.
    expect(await importHandoff(dst.repo, text, 'hand-off passphrase 1', FAST)).toMatchObject({ written: false, conflicts: [{ id: src.a.id }] });
    src.vault.close();
    dst.vault.close();
  });
});
