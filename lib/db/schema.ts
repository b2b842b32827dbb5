import Dexie, { type Transaction } from 'dexie';
import { dataUrlType, decodeDataUrl } from '../data-url';
import { fileNameFor, sha256Hex, sniffType } from './exhibit-files';

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

/**
 * Version 5 moves exhibit files out of the case records (issue 12: a case holding two large PDFs
 * as data: URLs passed the 64 MiB message limit on every autosave and could never be saved
 * again). Each plaintext case's data: URL `file` becomes a row of the new `exhibits` table and
 * the entry keeps a `fileRef`. Sealed cases cannot be opened inside an upgrade (no key, and no
 * WebCrypto while a transaction must stay alive); the repository moves theirs the first time the
 * store is open and unlocked (CaseRepository.moveInlineFiles) and whenever one is read or written.
 */
export const moveExhibitFilesOutOfCases: NonNullable<SchemaVersion['migration']> = {
  name: 'move-exhibit-files-out-of-cases',
  async upgrade(tx) {
    const cases = tx.table('cases');
    const exhibits = tx.table('exhibits');
    type Entry = { id?: string; title?: string; file?: unknown; [k: string]: unknown };
    type Row = { id: string; updatedAt: string; payload?: { kind?: string; case?: { evidence?: Entry[] } } };
    for (const row of (await cases.toArray()) as Row[]) {
      const c = row.payload?.kind === 'plain' ? row.payload.case : undefined;
      if (!c || !Array.isArray(c.evidence) || !c.evidence.some((e) => typeof e?.file === 'string' && e.file.startsWith('data:'))) continue;
      const evidence: Entry[] = [];
      for (const e of c.evidence) {
        const bytes = typeof e?.file === 'string' && e.file.startsWith('data:') ? decodeDataUrl(e.file) : undefined;
        if (!bytes) {
          evidence.push(e);
          continue;
        }
        const type = sniffType(bytes) ?? dataUrlType(e.file as string);
        // Dexie.waitFor keeps the upgrade transaction alive across the (non-IndexedDB) digest.
        const sha256 = await Dexie.waitFor(sha256Hex(bytes));
        const id = globalThis.crypto.randomUUID();
        const name = fileNameFor(e, type);
        const ref = { id, name, type, size: bytes.length, sha256 };
        await exhibits.add({ id, caseId: row.id, size: bytes.length, addedAt: row.updatedAt, payload: { kind: 'plain', v: 1, meta: { name, type, sha256 }, bytes } });
        const { file: _moved, ...rest } = e;
        evidence.push({ ...rest, fileRef: ref });
      }
      await cases.put({ ...row, payload: { ...row.payload, case: { ...c, evidence } } });
    }
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
  {
    version: 5,
    stores: {
      // Exhibit files, one row a file (sealed under the case's key once encrypted). The case's
      // evidence entries hold references; [caseId+addedAt] finds a case's never-referenced
      // files to sweep without loading any of them.
      exhibits: 'id, caseId, [caseId+addedAt]',
    },
    migration: moveExhibitFilesOutOfCases,
  },
];

/** Applies a schema history to a Dexie instance; used by the app and by migration tests. */
export function applySchema(db: Dexie, versions: SchemaVersion[]): void {
  for (const v of versions) {
    const declared = db.version(v.version).stores(v.stores);
    if (v.migration) declared.upgrade((tx) => v.migration!.upgrade(tx));
  }
}
