import { importAesKey, open, seal, type SealedBox } from './aead';
import { randomBytes, wipe } from './bytes';

/**
 * Per-case data keys. Each case has its own random AES-GCM-256 key, stored only wrapped
 * (AES-GCM-sealed) by the passphrase key. Deleting the wrapped key "crypto-erases" the case:
 * leftover ciphertext in the database files cannot be opened without it.
 */
const wrapContext = (caseId: string) => `case-key:${caseId}`;

export interface NewCaseKey {
  key: CryptoKey;
  wrapped: SealedBox;
}

/** A fresh data key for `caseId`, non-extractable in memory, plus its wrapped form to store. */
export async function newCaseKey(wrappingKey: CryptoKey, caseId: string): Promise<NewCaseKey> {
  const raw = randomBytes(32);
  try {
    const [key, wrapped] = await Promise.all([importAesKey(raw), seal(wrappingKey, raw, wrapContext(caseId))]);
    return { key, wrapped };
  } finally {
    wipe(raw);
  }
}

/** Opens a wrapped data key; throws OpenFailed when the wrapping key or the row is wrong. */
export async function unwrapCaseKey(wrappingKey: CryptoKey, caseId: string, wrapped: SealedBox): Promise<CryptoKey> {
  const raw = await open(wrappingKey, wrapped, wrapContext(caseId));
  try {
    return await importAesKey(raw);
  } finally {
    wipe(raw);
  }
}

/** Re-wraps a data key under a new passphrase key; the data key itself (and so every ciphertext) is unchanged. */
export async function rewrapCaseKey(from: CryptoKey, to: CryptoKey, caseId: string, wrapped: SealedBox): Promise<SealedBox> {
  const raw = await open(from, wrapped, wrapContext(caseId));
  try {
    return await seal(to, raw, wrapContext(caseId));
  } finally {
    wipe(raw);
  }
}
