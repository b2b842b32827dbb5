import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ExhibitStore, SCHEMA_VERSIONS, VacaturDb } from '@/lib/db';
import { handleStoreRequest } from '@/lib/db/handlers';
import { AdapterStore } from '@/lib/db/adapter-store';
import { idleForTests } from '../../factories/store-client';
import { entry, pdfBytes, pdfUrl, refOf, sha256 } from './exhibit-fixtures';
import { freshStore, PASS, secretBody } from './store-fixtures';

const upTo = (n: number) => SCHEMA_VERSIONS.filter((v) => v.version <= n);

describe('schema 5: exhibit files move out of the case records', () => {
  it('move-exhibit-files-out-of-cases moves each plaintext data: URL into the table and keeps everything else', async () => {
    const name = `migrate-${Math.random()}`;
    const v4 = new VacaturDb(name, upTo(4));
    const bytes = pdfBytes('migrated', 2048);
    const evidence = [
      entry('ex1', { file: pdfUrl('migrated', 2048) }),
      entry('ex2', { file: 'scans/letter.pdf' }),
      entry('ex3', { file: 'data:application/pdf;base64,@@not-base64@@' }),
      entry('ex4'),
    ];
    const body = { id: 'c1', client: { firstName: 'Robin' }, evidence };
    const sealed = { kind: 'sealed', v: 1, iv: new Uint8Array(12), data: new Uint8Array([1, 2, 3]) } as const;
    await v4.cases.bulkPut([
      { id: 'c1', updatedAt: '2026-01-01T00:00:00.000Z', revision: 3, payload: { kind: 'plain', v: 1, case: body as never } },
      { id: 'c2', updatedAt: '2026-01-02T00:00:00.000Z', revision: 1, payload: sealed },
    ]);
    v4.close();

    expect(SCHEMA_VERSIONS.find((v) => v.version === 5)?.migration?.name).toBe('move-exhibit-files-out-of-cases');
    const v5 = new VacaturDb(name, upTo(5));
    const [row] = await v5.exhibits.toArray();
    const moved = (await v5.cases.get('c1'))!;
    const c = (moved.payload as { case: { evidence: Array<Record<string, unknown>> } }).case;
    expect(c.evidence[0]).toEqual({
      ...entry('ex1'),
      fileRef: { id: row!.id, name: 'Exhibit ex1.pdf', type: 'application/pdf', size: 2048, sha256: await sha256(bytes) },
    });
    expect(c.evidence.slice(1)).toEqual(evidence.slice(1));
    expect(moved.revision).toBe(3);
    expect(row).toMatchObject({ caseId: 'c1', size: 2048, addedAt: '2026-01-01T00:00:00.000Z', payload: { kind: 'plain', v: 1 } });
    expect(Buffer.from((row!.payload as { bytes: Uint8Array }).bytes).equals(Buffer.from(bytes))).toBe(true);
    // A sealed case cannot be opened inside the upgrade: it is left for the repository.
    expect((await v5.cases.get('c2'))!.payload).toEqual(sealed);
    expect(await v5.exhibits.count()).toBe(1);
    v5.close();
    await Dexie.delete(name);
  });

  it('a sealed case written before schema 5 gives up its files on first open, and every case once per store on the first list', async () => {
    const store = await freshStore();
    await store.vault.setup(PASS);
    const { repo, vault } = store;
    // Written the old way: the data: URL sealed inside the case (bypassing today's write path).
    const oldStyle = async (n: number) => {
      const created = await repo.create({ ...secretBody(n), evidence: [entry('ex1')] });
      const withFile = { ...created, evidence: [entry('ex1', { file: pdfUrl(`old-${n}`, 1000) })] };
      const { payload } = await vault.codec.seal(withFile);
      await vault.db.cases.put({ ...(await vault.db.cases.get(created.id))!, payload });
      return created.id;
    };
    const first = await oldStyle(1);
    const second = await oldStyle(2);

    const opened = await repo.getWithRevision(first);
    expect(opened.revision).toBe(2);
    expect(refOf(opened, 'ex1')).toMatchObject({ name: 'Exhibit ex1.pdf', size: 1000 });
    expect(opened.evidence[0]!.file).toBeUndefined();

    const ctx = { repo, vault, adapters: new AdapterStore(repo.binding), idle: idleForTests(), version: 'test' };
    const list = await handleStoreRequest({ type: 'cases/list' }, ctx);
    expect(list.ok).toBe(true);
    const other = await repo.get(second);
    expect(refOf(other, 'ex1')).toMatchObject({ size: 1000 });
    const files = new ExhibitStore(repo.binding, repo.clock);
    expect(new TextDecoder().decode((await files.get(second, refOf(other, 'ex1')!.id)).bytes)).toContain('old-2');
    expect((await vault.db.settings.get('exhibits.inlineMoved'))?.value).toBe(true);
  });
});
