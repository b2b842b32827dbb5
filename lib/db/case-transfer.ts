import { ensureUniqueIds, type Case, type ExhibitRef } from '../model';
import type { AuditEntry } from './audit';
import type { CaseRepository } from './case-repository';
import type { AdapterRow, AuditRow, CaseRow, ExhibitRow, KeyRow, SettingRow } from './database';
import { StoreError, storeErrorFrom } from './errors';
import { adoptFiles, sealPending } from './exhibit-files';
import { isVaultSetting } from './vault-settings';

/** One exhibit file as a backup carries it: the case's reference and the bytes, opened. */
export interface ExportedFile {
  ref: ExhibitRef;
  bytes: Uint8Array;
}

/** One case as a backup or hand-off carries it. `files`: its exhibit files (when asked for). */
export interface ExportedCase {
  case: Case;
  audit: AuditEntry[];
  files: ExportedFile[];
}

/** Everything a backup carries, read through the repository (so decrypted, and only while unlocked). */
export interface StoreExport {
  /** Live cases only: a case in the trash is not backed up (the user deleted it). */
  cases: ExportedCase[];
  /** Cases that could not be opened, left out of the export and reported. */
  skipped: Array<{ id: string; damaged: string }>;
  adapters: AdapterRow[];
  /** Settings without the vault's own rows (salt, verifier, mode): a backup has its own passphrase. */
  settings: SettingRow[];
}

export async function exportStore(repo: CaseRepository, opts: { files?: boolean } = {}): Promise<StoreExport> {
  // list() leaves out the trash.
  const summaries = await repo.list();
  const out: StoreExport = { cases: [], skipped: [], adapters: [], settings: [] };
  for (const s of summaries) {
    if (s.damaged) {
      out.skipped.push({ id: s.id, damaged: s.damaged });
      continue;
    }
    out.cases.push(await exportCase(repo, s.id, opts));
  }
  const { db } = repo.binding;
  out.adapters = await db.adapters.toArray();
  out.settings = (await db.settings.toArray()).filter((r) => !isVaultSetting(r.key));
  return out;
}

/**
 * One case with its audit log (entries that cannot be opened are left out) and, with `files`,
 * its exhibit files. A file that cannot be read (missing, damaged) loses its reference in the
 * exported copy, so the export never promises a file it does not hold.
 */
export async function exportCase(repo: CaseRepository, id: string, opts: { files?: boolean } = {}): Promise<ExportedCase> {
  let c = await repo.get(id);
  const audit = (await repo.auditLog(id)).filter((e): e is AuditEntry => !('damaged' in e));
  const files: ExportedFile[] = [];
  if (opts.files) {
    const { db, codec } = repo.binding;
    const evidence = [];
    for (const e of c.evidence) {
      const row = e.fileRef ? await db.exhibits.get(e.fileRef.id) : undefined;
      const opened = row && row.caseId === id ? await codec.openExhibit(row).catch(() => undefined) : undefined;
      if (e.fileRef && !opened) {
        const { fileRef: _unreadable, ...rest } = e;
        evidence.push(rest as typeof e);
        continue;
      }
      if (e.fileRef && opened) files.push({ ref: e.fileRef, bytes: opened.bytes });
      evidence.push(e);
    }
    c = { ...c, evidence };
  }
  return { case: c, audit, files };
}

export interface ImportItem {
  case: Case;
  audit: AuditEntry[];
  /** An existing case with this id is replaced (its old audit entries, files and key go with it). */
  replace: boolean;
  /** Exhibit file bytes by the id in the case's `fileRef` (a backup's file parts). */
  files?: ReadonlyMap<string, Uint8Array>;
}

/** What an import wrote: each case's id and new revision (for the panels' change notices). */
export interface ImportWritten {
  revisions: Array<{ id: string; revision: number }>;
}

/**
 * Writes imported cases (with fresh keys and their audit logs), adapters and settings in one
 * transaction: all of it, or none of it. Sealing happens first, outside the transaction.
 */
export async function writeImport(
  repo: CaseRepository,
  items: ImportItem[],
  extras: { adapters?: AdapterRow[]; settings?: SettingRow[] } = {},
): Promise<ImportWritten> {
  const { db, codec } = repo.binding;
  codec.ready();
  const cases: CaseRow[] = [];
  const keys: KeyRow[] = [];
  const audit: AuditRow[] = [];
  const exhibits: ExhibitRow[] = [];
  const now = repo.clock.now();
  try {
    for (const item of items) {
      // The same id rule as every other write (CaseRepository.write): no duplicate entry ids.
      const { revision: _drop, ...unique } = ensureUniqueIds(item.case);
      // Files get rows (with fresh ids) under the case's new key; data: URLs move out of the case.
      const { case: body, pending } = await adoptFiles(unique as Case, item.files, () => repo.clock.newId());
      const { payload, newKey } = await codec.seal(body, { freshKey: true });
      cases.push({ id: item.case.id, updatedAt: item.case.updatedAt, payload });
      if (newKey) keys.push(newKey);
      exhibits.push(...(await sealPending(codec, item.case.id, pending, now)));
      for (const entry of item.audit) audit.push({ caseId: item.case.id, payload: await codec.sealAudit(item.case.id, entry) });
    }
    const settings = (extras.settings ?? []).filter((s) => !isVaultSetting(s.key));
    await db.transaction('rw', [db.cases, db.keys, db.audit, db.adapters, db.settings, db.exhibits], async () => {
      for (const item of items) {
        if (!item.replace) continue;
        await db.audit.where('caseId').equals(item.case.id).delete();
        // Sealed under the replaced case's old key, which is overwritten below.
        await db.exhibits.where('caseId').equals(item.case.id).delete();
      }
      // A replaced case moves on a revision (an open panel merges or conflicts, never overwrites it).
      const stored = await db.cases.bulkGet(cases.map((c) => c.id));
      cases.forEach((c, i) => (c.revision = (stored[i]?.revision ?? 0) + 1));
      await db.keys.bulkPut(keys);
      await db.cases.bulkPut(cases);
      await db.audit.bulkAdd(audit);
      if (exhibits.length) await db.exhibits.bulkPut(exhibits);
      if (extras.adapters?.length) await db.adapters.bulkPut(extras.adapters);
      if (settings.length) await db.settings.bulkPut(settings);
    });
  } catch (e) {
    // Fresh keys were cached for cases that did not land; the stored ones are read again next time.
    for (const item of items) codec.forget(item.case.id);
    if (e instanceof StoreError) throw e;
    throw storeErrorFrom(e, 'import the cases');
  }
  return { revisions: cases.map((c) => ({ id: c.id, revision: c.revision! })) };
}
