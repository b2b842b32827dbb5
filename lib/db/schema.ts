import type Dexie from 'dexie';
import type { Transaction } from 'dexie';

/**
 * One step in the database's history. Read the list below like a changelog: each entry names
 * the tables of that version and, where stored data must change shape, a named migration.
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  migration?: { name: string; upgrade(tx: Transaction): Promise<void> | void };
}

/**
 * Version 2 gives every stored payload a format version (`v: 1`), so a later change to what a
 * payload holds can tell old rows from new. Version-1 rows were all plaintext.
 */
export const stampPayloadFormatV1: NonNullable<SchemaVersion['migration']> = {
  name: 'stamp-payload-format-v1',
  async upgrade(tx) {
    await tx
      .table('cases')
      .toCollection()
      .modify((row: { payload: { kind: string; v?: number } }) => {
        if (row.payload && row.payload.v === undefined) row.payload.v = 1;
      });
  },
};

/**
 * Version 3 keeps a revision beside each case (issue 12: a save based on an old revision is merged
 * instead of overwriting). Every existing row starts at revision 1.
 */
export const numberCaseRevisions: NonNullable<SchemaVersion['migration']> = {
  name: 'number-case-revisions',
  async upgrade(tx) {
    await tx
      .table('cases')
      .toCollection()
      .modify((row: { revision?: number }) => {
        if (typeof row.revision !== 'number') row.revision = 1;
      });
  },
};

/** The schema history of the Vacatur Assist database. Append; never edit a released entry. */
export const SCHEMA_VERSIONS: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // A case row keeps only what indexes need in the clear (id, change time); the case
      // itself lives in `payload`, which becomes ciphertext once a passphrase is set.
      cases: 'id, updatedAt',
      // User-taught portal adapters (same schema as the built-in ones).
      adapters: 'id',
      // Small key/value settings (lock timeout, encryption salt and check value).
      settings: 'key',
    },
  },
  {
    version: 2,
    stores: {
      // Each case's own data key, wrapped by the passphrase key (crypto-erase: delete the row
      // and the case's ciphertext can no longer be opened).
      keys: 'caseId',
      // Audit log, one row an entry; the entry is sealed under its case's data key.
      audit: '++id, caseId',
    },
    migration: stampPayloadFormatV1,
  },
  {
    version: 3,
    stores: {},
    migration: numberCaseRevisions,
  },
  {
    version: 4,
    stores: {
      // Deleted cases wait in the trash for 30 days (`deletedAt` set, payload still sealed);
      // the index finds them for the trash view and the daily purge. No data changes: rows
      // without the field are not in the index.
      cases: 'id, updatedAt, deletedAt',
    },
  },
];

/** Applies a schema history to a Dexie instance; used by the app and by migration tests. */
export function applySchema(db: Dexie, versions: SchemaVersion[]): void {
  for (const v of versions) {
    const declared = db.version(v.version).stores(v.stores);
    if (v.migration) declared.upgrade((tx) => v.migration!.upgrade(tx));
  }
}
