import { checkVerifier, deriveKeyBytes, importAesKey, makeVerifier, newKdfParams, WeakKdf, wipe, bytes, type Bytes, type KdfParams, type KdfPolicy } from '../crypto';
import type { StoreBinding } from './case-repository';
import { busyError, lockedError, plainCodec, refusingCodec, setupNeededError, type PayloadCodec } from './codec';
import { VacaturDb } from './database';
import { StoreError } from './errors';
import { Generations } from './generations';
import { encryptSnapshot, rewrapSnapshot } from './reencrypt';
import { SealedCodec } from './sealed-codec';
import { readSnapshot } from './store-snapshot';
import { nextAttemptAllowedAt, noFailures, retryAfterMs, type FailedUnlocks } from './unlock-throttle';
import { readVaultRecord, VAULT_SETTING, type VaultRecord } from './vault-settings';

export type VaultState = 'setup-needed' | 'plain' | 'locked' | 'unlocked';

export interface VaultStatus {
  state: VaultState;
  /** Re-encryption in progress: case reads and writes answer StoreError('busy'). */
  busy: boolean;
  failedAttempts: number;
  /** 0 when an unlock may be tried now. */
  retryAfterMs: number;
  /** Epoch ms when the next unlock may be tried (undefined when there is no wait). */
  nextAttemptAllowedAt?: number;
}

/**
 * Where the background keeps the derived key bytes between service-worker restarts (MV3 stops
 * an idle worker). In the extension: `storage.session`, which lives in memory only and is
 * cleared when the browser closes. Injected, so this module never touches a browser API.
 */
export interface SessionKeyCache {
  get(): Promise<Uint8Array | undefined>;
  set(key: Uint8Array): Promise<void>;
  clear(): Promise<void>;
}

/** Milliseconds since the epoch; tests pass a fake so the unlock back-off needs no sleeping. */
export interface VaultClock {
  now(): number;
}

export interface VaultOptions extends KdfPolicy {
  keyCache?: SessionKeyCache;
  clock?: VaultClock;
}

export const MIN_PASSPHRASE_LENGTH = 8;

/**
 * The lock state of the store, and the binding (database + codec) a CaseRepository reads
 * through. The passphrase key lives only in this object's memory (and in the injected session
 * cache): never in IndexedDB or localStorage.
 */
export class Vault implements StoreBinding {
  private state: VaultState;
  private busy = false;
  /** lock() was called during a re-encryption (an idle timer, say): lock as soon as it ends. */
  private lockWhenDone = false;
  private sealed?: SealedCodec;
  private sessionBytes?: Bytes;
  private failures: FailedUnlocks;
  private readonly clock: VaultClock;

  private constructor(
    private readonly generations: Generations,
    private current: VacaturDb,
    private record: VaultRecord,
    private readonly options: VaultOptions,
  ) {
    this.state = record.mode === 'encrypted' ? 'locked' : record.mode === 'plain' ? 'plain' : 'setup-needed';
    this.failures = record.failures;
    this.clock = options.clock ?? { now: () => Date.now() };
  }

  /** Opens the active generation of the store named `baseName`, finishing any interrupted rewrite first. */
  static async open(baseName: string, options: VaultOptions = {}): Promise<Vault> {
    const generations = new Generations(baseName);
    await generations.sweepRetired();
    const db = new VacaturDb(await generations.activeName());
    return new Vault(generations, db, await readVaultRecord(db), options);
  }

  get db(): VacaturDb {
    return this.current;
  }

  get codec(): PayloadCodec {
    if (this.busy) return refusingCodec(busyError);
    switch (this.state) {
      case 'setup-needed':
        return refusingCodec(setupNeededError);
      case 'plain':
        return plainCodec;
      case 'locked':
        return refusingCodec(lockedError);
      case 'unlocked':
        return this.sealed!;
    }
  }

  status(): VaultStatus {
    const wait = retryAfterMs(this.failures, this.clock.now());
    return {
      state: this.state,
      busy: this.busy,
      failedAttempts: this.failures.count,
      retryAfterMs: wait,
      nextAttemptAllowedAt: wait > 0 ? nextAttemptAllowedAt(this.failures) : undefined,
    };
  }

  /**
   * Sets the first passphrase (from `setup-needed` or `plain`). Every case and audit entry is
   * encrypted and written to a fresh database in one transaction; the old database, with its
   * plaintext, is then deleted (see generations.ts for why). Leaves the store unlocked.
   */
  async setup(passphrase: string): Promise<void> {
    if (this.state === 'locked' || this.state === 'unlocked') {
      throw new StoreError('A passphrase is already set. Use "Change passphrase" instead.', 'invalid');
    }
    checkNewPassphrase(passphrase);
    await this.exclusive(async () => {
      const kdf = newKdfParams(this.options);
      const raw = await deriveKeyBytes(passphrase, kdf, this.options);
      const wrapping = await importAesKey(raw);
      const verifier = await makeVerifier(wrapping);
      const codec = new SealedCodec(wrapping, () => this.current);
      const encrypted = await encryptSnapshot(await readSnapshot(this.current), codec, { kdf, verifier });
      this.current = await this.generations.replace(this.current, encrypted);
      this.record = { mode: 'encrypted', kdf, verifier, failures: noFailures };
      this.failures = noFailures;
      await this.becomeUnlocked(raw, codec);
    });
  }

  /** Same as `setup`; the name the security issue uses for a plaintext store. */
  setPassphrase(passphrase: string): Promise<void> {
    return this.setup(passphrase);
  }

  /** The user's explicit choice to keep cases unencrypted. Recorded, so the panel can show a standing warning. */
  async continueWithoutPassphrase(): Promise<void> {
    if (this.state === 'plain') return;
    if (this.state !== 'setup-needed') throw new StoreError('This store is encrypted; it cannot be turned back to plaintext.', 'invalid');
    await this.current.settings.put({ key: VAULT_SETTING.mode, value: 'plain' });
    this.record = { ...this.record, mode: 'plain' };
    this.state = 'plain';
  }

  /**
   * Unlocks with the passphrase. Wrong: StoreError('wrong-passphrase') with `retryAfterMs`;
   * too soon after repeated failures: StoreError('throttled'). Nothing else is written.
   */
  async unlock(passphrase: string): Promise<void> {
    const { kdf, verifier } = this.encryptedRecord();
    this.refuseWhileThrottled();
    const raw = await this.derive(passphrase, kdf);
    const key = await importAesKey(raw);
    if (!(await checkVerifier(key, verifier))) {
      wipe(raw);
      await this.recordFailure();
    }
    await this.clearFailures();
    await this.becomeUnlocked(raw, new SealedCodec(key, () => this.current));
  }

  /** Unlocks with key bytes from `exportSessionKey` (a restarted service worker). False when they do not fit. */
  async unlockWithSessionKey(sessionKey: Uint8Array): Promise<boolean> {
    if (this.state !== 'locked' && this.state !== 'unlocked') return false;
    const { verifier } = this.encryptedRecord();
    if (sessionKey.length !== 32) return false;
    const raw = bytes(sessionKey);
    const key = await importAesKey(raw);
    if (!(await checkVerifier(key, verifier))) return false;
    await this.becomeUnlocked(raw, new SealedCodec(key, () => this.current));
    return true;
  }

  /** Unlocks from the injected session cache, if it holds the right key; a stale entry is cleared. */
  async unlockFromCache(): Promise<boolean> {
    const cache = this.options.keyCache;
    if (!cache || this.state !== 'locked') return this.state === 'unlocked';
    const cached = await cache.get();
    if (!cached) return false;
    if (await this.unlockWithSessionKey(cached)) return true;
    await cache.clear();
    return false;
  }

  /**
   * The derived key bytes, for the background to keep in `storage.session` itself when it does
   * not inject a keyCache. Only while unlocked.
   */
  exportSessionKey(): Uint8Array {
    if (this.state !== 'unlocked' || !this.sessionBytes) throw lockedError();
    return this.sessionBytes.slice();
  }

  /** Forgets every key in memory and in the session cache. */
  async lock(): Promise<void> {
    if (this.busy) this.lockWhenDone = true;
    if (this.state === 'unlocked') this.state = 'locked';
    this.sealed?.forgetAll();
    this.sealed = undefined;
    wipe(this.sessionBytes);
    this.sessionBytes = undefined;
    await this.options.keyCache?.clear();
  }

  /**
   * Changes the passphrase: a new salt, every case key re-wrapped, written in one transaction
   * to a fresh database (so no key wrapped by the old passphrase stays on disk); case
   * ciphertext is copied unchanged. The old passphrase is checked like an unlock.
   */
  async changePassphrase(oldPassphrase: string, newPassphrase: string): Promise<void> {
    const { kdf: oldKdf, verifier: oldVerifier } = this.encryptedRecord();
    checkNewPassphrase(newPassphrase);
    this.refuseWhileThrottled();
    const oldRaw = await this.derive(oldPassphrase, oldKdf);
    const oldKey = await importAesKey(oldRaw);
    wipe(oldRaw);
    if (!(await checkVerifier(oldKey, oldVerifier))) await this.recordFailure();
    await this.clearFailures();
    await this.exclusive(async () => {
      const kdf = newKdfParams(this.options);
      const raw = await deriveKeyBytes(newPassphrase, kdf, this.options);
      const key = await importAesKey(raw);
      const verifier = await makeVerifier(key);
      const rewrapped = await rewrapSnapshot(await readSnapshot(this.current), oldKey, key, { kdf, verifier });
      this.current = await this.generations.replace(this.current, rewrapped);
      this.record = { mode: 'encrypted', kdf, verifier, failures: noFailures };
      this.sealed?.forgetAll();
      await this.becomeUnlocked(raw, new SealedCodec(key, () => this.current));
    });
  }

  /** Closes the database connections (tests, and a background that is shutting down). */
  close(): void {
    this.current.close();
    this.generations.close();
  }

  private encryptedRecord(): { kdf: KdfParams; verifier: { iv: Bytes; data: Bytes } } {
    const { kdf, verifier } = this.record;
    if (this.record.mode !== 'encrypted') throw new StoreError('No passphrase is set for this store.', 'invalid');
    if (!kdf || !verifier) throw new StoreError('The store\u2019s key settings are missing or damaged; restore from a backup.', 'damaged');
    return { kdf, verifier };
  }

  private async derive(passphrase: string, kdf: KdfParams): Promise<Bytes> {
    try {
      return await deriveKeyBytes(passphrase, kdf, this.options);
    } catch (e) {
      if (e instanceof WeakKdf) throw new StoreError(`The store\u2019s key settings are not acceptable: ${e.message}.`, 'damaged');
      throw e;
    }
  }

  private refuseWhileThrottled(): void {
    const wait = retryAfterMs(this.failures, this.clock.now());
    if (wait > 0) {
      throw new StoreError(`Too many wrong passphrases. Try again in ${describeWait(wait)}.`, 'throttled', [], wait);
    }
  }

  private async recordFailure(): Promise<never> {
    this.failures = { count: this.failures.count + 1, lastAt: this.clock.now() };
    // Kept in the store (not secret) so restarting the service worker does not reset the back-off.
    await this.current.settings.put({ key: VAULT_SETTING.failures, value: this.failures });
    const wait = retryAfterMs(this.failures, this.clock.now());
    const then = wait > 0 ? ` Wait ${describeWait(wait)} before trying again.` : '';
    throw new StoreError(`That passphrase is not right.${then}`, 'wrong-passphrase', [], wait);
  }

  private async clearFailures(): Promise<void> {
    if (this.failures.count === 0) return;
    this.failures = noFailures;
    await this.current.settings.put({ key: VAULT_SETTING.failures, value: noFailures });
  }

  private async becomeUnlocked(raw: Bytes, codec: SealedCodec): Promise<void> {
    wipe(this.sessionBytes);
    this.sessionBytes = raw;
    this.sealed = codec;
    this.state = 'unlocked';
    await this.options.keyCache?.set(raw.slice());
  }

  /** Runs a re-encryption with case reads and writes refused, so none lands in the generation being replaced. */
  private async exclusive(work: () => Promise<void>): Promise<void> {
    if (this.busy) throw busyError();
    this.busy = true;
    try {
      await work();
    } finally {
      this.busy = false;
      if (this.lockWhenDone) {
        this.lockWhenDone = false;
        if (this.state === 'unlocked') await this.lock();
      }
    }
  }
}

function checkNewPassphrase(p: string): void {
  if ([...p.trim()].length < MIN_PASSPHRASE_LENGTH) {
    throw new StoreError(`Choose a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters.`, 'invalid');
  }
}

function describeWait(ms: number): string {
  const s = Math.ceil(ms / 1000);
  return s < 60 ? `${s} second${s === 1 ? '' : 's'}` : `${Math.ceil(s / 60)} minute${Math.ceil(s / 60) === 1 ? '' : 's'}`;
}
