import { bytes, randomBytes, utf8, type Bytes } from './bytes';

/** AES-GCM ciphertext with the IV it was sealed under. The tag is the last 16 bytes of `data`. */
export interface SealedBox {
  iv: Bytes;
  data: Bytes;
}

/** GCM's recommended IV length (NIST SP 800-38D 5.2.1.1): 96 bits, random per message. */
export const IV_BYTES = 12;

/** The ciphertext did not authenticate: wrong key, a changed byte, or a box moved to another record. */
export class OpenFailed extends Error {
  constructor(message = 'the data could not be decrypted') {
    super(message);
    this.name = 'OpenFailed';
  }
}

/** Imports 32 raw bytes as a non-extractable AES-GCM-256 key: script code can use it, never read it. */
export function importAesKey(raw: Bytes, usages: KeyUsage[] = ['encrypt', 'decrypt']): Promise<CryptoKey> {
  if (raw.length !== 32) throw new Error('an AES-256 key is 32 bytes');
  return globalThis.crypto.subtle.importKey('raw', raw, { name: 'AES-GCM', length: 256 }, false, usages);
}

/**
 * Encrypts with a fresh random IV. `context` is authenticated but not stored (GCM additional
 * data): sealing a case under `case:<id>` means its ciphertext cannot be moved onto another
 * row and still open.
 * @example const box = await seal(key, utf8('hello'), 'case:c1')
 */
export async function seal(key: CryptoKey, plaintext: Bytes, context: string): Promise<SealedBox> {
  const iv = randomBytes(IV_BYTES);
  const data = await globalThis.crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: utf8(context) }, key, plaintext);
  return { iv, data: new Uint8Array(data) as Bytes };
}

/** Decrypts a box sealed by `seal` under the same key and context; throws OpenFailed otherwise. */
export async function open(key: CryptoKey, box: { iv: Uint8Array; data: Uint8Array }, context: string): Promise<Bytes> {
  try {
    const plain = await globalThis.crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: bytes(box.iv), additionalData: utf8(context) },
      key,
      bytes(box.data),
    );
    return new Uint8Array(plain) as Bytes;
  } catch {
    throw new OpenFailed();
  }
}

/** Seals a JSON value. */
export async function sealJson(key: CryptoKey, value: unknown, context: string): Promise<SealedBox> {
  return seal(key, utf8(JSON.stringify(value)), context);
}

/** Opens a JSON value sealed by `sealJson`. */
export async function openJson(key: CryptoKey, box: { iv: Uint8Array; data: Uint8Array }, context: string): Promise<unknown> {
  const plain = await open(key, box, context);
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plain));
  } catch {
    throw new OpenFailed('the decrypted data is not readable');
  }
}
