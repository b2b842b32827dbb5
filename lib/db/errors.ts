import type { Problem } from '../model';

export type StoreErrorReason =
  | 'invalid'
  | 'not-found'
  | 'disk-full'
  | 'failed'
  /** Encrypted and locked: unlock with the passphrase first. */
  | 'locked'
  /** A fresh store: set a passphrase or continue without one first. */
  | 'setup-needed'
  /** The passphrase did not open the store; `retryAfterMs` says how long before the next try. */
  | 'wrong-passphrase'
  /** Too many wrong passphrases: wait `retryAfterMs`. */
  | 'throttled'
  /** A stored record could not be opened (bad ciphertext, missing key, unknown format). */
  | 'damaged'
  /** The store is being re-encrypted or moved; try again in a moment. */
  | 'busy';

/** A store failure with a message fit to show the user as is. */
export class StoreError extends Error {
  constructor(
    message: string,
    readonly reason: StoreErrorReason,
    readonly problems: Problem[] = [],
    /** For 'wrong-passphrase' and 'throttled': how long until the next unlock attempt is allowed. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

/** Turns a raw IndexedDB / Dexie failure into a StoreError the panel can show. */
export function storeErrorFrom(e: unknown, doing: string): StoreError {
  if (e instanceof StoreError) return e;
  const name = (e as { name?: string; inner?: { name?: string } })?.name;
  const inner = (e as { inner?: { name?: string } })?.inner?.name;
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return new StoreError(
      `Could not ${doing}: the disk is full. Your last change is still on screen; free some space and it will save.`,
      'disk-full',
    );
  }
  return new StoreError(`Could not ${doing}: ${(e as Error)?.message ?? String(e)}`, 'failed');
}

/** The stored revision moved on between planning a write and making it: plan it again (lib/db/save-from.ts). */
export class Stale extends Error {
  constructor() {
    super('stale revision');
    this.name = 'Stale';
  }
}
