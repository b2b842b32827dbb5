import { z } from 'zod';
import type { Bytes } from '../crypto/bytes';
import type { KdfParams } from '../crypto/kdf';
import type { SettingRow, VacaturDb } from './database';
import { noFailures, type FailedUnlocks } from './unlock-throttle';

/**
 * The vault's rows in the `settings` table. None is secret (a salt, an iteration count, a
 * sealed constant, a failure count), but none belongs in a backup either: a backup has its
 * own passphrase and KDF, and restoring another store's verifier would lock this one.
 */
export const VAULT_SETTING = {
  mode: 'vault.mode',
  kdf: 'vault.kdf',
  verifier: 'vault.verifier',
  failures: 'vault.failures',
} as const;

export const isVaultSetting = (key: string) => key.startsWith('vault.');

export type StoreMode = 'plain' | 'encrypted';

export interface VaultRecord {
  mode?: StoreMode;
  kdf?: KdfParams;
  verifier?: { iv: Bytes; data: Bytes };
  failures: FailedUnlocks;
}

const bytesLike = z.custom<Bytes>((v) => v instanceof Uint8Array);
const Kdf = z.object({ alg: z.literal('PBKDF2-SHA-256'), iterations: z.number().int(), salt: bytesLike });
const Verifier = z.object({ iv: bytesLike, data: bytesLike });
const Failures = z.object({ count: z.number().int().min(0), lastAt: z.number() });

export async function readVaultRecord(db: VacaturDb): Promise<VaultRecord> {
  const rows = await db.settings.bulkGet(Object.values(VAULT_SETTING));
  const [mode, kdf, verifier, failures] = rows.map((r) => r?.value);
  return {
    mode: mode === 'plain' || mode === 'encrypted' ? mode : undefined,
    kdf: Kdf.safeParse(kdf).data,
    verifier: Verifier.safeParse(verifier).data,
    failures: Failures.safeParse(failures).data ?? noFailures,
  };
}

/** The settings rows for an encrypted store with these KDF params and verifier. */
export function encryptedVaultRows(kdf: KdfParams, verifier: { iv: Bytes; data: Bytes }): SettingRow[] {
  return [
    { key: VAULT_SETTING.mode, value: 'encrypted' },
    { key: VAULT_SETTING.kdf, value: kdf },
    { key: VAULT_SETTING.verifier, value: verifier },
    { key: VAULT_SETTING.failures, value: noFailures },
  ];
}
