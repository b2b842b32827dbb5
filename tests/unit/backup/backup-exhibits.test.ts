import { describe, expect, it } from 'vitest';
import { BackupError, createBackup, createHandoff, importHandoff, restoreBackup, sealFile, BACKUP_FORMAT } from '@/lib/backup';
import { ExhibitStore, readSnapshot, type CaseRepository } from '@/lib/db';
import type { Case } from '@/lib/model';
import { entry, pdfBytes, pdfUrl, refOf, sha256 } from '../db/exhibit-fixtures';
import { FAST, freshStore, PASS, rawText, secretBody } from '../db/store-fixtures';

const FILE_PASS = 'backup file passphrase 7';

async function unlockedStore() {
  const store = await freshStore();
  await store.vault.setup(PASS);
  return { ...store, files: new ExhibitStore(store.repo.binding, store.repo.clock) };
}

/** A case whose entry `ex1` has a stored file with `marker` in it. */
async function caseWithFile(store: Awaited<ReturnType<typeof unlockedStore>>, n: number, marker: string, size = 3000): Promise<Case> {
  const c = await store.repo.getWithRevision((await store.repo.create({ ...secretBody(n), evidence: [entry('ex1'), entry('ex2')] })).id);
  const ref = await store.files.put({ caseId: c.id, name: `${marker}.pdf`, data: pdfUrl(marker, size) });
  const out = await store.repo.saveFrom({ ...c, evidence: c.evidence.map((e) => (e.id === 'ex1' ? { ...e, fileRef: ref } : e)) }, c);
  if (out.status !== 'saved') throw new Error('conflict');
  return store.repo.get(c.id);
}

async function bytesOf(repo: CaseRepository, c: Case, id = 'ex1'): Promise<string> {
  const files = new ExhibitStore(repo.binding, repo.clock);
  return new TextDecoder().decode((await files.get(c.id, refOf(c, id)!.id)).bytes);
}

async function errorOf(p: Promise<unknown>): Promise<BackupError> {
  const e = await p.then(() => undefined, (x: unknown) => x);
  expect(e).toBeInstanceOf(BackupError);
  return e as BackupError;
}

describe('backups carry exhibit files (issue 12)', () => {
  it('round-trips every live case with its files, each file its own sealed part (file version 2), nothing readable in the file', async () => {
    const src = await unlockedStore();
    const a = await caseWithFile(src, 1, 'EXHIBIT-A-MARKER', 50_000);
    const b = await caseWithFile(src, 2, 'EXHIBIT-B-MARKER');
    const { text, cases } = await createBackup(src.repo, FILE_PASS, FAST);
    expect(cases).toBe(2);
    const file = JSON.parse(text);
    expect(file).toMatchObject({ format: 'vacatur-assist/backup', version: 2 });
    expect(file.files.map((f: { id: string }) => f.id).sort()).toEqual([refOf(a, 'ex1')!.id, refOf(b, 'ex1')!.id].sort());
    for (const secret of ['EXHIBIT-A-MARKER', 'EXHIBIT-B-MARKER', 'Quintaval1']) expect(text).not.toContain(secret);
    expect(Buffer.from(text).toString('latin1')).not.toContain(btoa('EXHIBIT-A'));

    const dst = await unlockedStore();
    const report = await restoreBackup(dst.repo, text, FILE_PASS, FAST);
    expect(report).toMatchObject({ written: true, cases: 2, revisions: expect.arrayContaining([{ id: a.id, revision: 1 }, { id: b.id, revision: 1 }]) });
    const a2 = await dst.repo.get(a.id);
    // The file has a row of its own in the new store (a fresh id), the same bytes and checksum.
    expect(refOf(a2, 'ex1')).toEqual({ ...refOf(a, 'ex1'), id: expect.any(String) });
    expect(refOf(a2, 'ex1')!.sha256).toBe(await sha256(pdfBytes('EXHIBIT-A-MARKER', 50_000)));
    expect(await bytesOf(dst.repo, a2)).toContain('EXHIBIT-A-MARKER');
    expect(await bytesOf(dst.repo, await dst.repo.get(b.id))).toContain('EXHIBIT-B-MARKER');
    expect(a2.evidence[1]).toEqual(entry('ex2'));
    expect(rawText(await readSnapshot(dst.vault.db))).not.toContain('EXHIBIT-A-MARKER');
  });

  it('leaves out cases in the trash, with their files', async () => {
    const src = await unlockedStore();
    const kept = await caseWithFile(src, 1, 'KEPT-MARKER');
    const trashed = await caseWithFile(src, 2, 'TRASHED-MARKER');
    await src.repo.remove(trashed.id);
    const { text, cases } = await createBackup(src.repo, FILE_PASS, FAST);
    expect(cases).toBe(1);
    expect(JSON.parse(text).files.map((f: { id: string }) => f.id)).toEqual([refOf(kept, 'ex1')!.id]);
    const dst = await unlockedStore();
    const report = await restoreBackup(dst.repo, text, FILE_PASS, FAST);
    expect(report.added).toEqual([kept.id]);
    expect((await dst.repo.list()).map((s) => s.id)).toEqual([kept.id]);
    expect(await dst.repo.trash()).toEqual([]);
    expect(await dst.vault.db.exhibits.count()).toBe(1);
  });

  it('refuses a file part that was altered or is missing, and writes nothing', async () => {
    const src = await unlockedStore();
    await caseWithFile(src, 1, 'ALTERED');
    const { text } = await createBackup(src.repo, FILE_PASS, FAST);
    const dst = await unlockedStore();
    const before = await readSnapshot(dst.vault.db);

    const flipped = JSON.parse(text);
    const data = Buffer.from(flipped.files[0].data, 'base64');
    data[data.length >> 1]! ^= 0x01;
    flipped.files[0].data = data.toString('base64');
    expect(await errorOf(restoreBackup(dst.repo, JSON.stringify(flipped), FILE_PASS, FAST))).toMatchObject({
      reason: 'corrupted',
      message: 'This backup is damaged: the passphrase is right but its contents do not decrypt. Nothing was imported.',
    });
    const dropped = { ...JSON.parse(text), files: [] };
    expect(await errorOf(restoreBackup(dst.repo, JSON.stringify(dropped), FILE_PASS, FAST))).toMatchObject({
      reason: 'corrupted',
      message: 'This backup is damaged: the file of exhibit "Exhibit ex1" is missing or altered. Nothing was imported.',
    });
    // Relabelled as version 1 (where files are not read), the contents no longer open.
    expect((await errorOf(restoreBackup(dst.repo, JSON.stringify({ ...JSON.parse(text), version: 1 }), FILE_PASS, FAST))).reason).toBe('corrupted');
    expect(await readSnapshot(dst.vault.db)).toEqual(before);
  });

  it('keep both gives the copy its own files; replace swaps the case\u2019s files for the backup\u2019s', async () => {
    const store = await unlockedStore();
    const a = await caseWithFile(store, 1, 'ORIGINAL-FILE');
    const { text } = await createBackup(store.repo, FILE_PASS, FAST);
    const local = await store.files.put({ caseId: a.id, name: 'local.pdf', data: pdfUrl('LOCAL-FILE') });
    const base = await store.repo.getWithRevision(a.id);
    await store.repo.saveFrom({ ...base, evidence: base.evidence.map((e) => (e.id === 'ex1' ? { ...e, fileRef: local } : e)) }, base);

    const kept = await restoreBackup(store.repo, text, FILE_PASS, { ...FAST, onConflict: 'keep-both' });
    const copy = await store.repo.get(kept.keptBoth[0]!.to);
    expect(refOf(copy, 'ex1')!.id).not.toBe(refOf(a, 'ex1')!.id);
    expect(await bytesOf(store.repo, copy)).toContain('ORIGINAL-FILE');
    expect(await bytesOf(store.repo, await store.repo.get(a.id))).toContain('LOCAL-FILE');

    await restoreBackup(store.repo, text, FILE_PASS, { ...FAST, onConflict: 'replace' });
    const replaced = await store.repo.get(a.id);
    expect(await bytesOf(store.repo, replaced)).toContain('ORIGINAL-FILE');
    expect(await store.files.idsOf(a.id)).toEqual([refOf(replaced, 'ex1')!.id]);
  });

  it('an older backup with a file inside the case (a data: URL) still restores, into the table', async () => {
    const dst = await unlockedStore();
    const c = { ...secretBody(4), id: 'old-1', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', evidence: [entry('ex1', { file: pdfUrl('INLINE-OLD') })] };
    const text = await sealFile(BACKUP_FORMAT, { exportedAt: 'then', cases: [{ case: c }] }, FILE_PASS, FAST);
    expect(JSON.parse(text).version).toBe(1);
    await restoreBackup(dst.repo, text, FILE_PASS, FAST);
    const restored = await dst.repo.get('old-1');
    expect(restored.evidence[0]!.file).toBeUndefined();
    expect(await bytesOf(dst.repo, restored)).toContain('INLINE-OLD');
  });

  it('a hand-off file carries its case\u2019s files too', async () => {
    const src = await unlockedStore();
    const a = await caseWithFile(src, 1, 'HANDOFF-FILE');
    await caseWithFile(src, 2, 'NOT-HANDED-OFF');
    const text = await createHandoff(src.repo, a.id, 'hand-off passphrase 1', FAST);
    expect(JSON.parse(text)).toMatchObject({ format: 'vacatur-assist/handoff', version: 2, files: [{ id: refOf(a, 'ex1')!.id }] });
    const dst = await unlockedStore();
    await importHandoff(dst.repo, text, 'hand-off passphrase 1', FAST);
    expect(await bytesOf(dst.repo, await dst.repo.get(a.id))).toContain('HANDOFF-FILE');
    expect(await dst.vault.db.exhibits.count()).toBe(1);
  });
});
