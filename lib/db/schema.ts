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
];

/** Applies a schema history to a Dexie instance; used by the app and by migration tests. */
export function applySchema(db: Dexie, versions: SchemaVersion[]): void {
  for (const v of versions) {
    const declared = db.version(v.version).stores(v.stores);
    if (v.migration) declared.upgrade((tx) => v.migration!.upgrade(tx));
  }
}
