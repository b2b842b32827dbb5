import { ensureUniqueIds, type Case } from '../model';
import type { AuditEntry } from './audit';
import type { CaseRepository } from './case-repository';
import type { AdapterRow, AuditRow, CaseRow, KeyRow, SettingRow } from './database';
import { StoreError, storeErrorFrom } from './errors';
import { isVaultSetting } from './vault-settings';

/** Everything a backup carries, read through the repository (so decrypted, and only while unlocked). */
export interface StoreExport {
  cases: Array<{ case: Case; audit: AuditEntry[] }>;
  /** Cases that could not be opened, left out of the export and reported. */
  skipped: Array<{ id: string; damaged: string }>;
  adapters: AdapterRow[];
  /** Settings without the vault's own rows (salt, verifier, mode): a backup has its own passphrase. */
  settings: SettingRow[];
}

export async function exportStore(repo: CaseRepository): Promise<StoreExport> {
  const summaries = await repo.list();
  const out: StoreExport = { cases: [], skipped: [], adapters: [], settings: [] };
  for (const s of summaries) {
    if (s.damaged) {
      out.skipped.push({ id: s.id, damaged: s.damaged });
      continue;
    }
    out.cases.push(await exportCase(repo, s.id));
  }
  const { db } = repo.binding;
  out.adapters = await db.adapters.toArray();
  out.settings = (await db.settings.toArray()).filter((r) => !isVaultSetting(r.key));
  return out;
}

/** One case with its audit log (entries that cannot be opened are left out). */
export async function exportCase(repo: CaseRepository, id: string): Promise<{ case: Case; audit: AuditEntry[] }> {
  const c = await repo.get(id);
  const audit = (await repo.auditLog(id)).filter((e): e is AuditEntry => !('damaged' in e));
  return { case: c, audit };
}

export interface ImportItem {
  case: Case;
  audit: AuditEntry[];
  /** An existing case with this id is replaced (its old audit entries and key go with it). */
  replace: boolean;
}

/**
 * Writes imported cases (with fresh keys and their audit logs), adapters and settings in one
 * transaction: all of it, or none of it. Sealing happens first, outside the transaction.
 */
export async function writeImport(
  repo: CaseRepository,
  items: ImportItem[],
  extras: { adapters?: AdapterRow[]; settings?: SettingRow[] } = {},
): Promise<void> {
  const { db, codec } = repo.binding;
  codec.ready();
  const cases: CaseRow[] = [];
  const keys: KeyRow[] = [];
  const audit: AuditRow[] = [];
  try {
    for (const item of items) {
      // The same id rule as every other write (CaseRepository.write): no duplicate entry ids.
      const { revision: _drop, ...body } = ensureUniqueIds(item.case);
      const { payload, newKey } = await codec.seal(body as Case, { freshKey: true });
      cases.push({ id: item.case.id, updatedAt: item.case.updatedAt, payload });
      if (newKey) keys.push(newKey);
      for (const entry of item.audit) audit.push({ caseId: item.case.id, payload: await codec.sealAudit(item.case.id, entry) });
    }
    const settings = (extras.settings ?? []).filter((s) => !isVaultSetting(s.key));
    await db.transaction('rw', [db.cases, db.keys, db.audit, db.adapters, db.settings], async () => {
      for (const item of items) if (item.replace) await db.audit.where('caseId').equals(item.case.id).delete();
      // A replaced case moves on a revision (an open panel merges or conflicts, never overwrites it).
      const stored = await db.cases.bulkGet(cases.map((c) => c.id));
      cases.forEach((c, i) => (c.revision = (stored[i]?.revision ?? 0) + 1));
      await db.keys.bulkPut(keys);
      await db.cases.bulkPut(cases);
      await db.audit.bulkAdd(audit);
      if (extras.adapters?.length) await db.adapters.bulkPut(extras.adapters);
      if (settings.length) await db.settings.bulkPut(settings);
    });
  } catch (e) {
    // Fresh keys were cached for cases that did not land; the stored ones are read again next time.
    for (const item of items) codec.forget(item.case.id);
    if (e instanceof StoreError) throw e;
    throw storeErrorFrom(e, 'import the cases');
  }
}
