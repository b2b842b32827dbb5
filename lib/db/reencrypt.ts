import { rewrapCaseKey, type Bytes } from '../crypto';
import type { Case } from '../model';
import type { AuditEntry } from './audit';
import type { AuditRow, CaseRow, ExhibitRow, KeyRow, SettingRow } from './database';
import type { SealedCodec } from './sealed-codec';
import type { StoreSnapshot } from './store-snapshot';
import { encryptedVaultRows, isVaultSetting } from './vault-settings';
import type { KdfParams } from '../crypto/kdf';

/**
 * The snapshot of a plaintext store, encrypted: every case gets a new data key, every audit
 * entry is sealed under its case's key, settings get the vault rows. Rows already sealed (none
 * in a healthy plaintext store) are carried over as they are.
 */
export async function encryptSnapshot(
  plain: StoreSnapshot,
  codec: SealedCodec,
  vault: { kdf: KdfParams; verifier: { iv: Bytes; data: Bytes } },
): Promise<StoreSnapshot> {
  const cases: CaseRow[] = [];
  const keys: KeyRow[] = [];
  const sealedIds = new Set<string>();
  for (const row of plain.cases) {
    const p = row.payload as { kind?: string; case?: unknown };
    if (p?.kind !== 'plain' || typeof p.case !== 'object' || p.case === null) {
      cases.push(row);
      continue;
    }
    const { payload, newKey } = await codec.seal({ ...(p.case as Case), id: row.id }, { freshKey: true });
    cases.push({ ...row, payload });
    if (newKey) keys.push(newKey);
    sealedIds.add(row.id);
  }
  const audit: AuditRow[] = [];
  for (const row of plain.audit) {
    // Entries of a case that no longer exists are dropped: nothing could open them later.
    if (!sealedIds.has(row.caseId) || row.payload.kind !== 'plain') continue;
    audit.push({ ...row, payload: await codec.sealAudit(row.caseId, row.payload.entry as AuditEntry) });
  }
  // Exhibit files are sealed under their case's new key, like the case. A plaintext file of a
  // case that no longer exists is dropped (nothing refers to it, and it must not stay readable).
  const carriedKeys = new Set(plain.keys.map((k) => k.caseId));
  const exhibits: ExhibitRow[] = [];
  for (const row of plain.exhibits ?? []) {
    const p = row.payload;
    if (p.kind === 'plain' && sealedIds.has(row.caseId)) {
      exhibits.push({ ...row, payload: await codec.sealExhibit(row.caseId, row.id, p.meta, p.bytes) });
    } else if (p.kind === 'sealed' && carriedKeys.has(row.caseId) && !sealedIds.has(row.caseId)) {
      exhibits.push(row);
    }
  }
  return {
    cases,
    keys: [...plain.keys.filter((k) => !sealedIds.has(k.caseId)), ...keys],
    audit,
    exhibits,
    adapters: plain.adapters,
    settings: [...keepSettings(plain.settings), ...encryptedVaultRows(vault.kdf, vault.verifier)],
  };
}

/**
 * The snapshot with every case key re-wrapped under a new passphrase key. Case and audit
 * ciphertext is carried over byte for byte: the data keys do not change. A key row that does
 * not open under the old passphrase (already damaged) is carried over as it is.
 */
export async function rewrapSnapshot(
  s: StoreSnapshot,
  from: CryptoKey,
  to: CryptoKey,
  vault: { kdf: KdfParams; verifier: { iv: Bytes; data: Bytes } },
): Promise<StoreSnapshot> {
  const keys = await Promise.all(
    s.keys.map(async (k) => {
      try {
        return { ...k, ...(await rewrapCaseKey(from, to, k.caseId, k)) };
      } catch {
        return k;
      }
    }),
  );
  return { ...s, keys, settings: [...keepSettings(s.settings), ...encryptedVaultRows(vault.kdf, vault.verifier)] };
}

const keepSettings = (rows: SettingRow[]) => rows.filter((r) => !isVaultSetting(r.key));
