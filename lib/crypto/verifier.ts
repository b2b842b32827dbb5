import { open, OpenFailed, seal, type SealedBox } from './aead';
import { utf8 } from './bytes';

/**
 * A known constant sealed under the passphrase key. Opening it tells "wrong passphrase" apart
 * from "a damaged record": if the verifier opens, the key is right, and a record that then
 * fails is damaged.
 */
const CONSTANT = 'vacatur-assist/verifier/v1';
const CONTEXT = 'verifier';

export function makeVerifier(key: CryptoKey): Promise<SealedBox> {
  return seal(key, utf8(CONSTANT), CONTEXT);
}

/** True when `key` is the key the verifier was made with. */
export async function checkVerifier(key: CryptoKey, verifier: { iv: Uint8Array; data: Uint8Array }): Promise<boolean> {
  try {
    const plain = await open(key, verifier, CONTEXT);
    return new TextDecoder().decode(plain) === CONSTANT;
  } catch (e) {
    if (e instanceof OpenFailed) return false;
    throw e;
  }
}
