import Dexie, { type EntityTable } from 'dexie';
import type { Case } from '../model';
import { applySchema, SCHEMA_VERSIONS, type SchemaVersion } from './schema';

/** How a case is stored. `plain` until a passphrase is set; `sealed` is AES-GCM ciphertext. */
export type CasePayload =
  | { kind: 'plain'; case: Case }
  | { kind: 'sealed'; iv: Uint8Array; data: Uint8Array };

export interface CaseRow {
  id: string;
  updatedAt: string;
  payload: CasePayload;
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

  constructor(name = DEFAULT_DB_NAME, versions: SchemaVersion[] = SCHEMA_VERSIONS) {
    super(name);
    applySchema(this, versions);
  }
}
