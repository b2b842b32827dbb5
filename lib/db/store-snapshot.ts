import type { AdapterRow, AuditRow, CaseRow, ExhibitRow, KeyRow, SettingRow, VacaturDb } from './database';

/** Every row of a store, as stored (ciphertext stays ciphertext). */
export interface StoreSnapshot {
  cases: CaseRow[];
  keys: KeyRow[];
  audit: AuditRow[];
  adapters: AdapterRow[];
  settings: SettingRow[];
  /** Exhibit files (schema 5); optional so a snapshot made by hand without files still writes. */
  exhibits?: ExhibitRow[];
}

/** Reads every table in one read transaction, so the snapshot is consistent. */
export function readSnapshot(db: VacaturDb): Promise<StoreSnapshot> {
  return db.transaction('r', [db.cases, db.keys, db.audit, db.adapters, db.settings, db.exhibits], async () => ({
    cases: await db.cases.toArray(),
    keys: await db.keys.toArray(),
    audit: await db.audit.toArray(),
    adapters: await db.adapters.toArray(),
    settings: await db.settings.toArray(),
    exhibits: await db.exhibits.toArray(),
  }));
}

/** Writes a whole snapshot in one read-write transaction: all of it lands, or none of it. */
export function writeSnapshot(db: VacaturDb, s: StoreSnapshot): Promise<void> {
  return db.transaction('rw', [db.cases, db.keys, db.audit, db.adapters, db.settings, db.exhibits], async () => {
    await db.cases.bulkPut(s.cases);
    await db.keys.bulkPut(s.keys);
    await db.audit.bulkPut(s.audit);
    await db.adapters.bulkPut(s.adapters);
    await db.settings.bulkPut(s.settings);
    if (s.exhibits?.length) await db.exhibits.bulkPut(s.exhibits);
  });
}
