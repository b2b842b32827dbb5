import { randomBytes, utf8, type Bytes } from './bytes';

/**
 * PBKDF2-HMAC-SHA-256 iterations for a new passphrase: OWASP's Password Storage Cheat Sheet
 * (2023) recommends 600,000. Stored with the salt, so a later version can raise it and
 * re-derive at the next passphrase change.
 */
export const PBKDF2_ITERATIONS = 600_000;

/**
 * An upper bound on iterations we agree to run for a stored or imported file: a damaged or
 * hostile file must not make unlock spin for hours.
 */
export const PBKDF2_MAX_ITERATIONS = 10_000_000;

export const SALT_BYTES = 16;

export interface KdfParams {
  alg: 'PBKDF2-SHA-256';
  iterations: number;
  salt: Bytes;
}

/**
 * How strong a KDF the caller insists on. Production code passes nothing. Tests pass
 * `testOnlyIterations` to derive fast; without it, fewer than 600,000 iterations are refused,
 * for new params and for stored ones alike.
 */
export interface KdfPolicy {
  testOnlyIterations?: number;
}

export class WeakKdf extends Error {
  constructor(iterations: number) {
    super(`refusing a key derivation of ${iterations} iterations (at least ${PBKDF2_ITERATIONS.toLocaleString('en-US')} are required)`);
    this.name = 'WeakKdf';
  }
}

/** Fresh params with a random salt: one per passphrase (a changed passphrase gets a new salt). */
export function newKdfParams(policy: KdfPolicy = {}): KdfParams {
  const iterations = policy.testOnlyIterations ?? PBKDF2_ITERATIONS;
  const params: KdfParams = { alg: 'PBKDF2-SHA-256', iterations, salt: randomBytes(SALT_BYTES) };
  assertKdfAllowed(params, policy);
  return params;
}

/** Throws WeakKdf when params are weaker than the policy allows, or out of any sane range. */
export function assertKdfAllowed(params: Pick<KdfParams, 'iterations' | 'salt'>, policy: KdfPolicy = {}): void {
  const floor = policy.testOnlyIterations !== undefined ? 1 : PBKDF2_ITERATIONS;
  if (!Number.isInteger(params.iterations) || params.iterations < floor || params.iterations > PBKDF2_MAX_ITERATIONS) {
    throw new WeakKdf(params.iterations);
  }
  if (params.salt.length < SALT_BYTES) throw new Error(`the salt must be at least ${SALT_BYTES} bytes`);
}

/**
 * Derives 256 bits from a passphrase. Bits rather than a CryptoKey, because the background
 * keeps them in session storage to survive a service-worker restart (see the vault); every
 * in-memory use imports them as a non-extractable key.
 * @example const raw = await deriveKeyBytes('correct horse', newKdfParams())
 */
export async function deriveKeyBytes(passphrase: string, params: KdfParams, policy: KdfPolicy = {}): Promise<Bytes> {
  assertKdfAllowed(params, policy);
  const base = await globalThis.crypto.subtle.importKey('raw', utf8(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveBits']);
  const bits = await globalThis.crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: params.salt, iterations: params.iterations },
    base,
    256,
  );
  return new Uint8Array(bits) as Bytes;
}
