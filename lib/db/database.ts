import Dexie, { type EntityTable } from 'dexie';
import type { Bytes } from '../crypto/bytes';
import type { Case } from '../model';
import { applySchema, SCHEMA_VERSIONS, type SchemaVersion } from './schema';

/**
 * A sealed record: AES-GCM ciphertext and its IV. `v` is the format of the sealed JSON, so a
 * later migration knows what it reads; a version this build does not know is a damaged row.
 */
export interface SealedPayload {
  kind: 'sealed';
  v: 1;
  iv: Bytes;
  data: Bytes;
}

/** How a case is stored. `plain` until a passphrase is set (`v` absent on rows written before schema 2). */
export type CasePayload = { kind: 'plain'; v?: 1; case: Case } | SealedPayload;

export interface CaseRow {
  id: string;
  updatedAt: string;
  /**
   * Counts writes: 1 when created, one more on every save, delete to the trash and restore. In
   * the clear, so a stale save is caught without opening the payload (schema version 3).
   */
  revision?: number;
  /** Set while the case is in the trash (schema version 4); purged 30 days later. The payload stays sealed under its key. */
  deletedAt?: string;
  payload: CasePayload;
}

/** A case's data key, wrapped (AES-GCM-sealed) by the passphrase key. Deleting it crypto-erases the case. */
export interface KeyRow {
  caseId: string;
  v: 1;
  iv: Bytes;
  data: Bytes;
}

/** One audit entry; only the row id (its order) and the case id are in the clear. */
export type AuditPayload = { kind: 'plain'; v: 1; entry: unknown } | SealedPayload;

export interface AuditRow {
  id?: number;
  caseId: string;
  payload: AuditPayload;
}

/**
 * What an exhibit file row keeps beside the bytes. In a plain store it is in the clear; in an
 * encrypted one it is sealed with the bytes (a file name can name the client).
 */
export interface ExhibitMeta {
  name: string;
  type: string;
  sha256: string;
}

/**
 * An exhibit's file: `plain` until a passphrase is set; then sealed under its case's data key
 * (the sealed plaintext frames the meta JSON before the bytes, see lib/db/exhibit-files.ts).
 */
export type ExhibitPayload = { kind: 'plain'; v: 1; meta: ExhibitMeta; bytes: Uint8Array } | SealedPayload;

/**
 * One exhibit file (schema version 5). In the clear: the row id, its case, its size and when it
 * was added (the case's references are how the app finds it; a row nothing refers to for a day
 * is swept at the next save of its case).
 */
export interface ExhibitRow {
  id: string;
  caseId: string;
  size: number;
  addedAt: string;
  payload: ExhibitPayload;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

export interface AdapterRow {
  id: string;
  adapter: unknown;
}

export const DEFAULT_DB_NAME = 'vacatur-assist';

export class VacaturDb extends Dexie {
  cases!: EntityTable<CaseRow, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  adapters!: EntityTable<AdapterRow, 'id'>;
  keys!: EntityTable<KeyRow, 'caseId'>;
  audit!: EntityTable<AuditRow, 'id'>;
  exhibits!: EntityTable<ExhibitRow, 'id'>;

  constructor(name = DEFAULT_DB_NAME, versions: SchemaVersion[] = SCHEMA_VERSIONS) {
    super(name);
    applySchema(this, versions);
  }
}
