import { describe, expect, it } from 'vitest';
import { encodeDataUrl } from '@/lib/data-url';
import { ExhibitStore, MAX_EXHIBIT_FILE_BYTES, readSnapshot, StoreError, type CaseRepository } from '@/lib/db';
import type { Case } from '@/lib/model';
import { sampleBody } from '../../factories/case-factory';
import { entry, pdfBytes, pdfUrl, PNG, refOf, sha256 } from './exhibit-fixtures';
import { freshStore, PASS, rawText, secretBody } from './store-fixtures';

/** A repository clock the test moves by hand (ids e1, e2 …). */
function movableClock(start = Date.UTC(2026, 11, 2, 9)) {
  let t = start;
  let n = 0;
  return { now: () => new Date(t).toISOString(), newId: () => `id${++n}`, hours: (h: number) => void (t += h * 3_600_000) };
}

async function plainStore(options: Parameters<typeof freshStore>[0] = {}) {
  const store = await freshStore(options);
  await store.vault.continueWithoutPassphrase();
  return { ...store, exhibits: new ExhibitStore(store.repo.binding, store.repo.clock) };
}

async function encryptedStore(options: Parameters<typeof freshStore>[0] = {}) {
  const store = await freshStore(options);
  await store.vault.setup(PASS);
  return { ...store, exhibits: new ExhibitStore(store.repo.binding, store.repo.clock) };
}

/** A case with one evidence entry `ex1` (no file yet). */
async function caseWithEntry(repo: CaseRepository): Promise<Case> {
  return repo.getWithRevision((await repo.create({ ...secretBody(1), evidence: [entry('ex1')] })).id);
}

/** Puts the ref on entry `id` and saves as the panel does (draft + base). */
async function attach(repo: CaseRepository, c: Case, id: string, ref: NonNullable<Case['evidence'][number]['fileRef']>): Promise<Case> {
  const draft = { ...c, evidence: c.evidence.map((e) => (e.id === id ? { ...e, fileRef: ref } : e)) };
  const out = await repo.saveFrom(draft, c);
  if (out.status !== 'saved') throw new Error('conflict');
  return repo.getWithRevision(c.id);
}

async function reasonOf(p: Promise<unknown>): Promise<string | undefined> {
  const e = await p.then(() => undefined, (x: unknown) => x);
  expect(e).toBeInstanceOf(StoreError);
  return (e as StoreError).reason;
}

describe('the exhibit files table (schema 5)', () => {
  it('stores one file for a live case and gives back the same bytes with its reference (plain store)', async () => {
    const { repo, exhibits, vault } = await plainStore();
    const c = await caseWithEntry(repo);
    const bytes = pdfBytes('plain-marker', 5000);
    const ref = await exhibits.put({ caseId: c.id, name: 'T-visa notice.pdf', type: 'application/pdf', data: encodeDataUrl(bytes, 'application/pdf') });
    expect(ref).toEqual({ id: expect.any(String), name: 'T-visa notice.pdf', type: 'application/pdf', size: 5000, sha256: await sha256(bytes) });
    const got = await exhibits.get(c.id, ref.id);
    expect(got.ref).toEqual(ref);
    expect(Buffer.from(got.bytes).equals(Buffer.from(bytes))).toBe(true);
    const row = await vault.db.exhibits.get(ref.id);
    expect(row).toMatchObject({ id: ref.id, caseId: c.id, size: 5000, payload: { kind: 'plain', v: 1, meta: { name: 'T-visa notice.pdf', type: 'application/pdf', sha256: ref.sha256 } } });
    // Another case cannot read it by naming its id.
    const other = await repo.create(sampleBody());
    expect(await reasonOf(exhibits.get(other.id, ref.id))).toBe('not-found');
  });

  it('encrypted: the row is sealed under the case key (neither the name nor the bytes in the clear) and opens only while unlocked', async () => {
    const { repo, exhibits, vault } = await encryptedStore();
    const c = await caseWithEntry(repo);
    const ref = await exhibits.put({ caseId: c.id, name: 'Quintaval1 notice.pdf', type: 'application/pdf', data: pdfUrl('SEALED-EXHIBIT-MARKER', 4000) });
    const raw = rawText(await readSnapshot(vault.db));
    expect(raw).not.toContain('SEALED-EXHIBIT-MARKER');
    expect(raw).not.toContain('Quintaval1 notice');
    expect((await vault.db.exhibits.get(ref.id))?.payload.kind).toBe('sealed');

    await vault.lock();
    expect(await reasonOf(exhibits.get(c.id, ref.id))).toBe('locked');
    expect(await reasonOf(exhibits.put({ caseId: c.id, name: 'x.pdf', data: pdfUrl('x') }))).toBe('locked');
    await vault.unlock(PASS);
    expect(new TextDecoder().decode((await exhibits.get(c.id, ref.id)).bytes)).toContain('SEALED-EXHIBIT-MARKER');

    // The ciphertext is bound to its row: copied onto another id it does not open.
    const row = (await vault.db.exhibits.get(ref.id))!;
    await vault.db.exhibits.put({ ...row, id: 'moved' });
    expect(await reasonOf(exhibits.get(c.id, 'moved'))).toBe('damaged');
  });

  it('refuses a file over 25 MB, one that is not a PDF, JPEG or PNG, and a case that is gone or in the trash', async () => {
    const { repo, exhibits } = await plainStore();
    const c = await caseWithEntry(repo);
    const huge = `data:application/pdf;base64,${'A'.repeat(Math.ceil(MAX_EXHIBIT_FILE_BYTES / 3) * 4 + 8)}`;
    await expect(exhibits.put({ caseId: c.id, name: 'scan.pdf', data: huge })).rejects.toThrow('scan.pdf is larger than 25 MB; split or compress it first.');
    await expect(exhibits.put({ caseId: c.id, name: 'notes.txt', data: encodeDataUrl(new TextEncoder().encode('hello'), 'application/pdf') })).rejects.toThrow(
      'notes.txt is not a PDF, JPEG or PNG file.',
    );
    // The contents decide the type: a PNG named .jpg is a PNG.
    expect((await exhibits.put({ caseId: c.id, name: 'scan.jpg', type: 'image/jpeg', data: encodeDataUrl(PNG, 'image/jpeg') })).type).toBe('image/png');
    expect(await reasonOf(exhibits.put({ caseId: 'no-such-case', name: 'a.pdf', data: pdfUrl('a') }))).toBe('not-found');
    await repo.remove(c.id);
    expect(await reasonOf(exhibits.put({ caseId: c.id, name: 'a.pdf', data: pdfUrl('a') }))).toBe('not-found');
  });

  it('the case record holds the reference, never the bytes; replacing the file or removing the entry deletes the old row', async () => {
    const { repo, exhibits, vault } = await plainStore();
    const c = await caseWithEntry(repo);
    const first = await exhibits.put({ caseId: c.id, name: 'first.pdf', data: pdfUrl('first', 200_000) });
    const saved = await attach(repo, c, 'ex1', first);
    expect(refOf(saved, 'ex1')).toEqual(first);
    expect(saved.evidence[0]!.file).toBeUndefined();
    // The stored case is small: the 200 KB file is not in it.
    expect(JSON.stringify((await vault.db.cases.get(c.id))!.payload).length).toBeLessThan(20_000);

    const second = await exhibits.put({ caseId: c.id, name: 'second.pdf', data: pdfUrl('second') });
    const replaced = await attach(repo, saved, 'ex1', second);
    expect(await exhibits.idsOf(c.id)).toEqual([second.id]);

    const out = await repo.saveFrom({ ...replaced, evidence: [] }, replaced);
    expect(out.status).toBe('saved');
    expect(await exhibits.idsOf(c.id)).toEqual([]);
  });

  it('a case arriving with a data: URL (a create, an old panel\u2019s save) has it moved into the table', async () => {
    const { repo, exhibits } = await encryptedStore();
    const bytes = pdfBytes('inline', 3000);
    const created = await repo.create({ ...sampleBody(), evidence: [entry('ex1', { file: encodeDataUrl(bytes, 'application/pdf') }), entry('ex2', { file: 'scans/letter.pdf' })] });
    const [moved, path] = created.evidence;
    expect(moved!.file).toBeUndefined();
    expect(moved!.fileRef).toEqual({ id: expect.any(String), name: 'Exhibit ex1.pdf', type: 'application/pdf', size: 3000, sha256: await sha256(bytes) });
    // A path (a CLI case file) stays: the CLI reads it; the extension shows it as not attached.
    expect(path).toMatchObject({ file: 'scans/letter.pdf' });
    expect(path!.fileRef).toBeUndefined();
    expect(await repo.get(created.id)).toEqual(created);
    expect(Buffer.from((await exhibits.get(created.id, moved!.fileRef!.id)).bytes).equals(Buffer.from(bytes))).toBe(true);

    const base = await repo.getWithRevision(created.id);
    const out = await repo.saveFrom({ ...base, evidence: [...base.evidence, entry('ex3', { file: encodeDataUrl(PNG, 'image/png') })] }, base);
    expect(out).toMatchObject({ status: 'saved', merged: expect.anything() });
    const stored = await repo.get(created.id);
    expect(refOf(stored, 'ex3')).toMatchObject({ type: 'image/png', size: PNG.length });
    expect(JSON.stringify(stored)).not.toContain('data:');
  });

  it('a file attached but never referred to is swept at its case\u2019s next save once a day has passed, not before', async () => {
    const clock = movableClock();
    const { repo, exhibits } = await plainStore({ repoClock: clock });
    const c = await caseWithEntry(repo);
    const orphan = await exhibits.put({ caseId: c.id, name: 'never-saved.pdf', data: pdfUrl('orphan') });
    clock.hours(2);
    let base = await repo.getWithRevision(c.id);
    await repo.saveFrom({ ...base, notes: 'two hours later' }, base);
    expect(await exhibits.idsOf(c.id)).toEqual([orphan.id]); // a panel may still be about to save its reference
    clock.hours(23);
    base = await repo.getWithRevision(c.id);
    await repo.saveFrom({ ...base, notes: 'a day later' }, base);
    expect(await exhibits.idsOf(c.id)).toEqual([]);
  });

  it('the trash keeps a case\u2019s files for its restore; discarding or purging deletes them with the key', async () => {
    const clock = movableClock();
    const { repo, exhibits, vault } = await encryptedStore({ repoClock: clock });
    const a = await caseWithEntry(repo);
    const b = await caseWithEntry(repo);
    const ra = await exhibits.put({ caseId: a.id, name: 'a.pdf', data: pdfUrl('a') });
    const rb = await exhibits.put({ caseId: b.id, name: 'b.pdf', data: pdfUrl('b') });
    await attach(repo, a, 'ex1', ra);
    await attach(repo, b, 'ex1', rb);
    await repo.remove(a.id);
    expect(await exhibits.idsOf(a.id)).toEqual([ra.id]);
    await repo.restore(a.id);
    expect((await exhibits.get(a.id, ra.id)).ref).toEqual(ra);
    await repo.remove(a.id);
    clock.hours(30 * 24);
    expect(await repo.purgeTrash()).toEqual([a.id]);
    expect(await vault.db.exhibits.get(ra.id)).toBeUndefined();
    expect(await vault.db.keys.get(a.id)).toBeUndefined();
    await repo.discard(b.id);
    expect(await vault.db.exhibits.count()).toBe(0);
  });

  it('setting a passphrase seals a plaintext store\u2019s files; changing it keeps them readable', async () => {
    const { repo, exhibits, vault } = await plainStore();
    const c = await caseWithEntry(repo);
    const ref = await exhibits.put({ caseId: c.id, name: 'plain-then-sealed.pdf', data: pdfUrl('PLAIN-THEN-SEALED') });
    await attach(repo, c, 'ex1', ref);
    const orphanOfGoneCase = { ...(await vault.db.exhibits.get(ref.id))!, id: 'orphan', caseId: 'gone' };
    await vault.db.exhibits.put(orphanOfGoneCase);
    expect(rawText(await readSnapshot(vault.db))).toContain('PLAIN-THEN-SEALED');

    await vault.setup(PASS);
    const raw = rawText(await readSnapshot(vault.db));
    expect(raw).not.toContain('PLAIN-THEN-SEALED');
    expect(raw).not.toContain('plain-then-sealed.pdf');
    expect(await vault.db.exhibits.get('orphan')).toBeUndefined();
    expect(new TextDecoder().decode((await exhibits.get(c.id, ref.id)).bytes)).toContain('PLAIN-THEN-SEALED');

    await vault.changePassphrase(PASS, 'another long passphrase 9');
    expect((await exhibits.get(c.id, ref.id)).ref).toEqual(ref);
  });
});
